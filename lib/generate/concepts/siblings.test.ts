// What reads as a wrong option for a term: a term of its own, never a phrase that places or compares.
import { describe, expect, it } from "vitest";
import { cleanOption } from "./siblings";
import { TermInventory } from "./terms";
import { readSentence, stubLexicon } from "./testing";

describe("a wrong option reads as a term", () => {
  it("'deeper layer' compares, 'reticular layer' names", () => {
    expect(cleanOption("deeper layer", false)).toBe(false);
    expect(cleanOption("thicker region", false)).toBe(false);
    expect(cleanOption("reticular layer", false)).toBe(true);
  });
  it("a count, a verb up front or a digit is no term", () => {
    expect(cleanOption("four zones of cells", false)).toBe(false);
    expect(cleanOption("considered biotrophic parasites", false)).toBe(false);
    expect(cleanOption("stage 3", false)).toBe(false);
  });
});

describe("two names of one thing are never options beside each other", () => {
  it("'non-REM sleep' and 'NREM sleep' when the text writes 'non-REM (NREM) sleep'", () => {
    const inv = new TermInventory(stubLexicon());
    for (const c of readSentence("As we begin to fall asleep, we enter non-REM (NREM) sleep, and brain waves slow."))
      inv.addCandidate(c, 0);
    expect(inv.sameThing("non-REM sleep", "NREM sleep")).toBe(true);
    expect(inv.sameThing("NREM sleep", "non-REM sleep")).toBe(true);
    // the other words must match around the alias: "REM sleep" is another thing
    expect(inv.sameThing("non-REM sleep", "REM sleep")).toBe(false);
    expect(inv.sameThing("NREM sleep", "NREM stage")).toBe(false);
  });
});
