// The journal's writes against the real database: the audit trail of marks, absences and final
// marks (ADM-4), who may write (own assignments, substitutes), bad input, and concurrent edits.
import { beforeAll, describe, expect, it, vi } from "vitest";

// The cores are called with a viewer directly; the request-bound viewer (Auth.js) is not needed.
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => null }));
import { prisma } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { sessionOf } from "./session";
import type { Viewer } from "@/lib/auth/viewer";
import { cellKey, markHistory, saveCell } from "@/lib/actions/journal-cell";
import { createLesson, setFinalMark } from "@/lib/actions/journal-lesson";

async function viewerOf(login: string): Promise<Viewer> {
  const u = await prisma.user.findUniqueOrThrow({ where: { login }, select: { id: true, sessionVersion: true } });
  const v = await loadViewer(await sessionOf(u), undefined);
  if (!v) throw new Error(login);
  return v;
}

let teacher: Viewer;
let teacher9: Viewer;
let assignmentId: string;
let lessonIds: string[];
let students: string[];

async function clearCell(lessonId: string, studentId: string) {
  await prisma.mark.deleteMany({ where: { lessonId, studentId } });
  await prisma.attendance.deleteMany({ where: { lessonId, studentId } });
}

beforeAll(async () => {
  teacher = await viewerOf("teacher");
  teacher9 = await viewerOf("teacher9");
  const a = await prisma.teachingAssignment.findFirstOrThrow({
    where: { teacherId: teacher.userId, class: { grade: 5, letter: "А" }, journal: "MAIN", groupId: null },
    select: { id: true, classId: true },
  });
  assignmentId = a.id;
  const lessons = await prisma.lesson.findMany({
    where: { assignmentId, date: { lt: new Date(Date.now() - 24 * 3600 * 1000) } },
    orderBy: { date: "desc" },
    take: 3,
    select: { id: true },
  });
  lessonIds = lessons.map((l) => l.id);
  const members = await prisma.classMembership.findMany({ where: { classId: a.classId! }, select: { studentId: true } });
  students = members.map((m) => m.studentId);
});

