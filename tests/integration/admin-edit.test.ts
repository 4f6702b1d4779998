// ADM-1/ADM-2 editing and removal against the real database: removals that would orphan data are
// refused with what depends on them named and nothing removed; unused records go; renames and date
// edits keep the creation rules; a curator of another school and a teacher are refused.
import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { sessionOf } from "./session";
import type { Viewer } from "@/lib/auth/viewer";

let current: Viewer | null = null;
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const school = await import("@/lib/actions/admin-school-edit");
const classes = await import("@/lib/actions/admin-classes-edit");

async function as(login: string) {
  const u = await prisma.user.findUniqueOrThrow({ where: { login }, select: { id: true, sessionVersion: true } });
  current = await loadViewer(await sessionOf(u), undefined);
  return current!;
}

const refused = (what: RegExp) => ({ ok: false, message: expect.stringMatching(what) });

describe("ADM-1/ADM-2 removals that would orphan data", () => {
  it("refuses a period with marks, naming how many", async () => {
    const { school: s } = await as("curator");
    const periods = await prisma.studyPeriod.findMany({
      where: { schoolId: s.id, year: { isCurrent: true } },
      select: { id: true, name: true, startDate: true, endDate: true, yearId: true },
    });
    let withMarks: (typeof periods)[number] | undefined;
    let marks = 0;
    for (const p of periods) {
      marks = await prisma.mark.count({
        where: { schoolId: s.id, lesson: { date: { gte: p.startDate, lte: p.endDate }, assignment: { yearId: p.yearId } } },
      });
      if (marks > 0) {
        withMarks = p;
        break;
      }
    }
    expect(withMarks).toBeDefined();
    const r = await school.removePeriodAction({ id: withMarks!.id });
    expect(r).toMatchObject(refused(new RegExp(`^Нельзя удалить: в периоде «${withMarks!.name}» ${marks.toLocaleString("ru-RU")} отмет`)));
    expect(await prisma.studyPeriod.count({ where: { id: withMarks!.id } })).toBe(1);
  });

  it("refuses the current year, a class with students, a subject with assignments, an assignment with lessons, a bell in the timetable", async () => {
    const { school: s } = await as("curator");
    const year = await prisma.studyYear.findFirstOrThrow({ where: { schoolId: s.id, isCurrent: true }, select: { id: true, name: true } });
    expect(await school.removeStudyYearAction({ id: year.id })).toMatchObject(refused(/текущий учебный год/));

    const cls = await prisma.schoolClass.findFirstOrThrow({
      where: { schoolId: s.id, yearId: year.id, memberships: { some: {} } },
      select: { id: true, grade: true, letter: true, _count: { select: { memberships: true } } },
    });
    expect(await classes.removeClassAction({ id: cls.id })).toMatchObject(
      refused(new RegExp(`^Нельзя удалить: в классе ${cls.grade}${cls.letter} ${cls._count.memberships} учени`)),
    );

    const subject = await prisma.subject.findFirstOrThrow({
      where: { schoolId: s.id, assignments: { some: {} } },
      select: { id: true, name: true },
    });
    expect(await classes.removeSubjectAction({ id: subject.id })).toMatchObject(
      refused(new RegExp(`по предмету «${subject.name}» \\d+ назначени`)),
    );

    const a = await prisma.teachingAssignment.findFirstOrThrow({
      where: { schoolId: s.id, lessons: { some: {} } },
      select: { id: true, _count: { select: { lessons: true } } },
    });
    expect(await classes.removeAssignmentAction({ id: a.id })).toMatchObject(refused(/урок(а|ов)? в журнале/));

    expect(await school.removeBellAction({ number: 1 })).toMatchObject(refused(/1-й урок стоит в расписании/));

    expect(await prisma.schoolClass.count({ where: { id: cls.id } })).toBe(1);
    expect(await prisma.subject.count({ where: { id: subject.id } })).toBe(1);
    expect(await prisma.teachingAssignment.count({ where: { id: a.id } })).toBe(1);
    expect(await prisma.bell.count({ where: { schoolId: s.id, number: 1 } })).toBe(1);
  });

  it("a year with a class is refused until the class is removed; then both go, audited", async () => {
    const viewer = await as("curator");
    const schoolId = viewer.school.id;
    const start = 2200 + Math.floor(Math.random() * 700);
    const year = await prisma.studyYear.create({
      data: { schoolId, name: `${start}/${start + 1}`, startDate: new Date(`${start}-09-01`), endDate: new Date(`${start + 1}-05-31`) },
      select: { id: true },
    });
    await prisma.studyPeriod.create({
      data: {
        schoolId,
        yearId: year.id,
        kind: "HALF",
        number: 1,
        name: "1 полугодие",
        startDate: new Date(`${start}-09-01`),
        endDate: new Date(`${start}-12-28`),
      },
    });
    const cls = await prisma.schoolClass.create({ data: { schoolId, yearId: year.id, grade: 5, letter: "Я" }, select: { id: true } });
    expect(await school.removeStudyYearAction({ id: year.id })).toMatchObject(
      refused(new RegExp(`в учебном году ${start}/${start + 1} 1 класс\\.$`)),
    );
    expect(await classes.removeClassAction({ id: cls.id })).toMatchObject({ ok: true });
    expect(await school.removeStudyYearAction({ id: year.id })).toMatchObject({ ok: true });
    expect(await prisma.studyYear.count({ where: { id: year.id } })).toBe(0);
    expect(
      await prisma.auditLog.count({
        where: { schoolId, action: { in: ["class.delete", "school.year.delete"] }, entityId: { in: [cls.id, year.id] } },
      }),
    ).toBe(2);
  });
});

