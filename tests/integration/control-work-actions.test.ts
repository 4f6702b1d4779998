// GRD-5 entry and OTH-3 (the curator's side) as public endpoints: another class's teacher, a
// parent and a curator of another school get "Не найдено." and nothing changes; points outside the
// task's own maximum are refused whatever maximum the form sent; the head teacher may enter them.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { sessionOf } from "./session";
import type { Viewer } from "@/lib/auth/viewer";

const current: { viewer: Viewer | null } = { viewer: null };
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => current.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { addControlTaskAction, removeControlTaskAction, saveControlResultsAction } = await import("@/lib/actions/control-work");
const { switchOnServiceAction, switchOffServiceAction } = await import("@/lib/actions/family-services");

async function viewerOf(login: string): Promise<Viewer> {
  const u = await prisma.user.findUniqueOrThrow({ where: { login }, select: { id: true, sessionVersion: true } });
  return (await loadViewer(await sessionOf(u), undefined))!;
}

let assignmentId: string;
let lessonId: string;
let studentId: string;
const NOT_FOUND = { ok: false, message: "Не найдено." };

beforeAll(async () => {
  const teacher = await viewerOf("teacher");
  const a = await prisma.teachingAssignment.findFirstOrThrow({
    where: { teacherId: teacher.userId, class: { grade: 5, letter: "А" }, journal: "MAIN", groupId: null },
    select: { id: true },
  });
  assignmentId = a.id;
  const lesson = await prisma.lesson.findFirstOrThrow({
    where: { assignmentId, workType: "CONTROL" },
    orderBy: { date: "asc" },
    select: { id: true },
  });
  lessonId = lesson.id;
  await prisma.controlWorkElement.deleteMany({ where: { lessonId } });
  studentId = (await prisma.user.findUniqueOrThrow({ where: { login: "student" }, select: { id: true } })).id;
});

describe("control-work actions", () => {
  it("refuse another class's teacher and a parent; write nothing", async () => {
    for (const login of ["teacher9", "parent"]) {
      current.viewer = await viewerOf(login);
      expect(await addControlTaskAction({ assignmentId, lessonId, title: "x", maxScore: "2" })).toEqual(NOT_FOUND);
    }
    expect(await prisma.controlWorkElement.count({ where: { lessonId } })).toBe(0);
  });

  it("check points against the task's own maximum; the head teacher may enter them", async () => {
    current.viewer = await viewerOf("teacher");
    expect(await addControlTaskAction({ assignmentId, lessonId, title: "Дроби", maxScore: "2" })).toMatchObject({ ok: true });
    const e = await prisma.controlWorkElement.findFirstOrThrow({ where: { lessonId }, select: { id: true, taskNumber: true } });
    expect(e.taskNumber).toBe(1);
    const cell = (score: string, max = 2) => ({ assignmentId, lessonId, cells: [{ studentId, elementId: e.id, max, score }] });
    expect(await saveControlResultsAction(cell("50", 100))).toMatchObject({
      ok: false,
      fieldErrors: { "cells.0.score": ["Баллы от 0 до 2"] },
    });
    expect(await saveControlResultsAction(cell("-1"))).toMatchObject({ ok: false });
    expect(await prisma.controlWorkResult.count({ where: { elementId: e.id } })).toBe(0);

    current.viewer = await viewerOf("teacher9");
    expect(await saveControlResultsAction(cell("1"))).toEqual(NOT_FOUND);
    current.viewer = await viewerOf("zavuch");
    expect(await saveControlResultsAction(cell("2"))).toMatchObject({ ok: true, data: { changed: 1 } });
    expect(await prisma.controlWorkResult.findMany({ where: { elementId: e.id }, select: { studentId: true, score: true } })).toEqual([
      { studentId, score: 2 },
    ]);

    current.viewer = await viewerOf("teacher");
    expect(await removeControlTaskAction({ assignmentId, lessonId, elementId: e.id })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/уже есть результаты/),
    });
    expect(await saveControlResultsAction(cell(""))).toMatchObject({ ok: true, data: { changed: 1 } });
    expect(await removeControlTaskAction({ assignmentId, lessonId, elementId: e.id })).toMatchObject({ ok: true });
    expect(await prisma.controlWorkElement.count({ where: { lessonId } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: { startsWith: "control-" }, entityId: { in: [e.id, lessonId] } } })).toBe(4);
  });
});

describe("family service actions", () => {
  it("refuse a parent and another school's curator; the curator switches on and off, audited", async () => {
    const until = "2099-05-31";
    const before = await prisma.familyService.findMany({ where: { studentId }, select: { service: true, activeUntil: true } });
    for (const login of ["parent", "curator2"]) {
      current.viewer = await viewerOf(login);
      expect(await switchOnServiceAction({ studentId, service: "KR_ANALYSIS", activeUntil: until })).toEqual(NOT_FOUND);
      expect(await switchOffServiceAction({ studentId, service: "KR_ANALYSIS" })).toEqual(NOT_FOUND);
    }
    expect(await prisma.familyService.findMany({ where: { studentId }, select: { service: true, activeUntil: true } })).toEqual(before);

    current.viewer = await viewerOf("curator");
    expect(await switchOnServiceAction({ studentId, service: "KR_ANALYSIS", activeUntil: "2000-01-01" })).toMatchObject({
      ok: false,
      fieldErrors: { activeUntil: ["Дата «оплачено до» уже прошла."] },
    });
    expect(await switchOnServiceAction({ studentId, service: "KR_ANALYSIS", activeUntil: until })).toMatchObject({ ok: true });
    const row = await prisma.familyService.findUniqueOrThrow({
      where: { studentId_service: { studentId, service: "KR_ANALYSIS" } },
      select: { activeUntil: true },
    });
    expect(row.activeUntil.toISOString().slice(0, 10)).toBe(until);
    expect(await switchOffServiceAction({ studentId, service: "KR_ANALYSIS" })).toMatchObject({ ok: true });
    expect(await prisma.familyService.count({ where: { studentId, service: "KR_ANALYSIS" } })).toBe(0);
    expect(await switchOffServiceAction({ studentId, service: "KR_ANALYSIS" })).toMatchObject({
      ok: false,
      message: "Услуга не подключена.",
    });
    expect(
      await prisma.auditLog.count({
        where: { action: { startsWith: "family-service." }, after: { path: ["studentId"], equals: studentId } },
      }),
    ).toBe(1);
    expect(
      await prisma.auditLog.count({ where: { action: "family-service.off", before: { path: ["studentId"], equals: studentId } } }),
    ).toBe(1);
    // Leave the seed's service as it was for the other tests of this database.
    for (const b of before) await prisma.familyService.create({ data: { schoolId: current.viewer!.school.id, studentId, ...b } });
  });
});
