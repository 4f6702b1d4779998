// Who may read and write a journal. A teacher owns the journals of their assignments; a
// substitute reads and writes only the lessons they were set to (lesson.teacherId), without the
// owner's targets and period and year marks. Everything else is "not found", as a missing record.
import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";

export type JournalAssignment = Awaited<ReturnType<typeof findAssignment>> & {};

async function findAssignment(viewer: Viewer, assignmentId: string) {
  return prisma.teachingAssignment.findFirst({
    where: { id: assignmentId, schoolId: viewer.school.id, year: { isCurrent: true } },
    relationLoadStrategy: "join",
    select: {
      id: true,
      yearId: true,
      teacherId: true,
      subjectId: true,
      classId: true,
      groupId: true,
      journal: true,
      keepsHomeworkJournal: true,
      subject: { select: { name: true } },
      class: { select: { grade: true, letter: true } },
      group: { select: { name: true, kind: true } },
    },
  });
}

/** The assignment if the viewer owns it or substitutes in at least one of its lessons. */
export async function findReadableAssignment(viewer: Viewer, assignmentId: string) {
  const a = await findAssignment(viewer, assignmentId);
  if (!a) return null;
  if (a.teacherId === viewer.userId) return { ...a, isOwner: true as const };
  const substitute = await prisma.lesson.count({ where: { assignmentId, teacherId: viewer.userId } });
  return substitute > 0 ? { ...a, isOwner: false as const } : null;
}

/**
 * The assignment whose exam and final attestation marks (GRD-4) the viewer may keep: its own
 * teacher's, or any of the school's for the head teacher. A substitute may not.
 */
export async function findAttestationAssignment(viewer: Viewer, assignmentId: string) {
  const a = await findAssignment(viewer, assignmentId);
  if (!a || a.journal === "EXTRA") return null;
  return a.teacherId === viewer.userId || viewer.roles.includes("HEAD_TEACHER") ? a : null;
}

/**
 * Whether the viewer sees the whole journal: its every lesson, the class's target marks (PLN-2)
 * and the period and year marks (GRD-4). Only its owner; a substitute sees the lessons they taught.
 */
export function seesWholeJournal(a: { isOwner: boolean }): boolean {
  return a.isOwner;
}

/** The lesson with its assignment, if the viewer may write in it. */
export async function findWritableLesson(viewer: Viewer, lessonId: string) {
  const lesson = await prisma.lesson.findFirst({
    where: { id: lessonId, schoolId: viewer.school.id, assignment: { year: { isCurrent: true } } },
    relationLoadStrategy: "join",
    select: {
      id: true,
      date: true,
      number: true,
      teacherId: true,
      workType: true,
      weight: true,
      assignment: {
        select: { id: true, teacherId: true, classId: true, groupId: true, journal: true, keepsHomeworkJournal: true },
      },
    },
  });
  if (!lesson) return null;
  const mayWrite = lesson.assignment.teacherId === viewer.userId || lesson.teacherId === viewer.userId;
  return mayWrite ? lesson : null;
}

/** Whose rows a journal has: the group's members for a group, else the class's. */
export function studentsWhere(a: { classId: string | null; groupId: string | null }) {
  if (a.groupId) return { groupMemberships: { some: { groupId: a.groupId } } };
  if (a.classId) return { memberships: { some: { classId: a.classId } } };
  return { id: { in: [] as string[] } };
}

export async function isStudentOf(a: { classId: string | null; groupId: string | null }, schoolId: string, studentId: string) {
  const n = await prisma.user.count({ where: { id: studentId, schoolId, ...studentsWhere(a) } });
  return n > 0;
}
