// Library use cases: add a document (paste, upload or CLI import), list, read, rename, delete and
// share with a class. A document belongs to whoever added it and is private to them unless they
// share it with a class they teach; documents without an owner are the read-only starter
// collection every account sees (docs/decisions/040).
import "server-only";
import { z } from "zod";
import { extractDocument, fromPastedText, MAX_TITLE_LENGTH, type ExtractedDocument } from "@/lib/ingest";
import { splitSentences } from "@/lib/generate";
import { pageOf, type Page } from "@/lib/paging";
import { absentAsNull } from "@/lib/errors";
import { db } from "./db";
import { authorizeClass, authorizeDocument, readableDecks, readableDocuments } from "./access";
import { parseOrThrow } from "./classes";
import { titleFilter } from "./search";
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

/** Extracts, de-duplicates (per owner) and stores a document with its sentences and its
 *  formatting spans (headings, bold, italic, list items). `addedBy` "starter": the starter
 *  collection (first-start import, `npm run import`). Throws IngestError (a plain message) for
 *  unreadable or empty input. */
export async function addDocument(
  input: AddDocumentInput,
  addedBy: SessionUser | "starter",
): Promise<AddDocumentResult> {
  const extracted: ExtractedDocument =
    input.kind === "paste"
      ? fromPastedText({ title: input.title, text: input.text })
      : await extractDocument({ fileName: input.fileName, bytes: input.bytes, mimeType: input.mimeType });
  return storeExtracted(extracted, addedBy === "starter" ? null : addedBy.id);
}

/** The same text added again by the same owner (or to the starter collection) is a duplicate;
 *  someone else's copy is not looked at. */
const sameText = (contentHash: string, addedById: string | null) =>
  db().document.findFirst({
    where: { contentHash, ...(addedById ? { addedById } : { addedById: null, starter: true }) },
    select: { id: true, title: true },
  });

/** Stores an extracted document for its owner (null: the starter collection). */
export async function storeExtracted(doc: ExtractedDocument, addedById: string | null): Promise<AddDocumentResult> {
  const existing = await sameText(doc.contentHash, addedById);
  if (existing) return { status: "duplicate", document: existing };
  const sentences = splitSentences(doc.text);
  try {
    const created = await db().$transaction(async (tx) => {
      const d = await tx.document.create({
        data: {
          title: doc.title,
          text: doc.text,
          spans: spansToJson(doc.spans),
          format: doc.format,
          contentHash: doc.contentHash,
          wordCount: countWords(doc.text),
          addedById,
          starter: addedById === null,
        },
        select: { id: true, title: true },
      });
      if (sentences.length > 0)
        await tx.sentence.createMany({
          data: sentences.map((s, idx) => ({ documentId: d.id, idx, start: s.start, end: s.end })),
        });
      return d;
    });
    return { status: "added", document: created };
  } catch (e) {
    // Two uploads of the same text by the same person at once: the unique (owner, hash) pair
    // makes the second one a duplicate.
    const again = await sameText(doc.contentHash, addedById);
    if (again) return { status: "duplicate", document: again };
    throw e;
  }
}

/** Who a document or deck belongs to, as the viewer reads it. */
export type Ownership =
  | { kind: "yours" }
  | { kind: "starter" }
  | { kind: "shared"; by: string; classes: string[] }
  | { kind: "other"; by: string | null };

type OwnerRow = {
  starter: boolean;
  ownerId: string | null;
  ownerName: string | null;
  classes: { class: { name: string } }[];
};
export function ownership(viewer: SessionUser, r: OwnerRow): Ownership {
  if (r.starter) return { kind: "starter" };
  if (r.ownerId === viewer.id) return { kind: "yours" };
  if (r.classes.length > 0)
    return { kind: "shared", by: r.ownerName ?? "an instructor", classes: r.classes.map((c) => c.class.name) };
  return { kind: "other", by: r.ownerName };
}

export interface DocumentSummary {
  id: string;
  title: string;
  format: string;
  wordCount: number;
  createdAt: Date;
  owner: Ownership;
  sentenceCount: number;
}
export interface DocumentList extends Page {
  items: DocumentSummary[];
  q: string;
}

export const LIBRARY_PAGE_SIZE = 25;

/** The documents the viewer may read (own, starter, shared with their classes), newest first,
 *  filtered by title and paged. */
export async function listDocuments(
  viewer: SessionUser,
  opts: { q?: string; page?: unknown; pageSize?: number } = {},
): Promise<DocumentList> {
  const where = { AND: [readableDocuments(viewer), titleFilter(opts.q)] };
  const total = await db().document.count({ where });
  const p = pageOf(opts.page, total, opts.pageSize ?? LIBRARY_PAGE_SIZE);
  const docs = await db().document.findMany({
    where,
    orderBy: [{ starter: "asc" }, { createdAt: "desc" }, { title: "asc" }],
    skip: p.skip,
    take: p.take,
    select: {
      id: true,
      title: true,
      format: true,
      wordCount: true,
      createdAt: true,
      starter: true,
      addedById: true,
      addedBy: { select: { name: true } },
      classes: {
        where: { class: { OR: [{ instructorId: viewer.id }, { members: { some: { userId: viewer.id } } }] } },
        select: { class: { select: { name: true } } },
      },
      _count: { select: { sentences: true } },
    },
  });
  return {
    ...p,
    q: opts.q?.trim() ?? "",
    items: docs.map((d) => ({
      id: d.id,
      title: d.title,
      format: d.format,
      wordCount: d.wordCount,
      createdAt: d.createdAt,
      sentenceCount: d._count.sentences,
      owner: ownership(viewer, {
        starter: d.starter,
        ownerId: d.addedById,
        ownerName: d.addedBy?.name ?? null,
        classes: d.classes,
      }),
    })),
  };
}

