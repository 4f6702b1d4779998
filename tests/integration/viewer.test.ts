// The viewer resolves the active child only among the parent's own children, and ends
// sessions whose version is stale (a changed password) or whose row was ended (sign-out).
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { endOtherSessions, endSession } from "@/lib/auth/sessions";
import { sessionOf } from "./session";

async function user(login: string) {
  return prisma.user.findUniqueOrThrow({ where: { login }, select: { id: true, sessionVersion: true } });
}

describe("viewer", () => {
  it("gives a parent both children and the one chosen by the cookie", async () => {
    const parent = await user("parent");
    const student9 = await user("student9");
    const viewer = await loadViewer(await sessionOf(parent), student9.id);
    expect(viewer?.diaryKind).toBe("PARENT");
    expect(viewer?.children).toHaveLength(2);
    expect(viewer?.child?.id).toBe(student9.id);
    expect(viewer?.child?.classLabel).toBe("9А");
  });

  it("ignores a forged cookie naming another family's child", async () => {
    const parent = await user("parent");
    const parent2 = await user("parent2");
    const otherChild = await prisma.parentLink.findFirstOrThrow({ where: { parentId: parent2.id }, select: { childId: true } });
    const viewer = await loadViewer(await sessionOf(parent), otherChild.childId);
    expect(viewer?.child).not.toBeNull();
    expect(viewer?.child?.id).not.toBe(otherChild.childId);
    expect(viewer?.children.map((c) => c.id)).not.toContain(otherChild.childId);
  });

  it("makes a student's own diary the only one", async () => {
    const student = await user("student");
    const parent = await user("parent");
    const viewer = await loadViewer(await sessionOf(student), parent.id);
    expect(viewer?.diaryKind).toBe("STUDENT");
    expect(viewer?.children.map((c) => c.id)).toEqual([student.id]);
    expect(viewer?.child?.id).toBe(student.id);
  });

  it("refuses a session of an older version", async () => {
    const student = await user("student");
    const session = await sessionOf(student);
    expect(await loadViewer(session, undefined)).not.toBeNull();
    expect(await loadViewer({ ...session, sv: student.sessionVersion + 1 }, undefined)).toBeNull();
    expect(await loadViewer({ ...session, uid: "no-such-user" }, undefined)).toBeNull();
  });

  it("ACC-11: refuses an ended session, a made-up one and another person's", async () => {
    const student = await user("student");
    const parent = await user("parent");
    const session = await sessionOf(student);
    expect((await loadViewer(session, undefined))?.sessionId).toBe(session.sid);
    await endSession(student.id, session.sid);
    expect(await loadViewer(session, undefined)).toBeNull();
    expect(await loadViewer({ ...session, sid: "no-such-session" }, undefined)).toBeNull();
    // A live session row of the parent does not open the student's account.
    const parents = await sessionOf(parent);
    expect(await loadViewer({ ...session, sid: parents.sid }, undefined)).toBeNull();
  });

  it("ACC-7: «Завершить другие сеансы» ends every session but this one", async () => {
    const teacher = await user("teacher");
    const [mine, other, third] = [await sessionOf(teacher), await sessionOf(teacher), await sessionOf(teacher)];
    expect(await endOtherSessions(teacher.id, mine.sid)).toBeGreaterThanOrEqual(2);
    expect(await loadViewer(mine, undefined)).not.toBeNull();
    expect(await loadViewer(other, undefined)).toBeNull();
    expect(await loadViewer(third, undefined)).toBeNull();
  });

  it("gives staff no diary", async () => {
    const teacher = await user("teacher");
    const viewer = await loadViewer(await sessionOf(teacher), undefined);
    expect(viewer?.diaryKind).toBeNull();
    expect(viewer?.child).toBeNull();
    expect(viewer?.roles).toContain("TEACHER");
  });
});
