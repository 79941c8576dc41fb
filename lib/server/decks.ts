// Deck use cases: build a deck from documents with the generation engine, list and read decks.
import "server-only";
import { z } from "zod";
import { generateDeck, type Citation, type Item, type SourceDocument } from "@/lib/generate";
import { AppError, notFound } from "@/lib/errors";
import { db } from "./db";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { spansFromJson } from "./document-spans";
import type { SessionUser } from "./accounts";

export const buildDeckSchema = z.object({
  documentIds: z.array(z.string().min(1)).min(1, "Choose at least one document.").max(200),
  title: z.string().trim().max(200, "Keep the title under 200 characters.").optional(),
  seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
});

export interface BuiltDeck { id: string; title: string; itemCount: number; warnings: string[] }

/** Runs the engine on the documents and stores the deck with its items and citations. */
export async function buildDeck(input: z.input<typeof buildDeckSchema>, createdBy: SessionUser | null): Promise<BuiltDeck> {
  const parsed = buildDeckSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Invalid deck request.");
  const { documentIds, seed = 1 } = parsed.data;
  const docs = await db().document.findMany({ where: { id: { in: documentIds } }, select: { id: true, title: true, text: true, spans: true } });
  if (docs.length !== new Set(documentIds).size) throw notFound("One of the chosen documents");
  const order = new Map(documentIds.map((id, i) => [id, i]));
  docs.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const title = parsed.data.title || (docs.length === 1 ? docs[0]!.title : `${docs.length} documents: ${docs.map((d) => d.title).join(", ")}`.slice(0, 200));
  const deck = generateDeck(docs.map(toSourceDocument), { seed, lexicon: loadWordNet() ?? undefined });
  return storeDeck({ title, seed, documentIds: docs.map((d) => d.id), items: deck.items, warnings: deck.warnings, createdById: createdBy?.id ?? null });
}

/** What the engine reads of a stored document: its text and the formatting kept at ingest. */
export const toSourceDocument = (d: { id: string; title: string; text: string; spans: string }): SourceDocument => ({
  id: d.id, title: d.title, text: d.text, spans: spansFromJson(d.spans, d.text.length),
});

const citationRow = (c: Citation, position: number) => ({ documentId: c.documentId, start: c.start, end: c.end, position });

async function storeDeck(d: { title: string; seed: number; documentIds: string[]; items: Item[]; warnings: string[]; createdById: string | null }): Promise<BuiltDeck> {
  const id = await db().$transaction(async (tx) => {
    const deck = await tx.deck.create({
      data: { title: d.title, seed: d.seed, createdById: d.createdById, warnings: JSON.stringify(d.warnings), documents: { create: d.documentIds.map((documentId) => ({ documentId })) } },
      select: { id: true },
    });
    for (const [position, item] of d.items.entries()) {
      await tx.item.create({
        data: {
          deckId: deck.id, position, type: item.type, kind: item.kind, prompt: item.prompt, answer: item.answer,
          options: JSON.stringify(item.options ?? []),
          optionCitations: JSON.stringify(item.optionCitations ?? {}),
          score: item.score ?? 0, genKey: item.id,
          citations: { create: item.citations.map(citationRow) },
        },
      });
    }
    return deck.id;
  }, { timeout: 60_000 });
  return { id, title: d.title, itemCount: d.items.length, warnings: d.warnings };
}

export interface DeckSummary { id: string; title: string; itemCount: number; documentCount: number; createdAt: Date; hiddenFromStudents: boolean }

/** Decks a student may not open: hidden by an instructor (behind graded assignments, 030). */
export const visibleTo = (viewer: SessionUser) => (viewer.role === "student" ? { hiddenFromStudents: false } : {});

export async function listDecks(viewer: SessionUser): Promise<DeckSummary[]> {
  const decks = await db().deck.findMany({
    where: visibleTo(viewer),
    orderBy: [{ createdAt: "asc" }, { title: "asc" }],
    select: { id: true, title: true, createdAt: true, hiddenFromStudents: true, _count: { select: { items: { where: { status: "active" } }, documents: true } } },
  });
  return decks.map((d) => ({ id: d.id, title: d.title, createdAt: d.createdAt, hiddenFromStudents: d.hiddenFromStudents, itemCount: d._count.items, documentCount: d._count.documents }));
}

export interface CitationView { documentId: string; documentTitle: string; start: number; end: number; quote: string }
export interface DeckItemView { id: string; type: string; kind: string; prompt: string; answer: string; options: string[]; citations: CitationView[] }
export interface DeckView {
  id: string; title: string; hiddenFromStudents: boolean; warnings: string[]; documents: { id: string; title: string }[]; items: DeckItemView[]; quizzableCount: number;
  /** what the deck was imported from (docs/decisions/040), null for a built deck */
  importedFrom: string | null;
}

export type CitationRow = { documentId: string; start: number; end: number };

/** Loads groups of citations (e.g. one group per item) with one query, quotes cut from the
 *  stored document text; the result is aligned with the groups. A citation whose document is
 *  gone is left out of its group. */
export async function citationGroups(groups: readonly (readonly CitationRow[])[]): Promise<CitationView[][]> {
  const ids = [...new Set(groups.flatMap((g) => g.map((r) => r.documentId)))];
  if (ids.length === 0) return groups.map(() => []);
  const docs = await db().document.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, text: true } });
  const byId = new Map(docs.map((d) => [d.id, d]));
  return groups.map((rows) =>
    rows.flatMap((r) => {
      const d = byId.get(r.documentId);
      return d ? [{ documentId: d.id, documentTitle: d.title, start: r.start, end: r.end, quote: d.text.slice(r.start, r.end) }] : [];
    }),
  );
}

export const QUIZZABLE_TYPES = ["mcq", "truefalse"] as const;

export async function getDeck(viewer: SessionUser, id: string): Promise<DeckView> {
  const deck = await db().deck.findUnique({
    where: { id, ...visibleTo(viewer) },
    select: {
      id: true, title: true, warnings: true, hiddenFromStudents: true, importedFrom: true,
      documents: { select: { document: { select: { id: true, title: true } } } },
      items: {
        where: { status: "active" }, orderBy: { position: "asc" },
        select: { id: true, type: true, kind: true, prompt: true, answer: true, options: true, citations: { orderBy: { position: "asc" }, select: { documentId: true, start: true, end: true } } },
      },
    },
  });
  if (!deck) throw notFound("This deck");
  const cites = await citationGroups(deck.items.map((i) => i.citations));
  const items = deck.items.map((i, k) => ({
    id: i.id, type: i.type, kind: i.kind, prompt: i.prompt, answer: i.answer, options: JSON.parse(i.options) as string[],
    citations: cites[k] ?? [],
  }));
  return {
    id: deck.id, title: deck.title, hiddenFromStudents: deck.hiddenFromStudents, warnings: JSON.parse(deck.warnings) as string[], importedFrom: deck.importedFrom,
    documents: deck.documents.map((x) => ({ id: x.document.id, title: x.document.title })),
    items, quizzableCount: items.filter((i) => (QUIZZABLE_TYPES as readonly string[]).includes(i.type)).length,
  };
}
