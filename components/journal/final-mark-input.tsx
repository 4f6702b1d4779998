"use client";
// A period or year mark (GRD-4): the teacher types it; the average beside it is only a hint.
import { useRef, useState } from "react";
import { setFinalMarkAction } from "@/lib/actions/journal";
import type { GridStudent } from "@/lib/data/journal";
import { cn } from "@/components/ui/cn";

type Props = { assignmentId: string; periodId?: string; student: GridStudent; kind: "PERIOD" | "YEAR" };

export function FinalMarkInput({ assignmentId, periodId, student, kind }: Props) {
  const initial = (kind === "PERIOD" ? student.periodMark : student.yearMark) ?? "";
  const [value, setValue] = useState(initial);
  const [status, setStatus] = useState<"idle" | "saving" | "saved" | "error">("idle");
  const [error, setError] = useState<string | null>(null);
  const sent = useRef(initial);
  const label = `${kind === "PERIOD" ? "Оценка за период" : "Годовая оценка"}: ${student.name}`;

  async function save() {
    const v = value.trim();
    if (v === sent.current) return;
    sent.current = v;
    setStatus("saving");
    const res = await setFinalMarkAction({
      assignmentId,
      periodId: kind === "PERIOD" ? periodId : undefined,
      studentId: student.id,
      value: v,
    });
    if (res.ok) {
      setStatus("saved");
      setError(null);
    } else {
      sent.current = `\u0001${v}`;
      setStatus("error");
      setError(res.fieldErrors?.value?.[0] ?? res.message);
    }
  }

  return (
    <input
      aria-label={label}
      title={error ?? (student.average !== null ? `Средний балл: ${student.average.toFixed(2)} (подсказка)` : undefined)}
      aria-invalid={status === "error" || undefined}
      data-status={status}
      value={value}
      maxLength={2}
      onChange={(e) => setValue(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => e.key === "Enter" && e.currentTarget.blur()}
      className={cn(
        "h-9 w-12 border-0 bg-transparent text-center text-sm font-semibold focus:outline-2 focus:outline-brand-600",
        status === "saved" && "bg-green-50",
        status === "error" && "bg-red-100 text-red-800",
      )}
    />
  );
}
