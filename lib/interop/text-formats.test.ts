import { describe, expect, it } from "vitest";
import { readAnkiTsv, writeAnkiTsv } from "./anki-text";
import { readQuizlet, writeQuizlet } from "./quizlet";
import { CSV_COLUMNS, readCsv, writeCsv } from "./csv";
import { parseDelimited } from "./delimited";
import { itemGuid } from "./ids";
import { essence, trickyDeck } from "./test-fixtures";

describe("Anki text export", () => {
  const deck = trickyDeck();
  const tsv = writeAnkiTsv(deck);
  const lines = tsv.split("\n");

  it("starts with Anki's header lines and has one line of five tab-separated columns per item", () => {
    expect(lines.slice(0, 6)).toEqual([
      "#separator:Tab",
      "#html:true",
      "#guid column:1",
      "#notetype column:2",
      `#deck:Steppe : notes / "2024" <draft> & more`,
      "#tags column:5",
    ]);
    const rows = lines
      .slice(6)
      .filter(Boolean)
      .map((l) => l.split("\t"));
    expect(rows).toHaveLength(deck.items.length);
    expect(rows.every((r) => r.length === 5)).toBe(true);
    expect(rows.map((r) => r[0])).toEqual(deck.items.map((i) => itemGuid(i.key)));
    expect(rows.map((r) => r[1])).toEqual(["Basic", "Cloze", "Basic", "Basic", "Basic"]);
    expect(rows[1]![2]).toContain("{{c1::1997}}");
    expect(rows[0]![3]).toContain(
      `<div class="citation"><blockquote>Almaty = &quot;Alma-Ata&quot; was the capital until 1997.</blockquote>`,
    );
  });

  it("round trip: read back, the same items", () => {
    const bank = readAnkiTsv(tsv);
    expect(bank.title).toBe(`Steppe : notes / "2024" <draft> & more`);
    expect(bank.items.map(essence)).toEqual(deck.items.map(essence));
    expect(bank.items.map((i) => i.sourceKey)).toEqual(deck.items.map((i) => itemGuid(i.key)));
  });

  it("reads a headerless file and Anki's quoted fields", () => {
    const bank = readAnkiTsv(`What is ATP?\tEnergy\n"Two\tlines"\t"say ""hi"""\nno answer\t\n`);
    expect(bank.items.map((i) => [i.prompt, i.answer])).toEqual([
      ["What is ATP?", "Energy"],
      ["Two lines", `say "hi"`],
    ]);
    expect(bank.warnings).toEqual(["1 line had an empty front or back and was skipped."]);
  });
});

describe("Quizlet export", () => {
  it("is two plain columns, term then definition, with no tab or line break inside a text", () => {
    const deck = trickyDeck();
    const rows = writeQuizlet(deck)
      .trimEnd()
      .split("\n")
      .map((l) => l.split("\t"));
    expect(rows).toHaveLength(deck.items.length);
    expect(rows.every((r) => r.length === 2 && r.every((c) => c.trim() === c && c.length > 0))).toBe(true);
    expect(rows[0]![0]).toContain('(Astana ~ Nur-Sultan / Almaty = "Alma-Ata" / Shymkent #3 / Karaganda {K})');
    expect(rows[2]).toEqual([
      "True or false: Ethnic Kazakhs made up around 50 percent of the population in 1991.",
      "False",
    ]);
    const bank = readQuizlet(writeQuizlet(deck));
    expect(bank.items.map((i) => [i.type, i.answer])).toEqual([
      ["flashcard", deck.items[0]!.answer],
      ["cloze", "1997"],
      ["truefalse", "False"],
      ["flashcard", deck.items[3]!.answer],
      ["flashcard", "The Kazakh Steppe"],
    ]);
  });
});

describe("CSV export", () => {
  it("has every field of every item, quoted as RFC 4180 requires, and reads back", () => {
    const deck = trickyDeck();
    const csv = writeCsv(deck);
    const rows = parseDelimited(csv, ",").map((r) => r.cells);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(deck.items.length + 1);
    const mcq = Object.fromEntries(CSV_COLUMNS.map((c, k) => [c, rows[1]![k]]));
    expect(mcq).toMatchObject({
      type: "mcq",
      kind: "place",
      answer: deck.items[0]!.answer,
      options: deck.items[0]!.options.join("\n"),
      document: "Kazakhstan: a history <1>",
      citation_start: "10",
      citation_end: "58",
      uncited: "no",
      approved: "yes",
      version: "2",
      score: "3.5",
    });
    expect(rows[5]![CSV_COLUMNS.indexOf("uncited")]).toBe("yes");
    const back = readCsv(csv);
    expect(back.items.map(essence)).toEqual(deck.items.map(essence));
    expect(back.title).toBe(deck.title);
  });

  it("defuses spreadsheet formulas and takes the guard off when reading", () => {
    const deck = trickyDeck();
    deck.items[4]!.answer = '=HYPERLINK("http://x")';
    const csv = writeCsv(deck);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(readCsv(csv).items[4]!.answer).toBe('=HYPERLINK("http://x")');
  });
});
