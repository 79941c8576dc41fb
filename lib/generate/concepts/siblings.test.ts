// What reads as a wrong option for a term: a term of its own, never a phrase that places or compares.
import { describe, expect, it } from "vitest";
import { cleanOption } from "./siblings";

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
