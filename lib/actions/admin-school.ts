"use server";
// ADM-1: the school's profile and settings, study years, periods, holidays, bells, and the start
// of a new study year. Every write is scoped to the curator's school and audited in its transaction.
import { revalidatePath } from "next/cache";
import { defineAction, UserError } from "@/lib/actions/action";
import { bellsUnused, insideYear, noPeriodClash, yearOf } from "@/lib/actions/admin-rules";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { formatFullDate, fromIsoDate, toIsoDate } from "@/lib/time/dates";
import {
  bellsSchema,
  holidaySchema,
  newStudyYearSchema,
  periodSchema,
  PERIOD_KINDS,
  schoolProfileSchema,
  studyYearSchema,
} from "@/lib/validations/admin-school";

const CURATOR = { roles: ["CURATOR"] } as const;
const done = () => revalidatePath("/admin", "layout");

export const updateSchoolAction = defineAction(CURATOR, schoolProfileSchema, async (input, { viewer }) => {
  await prisma.$transaction(async (tx) => {
    const before = await tx.school.findUniqueOrThrow({
      where: { id: viewer.school.id },
      select: {
        name: true,
        address: true,
        publicUrl: true,
        personalNotesMode: true,
        parentsMayEditData: true,
        milestonesEnabled: true,
        paidServices: true,
      },
    });
    await tx.school.update({ where: { id: viewer.school.id }, data: input });
    await writeAudit(tx, {
      schoolId: viewer.school.id,
      actorId: viewer.userId,
      action: "school.update",
      entity: "School",
      entityId: viewer.school.id,
      before,
      after: input,
    });
  });
  done();
});

export const createStudyYearAction = defineAction(CURATOR, studyYearSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    if (await tx.studyYear.findFirst({ where: { schoolId, name: input.name }, select: { id: true } }))
      throw new UserError("Такой учебный год уже есть.", { name: ["Такой учебный год уже есть."] });
    const year = await tx.studyYear.create({
      data: { schoolId, name: input.name, startDate: fromIsoDate(input.startDate), endDate: fromIsoDate(input.endDate), isCurrent: false },
      select: { id: true },
    });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "school.year.create",
      entity: "StudyYear",
      entityId: year.id,
      after: input,
    });
  });
  done();
});

export const createPeriodAction = defineAction(CURATOR, periodSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const year = await yearOf(tx, schoolId, input.yearId);
    insideYear(year, input.startDate, input.endDate);
    if (await tx.studyPeriod.findFirst({ where: { yearId: year.id, kind: input.kind, number: input.number }, select: { id: true } }))
      throw new UserError("Такой период уже есть.", { number: ["Такой период уже есть."] });
    await noPeriodClash(tx, year.id, input.startDate, input.endDate);
    const name = `${input.number} ${PERIOD_KINDS[input.kind]}`;
    const period = await tx.studyPeriod.create({
      data: {
        schoolId,
        yearId: year.id,
        kind: input.kind,
        number: input.number,
        name,
        startDate: fromIsoDate(input.startDate),
        endDate: fromIsoDate(input.endDate),
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "school.period.create",
      entity: "StudyPeriod",
      entityId: period.id,
      after: { ...input, name },
    });
  });
  done();
});

export const createHolidayAction = defineAction(CURATOR, holidaySchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const year = await yearOf(tx, schoolId, input.yearId);
    insideYear(year, input.startDate, input.endDate);
    const h = await tx.holiday.create({
      data: { schoolId, yearId: year.id, name: input.name, startDate: fromIsoDate(input.startDate), endDate: fromIsoDate(input.endDate) },
      select: { id: true },
    });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "school.holiday.create",
      entity: "Holiday",
      entityId: h.id,
      after: input,
    });
  });
  done();
});

export const saveBellsAction = defineAction(CURATOR, bellsSchema, async ({ bells }, { viewer }) => {
  const schoolId = viewer.school.id;
  for (let i = 1; i < bells.length; i++)
    if (bells[i].startsAt < bells[i - 1].endsAt)
      throw new UserError(`Урок ${i + 1} начинается раньше, чем кончается урок ${i}.`, {
        [`bells.${i}.startsAt`]: ["Раньше конца предыдущего урока."],
      });
  await prisma.$transaction(async (tx) => {
    const before = await tx.bell.findMany({
      where: { schoolId },
      orderBy: { number: "asc" },
      select: { number: true, startsAt: true, endsAt: true },
    });
    // Dropping bells the timetable uses would leave its lessons without a time.
    if (bells.length < before.length) await bellsUnused(tx, schoolId, bells.length + 1, before.at(-1)!.number);
    await tx.bell.deleteMany({ where: { schoolId } });
    await tx.bell.createMany({ data: bells.map((b, i) => ({ schoolId, number: i + 1, ...b })) });
    await writeAudit(tx, { schoolId, actorId: viewer.userId, action: "school.bells.update", entity: "Bell", before, after: bells });
  });
  done();
});

/**
 * «Начать новый учебный год»: the new year becomes current; each class moves up a grade (a new
 * SchoolClass row with the same letter, class teacher and students); the 11th grade graduates.
 * The old year's classes, lessons and marks stay as they were, readable.
 */
export const startNewYearAction = defineAction(CURATOR, newStudyYearSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  const result = await prisma.$transaction(async (tx) => {
    const old = await tx.studyYear.findFirst({
      where: { schoolId, isCurrent: true },
      select: {
        id: true,
        name: true,
        endDate: true,
        classes: { select: { grade: true, letter: true, classTeacherId: true, memberships: { select: { studentId: true } } } },
      },
    });
    if (!old) throw new UserError("Нет текущего учебного года: создайте год и сделайте его текущим.");
    if (input.startDate <= toIsoDate(old.endDate)) {
      const m = `Новый год начинается после окончания ${old.name} (${formatFullDate(toIsoDate(old.endDate))}).`;
      throw new UserError(m, { startDate: [m] });
    }
    // A year created in advance (with its periods and holidays) is the one that starts now,
    // as long as no classes were put into it by hand.
    const prepared = await tx.studyYear.findFirst({
      where: { schoolId, name: input.name },
      select: { id: true, isCurrent: true, _count: { select: { classes: true } } },
    });
    if (prepared && (prepared.isCurrent || prepared._count.classes > 0))
      throw new UserError("Такой учебный год уже есть.", { name: ["Такой учебный год уже есть."] });
    await tx.studyYear.update({ where: { id: old.id }, data: { isCurrent: false } });
    const dates = { startDate: fromIsoDate(input.startDate), endDate: fromIsoDate(input.endDate), isCurrent: true };
    const year = prepared
      ? await tx.studyYear.update({ where: { id: prepared.id }, data: dates, select: { id: true } })
      : await tx.studyYear.create({ data: { schoolId, name: input.name, ...dates }, select: { id: true } });
    let moved = 0;
    let graduated = 0;
    for (const c of old.classes) {
      if (c.grade >= 11) {
        graduated += c.memberships.length;
        continue;
      }
      const next = await tx.schoolClass.create({
        data: { schoolId, yearId: year.id, grade: c.grade + 1, letter: c.letter, classTeacherId: c.classTeacherId },
        select: { id: true },
      });
      await tx.classMembership.createMany({ data: c.memberships.map((m) => ({ schoolId, classId: next.id, studentId: m.studentId })) });
      moved++;
    }
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "school.year.start",
      entity: "StudyYear",
      entityId: year.id,
      after: { ...input, from: old.name, classes: moved, graduated },
    });
    return { classes: moved, graduated };
  });
  done();
  return result;
});
