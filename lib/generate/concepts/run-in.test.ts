// Run-in headings and term lists (holdout hW's misses): "Lineal kinship: Lineal kinship … is a form of kinship
// reckoning …" hid the definition behind its label.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../text/sentences";
import { deckOf } from "./testing";

describe("a run-in heading the sentence repeats", () => {
  it("is read as a heading, and the sentence after it from its own subject", () => {
    const s = splitSentences("Cognatic descent: Cognatic descent is a kinship structure that follows descent.");
    expect(s.map((x) => [x.text, x.role])).toEqual([
      ["Cognatic descent", "headline"],
      ["Cognatic descent is a kinship structure that follows descent.", "body"],
    ]);
    // a colon before other words is a sentence's own ("Note: the …", "Two rules apply: First …")
    expect(splitSentences("Two rules apply: Parties must file first.").map((x) => x.text)).toEqual([
      "Two rules apply: Parties must file first.",
    ]);
  });

  it("gives the definition the label hid", () => {
    const text =
      "Kinship\n\nAnthropologists distinguish several forms of descent across many cultures.\n\n" +
      "Cognatic descent: Cognatic descent is a kinship structure that follows descent through both men and women.\n\n" +
      "Cognatic descent is common in Southeast Asia, where cognatic descent shapes how land passes between families.";
    const items = deckOf(text, "Kinship");
    expect(items.map((i) => i.answer.toLowerCase())).toContain("cognatic descent");
    const quote = items.find((i) => i.answer.toLowerCase() === "cognatic descent")!.citations[0]!.quote;
    expect(quote.startsWith("Cognatic descent is a kinship structure")).toBe(true);
  });
});
