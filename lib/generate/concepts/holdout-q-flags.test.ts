// What blind raters of pQ (decision 019n, the fresh pool of this round, then read) flagged: a sentence's own clause read
// as an appositive, a question whose quotation runs open, and an answer cut before its clause ends.
import { describe, expect, it } from "vitest";
import { readSentence } from "./testing";

describe("an appositive is a noun phrase", () => {
  it("'…, principally albumin, the osmotic pressure of the blood falls.' defines nothing ('What is the osmotic pressure of the blood falls?')", () => {
    expect(
      readSentence(
        "Because there is less circulating protein, principally albumin, the osmotic pressure of the blood falls.",
      ),
    ).toEqual([]);
    const lined = readSentence("The gut is lined by enterocytes, the cells that absorb nutrients.");
    expect(lined.map((c) => [c.term.text, c.gloss?.text])).toContainEqual([
      "enterocytes",
      "the cells that absorb nutrients",
    ]);
  });
});
