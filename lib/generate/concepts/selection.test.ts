import { describe, expect, it } from "vitest";
import type { ConceptItem } from "./item-kit";
import { selectItems } from "./selection";

function item(form: string, term: string, sentKey: string, score: number): ConceptItem {
  const prompt = `${form} ${term} ${sentKey}: _____`;
  return {
    item: { id: prompt, type: "cloze", kind: "term", prompt, answer: term, citations: [], form },
    doc: 0,
    sentKey,
    term,
    score,
    stated: form !== "mention",
  };
}

describe("selectItems", () => {
  it("blanks a mention of a term only where the deck does not ask it where introduced", () => {
    const defined = item("definition", "market", "0:0", 5);
    const introduced = item("introduced", "adverse selection", "0:0", 4);
    const mention = item("mention", "adverse selection", "0:100", 3.9);
    // (the sentence that introduces the term already gives an item: the introduced one is not kept, the mention is)
    expect(selectItems([defined, introduced, mention])).toEqual([defined, mention]);
    const alone = item("introduced", "adverse selection", "0:200", 4);
    expect(selectItems([defined, alone, introduced, mention])).toEqual([defined, alone]);
  });
});
