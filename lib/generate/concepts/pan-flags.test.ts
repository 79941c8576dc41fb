// From the blind ratings of pAN (anthropology, economics, business, political science): "the term for an umbrella
// term", a plural abbreviation as half an answer, a contrast's second half run into the first's gloss, a claim in
// brackets read as a definition, adjectives read as what a word names, a list that leans on the sentence before or
// on an illustration, a people's name that gives its country away, a number that is part of a name, a people's own
// word from an ethnographic example, and a stem word that is the key under another ending.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { lintItem } from "../items/lint";
import { extraFlaws } from "./flaws";
import { localWord } from "./local-words";
import { askedOf, clozeItem, readTriples } from "./testing";

const wn = loadWordNet()!;
const asked = (text: string, title: string) => askedOf(text, title, wn);
const prompts = (text: string, title: string) => asked(text, title).map(([p]) => p);

describe("how a definition card is worded", () => {
  it("asks 'What umbrella term refers to …?', not 'the term for an umbrella term'", () => {
    const items = asked(
      "Anthropologists study how societies classify bodies. Intersex is an umbrella term for people who have one or more of a range of variations in sex characteristics that do not fit the typical conceptions of male or female. Intersex people have long been studied by anthropologists. Some societies recognize intersex identities in law. Intersex activists have challenged early surgery.",
      "Intersex and Gender",
    );
    expect(items.some(([p]) => p.startsWith("What umbrella term refers to people who have"))).toBe(true);
    expect(items.filter(([p]) => /term for an? (?:\p{L}+ )?term/u.test(p))).toEqual([]);
  });

  it("answers a plural abbreviation with the name the text spells out, not the bare letters", () => {
    const items = asked(
      "A specialized, financially motivated type of merger, the leveraged buyout (LBO) became popular in the 1980s but is less common today. LBOs are corporate takeovers financed by large amounts of borrowed money. LBOs can be started by outside investors or the corporation’s management.",
      "Mergers and Acquisitions",
    );
    expect(items.map(([, a]) => a)).toContain("leveraged buyout (LBO)");
    expect(items.map(([, a]) => a)).not.toContain("LBOs");
  });
});

describe("what is no definition", () => {
  it("ends a 'while' clause's gloss at its comma, before the contrast's other half", () => {
    const triples = readTriples(
      "Individuals define these terms in specific ways; however, in general, while religion usually refers to shared affiliation with a particular structure or organization, spirituality normally refers to loosely structured beliefs about the natural and supernatural worlds.",
    );
    expect(triples).toContainEqual([
      "definition",
      "religion",
      "shared affiliation with a particular structure or organization",
    ]);
  });

  it("reads no definition from a claim in brackets whose verb comes after its relative clause", () => {
    const items = prompts(
      "Enforcing international law often depends upon power imbalances, state interests (states that are allied with powerful states may get away with noncompliance more than enemies), and the type of law. Courts have few ways to compel states.",
      "International Law",
    );
    expect(items.filter((p) => /state interests/.test(p))).toEqual([]);
  });

  it("reads no definition from adjectives joined after ', or'", () => {
    const items = prompts(
      "Domestic workers face the cultural requirement that women should be naram, or soft and malleable, as they develop relationships with the household. Many of them send their wages home.",
      "Migrant Labor",
    );
    expect(items.filter((p) => /naram/.test(p))).toEqual([]);
  });
});

describe("what leans on context or an illustration", () => {
  it("asks no list that is 'other' than the sentence before, nor one of an example", () => {
    const items = prompts(
      "Insurers sometimes charge premiums below the actuarially fair level. There are two other groups who can make up the difference: taxpayers or other insurance buyers. For example, Oracle Corp. acquired Adi Insights in 2022 to include workforce management features such as scheduling and overtime management.",
      "Health Insurance",
    );
    expect(items.filter((p) => /two other groups|such as scheduling/.test(p))).toEqual([]);
  });

  it("flags a people's name that gives its country away", () => {
    const flaws = (prompt: string, answer: string) => extraFlaws(clozeItem(prompt, answer, "place"));
    expect(
      flaws("Given _____’s geographic traditions, the British can produce better quality wool.", "Great Britain"),
    ).toContain("demonym-in-prompt");
    expect(flaws("Russian troops arrived in _____ in January.", "Kazakhstan")).not.toContain("demonym-in-prompt");
  });

  it("asks no number that is part of a name ('the Thirteen Colonies')", () => {
    const items = asked(
      "These ideas prompted changes that culminated with the French Revolution and the Declaration of Independence of the Thirteen Colonies. The declaration was signed in 1776.",
      "The Enlightenment",
    );
    expect(items.filter(([, a]) => a === "Thirteen")).toEqual([]);
  });

  it("takes a word no dictionary knows, in a sentence about a rare place or people, as that people's own word", () => {
    expect(
      localWord("juuntuwaay", "Many photographs show travel, and Gambians use the term juuntuwaay for them.", wn),
    ).toBe(true);
    expect(localWord("despachantes", "They help people navigate the maze of Brazilian bureaucracy.", wn)).toBe(true);
    // (an English compound, or a sentence about no rare place, keeps the term)
    expect(localWord("worldview", "Many West African cultures are shaped by a worldview.", wn)).toBe(false);
    expect(localWord("juuntuwaay", "Photographers use the term juuntuwaay for such scenes.", wn)).toBe(false);
  });
});

describe("a stem word that gives the key away", () => {
  it("under a negating prefix or with a verb's ending", () => {
    const flaws = (prompt: string, answer: string) =>
      lintItem(clozeItem(prompt, answer, "term", prompt.replace("_____", answer))).flaws;
    expect(flaws("The unequal distribution of resources is called _____.", "inequality")).toContain("stem-cues-key");
    expect(flaws("The process of dividing work into separate jobs is called _____.", "division of labor")).toContain(
      "stem-cues-key",
    );
    expect(
      flaws("The process of assigning tasks to separate jobs is called _____.", "division of labor"),
    ).not.toContain("stem-cues-key");
  });
});
