// The week's one-statement read (lib/data/diary.ts, ADR 0006) against independent Prisma queries
// on the real database: every lesson, mark and homework due in the week, homework set in an
// earlier week, a remark without a lesson (parents only), the family's complaint, and a child
// without a class.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { sessionOf } from "./session";
import { getDiaryWeek } from "@/lib/data/diary-week";
import { childAssignmentsWhere } from "@/lib/access/child-lessons";
import { addDays, fromIsoDate, toIsoDate, weekStart } from "@/lib/time/dates";

async function viewerOf(login: string, child?: string) {
  const u = await prisma.user.findUniqueOrThrow({ where: { login }, select: { id: true, sessionVersion: true } });
  const v = await loadViewer(await sessionOf(u), child);
  if (!v?.child) throw new Error(`no diary for ${login}`);
  return { viewer: v, child: v.child };
}

const created: { remarks: string[]; complaints: string[] } = { remarks: [], complaints: [] };

afterAll(async () => {
  await prisma.remark.deleteMany({ where: { id: { in: created.remarks } } });
  await prisma.homeworkComplaint.deleteMany({ where: { id: { in: created.complaints } } });
});

describe("the study week", () => {
  it("holds every lesson, mark and homework of the child's week, incl. homework set the week before", async () => {
    const { viewer, child } = await viewerOf("student");
    const last = await prisma.lesson.findFirstOrThrow({ orderBy: { date: "desc" }, select: { date: true } });
    const today = toIsoDate(last.date);
    for (const monday of [weekStart(today), addDays(weekStart(today), -7)]) {
      const saturday = addDays(monday, 5);
      const range = { gte: fromIsoDate(monday), lte: fromIsoDate(saturday) };
      const week = await getDiaryWeek(viewer, child, monday, today);
      expect(week.days.map((d) => d.date)).toEqual([0, 1, 2, 3, 4, 5].map((i) => addDays(monday, i)));

      const lessons = await prisma.lesson.findMany({
        where: { schoolId: viewer.school.id, date: range, assignment: childAssignmentsWhere(viewer.school.id, child) },
        select: {
          id: true,
          date: true,
          _count: { select: { marks: { where: { studentId: child.id, journal: { in: ["MAIN", "EXTRA"] } } } } },
        },
      });
      expect(lessons.length).toBeGreaterThan(0);
      const shown = week.days.flatMap((d) =>
        d.entries.filter((e) => e.lessonId).map((e) => ({ id: e.lessonId, date: d.date, marks: e.marks.length })),
      );
      expect(shown.map((e) => e.id).sort()).toEqual(lessons.map((l) => l.id).sort());
      for (const l of lessons) {
        const entry = shown.find((e) => e.id === l.id)!;
        expect(entry.date).toBe(toIsoDate(l.date));
        expect(entry.marks).toBe(l._count.marks);
      }

      const homework = await prisma.homework.findMany({
        where: { schoolId: viewer.school.id, dueDate: range, lesson: { assignment: childAssignmentsWhere(viewer.school.id, child) } },
        select: { id: true, dueDate: true, lesson: { select: { date: true } } },
      });
      // The seed sets homework for the next lesson: Monday's comes from the week before.
      expect(homework.some((h) => h.lesson.date < range.gte)).toBe(true);
      for (const h of homework) {
        const day = week.days.find((d) => d.date === toIsoDate(h.dueDate))!;
        expect(day.entries.flatMap((e) => e.homework.map((x) => x.id))).toContain(h.id);
      }
      expect(week.days.flatMap((d) => d.entries.flatMap((e) => e.homework)).length).toBe(homework.length);
    }
  });

  it("shows a remark written without a lesson to the parent on its day, never to the student", async () => {
    const student = await viewerOf("student");
    const parent = await viewerOf("parent", student.child.id);
    const teacher = await prisma.user.findUniqueOrThrow({ where: { login: "teacher" }, select: { id: true } });
    const monday = "2026-11-23";
    const remark = await prisma.remark.create({
      data: {
        schoolId: student.viewer.school.id,
        studentId: student.child.id,
        authorId: teacher.id,
        kind: "REMARK",
        text: "Забыл сменную обувь (проверка недели)",
        createdAt: new Date("2026-11-25T09:30:00Z"),
      },
    });
    created.remarks.push(remark.id);
    const asParent = await getDiaryWeek(parent.viewer, parent.child, monday, "2026-11-29");
    expect(asParent.remarks).toContainEqual({ date: "2026-11-25", text: remark.text });
    const nextWeek = await getDiaryWeek(parent.viewer, parent.child, "2026-11-30", "2026-11-29");
    expect(nextWeek.remarks.map((r) => r.text)).not.toContain(remark.text);
    const asStudent = await getDiaryWeek(student.viewer, student.child, monday, "2026-11-29");
    expect(asStudent.remarks).toEqual([]);
  });

  it("dates a remark without a lesson in the school's time zone, not in UTC", async () => {
    const student = await viewerOf("student");
    const parent = await viewerOf("parent", student.child.id);
    const teacher = await prisma.user.findUniqueOrThrow({ where: { login: "teacher" }, select: { id: true } });
    expect(parent.viewer.school.timezone).toBe("Europe/Moscow");
    // 22:30 UTC on Tuesday is 01:30 on Wednesday in Moscow.
    const remark = await prisma.remark.create({
      data: {
        schoolId: student.viewer.school.id,
        studentId: student.child.id,
        authorId: teacher.id,
        kind: "REMARK",
        text: "Поздняя запись (часовой пояс)",
        createdAt: new Date("2026-11-24T22:30:00Z"),
      },
    });
    created.remarks.push(remark.id);
    const week = await getDiaryWeek(parent.viewer, parent.child, "2026-11-23", "2026-11-29");
    expect(week.remarks).toContainEqual({ date: "2026-11-25", text: remark.text });
    // Sunday 22:30 UTC is already Monday of the next week in Moscow.
    const late = await prisma.remark.create({
      data: {
        schoolId: student.viewer.school.id,
        studentId: student.child.id,
        authorId: teacher.id,
        kind: "REMARK",
        text: "Запись в ночь на понедельник",
        createdAt: new Date("2026-11-29T22:30:00Z"),
      },
    });
    created.remarks.push(late.id);
    expect((await getDiaryWeek(parent.viewer, parent.child, "2026-11-23", "2026-11-29")).remarks.map((r) => r.text)).not.toContain(
      late.text,
    );
    expect((await getDiaryWeek(parent.viewer, parent.child, "2026-11-30", "2026-11-29")).remarks).toContainEqual({
      date: "2026-11-30",
      text: late.text,
    });
  });

  it("marks the family's complaint, and only for that child", async () => {
    const student = await viewerOf("student");
    const other = await viewerOf("student9");
    const last = await prisma.lesson.findFirstOrThrow({ orderBy: { date: "desc" }, select: { date: true } });
    const monday = weekStart(toIsoDate(last.date));
    const range = { gte: fromIsoDate(monday), lte: fromIsoDate(addDays(monday, 5)) };
    const hw = await prisma.homework.findFirstOrThrow({
      where: { dueDate: range, lesson: { assignment: childAssignmentsWhere(student.viewer.school.id, student.child) } },
      select: { id: true },
    });
    const complaint = await prisma.homeworkComplaint.create({
      data: {
        schoolId: student.viewer.school.id,
        homeworkId: hw.id,
        studentId: student.child.id,
        authorId: student.viewer.userId,
        text: "Слишком много",
      },
    });
    created.complaints.push(complaint.id);
    const week = await getDiaryWeek(student.viewer, student.child, monday, toIsoDate(last.date));
    expect(week.complained.has(hw.id)).toBe(true);
    const otherWeek = await getDiaryWeek(other.viewer, other.child, monday, toIsoDate(last.date));
    expect(otherWeek.complained.has(hw.id)).toBe(false);
  });

  it("gives a child without a class or groups an empty week, not an error", async () => {
    const { viewer, child } = await viewerOf("student");
    const week = await getDiaryWeek(viewer, { ...child, classId: null, groupIds: [] }, "2026-11-23", "2026-11-29");
    expect(week.days).toHaveLength(6);
    expect(week.days.every((d) => d.entries.length === 0)).toBe(true);
  });
});
