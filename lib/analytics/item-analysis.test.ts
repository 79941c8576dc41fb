import { describe, expect, it } from "vitest";
import {
  analyzeItems,
  extremeGroups,
  itemFlags,
  scoreDistribution,
  studentScores,
  type ResponseRow,
} from "./item-analysis";

// Four students, three items; worked by hand in docs/decisions/030.
//   A: i1 ✓ i2 ✓ i3 ✓ (1)   B: i1 ✓ i2 ✓ i3 x (2/3)   C: i1 ✓ i2 y i3 x (1/3)   D: i1 z i2 y i3 w (0)
const r = (studentId: string, itemId: string, chosen: string | null, key: string): ResponseRow => ({
  studentId,
  itemId,
  chosen,
  correct: chosen === key,
});
const rows: ResponseRow[] = [
  r("A", "i1", "k1", "k1"),
  r("A", "i2", "k2", "k2"),
  r("A", "i3", "k3", "k3"),
  r("B", "i1", "k1", "k1"),
  r("B", "i2", "k2", "k2"),
  r("B", "i3", "x", "k3"),
  r("C", "i1", "k1", "k1"),
  r("C", "i2", "y", "k2"),
  r("C", "i3", "x", "k3"),
  r("D", "i1", "z", "k1"),
  r("D", "i2", "y", "k2"),
  r("D", "i3", "w", "k3"),
];
const keys = new Map([
  ["i1", "k1"],
  ["i2", "k2"],
  ["i3", "k3"],
]);

describe("item analysis", () => {
  it("scores students and picks the upper and lower 27% (at least one each)", () => {
    const s = studentScores(rows);
    expect(s.get("B")).toBeCloseTo(2 / 3, 10);
    const g = extremeGroups(s);
    expect([...g.upper]).toEqual(["A"]);
    expect([...g.lower]).toEqual(["D"]);
    expect(extremeGroups(new Map([["solo", 1]])).upper.size).toBe(0);
  });

  it("computes facility, upper-lower discrimination and point-biserial as worked by hand", () => {
    const stats = new Map(analyzeItems(rows, keys).map((x) => [x.itemId, x]));
    // i1: 3 of 4 correct; A right, D wrong → D = 1; r_pb = (2/3 − 0)/0.37268 · √(.75·.25) = √0.6
    expect(stats.get("i1")).toMatchObject({
      responses: 4,
      correct: 3,
      facility: 0.75,
      discrimination: 1,
      pointBiserial: 0.7746,
    });
    // i2: 2 of 4; r_pb = (5/6 − 1/6)/0.37268 · 0.5 = 0.8944
    expect(stats.get("i2")).toMatchObject({ facility: 0.5, discrimination: 1, pointBiserial: 0.8944 });
    // i3: 1 of 4; wrong options x twice, w once
    const i3 = stats.get("i3")!;
    expect(i3).toMatchObject({ facility: 0.25, discrimination: 1, pointBiserial: 0.7746 });
    expect(i3.options).toEqual([
      { option: "x", count: 2, share: 0.5, correct: false },
      { option: "k3", count: 1, share: 0.25, correct: true },
      { option: "w", count: 1, share: 0.25, correct: false },
    ]);
    expect(itemFlags(i3)).toEqual([
      "Hard: fewer than 30% answered correctly.",
      "Misleading option: “x” was chosen more often than the correct answer.",
    ]);
  });

  it("shows a negative discrimination when the weaker students get an item right", () => {
    // i4 is answered right only by the weakest student D.
    const extra = [...rows, r("A", "i4", "q", "k4"), r("D", "i4", "k4", "k4")];
    const s = analyzeItems(extra, new Map([...keys, ["i4", "k4"]])).find((x) => x.itemId === "i4")!;
    expect(s.discrimination).toBe(-1);
    expect(itemFlags(s)).toContain(
      "Negative discrimination: weaker students did better than stronger ones. Check the key.",
    );
  });

  it("leaves discrimination and point-biserial undefined when they cannot be computed", () => {
    const one = analyzeItems([r("A", "i1", "k1", "k1")], keys)[0]!;
    expect(one).toMatchObject({ facility: 1, discrimination: null, pointBiserial: null, unanswered: 0 });
    const unanswered = analyzeItems([r("A", "i1", null, "k1"), r("B", "i1", "k1", "k1")], keys)[0]!;
    expect(unanswered).toMatchObject({ responses: 2, correct: 1, unanswered: 1 });
  });

  it("buckets score percentages, 100 in the last bucket", () => {
    const b = scoreDistribution([0, 9, 10, 67, 100, 95]);
    expect(b.map((x) => x.count)).toEqual([2, 1, 0, 0, 0, 0, 1, 0, 0, 2]);
    expect(b[9]!.label).toBe("90–100");
  });
});
