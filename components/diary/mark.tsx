// A mark in the diary (server component): a plain badge, or — when it carries a comment — the
// button that opens it in a popover (STU-1, GRD-1).
import { MarkBadge } from "@/components/diary/mark-badge";
import { MarkNote } from "@/components/diary/mark-note";

export function Mark({ value, comment, workType, weight }: { value: string; comment: string | null; workType: string; weight?: number }) {
  return comment ? (
    <MarkNote value={value} comment={comment} workType={workType} weight={weight} />
  ) : (
    <MarkBadge value={value} workType={workType} weight={weight} />
  );
}
