// A mark whose comment or work name opens on tap, click or Enter (STU-1). The comment is a
// native popover: it lives in the browser's top layer, so the scrolling marks strip cannot clip
// it; the button is its implicit anchor and CSS anchor positioning keeps it inside the viewport
// (.mark-popover in app/globals.css); Esc and a tap elsewhere close it and focus stays on the
// mark. No client JavaScript at all.
import { useId } from "react";
import { MarkBadge, workTypeLabel } from "@/components/diary/mark-badge";

export function MarkNote({ value, comment, workType, weight }: { value: string; comment: string; workType: string; weight?: number }) {
  const id = `mark-note-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  return (
    <>
      <button type="button" popoverTarget={id} className="mark-button rounded" data-testid="mark-with-note">
        <MarkBadge value={value} comment={comment} workType={workType} weight={weight} />
      </button>
      <span
        id={id}
        popover="auto"
        role="note"
        className="mark-popover rounded-md border border-slate-200 bg-white p-2 text-left text-sm text-slate-900 shadow-lg"
      >
        <span className="block font-medium">{comment}</span>
        <span className="block text-xs text-slate-600">
          {workTypeLabel(workType)}
          {weight !== undefined && `, вес ${weight}`}
        </span>
      </span>
    </>
  );
}
