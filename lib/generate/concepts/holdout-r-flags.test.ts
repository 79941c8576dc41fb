// Forms the blind raters of the fresh samples pM-pR accepted least, read after pR was rated: a condition asked as
// "Under what conditions …?", a blank whose answer is a phrase of everyday words, a blank of a term of little weight.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { conditionCard } from "./process-items";
import { commonPhrase } from "./mention-items";
import { partWithoutWhole } from "./glosses";
import { deckOf } from "./testing";

const wordnet = loadWordNet()!;

describe("a condition that defines its term is asked for the term", () => {
  it("'X occurs when …' and 'X happens when …' -> 'What is it called when …?' (pAP's and fK's raters: \"What happens\" and \"What occurs\" ask for an outcome)", () => {
    expect(
      conditionCard("occurs", "when a caretaker intentionally deprives an older person of care.", "elder abuse"),
    ).toBe("What is it called when a caretaker intentionally deprives an older person of care?");
    expect(conditionCard("happen", "when we think an outcome was inevitable after the fact", "hindsight bias")).toBe(
      "What is it called when we think an outcome was inevitable after the fact?",
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
      "What is it called when information learned more recently hinders the recall of older information?",
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

describe("what pR's raters flagged", () => {
  it("a part without its whole is asked 'What is X?', not for the term ('a division of a lobe')", () => {
    expect(partWithoutWhole("a division of a lobe")).toBe(true);
    expect(partWithoutWhole("an extension of the epidermis")).toBe(true);
    expect(partWithoutWhole("the fluid portion of the blood")).toBe(false);
    expect(partWithoutWhole("a division of the nervous system that controls the glands")).toBe(false);
    expect(partWithoutWhole("the layer where the Sun becomes opaque")).toBe(false);
    const text =
      "The Lungs\n\nEach lung is divided into lobes. A bronchopulmonary segment is a division of a lobe, and each lobe houses multiple bronchopulmonary segments. Each bronchopulmonary segment receives air from its own tertiary bronchus. A bronchopulmonary segment can be removed in surgery without harming the others.";
    const prompts = deckOf(text, "The Lungs", wordnet).map((i) => i.prompt);
    expect(prompts).not.toContain("What is the term for a division of a lobe?");
  });
  it("a ranking cut at 'both' ('the primary export of both Virginia') is no card", () => {
    const text =
      "The Southern Colonies\n\nTobacco was the primary export of both Virginia and North Carolina. Tobacco farming exhausted the soil within a few years. Planters moved west in search of fresh land for tobacco. The primary export of South Carolina was rice. Rice cultivation depended on the knowledge of enslaved Africans.";
    const prompts = deckOf(text, "The Southern Colonies", wordnet).map((i) => i.prompt);
    expect(prompts.filter((p) => /\bboth\b/.test(p) && !/\band\b/.test(p))).toEqual([]);
  });
  it("a past form after 'a term that …' is a verb, no name ('a term that many antiwar Democrats accepted')", () => {
    const text =
      "Opposition to the War\n\nNorthern Democrats railed against Lincoln and the war. Republicans labeled these vocal opponents of the President Copperheads, a term that many antiwar Democrats accepted. The Copperheads called for an armistice with the Confederacy. Copperheads were strongest in the states of the Old Northwest.";
    const answers = deckOf(text, "Opposition to the War", wordnet).map((i) => i.answer);
    expect(answers).not.toContain("accepted");
  });
});
