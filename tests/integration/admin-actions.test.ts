// ADM-1/ADM-2 actions against the real database, with the request's viewer replaced by a loaded
// one: period validation, timetable clashes named, a new study year moving classes up, and a
// curator of another school refused.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { sessionOf } from "./session";
import type { Viewer } from "@/lib/auth/viewer";

let current: Viewer | null = null;
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createPeriodAction, createStudyYearAction, startNewYearAction } = await import("@/lib/actions/admin-school");
const { createAssignmentAction, createClassAction, createSlotAction } = await import("@/lib/actions/admin-classes");

async function as(login: string) {
  const u = await prisma.user.findUniqueOrThrow({ where: { login }, select: { id: true, sessionVersion: true } });
  current = await loadViewer(await sessionOf(u), undefined);
  return current!;
}

describe("ADM-1 periods", () => {
  beforeEach(() => as("curator"));

  it("refuses a period outside the year or overlapping another, and accepts a good one", async () => {
    const viewer = await as("curator");
    const name = `20${40 + Math.floor(Math.random() * 50)}/20${41 + Math.floor(Math.random() * 50)}`;
    const start = Number(name.slice(0, 4));
    const yname = `${start}/${start + 1}`;
    const r = await createStudyYearAction({ name: yname, startDate: `${start}-09-01`, endDate: `${start + 1}-05-31` });
    expect(r).toMatchObject({ ok: true });
    const year = await prisma.studyYear.findFirstOrThrow({
      where: { schoolId: viewer.school.id, name: yname },
      select: { id: true, isCurrent: true },
    });
    expect(year.isCurrent).toBe(false);
    const base = { yearId: year.id, kind: "QUARTER" as const };
    expect(await createPeriodAction({ ...base, number: 1, startDate: `${start}-08-01`, endDate: `${start}-10-25` })).toMatchObject({
      ok: false,
      message: expect.stringContaining("внутри учебного года"),
    });
    expect(await createPeriodAction({ ...base, number: 1, startDate: `${start}-09-01`, endDate: `${start}-10-25` })).toMatchObject({
      ok: true,
    });
    expect(await createPeriodAction({ ...base, number: 2, startDate: `${start}-10-20`, endDate: `${start}-12-28` })).toMatchObject({
      ok: false,
      message: expect.stringContaining("пересекается с периодом «1 четверть»"),
    });
    expect(await createPeriodAction({ ...base, number: 5, startDate: `${start}-11-05`, endDate: `${start}-12-28` })).toMatchObject({
      ok: false,
      fieldErrors: { number: expect.any(Array) },
    });
    expect(await prisma.studyPeriod.count({ where: { yearId: year.id } })).toBe(1);
    expect(
      await prisma.auditLog.count({ where: { action: "school.period.create", entityId: { not: null }, actorId: viewer.userId } }),
    ).toBeGreaterThan(0);

    await as("curator2");
    expect(await createPeriodAction({ ...base, number: 2, startDate: `${start}-11-05`, endDate: `${start}-12-28` })).toEqual({
      ok: false,
      message: "Не найдено.",
    });
    await as("teacher");
    expect(await createStudyYearAction({ name: "2090/2091", startDate: "2090-09-01", endDate: "2091-05-31" })).toEqual({
      ok: false,
      message: "Не найдено.",
    });
  });
});

