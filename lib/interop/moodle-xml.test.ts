import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { writeMoodleXml } from "./moodle-xml-writer";
import { readMoodleXml } from "./moodle-xml-reader";
import type { InteropError } from "./errors";
import { essence, trickyDeck } from "./test-fixtures";
import { xmllint } from "./xmllint";

/** The child elements of each question type in Moodle's own exports, in order, taken from Moodle's
 *  test fixtures (github.com/moodle/moodle; compared as structure, their files are not copied):
 *  multichoice: question/format/xml/tests/fixtures/multichoice.xml (52158a41);
 *  truefalse and category: question/format/xml/tests/fixtures/nested_categories_with_questions.xml (00e93a99);
 *  shortanswer: question/type/shortanswer/tests/fixtures/testquestion.moodle.xml (3536435e). */
const MOODLE_SHAPE: Record<string, string[]> = {
  category: ["category", "info", "idnumber"],
  multichoice: [
    "name",
    "questiontext",
    "generalfeedback",
    "defaultgrade",
    "penalty",
    "hidden",
    "single",
    "shuffleanswers",
    "answernumbering",
    "correctfeedback",
    "partiallycorrectfeedback",
    "incorrectfeedback",
    "answer",
  ],
  truefalse: ["name", "questiontext", "generalfeedback", "defaultgrade", "penalty", "hidden", "idnumber", "answer"],
  shortanswer: ["name", "questiontext", "generalfeedback", "defaultgrade", "penalty", "hidden", "usecase", "answer"],
};
/** Written by Moodle's exporter too (since 3.6), but absent from some of those fixtures. */
const OPTIONAL = new Set(["idnumber", "tags"]);

const elements = (el: Element): Element[] => {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
};
const shape = (names: string[]) => names.filter((n) => !OPTIONAL.has(n)).filter((n, k, a) => n !== a[k - 1]);

describe("Moodle XML export", () => {
  const deck = trickyDeck();
  const xml = writeMoodleXml(deck);

  it("is well-formed XML (xmllint)", () => {
    const r = xmllint([{ name: "deck.xml", data: xml }], []);
    expect(r.output).toBe("");
    expect(r.ok).toBe(true);
  });

  it("has the shape of Moodle's own exports: a category, then each question's elements in Moodle's order", () => {
    const root = new DOMParser().parseFromString(xml, "text/xml").documentElement as unknown as Element;
    const questions = elements(root);
    expect(questions.map((q) => q.getAttribute("type"))).toEqual([
      "category",
      "multichoice",
      "shortanswer",
      "truefalse",
      "shortanswer",
      "shortanswer",
    ]);
    for (const q of questions)
      expect(shape(elements(q).map((e) => e.nodeName))).toEqual(shape(MOODLE_SHAPE[q.getAttribute("type")!]!));
    for (const a of questions.flatMap((q) => elements(q).filter((e) => e.nodeName === "answer"))) {
      expect(Number(a.getAttribute("fraction"))).toBeGreaterThanOrEqual(0);
      expect(elements(a).map((e) => e.nodeName)).toEqual(["text", "feedback"]);
    }
    const mc = questions[1]!;
    expect(
      elements(mc)
        .filter((e) => e.nodeName === "answer")
        .map((a) => a.getAttribute("fraction")),
    ).toEqual(["0", "100", "0", "0"]);
    expect(elements(elements(mc).find((e) => e.nodeName === "generalfeedback")!)[0]!.textContent).toContain(
      "<blockquote>“Almaty = &quot;Alma-Ata&quot; was the capital until 1997.”</blockquote>",
    );
    expect(elements(elements(mc).find((e) => e.nodeName === "tags")!).map((t) => t.textContent)).toEqual([
      "kind-place",
      "type-mcq",
    ]);
    expect(elements(questions[0]!)[0]!.textContent).toBe(`$course$/top/Steppe :: notes // "2024" <draft> & more`);
  });

  it("round trip: imported again, it gives the same items and citation sentences", () => {
    const bank = readMoodleXml(xml);
    expect(bank.title).toBe(`Steppe :: notes / "2024" <draft> & more`);
    expect(bank.items.map(essence)).toEqual(deck.items.map(essence));
    expect(bank.items.map((i) => i.citationHint)).toEqual(
      deck.items.map((i) => i.citations[0]?.quote.replace(/\s+/g, " ")),
    );
  });
});

describe("Moodle XML import", () => {
  // Shaped like Moodle's exports (written for this test, not copied from Moodle).
  const BANK = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Biology/Cells</text></category></question>
  <question type="multichoice">
    <name><text>Organelle</text></name>
    <questiontext format="html"><text><![CDATA[<p>Which organelle makes <b>ATP</b>?</p>]]></text></questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>The mitochondrion makes ATP.</p>]]></text></generalfeedback>
    <single>true</single>
    <answer fraction="100" format="html"><text>Mitochondrion</text></answer>
    <answer fraction="0" format="html"><text>Nucleus</text></answer>
    <tags><tag><text>kind-term</text></tag><tag><text>unit 3</text></tag></tags>
  </question>
  <question type="truefalse">
    <questiontext format="moodle_auto_format"><text>Cells divide.</text></questiontext>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
  </question>
  <question type="shortanswer">
    <questiontext format="html"><text>&lt;p&gt;A cell's outer layer is the __________.&lt;/p&gt;</text></questiontext>
    <answer fraction="100"><text>membrane</text></answer>
  </question>
  <question type="multichoice"><questiontext format="html"><text>Pick two</text></questiontext><single>false</single>
    <answer fraction="50"><text>a</text></answer><answer fraction="50"><text>b</text></answer></question>
  <question type="essay"><questiontext format="html"><text>Discuss.</text></questiontext></question>
</quiz>`;

  it("reads multichoice, truefalse and shortanswer questions and names what it skipped", () => {
    const bank = readMoodleXml(BANK);
    expect(bank.title).toBe("Cells");
    expect(bank.items.map((i) => [i.type, i.prompt, i.answer, i.options, i.kind, i.tags])).toEqual([
      ["mcq", "Which organelle makes ATP?", "Mitochondrion", ["Mitochondrion", "Nucleus"], "term", ["unit 3"]],
      ["truefalse", "Cells divide.", "True", [], "other", []],
      ["cloze", "A cell's outer layer is the _____.", "membrane", [], "other", []],
    ]);
    expect(bank.items[0]!.citationHint).toBe("The mitochondrion makes ATP.");
    expect(bank.warnings).toEqual([
      "1 multiple-answer question was skipped: CiteDeck has no such item.",
      "1 essay question was skipped: CiteDeck has no such item.",
    ]);
  });

  it("refuses XML that is not well-formed (with the line) and XML that is not a question bank", () => {
    const broken = BANK.replace("<name><text>Organelle</text></name>", "<name><text>Organelle</name>");
    try {
      readMoodleXml(broken);
      expect.unreachable();
    } catch (e) {
      expect((e as InteropError).code).toBe("SYNTAX");
      expect((e as Error).message).toMatch(/^Line 5: this is not well-formed XML/);
    }
    expect(() => readMoodleXml(`<?xml version="1.0"?><rss><channel/></rss>`)).toThrowError(
      /not a Moodle question bank: its root element is <rss>/,
    );
  });
});
