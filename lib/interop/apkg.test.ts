import Database from "better-sqlite3";
import JSZip from "jszip";
import { readAnkiPackage } from "anki-reader";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeApkg } from "./apkg-writer";
import { readApkg, readCollection } from "./apkg-reader";
import { SCHEMA_11, colRow } from "./anki-collection";
import { NOTE_TYPES } from "./anki-notes";
import { InteropError } from "./errors";
import { essence, trickyDeck } from "./test-fixtures";

const NOW = new Date("2026-03-01T10:00:00Z");

async function collectionOf(apkg: Uint8Array): Promise<Database.Database> {
  const zip = await JSZip.loadAsync(apkg);
  expect(Object.keys(zip.files).sort()).toEqual(["collection.anki2", "media"]);
  expect(await zip.file("media")!.async("string")).toBe("{}");
  return new Database(Buffer.from(await zip.file("collection.anki2")!.async("uint8array")), { readonly: true });
}

describe("Anki package export", () => {
  it("opens in SQLite as a schema 11 collection: a note and a card per item, three note types, the deck by name", async () => {
    const deck = trickyDeck();
    const db = await collectionOf(await writeApkg(deck, NOW));
    const col = db.prepare("SELECT ver, models, decks FROM col").get() as {
      ver: number;
      models: string;
      decks: string;
    };
    expect(col.ver).toBe(11);
    const models = Object.values(
      JSON.parse(col.models) as Record<string, { name: string; type: number; flds: { name: string }[] }>,
    );
    expect(models.map((m) => [m.name, m.type, m.flds.map((f) => f.name)]).sort()).toEqual([
      ["CiteDeck Cloze", 1, ["Text", "Back Extra", "Citation"]],
      ["CiteDeck Multiple choice", 0, ["Question", "Options", "Answer", "Citation"]],
      ["CiteDeck Q/A", 0, ["Front", "Back", "Citation"]],
    ]);
    const decks = Object.values(JSON.parse(col.decks) as Record<string, { id: number; name: string }>);
    const ours = decks.find((d) => d.id !== 1)!;
    expect(ours.name).toBe(`Steppe : notes / "2024" <draft> & more`);
    expect((db.prepare("SELECT count(*) AS n FROM notes").get() as { n: number }).n).toBe(deck.items.length);
    const cards = db.prepare("SELECT did, ord, type, queue FROM cards").all() as {
      did: number;
      ord: number;
      type: number;
      queue: number;
    }[];
    expect(cards).toHaveLength(deck.items.length);
    expect(cards.every((c) => c.did === ours.id && c.ord === 0 && c.type === 0 && c.queue === 0)).toBe(true);
    const tags = (db.prepare("SELECT tags FROM notes ORDER BY id").all() as { tags: string }[]).map((r) =>
      r.tags.trim().split(" "),
    );
    expect(tags[0]).toEqual(["kind::place", "type::mcq", "document::Kazakhstan:_a_history_<1>"]);
    expect(tags[4]).toContain("uncited");
  });

  it("writes Anki's own cloze deletion, with reserved characters kept out of its syntax", async () => {
    const db = await collectionOf(await writeApkg(trickyDeck(), NOW));
    const cloze = db.prepare("SELECT flds FROM notes WHERE mid = ?").get(NOTE_TYPES.cloze.id) as { flds: string };
    const text = cloze.flds.split("\x1f")[0]!;
    expect(text).toBe(
      "The capital moved to Astana in {{c1::1997}}, after a decree: the &#123;move&#125; was &#123;&#123;c2::fast&#125;&#125;.",
    );
    expect(text.match(/\{\{c\d+::/g)).toEqual(["{{c1::"]);
  });

  it("gives every item a GUID that stays the same across exports and edits, so Anki updates instead of duplicating", async () => {
    const guids = async (deck: ReturnType<typeof trickyDeck>, now: Date) =>
      (
        (await collectionOf(await writeApkg(deck, now))).prepare("SELECT guid FROM notes ORDER BY id").all() as {
          guid: string;
        }[]
      ).map((r) => r.guid);
    const first = await guids(trickyDeck(), NOW);
    const edited = trickyDeck();
    edited.items[0]!.prompt = "Which city was the capital before Astana?";
    edited.items[1]!.answer = "1998";
    const second = await guids(edited, new Date("2026-04-01T00:00:00Z"));
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first.every((g) => /^[0-9A-Za-z]{11}$/.test(g))).toBe(true);
  });

  it("opens in an independent reader (anki-reader, sql.js) with every card, its fields and its citation", async () => {
    const deck = trickyDeck();
    const { collection } = await readAnkiPackage(new Blob([new Uint8Array(await writeApkg(deck, NOW))]));
    const ours = Object.values(collection.getDecks()).find((d) => d.getName().startsWith("Steppe"))!;
    const cards = Object.values(ours.getCards());
    expect(cards).toHaveLength(deck.items.length);
    const byFront = new Map(cards.map((c) => [Object.values(c.getFields())[0]!, c.getFields()]));
    const mcq = [...byFront.values()].find((f) => "Options" in f)!;
    expect(mcq.Answer).toBe("Almaty = &quot;Alma-Ata&quot;");
    expect(mcq.Options).toContain("<li>Shymkent #3</li>");
    expect(mcq.Citation).toContain(
      "<blockquote>Almaty = &quot;Alma-Ata&quot; was the capital until 1997.</blockquote>",
    );
    expect(mcq.Citation).toContain("— Kazakhstan: a history &lt;1&gt;");
    const cited = cards.filter((c) => (c.getFields().Citation ?? "").includes("<blockquote>"));
    expect(cited).toHaveLength(deck.items.filter((i) => i.citations.length > 0).length);
  });

  it("round trip: the exported package imported again gives the same items, each with its quoted sentence as a hint", async () => {
    const deck = trickyDeck();
    const bank = await readApkg(await writeApkg(deck, NOW));
    expect(bank.title).toBe(`Steppe : notes / "2024" <draft> & more`);
    expect(bank.items.map(essence)).toEqual(deck.items.map(essence));
    expect(bank.items.map((i) => i.citationHint)).toEqual(
      deck.items.map((i) => i.citations[0]?.quote.replace(/\s+/g, " ")),
    );
    expect(bank.warnings).toEqual([]);
  });
});

describe("Anki package import", () => {
  it("reads a current package (zstd collection.anki21b) and ignores its dummy collection.anki2", async () => {
    const bank = await readApkg(readFileSync(path.join(import.meta.dirname, "testdata/current-anki.apkg")));
    expect(bank.title).toBe("Steppe facts");
    expect(bank.items.map((i) => [i.type, i.prompt, i.answer])).toEqual([
      ["flashcard", "What is the capital of Kazakhstan?", "Astana"],
      ["cloze", "_____ was the capital until 1997.", "Almaty"],
      ["cloze", "Almaty was the capital until _____.", "1997"],
    ]);
    expect(bank.items.every((i) => !/update to the latest/i.test(i.prompt))).toBe(true);
    expect(bank.warnings).toEqual(["1 note held only images or sound and was skipped (media are not imported)."]);
  });

  it("reads other people's legacy note types by their fields: hints in cloze deletions, HTML decoded", () => {
    const db = new Database(":memory:");
    db.exec(SCHEMA_11);
    const types = [
      { ...NOTE_TYPES.qa, id: 11, name: "Basic (and reversed card)", fields: ["Front", "Back"] },
      { ...NOTE_TYPES.cloze, id: 12, name: "Cloze", fields: ["Text", "Extra"] },
    ];
    db.prepare(
      "INSERT INTO col VALUES (@id, @crt, @mod, @scm, @ver, @dty, @usn, @ls, @conf, @models, @decks, @dconf, @tags)",
    ).run(colRow({ deckId: 5, deckName: "Bio", description: "", types, now: NOW }));
    const note = db.prepare("INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, '', 0, 0, '')");
    note.run(1, "g1", 11, " bio ", "What is <i>ATP</i>&nbsp;for?\x1fEnergy&nbsp;&amp; storage [sound:atp.mp3]");
    note.run(2, "g2", 12, "", "The {{c1::mitochondrion::organelle}} makes <b>ATP</b>.\x1f");
    note.run(3, "g3", 11, "", "\x1f");
    const bank = readCollection(db.serialize());
    expect(bank.items.map((i) => [i.type, i.prompt, i.answer, i.sourceKey, i.tags])).toEqual([
      ["flashcard", "What is ATP for?", "Energy & storage", "g1", ["bio"]],
      ["cloze", "The _____ (organelle) makes ATP.", "mitochondrion", "g2", []],
    ]);
    expect(bank.warnings).toEqual(["1 note had an empty front or back and was skipped."]);
  });

  it("refuses a damaged zip, a zip that is not an Anki package, an unknown package version and an unknown schema", async () => {
    const good = await writeApkg(trickyDeck(), NOW);
    const code = (p: Promise<unknown>) =>
      p.then(
        () => "no error",
        (e: unknown) => (e instanceof InteropError ? `${e.code}: ${e.message}` : String(e)),
      );
    expect(await code(readApkg(good.slice(0, good.length - 40)))).toMatch(
      /^CORRUPT_ZIP: This Anki package is not a readable zip/,
    );
    const other = new JSZip();
    other.file("notes.txt", "hello");
    expect(await code(readApkg(await other.generateAsync({ type: "uint8array" })))).toMatch(
      /^UNKNOWN_SCHEMA: This zip is not an Anki package/,
    );
    const future = new JSZip();
    future.file("meta", new Uint8Array([0x08, 0x09]));
    future.file("collection.anki21b", new Uint8Array([1, 2, 3]));
    expect(await code(readApkg(await future.generateAsync({ type: "uint8array" })))).toMatch(
      /^UNKNOWN_SCHEMA: This Anki package was made by a newer Anki/,
    );
    const db = new Database(":memory:");
    db.exec(SCHEMA_11);
    db.prepare("INSERT INTO col VALUES (1, 0, 0, 0, 99, 0, 0, 0, '{}', '{}', '{}', '{}', '{}')").run();
    const v99 = new JSZip();
    v99.file("collection.anki2", db.serialize());
    expect(await code(readApkg(await v99.generateAsync({ type: "uint8array" })))).toMatch(
      /^UNKNOWN_SCHEMA: This Anki collection has schema version 99/,
    );
    const notSqlite = new JSZip();
    notSqlite.file("collection.anki2", "not a database at all, just text");
    expect(await code(readApkg(await notSqlite.generateAsync({ type: "uint8array" })))).toMatch(
      /^UNKNOWN_SCHEMA: The collection inside this Anki package is not an SQLite database/,
    );
  });
});
