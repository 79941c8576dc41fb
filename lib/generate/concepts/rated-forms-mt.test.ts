// What the blind ratings of pM-pT showed across forms: a blank in an opening subordinate clause, a short indefinite
// gloss asked for its term, "another" after a preposition of exchange read as a pointer, a term cut after an adverb.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { backgroundedBlank } from "./backgrounded";
import { unresolvedReference } from "./flaws";
import { thinGloss } from "./glosses";
import { termOk } from "./phrase";
import { deckOf, readTriples } from "./testing";

const wordnet = loadWordNet()!;

describe("a blank in the sentence's opening subordinate clause", () => {
  it("is background, not the point", () => {
    expect(
      backgroundedBlank("As the core is stabilized by _____, a last shudder of fusion passes through the star."),
    ).toBe(true);
    expect(
      backgroundedBlank(
        "Similar to the muscles that position the _____, muscles that cross the shoulder joint move the arm.",
      ),
    ).toBe(true);
    // (a context sentence before it: the clause of the blank's own sentence counts)
    expect(backgroundedBlank("Stars age. When a(n) _____ is charted, the planets must first be located.")).toBe(true);
  });
  it("a blank in the main clause stays", () => {
    expect(backgroundedBlank("While an algorithm must be followed exactly, a(n) _____ is a general framework.")).toBe(
      false,
    );
    expect(backgroundedBlank("When William Howard Taft became president in 1909, he chose the _____.")).toBe(false);
    expect(backgroundedBlank("The _____ (a layer) lies below the skin, as the text says.")).toBe(false);
    // (a comma inside parentheses does not close the clause)
    expect(backgroundedBlank("If the cell (a neuron, say) fires, the _____ opens.")).toBe(false);
  });
});

describe("a short indefinite gloss", () => {
  it("has at most five words of content", () => {
    expect(thinGloss("a hormone secreted by the thyroid gland")).toBe(true);
    expect(thinGloss("a mixture of glycoproteins and collagen")).toBe(true);
    expect(thinGloss("the fluid portion of the blood")).toBe(false);
    expect(thinGloss("a transparent piece of material that bends the rays of light passing through it")).toBe(false);
  });
  it("is asked 'What is X?', so the one true answer is the gloss", () => {
    const text =
      "The Thyroid\n\nThe thyroid gland makes several hormones. Calcitonin is a hormone secreted by the thyroid gland. Calcitonin lowers blood calcium. Thyroxine raises the metabolic rate.";
    const items = deckOf(text, "The Thyroid", wordnet).map((i) => `${i.prompt} -> ${i.answer}`);
    expect(items).toContain("What is calcitonin? -> a hormone secreted by the thyroid gland");
    expect(items.some((p) => p.startsWith("What is the term for a hormone"))).toBe(false);
  });
});

describe("'another' after a preposition of exchange", () => {
  it("is a different one of a kind, not one more of a list", () => {
    expect(
      unresolvedReference("Many species respond to chemical messages, known as _____, sent by another individual."),
    ).toBe(false);
    expect(unresolvedReference("In another study, _____ was found to lower anxiety.")).toBe(true);
  });
});

describe("a term cut after a frequency adverb", () => {
  it("is no term", () => {
    expect(termOk("Pheromonal communication often")).toBe(false);
    expect(termOk("pheromonal communication")).toBe(true);
  });
});

describe("a particular thing measured", () => {
  it("is no definition of its name ('The comet nucleus is … about 5 kilometers across')", () => {
    const text =
      "Comets\n\nComets are small icy bodies. In 2014, Rosetta began a gradual approach to the comet nucleus, which is a strangely misshapen object about 5 kilometers across. The comet nucleus is dark.";
    const prompts = deckOf(text, "Comets", wordnet).map((i) => `${i.prompt} -> ${i.answer}`);
    expect(prompts.some((p) => p.includes("about 5 kilometers across") && p.startsWith("What is"))).toBe(false);
  });
});

describe("a part named after its description", () => {
  it("'The upper margin of the anterior orbit is the supraorbital margin.' defines the name", () => {
    expect(readTriples("The upper margin of the anterior orbit is the supraorbital margin.")).toContainEqual([
      "definition",
      "supraorbital margin",
      "the upper margin of the anterior orbit",
    ]);
  });
  it("a superlative, an adjective or a description that is no part names nothing", () => {
    expect(readTriples("The outer edge of the cell is the most fragile.")).toEqual([]);
    expect(readTriples("The result of the vote is the same.")).toEqual([]);
    expect(
      readTriples("The third branch of the U.S. government is the judicial system.").some(
        (t) => t[0] === "definition" && t[2] === "the third branch of the U.S. government",
      ),
    ).toBe(false);
  });
});
