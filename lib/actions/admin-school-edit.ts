"use server";
// ADM-1 editing and removal: study years, periods, holidays and bells. Each record is loaded
// through the curator's school; a removal that would orphan data is refused, naming what depends
// on it; every change is audited in its transaction.
import { revalidatePath } from "next/cache";
import { defineAction, NOT_FOUND_MESSAGE, UserError } from "@/lib/actions/action";
import { bellsUnused, insideYear, noPeriodClash, refusal, yearOf } from "@/lib/actions/admin-rules";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { formatFullDate, fromIsoDate, toIsoDate } from "@/lib/time/dates";
import { holidayEditSchema, periodEditSchema, removeBellSchema, removeSchema, studyYearEditSchema } from "@/lib/validations/admin-school";

const CURATOR = { roles: ["CURATOR"] } as const;
const done = () => revalidatePath("/admin", "layout");
const range = (r: { startDate: Date; endDate: Date }) => ({ startDate: toIsoDate(r.startDate), endDate: toIsoDate(r.endDate) });

export const updateStudyYearAction = defineAction(CURATOR, studyYearEditSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const year = await yearOf(tx, schoolId, input.id);
    if (await tx.studyYear.findFirst({ where: { schoolId, name: input.name, id: { not: year.id } }, select: { id: true } }))
      throw new UserError("Такой учебный год уже есть.", { name: ["Такой учебный год уже есть."] });
    // The year's periods and holidays must stay inside its new dates.
    const inner = [
      ...(await tx.studyPeriod.findMany({ where: { yearId: year.id }, select: { name: true, startDate: true, endDate: true } })),
      ...(await tx.holiday.findMany({ where: { yearId: year.id }, select: { name: true, startDate: true, endDate: true } })),
    ];
    const outside = inner.find((r) => toIsoDate(r.startDate) < input.startDate || toIsoDate(r.endDate) > input.endDate);
    if (outside) {
      const m = `«${outside.name}» (${formatFullDate(toIsoDate(outside.startDate))} — ${formatFullDate(toIsoDate(outside.endDate))}) окажется вне учебного года.`;
      throw new UserError(m, { startDate: [m] });
    }
    const data = { name: input.name, startDate: fromIsoDate(input.startDate), endDate: fromIsoDate(input.endDate) };
    await tx.studyYear.update({ where: { id: year.id }, data });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "school.year.update",
      entity: "StudyYear",
      entityId: year.id,
      before: { name: year.name, startDate: year.start, endDate: year.end },
      after: input,
    });
  });
  done();
});

export const removeStudyYearAction = defineAction(CURATOR, removeSchema, async ({ id }, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const year = await tx.studyYear.findFirst({
      where: { id, schoolId },
      select: {
        id: true,
        name: true,
        isCurrent: true,
        startDate: true,
        endDate: true,
        _count: { select: { classes: true, assignments: true, finalMarks: true } },
      },
    });
    if (!year) throw new UserError(NOT_FOUND_MESSAGE);
    if (year.isCurrent) throw new UserError(`Нельзя удалить текущий учебный год ${year.name}.`);
    refusal(`в учебном году ${year.name}`, [
      [year._count.classes, ["класс", "класса", "классов"]],
      [year._count.assignments, ["назначение нагрузки", "назначения нагрузки", "назначений нагрузки"]],
      [year._count.finalMarks, ["итоговая отметка", "итоговые отметки", "итоговых отметок"]],
    ]);
    // Its periods and holidays go with it (they describe nothing else).
    await tx.studyYear.delete({ where: { id: year.id } });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "school.year.delete",
      entity: "StudyYear",
      entityId: year.id,
      before: { name: year.name, ...range(year) },
    });
  });
  done();
});

