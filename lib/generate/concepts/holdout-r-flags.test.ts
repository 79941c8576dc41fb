// Forms the blind raters of the fresh samples pM-pR accepted least, read after pR was rated: a condition asked as
// "Under what conditions …?", a blank whose answer is a phrase of everyday words, a blank of a term of little weight.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { conditionCard } from "./process-items";
import { commonPhrase } from "./mention-items";
import { deckOf } from "./testing";

const wordnet = loadWordNet()!;

describe("a condition that defines its term is asked for the term", () => {
  it("'X occurs when …' -> 'What occurs when …?'", () => {
    expect(
      conditionCard("occurs", "when a caretaker intentionally deprives an older person of care.", "elder abuse"),
    ).toBe("What occurs when a caretaker intentionally deprives an older person of care?");
    expect(conditionCard("happen", "when we think an outcome was inevitable after the fact", "hindsight bias")).toBe(
      "What happens when we think an outcome was inevitable after the fact?",
    );
  });
  it("not where the clause spells the term, not for another verb, not for 'something similar'", () => {
    // ("secondary deviance" … "labeled deviant": the card would give its answer away)
    expect(conditionCard("occurs", "when a person is labeled deviant", "secondary deviance")).toBeNull();
    expect(conditionCard("begins", "when the stem cell is exposed to stimuli", "hemopoiesis")).toBeNull();
    expect(conditionCard("happens", "when a raindrop strikes water", "something similar")).toBeNull();
  });
  it("in a deck: the card asks for the term, not for its conditions", () => {
    const text =
      "Memory Errors\n\nMemory is not a perfect record. Retroactive interference happens when information learned more recently hinders the recall of older information. Retroactive interference grows with the similarity of the two lists. Proactive interference is the reverse case. Both kinds of interference make memory less reliable.";
    const card = deckOf(text, "Memory Errors", wordnet).find((i) => i.answer === "retroactive interference");
    expect(card?.prompt).toBe(
      "What happens when information learned more recently hinders the recall of older information?",
    );
  });
});

describe("a blank whose answer is a phrase of everyday words", () => {
  it("'political parties', 'control groups', 'solar wind' are common phrases; technical terms are not", () => {
    expect(commonPhrase("political parties", wordnet)).toBe(true);
    expect(commonPhrase("control groups", wordnet)).toBe(true);
    expect(commonPhrase("solar wind", wordnet)).toBe(true);
    expect(commonPhrase("degeneracy pressure", wordnet)).toBe(false);
    expect(commonPhrase("capillary bed", wordnet)).toBe(false);
    // (one word is the everyday-word rule's)
    expect(commonPhrase("state", wordnet)).toBe(false);
  });
});
