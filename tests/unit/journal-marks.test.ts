// Mark and attendance parsing of a journal cell, and the lesson-date rules (STF-1, GRD-1).
import { describe, expect, it } from "vitest";
import { formatCell, parseAttendance, parseCell, parseMark } from "@/lib/marks/cell";
import { lessonDateProblem, timetableDates } from "@/lib/journal/calendar";

describe("parseMark", () => {
  it("reads the five-point scale, compound and pass/fail marks", () => {
    expect(parseMark("5")).toEqual({ value: "5", numeric: 5 });
    expect(parseMark(" 1 ")).toEqual({ value: "1", numeric: 1 });
    expect(parseMark("4/5")).toEqual({ value: "4/5", numeric: 4.5 });
    expect(parseMark("ЗЧ")).toEqual({ value: "зч", numeric: null });
    expect(parseMark("нз")).toEqual({ value: "нз", numeric: null });
  });
  it("refuses marks outside the scale", () => {
    for (const bad of ["0", "6", "55", "1/5", "4/6", "4/", "5+", "", "a"]) expect(parseMark(bad), bad).toBeNull();
  });
});

describe("parseAttendance", () => {
  it("reads the codes and the minutes of a late arrival", () => {
    expect(parseAttendance("н")).toEqual({ kind: "ABSENT", minutesLate: null });
    expect(parseAttendance("Б")).toEqual({ kind: "ILL", minutesLate: null });
    expect(parseAttendance("уп")).toEqual({ kind: "EXCUSED", minutesLate: null });
    expect(parseAttendance("ОП")).toEqual({ kind: "LATE", minutesLate: null });
    expect(parseAttendance("оп15")).toEqual({ kind: "LATE", minutesLate: 15 });
    expect(parseAttendance("H")).toEqual({ kind: "ABSENT", minutesLate: null }); // Latin look-alike
    expect(parseAttendance("ОП0")).toBeNull();
    expect(parseAttendance("X")).toBeNull();
  });
});

describe("parseCell", () => {
  it("combines a late arrival with a mark, and clears on empty text", () => {
    expect(parseCell("ОП 10 4")).toEqual({
      ok: true,
      cell: { mark: { value: "4", numeric: 4 }, attendance: { kind: "LATE", minutesLate: 10 } },
    });
    expect(parseCell("")).toEqual({ ok: true, cell: { mark: null, attendance: null } });
  });
  it("refuses a mark for an absent student and unknown text, in Russian", () => {
    const absent = parseCell("Н 5");
    expect(absent.ok).toBe(false);
    if (!absent.ok) expect(absent.message).toMatch(/Отсутствовавшему/);
    const bad = parseCell("7");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/Оценка: 1–5/);
    expect(parseCell("5 4").ok).toBe(false);
  });
  it("formats what it parsed back", () => {
    expect(formatCell("4", { kind: "LATE", minutesLate: 10 })).toBe("ОП10 4");
    expect(formatCell(null, { kind: "ILL", minutesLate: null })).toBe("Б");
    expect(formatCell("5", null)).toBe("5");
  });
});

describe("lesson dates", () => {
  const periods = [{ startDate: "2026-09-01", endDate: "2026-10-24" }];
  const holidays = [
    { name: "Осенние каникулы", startDate: "2026-10-26", endDate: "2026-11-03" },
    { name: "День учителя", startDate: "2026-10-05", endDate: "2026-10-05" },
  ];
  const slots = [{ weekday: 1, lessonNumber: 2, validFrom: null, validTo: null }]; // Mondays, 2nd lesson
  it("accepts a timetable date inside a period", () => {
    expect(lessonDateProblem("2026-09-07", 2, periods, holidays, slots)).toBeNull();
  });
  it("refuses dates outside periods, on holidays, or off the timetable", () => {
    expect(lessonDateProblem("2026-10-26", 2, periods, holidays, slots)).toMatch(/учебный период/);
    expect(lessonDateProblem("2026-10-05", 2, periods, holidays, slots)).toMatch(/День учителя/);
    expect(lessonDateProblem("2026-09-08", 2, periods, holidays, slots)).toMatch(/расписании/);
    expect(lessonDateProblem("2026-09-07", 3, periods, holidays, slots)).toMatch(/расписании/);
  });
  it("lists a period's timetable dates without holidays", () => {
    const dates = timetableDates(periods[0], holidays, slots).map((d) => d.date);
    expect(dates[0]).toBe("2026-09-07");
    expect(dates).not.toContain("2026-10-05");
    expect(dates).toEqual(["2026-09-07", "2026-09-14", "2026-09-21", "2026-09-28", "2026-10-12", "2026-10-19"]);
  });
});
