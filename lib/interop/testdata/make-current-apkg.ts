// Builds current-anki.apkg: a package laid out like a current Anki export (Anki 2.1.50+ without
// "support older versions"): `meta` says version 3, collection.anki21b is a zstd-compressed
// schema 18 collection (note types in their own tables), and collection.anki2 is a dummy that
// only asks to update Anki. Made from Anki's published schema (rslib/src/storage), not by Anki
// itself. Needs the zstd command: run `npx tsx lib/interop/testdata/make-current-apkg.ts`.
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { SCHEMA_11, colRow } from "../anki-collection";
import { NOTE_TYPES } from "../anki-notes";

const SCHEMA_18_EXTRA = `
CREATE TABLE notetypes (id integer NOT NULL PRIMARY KEY, name text NOT NULL, mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL, config blob NOT NULL, PRIMARY KEY (ntid, ord)) WITHOUT ROWID;
CREATE TABLE templates (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL, mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL, PRIMARY KEY (ntid, ord)) WITHOUT ROWID;
CREATE TABLE decks (id integer PRIMARY KEY NOT NULL, name text NOT NULL, mtime_secs integer NOT NULL, usn integer NOT NULL, common blob NOT NULL, kind blob NOT NULL);
CREATE TABLE deck_config (id integer PRIMARY KEY NOT NULL, name text NOT NULL, mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
CREATE TABLE config (KEY text NOT NULL PRIMARY KEY, usn integer NOT NULL, mtime_secs integer NOT NULL, val blob NOT NULL) WITHOUT ROWID;
CREATE TABLE tags (tag text NOT NULL PRIMARY KEY, usn integer NOT NULL, collapsed boolean NOT NULL, config blob NULL) WITHOUT ROWID;
`;

/** NotetypeConfig: kind (field 1, varint) then css (field 3, string), so a reader must skip fields. */
const notetypeConfig = (kind: number) => {
  const css = Buffer.from(".card { font-size: 20px; }");
  return Buffer.from([0x08, kind, 0x1a, css.length, ...css]);
};

function current(): Buffer {
  const db = new Database(":memory:");
  db.exec(SCHEMA_11.replace(/CREATE TABLE graves[^;]*;/, "CREATE TABLE graves (oid integer NOT NULL, type integer NOT NULL, usn integer NOT NULL, PRIMARY KEY (oid, type)) WITHOUT ROWID;") + SCHEMA_18_EXTRA);
  db.prepare("INSERT INTO col VALUES (1, 0, 0, 0, 18, 0, 0, 0, '', '', '', '', '')").run();
  const basic = 1700000000001;
  const cloze = 1700000000002;
  db.prepare("INSERT INTO notetypes VALUES (?, 'Basic', 0, 0, ?), (?, 'Cloze', 0, 0, ?)").run(basic, notetypeConfig(0), cloze, notetypeConfig(1));
  db.prepare("INSERT INTO fields VALUES (?, 0, 'Front', x''), (?, 1, 'Back', x''), (?, 0, 'Text', x''), (?, 1, 'Back Extra', x'')").run(basic, basic, cloze, cloze);
  db.prepare("INSERT INTO decks VALUES (1, 'Default', 0, 0, x'', x''), (1700000000100, ?, 0, 0, x'', x'')").run("Geography\x1fSteppe facts");
  const notes: [number, string, number, string, string][] = [
    [1, "current-1", basic, "What is the capital of Kazakhstan?", "Astana"],
    [2, "current-2", cloze, "{{c1::Almaty}} was the capital until {{c2::1997}}.", ""],
    [3, "current-3", basic, '<img src="map.jpg">', '<img src="map-answer.jpg">'],
  ];
  for (const [id, guid, mid, a, b] of notes) {
    db.prepare("INSERT INTO notes VALUES (?, ?, ?, 0, 0, ' geo ', ?, ?, 0, 0, '')").run(id, guid, mid, `${a}\x1f${b}`, a);
    db.prepare("INSERT INTO cards VALUES (?, ?, 1700000000100, 0, 0, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')").run(id, id, id);
  }
  return db.serialize();
}

/** The dummy legacy collection a current export puts beside the real one. */
function dummy(): Buffer {
  const db = new Database(":memory:");
  db.exec(SCHEMA_11);
  db.prepare("INSERT INTO col VALUES (@id, @crt, @mod, @scm, @ver, @dty, @usn, @ls, @conf, @models, @decks, @dconf, @tags)").run(
    colRow({ deckId: 1, deckName: "Default", description: "", types: [NOTE_TYPES.qa], now: new Date("2024-01-01T00:00:00Z") }));
  db.prepare("INSERT INTO notes VALUES (1, 'dummy', ?, 0, 0, '', ?, '', 0, 0, '')").run(NOTE_TYPES.qa.id, "Please update to the latest Anki version, then import the .colpkg/.apkg file again.\x1f\x1f");
  return db.serialize();
}

const zstd = (b: Buffer) => execFileSync("zstd", ["-q", "-c", "-19"], { input: b });

const zip = new JSZip();
const date = new Date("2024-01-01T00:00:00Z");
zip.file("meta", Buffer.from([0x08, 0x03]), { date });
zip.file("collection.anki21b", zstd(current()), { date });
zip.file("collection.anki2", dummy(), { date });
zip.file("media", zstd(Buffer.alloc(0)), { date });
const out = path.join(import.meta.dirname, "current-anki.apkg");
writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
console.log(`wrote ${out}`);
