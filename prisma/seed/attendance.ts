// Whole days a student missed: mostly an illness of 2–5 school days («Б» on every lesson of
// those days), sometimes a single day without reason («Н») or with one («УП»).
import type { AbsenceKind } from "../../generated/prisma/enums";
import type { Day } from "./calendar";
import type { Student } from "./model";
import type { Rng } from "./random";

const ILLNESS_START = 0.0065;
const SINGLE_DAY = 0.005;

export function planAbsences(
  rng: Rng,
  students: Student[],
  schoolDays: Day[],
  today: Day,
  /** Students who must miss a few days (the demo children). */
  mustMiss: Set<string>,
): Map<string, Map<Day, AbsenceKind>> {
  const past = schoolDays.filter((d) => d <= today);
  const result = new Map<string, Map<Day, AbsenceKind>>();
  for (const s of students) {
    const days = new Map<Day, AbsenceKind>();
    // Weaker students miss a little more.
    const factor = s.ability < -0.8 ? 1.5 : 1;
    for (let i = 0; i < past.length; i++) {
      if (rng.chance(ILLNESS_START * factor)) {
        const length = rng.int(2, 5);
        for (let j = 0; j < length && i + j < past.length; j++) days.set(past[i + j], "ILL");
        i += length;
      } else if (rng.chance(SINGLE_DAY * factor)) {
        days.set(past[i], rng.chance(0.5) ? "EXCUSED" : "ABSENT");
      }
    }
    if (mustMiss.has(s.id) && days.size < 2 && past.length >= 10) {
      // Two days ill in one week, about two thirds into the past school days (never today).
      let start = Math.floor(past.length * 0.66);
      while (start > 0 && past[start + 1] - past[start] > 1) start--;
      days.set(past[start], "ILL");
      days.set(past[start + 1], "ILL");
    }
    if (days.size > 0) result.set(s.id, days);
  }
  return result;
}
