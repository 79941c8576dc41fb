// From the kept blind ratings of earlier pools and the deck of every rated section: what such a review found that
// no rule yet refused.
import { describe, expect, it } from "vitest";
import { cardItem, clozeItem, readTriples } from "./testing";
import { labelsFigurePart } from "../items/figure-talk";
import { lintItem } from "../items/lint";

const glosses = (text: string) => readTriples(text).filter(([rel]) => rel === "definition");

describe("a clause after a comma is no appositive", () => {
  it("does not read the main clause's subject and its past tense as what the noun before the comma is", () => {
    // (asked as "What is the term for the government also invested heavily in shipbuilding?" -> gunboat)
    expect(
      glosses(
        "Perhaps remembering that Perry’s demands had been dictated from the deck of a gunboat, the government also invested heavily in shipbuilding.",
      ),
    ).toEqual([]);
    expect(
      glosses(
        "Accustomed to representative democracy, jury trials, and the defendant’s right to appear before a judge, the Anglo-American settlers in Texas also disliked the Mexican legal system.",
      ),
    ).toEqual([]);
  });

  it("keeps an appositive whose participle follows an adverb", () => {
    expect(
      glosses(
        "Antigens, the small chemical groups often associated with pathogens, are recognized by receptors on the surface of B and T lymphocytes.",
      ).map(([, term]) => term),
    ).toContain("Antigens");
  });
});

describe("a label of a figure's part", () => {
  it("is one test for the lint and the blanked mention: 'Tube C', 'Sample 2', 'point B', 'Graph A'", () => {
    for (const t of ["Bacteria grew in Tube C.", "Sample 2 was heated.", "the ball at point B", "Graph A and Graph F"])
      expect(labelsFigurePart(t)).toBe(true);
    for (const t of ["vitamin A deficiency", "a Type A personality", "the sample was heated"])
      expect(labelsFigurePart(t)).toBe(false);
  });
});

describe("a place in a sequence by its number", () => {
  const flaws = (prompt: string, answer: string) => lintItem(cardItem(prompt, answer, "x")).flaws;

  it("refuses 'What is stage 3?' and 'step 2b' as an answer, with one list of such places", () => {
    expect(flaws("What is stage 3?", "the deepest stage of sleep")).toContain("figure-reference");
    expect(flaws("What is step 2b?", "the splitting of water")).toContain("figure-reference");
    expect(flaws("What is the first step of glycolysis?", "step 2b")).toContain("answer-is-frame");
  });

  it("keeps a term that opens with such a place: 'stage 1 non-REM sleep'", () => {
    expect(flaws("What is stage 1 non-REM sleep?", "a transitional stage from wakefulness to sleep")).not.toContain(
      "figure-reference",
    );
  });
});

describe("a word of the stem spelled out as the answer", () => {
  const cloze = (prompt: string, answer: string) =>
    clozeItem(prompt, answer, "term", prompt.replace("a(n) _____", `a ${answer}`));
  it("refuses 'Carbanion: a(n) _____, or …' -> carbon anion", () => {
    const flaws = lintItem(
      cloze(
        "Carbanion: a(n) _____, or substance that contains a trivalent, negatively charged carbon atom.",
        "carbon anion",
      ),
    ).flaws;
    expect(flaws).toContain("stem-repeats-key");
  });
  it("keeps a blank whose answer only shares a first syllable with a word of the stem", () => {
    const flaws = lintItem(
      cloze("A carbon atom bonded to four different groups is called a(n) _____.", "chirality center"),
    ).flaws;
    expect(flaws).not.toContain("stem-repeats-key");
  });
});
