"use client";
// STU-3: «Сдать» — or «Файлы» once something is handed in — opens the submission panel, which is
// fetched on the first click (homework-files-panel.tsx).
import { useState } from "react";
import dynamic from "next/dynamic";
import { buttonClass } from "@/components/ui/button-styles";
import type { WeekFile } from "@/lib/data/diary-week";

const Panel = dynamic(() => import("@/components/diary/homework-files-panel"), {
  loading: () => <p className="mt-1 text-sm text-slate-500">Загрузка…</p>,
});

type Props = { homeworkId: string; explanation: string | null; teacherFiles: WeekFile[]; submitted: WeekFile[] };

export function HomeworkFiles(props: Props) {
  const [open, setOpen] = useState(false);
  return (
    <div className="mt-1">
      <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)} className={buttonClass("secondary", "sm")}>
        {props.submitted.length ? "Файлы" : "Сдать"}
      </button>
      {open && <Panel {...props} />}
    </div>
  );
}
