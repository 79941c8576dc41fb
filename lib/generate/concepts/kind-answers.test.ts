// A term answer keeps no kind word before it ("state of leptin resistance"), and no "term for" opens on a verb.
import { describe, expect, it } from "vitest";
import { predicateAnswer, termForAState, withoutKindWord } from "./kind-answers";

describe("the kind of thing an answer is", () => {
  it("stays in the sentence of a blank, with its article", () => {
    expect(
      withoutKindWord(
        "cloze",
        "Individuals with obesity often exhibit a(n) _____, in which neurons …",
        "state of leptin resistance",
        undefined,
      ),
    ).toEqual({
      prompt: "Individuals with obesity often exhibit a state of _____, in which neurons …",
      answer: "leptin resistance",
    });
    expect(
      withoutKindWord("cloze", "The _____ studies all the mRNA of a cell.", "field of transcriptomics", undefined)
        ?.prompt,
    ).toBe("The field of _____ studies all the mRNA of a cell.");
  });

  it("is left out of a card's answer, and an item whose options hold it is dropped", () => {
    expect(
      withoutKindWord("flashcard", "What is the term for the science of …?", "field of transcriptomics", undefined)
        ?.answer,
    ).toBe("transcriptomics");
    expect(
      withoutKindWord("mcq", "What is …?", "process of differentiation", ["process of differentiation", "a", "b", "c"]),
    ).toBeNull();
    expect(withoutKindWord("flashcard", "What is mitosis?", "the process of cell division", undefined)?.answer).toBe(
      "the process of cell division",
    );
  });
});

describe("a 'term for' a state", () => {
  it("is no question, an act a term names is", () => {
    expect(termForAState("What is the term for having the highest risk for dependence?")).toBe(true);
    expect(termForAState("Crystals: What is the term for being the lengths between points in the space lattice?")).toBe(
      true,
    );
    expect(termForAState("What is the term for removing fossils and artifacts from the ground?")).toBe(false);
  });
});

describe("predicateAnswer", () => {
  it("an adjective with its preposition is a property, not a list's members or a ranked thing", () => {
    expect(predicateAnswer("common in males and females")).toBe(true);
    expect(predicateAnswer("eligible for the PSLF program")).toBe(true);
    expect(predicateAnswer("the kidneys, the ureters, and the bladder")).toBe(false);
    expect(predicateAnswer("Richard M. Nixon")).toBe(false);
    expect(predicateAnswer("common stock and preferred stock")).toBe(false);
  });
});
