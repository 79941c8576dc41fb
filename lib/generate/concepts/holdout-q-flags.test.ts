// What blind raters of pQ (decision 019n, the fresh pool of this round, then read) flagged: a sentence's own clause read
// as an appositive, a question whose quotation runs open, and an answer cut before its clause ends.
import { describe, expect, it } from "vitest";
import { deckOf, readSentence } from "./testing";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { generateDeck } from "..";
import { asksQuotedSpeaker } from "../items/deck-builder";

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

describe("who said it, in a textbook", () => {
  it("a long or open quotation's speaker is not asked; who coined a short phrase is", () => {
    expect(
      asksQuotedSpeaker(
        "Who described the Paxton Boys as the barbarous Men who committed the atrocious act, in Defiance of Government, of all Laws human and divine?",
      ),
    ).toBe(false);
    expect(
      asksQuotedSpeaker(
        "Who described the Paxton Boys as “the barbarous Men who committed the atrocious act, in Defiance of Government?",
      ),
    ).toBe(true);
    expect(asksQuotedSpeaker("Who said that “not only attacks on the people in the United States”?")).toBe(true);
    expect(asksQuotedSpeaker("Who coined the phrase “Gilded Age” in a book he co-authored in 1873?")).toBe(false);
  });
});

describe("a cause is a noun phrase", () => {
  it("'The Sugar Act suggested that some … labored to deprive them of what made them uniquely British' asks no cause", () => {
    const items = generateDeck(
      [
        {
          id: "s",
          title: "The Sugar Act",
          text: "In 1764 Parliament passed the Sugar Act. All subjects of the British crown knew they had liberties under the constitution. The Sugar Act suggested that some in Parliament labored to deprive them of what made them uniquely British. Merchants in Boston protested the act in 1764.",
        },
      ],
      { seed: 1, maxItemsPer1000Words: 1000 },
    ).items;
    expect(items.filter((i) => i.kind === "cause" && /\bwhat$/.test(i.answer))).toEqual([]);
  });
});

describe("a process told whole", () => {
  it("'occur when neutrinos escape …, deposit …, and cause it to blow out …' keeps its last step; a new clause stays out", () => {
    const glosses = (t: string) => readSentence(t).map((c) => c.gloss?.text);
    expect(
      glosses(
        "Supernova explosions occur when neutrinos escape from the cores of collapsing stars, deposit some of their energy in the surrounding stellar envelope, and cause it to blow out and away into space.",
      )[0],
    ).toMatch(/and cause it to blow out and away into space$/);
    expect(glosses("Edema occurs when fluid leaks from the capillaries, and the tissues swell as a result.")[0]).toBe(
      "when fluid leaks from the capillaries",
    );
  });
});

describe("a gloss that spells its term", () => {
  it("'a type of veto that … nullifies certain lines of spending' asks 'What is a line-item veto?', not for the term", () => {
    const items = deckOf(
      "Budget Powers\n\nA line-item veto is a type of veto that keeps the majority of a spending bill unaltered but nullifies certain lines of spending within it. Many governors hold the line-item veto, but the president does not.",
      "Budget Powers",
      loadWordNet()!,
    );
    expect(items.filter((i) => i.answer === "line-item veto")).toEqual([]);
    expect(items.some((i) => /^What is a line-item veto\?$/.test(i.prompt))).toBe(true);
  });
});

describe("the article the text gives a term", () => {
  it("'begin with a reactant, the general term for …' asks 'What is a reactant?' (not 'What is reactant?')", () => {
    const items = deckOf(
      "Chemical Reactions\n\nChemical reactions occur when chemical bonds between atoms are formed or broken. All chemical reactions begin with a reactant, the general term for the one or more substances that enter into the reaction. Sodium and chloride ions, for example, are the reactants in the production of table salt. The one or more substances produced by a chemical reaction are called the product. In chemical reactions, the components of the reactants are all present in the products.",
      "Chemical Reactions",
      loadWordNet()!,
    );
    expect(items.map((i) => i.prompt)).toContain("What is a reactant?");
  });
});
