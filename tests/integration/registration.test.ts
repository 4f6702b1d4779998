// Registration by invite code (ACC-1, ACC-2, ACC-9) against the real database: one code, one
// account; used, revoked, expired and wrong-role codes create nothing; a race has one winner.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { issueInviteCodes } from "@/lib/accounts/invite-codes";
import { addChildByCode, registerWithCodes } from "@/lib/accounts/registration";
import { UserError } from "@/lib/user-error";
import { mergeParentAccounts } from "@/lib/accounts/merge";

const school17 = () => prisma.school.findFirstOrThrow({ where: { shortName: { contains: "17" } }, select: { id: true } });

async function unregisteredStudents(n: number) {
  const s = await school17();
  return prisma.user.findMany({
    where: { schoolId: s.id, login: null, roles: { some: { role: "STUDENT" } } },
    select: { id: true, firstName: true },
    orderBy: { id: "desc" },
    take: n,
  });
}

async function issue(studentId: string, role: "STUDENT" | "PARENT", validDays?: number) {
  const s = await school17();
  const curator = await prisma.user.findUniqueOrThrow({ where: { login: "curator" }, select: { id: true } });
  const [issued] = await prisma.$transaction((tx) =>
    issueInviteCodes(tx, { schoolId: s.id, actorId: curator.id, requests: [{ studentId, role }], validDays }),
  );
  return issued;
}

let n = 0;
const parentInput = (codes: string[]) => ({
  codes,
  login: `it_parent_${Date.now()}_${n++}`,
  password: "Strong#Pass1",
  email: "p@example.ru",
  lastName: "Тестова",
  firstName: "Мария",
});

describe("registration", () => {
  it("completes a student's account once; the code then refuses", async () => {
    const [student] = await unregisteredStudents(1);
    const { code } = await issue(student.id, "STUDENT");
    const login = `it_student_${Date.now()}`;
    await registerWithCodes({ codes: [code], login, password: "Strong#Pass1" });
    const row = await prisma.user.findUniqueOrThrow({ where: { id: student.id }, select: { login: true, passwordHash: true } });
    expect(row.login).toBe(login);
    expect(row.passwordHash).toMatch(/^\$argon2id/);
    await expect(registerWithCodes({ codes: [code], login: `${login}x`, password: "Strong#Pass1" })).rejects.toBeInstanceOf(UserError);
    expect(await prisma.user.count({ where: { login: `${login}x` } })).toBe(0);
  });

  it("lets exactly one of two racing registrations with one code win", async () => {
    const [student] = await unregisteredStudents(1);
    const { code } = await issue(student.id, "PARENT");
    const a = parentInput([code]);
    const b = parentInput([code]);
    const results = await Promise.allSettled([registerWithCodes(a), registerWithCodes(b)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(UserError);
    expect(await prisma.user.count({ where: { login: { in: [a.login, b.login] } } })).toBe(1);
  });

  it("creates nothing for revoked, expired, unknown or wrong-role codes", async () => {
    const [s1, s2] = await unregisteredStudents(2);
    const revoked = await issue(s1.id, "PARENT");
    await prisma.inviteCode.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    const expired = await issue(s1.id, "PARENT", 1);
    await prisma.inviteCode.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const good = await issue(s2.id, "PARENT");
    const studentCode = await issue(s2.id, "STUDENT");
    const before = await prisma.user.count();
    for (const codes of [[revoked.code], [expired.code], ["ABCDE-FGHJK-MNPQR"], [good.code, studentCode.code]]) {
      await expect(registerWithCodes(parentInput(codes))).rejects.toBeInstanceOf(UserError);
    }
    expect(await prisma.user.count()).toBe(before);
    // The good code was not used up by the refused attempt.
    expect((await prisma.inviteCode.findUniqueOrThrow({ where: { id: good.id } })).usedAt).toBeNull();
  });

  it("gives a parent with two codes both children, and adds a third later", async () => {
    const [s1, s2, s3] = await unregisteredStudents(3);
    const c1 = await issue(s1.id, "PARENT");
    const c2 = await issue(s2.id, "PARENT");
    const { userId } = await registerWithCodes(parentInput([c1.code, c2.code]));
    const c3 = await issue(s3.id, "PARENT");
    await addChildByCode({ parentId: userId, schoolId: (await school17()).id, code: c3.code });
    const links = await prisma.parentLink.findMany({ where: { parentId: userId }, select: { childId: true } });
    expect(links.map((l) => l.childId).sort()).toEqual([s1.id, s2.id, s3.id].sort());
    // A student's own code cannot add a child.
    const own = await issue(s3.id, "STUDENT");
    await expect(addChildByCode({ parentId: userId, schoolId: (await school17()).id, code: own.code })).rejects.toBeInstanceOf(UserError);
  });

  it("merges two parent accounts in one transaction", async () => {
    const [s1, s2] = await unregisteredStudents(2);
    const a = await registerWithCodes(parentInput([(await issue(s1.id, "PARENT")).code]));
    const bInput = parentInput([(await issue(s2.id, "PARENT")).code]);
    const b = await registerWithCodes(bInput);
    const curator = await prisma.user.findUniqueOrThrow({ where: { login: "curator" }, select: { id: true } });
    const school = await school17();
    await mergeParentAccounts({ schoolId: school.id, actorId: curator.id, keepId: a.userId, otherLogin: bInput.login });
    expect(await prisma.user.findUnique({ where: { id: b.userId } })).toBeNull();
    const links = await prisma.parentLink.findMany({ where: { parentId: a.userId }, select: { childId: true } });
    expect(links.map((l) => l.childId).sort()).toEqual([s1.id, s2.id].sort());
    expect(await prisma.auditLog.count({ where: { action: "user.merge", entityId: a.userId } })).toBe(1);
    // Another school's curator cannot reach these accounts.
    const school2 = await prisma.school.findFirstOrThrow({ where: { id: { not: school.id } }, select: { id: true } });
    await expect(
      mergeParentAccounts({ schoolId: school2.id, actorId: curator.id, keepId: a.userId, otherLogin: "parent" }),
    ).rejects.toBeInstanceOf(UserError);
  });
});
