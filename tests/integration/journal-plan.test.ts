// The journal's planning actions (GRD-2, GRD-4, PLN-4) through defineAction with a mocked viewer:
// who may act, what a planned lesson accepts before its day, and the rules of each write.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { sessionOf } from "./session";
import type { Viewer } from "@/lib/auth/viewer";
import { addDays, toIsoDate, todayIn } from "@/lib/time/dates";

const current: { viewer: Viewer | null } = { viewer: null };
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => current.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { planLessonAction, saveCellAction, saveLessonAction, setAttestationMarkAction, setHomeworkJournalAction } =
  await import("@/lib/actions/journal");
const { getPlannableLessons } = await import("@/lib/data/journal-plan");

async function viewerOf(login: string): Promise<Viewer> {
  const u = await prisma.user.findUniqueOrThrow({ where: { login }, select: { id: true, sessionVersion: true } });
  return (await loadViewer(await sessionOf(u), undefined))!;
}

let a: { id: string; yearId: string; subjectId: string };
let studentId: string;
let teacher: Viewer;

beforeAll(async () => {
  teacher = await viewerOf("teacher");
  a = await prisma.teachingAssignment.findFirstOrThrow({
    where: { teacherId: teacher.userId, class: { grade: 5, letter: "А" }, journal: "MAIN", groupId: null, subject: { name: "Математика" } },
    select: { id: true, yearId: true, subjectId: true },
  });
  studentId = (await prisma.user.findUniqueOrThrow({ where: { login: "student" }, select: { id: true } })).id;
});

describe("PLN-4: lessons planned ahead", () => {
  it("plans a future timetable lesson as a control work, refuses today, a non-timetable day and a second plan, and takes no marks before its day", async () => {
    current.viewer = teacher;
    const dates = await getPlannableLessons(teacher, a);
    const today = todayIn(teacher.school.timezone);
    expect(dates.length).toBeGreaterThan(1);
    expect(dates.every((d) => d.date > today)).toBe(true);
    const [first] = dates;
    const slot = `${first.date}#${first.number}`;

    expect(await planLessonAction({ assignmentId: a.id, slot: `${today}#${first.number}`, workType: "CONTROL", topic: "" })).toMatchObject({
      ok: false,
      fieldErrors: { slot: ["Выберите будущий урок."] },
    });
    const notInTimetable = `${first.date}#12`;
    expect(await planLessonAction({ assignmentId: a.id, slot: notInTimetable, workType: "CONTROL", topic: "" })).toMatchObject({
      ok: false,
      message: "В расписании нет этого урока в этот день.",
    });
    expect(await planLessonAction({ assignmentId: a.id, slot, workType: "LAB" as never, topic: "" })).toMatchObject({
      ok: false,
      fieldErrors: { workType: [expect.any(String)] },
    });

    current.viewer = await viewerOf("teacher9");
    expect(await planLessonAction({ assignmentId: a.id, slot, workType: "CONTROL", topic: "x" })).toEqual({
      ok: false,
      message: "Не найдено.",
    });
    expect(
      await prisma.lesson.count({ where: { assignmentId: a.id, date: new Date(`${first.date}T00:00:00Z`), number: first.number } }),
    ).toBe(0);

    current.viewer = teacher;
    const res = await planLessonAction({ assignmentId: a.id, slot, workType: "INDEPENDENT", topic: "Проценты" });
    expect(res).toMatchObject({ ok: true });
    const lessonId = (res as { data: { id: string } }).data.id;
    expect(await prisma.lesson.findUniqueOrThrow({ where: { id: lessonId }, select: { workType: true, topic: true } })).toEqual({
      workType: "INDEPENDENT",
      topic: "Проценты",
    });
    expect(
      await prisma.plannedControlWork.count({
        where: { assignmentId: a.id, date: new Date(`${first.date}T00:00:00Z`), title: "Самостоятельная работа: Проценты" },
      }),
    ).toBe(1);
    expect(await planLessonAction({ assignmentId: a.id, slot, workType: "CONTROL", topic: "" })).toMatchObject({
      ok: false,
      fieldErrors: { slot: ["Урок уже создан."] },
    });
    expect((await getPlannableLessons(teacher, a)).some((d) => d.date === first.date && d.number === first.number)).toBe(false);

    // Before its day: no mark, no absence; topic and homework are fine.
    expect(await saveCellAction({ lessonId, studentId, journal: "MAIN", text: "5" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Урок ещё не прошёл/),
    });
    expect(await saveCellAction({ lessonId, studentId, journal: "MAIN", text: "Н" })).toMatchObject({ ok: false });
    expect((await prisma.mark.count({ where: { lessonId } })) + (await prisma.attendance.count({ where: { lessonId } }))).toBe(0);
    expect(
      await saveLessonAction({
        lessonId,
        topic: "Проценты",
        workType: "INDEPENDENT",
        weight: 2,
        homeworkText: "Повторить §12",
        homeworkExplanation: "",
        acceptsSubmissions: false,
      }),
    ).toMatchObject({ ok: true });
  });
});

