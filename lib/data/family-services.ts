// OTH-3: a family's paid services as the curator sees them on the child's page.
import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { toIsoDate, type IsoDate } from "@/lib/time/dates";
import { PAID_SERVICES } from "@/lib/validations/admin-school";
import type { PaidService } from "@/lib/validations/family-services";

export type FamilyServiceRow = { service: PaidService; label: string; offered: boolean; activeUntil: IsoDate | null };

/** Every service the app knows, with this student's paid-until date (null: not switched on). */
export async function getFamilyServices(viewer: Viewer, studentId: string): Promise<FamilyServiceRow[]> {
  const rows = await prisma.familyService.findMany({
    where: { schoolId: viewer.school.id, studentId },
    select: { service: true, activeUntil: true },
  });
  const until = new Map(rows.map((r) => [r.service, toIsoDate(r.activeUntil)]));
  return (Object.keys(PAID_SERVICES) as PaidService[]).map((service) => ({
    service,
    label: PAID_SERVICES[service],
    offered: viewer.school.paidServices.includes(service),
    activeUntil: until.get(service) ?? null,
  }));
}
