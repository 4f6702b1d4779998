// One study year of a school: its calendar rows, classes, English groups, teaching assignments
// and weekly timetable.
import { toDbDate, type YearCalendar } from "./calendar";
import type { AssignmentP, ClassP, SchoolCtx, Student, Teacher, YearP } from "./model";
import type { Rng } from "./random";
import { newId } from "./rows";
import { allocateTeachers, type Bundle, type TeacherPool } from "./staff";
import { buildTimetable, type ClassTimetable, type Unit } from "./timetable";

/** A class over the years: the same students, one grade lower for every year back. */
export type Cohort = { grade: number; letter: string; students: Student[]; classTeacherId: string | null };

const HEAVY = new Set([
  "Русский язык",
  "Математика",
  "Алгебра",
  "Геометрия",
  "Физика",
  "Химия",
  "Английский язык",
  "Литература",
  "Информатика",
  "Литературное чтение",
  "Вероятность и статистика",
]);

/** The subject that also gets a separate homework journal (GRD-2), one per class. */
export function homeworkJournalSubject(grade: number): string {
  return grade <= 6 ? "Математика" : "Алгебра";
}

export function createYear(ctx: SchoolCtx, cal: YearCalendar, isCurrent: boolean): YearP {
  const year: YearP = { id: newId(), cal, isCurrent, classes: [], assignments: [], periodIds: new Map() };
  const { rows, schoolId } = ctx;
  rows.studyYear.push({
    id: year.id,
    schoolId,
    name: cal.name,
    startDate: toDbDate(cal.start),
    endDate: toDbDate(cal.end),
    isCurrent,
  });
  for (const p of cal.periods) {
    const id = newId();
    year.periodIds.set(p.number, id);
    rows.studyPeriod.push({
      id,
      schoolId,
      yearId: year.id,
      kind: "QUARTER",
      number: p.number,
      name: p.name,
      startDate: toDbDate(p.start),
      endDate: toDbDate(p.end),
    });
  }
  for (const h of cal.holidays) {
    rows.holiday.push({
      id: newId(),
      schoolId,
      yearId: year.id,
      name: h.name,
      startDate: toDbDate(h.start),
      endDate: toDbDate(h.end),
    });
  }
  return year;
}

/** The classes of the year `yearsBack` years ago (cohorts below grade 2 did not have marks yet). */
export function createClasses(year: YearP, cohorts: Cohort[], yearsBack: number): Map<ClassP, Cohort> {
  const map = new Map<ClassP, Cohort>();
  for (const c of cohorts) {
    const grade = c.grade - yearsBack;
    if (grade < 2) continue;
    const cls: ClassP = {
      id: newId(),
      yearId: year.id,
      grade,
      letter: c.letter,
      label: `${grade}${c.letter}`,
      students: c.students,
      classTeacherId: null,
    };
    year.classes.push(cls);
    map.set(cls, c);
  }
  return map;
}

/** Assignments for every bundle; a split subject gets two CLASS_PART groups. */
export function createAssignments(
  ctx: SchoolCtx,
  year: YearP,
  pool: TeacherPool,
  curriculum?: (grade: number) => { subject: string; hours: number }[],
  pinned: { cls: ClassP; specialty: string; teacher: Teacher }[] = [],
): Bundle[] {
  const bundles = allocateTeachers(year.classes, pool, curriculum, pinned);
  const groups = new Map<string, { id: string; students: Student[] }>();
  for (const b of bundles) {
    const cls = b.cls;
    let groupId: string | null = null;
    let students = cls.students;
    if (b.group !== null) {
      const key = `${cls.id}|${b.group}`;
      let g = groups.get(key);
      if (!g) {
        const half = Math.ceil(cls.students.length / 2);
        g = { id: newId(), students: b.group === 1 ? cls.students.slice(0, half) : cls.students.slice(half) };
        groups.set(key, g);
        ctx.rows.studyGroup.push({
          id: g.id,
          schoolId: ctx.schoolId,
          classId: cls.id,
          kind: "CLASS_PART",
          name: `${b.group} группа`,
        });
        for (const s of g.students) ctx.rows.groupMembership.push({ groupId: g.id, studentId: s.id });
      }
      groupId = g.id;
      students = g.students;
    }
    for (const { subject, hours } of b.subjects) {
      year.assignments.push({
        id: newId(),
        yearId: year.id,
        subject,
        subjectId: subjectIdOf(ctx, subject),
        teacherId: b.teacher!.id,
        cls,
        groupId,
        journal: "MAIN",
        keepsHomeworkJournal: subject === homeworkJournalSubject(cls.grade),
        students,
        grade: cls.grade,
        hours,
        specialty: b.specialty,
        extra: null,
        slots: [],
      });
    }
  }
  return bundles;
}

export function subjectIdOf(ctx: SchoolCtx, subject: string): string {
  const id = ctx.subjectIds.get(subject);
  if (!id) throw new Error(`Unknown subject ${subject}`);
  return id;
}

/** The weekly timetable of the year's classes (afternoon groups are added separately). */
export function createTimetable(rng: Rng, year: YearP, rooms: Map<string, string>): void {
  const classes: ClassTimetable[] = year.classes.map((cls) => {
    const bySubject = new Map<string, AssignmentP[]>();
    for (const a of year.assignments) {
      if (a.cls !== cls || a.journal !== "MAIN") continue;
      const list = bySubject.get(a.subject) ?? [];
      list.push(a);
      bySubject.set(a.subject, list);
    }
    const units: Unit[] = [...bySubject.entries()].map(([subject, list]) => ({
      hours: list[0].hours,
      teacherIds: list.map((a) => a.teacherId),
      heavy: HEAVY.has(subject),
      place: (weekday, lessonNumber) => {
        for (const a of list) a.slots.push({ weekday, lessonNumber, room: rooms.get(a.teacherId) ?? "101" });
      },
    }));
    return { label: cls.label, units };
  });
  buildTimetable(rng, classes);
}

/** Rows of the year's classes, memberships, assignments and timetable (class teachers chosen). */
export function pushYearRows(ctx: SchoolCtx, year: YearP): void {
  const { rows, schoolId } = ctx;
  for (const cls of year.classes) {
    rows.schoolClass.push({
      id: cls.id,
      schoolId,
      yearId: year.id,
      grade: cls.grade,
      letter: cls.letter,
      classTeacherId: cls.classTeacherId,
    });
    for (const s of cls.students) rows.classMembership.push({ schoolId, classId: cls.id, studentId: s.id });
  }
  for (const a of year.assignments) {
    rows.teachingAssignment.push({
      id: a.id,
      schoolId,
      yearId: year.id,
      teacherId: a.teacherId,
      subjectId: a.subjectId,
      classId: a.cls?.id ?? null,
      groupId: a.groupId,
      journal: a.journal,
      keepsHomeworkJournal: a.keepsHomeworkJournal,
    });
    for (const s of a.slots) {
      rows.timetableSlot.push({
        id: newId(),
        schoolId,
        assignmentId: a.id,
        weekday: s.weekday,
        lessonNumber: s.lessonNumber,
        room: s.room,
      });
    }
  }
}

export function teacherRooms(teachers: Teacher[]): Map<string, string> {
  return new Map(teachers.map((t) => [t.id, t.room]));
}
