import { describe, expect, it } from "vitest";
import { AnswerFormatError, gradeChoice, pickSpread, scorePercent, shuffleOptions } from "./index";

const q = { answer: "2,500", options: ["2,500", "3,000", "500", "12,000"] };

describe("gradeChoice", () => {
  it("marks the key correct and another option wrong, always naming the correct answer", () => {
    expect(gradeChoice(q, "2,500")).toEqual({ correct: true, chosen: "2,500", correctAnswer: "2,500" });
    expect(gradeChoice(q, "3,000")).toEqual({ correct: false, chosen: "3,000", correctAnswer: "2,500" });
  });
  it("refuses an answer that is not one of the options, with a plain message", () => {
    expect(() => gradeChoice(q, "2500")).toThrow(AnswerFormatError);
    expect(() => gradeChoice(q, "")).toThrow(/Choose one of the options/);
    expect(() => gradeChoice(q, 3)).toThrow(AnswerFormatError);
  });
});

describe("shuffleOptions", () => {
  it("keeps every option and is reproducible for a seed", () => {
    const a = shuffleOptions(q.options, 42);
    expect([...a].sort()).toEqual([...q.options].sort());
    expect(shuffleOptions(q.options, 42)).toEqual(a);
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => shuffleOptions(q.options, s).join("|")));
    expect(orders.size).toBeGreaterThan(2);
  });
});

it("scorePercent rounds and handles an empty quiz", () => {
  expect(scorePercent(2, 3)).toBe(67);
  expect(scorePercent(0, 0)).toBe(0);
});

describe("pickSpread", () => {
  const items = [
    { id: "a1", source: "d:0" },
    { id: "a2", source: "d:0" },
    { id: "a3", source: "d:0" },
    { id: "b1", source: "d:100" },
    { id: "c1", source: "d:200" },
    { id: "c2", source: "d:200" },
  ];
  it("puts one question per source sentence first, so siblings meet only when the quiz needs them", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const three = pickSpread(items, 3, seed);
      expect(new Set(three.map((id) => items.find((i) => i.id === id)!.source)).size).toBe(3);
      const all = pickSpread(items, 10, seed);
      expect([...all].sort()).toEqual(items.map((i) => i.id).sort());
    }
  });
  it("is deterministic for a seed and varies with it", () => {
    expect(pickSpread(items, 6, 7)).toEqual(pickSpread(items, 6, 7));
    const orders = new Set(Array.from({ length: 10 }, (_, s) => pickSpread(items, 3, s + 1).join(",")));
    expect(orders.size).toBeGreaterThan(1);
  });
});
