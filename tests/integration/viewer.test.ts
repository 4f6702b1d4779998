// The viewer resolves the active child only among the parent's own children, and ends
// sessions whose version is stale (a changed password).
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";

async function user(login: string) {
  return prisma.user.findUniqueOrThrow({ where: { login }, select: { id: true, sessionVersion: true } });
}

describe("viewer", () => {
  it("gives a parent both children and the one chosen by the cookie", async () => {
    const parent = await user("parent");
    const student9 = await user("student9");
    const viewer = await loadViewer(parent.id, parent.sessionVersion, student9.id);
    expect(viewer?.diaryKind).toBe("PARENT");
    expect(viewer?.children).toHaveLength(2);
    expect(viewer?.child?.id).toBe(student9.id);
    expect(viewer?.child?.classLabel).toBe("9А");
  });

  it("ignores a forged cookie naming another family's child", async () => {
    const parent = await user("parent");
    const parent2 = await user("parent2");
    const otherChild = await prisma.parentLink.findFirstOrThrow({ where: { parentId: parent2.id }, select: { childId: true } });
    const viewer = await loadViewer(parent.id, parent.sessionVersion, otherChild.childId);
    expect(viewer?.child).not.toBeNull();
    expect(viewer?.child?.id).not.toBe(otherChild.childId);
    expect(viewer?.children.map((c) => c.id)).not.toContain(otherChild.childId);
  });

  it("makes a student's own diary the only one", async () => {
    const student = await user("student");
    const parent = await user("parent");
    const viewer = await loadViewer(student.id, student.sessionVersion, parent.id);
    expect(viewer?.diaryKind).toBe("STUDENT");
    expect(viewer?.children.map((c) => c.id)).toEqual([student.id]);
    expect(viewer?.child?.id).toBe(student.id);
  });

  it("refuses a session of an older version", async () => {
    const student = await user("student");
    expect(await loadViewer(student.id, student.sessionVersion + 1, undefined)).toBeNull();
    expect(await loadViewer("no-such-user", 1, undefined)).toBeNull();
  });

  it("gives staff no diary", async () => {
    const teacher = await user("teacher");
    const viewer = await loadViewer(teacher.id, teacher.sessionVersion, undefined);
    expect(viewer?.diaryKind).toBeNull();
    expect(viewer?.child).toBeNull();
    expect(viewer?.roles).toContain("TEACHER");
  });
});