describe("journal cells", () => {
  it("creates, changes and deletes a mark, each with an audit entry (before → after)", async () => {
    const [lessonId] = lessonIds;
    const studentId = students[0];
    await clearCell(lessonId, studentId);
    const key = cellKey(lessonId, studentId, "MAIN");
    await prisma.auditLog.deleteMany({ where: { entityId: key } });

    expect(await saveCell(teacher, { lessonId, studentId, journal: "MAIN", text: "4", comment: "Устный счёт" })).toMatchObject({
      text: "4",
      version: 1,
    });
    expect(await saveCell(teacher, { lessonId, studentId, journal: "MAIN", text: "4/5" })).toMatchObject({
      text: "4/5",
      comment: "Устный счёт",
      version: 2,
    });
    const mark = await prisma.mark.findUniqueOrThrow({ where: { lessonId_studentId_journal: { lessonId, studentId, journal: "MAIN" } } });
    expect(Number(mark.numeric)).toBe(4.5);
    await saveCell(teacher, { lessonId, studentId, journal: "MAIN", text: "" });
    expect(await prisma.mark.count({ where: { lessonId, studentId } })).toBe(0);

    const log = await prisma.auditLog.findMany({ where: { entityId: key }, orderBy: { createdAt: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["mark.create", "mark.update", "mark.delete"]);
    expect(log[1].before).toMatchObject({ value: "4" });
    expect(log[1].after).toMatchObject({ value: "4/5" });
    expect(log.every((l) => l.actorId === teacher.userId)).toBe(true);
    const history = await markHistory(teacher, lessonId, studentId, "MAIN");
    expect(history.map((h) => h.what)).toEqual(["поставлена", "изменена", "удалена"]);
  });

  it("records attendance with its audit and keeps a late arrival with a mark", async () => {
    const [lessonId] = lessonIds;
    const studentId = students[1];
    await clearCell(lessonId, studentId);
    await saveCell(teacher, { lessonId, studentId, journal: "MAIN", text: "Н" });
    const saved = await saveCell(teacher, { lessonId, studentId, journal: "MAIN", text: "ОП5 3" });
    expect(saved.text).toBe("ОП5 3");
    const att = await prisma.attendance.findUniqueOrThrow({ where: { lessonId_studentId: { lessonId, studentId } } });
    expect(att).toMatchObject({ kind: "LATE", minutesLate: 5 });
    const actions = await prisma.auditLog.findMany({
      where: { entityId: cellKey(lessonId, studentId, "ATTENDANCE") },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["attendance.create", "attendance.update"]);
  });

  it("refuses bad input in Russian and saves nothing", async () => {
    const [lessonId] = lessonIds;
    const studentId = students[2];
    await clearCell(lessonId, studentId);
    await expect(saveCell(teacher, { lessonId, studentId, journal: "MAIN", text: "6" })).rejects.toThrow(/Оценка: 1–5/);
    await expect(saveCell(teacher, { lessonId, studentId, journal: "MAIN", text: "Н 5" })).rejects.toThrow(/Отсутствовавшему/);
    const outsider = await prisma.user.findFirstOrThrow({
      where: { roles: { some: { role: "STUDENT" } }, memberships: { some: { class: { grade: 9 } } } },
      select: { id: true },
    });
    await expect(saveCell(teacher, { lessonId, studentId: outsider.id, journal: "MAIN", text: "5" })).rejects.toThrow(/не учится/);
    expect(await prisma.mark.count({ where: { lessonId, studentId: { in: [studentId, outsider.id] } } })).toBe(0);
  });

  it("lets no one write in another teacher's journal, except a substitute in their own lesson", async () => {
    const [lessonId, otherLessonId] = lessonIds;
    await expect(saveCell(teacher9, { lessonId, studentId: students[3], journal: "MAIN", text: "2" })).rejects.toThrow("Не найдено.");
    await expect(saveCell(teacher, { lessonId, studentId: students[3], journal: "EXTRA", text: "2" })).rejects.toThrow("Не найдено.");
    await prisma.lesson.update({ where: { id: otherLessonId }, data: { teacherId: teacher9.userId } });
    try {
      await clearCell(otherLessonId, students[3]);
      await expect(
        saveCell(teacher9, { lessonId: otherLessonId, studentId: students[3], journal: "MAIN", text: "5" }),
      ).resolves.toMatchObject({ text: "5" });
      await expect(saveCell(teacher9, { lessonId, studentId: students[3], journal: "MAIN", text: "2" })).rejects.toThrow("Не найдено.");
    } finally {
      await prisma.lesson.update({ where: { id: otherLessonId }, data: { teacherId: teacher.userId } });
    }
  });
});

describe("concurrent edits (docs/adr/0004)", () => {
  it("two teachers editing one cell at once: last write wins, both kept in history", async () => {
    const lessonId = lessonIds[2];
    const studentId = students[4];
    await clearCell(lessonId, studentId);
    const key = cellKey(lessonId, studentId, "MAIN");
    await prisma.auditLog.deleteMany({ where: { entityId: key } });
    // The class teacher's substitute and the teacher type into the same cell at the same moment.
    await prisma.lesson.update({ where: { id: lessonId }, data: { teacherId: teacher9.userId } });
    try {
      const results = await Promise.all([
        saveCell(teacher, { lessonId, studentId, journal: "MAIN", text: "3" }),
        saveCell(teacher9, { lessonId, studentId, journal: "MAIN", text: "5" }),
      ]);
      expect(results.map((r) => r.text).sort()).toEqual(["3", "5"]);
    } finally {
      await prisma.lesson.update({ where: { id: lessonId }, data: { teacherId: teacher.userId } });
    }
    const log = await prisma.auditLog.findMany({ where: { entityId: key }, orderBy: { createdAt: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["mark.create", "mark.update"]);
    const first = (log[0].after as { value: string }).value;
    const last = (log[1].after as { value: string }).value;
    expect((log[1].before as { value: string }).value).toBe(first); // the loser is in the history
    const mark = await prisma.mark.findUniqueOrThrow({ where: { lessonId_studentId_journal: { lessonId, studentId, journal: "MAIN" } } });
    expect(mark.value).toBe(last);
    expect(mark.version).toBe(2);
  });

  it("many cells saved at once are each saved exactly once", async () => {
    const lessonId = lessonIds[1];
    const cells = students.slice(5, 20);
    for (const s of cells) await clearCell(lessonId, s);
    await Promise.all(cells.map((s, i) => saveCell(teacher, { lessonId, studentId: s, journal: "MAIN", text: String((i % 5) + 1) })));
    const marks = await prisma.mark.findMany({ where: { lessonId, studentId: { in: cells } }, select: { studentId: true, value: true } });
    expect(marks).toHaveLength(cells.length);
    const creates = await prisma.auditLog.count({
      where: { action: "mark.create", entityId: { in: cells.map((s) => cellKey(lessonId, s, "MAIN")) } },
    });
    expect(creates).toBe(cells.length);
  });
});

describe("lessons and final marks", () => {
  it("refuses a lesson outside the periods or on a holiday", async () => {
    const holiday = await prisma.holiday.findFirstOrThrow({
      where: { schoolId: teacher.school.id, year: { isCurrent: true } },
      select: { startDate: true },
    });
    const date = holiday.startDate.toISOString().slice(0, 10);
    await expect(createLesson(teacher, { assignmentId, date, number: 1 })).rejects.toThrow(/учебный период|каникулы|выходной/);
    await expect(createLesson(teacher, { assignmentId, date: "2001-01-01", number: 1 })).rejects.toThrow(/учебный период/);
    await expect(createLesson(teacher9, { assignmentId, date: "2001-01-01", number: 1 })).rejects.toThrow("Не найдено.");
  });

  it("sets and changes a year mark with its audit", async () => {
    const studentId = students[0];
    await setFinalMark(teacher, { assignmentId, studentId, value: "4" });
    await setFinalMark(teacher, { assignmentId, studentId, value: "5" });
    const marks = await prisma.finalMark.findMany({ where: { studentId, kind: "YEAR", periodId: null, authorId: teacher.userId } });
    expect(marks.map((m) => m.value)).toEqual(["5"]);
    const log = await prisma.auditLog.findMany({
      where: { entity: "FinalMark", entityId: { contains: studentId } },
      orderBy: { createdAt: "asc" },
    });
    expect(log.at(-1)).toMatchObject({ action: "finalMark.update", before: { value: "4" }, after: { value: "5" } });
    await expect(setFinalMark(teacher9, { assignmentId, studentId, value: "2" })).rejects.toThrow("Не найдено.");
  });
});
