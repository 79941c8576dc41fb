import { describe, expect, it } from "vitest";
import { stopBeforeWord } from "./scan";

describe("stopBeforeWord", () => {
  it("finds a stop with a word or a blank glued to it, after at most one quotation mark", () => {
    expect(stopBeforeWord("… is known as _____.Robert Jervis, “Realism, …")).toBe(true);
    expect(stopBeforeWord("what they expect.”The bottom line")).toBe(true);
    expect(stopBeforeWord("the U.S. government")).toBe(true);
  });
  it("finds none where every stop is followed by a space, a line break or the end", () => {
    expect(stopBeforeWord("First sentence. Who signed the treaty?")).toBe(false);
    expect(stopBeforeWord("He said “no.” Then _____ left.\nNext")).toBe(false);
    expect(stopBeforeWord("")).toBe(false);
  });
});
