// Library use cases: add a document (paste, upload or CLI import), list, read. The library is
// shared by every signed-in person; each document records who added it.
import "server-only";
import { extractDocument, fromPastedText, type ExtractedDocument } from "@/lib/ingest";
import { splitSentences } from "@/lib/generate";
import { notFound } from "@/lib/errors";
import { db } from "./db";
import { visibleTo } from "./decks";
import { spansToJson } from "./document-spans";
import type { SessionUser } from "./accounts";

export type AddDocumentInput =
  | { kind: "paste"; title?: string; text: string }
  | { kind: "file"; fileName: string; bytes: Uint8Array; mimeType?: string };

export interface AddDocumentResult {
  status: "added" | "duplicate";
  document: { id: string; title: string };
}

const countWords = (text: string) => (text.match(/\S+/g) ?? []).length;

/** Extracts, de-duplicates by content hash and stores a document with its sentences and its
 *  formatting spans (headings, bold, italic, list items).
 *  Throws IngestError (a plain message) for unreadable or empty input. */
export async function addDocument(input: AddDocumentInput, addedBy: SessionUser | null): Promise<AddDocumentResult> {
  const extracted: ExtractedDocument =
    input.kind === "paste"
      ? fromPastedText({ title: input.title, text: input.text })
      : await extractDocument({ fileName: input.fileName, bytes: input.bytes, mimeType: input.mimeType });
  return storeExtracted(extracted, addedBy?.id ?? null);
}

export async function storeExtracted(doc: ExtractedDocument, addedById: string | null): Promise<AddDocumentResult> {
  const existing = await db().document.findUnique({ where: { contentHash: doc.contentHash }, select: { id: true, title: true } });
  if (existing) return { status: "duplicate", document: existing };
  const sentences = splitSentences(doc.text);
  try {
    const created = await db().$transaction(async (tx) => {
      const d = await tx.document.create({
        data: {
          title: doc.title, text: doc.text, spans: spansToJson(doc.spans), format: doc.format, contentHash: doc.contentHash,
          wordCount: countWords(doc.text), addedById,
        },
        select: { id: true, title: true },
      });
      if (sentences.length > 0)
        await tx.sentence.createMany({ data: sentences.map((s, idx) => ({ documentId: d.id, idx, start: s.start, end: s.end })) });
      return d;
    });
    return { status: "added", document: created };
  } catch (e) {
    // Two uploads of the same text at once: the unique hash makes the second one a duplicate.
    const again = await db().document.findUnique({ where: { contentHash: doc.contentHash }, select: { id: true, title: true } });
    if (again) return { status: "duplicate", document: again };
    throw e;
  }
}

export interface DocumentSummary { id: string; title: string; format: string; wordCount: number; createdAt: Date; addedBy: string | null; sentenceCount: number }

export async function listDocuments(_viewer: SessionUser): Promise<DocumentSummary[]> {
  const docs = await db().document.findMany({
    orderBy: [{ createdAt: "asc" }, { title: "asc" }],
    select: { id: true, title: true, format: true, wordCount: true, createdAt: true, addedBy: { select: { name: true } }, _count: { select: { sentences: true } } },
  });
  return docs.map((d) => ({ id: d.id, title: d.title, format: d.format, wordCount: d.wordCount, createdAt: d.createdAt, addedBy: d.addedBy?.name ?? null, sentenceCount: d._count.sentences }));
}

export interface DocumentView { id: string; title: string; text: string; format: string; createdAt: Date; addedBy: string | null; sentences: { start: number; end: number }[]; decks: { id: string; title: string }[] }

export async function getDocument(viewer: SessionUser, id: string): Promise<DocumentView> {
  const d = await db().document.findUnique({
    where: { id },
    select: {
      id: true, title: true, text: true, format: true, createdAt: true, addedBy: { select: { name: true } },
      sentences: { orderBy: { idx: "asc" }, select: { start: true, end: true } },
      decks: { where: { deck: visibleTo(viewer) }, select: { deck: { select: { id: true, title: true } } } },
    },
  });
  if (!d) throw notFound("This document");
  return { ...d, addedBy: d.addedBy?.name ?? null, decks: d.decks.map((x) => x.deck) };
}
