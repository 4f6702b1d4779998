// ACC-2: every rule of the password policy, with the manual's wording of it.
import { describe, expect, it } from "vitest";
import { birthDateForms, checkPassword, passwordMessages, transliterate } from "@/lib/validations/password";

const ctx = { login: "sokolov", birthDate: "2014-03-15", names: ["Соколов", "Артём", "Дмитриевич"] };

describe("password policy (ACC-2)", () => {
  it("accepts a strong password of allowed characters", () => {
    expect(checkPassword("Diary#2026", ctx)).toEqual([]);
    expect(checkPassword("Qw3rty!@#?", ctx)).toEqual([]);
  });

  it("wants 8 to 16 characters", () => {
    expect(checkPassword("Ab#1234", ctx)).toEqual(["length"]);
    expect(checkPassword("Ab#12345", ctx)).toEqual([]);
    expect(checkPassword("Ab#1234567890123", ctx)).toEqual([]);
    expect(checkPassword("Ab#12345678901234", ctx)).toEqual(["length"]);
  });

  it("wants at least one upper-case letter", () => {
    expect(checkPassword("diary#2026", ctx)).toEqual(["upper"]);
  });

  it("allows only Latin letters, digits and ! @ # ?", () => {
    expect(checkPassword("Diary$2026", ctx)).toEqual(["charset"]);
    expect(checkPassword("Diary 2026", ctx)).toEqual(["charset"]);
    expect(checkPassword("Дневник#2026A", ctx)).toEqual(["charset"]);
    expect(checkPassword("Diary.2026", ctx)).toEqual(["charset"]);
  });

  it("must not equal or contain the login, in any case", () => {
    expect(checkPassword("Sokolov#1", ctx)).toContain("login");
    expect(checkPassword("xSOKOLOVx1A", ctx)).toContain("login");
  });

  it("must not contain the birth date in its usual written forms", () => {
    for (const p of ["Ab#20140315", "Ab#15032014", "Ab#150314xx", "Ab#140315x"]) expect(checkPassword(p, ctx), p).toContain("birthDate");
    expect(checkPassword("Ab15.03.2014", ctx)).toEqual(expect.arrayContaining(["birthDate", "charset"]));
    expect(checkPassword("Ab2014-03-15", ctx)).toEqual(expect.arrayContaining(["birthDate", "charset"]));
    expect(birthDateForms("2014-03-15")).toEqual(expect.arrayContaining(["2014-03-15", "15.03.2014", "15032014", "150314", "20140315"]));
  });

  it("must not contain a part of the name, typed in Latin letters", () => {
    expect(transliterate("Артём")).toBe("artem");
    expect(checkPassword("Artem#2026", ctx)).toContain("name");
    expect(checkPassword("XSokolov2026", { ...ctx, login: "other" })).toContain("name");
    expect(checkPassword("Dmitrievich1A", ctx)).toContain("name");
  });

  it("reports several failures at once, each with its own message", () => {
    const failed = checkPassword("артём", ctx);
    expect(failed).toEqual(expect.arrayContaining(["length", "upper", "charset", "name"]));
    expect(passwordMessages("abc", ctx)).toEqual([
      "Пароль должен содержать от 8 до 16 символов",
      "В пароле нужна хотя бы одна заглавная латинская буква",
    ]);
  });
});
