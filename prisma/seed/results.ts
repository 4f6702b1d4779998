// What follows from the marks: final marks per period and year (GRD-4), rating milestones
// (GRD-6), planned control works (PLN-4) and the expected marks of the demo children (PLN-2).
import { dayOf, periodOf, toDbDate, type Day } from "./calendar";
import { MarkLog, type AssignmentP, type SchoolCtx, type Student, type YearP } from "./model";
import type { Rng } from "./random";
import { newId } from "./rows";
import type { PlannedLesson } from "./schedule";
import { controlWorkName } from "./texts";

/** Rounds half up, as schools do (3.5 → 4), and never below 2. */
export function roundMark(avg: number): number {
  return Math.max(2, Math.min(5, Math.floor(avg + 0.5 + 1e-9)));
}

function mainAssignments(year: YearP): AssignmentP[] {
  return year.assignments.filter((a) => a.journal === "MAIN");
}

/** PERIOD marks for every finished quarter, and YEAR marks once all four are finished. */
export function finalMarksFromJournal(ctx: SchoolCtx, year: YearP, log: MarkLog): void {
  const finished = year.cal.periods.filter((p) => p.end < ctx.today);
  const wholeYear = finished.length === year.cal.periods.length;
  for (const a of mainAssignments(year)) {
    for (const s of a.students) {
      const values: number[] = [];
      for (const p of finished) {
        const avg = log.average(s.id, a.subjectId, p.start, p.end);
        if (avg === null) continue;
        const value = roundMark(avg);
        values.push(value);
        pushFinal(ctx, year, a, s, "PERIOD", year.periodIds.get(p.number)!, value, p.end);
      }
      if (wholeYear && values.length > 0) {
        pushFinal(ctx, year, a, s, "YEAR", null, roundMark(values.reduce((x, y) => x + y, 0) / values.length), lastDay(year));
      }
    }
  }
}

/** Final marks of a year kept without its journal (the default demo's previous year). */
export function finalMarksWithoutJournal(ctx: SchoolCtx, rng: Rng, year: YearP): void {
  for (const a of mainAssignments(year)) {
    for (const s of a.students) {
      const base = 0.8 * (s.subjectAbility.get(a.subject) ?? s.ability) + 0.2 * s.ability;
      const values = year.cal.periods.map(() => {
        const z = 0.85 * base + 0.5 * rng.normal();
        return z < -0.6 ? 3 : z < 0.55 ? 4 : 5;
      });
      year.cal.periods.forEach((p, i) => pushFinal(ctx, year, a, s, "PERIOD", year.periodIds.get(p.number)!, values[i], p.end));
      pushFinal(ctx, year, a, s, "YEAR", null, roundMark(values.reduce((x, y) => x + y, 0) / values.length), lastDay(year));
    }
  }
}

function lastDay(year: YearP): Day {
  return year.cal.periods[year.cal.periods.length - 1].end;
}

/** A final mark, entered on the last day of its period. */
function pushFinal(
  ctx: SchoolCtx,
  year: YearP,
  a: AssignmentP,
  s: Student,
  kind: "PERIOD" | "YEAR",
  periodId: string | null,
  value: number,
  day: Day,
): void {
  const at = ctx.stamp(Math.min(day, ctx.today), 7);
  ctx.rows.finalMark.push({
    id: newId(),
    schoolId: ctx.schoolId,
    yearId: year.id,
    periodId,
    studentId: s.id,
    subjectId: a.subjectId,
    kind,
    value: String(value),
    authorId: a.teacherId,
    createdAt: at,
    updatedAt: at,
  });
}

/** Milestones on 1 October and 1 November (those already passed), with averages up to then. */
export function milestones(ctx: SchoolCtx, year: YearP, log: MarkLog): void {
  const y = year.cal.startYear;
  const dates: [Day, string][] = [
    [dayOf(y, 10, 1), "Рубежный контроль на 1 октября"],
    [dayOf(y, 11, 1), "Рубежный контроль на 1 ноября"],
  ];
  for (const [date, name] of dates) {
    if (date > ctx.today) continue;
    const id = newId();
    ctx.rows.milestone.push({ id, schoolId: ctx.schoolId, yearId: year.id, date: toDbDate(date), name });
    for (const a of mainAssignments(year)) {
      for (const s of a.students) {
        const avg = log.average(s.id, a.subjectId, year.cal.start, date);
        if (avg === null) continue;
        ctx.rows.milestoneResult.push({ milestoneId: id, studentId: s.id, subjectId: a.subjectId, average: avg.toFixed(2) });
      }
    }
  }
}

/**
 * Control works planned from tomorrow to the end of the current (or next) quarter, as the year's
 * plan has them; an assignment without one gets one in the last week when the quarter is long enough.
 */
export function plannedControlWorks(ctx: SchoolCtx, year: YearP, plans: Map<AssignmentP, PlannedLesson[]>): void {
  const period = periodOf(year.cal, ctx.today) ?? year.cal.periods.find((p) => p.start > ctx.today);
  if (!period) return;
  for (const [a, plan] of plans) {
    if (a.journal !== "MAIN") continue;
    const ahead = plan.filter((p) => p.day > ctx.today && p.day <= period.end);
    const works = ahead.filter((p) => p.workType === "CONTROL");
    if (works.length === 0 && ahead.length >= 4 && period.end - ctx.today >= 14) {
      const last = ahead.filter((p) => p.day <= period.end - 2).pop();
      if (last) works.push({ ...last, topic: controlWorkName(last.baseTopic) });
    }
    for (const w of works) {
      ctx.rows.plannedControlWork.push({
        id: newId(),
        schoolId: ctx.schoolId,
        assignmentId: a.id,
        date: toDbDate(w.day),
        title: w.topic,
      });
    }
  }
}

/** What the family aims for in each subject (PLN-2). */
export function expectedMarks(ctx: SchoolCtx, year: YearP, student: Student): void {
  const seen = new Set<string>();
  for (const a of mainAssignments(year)) {
    if (!a.students.includes(student) || seen.has(a.subjectId)) continue;
    seen.add(a.subjectId);
    const ability = student.subjectAbility.get(a.subject) ?? student.ability;
    ctx.rows.expectedMark.push({
      schoolId: ctx.schoolId,
      studentId: student.id,
      subjectId: a.subjectId,
      yearId: year.id,
      value: ability > 0.3 ? 5 : 4,
    });
  }
}
