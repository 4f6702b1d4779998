// Removing a person (ADM-6). The row stays, so that what they authored — marks, lessons, remarks,
// homework — keeps their name (those rows point at the user, some with onDelete: Restrict); the
// account itself is emptied: login, password, e-mail, roles, links, codes and memberships go, and
// the sessionVersion bump ends every open session (the viewer compares it). The last curator of a
// school cannot be removed: nobody could administer it afterwards.
import "server-only";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { fullName } from "@/lib/names";
import { UserError } from "@/lib/user-error";

const NOT_FOUND_MESSAGE = "Не найдено.";

export const LAST_CURATOR = "Это последний куратор школы: сначала назначьте куратором другого сотрудника.";

export async function removePerson(opts: { schoolId: string; actorId: string; userId: string }): Promise<{ name: string }> {
  const { schoolId, userId } = opts;
  return prisma.$transaction(async (tx) => {
    // One removal of curators at a time per school, so that two curators cannot remove each other.
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`curators:${schoolId}`}))`;
    const user = await tx.user.findFirst({
      where: { id: userId, schoolId, deletedAt: null },
      select: {
        id: true,
        login: true,
        email: true,
        lastName: true,
        firstName: true,
        middleName: true,
        roles: { select: { role: true, specialistKind: true } },
      },
    });
    if (!user) throw new UserError(NOT_FOUND_MESSAGE);
    if (user.roles.some((r) => r.role === "CURATOR")) {
      const curators = await tx.userRole.count({ where: { role: "CURATOR", user: { schoolId, deletedAt: null } } });
      if (curators <= 1) throw new UserError(LAST_CURATOR);
    }
    const now = new Date();
    await tx.userRole.deleteMany({ where: { userId } });
    await tx.parentLink.deleteMany({ where: { OR: [{ parentId: userId }, { childId: userId }] } });
    await tx.inviteCode.updateMany({
      where: { studentId: userId, usedAt: null, revokedAt: null, role: { not: "PARENT" } },
      data: { revokedAt: now },
    });
    await tx.emailToken.deleteMany({ where: { userId } });
    // A removed student leaves this year's class and groups; earlier years stay as they were.
    await tx.classMembership.deleteMany({ where: { studentId: userId, class: { year: { isCurrent: true } } } });
    await tx.groupMembership.deleteMany({ where: { studentId: userId } });
    await tx.user.update({
      where: { id: userId },
      data: {
        deletedAt: now,
        login: null,
        passwordHash: null,
        email: null,
        emailConfirmedAt: null,
        snils: null,
        vkUrl: null,
        sessionVersion: { increment: 1 },
      },
    });
    await writeAudit(tx, {
      schoolId,
      actorId: opts.actorId,
      action: "user.remove",
      entity: "User",
      entityId: userId,
      before: { login: user.login, email: user.email, name: fullName(user), roles: user.roles.map((r) => r.role) },
    });
    return { name: fullName(user) };
  });
}
