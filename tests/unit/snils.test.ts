import { describe, expect, it } from "vitest";
import { formatSnils, isValidSnils, maskSnils, snilsControl } from "@/lib/validations/snils";

describe("СНИЛС checksum (ACC-6)", () => {
  it("accepts numbers whose control sum matches, with or without separators", () => {
    expect(isValidSnils("112-233-445 95")).toBe(true);
    expect(isValidSnils("11223344595")).toBe(true);
  });

  it("refuses a wrong control sum, a wrong length and letters", () => {
    expect(isValidSnils("112-233-445 96")).toBe(false);
    expect(isValidSnils("1122334459")).toBe(false);
    expect(isValidSnils("112-233-44a 95")).toBe(false);
  });

  it("applies the rules for sums of 100, 101, above 101 and a remainder of 100", () => {
    expect(snilsControl("000000095")).toBe(23); // 9×2 + 5×1, below 100: the sum itself
    expect(snilsControl("911001000")).toBe(0); // 81 + 8 + 7 + 4 = 100
    expect(snilsControl("911010000")).toBe(0); // 101
    expect(snilsControl("911010001")).toBe(1); // 102 % 101
    expect(snilsControl("999999999")).toBe(1); // 405 % 101
    expect(snilsControl("990800000")).toBe(0); // 81 + 72 + 48 = 201, 201 % 101 = 100 → 00
  });

  it("formats and masks", () => {
    expect(formatSnils("11223344595")).toBe("112-233-445 95");
    expect(maskSnils("112-233-445 95")).toBe("***-***-*45 95");
  });
});
