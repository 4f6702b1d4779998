import { describe, expect, it } from "vitest";
import { addDays, fromIsoDate, isIsoDate, todayIn, weekStart, weekdayOf, formatDayMonth } from "@/lib/time/dates";
import { countRu, pluralRu } from "@/lib/time/plural";
import { safeCallbackPath } from "@/lib/auth/callback";

describe("school dates", () => {
  it("starts the school day at local midnight, not UTC", () => {
    // 22:30 UTC on 30 November is already 1 December in Moscow (UTC+3).
    expect(todayIn("Europe/Moscow", new Date("2026-11-30T22:30:00Z"))).toBe("2026-12-01");
    expect(todayIn("UTC", new Date("2026-11-30T22:30:00Z"))).toBe("2026-11-30");
  });

  it("does week arithmetic with Monday first", () => {
    expect(weekdayOf("2026-11-30")).toBe(1);
    expect(weekdayOf("2026-11-29")).toBe(7);
    expect(weekStart("2026-11-29")).toBe("2026-11-23");
    expect(weekStart("2026-12-02")).toBe("2026-11-30");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("rejects impossible dates", () => {
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("2026-11-30")).toBe(true);
    expect(() => fromIsoDate("30.11.2026")).toThrow();
  });

  it("formats in Russian", () => {
    expect(formatDayMonth("2026-11-30")).toBe("30 ноября");
  });
});

describe("Russian plurals", () => {
  it.each([
    [1, "оценка"],
    [2, "оценки"],
    [5, "оценок"],
    [11, "оценок"],
    [12, "оценок"],
    [21, "оценка"],
    [22, "оценки"],
    [111, "оценок"],
    [0, "оценок"],
  ])("%i → %s", (n, word) => {
    expect(pluralRu(n, ["оценка", "оценки", "оценок"])).toBe(word);
  });
  it("counts", () => expect(countRu(3, ["урок", "урока", "уроков"])).toBe("3 урока"));
});

describe("callback after sign-in", () => {
  it("follows only same-site paths", () => {
    expect(safeCallbackPath("/marks?period=2")).toBe("/marks?period=2");
    expect(safeCallbackPath("https://evil.example")).toBeNull();
    expect(safeCallbackPath("//evil.example")).toBeNull();
    expect(safeCallbackPath("/\\evil.example")).toBeNull();
    expect(safeCallbackPath("/login")).toBeNull();
    expect(safeCallbackPath(undefined)).toBeNull();
  });
});
