// What blind raters flagged on pool pE (rated on the engine of the session's start; a learning pool from then on), in
// sentences written for the tests in the shape of the flagged ones.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { deckOf, readSentence } from "./testing";
import { apparatusRanges, cutRanges } from "./apparatus";
import { abbreviationGivesAway, effectAtEnd } from "./mention-items";

const wn = loadWordNet()!;
const cards = (text: string) => deckOf(text, text.split("\n")[0]!, wn).map((i) => `${i.prompt} -> ${i.answer}`);

describe("who ranks first", () => {
  it("'X was the first African American to …' asks 'Who was …?', not 'What was …?'", () => {
    const c = readSentence(
      "In 1931, Inez Beverly Prosser was the first African American woman to earn a doctorate in psychology.",
    ).find((x) => x.rel === "superlative");
    expect(c?.cue).toBe("In 1931, who was the first African American woman to earn a doctorate in psychology?");
  });
});

describe("an in-text citation without a year", () => {
  it("'(CDC, n.d.)' is apparatus, cut from a prompt like '(Smith, 2012)'", () => {
    const t = "“any harm done to a child through a screen” (WHO, n.d.)";
    expect(cutRanges(t, apparatusRanges(t))).toBe("“any harm done to a child through a screen”");
  });
});

describe("a definition between dashes", () => {
  it("'X—the …—is an efficient form of Y': the card asks what X is by the dashes, not by the judgement after them", () => {
    const defs = readSentence(
      "Active transport—the movement of ions against their gradient—is an efficient use of cell energy.",
    ).filter((c) => c.rel === "definition");
    expect(defs.map((c) => c.gloss?.text)).toEqual(["the movement of ions against their gradient"]);
  });
});

describe("prompts that lean on what came before", () => {
  it("'… built a much more powerful telescope called _____': more powerful than what?", () => {
    const deck = cards(
      "Space Telescopes\n\nThe first space telescope for infrared light was launched in 1983. Later, the agency built a much more powerful infrared observatory called Spitzer. Infrared light passes through the dust that hides young stars.",
    );
    expect(deck.some((c) => /called _____/.test(c))).toBe(false);
  });
  it("'Initially, the body responds to _____ by …', 'Ideally, the _____ will …': a step or a wish, no blank", () => {
    const deck = cards(
      "Blood Loss\n\nShock is a life-threatening condition of low blood flow. Shock often follows hemorrhage, the loss of blood from damaged vessels. Hemorrhage is the loss of blood. Initially, the body responds to hemorrhage by constricting arterioles and raising the heart rate to protect the flow of blood. Ideally, the clotting cascade will seal the damaged vessel within minutes of the injury. The clotting cascade is a series of reactions that forms a clot.",
    );
    expect(deck.some((c) => /^(?:Initially|Ideally), .*_____/.test(c))).toBe(false);
  });
});

describe("blanks a student fills without the text", () => {
  it("the abbreviation beside the blank spells it: 'in _____ must be 1.52 AU' -> astronomical units", () => {
    const t = "Thus, the semimajor axis of Mars in astronomical units must be 1.52 AU.";
    const a = t.indexOf("astronomical units");
    expect(abbreviationGivesAway(t, { text: "astronomical units", a, b: a + 18 })).toBe(true);
    const u = "The semimajor axis of Mars is 1.52 astronomical units.";
    const b = u.indexOf("astronomical units");
    expect(abbreviationGivesAway(u, { text: "astronomical units", a: b, b: b + 18 })).toBe(false);
    // a phrase read with a bracket in it ("(autonomic nervous") has no initials to look for (it threw on holdout pH)
    const v = "Signals of the (autonomic nervous) system reach the heart.";
    expect(abbreviationGivesAway(v, { text: "(autonomic nervous", a: 15, b: 33 })).toBe(false);
  });
  it("what a chain of effects reaches at the end: '…, and thereby contribute to _____.'", () => {
    expect(effectAtEnd("Chemoreceptors sense oxygen and thereby contribute to ", ".")).toBe(true);
    expect(effectAtEnd("Changes in diameter affect resistance and flow, which affect ", ".")).toBe(true);
    expect(effectAtEnd("Chemoreceptors contribute to ", " by sensing oxygen.")).toBe(false);
  });
});

describe("a gloss ends where a sentence that lost its opening name begins", () => {
  it("'… openness to experience. provides a brief overview of each trait.' is no part of the gloss", () => {
    const deck = cards(
      "Personality Traits\n\nThe HEXACO model is an acronym for six broad traits: honesty-humility, emotionality, extraversion, agreeableness, conscientiousness, and openness to experience. provides a brief overview of each trait. Traits are stable across the lifespan.",
    );
    expect(deck.some((c) => /brief overview/.test(c))).toBe(false);
  });
});

describe("a classification of an unnamed school", () => {
  it("'Some scholars divide languages into three families: …' is no list card; a named one is", () => {
    const deck = cards(
      "Language Families\n\nLinguists compare the sounds and grammar of languages. Some scholars divide the world's languages into three types: isolating languages, agglutinative languages, and fusional languages. Sapir divided the world's languages into three types: analytic languages, synthetic languages, and polysynthetic languages.",
    );
    expect(deck.some((c) => /^Some scholars/.test(c))).toBe(false);
    expect(deck.some((c) => /^Sapir divided .*_____/.test(c))).toBe(true);
  });
});
