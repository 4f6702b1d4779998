// The afternoon journals (GRD-3): a robotics club drawing from several classes, an extended-day
// group of fifth-graders and an exam consultation for ninth-graders, all after lesson 7.
import type { GroupKind } from "../../generated/prisma/enums";
import type { AssignmentP, ClassP, SchoolCtx, Student, Teacher, YearP } from "./model";
import type { Rng } from "./random";
import { newId } from "./rows";
import { subjectIdOf } from "./year";

export const AFTERNOON_LESSON = 8;

type ExtraSpec = {
  extra: NonNullable<AssignmentP["extra"]>;
  kind: GroupKind;
  name: string;
  subject: string;
  teacher: Teacher;
  students: Student[];
  weekdays: number[];
  grade: number;
};

function addExtra(ctx: SchoolCtx, year: YearP, spec: ExtraSpec): AssignmentP {
  const groupId = newId();
  ctx.rows.studyGroup.push({ id: groupId, schoolId: ctx.schoolId, classId: null, kind: spec.kind, name: spec.name });
  for (const s of spec.students) ctx.rows.groupMembership.push({ groupId, studentId: s.id });
  const a: AssignmentP = {
    id: newId(),
    yearId: year.id,
    subject: spec.subject,
    subjectId: subjectIdOf(ctx, spec.subject),
    teacherId: spec.teacher.id,
    cls: null,
    groupId,
    journal: "EXTRA",
    keepsHomeworkJournal: false,
    students: spec.students,
    grade: spec.grade,
    hours: spec.weekdays.length,
    specialty: spec.teacher.specialty,
    extra: spec.extra,
    slots: spec.weekdays.map((weekday) => ({ weekday, lessonNumber: AFTERNOON_LESSON, room: spec.teacher.room })),
  };
  year.assignments.push(a);
  return a;
}

/** Picks about `total` students spread over the classes, always including `must`. */
function spread(rng: Rng, classes: ClassP[], total: number, must: Student[], except: Set<Student>): Student[] {
  const chosen = new Set<Student>(must);
  const per = Math.ceil(total / Math.max(1, classes.length));
  for (const cls of classes) {
    const pool = cls.students.filter((s) => !chosen.has(s) && !except.has(s));
    const already = cls.students.filter((s) => chosen.has(s)).length;
    for (const s of rng.sample(pool, Math.max(0, per - already))) {
      if (chosen.size >= total) break;
      chosen.add(s);
    }
  }
  return [...chosen];
}

export function addAfternoonGroups(
  ctx: SchoolCtx,
  rng: Rng,
  year: YearP,
  teachers: { club: Teacher; extendedDay: Teacher; consultation: Teacher },
  demo: { clubMember: Student; consultationMember: Student },
): AssignmentP[] {
  const byGrade = (g: number) => year.classes.filter((c) => c.grade === g);
  // The club: the two parallel fifth grades, one class of each of grades 6–8 if any, and 9А.
  const clubClasses = [...byGrade(5).slice(0, 2), ...[6, 7, 8].flatMap((g) => byGrade(g).slice(0, 1)), ...byGrade(9).slice(0, 1)];
  const club = spread(rng, clubClasses, 12, [demo.clubMember], new Set());
  const clubSet = new Set(club);
  // The extended-day group meets every day at the club's hour: nobody can be in both.
  const extendedDay = spread(rng, byGrade(5).slice(0, 2), 15, [], clubSet);
  const consultation = spread(rng, byGrade(9), 15, [demo.consultationMember], new Set());

  return [
    addExtra(ctx, year, {
      extra: "club",
      kind: "CLUB",
      name: "Робототехника",
      subject: "Робототехника",
      teacher: teachers.club,
      students: club,
      weekdays: [2, 4],
      grade: 5,
    }),
    addExtra(ctx, year, {
      extra: "extended-day",
      kind: "EXTENDED_DAY",
      name: "Группа продлённого дня",
      subject: "Продлённый день",
      teacher: teachers.extendedDay,
      students: extendedDay,
      weekdays: [1, 2, 3, 4, 5],
      grade: 5,
    }),
    addExtra(ctx, year, {
      extra: "consultation",
      kind: "CONSULTATION",
      name: "Подготовка к ОГЭ по математике",
      subject: "Консультации по математике",
      teacher: teachers.consultation,
      students: consultation,
      weekdays: [3],
      grade: 9,
    }),
  ];
}
