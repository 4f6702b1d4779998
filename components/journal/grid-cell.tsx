"use client";
// One editable journal cell: type a mark or an attendance code; Enter/arrows/Tab move and save,
// Delete clears. The cell shows whether it is saving, saved, or refused.
import { useState } from "react";
import { cn } from "@/components/ui/cn";
import { cellId, useGrid } from "./grid-state";

function focusCell(row: number, col: number) {
  const el = document.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`);
  if (el) {
    el.focus();
    el.select();
  }
}

export function GridCell({
  studentId,
  lessonId,
  row,
  col,
  label,
  disabled,
}: {
  studentId: string;
  lessonId: string;
  row: number;
  col: number;
  label: string;
  disabled: boolean;
}) {
  const { cells, commit, setFocused, requestPanel } = useGrid();
  const state = cells[cellId(studentId, lessonId)];
  // While focused the input shows the teacher's draft; otherwise what the store holds.
  const [draft, setDraft] = useState<string | null>(null);
  const shown = state?.text ?? "";

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    const allSelected = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    if (e.key === "Enter" && e.shiftKey) {
      e.preventDefault();
      if (draft !== null) commit(studentId, lessonId, draft);
      requestPanel();
    } else if (e.key === "Enter" || e.key === "ArrowDown") {
      e.preventDefault();
      focusCell(row + 1, col);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      focusCell(row - 1, col);
    } else if (e.key === "ArrowRight" && (atEnd || allSelected)) {
      e.preventDefault();
      focusCell(row, col + 1);
    } else if (e.key === "ArrowLeft" && (atStart || allSelected)) {
      e.preventDefault();
      focusCell(row, col - 1);
    } else if (e.key === "Delete" && (allSelected || input.value === "")) {
      e.preventDefault();
      setDraft("");
      commit(studentId, lessonId, "");
    } else if (e.key === "Escape") {
      setDraft(shown);
    }
  }

  const status = state?.status ?? "idle";
  return (
    <input
      data-row={row}
      data-col={col}
      data-testid={`cell-${studentId}-${lessonId}`}
      data-status={status}
      aria-label={label}
      aria-invalid={status === "error" || undefined}
      title={state?.error ?? (state?.comment ? `Комментарий: ${state.comment}` : undefined)}
      disabled={disabled}
      value={draft ?? shown}
      autoComplete="off"
      inputMode="text"
      onFocus={(e) => {
        setDraft(shown);
        setFocused({ studentId, lessonId });
        e.currentTarget.select();
      }}
      onBlur={() => {
        if (draft !== null) commit(studentId, lessonId, draft);
        setDraft(null);
      }}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={onKeyDown}
      className={cn(
        "h-9 w-12 rounded-none border-0 bg-transparent text-center text-sm font-semibold focus:bg-brand-50 focus:outline-2 focus:outline-brand-600",
        status === "saving" && "bg-amber-50",
        status === "saved" && "bg-green-50",
        status === "error" && "bg-red-100 text-red-800",
        state?.comment && "underline decoration-dotted",
        disabled && "text-slate-400",
      )}
    />
  );
}
