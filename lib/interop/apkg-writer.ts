// Anki package (.apkg) writer: a legacy schema 11 collection.anki2 built in an in-memory SQLite
// database, plus the empty `media` map, zipped. Notes carry stable GUIDs (ids.ts), so importing a
// later export updates the same notes in Anki instead of adding copies.
import Database from "better-sqlite3";
import { colRow, SCHEMA_11 } from "./anki-collection";
import { itemToNote, NOTE_TYPES } from "./anki-notes";
import { ankiChecksum, numericId } from "./ids";
import { htmlToPlain } from "./text";
import type { ExportDeck } from "./types";
import { writeZip } from "./zip";

/** Anki treats "::" in a deck name as a parent::child path; a title keeps its own colons. */
export const ankiDeckName = (title: string) => title.replace(/::/g, ":").trim() || "CiteDeck";

export function buildCollection(deck: ExportDeck, now: Date): Uint8Array {
  const db = new Database(":memory:");
  try {
    db.exec(SCHEMA_11);
    const deckId = numericId(`deck:${deck.id}`);
    const col = colRow({
      deckId,
      deckName: ankiDeckName(deck.title),
      description: "Exported from CiteDeck",
      types: Object.values(NOTE_TYPES),
      now,
    });
    db.prepare(
      "INSERT INTO col VALUES (@id, @crt, @mod, @scm, @ver, @dty, @usn, @ls, @conf, @models, @decks, @dconf, @tags)",
    ).run(col);
    const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const insertCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
    const ms = now.getTime();
    const secs = Math.floor(ms / 1000);
    db.transaction(() => {
      deck.items.forEach((item, i) => {
        const note = itemToNote(item);
        const sortText = htmlToPlain(note.fields[0] ?? "").text;
        const id = ms + i;
        insertNote.run(
          id,
          note.guid,
          note.type.id,
          secs,
          ` ${note.tags.join(" ")} `,
          note.fields.join("\x1f"),
          sortText,
          ankiChecksum(sortText),
        );
        insertCard.run(id, id, deckId, secs, i + 1);
      });
    })();
    return db.serialize();
  } finally {
    db.close();
  }
}

export async function writeApkg(deck: ExportDeck, now: Date): Promise<Uint8Array> {
  return writeZip(
    [
      { name: "collection.anki2", data: buildCollection(deck, now) },
      { name: "media", data: "{}" },
    ],
    now,
  );
}
