// The audit log for the curator (ADM-4): filtered, sorted and paged in PostgreSQL, one school only.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { fullName } from "@/lib/names";
import { addDays, fromIsoDate } from "@/lib/time/dates";
import type { AuditQuery } from "@/lib/validations/admin-audit";
import { actionLabel, summarizeDetails } from "@/lib/audit-words";

export const AUDIT_PAGE_SIZE = 50;

/** `action` is the recorded code (sorting, filters); `what` and `details` are in words. */
export type AuditRow = { id: string; at: string; actor: string; action: string; what: string; entity: string; details: string };

export async function getAuditPage(viewer: Viewer, q: AuditQuery) {
  const schoolId = viewer.school.id;
  const where: Prisma.AuditLogWhereInput = { schoolId };
  if (q.actor) where.actorId = q.actor;
  if (q.kind) where.OR = [{ action: q.kind }, { action: { startsWith: `${q.kind}.` } }];
  if (q.from || q.to) {
    // Days of the school's calendar; an approximation by UTC days is good enough for a log filter.
    where.createdAt = {
      ...(q.from ? { gte: fromIsoDate(q.from) } : {}),
      ...(q.to ? { lt: fromIsoDate(addDays(q.to, 1)) } : {}),
    };
  }
  const [total, logs, actors] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: [{ [q.sort]: q.dir }, { id: q.dir }],
      skip: (q.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, createdAt: true, actorId: true, action: true, entity: true, entityId: true, before: true, after: true },
    }),
    prisma.user.findMany({
      where: { schoolId, roles: { some: { role: { notIn: ["STUDENT", "PARENT"] } } } },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      select: { id: true, lastName: true, firstName: true, middleName: true },
    }),
  ]);
  const names = new Map(actors.map((a) => [a.id, fullName(a)]));
  const missing = [...new Set(logs.flatMap((l) => (l.actorId && !names.has(l.actorId) ? [l.actorId] : [])))];
  if (missing.length) {
    const more = await prisma.user.findMany({
      where: { schoolId, id: { in: missing } },
      select: { id: true, lastName: true, firstName: true, middleName: true },
    });
    for (const m of more) names.set(m.id, fullName(m));
  }
  const rows: AuditRow[] = logs.map((l) => ({
    id: l.id,
    at: l.createdAt.toISOString(),
    actor: l.actorId ? (names.get(l.actorId) ?? "—") : "система",
    action: l.action,
    what: actionLabel(l.action),
    entity: l.entity,
    details: summarizeDetails(l.before, l.after),
  }));
  return {
    rows,
    total,
    pages: Math.ceil(total / AUDIT_PAGE_SIZE),
    actors: actors.map((a) => ({ id: a.id, name: fullName(a) })),
  };
}
