// Facts the journal specs need from the e2e database: the teacher's 5А maths journal, its
// latest lessons and students (ids only; everything the user does goes through the UI).
import { sql } from "./db";

export async function mathJournal5A() {
  const [a] = await sql<{ id: string; classId: string }>(
    `select a.id, a."classId" from "TeachingAssignment" a
       join "User" t on t.id = a."teacherId" join "SchoolClass" c on c.id = a."classId"
       join "Subject" s on s.id = a."subjectId"
      where t.login = 'teacher' and c.grade = 5 and c.letter = 'А' and a.journal = 'MAIN' and a."groupId" is null
        and s.name = 'Математика' limit 1`,
  );
  if (!a) throw new Error("no 5А maths journal");
  return a;
}

/** The journal's lessons up to today in the current period, latest first. */
export async function latestLessons(assignmentId: string, n: number) {
  return sql<{ id: string; date: string; number: number }>(
    `select l.id, to_char(l.date, 'YYYY-MM-DD') as date, l.number from "Lesson" l
      where l."assignmentId" = $1 and l.date <= current_date
        and exists (select 1 from "StudyPeriod" p join "StudyYear" y on y.id = p."yearId"
                     where y."isCurrent" and current_date between p."startDate" and p."endDate"
                       and l.date between p."startDate" and p."endDate")
      order by l.date desc, l.number desc limit $2`,
    [assignmentId, n],
  );
}

export async function classStudents(classId: string) {
  return sql<{ id: string; lastName: string; login: string | null }>(
    `select u.id, u."lastName", u.login from "ClassMembership" m join "User" u on u.id = m."studentId"
      where m."classId" = $1 order by u."lastName", u."firstName"`,
    [classId],
  );
}

/** Empties cells so that a spec starts from a known state (fixture, not a shortcut). */
export async function clearCells(lessonId: string, studentIds: string[]) {
  await sql(`delete from "Mark" where "lessonId" = $1 and "studentId" = any($2)`, [lessonId, studentIds]);
  await sql(`delete from "Attendance" where "lessonId" = $1 and "studentId" = any($2)`, [lessonId, studentIds]);
}
