// The one averaging rule (docs/adr/0005-weighted-average.md): the weighted mean of numeric marks,
// a compound «4/5» counting as the mean of its parts; «зч»/«нз» and absences do not count. Pure,
// so the diary, the journal, the export and the calculator share it.
import { parseMark } from "./cell";

export type AveragedMark = { value: string; weight: number };

/** The number a mark contributes, or null when it does not count («зч», «нз», «Н», garbage). */
export function markNumber(value: string): number | null {
  return parseMark(value)?.numeric ?? null;
}

/** Weighted mean of the counting marks, or null when none counts. Weights below 1 count as 1. */
export function weightedAverage(marks: readonly AveragedMark[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const m of marks) {
    const n = markNumber(m.value);
    if (n === null) continue;
    const w = Math.max(1, Math.trunc(m.weight));
    sum += n * w;
    weights += w;
  }
  return weights === 0 ? null : sum / weights;
}

/** «4,25»: two decimals, Russian comma. */
export function formatAverage(avg: number | null): string {
  return avg === null ? "—" : avg.toFixed(2).replace(".", ",");
}

export type MarkPlan = { mark: number; count: number };

/**
 * The fewest marks of one value (and weight) that lift the average to at least `target`, for
 * each value 2..5 that can do it (at most `limit` marks). A value that cannot reach the target
 * is left out; an empty list with `reached` true means the target is met already.
 */
export function marksToReach(
  marks: readonly AveragedMark[],
  target: number,
  weight = 1,
  limit = 50,
): { reached: boolean; plans: MarkPlan[] } {
  const current = weightedAverage(marks);
  if (current !== null && current + 1e-9 >= target) return { reached: true, plans: [] };
  const plans: MarkPlan[] = [];
  for (const mark of [5, 4, 3, 2]) {
    if (mark + 1e-9 < target) continue;
    for (let count = 1; count <= limit; count++) {
      const extra = Array.from({ length: count }, () => ({ value: String(mark), weight }));
      const avg = weightedAverage([...marks, ...extra]);
      if (avg !== null && avg + 1e-9 >= target) {
        plans.push({ mark, count });
        break;
      }
    }
  }
  return { reached: false, plans };
}