describe("ADM-2 timetable clashes", () => {
  it("names the teacher, the room and the class that are already taken", async () => {
    const viewer = await as("curator");
    const schoolId = viewer.school.id;
    // An existing slot of the demo timetable, and a new class for the test.
    const slot = await prisma.timetableSlot.findFirstOrThrow({
      where: { schoolId, room: { not: null }, assignment: { year: { isCurrent: true }, classId: { not: null } } },
      select: {
        weekday: true,
        lessonNumber: true,
        room: true,
        assignment: { select: { teacherId: true, subjectId: true, teacher: { select: { lastName: true } } } },
      },
    });
    const letters = "ЖЗИКЛМНОП";
    let classId = "";
    for (const letter of letters) {
      const r = await createClassAction({ grade: 10, letter, classTeacherId: "" });
      if (r.ok) {
        classId = r.data.id;
        break;
      }
    }
    expect(classId).not.toBe("");
    expect(
      await createAssignmentAction({ classId, subjectId: slot.assignment.subjectId, teacherId: slot.assignment.teacherId, groupName: "" }),
    ).toMatchObject({ ok: true });
    const assignment = await prisma.teachingAssignment.findFirstOrThrow({ where: { classId }, select: { id: true } });

    const teacherClash = await createSlotAction({
      assignmentId: assignment.id,
      weekday: slot.weekday,
      lessonNumber: slot.lessonNumber,
      room: "",
    });
    expect(teacherClash).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        new RegExp(`^Учитель ${slot.assignment.teacher.lastName} .+ уже ведёт урок в \\d+.+, \\d+-й урок\\.$`),
      ),
    });

    // Teachers free at that time: one into the same room (refused), then the class is taken.
    const free = await prisma.user.findMany({
      where: {
        schoolId,
        roles: { some: { role: "TEACHER" } },
        assignments: { none: { slots: { some: { weekday: slot.weekday, lessonNumber: slot.lessonNumber } } } },
      },
      select: { id: true },
      take: 2,
    });
    expect(free).toHaveLength(2);
    for (const t of free)
      expect(await createAssignmentAction({ classId, subjectId: slot.assignment.subjectId, teacherId: t.id, groupName: "" })).toMatchObject(
        { ok: true },
      );
    const [a1, a2] = await Promise.all(
      free.map((t) => prisma.teachingAssignment.findFirstOrThrow({ where: { classId, teacherId: t.id }, select: { id: true } })),
    );
    const at = { weekday: slot.weekday, lessonNumber: slot.lessonNumber };
    expect(await createSlotAction({ assignmentId: a1.id, ...at, room: slot.room!.toLowerCase() })).toMatchObject({
      ok: false,
      message: expect.stringMatching(new RegExp(`^Кабинет ${slot.room} уже занят .+, ${slot.lessonNumber}-й урок: `)),
    });
    expect(await createSlotAction({ assignmentId: a1.id, ...at, room: "Ф-1" })).toMatchObject({ ok: true });
    expect(await createSlotAction({ assignmentId: a2.id, ...at, room: "" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^У 10.+ уже есть урок/),
    });
    expect(await prisma.timetableSlot.count({ where: { assignment: { classId } } })).toBe(1);

    // Two parts of a split class may have lessons at the same time.
    for (const [t, g] of [
      [free[0], "1 группа"],
      [free[1], "2 группа"],
    ] as const)
      expect(await createAssignmentAction({ classId, subjectId: slot.assignment.subjectId, teacherId: t.id, groupName: g })).toMatchObject({
        ok: true,
      });
    const parts = await prisma.teachingAssignment.findMany({ where: { classId, groupId: { not: null } }, select: { id: true } });
    expect(parts).toHaveLength(2);
    for (const p of parts)
      expect(await createSlotAction({ assignmentId: p.id, weekday: 6, lessonNumber: 10, room: "" })).toMatchObject({ ok: true });

    await as("curator2");
    expect(await createSlotAction({ assignmentId: a2.id, weekday: 6, lessonNumber: 9, room: "" })).toEqual({
      ok: false,
      message: "Не найдено.",
    });
    expect(await createAssignmentAction({ classId, subjectId: slot.assignment.subjectId, teacherId: free[0].id, groupName: "" })).toEqual({
      ok: false,
      message: "Не найдено.",
    });
  });
});

describe("ADM-1 a new study year (school 2)", () => {
  it("moves classes up a grade with their students and keeps the old year", async () => {
    const viewer = await as("curator2");
    const schoolId = viewer.school.id;
    const old = await prisma.studyYear.findFirstOrThrow({
      where: { schoolId, isCurrent: true },
      select: { id: true, endDate: true, classes: { select: { grade: true, letter: true, _count: { select: { memberships: true } } } } },
    });
    const y = old.endDate.getUTCFullYear();
    expect(await startNewYearAction({ name: `${y}/${y + 1}`, startDate: `${y}-05-01`, endDate: `${y + 1}-05-31` })).toMatchObject({
      ok: false,
      message: expect.stringContaining("после окончания"),
    });
    const r = await startNewYearAction({ name: `${y}/${y + 1}`, startDate: `${y}-09-01`, endDate: `${y + 1}-05-31` });
    expect(r).toMatchObject({ ok: true, data: { classes: old.classes.filter((c) => c.grade < 11).length } });
    const years = await prisma.studyYear.findMany({ where: { schoolId }, select: { id: true, isCurrent: true } });
    expect(years.filter((x) => x.isCurrent)).toHaveLength(1);
    expect(years.find((x) => x.id === old.id)?.isCurrent).toBe(false);
    const fresh = await prisma.schoolClass.findMany({
      where: { schoolId, year: { isCurrent: true } },
      select: { grade: true, letter: true, _count: { select: { memberships: true } } },
    });
    for (const c of old.classes.filter((c) => c.grade < 11)) {
      expect(fresh).toContainEqual({ grade: c.grade + 1, letter: c.letter, _count: { memberships: c._count.memberships } });
    }
    // The old year's classes and their members are untouched.
    expect(await prisma.schoolClass.count({ where: { yearId: old.id } })).toBe(old.classes.length);

    // Leave school 2 as other test files expect it: its old year current again.
    await prisma.studyYear.deleteMany({ where: { schoolId, isCurrent: true } });
    await prisma.studyYear.update({ where: { id: old.id }, data: { isCurrent: true } });
  });
});
