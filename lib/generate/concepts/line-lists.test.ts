// A classification written one member per line after the sentence that announces it: the members are each other's
// wrong options (the same list), and a label of a figure's panel is never one.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { examplesOnly, lineList } from "./line-lists";
import { cleanOption } from "./siblings";
import { deckOf } from "./testing";

const SERVICES = [
  "Classifying Services",
  "",
  "There is another way to categorize services, according to the marketing scholar Christopher Lovelock. He proposed four broad categories of services:",
  "",
  "people processing: services toward people’s bodies",
  "",
  "possession processing: services toward possessions",
  "",
  "mental stimulus processing: services toward people’s mind",
  "",
  "information processing: services toward intangible assets",
  "",
  "In people processing services, the customer is a direct recipient of the service. Information processing is the most intangible form of service.",
].join("\n");

const line = (text: string, start: number) => ({ text, start, end: start + text.length });

describe("a list announced by its count and written one member per line", () => {
  it("reads the members the lead announced, all 'Term: …' lines or all bare terms", () => {
    const lead = line("He proposed four broad categories of services:", 0);
    const c = lineList(lead, [
      line("people processing: services toward people’s bodies", 48),
      line("possession processing: services toward possessions", 100),
      line("- mental stimulus processing: services toward people’s mind", 152),
      line("information processing: services toward intangible assets", 212),
    ]);
    expect(c?.members.map((m) => m.text)).toEqual([
      "people processing",
      "possession processing",
      "mental stimulus processing",
      "information processing",
    ]);
    // (offsets from the lead's start, past a line's bullet)
    expect(c?.members[2]).toMatchObject({ a: 154, b: 180 });
    // fewer lines than the count announced, or a lead that announces no class, is no list
    expect(lineList(lead, [line("people processing: services toward people’s bodies", 48)])).toBeNull();
    expect(lineList(line("He wrote about them at length:", 0), [line("Growth", 40), line("Decline", 50)])).toBeNull();
    // a bare line among labelled ones ends the shape
    expect(
      lineList(line("The two stages of the cycle are:", 0), [line("Growth: sales rise", 40), line("Decline", 60)]),
    ).toBeNull();
  });

  it("gives each line's card the other members as its wrong options", () => {
    const items = deckOf(SERVICES, "Classifying Services", loadWordNet()!);
    const mind = items.find((i) => i.answer === "mental stimulus processing");
    expect(mind?.type).toBe("mcq");
    expect(mind?.prompt).toBe("Which of the broad categories of services is services toward people’s mind?");
    // ("information processing", a cognition in WordNet, is still a sibling of the text's other three processings)
    expect([...(mind?.options ?? [])].sort()).toEqual(
      ["information processing", "mental stimulus processing", "people processing", "possession processing"].sort(),
    );
  });
});

describe("a wrong option reads as a term", () => {
  it("a label of a figure's panel or a procedure's step is none", () => {
    expect(cleanOption("part B", false)).toBe(false);
    expect(cleanOption("step 3", false)).toBe(false);
    expect(cleanOption("multichannel distribution system", false)).toBe(true);
  });
});

describe("a line of examples", () => {
  it("'Label: A, B, and C' of short bare nouns names examples, no definition", () => {
    expect(examplesOnly("parking lot attendants, babysitters, and janitors")).toBe(true);
    expect(examplesOnly("doctors, attorneys, college professors, and accountants")).toBe(true);
    expect(examplesOnly("maintenance of temperature, pH, and glucose")).toBe(false);
    expect(examplesOnly("a blessing or other form of official dismissal")).toBe(false);
    const items = deckOf(
      "Services\n\nService firms differ in whom they employ:\n\nservices provided by unskilled labor: parking lot attendants, babysitters, and janitors\n\nServices are intangible, and their production and consumption happen at once.",
      "Services",
    );
    expect(items.filter((i) => /unskilled labor|babysitters/.test(i.prompt + " " + i.answer))).toEqual([]);
  });
});
