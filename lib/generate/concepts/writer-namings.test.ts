// How textbook writers name and define that the reader missed on sets h62/h63 of this round (biology, statistics,
// management, world history): the writer's own "we call", "X is when …", an aside between the term and "involves",
// a figure reference whose figure the copy lost, and a clause after a semicolon that points back.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { apparatusRanges, cutRanges } from "./apparatus";
import { deckOf, readTriples } from "./testing";
import { restated } from "./glosses";

const wn = loadWordNet()!;

describe("the writer names a term", () => {
  it("'a condition that we call X', 'which we call X': the writer's 'we' names, unlike 'what he called'", () => {
    expect(
      readTriples("Some cells end up with too many chromosomes, a condition that we call aneuploidy.").map((t) => t[1]),
    ).toContain("aneuploidy");
    expect(
      readTriples("Differences in mating seasons, which we call temporal isolation, keep two frog species apart.").map(
        (t) => t[1],
      ),
    ).toContain("temporal isolation");
    expect(readTriples("The protesters were what he called terrorists.").map((t) => t[1])).not.toContain("terrorists");
  });
  it("'We call this situation X.' names what the sentence before described, which the item shows first", () => {
    const items = deckOf(
      "Isolation\n\nSome frog populations move to a pond that no longer overlaps with the range of the parent population. We call this situation ecological isolation.",
      "Isolation",
      wn,
    );
    const cloze = items.find((i) => i.answer === "ecological isolation");
    expect(cloze?.prompt).toBe(
      "Some frog populations move to a pond that no longer overlaps with the range of the parent population. We call this situation _____.",
    );
  });
  it("'X is when …, and Y is when …' defines both terms", () => {
    expect(
      readTriples(
        "Dispersal is when a few members of a species move to a new area, and vicariance is when a river or a valley divides a population.",
      ),
    ).toEqual([
      ["process", "Dispersal", "when a few members of a species move to a new area"],
      ["process", "vicariance", "when a river or a valley divides a population"],
    ]);
  });
  it("an aside between the term and 'involves', and an act named by a long noun phrase", () => {
    expect(
      readTriples(
        "Allopatric speciation (allo- = “other”) involves geographic separation of populations from a parent species and subsequent evolution.",
      ),
    ).toEqual([
      [
        "definition",
        "Allopatric speciation",
        "geographic separation of populations from a parent species and subsequent evolution",
      ],
    ]);
    // "involves many steps …" says how much, not what
    expect(readTriples("Photosynthesis involves many steps that take place in the chloroplast of the cell.")).toEqual(
      [],
    );
  });
  it("'Vicarious learning is learning that …': a kind of act named by a word in -ing, its own head as the genus", () => {
    expect(
      readTriples("Vicarious learning is learning that takes place through the imitation of other role models."),
    ).toEqual([
      ["definition", "Vicarious learning", "learning that takes place through the imitation of other role models"],
    ]);
    expect(readTriples("Running water is cleaner than standing water.")).toEqual([]);
  });
  it("an en dash between words is an appositive's dash ('a placebo treatment–an inactive treatment that …')", () => {
    expect(
      readTriples("The group is given a placebo treatment–an inactive treatment that cannot influence the response."),
    ).toEqual([["definition", "placebo treatment", "an inactive treatment that cannot influence the response"]]);
  });
  it("a definition in brackets after a sentence's first article or after ', or'", () => {
    expect(readTriples("The new state, or sultanate (an area under the rule of a sultan), grew quickly.")).toEqual([
      ["definition", "sultanate", "an area under the rule of a sultan"],
    ]);
    expect(readTriples("The tundra (a treeless plain with frozen subsoil) covers much of the north.")).toEqual([
      ["definition", "tundra", "a treeless plain with frozen subsoil"],
    ]);
  });
  it("'one in which …' restates the term's head to judge the gloss", () => {
    expect(restated("one in which neither side knows", "double-blind experiment", true)).toBe(
      "an experiment in which neither side knows",
    );
    expect(restated("one in which neither side knows", "double-blind experiment")).toBe(
      "one in which neither side knows",
    );
  });
});

describe("what the copy lost and what points back", () => {
  it("', as illustrated in .' and '(such as the web in )' point to a figure the copy lost", () => {
    const t = "Compact bone is organized into subunits called osteons, as illustrated in .";
    expect(cutRanges(t, apparatusRanges(t))).toBe("Compact bone is organized into subunits called osteons.");
    const u = "A grazing food web (such as the lake food web in ) has plants at its base.";
    expect(cutRanges(u, apparatusRanges(u))).toBe("A grazing food web has plants at its base.");
  });
  it("'called _____; these plates serve as struts': the clause after the semicolon that points back goes", () => {
    const items = deckOf(
      "Bone\n\nSpongy bone is made of tiny plates called trabeculae; these plates serve as struts to give the bone strength.",
      "Bone",
      wn,
    );
    expect(items.find((i) => i.answer === "trabeculae")?.prompt).toBe(
      "Spongy bone is made of tiny plates called _____.",
    );
  });
});
