// What blind raters flagged on holdout pool pA (24 OpenStax sections the engine had not seen; start engine): an example
// asked as a term, a gloss that renames an earlier noun, an adverb kept in a cause. Each is gone; the true item beside it
// stays.
import { describe, expect, it } from "vitest";
import { deckOf, readSentence } from "./testing";
import { loadWordNet } from "@/lib/lexicon/wordnet";

const wn = loadWordNet() ?? undefined;
const cards = (text: string) => deckOf(text, text.split("\n")[0]!, wn).map((i) => `${i.prompt} -> ${i.answer}`);

describe("holdout pA's flags", () => {
  it("an example of a kind, explained by 'which means that …', is no term ('What is the term for a dominant trait …?' -> cleft chin)", () => {
    const deck = cards(
      "Genetics\n\nCleft chin is a dominant trait, which means that having the dominant allele from one parent will always result in the phenotype. " +
        "A mutation is a sudden, permanent change in a gene.",
    );
    expect(deck.filter((c) => /cleft chin/i.test(c))).toEqual([]);
    expect(deck.some((c) => c.endsWith("-> mutation"))).toBe(true);
  });
  it("a gloss after a colon that renames a noun named before the term defines nothing ('… reward researchers: a structure …')", () => {
    const said = readSentence(
      "Medical advances would not have been made without an economic structure to support and reward researchers: a structure dependent on profitability.",
    );
    expect(said.filter((c) => c.rel === "definition")).toEqual([]);
    const kept = readSentence("Patients are often given a placebo: a substance that has no therapeutic effect.");
    expect(kept.find((c) => c.rel === "definition")?.term.text).toBe("placebo");
  });
  it("a cause is asked without the adverb before its verb ('The Glorious Revolution also led to …')", () => {
    const deck = cards(
      "England\n\nThe Glorious Revolution also led to the English Toleration Act of 1689, a law passed by Parliament that allowed for greater religious diversity in the Empire. " +
        "The Glorious Revolution was a turning point in English politics.",
    );
    const cause = deck.find((c) => c.startsWith("What led to"));
    expect(cause).toMatch(/-> The Glorious Revolution$/);
    // ("The occupation led to …": the event told before is no answer alone)
    const told = cards(
      "Protest\n\nThe occupation led to a confrontation between the protesters and federal marshals. The occupation lasted seventy-one days in 1973.",
    );
    expect(told.filter((c) => c.startsWith("What led to"))).toEqual([]);
  });
});
