import { describe, expect, it } from "vitest";
import { generateDeck } from "./index";
import { heldBackNotes, NOTHING_ASKABLE } from "./held-back";
import type { SourceDocument } from "./types";

const doc = (id: string, text: string): SourceDocument => ({ id, title: id, text, path: id + ".txt" });
/** a superlative and a claim about blood, too thin to ask: the engine finds them and holds them back */
const THIN = "Blood carries oxygen. Red blood cells are the most common cells in blood.";
const NOTHING = "It was nice. We liked it a lot and we will go there again soon because it was fun.";
const NEWS =
  "On Jan. 11, President Kassym-Jomart Tokayev announced a deadline for the departure of the roughly 2,500 foreign " +
  "troops he had invited into the country. Karim Masimov, the head of the country's main security service, has " +
  "been fired and arrested on suspicion of treason. In December 1991, Kazakhstan declared its independence from " +
  "the Soviet Union. Of Kazakhstan's population of 19 million, 3.5 million are ethnic Russians.";

describe("why a document gave no questions", () => {
  it("says nothing was found only when nothing was", () => {
    const d = generateDeck([doc("n", NOTHING)]);
    expect(d.items).toEqual([]);
    expect(d.warnings).toEqual([NOTHING_ASKABLE]);
  });

  it("says what was found and held back when the deck is empty on purpose", () => {
    const d = generateDeck([doc("blood", THIN)]);
    expect(d.items).toEqual([]);
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatch(/^CiteDeck found something to ask in \d+ sentences? .* held every one back/);
    expect(d.warnings[0]).not.toBe(NOTHING_ASKABLE);
  });

  it("names the document of a deck that gave nothing, and no other", () => {
    // (room to spare: a silent document of a full deck may only have lost its room to the others)
    const d = generateDeck([doc("news", NEWS), doc("blood", THIN), doc("chat", NOTHING)], {
      maxItemsPer1000Words: 200,
    });
    expect(d.items.length).toBeGreaterThan(0);
    expect(d.warnings).toHaveLength(2);
    expect(d.warnings[0]).toMatch(/^"blood" gave no questions: CiteDeck found something to ask in \d+ sentences?/);
    expect(d.warnings[1]).toMatch(/^"chat" gave no questions: no sentence in it states/);
  });

  it("keeps the reader's own reason for a document it skipped", () => {
    const d = generateDeck([doc("news", NEWS), doc("empty", "   ")], { maxItemsPer1000Words: 200 });
    expect(d.items.length).toBeGreaterThan(0);
    expect(d.warnings).toEqual(['"empty" is empty; no questions were generated from it.']);
  });

  it("says nothing of a silent document when the deck is full", () => {
    const docs = [
      { label: "a", skipped: false, items: 5, candidates: 9 },
      { label: "b", skipped: false, items: 0, candidates: 4 },
    ];
    expect(heldBackNotes(docs, true)).toEqual([]);
    expect(heldBackNotes(docs, false)).toHaveLength(1);
    expect(heldBackNotes([], false)).toEqual(["No documents were given."]);
  });
});