/** Every document the viewer may build a deck from (for the build form), titles only. */
export async function listDocumentChoices(
  viewer: SessionUser,
): Promise<{ id: string; title: string; starter: boolean }[]> {
  return db().document.findMany({
    where: readableDocuments(viewer),
    orderBy: [{ starter: "asc" }, { title: "asc" }],
    take: 500,
    select: { id: true, title: true, starter: true },
  });
}

export interface DocumentView {
  id: string;
  title: string;
  text: string;
  format: string;
  createdAt: Date;
  addedBy: string | null;
  owner: Ownership;
  sentences: { start: number; end: number }[];
  /** the decks built from it that the viewer may open; `mine`: theirs to curate */
  decks: { id: string; title: string; mine: boolean }[];
  /** the viewer may rename and delete it */
  canManage: boolean;
  /** the viewer's classes (instructors who own it): whether it is shared with each */
  shareTargets: { classId: string; name: string; shared: boolean }[];
}

/** The document, or null when it does not exist for this person or is not theirs to read. */
export function getDocument(actor: SessionUser | null, id: string): Promise<DocumentView | null> {
  return requireDocument(actor, id).catch(absentAsNull);
}

/** The document; NotFoundError or ForbiddenError when the viewer may not read it. */
export async function requireDocument(actor: SessionUser | null, id: string): Promise<DocumentView> {
  const facts = await authorizeDocument(actor, id, "document.read");
  const viewer = actor!;
  const d = await db().document.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      title: true,
      text: true,
      format: true,
      createdAt: true,
      starter: true,
      addedById: true,
      addedBy: { select: { name: true } },
      sentences: { orderBy: { idx: "asc" }, select: { start: true, end: true } },
      decks: {
        where: { deck: readableDecks(viewer) },
        select: { deck: { select: { id: true, title: true, createdById: true } } },
      },
      classes: {
        select: {
          classId: true,
          class: {
            select: { name: true, instructorId: true, members: { where: { userId: viewer.id }, select: { id: true } } },
          },
        },
      },
    },
  });
  const mine = facts.relation === "owner";
  const teaching =
    mine && viewer.role === "instructor"
      ? await db().class.findMany({
          where: { instructorId: viewer.id },
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        })
      : [];
  const sharedWith = new Set(d.classes.map((c) => c.classId));
  const visibleShares = d.classes.filter((c) => c.class.instructorId === viewer.id || c.class.members.length > 0);
  return {
    id: d.id,
    title: d.title,
    text: d.text,
    format: d.format,
    createdAt: d.createdAt,
    addedBy: d.addedBy?.name ?? null,
    owner: ownership(viewer, {
      starter: d.starter,
      ownerId: d.addedById,
      ownerName: d.addedBy?.name ?? null,
      classes: visibleShares,
    }),
    sentences: d.sentences,
    decks: d.decks.map((x) => ({ id: x.deck.id, title: x.deck.title, mine: x.deck.createdById === viewer.id })),
    canManage: mine,
    shareTargets: teaching.map((c) => ({ classId: c.id, name: c.name, shared: sharedWith.has(c.id) })),
  };
}

export const titleSchema = z
  .string()
  .trim()
  .min(1, "Give it a title.")
  .max(MAX_TITLE_LENGTH, `Keep the title under ${MAX_TITLE_LENGTH} characters.`);

export async function renameDocument(
  actor: SessionUser | null,
  input: { documentId: string; title: string },
): Promise<{ id: string; title: string }> {
  await authorizeDocument(actor, input.documentId, "document.manage");
  const { title } = parseOrThrow(z.object({ title: titleSchema }), { title: input.title });
  return db().document.update({ where: { id: input.documentId }, data: { title }, select: { id: true, title: true } });
}

/** Deletes a document, its text and sentences. Items citing it keep their citations: each keeps
 *  the quoted passage and the document's title, shown as from a deleted document. Decks built
 *  from it stay, and so do attempts and reviews (their questions and answers were snapshotted). */
export async function deleteDocument(
  actor: SessionUser | null,
  documentId: string,
): Promise<{ title: string; citationsKept: number }> {
  const facts = await authorizeDocument(actor, documentId, "document.manage");
  const doc = await db().document.findUniqueOrThrow({ where: { id: documentId }, select: { title: true, text: true } });
  const kept = await db().$transaction(
    async (tx) => {
      const cites = await tx.itemCitation.findMany({ where: { documentId }, select: { start: true, end: true } });
      const spans = new Map(cites.map((c) => [`${c.start}:${c.end}`, c]));
      // One update per distinct passage (many items cite the same sentence).
      for (const s of spans.values())
        await tx.itemCitation.updateMany({
          where: { documentId, start: s.start, end: s.end },
          data: { quote: doc.text.slice(s.start, s.end), documentTitle: doc.title },
        });
      await tx.itemCitation.updateMany({ where: { documentId }, data: { documentId: null } });
      await tx.document.delete({ where: { id: documentId } });
      return cites.length;
    },
    { timeout: 60_000 },
  );
  return { title: facts.title, citationsKept: kept };
}

/** Shares one of the instructor's documents with one of their classes, or stops sharing it. */
export async function setDocumentShared(
  actor: SessionUser | null,
  input: { documentId: string; classId: string; shared: boolean },
): Promise<void> {
  await authorizeDocument(actor, input.documentId, "document.share");
  await authorizeClass(actor, input.classId, "class.manage");
  if (input.shared) {
    await db().classDocument.upsert({
      where: { classId_documentId: { classId: input.classId, documentId: input.documentId } },
      create: { classId: input.classId, documentId: input.documentId },
      update: {},
    });
  } else {
    await db().classDocument.deleteMany({ where: { classId: input.classId, documentId: input.documentId } });
  }
}
