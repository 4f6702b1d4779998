"use server";
// GRD-6: records a rating milestone — every student's average per subject in the main journal
// from the start of the current year up to the chosen date (as the seed's milestones are built,
// prisma/seed/results.ts), frozen in MilestoneResult rows. The family's «Рейтинг»
// (lib/data/diary-results.ts getMilestones) compares each milestone with the previous one.
import { revalidatePath } from "next/cache";
import { defineAction, UserError } from "@/lib/actions/action";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { weightedAverage } from "@/lib/marks/average";
import { fromIsoDate, todayIn } from "@/lib/time/dates";
import { milestoneSchema } from "@/lib/validations/milestones";

/** Who records milestones (the manual: the head teacher; the director and the curator as well). */
const MILESTONE_ROLES = ["HEAD_TEACHER", "DIRECTOR", "CURATOR"] as const;

type Grouped = { studentId: string; subjectId: string; value: string; weight: number; n: number };

export const recordMilestoneAction = defineAction({ roles: MILESTONE_ROLES }, milestoneSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  if (!viewer.school.milestonesEnabled) throw new UserError("Школа не проводит рубежный контроль: включите его в настройках школы.");
  if (input.date > todayIn(viewer.school.timezone))
    throw new UserError("Рубеж записывают по уже выставленным отметкам: дата не может быть в будущем.", {
      date: ["Дата не позже сегодняшней."],
    });
  const result = await prisma.$transaction(async (tx) => {
    const year = await tx.studyYear.findFirst({
      where: { schoolId, isCurrent: true },
      select: { id: true, startDate: true, endDate: true },
    });
    if (!year) throw new UserError("Нет текущего учебного года.");
    const date = fromIsoDate(input.date);
    if (date < year.startDate || date > year.endDate)
      throw new UserError("Дата рубежа — в пределах текущего учебного года.", { date: ["Дата вне учебного года."] });
    if (await tx.milestone.findUnique({ where: { yearId_date: { yearId: year.id, date } }, select: { id: true } }))
      throw new UserError("Рубеж на эту дату уже записан.", { date: ["На эту дату рубеж уже есть."] });
    // The marks grouped by value and weight (few rows instead of every mark); the average itself
    // is lib/marks' one rule, so the milestone agrees with the journal and the diary.
    const grouped = await tx.$queryRaw<Grouped[]>`
      SELECT m."studentId", a."subjectId", m.value, m.weight, count(*)::int AS n
        FROM "Mark" m
        JOIN "Lesson" l ON l.id = m."lessonId"
        JOIN "TeachingAssignment" a ON a.id = l."assignmentId"
       WHERE m."schoolId" = ${schoolId} AND a."schoolId" = ${schoolId} AND a."yearId" = ${year.id}
         AND a.journal = 'MAIN' AND m.journal = 'MAIN'
         AND l.date BETWEEN ${year.startDate} AND ${date}
       GROUP BY m."studentId", a."subjectId", m.value, m.weight`;
    const byPair = new Map<string, { studentId: string; subjectId: string; marks: { value: string; weight: number }[] }>();
    for (const g of grouped) {
      const key = `${g.studentId}#${g.subjectId}`;
      const entry = byPair.get(key) ?? byPair.set(key, { studentId: g.studentId, subjectId: g.subjectId, marks: [] }).get(key)!;
      // n marks of one value and weight count as one mark of n times that (floored at 1) weight.
      entry.marks.push({ value: g.value, weight: Math.max(1, Math.trunc(g.weight)) * g.n });
    }
    const results = [...byPair.values()]
      .map((p) => ({ studentId: p.studentId, subjectId: p.subjectId, average: weightedAverage(p.marks) }))
      .filter((r): r is { studentId: string; subjectId: string; average: number } => r.average !== null);
    const milestone = await tx.milestone.create({ data: { schoolId, yearId: year.id, date, name: input.name }, select: { id: true } });
    await tx.milestoneResult.createMany({
      data: results.map((r) => ({
        milestoneId: milestone.id,
        studentId: r.studentId,
        subjectId: r.subjectId,
        average: r.average.toFixed(2),
      })),
    });
    const students = new Set(results.map((r) => r.studentId)).size;
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "milestone.record",
      entity: "Milestone",
      entityId: milestone.id,
      after: { ...input, students, results: results.length },
    });
    return { students, results: results.length };
  });
  revalidatePath("/journal/rating");
  revalidatePath("/admin/rating");
  revalidatePath("/rating");
  return result;
});
