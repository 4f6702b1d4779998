// What every seeded school has: the school row, the bell schedule, the subjects, and the layout
// of classes over grades.
import { moscowMoment, type Day } from "./calendar";
import { EXTRA_SUBJECTS, SUBJECTS } from "./curriculum";
import type { SchoolCtx } from "./model";
import { newId, type Rows } from "./rows";

export type SchoolInfo = {
  name: string;
  shortName: string;
  address: string;
  paidServices: string[];
};

/** Seven lessons of 45 minutes (20-minute breaks after the second and third), and an eighth
 *  slot for the afternoon groups (clubs, consultations, extended day). */
export const BELLS: [string, string][] = [
  ["08:30", "09:15"],
  ["09:25", "10:10"],
  ["10:30", "11:15"],
  ["11:35", "12:20"],
  ["12:30", "13:15"],
  ["13:25", "14:10"],
  ["14:20", "15:05"],
  ["15:15", "16:00"],
];

/** The end of a lesson (lesson 8, the afternoon groups, ends at 16:00). */
function lessonEnd(lessonNumber: number): [number, number] {
  const bell = BELLS[lessonNumber - 1];
  if (!bell) return [16, 0];
  const [h, m] = bell[1].split(":").map(Number);
  return [h, m];
}

export function createSchool(rows: Rows, today: Day, info: SchoolInfo): SchoolCtx {
  const schoolId = newId();
  rows.school.push({
    id: schoolId,
    name: info.name,
    shortName: info.shortName,
    address: info.address,
    timezone: "Europe/Moscow",
    paidServices: info.paidServices,
  });
  BELLS.forEach(([startsAt, endsAt], i) => {
    rows.bell.push({ id: newId(), schoolId, number: i + 1, startsAt, endsAt });
  });
  const subjectIds = new Map<string, string>();
  for (const s of [...SUBJECTS, ...EXTRA_SUBJECTS]) {
    const id = newId();
    subjectIds.set(s.name, id);
    rows.subject.push({ id, schoolId, name: s.name, shortName: s.shortName });
  }
  return {
    schoolId,
    rows,
    today,
    subjectIds,
    stamp: (day, lessonNumber = 7) => {
      const [h, m] = lessonEnd(lessonNumber);
      return moscowMoment(day, h, m);
    },
  };
}

const LETTERS = "АБВГДЕЖЗИКЛМНОП";
export const MAX_CLASSES = 100;

/**
 * Classes of the current year: 5А, 5Б and 9А always; more classes go round grades 6, 7, 8, 10,
 * 11, 9, 5 in turn.
 */
export function classLayout(count: number): { grade: number; letter: string }[] {
  if (count < 3 || count > MAX_CLASSES) throw new Error(`The number of classes must be 3–${MAX_CLASSES}.`);
  const perGrade = new Map<number, number>([
    [5, 2],
    [9, 1],
  ]);
  const cycle = [6, 7, 8, 10, 11, 9, 5];
  for (let i = 0; i < count - 3; i++) {
    const g = cycle[i % cycle.length];
    perGrade.set(g, (perGrade.get(g) ?? 0) + 1);
  }
  const out: { grade: number; letter: string }[] = [];
  for (const grade of [...perGrade.keys()].sort((a, b) => a - b)) {
    for (let i = 0; i < perGrade.get(grade)!; i++) out.push({ grade, letter: LETTERS[i] });
  }
  return out;
}
