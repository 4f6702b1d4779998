// The audit log (ADM-4): who changed what and when. Write it inside the same transaction as the
// change, so that a change and its record exist together or not at all.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";

export type AuditEntry = {
  schoolId: string;
  actorId: string | null;
  /** dotted verb, e.g. "mark.update", "user.password.set", "invite.issue" */
  action: string;
  entity: string;
  entityId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

type Db = Pick<Prisma.TransactionClient, "auditLog">;

export async function writeAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      schoolId: entry.schoolId,
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}
