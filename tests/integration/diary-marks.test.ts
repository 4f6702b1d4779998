// The diary's reads against the real database: the averaging rule over a period, the period
// choice, remarks only for parents, and class statistics without classmates' identities.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { sessionOf } from "./session";
import { choosePeriod, getMarksTable, getStudyPeriods } from "@/lib/data/diary-marks";
import { getDiaryWeek } from "@/lib/data/diary-week";
import { getControlWorks } from "@/lib/data/diary-control";
import { toIsoDate, weekStart } from "@/lib/time/dates";

async function viewerOf(login: string) {
  const u = await prisma.user.findUniqueOrThrow({ where: { login }, select: { id: true, sessionVersion: true } });
  const v = await loadViewer(await sessionOf(u), undefined);
  if (!v?.child) throw new Error(`no diary for ${login}`);
  return { viewer: v, child: v.child };
}

/** The last date with lessons: the seed's "today", whatever day the test runs. */
async function lastLessonDate() {
  const row = await prisma.lesson.findFirstOrThrow({ orderBy: { date: "desc" }, select: { date: true } });
  return toIsoDate(row.date);
}

describe("diary marks", () => {
  it("chooses the period holding the date, or the wanted one of ours", async () => {
    const { viewer } = await viewerOf("student");
    const periods = await getStudyPeriods(viewer.school.id);
    expect(periods.length).toBeGreaterThan(1);
    const today = await lastLessonDate();
    const current = choosePeriod(periods, undefined, today)!;
    expect(current.from <= today && today <= current.to).toBe(true);
    expect(choosePeriod(periods, periods[0].id, today)?.id).toBe(periods[0].id);
    expect(choosePeriod(periods, "forged", today)?.id).toBe(current.id);
  });

  it("averages each subject by weight, as SQL over numeric marks does", async () => {
    const { viewer, child } = await viewerOf("student");
    const periods = await getStudyPeriods(viewer.school.id);
    const period = choosePeriod(periods, undefined, await lastLessonDate())!;
    const rows = await getMarksTable(viewer.school.id, child, "MAIN", period.from, period.to);
    const withMarks = rows.filter((r) => r.marks.length > 0);
    expect(withMarks.length).toBeGreaterThan(3);
    const sql = await prisma.$queryRaw<{ subject: string; avg: number | null; n: bigint }[]>`
      select s.name as subject, (sum(m.numeric * m.weight) / nullif(sum(case when m.numeric is null then 0 else m.weight end), 0))::float8 as avg, count(*) as n
      from "Mark" m join "Lesson" l on l.id = m."lessonId" join "TeachingAssignment" a on a.id = l."assignmentId" join "Subject" s on s.id = a."subjectId"
      where m."studentId" = ${child.id} and m.journal = 'MAIN' and l.date between ${new Date(period.from)} and ${new Date(period.to)}
      group by s.name`;
    for (const r of withMarks) {
      const expected = sql.find((x) => x.subject === r.subject);
      expect(expected, r.subject).toBeDefined();
      expect(r.marks.length).toBe(Number(expected!.n));
      if (expected!.avg === null) expect(r.average).toBeNull();
      else expect(r.average!).toBeCloseTo(expected!.avg, 6);
      // date order
      expect([...r.marks].map((m) => m.date)).toEqual([...r.marks].map((m) => m.date).sort());
    }
  });

  it("shows remarks to the parent and never to the student", async () => {
    const student = await viewerOf("student");
    const remark = await prisma.remark.findFirstOrThrow({
      where: { studentId: student.child.id, kind: "REMARK", lessonId: { not: null } },
      select: { text: true, lesson: { select: { date: true } } },
    });
    const monday = weekStart(toIsoDate(remark.lesson!.date));
    const today = await lastLessonDate();
    const parentUser = await prisma.user.findUniqueOrThrow({ where: { login: "parent" }, select: { id: true, sessionVersion: true } });
    const parent = await loadViewer(await sessionOf(parentUser), student.child.id);
    const asParent = await getDiaryWeek(parent!, parent!.child!, monday, today);
    expect(asParent.remarks.map((r) => r.text)).toContain(remark.text);
    const asStudent = await getDiaryWeek(student.viewer, student.child, monday, today);
    expect(asStudent.remarks).toEqual([]);
    expect(asStudent.days).toHaveLength(6);
  });

  it("gives class statistics only as counts, and only the child's own scores without them", async () => {
    const { viewer, child } = await viewerOf("student");
    const own = await getControlWorks(viewer.school.id, child, false);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((w) => w.distribution === null && w.elements.every((e) => e.classShare === null))).toBe(true);
    const withStats = await getControlWorks(viewer.school.id, child, true);
    const total = Object.values(withStats[0].distribution!).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(1);
    expect(JSON.stringify(withStats)).not.toMatch(/studentId|"c[a-z0-9]{20,}"/);
  });
});
