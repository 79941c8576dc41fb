// A document's dates within a share of its other items, those of named events first.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { deckOf } from "../concepts/testing";
import { unnamedEvent } from "./deck-builder";

const wn = loadWordNet()!;
const TOWNS = [
  "River Valley Towns",
  "",
  "The valley was settled by farmers from the east. In 1821, a flood destroyed the mill at Carver Falls. In 1834, Congress passed the Valley Settlement Act, which granted land to the new towns. In 1840, the first school opened in Marlow. In 1846, a second flood reached the town hall of Marlow. In 1852, the courts decided Harlan v. Dobbs, which settled the claims of the river towns. In 1858, the railway reached Carver Falls. In 1861, the town council of Marlow met for the last time in the old hall. In 1867, the Treaty of Marlow ended the dispute with the northern tribes. In 1873, a fire burned the market of Carver Falls. In 1880, the mill at Carver Falls closed for good.",
].join("\n");

describe("dates in a chapter full of them", () => {
  it("a page of ten dated events gives four date items, the act, the case and the treaty among them", () => {
    const items = deckOf(TOWNS, "River Valley Towns", wn);
    const dates = items.filter((i) => i.kind === "date");
    expect(dates).toHaveLength(4);
    const answers = dates.map((i) => i.answer);
    expect(answers).toEqual(expect.arrayContaining(["1834", "1852", "1867"]));
    // no true/false statement brings a cut date back
    expect(items.filter((i) => i.type === "truefalse")).toEqual([]);
  });
  it("a page with as many dates as the floor keeps them all", () => {
    const short = TOWNS.split(" In 1852")[0]!;
    const dates = deckOf(short, "River Valley Towns", wn).filter((i) => i.kind === "date");
    const full = deckOf(TOWNS, "River Valley Towns", wn).filter((i) => i.kind === "date");
    expect(dates.map((i) => i.answer).sort()).toEqual(["1821", "1834", "1840", "1846"]);
    expect(full.map((i) => i.answer)).not.toContain("1821");
  });
});

describe("a date of an event nobody could tell apart", () => {
  it("'In 1861, enthusiasm for war ran high on both sides' names no one: no date item; a named event keeps its date", () => {
    expect(unnamedEvent("In 1861, enthusiasm for war ran high on both sides.", 3, 7)).toBe(true);
    expect(unnamedEvent("In 1830, Congress passed the Indian Removal Act.", 3, 7)).toBe(false);
    expect(unnamedEvent("On 5 January, the government resigned.", 3, 12)).toBe(true);
    const deck = deckOf(
      "The War Begins\n\nIn 1861, enthusiasm for war ran high on both sides. In 1862, General Grant won the battle at Shiloh. The armies grew larger every year.",
      "The War Begins",
      wn,
    );
    const dates = deck.filter((i) => i.kind === "date").map((i) => i.answer);
    expect(dates).not.toContain("1861");
    expect(dates).toContain("1862");
  });
});
