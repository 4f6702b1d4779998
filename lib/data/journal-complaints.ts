// Homework complaints for the head teacher (STU-2): the school's complaints, open ones first.
import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { shortName } from "@/lib/names";
import { toIsoDate } from "@/lib/time/dates";

export async function getComplaints(viewer: Viewer) {
  const rows = await prisma.homeworkComplaint.findMany({
    where: { schoolId: viewer.school.id },
    relationLoadStrategy: "join",
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: 200,
    select: {
      id: true,
      text: true,
      status: true,
      answer: true,
      createdAt: true,
      studentId: true,
      authorId: true,
      homework: {
        select: {
          text: true,
          dueDate: true,
          lesson: {
            select: {
              assignment: {
                select: {
                  subject: { select: { name: true } },
                  class: { select: { grade: true, letter: true } },
                  teacher: { select: { lastName: true, firstName: true, middleName: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  const people = await prisma.user.findMany({
    where: { schoolId: viewer.school.id, id: { in: [...new Set(rows.flatMap((r) => [r.studentId, r.authorId]))] } },
    select: { id: true, lastName: true, firstName: true, middleName: true },
  });
  const name = new Map(people.map((p) => [p.id, shortName(p)]));
  return rows.map((r) => {
    const a = r.homework.lesson.assignment;
    return {
      id: r.id,
      text: r.text,
      status: r.status,
      answer: r.answer,
      createdAt: r.createdAt.toISOString(),
      student: name.get(r.studentId) ?? "—",
      author: name.get(r.authorId) ?? "—",
      homework: r.homework.text,
      dueDate: toIsoDate(r.homework.dueDate),
      subject: a.subject.name,
      classLabel: a.class ? `${a.class.grade}${a.class.letter}` : null,
      teacher: shortName(a.teacher),
    };
  });
}
