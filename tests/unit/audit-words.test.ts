// ADM-4: the audit log reads in words, never as codes or JSON.
import { describe, expect, it } from "vitest";
import { actionLabel, summarizeDetails } from "@/lib/audit-words";

describe("ADM-4: audit log in words", () => {
  it("names a mark's change in Russian with before and after", () => {
    expect(actionLabel("mark.update")).toBe("Исправлена оценка");
    expect(summarizeDetails({ value: "4", comment: null, version: 1 }, { value: "5", comment: "Сочинение", version: 2 })).toBe(
      "было: оценка: 4 → стало: оценка: 5, комментарий: Сочинение",
    );
  });

  it("translates codes and leaves ids and nested objects out", () => {
    expect(summarizeDetails(null, { kind: "ABSENT", studentId: "cm123", codes: [{ id: "x" }] })).toBe("вид: не был (Н)");
    expect(summarizeDetails(undefined, { emailChanged: true, snilsChanged: false })).toBe("почта изменена: да, СНИЛС изменён: нет");
    expect(summarizeDetails(null, null)).toBe("");
  });

  it("keeps an unknown action's code rather than hiding it", () => {
    expect(actionLabel("something.new")).toBe("something.new");
  });
});
