// ADM-5 pure parts: the start script's first-run notice, the default Russian study year, the
// one-time password, the CLI's arguments and the setup form's own checks.
import { describe, expect, it } from "vitest";
import { firstRunNotice } from "@/lib/setup/token";
import { defaultBells, defaultStartYear, defaultYear } from "@/lib/setup/default-year";
import { oneTimePassword } from "@/lib/setup/one-time-password";
import { cliInput } from "@/lib/setup/cli-args";
import { newSchoolSchema } from "@/lib/setup/schema";
import { checkPassword } from "@/lib/validations/password";

const cli = [
  "--name",
  "МБОУ СОШ № 5 г. Казани",
  "--short-name",
  "СОШ № 5",
  "--curator-login",
  "kurator5",
  "--curator-email",
  "k@school5.ru",
];

describe("ADM-5: the start script's setup link", () => {
  it("is printed only while no curator exists, with the configured origin", () => {
    const lines = firstRunNotice({ curators: 0, origin: "https://diary.school5.ru/", token: "abc123" });
    expect(lines?.join("\n")).toContain("https://diary.school5.ru/setup?token=abc123");
    expect(firstRunNotice({ curators: 1, origin: "http://localhost:3000", token: "abc123" })).toBeNull();
    expect(firstRunNotice({ curators: 0, origin: "http://localhost:3000", token: null })).toBeNull();
  });
});

describe("ADM-5: the default study year", () => {
  it("has four quarters or three trimesters, autumn/winter/spring holidays and 45-minute lessons", () => {
    const q = defaultYear(2026, "QUARTER");
    expect(q.name).toBe("2026/2027");
    expect(q.periods).toHaveLength(4);
    expect(q.periods[0].startDate).toBe("2026-09-01");
    expect(q.holidays.map((h) => h.name)).toEqual(expect.arrayContaining(["Осенние каникулы", "Зимние каникулы", "Весенние каникулы"]));
    const t = defaultYear(2026, "TRIMESTER");
    expect(t.periods.map((p) => p.endDate)).toEqual(["2026-11-30", "2027-02-28", q.periods[3].endDate]);
    for (const b of defaultBells()) {
      const [h1, m1] = b.startsAt.split(":").map(Number);
      const [h2, m2] = b.endsAt.split(":").map(Number);
      expect(h2 * 60 + m2 - (h1 * 60 + m1)).toBe(45);
    }
    expect(defaultStartYear(new Date("2027-03-10"))).toBe(2026);
    expect(defaultStartYear(new Date("2027-08-10"))).toBe(2027);
  });
});

describe("ADM-5: the operator CLI's input", () => {
  it("builds a valid school with a one-time password that meets ACC-2", () => {
    const plan = cliInput([...cli, "--periods", "trimesters", "--start-year", "2026"]);
    expect(plan.generatedPassword).not.toBeNull();
    expect(checkPassword(plan.generatedPassword!, { login: "kurator5" })).toEqual([]);
    const parsed = newSchoolSchema.parse(plan.input);
    expect(parsed.year.kind).toBe("TRIMESTER");
    expect(parsed.year.periods).toHaveLength(3);
    expect(parsed.school.timezone).toBe("Europe/Moscow");
    expect(cliInput([...cli, "--curator-password", "Given#Pass7"]).generatedPassword).toBeNull();
    expect(() => cliInput([...cli, "--periods", "halves"])).toThrow(/quarters or trimesters/);
    expect(() => cliInput([...cli, "--unknown", "x"])).toThrow();
  });

  it("one-time passwords differ and avoid the login and names", () => {
    const a = Array.from({ length: 50 }, () => oneTimePassword({ login: "abc", names: ["Иванова"] }));
    expect(new Set(a).size).toBe(50);
    for (const p of a) expect(checkPassword(p, { login: "abc", names: ["Иванова"] })).toEqual([]);
  });
});

describe("ADM-5: the setup form's checks", () => {
  const good = () => cliInput([...cli, "--curator-password", "Given#Pass7", "--start-year", "2026"]).input;

  it("refuses a weak password, a foreign time zone, overlapping periods and dates outside the year", () => {
    expect(newSchoolSchema.safeParse(good()).success).toBe(true);
    const bad = good();
    bad.curator.password = bad.curator.password2 = "kurator5Aa";
    bad.school.timezone = "America/New_York" as never;
    bad.year.periods[1].startDate = bad.year.periods[0].endDate;
    bad.year.holidays[0].startDate = "2025-01-01";
    const r = newSchoolSchema.safeParse(bad);
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["curator.password", "school.timezone", "year.periods.1.startDate", "year.holidays.0.startDate"]),
    );
  });

  it("needs as many periods as the kind has", () => {
    const bad = good();
    bad.year.periods.pop();
    expect(newSchoolSchema.safeParse(bad).error?.issues.map((i) => i.path.join("."))).toContain("year.periods");
  });
});
