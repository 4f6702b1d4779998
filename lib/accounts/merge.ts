// Merging two parent accounts of one family (ACC-9): the children and the contact data move to
// the kept account, the other is removed — in one transaction, with an audit record.
import "server-only";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { UserError } from "@/lib/user-error";

const NOT_FOUND = "Не найдено.";

export async function mergeParentAccounts(opts: { schoolId: string; actorId: string; keepId: string; otherLogin: string }) {
  return prisma.$transaction(async (tx) => {
    const select = {
      id: true,
      login: true,
      email: true,
      emailConfirmedAt: true,
      snils: true,
      vkUrl: true,
      copyMessagesToEmail: true,
      messageSignature: true,
      markReadFromEmail: true,
      roles: { select: { role: true } },
      children: { select: { childId: true } },
    } as const;
    const keep = await tx.user.findFirst({ where: { id: opts.keepId, schoolId: opts.schoolId }, select });
    const other = await tx.user.findFirst({ where: { login: opts.otherLogin.trim().toLowerCase(), schoolId: opts.schoolId }, select });
    if (!keep) throw new UserError(NOT_FOUND);
    if (!other)
      throw new UserError("Учётная запись с таким логином в вашей школе не найдена.", { otherLogin: ["Не найдена в вашей школе"] });
    if (keep.id === other.id) throw new UserError("Это одна и та же учётная запись.", { otherLogin: ["Это та же учётная запись"] });
    // The kept account must be one the parent signs in to: removing the only one with a login
    // would lock the family out.
    if (!keep.login)
      throw new UserError("У этой учётной записи нет логина: родитель в неё не входит, и оставить её при объединении нельзя.", {
        otherLogin: ["Оставить можно только запись с логином"],
      });
    const onlyParent = (u: typeof keep) => u.roles.length === 1 && u.roles[0].role === "PARENT";
    if (!onlyParent(keep) || !onlyParent(other))
      throw new UserError("Объединять можно только учётные записи родителей.", { otherLogin: ["Это не учётная запись родителя"] });

    const had = new Set(keep.children.map((c) => c.childId));
    const moved = other.children.map((c) => c.childId).filter((id) => !had.has(id));
    if (moved.length) {
      await tx.parentLink.createMany({ data: moved.map((childId) => ({ schoolId: opts.schoolId, parentId: keep.id, childId })) });
    }
    // Codes the removed account used now point at the kept one (the history stays readable).
    await tx.inviteCode.updateMany({ where: { usedById: other.id }, data: { usedById: keep.id } });
    await tx.emailToken.deleteMany({ where: { userId: other.id } });
    // Contact data and settings the kept account lacks come from the other one.
    await tx.user.update({
      where: { id: keep.id },
      data: {
        ...(keep.email ? {} : { email: other.email, emailConfirmedAt: other.emailConfirmedAt }),
        ...(keep.snils ? {} : { snils: other.snils }),
        ...(keep.vkUrl ? {} : { vkUrl: other.vkUrl }),
        ...(keep.messageSignature ? {} : { messageSignature: other.messageSignature }),
        copyMessagesToEmail: keep.copyMessagesToEmail || other.copyMessagesToEmail,
        markReadFromEmail: keep.markReadFromEmail || other.markReadFromEmail,
      },
    });
    await tx.user.delete({ where: { id: other.id } });
    await writeAudit(tx, {
      schoolId: opts.schoolId,
      actorId: opts.actorId,
      action: "user.merge",
      entity: "User",
      entityId: keep.id,
      before: { removedId: other.id, removedLogin: other.login },
      after: { movedChildren: moved },
    });
    return { movedChildren: moved.length, removedLogin: other.login };
  });
}
