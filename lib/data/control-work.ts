// GRD-5 for the teacher: a control-work lesson of their journal with its tasks and the results.
// Only the lesson's own teacher (the journal's owner or its substitute) and the head teacher.
import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { shortName } from "@/lib/names";
import { studentsWhere } from "@/lib/data/journal-access";
import { toIsoDate } from "@/lib/time/dates";

/** The control-work lesson if the viewer may analyse it; null for anything else (→ 404). */
export async function findAnalysableLesson(viewer: Viewer, assignmentId: string, lessonId: string) {
  const lesson = await prisma.lesson.findFirst({
    where: { id: lessonId, assignmentId, schoolId: viewer.school.id, workType: "CONTROL", assignment: { year: { isCurrent: true } } },
    relationLoadStrategy: "join",
    select: {
      id: true,
      date: true,
      topic: true,
      teacherId: true,
      assignment: {
        select: {
          id: true,
          teacherId: true,
          classId: true,
          groupId: true,
          subject: { select: { name: true } },
          class: { select: { grade: true, letter: true } },
          group: { select: { name: true } },
        },
      },
    },
  });
  if (!lesson) return null;
  const own = lesson.assignment.teacherId === viewer.userId || lesson.teacherId === viewer.userId;
  return own || viewer.roles.includes("HEAD_TEACHER") ? lesson : null;
}

export async function getControlWorkAnalysis(viewer: Viewer, assignmentId: string, lessonId: string) {
  const lesson = await findAnalysableLesson(viewer, assignmentId, lessonId);
  if (!lesson) return null;
  const [elements, students] = await Promise.all([
    prisma.controlWorkElement.findMany({
      where: { lessonId: lesson.id },
      orderBy: { taskNumber: "asc" },
      select: { id: true, taskNumber: true, title: true, maxScore: true, results: { select: { studentId: true, score: true } } },
    }),
    prisma.user.findMany({
      where: { schoolId: viewer.school.id, ...studentsWhere(lesson.assignment) },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      select: { id: true, lastName: true, firstName: true, middleName: true },
    }),
  ]);
  const a = lesson.assignment;
  return {
    lesson: { id: lesson.id, date: toIsoDate(lesson.date), topic: lesson.topic },
    title: `${a.subject.name}, ${a.group ? a.group.name : a.class ? `${a.class.grade}${a.class.letter}` : ""}`,
    tasks: elements.map((e) => ({
      id: e.id,
      number: e.taskNumber,
      title: e.title,
      maxScore: e.maxScore,
      hasResults: e.results.length > 0,
    })),
    students: students.map((s) => ({ id: s.id, name: shortName(s) })),
    scores: Object.fromEntries(elements.flatMap((e) => e.results.map((r) => [`${r.studentId}:${e.id}`, r.score]))) as Record<
      string,
      number
    >,
  };
}
