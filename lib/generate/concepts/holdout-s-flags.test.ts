// What the blind raters of pS flagged, read after pS was rated: a main clause read as an appositive after a
// subordinate clause, a figure's panel letters left in a prompt, an answer cut from its list or its alternative, a
// gloss run on into a second verb, a name written in lower case.
import { describe, expect, it } from "vitest";
import { tokenize } from "../read/nlp";
import { apparatusRanges, cutRanges } from "./apparatus";
import { embeddedDefinitions } from "./embedded";
import { deckOf, readTriples } from "./testing";
import { loadWordNet } from "../../lexicon/wordnet";

describe("a clause after a subordinate clause is no appositive", () => {
  it("'…, and, once the United States entered the war, the OPA regulated prices …' defines no war", () => {
    const t =
      "In April 1941, Roosevelt created the Office of Price Administration (OPA), and, once the United States entered the war, the OPA regulated prices and attempted to combat inflation.";
    expect(embeddedDefinitions(t, 0, tokenize(t, 0, t.length))).toEqual([]);
  });
  it("an appositive after the main clause's noun is still read", () => {
    expect(
      readTriples(
        "When prices rose, such societies were held together by mechanical solidarity, a type of social order based on shared beliefs.",
      ),
    ).toContainEqual(["definition", "mechanical solidarity", "a type of social order based on shared beliefs"]);
  });
});

describe("a figure's panel letters", () => {
  it("'(a,b)', '(b–d)' and '(a and b)' before a stop are cut", () => {
    for (const panel of ["(a,b)", "(b–d)", "(a and b)", "(a, c)"]) {
      const t = `The myosin head attaches to the actin while ADP is still bound to myosin ${panel}.`;
      expect(cutRanges(t, apparatusRanges(t))).toBe(
        "The myosin head attaches to the actin while ADP is still bound to myosin.",
      );
    }
  });
  it("a list's own letters stay", () => {
    const v = "Bonds are of two kinds: (a) ionic bonds and (b) covalent bonds.";
    expect(cutRanges(v, apparatusRanges(v))).toBe(v);
  });
});

describe("answers read whole, names kept as written", () => {
  const wordnet = loadWordNet()!;
  const card = (text: string, answer: RegExp) =>
    deckOf(text, "Test Section", wordnet).find((i) => answer.test(i.answer));
  it("a ranked list is asked as a list, not for its first member", () => {
    const text =
      "Memory and the Brain\n\nMemory is stored across the brain. The main parts of the brain involved with memory are the amygdala, the hippocampus, the cerebellum, and the prefrontal cortex. Each part stores a different kind of memory.";
    expect(card(text, /^the amygdala$/i)).toBeUndefined();
    expect(card(text, /prefrontal cortex$/)?.prompt).toBe(
      "The main parts of the brain involved with memory are _____.",
    );
  });
  it("an answer 'either X' without its 'or' is no answer ('either a convex lens')", () => {
    const text =
      "Telescopes\n\nA telescope collects light. The primary optical element in a telescope is either a convex lens (in a refracting telescope) or a concave mirror (in a reflector) that brings the light to a focus. Telescopes are used by astronomers.";
    expect(card(text, /^either\b/)).toBeUndefined();
  });
  it("a short gloss ends before a second verb ('the kneecap and articulates …' is not what the patella is)", () => {
    const text =
      "The Knee\n\nThe knee is a joint. The patella is the kneecap and articulates with the distal femur. The knee bears the body’s weight.";
    expect(deckOf(text, "The Knee", wordnet).some((i) => /articulates/.test(i.answer))).toBe(false);
  });
  it("a name capitalised after 'The' keeps its capital ('The Hera mission is …')", () => {
    const text =
      "Asteroid Missions\n\nSpacecraft have visited many asteroids. The Hera mission is a follow-up European spacecraft, launched in 2024, on a two-year flight to the Didymos system. It will study the crater left by an earlier impact.";
    expect(card(text, /hera mission/i)?.answer).toBe("Hera mission");
  });
  it("a common noun that opens its sentence is still written in lower case", () => {
    const text =
      "Stress and Coping\n\nStress affects health. Coping is the set of mental and behavioral efforts that we use to deal with problems relating to stress. People differ in how they cope.";
    expect(card(text, /^coping$/i)?.answer).toBe("coping");
  });
});
