// A substitute teacher's view of a journal: only the lessons they taught, without the class's
// target marks (PLN-2) or the owner's period and year marks (GRD-4). Real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadViewer, type Viewer } from "@/lib/auth/load-viewer";
import { getJournalGrid } from "@/lib/data/journal";
import { todayIn } from "@/lib/time/dates";
import { sessionOf } from "./session";

async function viewerOf(login: string): Promise<Viewer> {
  const u = await prisma.user.findUniqueOrThrow({ where: { login }, select: { id: true, sessionVersion: true } });
  return (await loadViewer(await sessionOf(u), undefined))!;
}

let owner: Viewer;
let substitute: Viewer;
let assignment: { id: string; subjectId: string; yearId: string; schoolId: string; classId: string };
let lesson: { id: string; teacherId: string };
let moved: string[] = [];
let student: string;
let periodId: string;

beforeAll(async () => {
  owner = await viewerOf("teacher");
  substitute = await viewerOf("teacher9");
  const a = await prisma.teachingAssignment.findFirstOrThrow({
    where: { teacherId: owner.userId, class: { grade: 5, letter: "А" }, journal: "MAIN", groupId: null, subject: { name: "Математика" } },
    select: { id: true, subjectId: true, yearId: true, schoolId: true, classId: true },
  });
  assignment = { ...a, classId: a.classId! };
  const today = new Date(`${todayIn(owner.school.timezone)}T00:00:00Z`);
  const period = await prisma.studyPeriod.findFirstOrThrow({
    where: { yearId: a.yearId, startDate: { lte: today }, endDate: { gte: today } },
    select: { id: true, startDate: true },
  });
  periodId = period.id;
  lesson = await prisma.lesson.findFirstOrThrow({
    where: { assignmentId: a.id, date: { gte: period.startDate, lte: today } },
    orderBy: { date: "desc" },
    select: { id: true, teacherId: true },
  });
  // Nobody else substitutes in this journal during the test; teacher9 takes this one lesson.
  const others = await prisma.lesson.findMany({ where: { assignmentId: a.id, teacherId: substitute.userId }, select: { id: true } });
  moved = others.map((l) => l.id);
  await prisma.lesson.updateMany({ where: { id: { in: moved } }, data: { teacherId: owner.userId } });
  await prisma.lesson.update({ where: { id: lesson.id }, data: { teacherId: substitute.userId } });
  const m = await prisma.classMembership.findFirstOrThrow({ where: { classId: assignment.classId }, select: { studentId: true } });
  student = m.studentId;
  await prisma.expectedMark.upsert({
    where: { studentId_subjectId_yearId: { studentId: student, subjectId: a.subjectId, yearId: a.yearId } },
    create: { schoolId: a.schoolId, studentId: student, subjectId: a.subjectId, yearId: a.yearId, value: 5 },
    update: { value: 5 },
  });
  await prisma.finalMark.deleteMany({ where: { studentId: student, subjectId: a.subjectId, yearId: a.yearId } });
  await prisma.finalMark.createMany({
    data: [
      {
        schoolId: a.schoolId,
        yearId: a.yearId,
        periodId,
        studentId: student,
        subjectId: a.subjectId,
        kind: "PERIOD",
        value: "4",
        authorId: owner.userId,
      },
      {
        schoolId: a.schoolId,
        yearId: a.yearId,
        studentId: student,
        subjectId: a.subjectId,
        kind: "YEAR",
        value: "4",
        authorId: owner.userId,
      },
    ],
  });
});

afterAll(async () => {
  await prisma.lesson.update({ where: { id: lesson.id }, data: { teacherId: lesson.teacherId } });
  await prisma.lesson.updateMany({ where: { id: { in: moved } }, data: { teacherId: substitute.userId } });
});

describe("a substitute's journal", () => {
  it("the owner sees every lesson, the targets and the period and year marks", async () => {
    const grid = (await getJournalGrid(owner, assignment.id, periodId, undefined))!;
    expect(grid.lessons.length).toBeGreaterThan(1);
    const row = grid.students.find((s) => s.id === student)!;
    expect(row.expected).toBe(5);
    expect(row.periodMark).toBe("4");
    expect(row.yearMark).toBe("4");
  });

  it("STF-1: a substitute sees only the lesson they taught, no targets, no period or year marks", async () => {
    const grid = (await getJournalGrid(substitute, assignment.id, periodId, undefined))!;
    expect(grid.assignment.isOwner).toBe(false);
    expect(grid.lessons.map((l) => l.id)).toEqual([lesson.id]);
    expect(grid.missing).toEqual([]);
    for (const s of grid.students) {
      expect(s.expected).toBeNull();
      expect(s.periodMark).toBeNull();
      expect(s.yearMark).toBeNull();
      expect(Object.keys(s.cells).every((id) => id === lesson.id)).toBe(true);
    }
  });

  it("a teacher who never taught in it gets nothing", async () => {
    const stranger = await viewerOf("zavuch");
    expect(await getJournalGrid(stranger, assignment.id, periodId, undefined)).toBeNull();
  });
});
