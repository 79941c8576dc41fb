// What blind raters of pP flagged in definition cards (decision 019n): a share of a group or a dated story read as what
// a thing is, a name asked as a "term", and a book title from a reading list read as a definition.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { deckOf, readSentence } from "./testing";
import { notWhatItIs } from "./glosses";
import { isApparatusSentence } from "./apparatus";

const wn = loadWordNet()!;

describe("a gloss that is no definition", () => {
  it("a share of a group ('a minority even within the antislavery movement') says nothing of what they stand for", () => {
    expect(notWhatItIs("a minority even within the antislavery movement")).toBe(true);
    expect(notWhatItIs("a small fraction of the voters")).toBe(true);
    // (a portion of a thing is a part, which a definition may name)
    expect(notWhatItIs("the portion of hemoglobin that contains iron")).toBe(false);
  });
  it("a thing's dated story in the past ('a widely recognized problem that did not make it … until … 1967')", () => {
    expect(
      notWhatItIs(
        "a widely recognized problem that did not make it on to the policy agenda until the Air Quality Act of 1967",
      ),
    ).toBe(true);
    expect(notWhatItIs("a problem that did not reach the agenda until much later")).toBe(false);
    expect(notWhatItIs("a law passed in 1967 to limit air pollution")).toBe(false);
  });
});

describe("a name is asked as a name", () => {
  it("'What is the name of a new republic …?', not 'What is the term for …' (Confederate States of America)", () => {
    const items = deckOf(
      "Secession\n\nEleven southern states left the Union to form the Confederate States of America, a new republic dedicated to maintaining and expanding slavery. The Confederate States of America chose Richmond as its capital.",
      "Secession",
      wn,
    );
    const csa = items.find((i) => i.answer === "Confederate States of America" && i.kind === "term");
    expect(csa?.prompt).toBe("What is the name of a new republic dedicated to maintaining and expanding slavery?");
  });
});

describe("a reading list's book title", () => {
  it("is apparatus, not a definition ('A March of Liberty: A Constitutional History of the United States.')", () => {
    expect(isApparatusSentence("A March of Liberty: A Constitutional History of the United States.")).toBe(true);
    expect(isApparatusSentence("Ratification: The People Debate the Constitution, 1787–1788.")).toBe(true);
    expect(isApparatusSentence("Mitosis has four phases: prophase, metaphase, anaphase and telophase.")).toBe(false);
  });
});

describe("a name read whole", () => {
  it("'referred to as the full faith and credit clause' is one name; 'considered structural unemployment' starts at the term", () => {
    const terms = (t: string) => readSentence(t).map((c) => c.term.text);
    expect(
      terms(
        "Article IV, Section 1, referred to as the full faith and credit clause, requires the states to accept court decisions.",
      ),
    ).toContain("full faith and credit clause");
    expect(terms("The cells are called rods and cones, which detect light.")).not.toContain("rods and cones detect");
    const items = deckOf(
      "Unemployment\n\nSome unemployment results from the inflexibility of the labor market, considered structural unemployment, which describes a gap between the skills of workers and the jobs open to them. Structural unemployment lasts longer than frictional unemployment.",
      "Unemployment",
      wn,
    );
    expect(items.filter((i) => /^considered\b/.test(i.answer))).toEqual([]);
  });
});

describe("the reader's scene", () => {
  it("'For example, think about how you feel when you … in front of a roomful of people' states no term", () => {
    expect(
      readSentence(
        "For example, think about how you feel when you have to stand up and give a presentation in front of a roomful of people, or right before taking a big test.",
      ),
    ).toEqual([]);
    expect(readSentence("Stress is a pattern of responses to events that threaten us.").length).toBeGreaterThan(0);
  });
});