describe("ADM-1/ADM-2 edits keep the creation rules", () => {
  it("a period's dates move inside the year without overlap; a year keeps its periods inside; a subject renames", async () => {
    const viewer = await as("curator");
    const schoolId = viewer.school.id;
    const start = 2200 + Math.floor(Math.random() * 700);
    const year = await prisma.studyYear.create({
      data: { schoolId, name: `${start}/${start + 1}`, startDate: new Date(`${start}-09-01`), endDate: new Date(`${start + 1}-05-31`) },
      select: { id: true },
    });
    const mk = (number: number, from: string, to: string) =>
      prisma.studyPeriod.create({
        data: {
          schoolId,
          yearId: year.id,
          kind: "HALF",
          number,
          name: `${number} полугодие`,
          startDate: new Date(from),
          endDate: new Date(to),
        },
        select: { id: true },
      });
    const p1 = await mk(1, `${start}-09-01`, `${start}-12-28`);
    await mk(2, `${start + 1}-01-10`, `${start + 1}-05-31`);
    expect(await school.updatePeriodAction({ id: p1.id, startDate: `${start}-09-01`, endDate: `${start + 1}-01-15` })).toMatchObject(
      refused(/пересекается с периодом «2 полугодие»/),
    );
    expect(await school.updatePeriodAction({ id: p1.id, startDate: `${start}-08-01`, endDate: `${start}-12-28` })).toMatchObject(
      refused(/внутри учебного года/),
    );
    expect(await school.updatePeriodAction({ id: p1.id, startDate: `${start}-09-02`, endDate: `${start}-12-29` })).toMatchObject({
      ok: true,
    });
    const moved = await prisma.studyPeriod.findUniqueOrThrow({ where: { id: p1.id }, select: { startDate: true } });
    expect(moved.startDate.toISOString().slice(0, 10)).toBe(`${start}-09-02`);
    expect(
      await school.updateStudyYearAction({
        id: year.id,
        name: `${start}/${start + 1}`,
        startDate: `${start}-09-01`,
        endDate: `${start + 1}-04-30`,
      }),
    ).toMatchObject(refused(/«2 полугодие».*вне учебного года/));
    await prisma.studyYear.delete({ where: { id: year.id } });

    const name = `Предмет ${start}`;
    const subj = await prisma.subject.create({ data: { schoolId, name }, select: { id: true } });
    expect(await classes.updateSubjectAction({ id: subj.id, name: "математика", shortName: "" })).toMatchObject(
      refused(/Такой предмет уже есть/),
    );
    expect(await classes.updateSubjectAction({ id: subj.id, name: "", shortName: "" })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Укажите название предмета."] },
    });
    expect(await classes.updateSubjectAction({ id: subj.id, name: `${name} (новый)`, shortName: "" })).toMatchObject({ ok: true });
    expect((await prisma.subject.findUniqueOrThrow({ where: { id: subj.id }, select: { name: true } })).name).toBe(`${name} (новый)`);
    expect(await classes.removeSubjectAction({ id: subj.id })).toMatchObject({ ok: true });
    expect(
      await prisma.auditLog.count({ where: { schoolId, entityId: subj.id, action: { in: ["subject.update", "subject.delete"] } } }),
    ).toBe(2);
  });
});