describe("GRD-4: exam and final attestation marks", () => {
  const where = () => ({ studentId, subjectId: a.subjectId, yearId: a.yearId, kind: "EXAM" as const });

  it("the teacher and the head teacher write, with a date inside the year; another teacher and a parent are refused", async () => {
    await prisma.finalMark.deleteMany({ where: { ...where(), kind: { in: ["EXAM", "FINAL"] } } });
    const year = await prisma.studyYear.findUniqueOrThrow({ where: { id: a.yearId }, select: { startDate: true, endDate: true } });
    const inside =
      toIsoDate(year.startDate) < todayIn(teacher.school.timezone) ? todayIn(teacher.school.timezone) : toIsoDate(year.startDate);

    for (const login of ["teacher9", "parent", "student"]) {
      current.viewer = await viewerOf(login);
      expect(await setAttestationMarkAction({ assignmentId: a.id, studentId, kind: "EXAM", date: inside, value: "3" })).toEqual({
        ok: false,
        message: "Не найдено.",
      });
    }
    current.viewer = teacher;
    expect(
      await setAttestationMarkAction({
        assignmentId: a.id,
        studentId,
        kind: "EXAM",
        date: addDays(toIsoDate(year.endDate), 1),
        value: "3",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { date: ["Дата вне учебного года."] },
    });
    expect(await setAttestationMarkAction({ assignmentId: a.id, studentId, kind: "EXAM", date: inside, value: "4/5" })).toMatchObject({
      ok: false,
      fieldErrors: { value: [expect.any(String)] },
    });
    expect(await prisma.finalMark.count({ where: where() })).toBe(0);

    expect(await setAttestationMarkAction({ assignmentId: a.id, studentId, kind: "EXAM", date: inside, value: "3" })).toMatchObject({
      ok: true,
    });
    current.viewer = await viewerOf("zavuch");
    expect(
      await setAttestationMarkAction({ assignmentId: a.id, studentId, kind: "EXAM", date: toIsoDate(year.startDate), value: "4" }),
    ).toMatchObject({ ok: true });
    const rows = await prisma.finalMark.findMany({ where: where(), select: { value: true, date: true, periodId: true } });
    expect(rows.map((r) => ({ value: r.value, date: r.date && toIsoDate(r.date), periodId: r.periodId }))).toEqual([
      { value: "4", date: toIsoDate(year.startDate), periodId: null },
    ]);
    expect(
      await prisma.auditLog.count({
        where: { entity: "FinalMark", entityId: { startsWith: `final/${studentId}/${a.subjectId}/${a.yearId}/EXAM/` } },
      }),
    ).toBeGreaterThanOrEqual(2);

    expect(await setAttestationMarkAction({ assignmentId: a.id, studentId, kind: "EXAM", date: inside, value: "" })).toMatchObject({
      ok: true,
      data: { value: null },
    });
    expect(await prisma.finalMark.count({ where: where() })).toBe(0);
  });
});

describe("GRD-2: the homework journal switch", () => {
  it("the curator and the teacher switch it; off is refused while it has marks; another teacher is refused", async () => {
    await prisma.teachingAssignment.update({ where: { id: a.id }, data: { keepsHomeworkJournal: false } });
    current.viewer = await viewerOf("teacher9");
    expect(await setHomeworkJournalAction({ assignmentId: a.id, on: true })).toEqual({ ok: false, message: "Не найдено." });
    current.viewer = await viewerOf("parent");
    expect(await setHomeworkJournalAction({ assignmentId: a.id, on: true })).toEqual({ ok: false, message: "Не найдено." });
    expect(
      (await prisma.teachingAssignment.findUniqueOrThrow({ where: { id: a.id }, select: { keepsHomeworkJournal: true } }))
        .keepsHomeworkJournal,
    ).toBe(false);

    current.viewer = await viewerOf("curator");
    expect(await setHomeworkJournalAction({ assignmentId: a.id, on: true })).toEqual({ ok: true, data: { on: true } });
    current.viewer = teacher;
    const marks = await prisma.mark.count({ where: { journal: "HOMEWORK", lesson: { assignmentId: a.id } } });
    expect(marks, "the seed keeps homework marks in this journal").toBeGreaterThan(0);
    expect(await setHomeworkJournalAction({ assignmentId: a.id, on: false })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/уже есть отметки/),
    });
    expect(
      (await prisma.teachingAssignment.findUniqueOrThrow({ where: { id: a.id }, select: { keepsHomeworkJournal: true } }))
        .keepsHomeworkJournal,
    ).toBe(true);
  });
});
