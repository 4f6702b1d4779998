// The journal's server actions as public endpoints: a student or a parent posting to them gets
// "Не найдено." and nothing changes; the teacher's own post goes through the same wrapper.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { sessionOf } from "./session";
import type { Viewer } from "@/lib/auth/viewer";

const current: { viewer: Viewer | null } = { viewer: null };
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => current.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { saveCellAction, addRemarkAction, setFinalMarkAction, saveLessonAction } = await import("@/lib/actions/journal");

async function viewerOf(login: string): Promise<Viewer> {
  const u = await prisma.user.findUniqueOrThrow({ where: { login }, select: { id: true, sessionVersion: true } });
  return (await loadViewer(await sessionOf(u), undefined))!;
}

let lessonId: string;
let assignmentId: string;
let studentId: string;

beforeAll(async () => {
  const teacher = await viewerOf("teacher");
  const a = await prisma.teachingAssignment.findFirstOrThrow({
    where: { teacherId: teacher.userId, class: { grade: 5, letter: "А" }, journal: "MAIN", groupId: null },
    select: { id: true, classId: true },
  });
  assignmentId = a.id;
  lessonId = (await prisma.lesson.findFirstOrThrow({ where: { assignmentId }, orderBy: { date: "asc" }, select: { id: true } })).id;
  studentId = (await prisma.user.findUniqueOrThrow({ where: { login: "student" }, select: { id: true } })).id;
  await prisma.mark.deleteMany({ where: { lessonId, studentId } });
  await prisma.attendance.deleteMany({ where: { lessonId, studentId } });
});

describe("journal actions", () => {
  it("refuse a student and a parent with «Не найдено.» and save nothing", async () => {
    for (const login of ["student", "parent"]) {
      current.viewer = await viewerOf(login);
      expect(await saveCellAction({ lessonId, studentId, journal: "MAIN", text: "5" })).toEqual({ ok: false, message: "Не найдено." });
      expect(await addRemarkAction({ assignmentId, studentId, kind: "REMARK", text: "x" })).toEqual({ ok: false, message: "Не найдено." });
      expect(await setFinalMarkAction({ assignmentId, studentId, value: "5" })).toEqual({ ok: false, message: "Не найдено." });
      expect(
        await saveLessonAction({
          lessonId,
          topic: "x",
          workType: "CONTROL",
          weight: 1,
          homeworkText: "",
          homeworkExplanation: "",
          acceptsSubmissions: false,
        }),
      ).toEqual({ ok: false, message: "Не найдено." });
    }
    expect(await prisma.mark.count({ where: { lessonId, studentId } })).toBe(0);
  });

  it("refuse another teacher and accept the journal's own teacher", async () => {
    current.viewer = await viewerOf("teacher9");
    expect(await saveCellAction({ lessonId, studentId, journal: "MAIN", text: "5" })).toMatchObject({ ok: false, message: "Не найдено." });
    current.viewer = await viewerOf("teacher");
    expect(await saveCellAction({ lessonId, studentId, journal: "MAIN", text: "11" })).toMatchObject({
      ok: false,
      fieldErrors: { text: [expect.stringMatching(/Оценка: 1–5/)] },
    });
    expect(await saveCellAction({ lessonId, studentId, journal: "MAIN", text: "5" })).toMatchObject({ ok: true, data: { text: "5" } });
    expect(
      await saveLessonAction({
        lessonId,
        topic: "",
        workType: "CONTROL",
        weight: 9,
        homeworkText: "",
        homeworkExplanation: "",
        acceptsSubmissions: false,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { weight: ["Вес — от 1 до 5."] } });
  });
});
