"use client";
// Creates the lesson record of a timetable date that has none yet (the date must be a school
// day of a study period; the server checks it again).
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createLessonAction } from "@/lib/actions/journal";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

export function CreateLessonForm({ assignmentId, dates }: { assignmentId: string; dates: { date: string; number: number }[] }) {
  const router = useRouter();
  const [choice, setChoice] = useState(dates.length ? `${dates[dates.length - 1].date}#${dates[dates.length - 1].number}` : "");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      className="flex flex-wrap items-end gap-2 rounded-lg border border-dashed border-slate-300 p-3 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        const [date, number] = choice.split("#");
        start(async () => {
          const res = await createLessonAction({ assignmentId, date, number: Number(number) });
          if (res.ok) {
            setMessage(null);
            router.refresh();
          } else setMessage(res.fieldErrors?.date?.[0] ?? res.message);
        });
      }}
    >
      <label className="flex flex-col gap-1">
        <span className="text-slate-700">Урок по расписанию без записи</span>
        <select value={choice} onChange={(e) => setChoice(e.target.value)} className="rounded-md border border-slate-300 px-2 py-1">
          {dates.map((d) => (
            <option key={`${d.date}#${d.number}`} value={`${d.date}#${d.number}`}>
              {d.date.slice(8, 10)}.{d.date.slice(5, 7)}.{d.date.slice(0, 4)}, {d.number}-й урок
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" variant="secondary" pending={pending}>
        Создать урок
      </Button>
      <FormMessage message={message} />
    </form>
  );
}
