// A book's front matter speaks of the book, not the subject: no item from its license, art attribution or editions.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { deckOf } from "./testing";
import { isMetaDiscourse } from "./apparatus";

describe("front matter", () => {
  it("is talk about the text, and a preface gives no item", () => {
    expect(
      isMetaDiscourse("To maximize readability and content flow, some art does not include attribution in the text."),
    ).toBe(true);
    expect(
      isMetaDiscourse("OpenStax only undertakes revisions when significant modifications to a text are necessary."),
    ).toBe(true);
    expect(isMetaDiscourse("Politics is the process by which groups make decisions.")).toBe(false);
    const text = `Preface

Art Attribution

To maximize readability and content flow, some art does not include attribution in the text. This textbook is licensed under a Creative Commons Attribution 4.0 International license, which means that you can distribute, remix, and build upon the content. OpenStax only undertakes revisions when significant modifications to a text are necessary. Errata are corrected as they are reported by readers.
`;
    const items = deckOf(text, "Preface", loadWordNet()!);
    expect(items.map((i) => i.prompt)).toEqual([]);
  });
});
