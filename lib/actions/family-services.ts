"use server";
// OTH-3, the curator's side: switch a family's paid service on until a date, or off. Audited.
import { revalidatePath } from "next/cache";
import { defineAction, NOT_FOUND_MESSAGE, UserError } from "@/lib/actions/action";
import { switchOffServiceSchema, switchOnServiceSchema } from "@/lib/validations/family-services";
import { writeAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { fromIsoDate, todayIn, toIsoDate } from "@/lib/time/dates";

const CURATOR = { roles: ["CURATOR"] } as const;

/** A student of the curator's own school; anyone else is "not found". */
async function studentOrThrow(viewer: Viewer, studentId: string) {
  const s = await prisma.user.findFirst({
    where: { id: studentId, schoolId: viewer.school.id, roles: { some: { role: "STUDENT" } } },
    select: { id: true },
  });
  if (!s) throw new UserError(NOT_FOUND_MESSAGE);
}

export const switchOnServiceAction = defineAction(CURATOR, switchOnServiceSchema, async (input, { viewer }) => {
  await studentOrThrow(viewer, input.studentId);
  if (input.activeUntil < todayIn(viewer.school.timezone)) {
    throw new UserError("Проверьте дату.", { activeUntil: ["Дата «оплачено до» уже прошла."] });
  }
  await prisma.$transaction(async (tx) => {
    const key = { studentId_service: { studentId: input.studentId, service: input.service } };
    const before = await tx.familyService.findUnique({ where: key, select: { activeUntil: true } });
    const row = await tx.familyService.upsert({
      where: key,
      create: {
        schoolId: viewer.school.id,
        studentId: input.studentId,
        service: input.service,
        activeUntil: fromIsoDate(input.activeUntil),
      },
      update: { activeUntil: fromIsoDate(input.activeUntil) },
      select: { id: true },
    });
    await writeAudit(tx, {
      schoolId: viewer.school.id,
      actorId: viewer.userId,
      action: "family-service.on",
      entity: "FamilyService",
      entityId: row.id,
      before: before ? { studentId: input.studentId, service: input.service, activeUntil: toIsoDate(before.activeUntil) } : null,
      after: { studentId: input.studentId, service: input.service, activeUntil: input.activeUntil },
    });
  });
  revalidatePath(`/admin/people/${input.studentId}`);
  return null;
});

export const switchOffServiceAction = defineAction(CURATOR, switchOffServiceSchema, async (input, { viewer }) => {
  await studentOrThrow(viewer, input.studentId);
  await prisma.$transaction(async (tx) => {
    const row = await tx.familyService.findFirst({
      where: { schoolId: viewer.school.id, studentId: input.studentId, service: input.service },
      select: { id: true, activeUntil: true },
    });
    if (!row) throw new UserError("Услуга не подключена.");
    await tx.familyService.delete({ where: { id: row.id } });
    await writeAudit(tx, {
      schoolId: viewer.school.id,
      actorId: viewer.userId,
      action: "family-service.off",
      entity: "FamilyService",
      entityId: row.id,
      before: { studentId: input.studentId, service: input.service, activeUntil: toIsoDate(row.activeUntil) },
    });
  });
  revalidatePath(`/admin/people/${input.studentId}`);
  return null;
});
