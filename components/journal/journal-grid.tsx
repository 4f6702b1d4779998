"use client";
// The journal grid (STF-1): lessons of the period as columns, students as rows. Built on
// TanStack Table v9 (headless); the cells are keyboard-editable inputs that save on their own.
// It opens scrolled to today's lesson, with the date row and the student column sticky; the
// focused cell's panel sits beside the grid (a dialog on a phone: cell-panel.tsx).
import { useEffect, useMemo, useRef, useState } from "react";
import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import type { GridLesson, GridStudent, JournalKindName } from "@/lib/data/journal";
import { GridCell } from "./grid-cell";
import { GridProvider, cellId, useGrid } from "./grid-state";
import { CellPanel } from "./cell-panel";
import { LessonEditor } from "./lesson-editor";
import { FinalMarkInput } from "./final-mark-input";
import { cn } from "@/components/ui/cn";

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, GridStudent>();

function dayMonth(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;
}

type Props = {
  assignmentId: string;
  journal: JournalKindName;
  periodId: string;
  isOwner: boolean;
  lessons: GridLesson[];
  students: GridStudent[];
  /** The school's today (ISO date): the grid opens scrolled to its lesson, or the last one before. */
  today: string;
};

export function JournalGrid(props: Props) {
  const initial = useMemo(() => {
    const out: Record<string, { text: string; comment: string }> = {};
    for (const s of props.students)
      for (const l of props.lessons) {
        const text = s.cells[l.id] ?? "";
        const comment = s.comments[l.id] ?? "";
        if (text || comment) out[cellId(s.id, l.id)] = { text, comment };
      }
    return out;
  }, [props.students, props.lessons]);
  return (
    <GridProvider journal={props.journal} initial={initial}>
      <GridTable {...props} />
    </GridProvider>
  );
}

function GridTable({ assignmentId, journal, periodId, isOwner, lessons, students, today }: Props) {
  const [openLesson, setOpenLesson] = useState<string | null>(null);
  const { lastMessage, focused } = useGrid();
  const rowIndex = useMemo(() => new Map(students.map((s, i) => [s.id, i])), [students]);
  const scroller = useRef<HTMLDivElement>(null);

  // Open on today: the last lesson up to today sits at the right edge of the visible part, so
  // that the days before it stay in view too.
  useEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const headers = [...box.querySelectorAll<HTMLElement>("th[data-date]")];
    const target = headers.filter((h) => (h.dataset.date ?? "") <= today).at(-1);
    if (target) box.scrollLeft = Math.max(0, target.offsetLeft + target.offsetWidth - box.clientWidth + 8);
  }, [today]);

  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({
          id: "student",
          header: () => "Ученик",
          cell: ({ row }) => (
            <span className="whitespace-nowrap px-2 text-sm">
              {row.original.name}
              {row.original.expected !== null && (
                <span className="ml-1 text-xs text-slate-500" title="Ожидаемая оценка (планирует семья)">
                  цель {row.original.expected}
                </span>
              )}
            </span>
          ),
        }),
        ...lessons.map((l, col) =>
          helper.display({
            id: l.id,
            header: () => (
              // The name comes from the text (the visible date is part of it: axe label-content-name-mismatch).
              <button
                type="button"
                onClick={() => setOpenLesson((o) => (o === l.id ? null : l.id))}
                aria-expanded={openLesson === l.id}
                className={cn("w-12 px-1 text-xs font-medium text-brand-800 hover:underline", l.date === today && "bg-brand-100")}
                title={l.topic ?? undefined}
              >
                <span className="sr-only">{`Урок ${dayMonth(l.date)}, ${l.number}-й: тема и задание`}</span>
                <span aria-hidden>
                  {dayMonth(l.date)}
                  <span className="block text-[10px] text-slate-600">{l.number} ур.</span>
                </span>
              </button>
            ),
            cell: ({ row }) => (
              <GridCell
                studentId={row.original.id}
                lessonId={l.id}
                row={rowIndex.get(row.original.id) ?? 0}
                col={col}
                label={`${row.original.name}, ${dayMonth(l.date)}, ${l.number}-й урок`}
                disabled={!l.mayWrite}
              />
            ),
          }),
        ),
        helper.display({
          id: "average",
          header: () => <span className="px-1 text-xs">Ср.</span>,
          cell: ({ row }) => <span className="px-1 text-sm text-slate-600">{row.original.average?.toFixed(2) ?? "—"}</span>,
        }),
        ...(isOwner && journal !== "HOMEWORK"
          ? [
              helper.display({
                id: "period",
                header: () => <span className="px-1 text-xs">За период</span>,
                cell: ({ row }) => <FinalMarkInput assignmentId={assignmentId} periodId={periodId} student={row.original} kind="PERIOD" />,
              }),
              helper.display({
                id: "year",
                header: () => <span className="px-1 text-xs">Год</span>,
                cell: ({ row }) => <FinalMarkInput assignmentId={assignmentId} student={row.original} kind="YEAR" />,
              }),
            ]
          : []),
      ]),
    [lessons, rowIndex, isOwner, journal, assignmentId, periodId, openLesson, today],
  );

  const table = useTable({ features, columns, data: students });
  const lesson = lessons.find((l) => l.id === openLesson);
  const focusedStudent = students.find((s) => s.id === focused?.studentId);
  const focusedLesson = lessons.find((l) => l.id === focused?.lessonId);

  const dates = useMemo(() => new Map(lessons.map((l) => [l.id, l.date])), [lessons]);

  return (
    <div className="space-y-3 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start lg:gap-3 lg:space-y-0">
      <div className="min-w-0 space-y-3">
        {/* Both axes scroll here, so that the date row (top) and the names (left) can stay sticky. */}
        <div ref={scroller} className="max-h-[70vh] overflow-auto rounded-lg border border-slate-200 bg-white" data-testid="grid-scroller">
          <table className="border-separate border-spacing-0 text-sm" data-testid="journal-grid">
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => (
                    <th
                      key={header.id}
                      scope="col"
                      data-date={dates.get(header.column.id)}
                      className="sticky top-0 z-10 border-b border-r border-slate-200 bg-slate-50 py-1 text-left first:left-0 first:z-20"
                    >
                      {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                    </th>
                  ))}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id} className="odd:bg-white even:bg-slate-50/50">
                  {row.getAllCells().map((cell) => (
                    <td
                      key={cell.id}
                      className="border-b border-r border-slate-100 p-0 first:sticky first:left-0 first:z-[5] first:bg-white"
                    >
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p aria-live="polite" data-testid="grid-message" className="min-h-5 text-sm text-red-700">
          {lastMessage}
        </p>
        <p className="text-xs text-slate-500">
          Оценки: 1–5, «4/5», «зч», «нз». Пропуски: «Н», «Б», «УП», «ОП» (опоздание, можно с минутами: «ОП10»), вместе с оценкой — через
          пробел. Enter, Tab и стрелки переходят между ячейками, Delete очищает, Shift+Enter открывает панель ячейки (комментарий, история,
          замечание). Каждая ячейка сохраняется сама.
        </p>
        {lesson && <LessonEditor key={lesson.id} lesson={lesson} students={students} onClose={() => setOpenLesson(null)} />}
      </div>
      {focusedStudent && focusedLesson && (
        <CellPanel assignmentId={assignmentId} student={focusedStudent} lesson={focusedLesson} journal={journal} />
      )}
    </div>
  );
}
