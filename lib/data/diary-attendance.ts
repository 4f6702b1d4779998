// Absences of the active child (STU-5 «Посещаемость») and the topics missed on those days
// (STU-4 «Пропущенные темы»), cut by a study period.
import "server-only";
import { prisma } from "@/lib/db";
import type { ChildRef } from "@/lib/auth/viewer";
import { fromIsoDate, toIsoDate, type IsoDate } from "@/lib/time/dates";

export type AbsenceRow = {
  date: IsoDate;
  number: number;
  subject: string;
  kind: AbsenceKind;
  minutesLate: number | null;
  topic: string | null;
  homework: string[];
};

export async function getAbsences(schoolId: string, child: ChildRef, from: IsoDate, to: IsoDate): Promise<AbsenceRow[]> {
  const rows = await prisma.attendance.findMany({
    where: { schoolId, studentId: child.id, lesson: { date: { gte: fromIsoDate(from), lte: fromIsoDate(to) } } },
    relationLoadStrategy: "join",
    orderBy: [{ lesson: { date: "asc" } }, { lesson: { number: "asc" } }],
    select: {
      kind: true,
      minutesLate: true,
      lesson: {
        select: {
          date: true,
          number: true,
          topic: true,
          assignment: { select: { subject: { select: { name: true } } } },
          homework: { select: { text: true } },
        },
      },
    },
  });
  return rows.map((r) => ({
    date: toIsoDate(r.lesson.date),
    number: r.lesson.number,
    subject: r.lesson.assignment.subject.name,
    kind: r.kind,
    minutesLate: r.minutesLate,
    topic: r.lesson.topic,
    homework: r.lesson.homework.map((h) => h.text),
  }));
}

export { ABSENCE_LABELS } from "@/lib/marks/cell";
import type { AbsenceKind } from "@/lib/marks/cell";
