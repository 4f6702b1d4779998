// Runs the journal of a whole study year up to today: absences, the plan of every assignment,
// lessons with marks and homework, then the final marks of finished quarters.
import type { AbsenceKind } from "../../generated/prisma/enums";
import { schoolDaysOf, weekdayOf, type Day } from "./calendar";
import { writeJournal, type SeenLesson } from "./journal";
import { MarkLog, type AssignmentP, type JournalCtx, type SchoolCtx, type Student, type YearP } from "./model";
import { planAbsences } from "./attendance";
import { finalMarksFromJournal } from "./results";
import type { Rng } from "./random";
import { planYear, type PlannedLesson } from "./schedule";

export type YearJournal = {
  plans: Map<AssignmentP, PlannedLesson[]>;
  log: MarkLog;
  /** Lessons the watched students attended. */
  watched: Map<string, SeenLesson[]>;
  /** Whole days missed, per student. */
  absences: Map<string, Map<Day, AbsenceKind>>;
};

export function runYearJournal(ctx: SchoolCtx, rng: Rng, year: YearP, watch: Student[]): YearJournal {
  const schoolDays = schoolDaysOf(year.cal);
  const students = uniqueStudents(year);
  const watchIds = new Set(watch.map((s) => s.id));
  const absences = planAbsences(rng, students, schoolDays, ctx.today, watchIds);

  // Who is busy when, for substitutes: a free teacher of the same subject (of the same kind:
  // any mathematician for mathematics) takes the lesson.
  const busy = new Set<string>();
  const bySpecialty = new Map<string, string[]>();
  const kindOf = (a: AssignmentP) => a.specialty.replace(/-(junior|senior)$/, "");
  for (const a of year.assignments) {
    for (const s of a.slots) busy.add(`${a.teacherId}|${s.weekday}|${s.lessonNumber}`);
    if (a.journal !== "MAIN") continue;
    const list = bySpecialty.get(kindOf(a)) ?? [];
    if (!list.includes(a.teacherId)) list.push(a.teacherId);
    bySpecialty.set(kindOf(a), list);
  }

  /** Substitutes already taken for a lesson on a date. */
  const substituting = new Set<string>();
  const log = new MarkLog();
  const jctx: JournalCtx = {
    ...ctx,
    rng,
    year,
    marks: log,
    absences,
    needElements: new Set(watchIds),
    substituteFor: (a, day, lessonNumber) => {
      const wd = weekdayOf(day);
      const free = (bySpecialty.get(kindOf(a)) ?? []).filter(
        (t) => t !== a.teacherId && !busy.has(`${t}|${wd}|${lessonNumber}`) && !substituting.has(`${t}|${day}|${lessonNumber}`),
      );
      if (free.length === 0) return null;
      const t = rng.pick(free);
      substituting.add(`${t}|${day}|${lessonNumber}`);
      return t;
    },
  };
  const watched = new Map<string, SeenLesson[]>(watch.map((s) => [s.id, []]));
  const plans = new Map<AssignmentP, PlannedLesson[]>();
  for (const a of year.assignments) {
    const plan = planYear(rng, a, schoolDays);
    plans.set(a, plan);
    writeJournal(jctx, a, plan, watched);
  }
  finalMarksFromJournal(ctx, year, log);
  return { plans, log, watched, absences };
}

function uniqueStudents(year: YearP): Student[] {
  const seen = new Set<Student>();
  for (const cls of year.classes) for (const s of cls.students) seen.add(s);
  for (const a of year.assignments) for (const s of a.students) seen.add(s);
  return [...seen];
}
