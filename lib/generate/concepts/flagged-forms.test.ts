// Items h35's blind rater flagged (biology, chemistry and calculus sections), each rule checked on its own sentence.
import { describe, expect, it } from "vitest";
import { readTriples } from "./testing";
import { blankFlaws } from "./flaws";
import { stemInside, vagueGloss } from "./glosses";
import { isMetaDiscourse } from "./apparatus";
import { insideOf } from "./mention-items";

describe("what a sentence does not define", () => {
  it("'a dam, or a person about to skydive': one indefinite thing or another is an alternative", () => {
    const t = readTriples(
      "Other examples of potential energy include water's energy held behind a dam, or a person about to skydive from an airplane.",
    );
    expect(t.filter((x) => x[1] === "dam")).toEqual([]);
  });
  it("', which is a general assumption of evolution' speaks of the whole clause, not of the noun before it", () => {
    const t = readTriples(
      "The first is that living things are related by descent from a common ancestor, which is a general assumption of evolution.",
    );
    expect(t.filter((x) => x[1] === "common ancestor")).toEqual([]);
  });
  it("'were first found in …' is a participle the tagger may read as a noun, no gloss", () => {
    expect(readTriples("Ediacaran fossils were first found in the Ediacaran hills of Southern Australia.")).toEqual([]);
    expect(readTriples("Income is money earned from work.")[0]?.[1]).toBe("Income");
  });
  it("'the most reactive in group 12' lacks its noun; 'the lightest of the … metals' has it", () => {
    expect(vagueGloss("the most reactive in group 12")).toBe(true);
    expect(vagueGloss("the lightest of the widely used structural metals")).toBe(false);
  });
});

describe("names", () => {
  it("'a single clade, also called a monophyletic group': the count is no part of the name", () => {
    const t = readTriples(
      "Consequently, all of these organisms also have amniotic eggs and make a single clade, also called a monophyletic group.",
    );
    expect(t).toContainEqual(["alias", "clade", "monophyletic group"]);
  });
  it("'call reactions that … exergonic reactions': a kind named at the end by its own plural noun", () => {
    expect(
      readTriples(
        "Scientists call reactions that have a negative ∆G and consequently release free energy exergonic reactions.",
      ),
    ).toContainEqual([
      "naming",
      "exergonic reactions",
      "reactions that have a negative ∆G and consequently release free energy",
    ]);
  });
  it("'animals with no pattern or symmetry' spells 'asymmetrical' by its negated stem", () => {
    expect(stemInside("animals with no pattern or symmetry", "asymmetrical animals")).toBe(true);
    expect(stemInside("animals with a plane of symmetry", "asymmetrical animals")).toBe(false);
  });
});

describe("blanks and sentences that cannot be asked", () => {
  it("a term's possessive blank, a number cut from its series, a variable, a layout label, a formula cut off", () => {
    const q = "The activation energy's source is heat.";
    expect(blankFlaws("The _____'s source is heat.", "activation energy", q, true)).toEqual(["possessive-blank"]);
    expect(blankFlaws("According to _____'s worldview, Russia cannot be vanquished.", "Putin", q, false)).toEqual([]);
    expect(blankFlaws("It occurs for the metals in _____ and 2.", "groups 1", q, true)).toEqual(["number-series-cut"]);
    expect(blankFlaws("For any _____, the limit of f(x) is L.", "function f", q, true)).toEqual(["variable-answer"]);
    expect(blankFlaws("(Informal) We say the _____ has a limit.", "function", q, true)).toEqual(["layout-label"]);
    expect(blankFlaws("We say the _____ has a limit at infinity and write", "function", "… and write", true)).toEqual([
      "cut-before-formula",
    ]);
    expect(blankFlaws("The _____ is a table of the elements.", "periodic table", q, true)).toEqual([]);
  });
  it("'Earlier, we used the terms … to define …' is talk about the text", () => {
    expect(
      isMetaDiscourse(
        "Earlier, we used the terms arbitrarily close, arbitrarily large, and sufficiently large to define limits at infinity informally.",
      ),
    ).toBe(true);
  });
  it("'group 1 of the _____': a blank after a numbered part's 'of' completes a set phrase", () => {
    expect(insideOf("The alkali metals lithium, sodium and francium constitute group 1 of the ", ".")).toBe(true);
    expect(insideOf("Negative feedback is the maintenance of ", ".")).toBe(false);
  });
});
