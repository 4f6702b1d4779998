// Who may download a stored file (STU-3): the rules of lib/data/files.ts against real rows, and
// the visit record behind "new since the last visit" (OTH-1).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { sessionOf } from "./session";
import { getDownloadableFile } from "@/lib/data/files";
import { touchDiaryVisit } from "@/lib/data/diary-home";

async function viewerOf(login: string, child?: string) {
  const u = await prisma.user.findUniqueOrThrow({ where: { login }, select: { id: true, sessionVersion: true } });
  return (await loadViewer(await sessionOf(u), child))!;
}

let submissionFileId = "";
let homeworkFileId = "";

beforeAll(async () => {
  const student = await viewerOf("student");
  const teacher = await prisma.user.findUniqueOrThrow({ where: { login: "teacher" }, select: { id: true } });
  // A maths homework of 5А (the teacher's own class and subject).
  const hw = await prisma.homework.findFirstOrThrow({
    where: { lesson: { assignment: { teacherId: teacher.id, classId: student.child!.classId, groupId: null } } },
    select: { id: true, schoolId: true },
  });
  const sub = await prisma.storedFile.create({
    data: {
      schoolId: hw.schoolId,
      ownerId: student.userId,
      storageKey: `test/${Date.now()}-s`,
      name: "ответ.pdf",
      mimeType: "application/pdf",
      size: 3,
    },
  });
  await prisma.submissionFile.create({ data: { schoolId: hw.schoolId, homeworkId: hw.id, studentId: student.userId, fileId: sub.id } });
  const own = await prisma.storedFile.create({
    data: {
      schoolId: hw.schoolId,
      ownerId: teacher.id,
      storageKey: `test/${Date.now()}-h`,
      name: "задание.pdf",
      mimeType: "application/pdf",
      size: 3,
    },
  });
  await prisma.homeworkFile.create({ data: { homeworkId: hw.id, fileId: own.id } });
  submissionFileId = sub.id;
  homeworkFileId = own.id;
});

afterAll(async () => {
  await prisma.storedFile.deleteMany({ where: { id: { in: [submissionFileId, homeworkFileId] } } });
});

describe("file downloads", () => {
  it("lets the submitting student, the teacher and the head teacher read a handed-in file", async () => {
    for (const login of ["student", "teacher", "zavuch"]) {
      expect(await getDownloadableFile(await viewerOf(login), submissionFileId), login).not.toBeNull();
    }
  });

  it("never lets parents, other students, other teachers or another school read it", async () => {
    const student = await viewerOf("student");
    for (const login of ["parent", "student9", "parent2", "teacher9", "curator2", "parent_g2", "psychologist"]) {
      expect(await getDownloadableFile(await viewerOf(login, student.userId), submissionFileId), login).toBeNull();
    }
  });

  it("lets the family of the class and the school's staff read a teacher's file, nobody else", async () => {
    const student = await viewerOf("student");
    for (const login of ["student", "teacher", "zavuch", "director"]) {
      expect(await getDownloadableFile(await viewerOf(login, student.userId), homeworkFileId), login).not.toBeNull();
    }
    expect(await getDownloadableFile(await viewerOf("parent", student.userId), homeworkFileId)).not.toBeNull();
    const student9 = await viewerOf("student9");
    // The same parent with the other child active: that child does not attend the lesson.
    expect(await getDownloadableFile(await viewerOf("parent", student9.userId), homeworkFileId)).toBeNull();
    for (const login of ["student9", "parent2", "teacher9", "curator2", "parent_g2"]) {
      expect(await getDownloadableFile(await viewerOf(login), homeworkFileId), login).toBeNull();
    }
  });

  it("treats an unknown id as missing", async () => {
    expect(await getDownloadableFile(await viewerOf("student"), "no-such-file")).toBeNull();
  });
});

describe("diary visits", () => {
  it("remembers the previous visit only after a pause", async () => {
    const v = await viewerOf("student9");
    await prisma.diaryVisit.deleteMany({ where: { userId: v.userId } });
    const t0 = new Date("2026-01-01T08:00:00Z");
    expect(await touchDiaryVisit(v, v.child!, t0)).toBeNull();
    expect(await touchDiaryVisit(v, v.child!, new Date(t0.getTime() + 60_000))).toBeNull();
    const later = new Date(t0.getTime() + 3 * 3600_000);
    expect((await touchDiaryVisit(v, v.child!, later))?.toISOString()).toBe(new Date(t0.getTime() + 60_000).toISOString());
    const both = await Promise.all([touchDiaryVisit(v, v.child!, later), touchDiaryVisit(v, v.child!, later)]);
    expect(both).toHaveLength(2);
  });
});
