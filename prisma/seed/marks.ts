// Mark values: about 30 % fives, 40 % fours, 22 % threes and 8 % twos over the school, with
// strong students mostly above and weak ones mostly below.
import type { WorkType } from "../../generated/prisma/enums";
import type { Student } from "./model";
import type { Rng } from "./random";
import { HIGH_MARK_COMMENTS, independentWorkName, LOW_MARK_COMMENTS } from "./texts";

/** Quantiles of a standard normal variable for the target distribution. */
const Z_TWO = -1.405; // 8 % below
const Z_THREE = -0.524; // 30 % below
const Z_FOUR = 0.524; // 70 % below

export function abilityIn(rng: Rng, s: Student, subject: string): number {
  let a = s.subjectAbility.get(subject);
  if (a === undefined) {
    a = 0.8 * s.ability + 0.6 * rng.normal();
    s.subjectAbility.set(subject, a);
  }
  return a;
}

/** A mark 2–5 for a student in a subject; `bonus` shifts it (homework is marked kindlier). */
export function drawMark(rng: Rng, s: Student, subject: string, bonus = 0): number {
  const z = 0.65 * abilityIn(rng, s, subject) + 0.76 * rng.normal() + bonus;
  if (z < Z_TWO) return 2;
  if (z < Z_THREE) return 3;
  if (z < Z_FOUR) return 4;
  return 5;
}

export type MarkValue = { value: string; numeric: string; mark: number };

/** Now and then a compound mark such as «4/5» (numeric 4.50). */
export function markValue(rng: Rng, mark: number, allowCompound: boolean): MarkValue {
  if (allowCompound && rng.chance(0.015)) {
    const other = mark === 5 ? 4 : mark === 2 ? 3 : mark + (rng.chance(0.5) ? 1 : -1);
    const [a, b] = rng.chance(0.5) ? [mark, other] : [other, mark];
    return { value: `${a}/${b}`, numeric: ((a + b) / 2).toFixed(2), mark };
  }
  return { value: String(mark), numeric: mark.toFixed(2), mark };
}

/** A comment on about 8 % of marks: the work's name, or a word on the answer. */
export function markComment(rng: Rng, mark: number, lesson: { workType: WorkType; topic: string; baseTopic: string }): string | null {
  // A control lesson's topic is already the work's name («Контрольная работа по теме «…»»).
  if (lesson.workType === "CONTROL") return rng.chance(0.15) ? lesson.topic : null;
  if (lesson.workType === "INDEPENDENT") return rng.chance(0.1) ? independentWorkName(lesson.baseTopic) : null;
  if (!rng.chance(0.05)) return null;
  return rng.pick(mark <= 3 ? LOW_MARK_COMMENTS : HIGH_MARK_COMMENTS);
}

/** The share of points a mark stands for: 5 ≥ 85 %, 4 ≥ 65 %, 3 ≥ 45 %. */
const BANDS: Record<number, [number, number]> = { 5: [0.85, 1], 4: [0.65, 0.84], 3: [0.45, 0.64], 2: [0.1, 0.44] };

/** Points per task of a control work that add up to a share fitting the mark. */
export function taskScores(rng: Rng, mark: number, maxScores: number[]): number[] {
  const total = maxScores.reduce((s, m) => s + m, 0);
  const [lo, hi] = BANDS[mark] ?? BANDS[3];
  let target = Math.round((lo + rng.next() * (hi - lo)) * total);
  // Keep the rounded share inside the band.
  while (target / total < lo && target < total) target++;
  while (target / total > hi && target > 0) target--;
  const scores = maxScores.map(() => 0);
  let left = target;
  // Easy tasks (the first ones) are solved first, with a little disorder.
  while (left > 0) {
    const open = scores.map((s, i) => i).filter((i) => scores[i] < maxScores[i]);
    const i = rng.chance(0.7) ? open[0] : rng.pick(open);
    scores[i] += 1;
    left -= 1;
  }
  return scores;
}
