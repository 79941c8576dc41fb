// Flaws a student would notice: the prompt gives the answer away, an option of another kind, a citation year.
import { describe, expect, it } from "vitest";
import type { Item } from "../types";
import { extraFlaws, shapeOf, stemInPrompt } from "./flaws";

describe("giveaways", () => {
  it("a word of the answer, its stem or its opposite in the prompt gives it away", () => {
    expect(
      stemInPrompt("Exogenous drugs come from outside the body; _____ ones are made inside it.", "endogenous"),
    ).toBe(true);
    expect(stemInPrompt("Drugs can act as agonists or _____ for a neurotransmitter system.", "antagonists")).toBe(true);
    expect(stemInPrompt("The formal rules are written; the _____ are practised.", "informal rules")).toBe(true);
    expect(stemInPrompt("Colloidal dimensions are reached when _____ are prepared.", "colloids")).toBe(true);
    expect(stemInPrompt("Propranolol blocks beta receptors, and so does _____.", "metoprolol")).toBe(true);
    expect(stemInPrompt("The emissaries were referred to as X, Y, and Z in the _____.", "XYZ affair")).toBe(true);
  });
  it("a sibling sharing the head noun, or an unrelated prompt, gives nothing away", () => {
    expect(stemInPrompt("Ionic bonds are weaker than _____ in biological systems.", "covalent bonds")).toBe(false);
    expect(stemInPrompt("The _____ binds to any receptor that it fits.", "neurotransmitter")).toBe(false);
    expect(stemInPrompt("The _____ is marked by rapid movements of the eyes.", "REM sleep")).toBe(false);
  });
});

const item = (over: Partial<Item>): Item => ({
  id: "i",
  type: "mcq",
  kind: "date",
  prompt: "p",
  answer: "a",
  citations: [{ documentId: "d", start: 0, end: 1, quote: "q" }],
  ...over,
});

describe("flaws of any item", () => {
  it("an option of another shape than the key: a year among names, a name among numbers", () => {
    expect(shapeOf("1917")).toBe("year");
    expect(shapeOf("2,500")).toBe("number");
    expect(extraFlaws(item({ answer: "1917", options: ["1917", "1921", "Lenin", "1905"] }))).toContain(
      "option-category",
    );
    expect(extraFlaws(item({ answer: "1917", options: ["1917", "1921", "1914", "1905"] }))).not.toContain(
      "option-category",
    );
  });
  it("a citation's year is never the answer", () => {
    const quote = "Memory improves with sleep (Brown, 2012).";
    expect(
      extraFlaws(
        item({ type: "cloze", answer: "2012", citations: [{ documentId: "d", start: 0, end: quote.length, quote }] }),
      ),
    ).toContain("citation-year-answer");
  });
  it("a prompt that opens on a reference to the sentence before", () => {
    expect(extraFlaws(item({ type: "cloze", prompt: "Still others argue that _____ matters." }))).toContain(
      "dangling-start",
    );
    expect(extraFlaws(item({ type: "cloze", prompt: "This value is reported to the _____." }))).toContain(
      "dangling-start",
    );
    expect(
      extraFlaws(item({ type: "cloze", prompt: "The control center compares the value to the _____." })),
    ).not.toContain("dangling-start");
  });
  it("a reference the prompt does not resolve: a pronoun with no name before it, a demonstrative, a cut sentence", () => {
    const flaws = (prompt: string) => extraFlaws(item({ type: "cloze", prompt }));
    expect(flaws("Weeks later, no one knows where he is, and Tokayev removed him as head of the _____.")).toContain(
      "unresolved-reference",
    );
    expect(flaws("The ministers met twice, and at these meetings _____ was the main topic.")).toContain(
      "unresolved-reference",
    );
    expect(flaws("In some ways, this is easier for the local regimes: Russia and _____ make no demands.")).toContain(
      "unresolved-reference",
    );
    expect(flaws("… its partner in the Eurasian Economic Union, across a border of _____ kilometers.")).toContain(
      "unresolved-reference",
    );
    expect(
      flaws("Masimov was seen as Nazarbayev's overseer in the team of his successor, President _____."),
    ).not.toContain("unresolved-reference");
    expect(
      flaws("The CSTO's members are sending troops. This is the bloc's first engagement since _____."),
    ).not.toContain("unresolved-reference");
    expect(flaws("_____ announced that he had invited the troops.")).not.toContain("unresolved-reference");
  });
  it("a reference back inside the prompt: an abbreviation's period ends no sentence, 'such', 'since that time', 'as well'", () => {
    const flaws = (prompt: string) => extraFlaws(item({ type: "cloze", prompt }));
    expect(
      flaws(
        "The fact that 78 percent of U.S. adults agree may explain why support did not fall after this decision; _____.",
      ),
    ).toContain("unresolved-reference");
    expect(flaws("More such disputes took place during the administrations of _____ and Bill Clinton.")).toContain(
      "unresolved-reference",
    );
    expect(flaws("Several incidents since that time have caused the _____ to expand.")).toContain(
      "unresolved-reference",
    );
    expect(flaws("In the U.S., some group culture into three categories as well: _____.")).toContain(
      "unresolved-reference",
    );
    expect(flaws("Drugs such as _____ block the receptor.")).not.toContain("unresolved-reference");
  });
});
