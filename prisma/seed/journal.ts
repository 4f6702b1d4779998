// The journal of one teaching assignment up to today: lessons, attendance, marks (main, homework
// and afternoon journals), control-work elements, homework and the odd remark.
import type { AbsenceKind, JournalKind, WorkType } from "../../generated/prisma/enums";
import { toDbDate, type Day } from "./calendar";
import { abilityIn, drawMark, markComment, markValue, taskScores } from "./marks";
import type { AssignmentP, JournalCtx, Student } from "./model";
import { newId } from "./rows";
import type { PlannedLesson } from "./schedule";
import {
  COMMENTS,
  controlElementsFor,
  HOMEWORK_EXPLANATIONS,
  homeworkRate,
  homeworkText,
  PE_REMARKS,
  REMARKS,
  SUBMISSION_EXPLANATIONS,
} from "./texts";

/** A lesson a watched (demo) student attended. */
export type SeenLesson = { lessonId: string; day: Day; teacherId: string; subject: string };

const FAR_DUE_DAYS = 9;

export function writeJournal(ctx: JournalCtx, a: AssignmentP, plan: PlannedLesson[], watched: Map<string, SeenLesson[]>): void {
  const { rng, rows, today, schoolId } = ctx;
  const hwRate = homeworkRate(a.subject);

  for (const p of plan) {
    if (p.day > today) break;
    const lessonId = newId();
    const substitute = a.journal === "MAIN" && rng.chance(0.03) ? ctx.substituteFor(a, p.day, p.number) : null;
    const teacherId = substitute ?? a.teacherId;
    const at = ctx.stamp(p.day, p.number);
    rows.lesson.push({
      id: lessonId,
      schoolId,
      assignmentId: a.id,
      date: toDbDate(p.day),
      number: p.number,
      topic: p.topic,
      room: p.room,
      teacherId,
      workType: p.workType,
      weight: p.weight,
      createdAt: at,
      updatedAt: at,
    });

    // Attendance: whole days planned ahead, plus a skipped lesson or a late arrival now and then.
    const present: Student[] = [];
    for (const s of a.students) {
      let kind: AbsenceKind | null = ctx.absences.get(s.id)?.get(p.day) ?? null;
      let minutesLate: number | null = null;
      if (!kind) {
        const r = rng.next();
        if (r < 0.003) kind = "ABSENT";
        else if (r < 0.003 + (p.number === 1 ? 0.012 : 0.002)) {
          kind = "LATE";
          minutesLate = rng.int(5, 15);
        }
      }
      if (kind) {
        rows.attendance.push({
          id: newId(),
          schoolId,
          lessonId,
          studentId: s.id,
          kind,
          minutesLate,
          authorId: teacherId,
          createdAt: at,
          updatedAt: at,
        });
      }
      if (!kind || kind === "LATE") {
        present.push(s);
        watched.get(s.id)?.push({ lessonId, day: p.day, teacherId, subject: a.subject });
      }
    }

    const mark = (
      s: Student,
      journal: JournalKind,
      value: string,
      numeric: string | null,
      workType: WorkType,
      weight: number,
      comment: string | null,
    ) => {
      rows.mark.push({
        id: newId(),
        schoolId,
        lessonId,
        studentId: s.id,
        journal,
        value,
        numeric,
        workType,
        weight,
        comment,
        authorId: teacherId,
        createdAt: at,
        updatedAt: at,
      });
      if (journal === "MAIN" && numeric !== null) {
        ctx.marks.add(s.id, a.subjectId, { day: p.day, value: Number(numeric), weight });
      }
    };

    if (a.journal === "EXTRA") {
      for (const s of present) {
        if (a.extra === "club") {
          const r = rng.next();
          if (r < 0.4) mark(s, "EXTRA", "зч", null, "LESSON_ANSWER", 1, null);
          else if (r < 0.43) mark(s, "EXTRA", "нз", null, "LESSON_ANSWER", 1, null);
        } else if (rng.chance(a.extra === "consultation" ? 0.3 : 0.1)) {
          const m = drawMark(rng, s, a.subject, 0.3);
          mark(s, "EXTRA", String(m), m.toFixed(2), "LESSON_ANSWER", 1, null);
        }
      }
      continue;
    }

    // The main journal.
    let chosen: Student[];
    if (p.workType === "CONTROL") chosen = present;
    else if (p.workType === "INDEPENDENT") chosen = present.filter(() => rng.chance(0.85));
    else chosen = rng.sample(present, Math.round(present.length * (0.2 + rng.next() * 0.1)));
    const given = new Map<Student, number>();
    for (const s of chosen) {
      const m = drawMark(rng, s, a.subject, p.workType === "CONTROL" ? -0.1 : 0);
      const v = markValue(rng, m, p.workType !== "CONTROL");
      mark(s, "MAIN", v.value, v.numeric, p.workType, p.weight, markComment(rng, m, p));
      given.set(s, m);
    }

    // Control-work elements (GRD-5) for about half of the control works.
    const needed = present.some((s) => ctx.needElements.has(s.id));
    if (p.workType === "CONTROL" && given.size > 0 && (needed || rng.chance(0.5))) {
      const count = rng.int(4, 6);
      const titles = controlElementsFor(rng, a.subject, count);
      const elements = titles.map((title, i) => ({ id: newId(), title, maxScore: rng.chance(0.6) ? 1 : 2, task: i + 1 }));
      for (const e of elements) {
        rows.controlWorkElement.push({ id: e.id, schoolId, lessonId, taskNumber: e.task, title: e.title, maxScore: e.maxScore });
      }
      for (const [s, m] of given) {
        const scores = taskScores(
          rng,
          m,
          elements.map((e) => e.maxScore),
        );
        elements.forEach((e, i) => rows.controlWorkResult.push({ elementId: e.id, studentId: s.id, score: scores[i] }));
        ctx.needElements.delete(s.id);
      }
    }

    // The separate homework journal (GRD-2).
    if (a.keepsHomeworkJournal) {
      for (const s of rng.sample(present, Math.round(present.length * 0.3))) {
        const m = drawMark(rng, s, a.subject, 0.3);
        mark(s, "HOMEWORK", String(m), m.toFixed(2), "HOMEWORK", 1, null);
      }
    }

    // Homework, due at the next lesson of the assignment.
    let next: PlannedLesson | undefined;
    for (let j = p.index + 1; j < plan.length; j++) {
      if (plan[j].day > p.day) {
        next = plan[j];
        break;
      }
    }
    const last = next !== undefined && next.day > today;
    if (next && next.day <= today + FAR_DUE_DAYS && ((last && hwRate > 0.5) || rng.chance(hwRate))) {
      const accepts = rng.chance(0.2);
      const explanation = accepts ? rng.pick(SUBMISSION_EXPLANATIONS) : rng.chance(0.15) ? rng.pick(HOMEWORK_EXPLANATIONS) : null;
      rows.homework.push({
        id: newId(),
        schoolId,
        lessonId,
        dueDate: toDbDate(next.day),
        text: homeworkText(rng, a.subject, p.topicIndex, p.index),
        explanation,
        acceptsSubmissions: accepts,
        createdAt: at,
        updatedAt: at,
      });
    }

    // Now and then a remark or a comment about somebody in the lesson.
    if (present.length > 0 && rng.chance(0.01)) {
      const s = rng.pick(present);
      const praise = abilityIn(rng, s, a.subject) > 0.3 ? rng.chance(0.6) : rng.chance(0.2);
      rows.remark.push({
        id: newId(),
        schoolId,
        studentId: s.id,
        authorId: teacherId,
        lessonId,
        kind: praise ? "COMMENT" : "REMARK",
        text: praise ? rng.pick(COMMENTS) : rng.pick(a.subject === "Физическая культура" ? PE_REMARKS : REMARKS),
        createdAt: at,
      });
    }
  }
}