describe("ADM-1/ADM-2 attackers", () => {
  it("a curator of another school and a teacher get «Не найдено.» for school 1's records, and nothing changes", async () => {
    const { school: s } = await as("curator");
    const [period, year, holiday, cls, subject, a] = await Promise.all([
      prisma.studyPeriod.findFirstOrThrow({ where: { schoolId: s.id }, select: { id: true, startDate: true, endDate: true } }),
      prisma.studyYear.findFirstOrThrow({ where: { schoolId: s.id, isCurrent: true }, select: { id: true, name: true } }),
      prisma.holiday.findFirstOrThrow({ where: { schoolId: s.id }, select: { id: true, name: true } }),
      prisma.schoolClass.findFirstOrThrow({ where: { schoolId: s.id }, select: { id: true, grade: true, letter: true } }),
      prisma.subject.findFirstOrThrow({ where: { schoolId: s.id }, select: { id: true, name: true } }),
      prisma.teachingAssignment.findFirstOrThrow({ where: { schoolId: s.id }, select: { id: true, subjectId: true, teacherId: true } }),
    ]);
    const attackers = await prisma.user.findMany({ where: { login: { in: ["curator2", "teacher"] } }, select: { id: true } });
    const theirAudits = { where: { actorId: { in: attackers.map((u) => u.id) } } };
    const audits = await prisma.auditLog.count(theirAudits);
    for (const login of ["curator2", "teacher"]) {
      await as(login);
      const attempts = [
        school.updatePeriodAction({ id: period.id, startDate: "2000-01-01", endDate: "2000-01-02" }),
        school.removePeriodAction({ id: period.id }),
        school.updateStudyYearAction({ id: year.id, name: "2000/2001", startDate: "2000-09-01", endDate: "2001-05-31" }),
        school.removeStudyYearAction({ id: year.id }),
        school.updateHolidayAction({ id: holiday.id, name: "Взлом", startDate: "2000-01-01", endDate: "2000-01-02" }),
        school.removeHolidayAction({ id: holiday.id }),
        classes.updateClassAction({ id: cls.id, grade: 1, letter: "Ы", classTeacherId: "" }),
        classes.removeClassAction({ id: cls.id }),
        classes.updateSubjectAction({ id: subject.id, name: "Взлом", shortName: "" }),
        classes.removeSubjectAction({ id: subject.id }),
        classes.updateAssignmentAction({ id: a.id, subjectId: a.subjectId, teacherId: a.teacherId }),
        classes.removeAssignmentAction({ id: a.id }),
      ];
      for (const r of await Promise.all(attempts)) expect(r).toEqual({ ok: false, message: "Не найдено." });
    }
    expect(await prisma.studyPeriod.findUniqueOrThrow({ where: { id: period.id }, select: { startDate: true, endDate: true } })).toEqual({
      startDate: period.startDate,
      endDate: period.endDate,
    });
    expect((await prisma.studyYear.findUniqueOrThrow({ where: { id: year.id } })).name).toBe(year.name);
    expect((await prisma.holiday.findUniqueOrThrow({ where: { id: holiday.id } })).name).toBe(holiday.name);
    expect(await prisma.schoolClass.findUniqueOrThrow({ where: { id: cls.id }, select: { grade: true, letter: true } })).toEqual({
      grade: cls.grade,
      letter: cls.letter,
    });
    expect((await prisma.subject.findUniqueOrThrow({ where: { id: subject.id } })).name).toBe(subject.name);
    expect(await prisma.teachingAssignment.count({ where: { id: a.id } })).toBe(1);
    expect(await prisma.auditLog.count(theirAudits)).toBe(audits);
  });
});
