// Run-in headings and term lists (holdout hW's misses): "Lineal kinship: Lineal kinship … is a form of kinship
// reckoning …" hid the definition behind its label.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../text/sentences";
import { deckOf } from "./testing";
import { dangles } from "./prompt";
import { isMetaDiscourse } from "./apparatus";

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
    // (the gloss names "descent", so the card asks for the meaning rather than the term)
    const card = items.find((i) => i.prompt === "What is cognatic descent?");
    expect(card?.answer).toBe("a kinship structure that follows descent through both men and women");
    const quote = card!.citations[0]!.quote;
    expect(quote.startsWith("Cognatic descent is a kinship structure")).toBe(true);
  });
});

describe("a list of 'Term: what it is' lines after a lead-in", () => {
  const text =
    "Ritual\n\nRituals tend to have a common structure. The scholar Malidoma Somé outlines the major stages of most ritual acts:\n\n" +
    "Invocation: calling upon the spirit world to join the group\n\n" +
    "Dialogue: establishing an open connection between participants and the spirit world\n\n" +
    "Closure: a blessing or other form of official dismissal for both human and spirit participants\n\n" +
    "Rituals are never exactly duplicated, and not all rituals serve the same purpose in every community.";

  it("asks each line within the class the lead-in names (alone, 'a blessing or other form of dismissal' fits many words)", () => {
    const card = deckOf(text, "Ritual").find((i) => i.answer.toLowerCase() === "closure");
    expect(card?.prompt).toBe(
      "Which of the major stages of most ritual acts is a blessing or other form of official dismissal for both human and spirit participants?",
    );
  });

  it("without a lead-in that names a class, the card stays as it was", () => {
    const plain = text.replace("outlines the major stages of most ritual acts:", "wrote about them at length.");
    const card = deckOf(plain, "Ritual").find((i) => i.answer.toLowerCase() === "closure");
    expect(card?.prompt).toBe(
      "What is the term for a blessing or other form of official dismissal for both human and spirit participants?",
    );
  });
});

describe("a count of kinds without its class", () => {
  it("leans on the sentence before ('The two types were _____.': types of what?)", () => {
    expect(dangles("The two types were _____.")).toBe(true);
    expect(dangles("These three stages are _____.")).toBe(true);
    expect(dangles("The two types of virtue were _____.")).toBe(false);
  });
});

describe("a pointer to another part of the book", () => {
  it("'Revisit … for more information on the …' is no sentence to ask", () => {
    expect(
      isMetaDiscourse(
        "Revisit Macroeconomic Policy Around the World for more information on the infant industry argument.",
      ),
    ).toBe(true);
    expect(isMetaDiscourse("The infant industry argument holds that new firms need protection for a time.")).toBe(
      false,
    );
  });
});
