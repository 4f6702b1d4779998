import { describe, expect, it } from "vitest";
import { formatAverage, markNumber, marksToReach, weightedAverage } from "@/lib/marks/average";

describe("markNumber", () => {
  it("reads plain, compound and non-counting marks", () => {
    expect(markNumber("5")).toBe(5);
    expect(markNumber("4/5")).toBe(4.5);
    expect(markNumber("2/3")).toBe(2.5);
    expect(markNumber("зч")).toBeNull();
    expect(markNumber("нз")).toBeNull();
    expect(markNumber("Н")).toBeNull();
    expect(markNumber("6")).toBeNull();
    expect(markNumber("4/5/3")).toBeNull();
  });
});

describe("weightedAverage", () => {
  it("weights marks and ignores pass/fail", () => {
    // (5*1 + 3*2 + 4.5*1) / 4 = 15.5 / 4
    expect(
      weightedAverage([
        { value: "5", weight: 1 },
        { value: "3", weight: 2 },
        { value: "4/5", weight: 1 },
        { value: "зч", weight: 3 },
      ]),
    ).toBeCloseTo(3.875);
  });
  it("is null without counting marks", () => {
    expect(weightedAverage([])).toBeNull();
    expect(weightedAverage([{ value: "нз", weight: 1 }])).toBeNull();
  });
  it("formats with a comma", () => {
    expect(formatAverage(3.875)).toBe("3,88");
    expect(formatAverage(null)).toBe("—");
  });
});

describe("marksToReach", () => {
  it("counts the fives and fours needed", () => {
    // 3,3 → average 3; to reach 4: fives: (6+5k)/(2+k) ≥ 4 → k ≥ 2
    const r = marksToReach(
      [
        { value: "3", weight: 1 },
        { value: "3", weight: 1 },
      ],
      4,
    );
    expect(r.reached).toBe(false);
    expect(r.plans).toContainEqual({ mark: 5, count: 2 });
    // fours alone never exceed 4 but reach it only in the limit: not offered
    expect(r.plans.find((p) => p.mark === 4)).toBeUndefined();
    expect(r.plans.find((p) => p.mark === 3)).toBeUndefined();
  });
  it("uses the weight of the planned marks", () => {
    const r = marksToReach(
      [
        { value: "3", weight: 1 },
        { value: "3", weight: 1 },
      ],
      4,
      2,
    );
    expect(r.plans).toContainEqual({ mark: 5, count: 1 });
  });
  it("says when the target is met", () => {
    expect(marksToReach([{ value: "5", weight: 1 }], 4.5)).toEqual({ reached: true, plans: [] });
  });
});
