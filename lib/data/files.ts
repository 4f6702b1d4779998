// Who may download a stored file. A teacher's homework file: the family whose active child
// attends that assignment, and staff of the school who teach it (or taught the lesson), the head
// teacher and the director. A submitted file: the student who handed it in, the teacher of that
// assignment or lesson, the head teacher — never parents. Anything else is "missing".
import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { childAttends as attends } from "@/lib/access/child-lessons";

export type DownloadableFile = { storageKey: string; name: string; mimeType: string; size: number };

type Lesson = {
  teacherId: string;
  assignment: { teacherId: string; classId: string | null; groupId: string | null; year: { isCurrent: boolean } };
};

const lessonSelect = {
  select: {
    teacherId: true,
    assignment: { select: { teacherId: true, classId: true, groupId: true, year: { select: { isCurrent: true } } } },
  },
} as const;

function teaches(viewer: Viewer, lesson: Lesson): boolean {
  return viewer.userId === lesson.teacherId || viewer.userId === lesson.assignment.teacherId;
}

function childAttends(viewer: Viewer, lesson: Lesson): boolean {
  return Boolean(viewer.diaryKind && viewer.child && attends(viewer.child, lesson.assignment));
}

export async function getDownloadableFile(viewer: Viewer, fileId: string): Promise<DownloadableFile | null> {
  const file = await prisma.storedFile.findFirst({
    where: { id: fileId, schoolId: viewer.school.id },
    relationLoadStrategy: "join",
    select: {
      storageKey: true,
      name: true,
      mimeType: true,
      size: true,
      homeworkFiles: { select: { homework: { select: { lesson: lessonSelect } } } },
      submissionFiles: { select: { studentId: true, homework: { select: { lesson: lessonSelect } } } },
    },
  });
  if (!file) return null;
  const isStaff = viewer.roles.some((r) => r === "TEACHER" || r === "HEAD_TEACHER" || r === "DIRECTOR");
  const headOrDirector = viewer.roles.includes("HEAD_TEACHER") || viewer.roles.includes("DIRECTOR");

  const homeworkOk = file.homeworkFiles.some(
    ({ homework: { lesson } }) => childAttends(viewer, lesson) || (isStaff && (teaches(viewer, lesson) || headOrDirector)),
  );
  const submissionOk = file.submissionFiles.some(
    ({ studentId, homework: { lesson } }) =>
      (viewer.diaryKind === "STUDENT" && viewer.userId === studentId) ||
      (isStaff && teaches(viewer, lesson)) ||
      viewer.roles.includes("HEAD_TEACHER"),
  );
  if (!homeworkOk && !submissionOk) return null;
  return { storageKey: file.storageKey, name: file.name, mimeType: file.mimeType, size: file.size };
}
