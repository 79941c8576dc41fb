// A text that speaks to its reader ("What would you have done …?") is a textbook's, not a report's: the names and dates
// of its cases are details of illustrations, held to exposition's bar (concepts/index.ts readerAddress).
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { deckOf } from "./testing";

const story = `Ethics Across Borders

Companies that work in many countries meet rules that clash with their own codes. Consider the case of Nordvik Foods, a Norwegian dairy firm that opened a plant in Jakarta in March 2015. Within a year, Nordvik was accused of paying local officials to speed up its permits. In 2017, Nordvik's chief executive, Lars Aamodt, resigned after an inquiry found that managers had approved the payments. The firm paid $12 million in fines to settle the case.
`;
const questions = `
What would you have done in Aamodt's place? Should a firm follow local custom when it conflicts with the law at home? Which stakeholders would you put first, and why? Your answer depends on which values you hold most dear.
`;
const deck = (text: string) => deckOf(text, "Ethics Across Borders", loadWordNet()!);

describe("a case told to the reader", () => {
  it("asks no date of the case when the text asks its reader what they would do", () => {
    expect(deck(story).map((i) => i.answer)).toContain("2017");
    expect(deck(story + questions).filter((i) => i.kind === "date" || i.answer === "2017")).toEqual([]);
  });
});
