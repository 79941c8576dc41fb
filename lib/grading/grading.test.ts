import { describe, expect, it } from "vitest";
import { AnswerFormatError, gradeChoice, scorePercent, shuffleOptions } from "./index";

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
