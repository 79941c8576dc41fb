import { describe, expect, it } from "vitest";
import { generateDeck } from "../index";
import { tokenize } from "./nlp";

const words = (text: string) => tokenize(text, 0, text.length).map((t) => t.v);

// wink keeps a possessive before a mark ("the firm’s, managers") as one token and adds it to its lexicon, which lives as
// long as the process: every later text then read "firm’s" as one word. Each test uses a possessor of its own.
describe("a deck does not depend on the texts read before it in the same process", () => {
  it("reads a possessive the same before and after a text with that possessive before a comma", () => {
    const text = "The Zelborn’s products are good.";
    const before = words(text);
    expect(before).toEqual(["The", "Zelborn", "’s", "products", "are", "good", "."]);
    words("As well as the Zelborn’s, managers said it. It was the Zelborn’s.");
    expect(words(text)).toEqual(before);
    // (and with a straight apostrophe)
    const straight = "The Quorvan's products are good.";
    const first = words(straight);
    words("As well as the Quorvan's, managers said.");
    expect(words(straight)).toEqual(first);
  });

  it("keeps each token's offsets on the text as written", () => {
    const text = "As well as the Pemrick’s, managers said (as did the Pemrick’s).";
    for (const t of tokenize(text, 0, text.length)) expect(text.slice(t.s, t.e)).toBe(t.v);
    expect(words(text)).toContain("’s");
  });

  it("gives the same deck for the same document before and after another", () => {
    const a = {
      id: "a",
      title: "Intangible Assets",
      path: "a.txt",
      text: "Intangible Assets\n\nIntangible assets have no physical substance but they carry value for their owners over many years. A company’s trademark is the exclusive right to the name, term, or symbol it uses to identify itself or its products. Patents protect inventions for a limited period, after which others may use them freely.",
    };
    const b = {
      id: "b",
      title: "Budgets",
      path: "b.txt",
      text: "Budgets\n\nManagers compare results with the plan as well as the company’s, and they report every quarter.",
    };
    const deck = (d: typeof a) => generateDeck([d], { seed: 1 }).items.map((i) => [i.prompt, i.answer]);
    const first = deck(a);
    deck(b);
    // (before: "What is the term for the exclusive right to the name, …?" -> "company’s trademark")
    expect(deck(a)).toEqual(first);
  });
});
