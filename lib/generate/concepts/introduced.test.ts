import { describe, expect, it } from "vitest";
import { generateDeck } from "..";
import { markdownToText } from "@/lib/ingest/markdown";
import { loadWordNet } from "@/lib/lexicon/wordnet";

const wn = loadWordNet()!;
const SECTION = `# Imperfect Information

Many economic transactions occur in a situation of **imperfect information**, where either the buyer, the seller, or both are less than certain about the qualities of what they are buying and selling. Buyers of used cars rarely know the history of the car they buy. Sellers know more about the cars they sell than any buyer does.

## Remedies

The labor market uses **occupational licenses** to establish quality in the market for skilled work. Governments issue occupational licenses after a worker passes an examination. Imperfect information makes many buyers cautious, and occupational licenses reassure them.`;

function deck(md: boolean) {
  const { text, spans } = markdownToText(SECTION);
  const doc = md
    ? { id: "d", title: "Imperfect Information", text, spans }
    : { id: "d", title: "Imperfect Information", text };
  return generateDeck([doc], { seed: 1, lexicon: wn }).items;
}

describe("a term the source introduces in bold", () => {
  it("is asked in the sentence that introduces it", () => {
    const items = deck(true).filter((i) => i.form === "introduced");
    expect(items.map((i) => [i.prompt, i.answer])).toContainEqual([
      "Many economic transactions occur in a situation of _____, where either the buyer, the seller, or both are less than certain about the qualities of what they are buying and selling.",
      "imperfect information",
    ]);
    // (and only there: the later mentions of a term asked where it is introduced are no blanks of their own)
    const asked = deck(true).filter((i) => /imperfect information/i.test(i.answer));
    expect(asked).toHaveLength(1);
  });
  it("gives no such item for the same text without its formatting", () => {
    expect(deck(false).filter((i) => i.form === "introduced")).toEqual([]);
  });
  it("needs a gloss beside a term the text never repeats", () => {
    const md = (line: string) => {
      const { text, spans } = markdownToText(`# Conflict and Law\n\n${line} Courts later heard many cases about it.`);
      return generateDeck([{ id: "d", title: "Conflict and Law", text, spans }], { seed: 1, lexicon: wn }).items.filter(
        (i) => i.form === "introduced",
      );
    };
    expect(
      md(
        "Adam Smith built his argument about markets and trade in The Wealth of Nations on several different **levels of analysis** at once.",
      ),
    ).toEqual([]);
    expect(
      md(
        "In a **vertical merger**, a company buys a firm in its own industry at an earlier or later stage of production.",
      ).map((i) => [i.prompt, i.answer]),
    ).toEqual([
      [
        "In a(n) _____, a company buys a firm in its own industry at an earlier or later stage of production.",
        "vertical merger",
      ],
    ]);
  });
});

describe("a bold word that names no term", () => {
  it("is not blanked where it is a pronoun set in bold as a grammar example", () => {
    const { text, spans } = markdownToText(
      "# Agreement with Indefinite Pronouns\n\nAn **indefinite pronoun** is a pronoun that does not refer to a specific person or thing. A **singular verb** agrees with a subject that names one person or thing. A **plural verb** agrees with a subject that names more than one.\n\n**Everyone** in the class has prepared a research proposal for the spring term.\n\nEveryone takes a singular verb, although everyone refers to many people. Writers who treat everyone as plural make an agreement error.\n\n**Revised** Simply wanting to be a doctor does not guarantee admission to medical school.\n",
    );
    const items = generateDeck([{ id: "d", title: "Agreement", text, spans }], { seed: 1, lexicon: wn }).items;
    expect(items.filter((i) => /^(?:Everyone|Revised)$/.test(i.answer))).toEqual([]);
    expect(items.some((i) => i.answer === "indefinite pronoun")).toBe(true);
  });
});
