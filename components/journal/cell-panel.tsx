"use client";
// The focused cell's details: the mark's comment or work name (STU-1 callout), its history from
// the audit log, and a remark or comment about the student for the parents (FBK-1, FBK-2).
// Wide screens: a sheet beside the grid that follows the focused cell. Phones: a bar at the
// bottom names the cell and opens the details as a modal dialog (the page behind is inert, Esc
// closes it, focus returns to the cell).
import { useEffect, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { addRemarkAction, markHistoryAction } from "@/lib/actions/journal";
import type { GridLesson, GridStudent, JournalKindName } from "@/lib/data/journal";
import type { HistoryEntry } from "@/lib/actions/journal-cell";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { cellId, useGrid } from "./grid-state";

type Props = { assignmentId: string; student: GridStudent; lesson: GridLesson; journal: JournalKindName };

const WIDE = "(min-width: 1024px)";
function subscribeWide(onChange: () => void) {
  const mq = window.matchMedia(WIDE);
  mq.addEventListener("change", onChange);
  return () => mq.removeEventListener("change", onChange);
}

function focusCell(studentId: string, lessonId: string) {
  document.querySelector<HTMLInputElement>(`[data-testid="cell-${studentId}-${lessonId}"]`)?.focus();
}

export function CellPanel(props: Props) {
  const wide = useSyncExternalStore(
    subscribeWide,
    () => window.matchMedia(WIDE).matches,
    () => true,
  );
  const { panelRequest } = useGrid();
  const sheet = useRef<HTMLElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const seen = useRef(panelRequest);
  const title = `${props.student.name}, ${props.lesson.date.slice(8, 10)}.${props.lesson.date.slice(5, 7)}, ${props.lesson.number}-й урок`;
  // Remount per cell so that drafts never leak from one cell to another.
  const body = <PanelBody key={`${props.student.id}:${props.lesson.id}`} {...props} />;

  useEffect(() => {
    if (panelRequest === seen.current) return;
    seen.current = panelRequest;
    if (wide) sheet.current?.querySelector<HTMLElement>("input, textarea, button")?.focus();
    else dialog.current?.showModal();
  }, [panelRequest, wide]);

  if (wide)
    return (
      <section
        ref={sheet}
        className="sticky top-2 space-y-3 rounded-lg border border-slate-200 bg-white p-3 text-sm"
        aria-label="Выбранная ячейка"
        data-testid="cell-panel"
      >
        <h2 className="font-medium">{title}</h2>
        {body}
      </section>
    );
  return (
    <>
      <div className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white p-2 shadow-lg">
        <button
          type="button"
          onClick={() => dialog.current?.showModal()}
          className="min-h-10 w-full rounded-md px-3 text-left text-sm text-brand-800 hover:bg-slate-50"
        >
          {title}: комментарий, история, замечание…
        </button>
      </div>
      <div className="h-16" aria-hidden />
      <dialog
        ref={dialog}
        aria-label="Выбранная ячейка"
        onClose={() => focusCell(props.student.id, props.lesson.id)}
        className="m-auto w-[calc(100vw-1rem)] max-w-md rounded-lg p-0 backdrop:bg-slate-900/40"
        data-testid="cell-panel"
      >
        <div className="space-y-3 p-3 text-sm">
          <div className="flex items-start justify-between gap-2">
            <h2 className="font-medium">{title}</h2>
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="min-h-10 min-w-10 rounded-md text-lg text-slate-700 hover:bg-slate-100"
              aria-label="Закрыть"
            >
              ×
            </button>
          </div>
          {body}
        </div>
      </dialog>
    </>
  );
}

function PanelBody({ assignmentId, student, lesson, journal }: Props) {
  const { cells, commit } = useGrid();
  const state = cells[cellId(student.id, lesson.id)];
  const [comment, setComment] = useState(state?.comment ?? "");
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  const [remark, setRemark] = useState("");
  const [kind, setKind] = useState<"REMARK" | "COMMENT">("REMARK");
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  const [pending, start] = useTransition();
  const hasMark = /[1-5]|зч|нз/i.test(state?.text ?? "");

  return (
    <div className="space-y-3">
      {lesson.mayWrite && hasMark && (
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1">
            <span className="text-slate-700">Комментарий к оценке</span>
            <input
              value={comment}
              maxLength={200}
              onChange={(e) => setComment(e.target.value)}
              className="w-full max-w-72 rounded-md border border-slate-300 px-2 py-1"
            />
          </label>
          <Button variant="secondary" type="button" onClick={() => commit(student.id, lesson.id, state?.text ?? "", comment.trim())}>
            Сохранить комментарий
          </Button>
        </div>
      )}
      <div>
        <Button
          variant="ghost"
          type="button"
          pending={pending && history === null}
          onClick={() =>
            start(async () => {
              const res = await markHistoryAction({ lessonId: lesson.id, studentId: student.id, journal });
              if (res.ok) setHistory(res.data);
              else setMessage({ text: res.message, tone: "error" });
            })
          }
        >
          История изменений
        </Button>
        {history && (
          <ol className="mt-1 space-y-1 text-xs text-slate-600" data-testid="mark-history">
            {history.length === 0 && <li>Изменений нет.</li>}
            {history.map((h, i) => (
              <li key={i}>
                {new Date(h.at).toLocaleString("ru-RU")} — {h.who}: {h.what}
                {h.before && ` (было ${h.before})`}
                {h.after && ` → ${h.after}`}
              </li>
            ))}
          </ol>
        )}
      </div>
      {lesson.mayWrite && (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            start(async () => {
              const res = await addRemarkAction({ assignmentId, studentId: student.id, lessonId: lesson.id, kind, text: remark });
              if (res.ok) {
                setRemark("");
                setMessage({ text: kind === "REMARK" ? "Замечание записано." : "Комментарий записан.", tone: "success" });
              } else setMessage({ text: res.fieldErrors?.text?.[0] ?? res.message, tone: "error" });
            });
          }}
        >
          <fieldset className="flex gap-3">
            <legend className="sr-only">Вид записи</legend>
            <label className="flex items-center gap-1">
              <input type="radio" name="kind" checked={kind === "REMARK"} onChange={() => setKind("REMARK")} /> Замечание
            </label>
            <label className="flex items-center gap-1">
              <input type="radio" name="kind" checked={kind === "COMMENT"} onChange={() => setKind("COMMENT")} /> Комментарий ученику
            </label>
          </fieldset>
          <label className="flex flex-col gap-1">
            <span className="text-slate-700">Текст для родителей</span>
            <textarea
              value={remark}
              onChange={(e) => setRemark(e.target.value)}
              rows={2}
              maxLength={1000}
              className="rounded-md border border-slate-300 px-2 py-1"
            />
          </label>
          <Button type="submit" pending={pending}>
            Записать
          </Button>
        </form>
      )}
      <FormMessage message={message?.text} tone={message?.tone} />
    </div>
  );
}
