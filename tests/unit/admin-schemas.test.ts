// The curator's form schemas that reshape input: spare bell rows, repeated roles.
import { describe, expect, it } from "vitest";
import { bellsSchema } from "@/lib/validations/admin-school";
import { staffRolesSchema } from "@/lib/validations/admin-classes";

describe("bells form", () => {
  it("drops blank spare rows at the end, keeps the lessons", () => {
    const r = bellsSchema.safeParse({
      bells: [
        { startsAt: "08:30", endsAt: "09:15" },
        { startsAt: "09:25", endsAt: "10:10" },
        { startsAt: "", endsAt: "" },
        { startsAt: "", endsAt: "" },
      ],
    });
    expect(r.success && r.data.bells).toEqual([
      { startsAt: "08:30", endsAt: "09:15" },
      { startsAt: "09:25", endsAt: "10:10" },
    ]);
  });

  it("refuses an all-blank form beside the first lesson, and a blank row between lessons", () => {
    const blank = bellsSchema.safeParse({
      bells: [
        { startsAt: "", endsAt: "" },
        { startsAt: "", endsAt: "" },
      ],
    });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues.some((i) => i.path.join(".") === "bells.0.startsAt")).toBe(true);
    const gap = bellsSchema.safeParse({
      bells: [
        { startsAt: "08:30", endsAt: "09:15" },
        { startsAt: "", endsAt: "" },
        { startsAt: "10:20", endsAt: "11:05" },
      ],
    });
    expect(gap.success).toBe(false);
    expect(gap.error?.issues.some((i) => i.path.join(".") === "bells.1.startsAt")).toBe(true);
  });
});

describe("staff roles form", () => {
  it("folds a role sent twice into one", () => {
    const r = staffRolesSchema.safeParse({ userId: "u1", roles: ["TEACHER", "TEACHER", "HEAD_TEACHER"], specialistKind: "" });
    expect(r.success && r.data.roles).toEqual(["TEACHER", "HEAD_TEACHER"]);
  });
});
