// ADR 0005 promises one averaging rule: the teacher's journal (the grid and the class teacher's
// overview) and the family's diary must show the same average for every student and subject of a
// class in the current period, on the seed.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadViewer, type ChildRef } from "@/lib/auth/load-viewer";
import { getClassOverview } from "@/lib/data/journal-class";
import { getJournalGrid } from "@/lib/data/journal";
import { getMarksTable } from "@/lib/data/diary-marks";
import { sessionOf } from "./session";

async function viewerOf(userId: string) {
  const u = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, sessionVersion: true } });
  const v = await loadViewer(await sessionOf(u), undefined);
  if (!v) throw new Error(`no viewer for ${userId}`);
  return v;
}

async function childRef(studentId: string, cls: { id: string; grade: number; letter: string }): Promise<ChildRef> {
  const s = await prisma.user.findUniqueOrThrow({
    where: { id: studentId },
    select: { id: true, firstName: true, lastName: true, middleName: true, groupMemberships: { select: { groupId: true } } },
  });
  const { groupMemberships, ...name } = s;
  return {
    ...name,
    classId: cls.id,
    classLabel: `${cls.grade}${cls.letter}`,
    grade: cls.grade,
    groupIds: groupMemberships.map((g) => g.groupId),
  };
}

describe("one average for the journal and the diary", () => {
  it("agrees for every student and subject of the demo student's class in the current period", async () => {
    const student = await prisma.user.findUniqueOrThrow({ where: { login: "student" }, select: { id: true } });
    const cls = await prisma.schoolClass.findFirstOrThrow({
      where: { memberships: { some: { studentId: student.id } }, year: { isCurrent: true }, classTeacherId: { not: null } },
      select: {
        id: true,
        grade: true,
        letter: true,
        schoolId: true,
        classTeacherId: true,
        assignments: { where: { journal: "MAIN" }, select: { id: true, teacherId: true } },
      },
    });
    const overview = await getClassOverview(await viewerOf(cls.classTeacherId!), cls.id, undefined);
    expect(overview).not.toBeNull();
    const { period, rows } = overview!;

    // The teacher's grids, one per subject taught in the class (a group's grid holds its students).
    const grid = new Map<string, number | null>();
    for (const a of cls.assignments) {
      const g = await getJournalGrid(await viewerOf(a.teacherId), a.id, period.id, "MAIN");
      expect(g, a.id).not.toBeNull();
      for (const s of g!.students) grid.set(`${s.id}#${g!.assignment.subject.name}`, s.average);
    }

    let compared = 0;
    for (const row of rows) {
      const diary = await getMarksTable(cls.schoolId, await childRef(row.id, cls), "MAIN", period.startDate, period.endDate);
      for (const subject of diary) {
        if (!subject.marks.length) continue;
        expect(row.averages[subject.subject] ?? null, `${row.name}, ${subject.subject} (class overview)`).toBe(subject.average);
        if (grid.has(`${row.id}#${subject.subject}`))
          expect(grid.get(`${row.id}#${subject.subject}`), `${row.name}, ${subject.subject} (grid)`).toBe(subject.average);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(rows.length);
  });
});
