// The names a history section gives on purpose ("a series of laws called the Coercive Acts", "the ideology known as
// Manifest Destiny"): a run of capitalised words after the cue is the name whatever the tagger made of it, and a name
// given to a thing or a group the text describes is a term to ask, while one given to a person is not.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { deckOf, readTriples } from "./testing";

const wn = loadWordNet()!;

const REVOLUTION = [
  "The Road to Revolution",
  "",
  "When the Massachusetts Assembly refused to pay for the tea, Parliament enacted a series of laws called the Coercive Acts, which some colonists called the Intolerable Acts. The Coercive Acts closed the port of Boston and limited the meetings of the colonial assembly.",
  "The murder of a young woman named Kitty Genovese shocked the city in 1964. Kitty Genovese was a bartender in Queens.",
].join("\n");

describe("a name a history section gives on purpose", () => {
  it("reads the capitalised run after the cue as the name ('Acts' tagged as a verb; a verb after the name)", () => {
    const coercive = readTriples(
      "Parliament enacted a series of laws called the Coercive Acts, which some colonists called the Intolerable Acts.",
    );
    expect(coercive.map((t) => t[1])).toContain("Coercive Acts");
    // (what some colonists called it is their label, not a name the text gives)
    expect(coercive.map((t) => t[1])).not.toContain("Intolerable Acts");
    expect(
      readTriples("The popular ideology known as Manifest Destiny justified expansion to the west.").map((t) => t[1]),
    ).toContain("Manifest Destiny");
  });
  it("asks the name of the laws, never the name of the woman", () => {
    const items = deckOf(REVOLUTION, "The Road to Revolution", wn);
    const acts = items.find((i) => i.answer === "Coercive Acts");
    expect(acts?.prompt).toMatch(/a series of laws called the _____/);
    expect(items.filter((i) => i.answer === "Kitty Genovese" && i.kind === "term")).toEqual([]);
  });
});
