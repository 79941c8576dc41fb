// Anki package (.apkg / .colpkg) reader: legacy packages (collection.anki2 or .anki21, schema 11,
// note types as JSON in `col`) and current ones (collection.anki21b: a zstd-compressed schema 18
// collection, note types in their own tables, beside a dummy collection.anki2 that only says
// "update Anki"). Notes become items through anki-import.ts.
import Database from "better-sqlite3";
import { Decompress } from "fzstd";
import { InteropError, MAX_UNPACKED_BYTES } from "./errors";
import { notesToBank, type NoteRow, type NoteTypeInfo } from "./anki-import";
import type { ImportedBank } from "./types";
import { readZip } from "./zip";

/** The first varint of field `field` in a protobuf message, or undefined (enough for Anki's
 *  PackageMetadata.version and NotetypeConfig.kind). */
export function protoVarint(buf: Uint8Array, field: number): number | undefined {
  let i = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (i >= buf.length) throw new Error("truncated");
      const b = buf[i++]!;
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return result;
      shift += 7;
    }
  };
  try {
    while (i < buf.length) {
      const key = varint();
      const wire = key & 7;
      const f = Math.floor(key / 8);
      if (wire === 0) {
        const v = varint();
        if (f === field) return v;
      } else if (wire === 2) i += varint();
      else if (wire === 1) i += 8;
      else if (wire === 5) i += 4;
      else return undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

// eslint-disable-next-line no-control-regex -- Anki separates the parts of a deck path with U+001F
const UNIT_SEPARATOR = /\x1f/g;
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

function unzstd(bytes: Uint8Array): Uint8Array {
  if (!ZSTD_MAGIC.every((b, k) => bytes[k] === b))
    throw new InteropError(
      "UNKNOWN_SCHEMA",
      "This Anki package says its collection is compressed, but it is not in Zstandard format. Export it again from Anki.",
    );
  // Streamed, so output stops at the limit instead of trusting the size the frame declares.
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    new Decompress((chunk) => {
      total += chunk.length;
      if (total > MAX_UNPACKED_BYTES)
        throw new InteropError(
          "FILE_TOO_LARGE",
          `This Anki collection unpacks to more than ${MAX_UNPACKED_BYTES / 1048576} MB, over the limit.`,
        );
      chunks.push(chunk);
    }).push(bytes, true);
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  } catch (e) {
    if (e instanceof InteropError) throw e;
    throw new InteropError(
      "CORRUPT_ZIP",
      "The collection inside this Anki package is damaged (it cannot be decompressed). Export it again from Anki.",
    );
  }
}

/** Which collection file to read, from the package's `meta` entry (current Anki) or the names. */
async function pickCollection(zip: Awaited<ReturnType<typeof readZip>>): Promise<{ name: string; zstd: boolean }> {
  const meta = await zip.read("meta");
  if (meta) {
    const version = protoVarint(meta, 1);
    if (version === 3) return { name: "collection.anki21b", zstd: true };
    if (version === 2) return { name: "collection.anki21", zstd: false };
    if (version === 1) return { name: "collection.anki2", zstd: false };
    throw new InteropError(
      "UNKNOWN_SCHEMA",
      "This Anki package was made by a newer Anki than CiteDeck can read (its package version is unknown). In Anki, export with “Support older Anki versions” ticked.",
    );
  }
  if (zip.has("collection.anki21b")) return { name: "collection.anki21b", zstd: true };
  if (zip.has("collection.anki21")) return { name: "collection.anki21", zstd: false };
  if (zip.has("collection.anki2")) return { name: "collection.anki2", zstd: false };
  throw new InteropError(
    "UNKNOWN_SCHEMA",
    "This zip is not an Anki package: it holds no collection.anki2, collection.anki21 or collection.anki21b.",
  );
}

function openCollection(bytes: Uint8Array): Database.Database {
  try {
    const db = new Database(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { readonly: true });
    db.prepare("SELECT count(*) FROM sqlite_master").get();
    return db;
  } catch {
    throw new InteropError(
      "UNKNOWN_SCHEMA",
      "The collection inside this Anki package is not an SQLite database that CiteDeck can read.",
    );
  }
}

const hasTable = (db: Database.Database, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

function noteTypes(db: Database.Database, modelsJson: string): Map<number, NoteTypeInfo> {
  const types = new Map<number, NoteTypeInfo>();
  if (modelsJson.trim().length > 2) {
    const models = JSON.parse(modelsJson) as Record<
      string,
      { id: number | string; name: string; type: number; flds: { name: string; ord: number }[] }
    >;
    for (const m of Object.values(models))
      types.set(Number(m.id), {
        name: m.name,
        cloze: m.type === 1,
        fields: [...m.flds].sort((a, b) => a.ord - b.ord).map((f) => f.name),
      });
    return types;
  }
  if (!hasTable(db, "notetypes") || !hasTable(db, "fields"))
    throw new InteropError(
      "UNKNOWN_SCHEMA",
      "This Anki collection has no note types that CiteDeck can read (unknown schema).",
    );
  const fields = db.prepare("SELECT ntid, ord, name FROM fields ORDER BY ntid, ord").all() as {
    ntid: number;
    ord: number;
    name: string;
  }[];
  for (const nt of db.prepare("SELECT id, name, config FROM notetypes").all() as {
    id: number;
    name: string;
    config: Uint8Array;
  }[])
    types.set(Number(nt.id), {
      name: nt.name,
      cloze: protoVarint(nt.config, 1) === 1,
      fields: fields.filter((f) => Number(f.ntid) === Number(nt.id)).map((f) => f.name),
    });
  return types;
}

/** The name of the deck holding most of the cards (Anki's Default deck only when it is the only one). */
function mainDeckName(db: Database.Database, decksJson: string): string | undefined {
  const names = new Map<number, string>();
  if (decksJson.trim().length > 2)
    for (const d of Object.values(JSON.parse(decksJson) as Record<string, { id: number; name: string }>))
      names.set(Number(d.id), d.name);
  else if (hasTable(db, "decks"))
    for (const d of db.prepare("SELECT id, name FROM decks").all() as { id: number; name: string }[])
      names.set(Number(d.id), d.name.replace(UNIT_SEPARATOR, "::"));
  const counts = db.prepare("SELECT did, count(*) AS n FROM cards GROUP BY did ORDER BY n DESC").all() as {
    did: number;
    n: number;
  }[];
  const best = counts.find((c) => Number(c.did) !== 1) ?? counts[0];
  return best ? names.get(Number(best.did)) : undefined;
}

export function readCollection(bytes: Uint8Array): ImportedBank {
  const db = openCollection(bytes);
  try {
    if (!hasTable(db, "col") || !hasTable(db, "notes"))
      throw new InteropError(
        "UNKNOWN_SCHEMA",
        "This file is an SQLite database but not an Anki collection (it has no notes table).",
      );
    const col = db.prepare("SELECT ver, models, decks FROM col LIMIT 1").get() as
      { ver: number; models: string; decks: string } | undefined;
    if (!col || col.ver < 11 || col.ver > 18)
      throw new InteropError(
        "UNKNOWN_SCHEMA",
        `This Anki collection has schema version ${col?.ver ?? "none"}; CiteDeck reads versions 11 to 18. In Anki, export with “Support older Anki versions” ticked.`,
      );
    const types = noteTypes(db, col.models ?? "");
    const notes = db.prepare("SELECT guid, mid, tags, flds FROM notes ORDER BY id").all() as NoteRow[];
    return notesToBank(notes, types, mainDeckName(db, col.decks ?? ""));
  } catch (e) {
    if (e instanceof InteropError) throw e;
    throw new InteropError("UNKNOWN_SCHEMA", "This Anki collection could not be read (unexpected tables or columns).");
  } finally {
    db.close();
  }
}

export async function readApkg(bytes: Uint8Array): Promise<ImportedBank> {
  const zip = await readZip(bytes, "Anki package");
  const { name, zstd } = await pickCollection(zip);
  const raw = await zip.read(name);
  if (!raw)
    throw new InteropError(
      "UNKNOWN_SCHEMA",
      `This Anki package says its collection is ${name}, but that file is missing.`,
    );
  return readCollection(zstd ? unzstd(raw) : raw);
}
