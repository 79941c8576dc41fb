// Importing a question bank (GIFT, Moodle XML, Anki, text, CSV) into a new deck. Each item is
// matched against the documents the importer can see: the sentence that holds its answer becomes
// its citation; an item with none is stored uncited (no citation rows) and shown as such. The
// whole bank is read and checked before anything is written, then stored in one transaction.
import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import {
  CitationFinder,
  FORMAT_LABEL,
  IMPORT_FORMATS,
  InteropError,
  readBank,
  type FoundCitation,
  type ImportedItem,
} from "@/lib/interop";
import { AppError } from "@/lib/errors";
import { db } from "./db";
import { readableDocuments } from "./access";
import type { SessionUser } from "./accounts";

export const importDeckSchema = z.object({
  fileName: z.string().trim().min(1, "Choose a file to import.").max(300),
  format: z.enum(IMPORT_FORMATS).optional(),
  title: z.string().trim().max(200, "Keep the title under 200 characters.").optional(),
});

export interface ImportedDeck {
  deckId: string;
  title: string;
  itemCount: number;
  citedCount: number;
  uncitedCount: number;
  warnings: string[];
}

const KINDS = new Set(["person", "org", "place", "date", "number", "money", "quote", "term", "cause", "other"]);

/** Documents with their sentences, limited to those the importer may open (the library's own
 *  rule); the command line (`actor` null), which makes starter decks, sees the starter collection. */
async function visibleLibrary(actor: SessionUser | null) {
  return db().document.findMany({
    where: actor ? readableDocuments(actor) : { starter: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, text: true, sentences: { orderBy: { idx: "asc" }, select: { start: true, end: true } } },
  });
}

async function refuseDuplicate(actor: SessionUser | null, hash: string, fileName: string): Promise<void> {
  const existing = await db().deck.findFirst({
    where: { importHash: hash, createdById: actor?.id ?? null, deletedAt: null },
    select: { title: true, createdAt: true },
  });
  if (existing)
    throw new AppError(
      "DUPLICATE",
      `“${fileName}” was already imported on ${existing.createdAt.toISOString().slice(0, 10)} as the deck “${existing.title}”. Nothing was imported again; open that deck from the list.`,
    );
}

const titleFrom = (fileName: string) =>
  fileName
    .replace(/^.*[\\/]/, "")
    .replace(/\.[^.]+$/, "")
    .replace(/\.(gift|moodle|anki|quizlet)$/i, "")
    .trim()
    .slice(0, 200) || "Imported deck";

interface Row {
  item: ImportedItem;
  citation: FoundCitation | null;
}

async function storeImported(p: {
  title: string;
  actor: SessionUser | null;
  hash: string;
  importedFrom: string;
  warnings: string[];
  rows: Row[];
}): Promise<string> {
  const documentIds = [...new Set(p.rows.flatMap((r) => (r.citation ? [r.citation.documentId] : [])))];
  return db().$transaction(
    async (tx) => {
      // A deck deleted by its owner keeps its row: it no longer counts as a first import of the file.
      await tx.deck.updateMany({
        where: { importHash: p.hash, createdById: p.actor?.id ?? null, deletedAt: { not: null } },
        data: { importHash: null },
      });
      const deck = await tx.deck.create({
        data: {
          title: p.title,
          createdById: p.actor?.id ?? null,
          starter: p.actor === null,
          importHash: p.hash,
          importedFrom: p.importedFrom,
          warnings: JSON.stringify(p.warnings),
          documents: { create: documentIds.map((documentId) => ({ documentId })) },
        },
        select: { id: true },
      });
      for (const [position, { item, citation }] of p.rows.entries()) {
        await tx.item.create({
          data: {
            deckId: deck.id,
            position,
            type: item.type,
            kind: KINDS.has(item.kind) ? item.kind : "other",
            prompt: item.prompt,
            answer: item.answer,
            options: JSON.stringify(item.options),
            genKey: `import:${item.sourceKey ?? position}`,
            citations: { create: citation ? [{ ...citation, position: 0 }] : [] },
          },
        });
      }
      return deck.id;
    },
    { timeout: 120_000 },
  );
}

export async function importDeck(
  actor: SessionUser | null,
  input: z.input<typeof importDeckSchema> & { bytes: Uint8Array },
): Promise<ImportedDeck> {
  const parsed = importDeckSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Invalid import.");
  const { fileName, format } = parsed.data;
  const hash = createHash("sha256").update(input.bytes).digest("hex");
  await refuseDuplicate(actor, hash, fileName);
  let bank;
  try {
    bank = await readBank(fileName, input.bytes, format);
  } catch (e) {
    if (e instanceof InteropError)
      throw new AppError("INVALID_INPUT", `${e.message} Nothing was imported.`, { interop: e.code });
    throw e;
  }
  const finder = new CitationFinder(await visibleLibrary(actor));
  const rows = bank.items.map((item) => ({ item, citation: finder.find(item) }));
  const title = parsed.data.title || bank.title?.slice(0, 200) || titleFrom(fileName);
  const citedCount = rows.filter((r) => r.citation).length;
  const warnings = [...bank.warnings];
  if (citedCount < rows.length)
    warnings.push(
      `${rows.length - citedCount} of ${rows.length} imported items are uncited: no sentence in your documents holds their answer. Their answers come from the imported file and are not proven; add the source document and import again, or cite them when you review the deck.`,
    );
  let deckId: string;
  try {
    deckId = await storeImported({
      title,
      actor,
      hash,
      importedFrom: `${FORMAT_LABEL[bank.format]} file “${fileName}”`,
      warnings,
      rows,
    });
  } catch (e) {
    // The same file imported twice at once: the unique (creator, hash) makes the second one a duplicate.
    if ((e as { code?: string }).code === "P2002") await refuseDuplicate(actor, hash, fileName);
    throw e;
  }
  return { deckId, title, itemCount: rows.length, citedCount, uncitedCount: rows.length - citedCount, warnings };
}
