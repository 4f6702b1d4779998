import { describe, expect, it } from "vitest";
import {
  DIARY_SECTIONS,
  areaForPath,
  canEnterArea,
  canSeeSection,
  diaryKindOf,
  getSection,
  homePathFor,
  sectionForPath,
  visibleSections,
} from "@/lib/access/matrix";

const plain = { personalNotesMode: false };
const notes = { personalNotesMode: true };
const ids = (kind: "STUDENT" | "PARENT", school = plain) => visibleSections(kind, school).map((s) => s.id);

describe("visibility matrix (ACC-10)", () => {
  it("hides remarks, comments, development, absence notes, services and payment from students", () => {
    for (const id of ["remarks", "comments", "development", "absence-notes", "services", "payment", "personal-notes"]) {
      expect(ids("STUDENT")).not.toContain(id);
    }
  });

  it("shows them to parents", () => {
    for (const id of ["remarks", "comments", "development", "absence-notes", "services", "payment"]) {
      expect(ids("PARENT")).toContain(id);
    }
  });

  it("keeps tests, module courses and online lessons for students only", () => {
    for (const id of ["tests", "courses", "online-lessons"]) {
      expect(ids("STUDENT")).toContain(id);
      expect(ids("PARENT")).not.toContain(id);
    }
  });

  it("replaces remarks and comments with personal notes when the school turns them on (FBK-5)", () => {
    expect(ids("PARENT", notes)).toContain("personal-notes");
    expect(ids("PARENT", notes)).not.toContain("remarks");
    expect(ids("PARENT", notes)).not.toContain("comments");
    expect(ids("PARENT")).not.toContain("personal-notes");
    expect(ids("STUDENT", notes)).not.toContain("personal-notes");
  });

  it("shows nothing of the diary to staff without a diary", () => {
    expect(canSeeSection(null, getSection("home"), plain)).toBe(false);
  });

  it("gives every section a unique id and path", () => {
    expect(new Set(DIARY_SECTIONS.map((s) => s.id)).size).toBe(DIARY_SECTIONS.length);
    expect(new Set(DIARY_SECTIONS.map((s) => s.path)).size).toBe(DIARY_SECTIONS.length);
  });

  it("finds the section of a nested URL", () => {
    expect(sectionForPath("/marks/export")?.id).toBe("marks");
    expect(sectionForPath("/remarks")?.id).toBe("remarks");
    expect(sectionForPath("/nothing")).toBeUndefined();
  });
});

describe("role areas", () => {
  it("maps URLs to areas, unknown ones to the guarded diary", () => {
    expect(areaForPath("/login")).toBe("public");
    expect(areaForPath("/api/auth/session")).toBe("public");
    expect(areaForPath("/admin/people")).toBe("admin");
    expect(areaForPath("/journal")).toBe("journal");
    expect(areaForPath("/home")).toBe("diary");
    expect(areaForPath("/something-new")).toBe("diary");
    expect(areaForPath("/loginx")).toBe("diary");
    expect(areaForPath("/")).toBe("root");
  });

  it("lets only curators into /admin and only staff into /journal", () => {
    expect(canEnterArea(["STUDENT"], "admin")).toBe(false);
    expect(canEnterArea(["STUDENT"], "journal")).toBe(false);
    expect(canEnterArea(["PARENT"], "journal")).toBe(false);
    expect(canEnterArea(["TEACHER"], "admin")).toBe(false);
    expect(canEnterArea(["CURATOR"], "admin")).toBe(true);
    expect(canEnterArea(["TEACHER"], "journal")).toBe(true);
    expect(canEnterArea(["SPECIALIST"], "journal")).toBe(true);
    expect(canEnterArea(["TEACHER"], "diary")).toBe(false);
    expect(canEnterArea(["TEACHER", "PARENT"], "diary")).toBe(true);
  });

  it("reads the diary as a student before as a parent", () => {
    expect(diaryKindOf(["STUDENT"])).toBe("STUDENT");
    expect(diaryKindOf(["TEACHER", "PARENT"])).toBe("PARENT");
    expect(diaryKindOf(["TEACHER"])).toBeNull();
  });

  it("sends each role to its home", () => {
    expect(homePathFor(["STUDENT"])).toBe("/home");
    expect(homePathFor(["PARENT"], "DIARY")).toBe("/week");
    expect(homePathFor(["TEACHER"])).toBe("/journal");
    expect(homePathFor(["CURATOR"])).toBe("/admin");
  });
});
