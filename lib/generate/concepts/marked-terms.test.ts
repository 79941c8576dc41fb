// Where a document marks its key terms in bold, its deck asks those terms (decision 019zb).
import { describe, expect, it } from "vitest";
import { generateDeck } from "..";
import { markdownToText } from "@/lib/ingest/markdown";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { Introductions } from "./introduced";
import type { ConceptItem } from "./item-kit";

const wn = loadWordNet()!;

function deck(markdown: string, formatted = true) {
  const { text, spans } = markdownToText(markdown);
  const doc = formatted ? { id: "d", title: "Notes", text, spans } : { id: "d", title: "Notes", text };
  return generateDeck([doc], { seed: 1, lexicon: wn }).items;
}

const ECONOMY = `# Measuring the Economy

**Gross domestic product (GDP)** is the value of all final goods and services produced within a country in a given year. Economists watch gross domestic product closely, and gross domestic product falls in a recession.

A **recession** is a significant decline in national output that lasts for at least six months. Recessions raise unemployment. During a recession, firms cut jobs.

**Inflation** is a general and ongoing rise in the level of prices in an entire economy. Inflation reduces what money can buy.

A trade deficit is the amount by which the imports of a country exceed the exports of that country in a given year. The trade deficit grew in the 1980s, and the trade deficit is reported every month.`;

const answers = (items: { answer: string }[]) => items.map((i) => i.answer.toLowerCase());

describe("a document that marks its key terms", () => {
  it("is asked its marked terms, not a term it leaves plain", () => {
    const plain = answers(deck(ECONOMY, false));
    const marked = answers(deck(ECONOMY));
    // the same text without its formatting asks both defined terms
    expect(plain).toContain("trade deficit");
    expect(plain).toContain("gross domestic product");
    // with it, the term the writer left plain is not asked; the bold ones are, "gross domestic product" under its
    // bold spelling with the abbreviation
    expect(marked).not.toContain("trade deficit");
    expect(marked).toContain("gross domestic product");
    expect(marked).toContain("recession");
    expect(marked).toContain("inflation");
  });

  it("needs three bold phrases: one bold word is emphasis, and the text's terms are asked as in plain text", () => {
    const emphasis = ECONOMY.replace(/\*\*(Gross domestic product \(GDP\)|recession)\*\*/g, "$1");
    expect(answers(deck(emphasis))).toContain("trade deficit");
  });

  it("is not one whose bold phrases are its headings or labels ('Note:', 'Example 1'), as PDFs set them", () => {
    const headed = `# Notes\n\n## **Output**\n\n${ECONOMY.split("\n\n")[4]}\n\n## **Prices**\n\nPrices rose in the 1970s.\n\n## **Money**\n\n**Note:** prices rise. **Example 1** shows it. **Figure 2** does too.`;
    expect(answers(deck(headed))).toContain("trade deficit");
  });

  it("blanks no term where the text merely uses it, and names no term it leaves plain", () => {
    const intro = new Introductions();
    ["Gross domestic product (GDP)", "recession", "inflation"].forEach((t, i) => intro.add(0, 10 * i, t));
    const item = (form: string, term: string, doc = 0): ConceptItem => ({
      item: { id: "", type: "cloze", kind: "term", prompt: "… _____ …", answer: term, citations: [], form },
      doc,
      sentKey: `${doc}:0`,
      term,
      score: 5,
      stated: true,
    });
    expect(intro.asks(item("definition", "gross domestic product"))).toBe(true);
    expect(intro.asks(item("introduced", "recession"))).toBe(true);
    expect(intro.asks(item("mention", "inflation"))).toBe(false);
    expect(intro.asks(item("definition", "trade deficit"))).toBe(false);
    expect(intro.asks(item("naming", "trade deficit"))).toBe(false);
    expect(intro.asks(item("list", "trade deficit"))).toBe(true);
    // (a second document of the deck that marks nothing keeps all its items)
    expect(intro.asks(item("mention", "inflation", 1))).toBe(true);
  });
});

describe("a bold term blanked where it is introduced", () => {
  const introduced = (sentence: string) =>
    deck(
      `# Notes\n\n${sentence} The market economy spread. The **central bank** sets rates. The **solar day** is long.`,
    ).filter((i) => i.form === "introduced" || i.form === "naming");
  const base =
    "With the advent of the **market economy**, a system in which prices are set by buyers and sellers, it became possible for ordinary traders to create wealth.";

  it("stands alone in the sentence as written", () => {
    expect(answers(introduced(base))).toEqual(["market economy"]);
  });
  it("is glossed beside the term where the text says it at most twice", () => {
    // (without the gloss, "With the advent of the _____, it became possible …" fits many words)
    expect(introduced(base.replace(", a system in which prices are set by buyers and sellers", ""))).toEqual([]);
  });
  it("is not asked where the sentence leans on a passage before it ('Recall that', 'on the other hand')", () => {
    expect(introduced(`Recall that, ${base.charAt(0).toLowerCase()}${base.slice(1)}`)).toEqual([]);
    expect(introduced(base.replace(", it became", ", on the other hand, it became"))).toEqual([]);
  });
  it("is not asked where a pronoun before the term points back ('we think of it as …')", () => {
    const named = (lead: string) =>
      answers(
        deck(
          `# Notes\n\n${lead} the rotation period of Earth with respect to the Sun, called the **solar day**. The solar day is long. The **market economy** grows. The **central bank** acts.`,
        ),
      );
    expect(named("Astronomers measure")).toContain("solar day");
    expect(named("Usually, we think of it as")).not.toContain("solar day");
  });
});

describe("a Markdown list of key terms", () => {
  const KEY_TERMS = `# Key Terms

- **Hofmann rearrangement**: The conversion of an amide into an amine by reaction with Br2 and base.
- **Curtius rearrangement**: The conversion of an acid chloride into an amine by reaction with azide ion, followed by heating with water.
- **Dieckmann cyclization reaction**: An intramolecular Claisen condensation reaction of a diester to give a cyclic β-keto ester.
- **Heterocycle**: A cyclic molecule whose ring contains more than one kind of atom. For example, pyridine is a heterocycle.`;

  it("keeps a chemist's name capitalised and lowers a word of the language a bullet opens", () => {
    const items = deck(KEY_TERMS);
    const text = items.map((i) => `${i.prompt} ${i.answer} ${(i.options ?? []).join(" ")}`).join(" ");
    expect(text).toMatch(/Hofmann|Curtius|Dieckmann/);
    expect(text).not.toMatch(/\b(?:hofmann|curtius|dieckmann)\b/);
    expect(items.flatMap((i) => [i.answer, ...(i.options ?? [])])).not.toContain("Heterocycle");
  });
});