export const updatePeriodAction = defineAction(CURATOR, periodEditSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const period = await tx.studyPeriod.findFirst({
      where: { id: input.id, schoolId },
      select: { id: true, yearId: true, name: true, startDate: true, endDate: true },
    });
    if (!period) throw new UserError(NOT_FOUND_MESSAGE);
    const year = await yearOf(tx, schoolId, period.yearId);
    insideYear(year, input.startDate, input.endDate);
    await noPeriodClash(tx, year.id, input.startDate, input.endDate, period.id);
    await tx.studyPeriod.update({
      where: { id: period.id },
      data: { startDate: fromIsoDate(input.startDate), endDate: fromIsoDate(input.endDate) },
    });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "school.period.update",
      entity: "StudyPeriod",
      entityId: period.id,
      before: { name: period.name, ...range(period) },
      after: input,
    });
  });
  done();
});

export const removePeriodAction = defineAction(CURATOR, removeSchema, async ({ id }, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const period = await tx.studyPeriod.findFirst({
      where: { id, schoolId },
      select: { id: true, yearId: true, name: true, startDate: true, endDate: true, _count: { select: { finalMarks: true } } },
    });
    if (!period) throw new UserError(NOT_FOUND_MESSAGE);
    // Marks belong to a period by their lesson's date.
    const marks = await tx.mark.count({
      where: { schoolId, lesson: { date: { gte: period.startDate, lte: period.endDate }, assignment: { yearId: period.yearId } } },
    });
    refusal(`в периоде «${period.name}»`, [
      [marks, ["отметка", "отметки", "отметок"]],
      [period._count.finalMarks, ["итоговая отметка", "итоговые отметки", "итоговых отметок"]],
    ]);
    await tx.studyPeriod.delete({ where: { id: period.id } });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "school.period.delete",
      entity: "StudyPeriod",
      entityId: period.id,
      before: { name: period.name, ...range(period) },
    });
  });
  done();
});

export const updateHolidayAction = defineAction(CURATOR, holidayEditSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const h = await tx.holiday.findFirst({
      where: { id: input.id, schoolId },
      select: { id: true, yearId: true, name: true, startDate: true, endDate: true },
    });
    if (!h) throw new UserError(NOT_FOUND_MESSAGE);
    insideYear(await yearOf(tx, schoolId, h.yearId), input.startDate, input.endDate);
    await tx.holiday.update({
      where: { id: h.id },
      data: { name: input.name, startDate: fromIsoDate(input.startDate), endDate: fromIsoDate(input.endDate) },
    });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "school.holiday.update",
      entity: "Holiday",
      entityId: h.id,
      before: { name: h.name, ...range(h) },
      after: input,
    });
  });
  done();
});

export const removeHolidayAction = defineAction(CURATOR, removeSchema, async ({ id }, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const h = await tx.holiday.findFirst({ where: { id, schoolId }, select: { id: true, name: true, startDate: true, endDate: true } });
    if (!h) throw new UserError(NOT_FOUND_MESSAGE);
    await tx.holiday.delete({ where: { id: h.id } });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "school.holiday.delete",
      entity: "Holiday",
      entityId: h.id,
      before: { name: h.name, ...range(h) },
    });
  });
  done();
});

/** Removes one bell; the later ones move up a number, so none of them may be in the timetable. */
export const removeBellAction = defineAction(CURATOR, removeBellSchema, async ({ number }, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const bells = await tx.bell.findMany({
      where: { schoolId },
      orderBy: { number: "asc" },
      select: { number: true, startsAt: true, endsAt: true },
    });
    const bell = bells.find((b) => b.number === number);
    if (!bell) throw new UserError(NOT_FOUND_MESSAGE);
    await bellsUnused(tx, schoolId, number, bells.at(-1)!.number);
    const kept = bells.filter((b) => b.number !== number);
    await tx.bell.deleteMany({ where: { schoolId } });
    await tx.bell.createMany({ data: kept.map((b, i) => ({ schoolId, number: i + 1, startsAt: b.startsAt, endsAt: b.endsAt })) });
    await writeAudit(tx, { schoolId, actorId: viewer.userId, action: "school.bell.delete", entity: "Bell", before: bell });
  });
  done();
});
