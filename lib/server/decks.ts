// Deck use cases: build a deck from documents with the generation engine, list, read (paged),
// rename, delete, copy and share. A deck belongs to whoever built it; decks without an owner are
// the read-only starter collection (docs/decisions/040).
import "server-only";
import { randomInt } from "node:crypto";
import { z } from "zod";
import { generateDeck, type Citation, type Item, type SourceDocument } from "@/lib/generate";
import { pageOf, type Page } from "@/lib/paging";
import { absentAsNull, AppError, notFound } from "@/lib/errors";
import { db } from "./db";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { spansFromJson } from "./document-spans";
import { authorizeClass, authorizeDeck, readableDecks, readableDocuments } from "./access";
import { embargoFor, notEmbargoed, withheldNote } from "./embargo";
import { ownership, titleSchema, type Ownership } from "./documents";
import { parseOrThrow } from "./classes";
import { titleFilter } from "./search";
import { QUIZZABLE_TYPES } from "./item-types";
import { citationGroups, citationSelect, type CitationView } from "./citations";
import type { SessionUser } from "./accounts";

export { QUIZZABLE_TYPES, isQuizzable } from "./item-types";

export const buildDeckSchema = z.object({
  documentIds: z.array(z.string().min(1)).min(1, "Choose at least one document.").max(200),
  title: z.string().trim().max(200, "Keep the title under 200 characters.").optional(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
});

export interface BuiltDeck {
  id: string;
  title: string;
  itemCount: number;
  warnings: string[];
}

/** Runs the engine on documents the builder may read and stores the deck with its items and
 *  citations. Each deck gets its own seed (the starter decks keep seed 1), so two people's decks
 *  from the same document differ in their options and in which form each fact is asked; the
 *  engine still finds the same facts (docs/decisions/040). `createdBy` "starter": a starter deck. */
export async function buildDeck(
  input: z.input<typeof buildDeckSchema>,
  builder: SessionUser | "starter",
): Promise<BuiltDeck> {
  const createdBy = builder === "starter" ? null : builder;
  const parsed = buildDeckSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Invalid deck request.");
  const { documentIds } = parsed.data;
  const seed = parsed.data.seed ?? (createdBy ? randomInt(1, 2 ** 31 - 1) : 1);
  const docs = await db().document.findMany({
    where: { id: { in: documentIds }, ...(createdBy ? readableDocuments(createdBy) : { starter: true }) },
    select: { id: true, title: true, text: true, spans: true },
  });
  if (docs.length !== new Set(documentIds).size) throw notFound("One of the chosen documents");
  const order = new Map(documentIds.map((id, i) => [id, i]));
  docs.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const title =
    parsed.data.title ||
    (docs.length === 1
      ? docs[0]!.title
      : `${docs.length} documents: ${docs.map((d) => d.title).join(", ")}`.slice(0, 200));
  const deck = generateDeck(docs.map(toSourceDocument), { seed, lexicon: loadWordNet() ?? undefined });
  return storeDeck({
    title,
    seed,
    documentIds: docs.map((d) => d.id),
    items: deck.items,
    warnings: deck.warnings,
    createdById: createdBy?.id ?? null,
  });
}

/** What the engine reads of a stored document: its text and the formatting kept at ingest. */
export const toSourceDocument = (d: { id: string; title: string; text: string; spans: string }): SourceDocument => ({
  id: d.id,
  title: d.title,
  text: d.text,
  spans: spansFromJson(d.spans, d.text.length),
});

const citationRow = (c: Citation, position: number) => ({
  documentId: c.documentId,
  start: c.start,
  end: c.end,
  position,
});

async function storeDeck(d: {
  title: string;
  seed: number;
  documentIds: string[];
  items: Item[];
  warnings: string[];
  createdById: string | null;
}): Promise<BuiltDeck> {
  const id = await db().$transaction(
    async (tx) => {
      const deck = await tx.deck.create({
        data: {
          title: d.title,
          seed: d.seed,
          createdById: d.createdById,
          starter: d.createdById === null,
          warnings: JSON.stringify(d.warnings),
          documents: { create: d.documentIds.map((documentId) => ({ documentId })) },
        },
        select: { id: true },
      });
      for (const [position, item] of d.items.entries()) {
        await tx.item.create({
          data: {
            deckId: deck.id,
            position,
            type: item.type,
            kind: item.kind,
            prompt: item.prompt,
            answer: item.answer,
            options: JSON.stringify(item.options ?? []),
            optionCitations: JSON.stringify(item.optionCitations ?? {}),
            score: item.score ?? 0,
            genKey: item.id,
            citations: { create: item.citations.map(citationRow) },
          },
        });
      }
      return deck.id;
    },
    { timeout: 60_000 },
  );
  return { id, title: d.title, itemCount: d.items.length, warnings: d.warnings };
}

/** The instructor's own copy of a deck they may read but not change (a starter deck): its items
 *  as they are now, with their citations, as a new deck of theirs. An existing copy is reused. */
export async function copyDeck(
  actor: SessionUser | null,
  deckId: string,
): Promise<{ id: string; title: string; created: boolean }> {
  const facts = await authorizeDeck(actor, deckId, "deck.curate");
  if (facts.decision === "allow") return { id: facts.id, title: facts.title, created: false };
  const me = actor!;
  const existing = await db().deck.findFirst({
    where: { copiedFromId: deckId, createdById: me.id, deletedAt: null },
    select: { id: true, title: true },
  });
  if (existing) return { ...existing, created: false };
  const src = await db().deck.findUniqueOrThrow({
    where: { id: deckId },
    select: {
      title: true,
      description: true,
      seed: true,
      warnings: true,
      documents: { select: { documentId: true } },
      items: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          type: true,
          kind: true,
          prompt: true,
          answer: true,
          options: true,
          optionCitations: true,
          score: true,
          status: true,
          genKey: true,
          citations: {
            select: { documentId: true, start: true, end: true, position: true, quote: true, documentTitle: true },
          },
        },
      },
    },
  });
  const title = `${src.title} (my copy)`.slice(0, 200);
  const id = await db().$transaction(
    async (tx) => {
      const deck = await tx.deck.create({
        data: {
          title,
          description: src.description,
          seed: src.seed,
          warnings: src.warnings,
          createdById: me.id,
          copiedFromId: deckId,
          documents: { create: src.documents },
        },
        select: { id: true },
      });
      const made = await tx.item.createManyAndReturn({
        data: src.items.map(({ citations: _c, ...i }) => ({ ...i, deckId: deck.id })),
        select: { id: true, position: true },
      });
      const byPosition = new Map(made.map((m) => [m.position, m.id]));
      await tx.itemCitation.createMany({
        data: src.items.flatMap((i) => i.citations.map((c) => ({ ...c, itemId: byPosition.get(i.position)! }))),
      });
      return deck.id;
    },
    { timeout: 60_000 },
  );
  return { id, title, created: true };
}

export interface DeckSummary {
  id: string;
  title: string;
  itemCount: number;
  documentCount: number;
  createdAt: Date;
  hiddenFromStudents: boolean;
  owner: Ownership;
}
export interface DeckList extends Page {
  items: DeckSummary[];
  q: string;
}

export const DECKS_PAGE_SIZE = 25;

export async function listDecks(
  viewer: SessionUser,
  opts: { q?: string; page?: unknown; pageSize?: number } = {},
): Promise<DeckList> {
  const where = { AND: [readableDecks(viewer), titleFilter(opts.q)] };
  const total = await db().deck.count({ where });
  const p = pageOf(opts.page, total, opts.pageSize ?? DECKS_PAGE_SIZE);
  const decks = await db().deck.findMany({
    where,
    orderBy: [{ starter: "asc" }, { createdAt: "desc" }, { title: "asc" }],
    skip: p.skip,
    take: p.take,
    select: {
      id: true,
      title: true,
      createdAt: true,
      hiddenFromStudents: true,
      starter: true,
      createdById: true,
      createdBy: { select: { name: true } },
      classes: {
        where: { class: { OR: [{ instructorId: viewer.id }, { members: { some: { userId: viewer.id } } }] } },
        select: { class: { select: { name: true } } },
      },
      _count: { select: { items: { where: { status: "active" } }, documents: true } },
    },
  });
  return {
    ...p,
    q: opts.q?.trim() ?? "",
    items: decks.map((d) => ({
      id: d.id,
      title: d.title,
      createdAt: d.createdAt,
      hiddenFromStudents: d.hiddenFromStudents,
      itemCount: d._count.items,
      documentCount: d._count.documents,
      owner: ownership(viewer, {
        starter: d.starter,
        ownerId: d.createdById,
        ownerName: d.createdBy?.name ?? null,
        classes: d.classes,
      }),
    })),
  };
}

/** The decks an instructor can assign from: their own, then the starter decks (assigning from a
 *  starter deck assigns their own copy of it). */
export async function listAssignableDecks(
  actor: SessionUser,
): Promise<{ id: string; title: string; itemCount: number; starter: boolean }[]> {
  const decks = await db().deck.findMany({
    where: { deletedAt: null, OR: [{ createdById: actor.id }, { starter: true }] },
    orderBy: [{ starter: "asc" }, { createdAt: "desc" }],
    take: 500,
    select: { id: true, title: true, starter: true, _count: { select: { items: { where: { status: "active" } } } } },
  });
  return decks.map((d) => ({ id: d.id, title: d.title, starter: d.starter, itemCount: d._count.items }));
}

export interface DeckItemView {
  id: string;
  type: string;
  kind: string;
  prompt: string;
  answer: string;
  options: string[];
  citations: CitationView[];
}
export interface DeckView extends Page {
  id: string;
  title: string;
  hiddenFromStudents: boolean;
  warnings: string[];
  createdAt: Date;
  owner: Ownership;
  documents: { id: string; title: string }[];
  items: DeckItemView[];
  quizzableCount: number;
  /** why some items are not shown (an assignment keeps them secret), with how many */
  withheld: { count: number; note: string } | null;
  canManage: boolean;
  /** "allow": the viewer curates this deck; "copy": on their own copy; null: not at all */
  curate: "allow" | "copy" | null;
  /** the instructor's existing copy of it, if any */
  copyId: string | null;
  shareTargets: { classId: string; name: string; shared: boolean }[];
  hasAssignments: boolean;
  /** what the deck was imported from (docs/decisions/050), null for a built deck */
  importedFrom: string | null;
}

export const DECK_PAGE_SIZE = 25;

/** The deck, or null when it does not exist for this person or is not theirs to open. */
export function getDeck(
  actor: SessionUser | null,
  id: string,
  opts: { page?: unknown; now?: Date } = {},
): Promise<DeckView | null> {
  return requireDeck(actor, id, opts).catch(absentAsNull);
}

/** A deck with one page of its active items (answers included: the viewer may read them), minus
 *  any item an assignment keeps secret from this student. NotFoundError or ForbiddenError when
 *  the viewer may not open it. */
export async function requireDeck(
  actor: SessionUser | null,
  id: string,
  opts: { page?: unknown; now?: Date } = {},
): Promise<DeckView> {
  const facts = await authorizeDeck(actor, id, "deck.read");
  const viewer = actor!;
  const embargo = await embargoFor(viewer, opts.now ?? new Date());
  const shown = { deckId: id, status: "active", ...notEmbargoed(embargo) };
  const [deck, total, withheldCount, quizzableCount] = await Promise.all([
    db().deck.findUniqueOrThrow({
      where: { id },
      select: {
        id: true,
        title: true,
        warnings: true,
        hiddenFromStudents: true,
        createdAt: true,
        starter: true,
        createdById: true,
        createdBy: { select: { name: true } },
        importedFrom: true,
        documents: { select: { document: { select: { id: true, title: true } } } },
        classes: {
          select: {
            classId: true,
            class: {
              select: {
                name: true,
                instructorId: true,
                members: { where: { userId: viewer.id }, select: { id: true } },
              },
            },
          },
        },
        _count: { select: { assignments: true } },
      },
    }),
    db().item.count({ where: shown }),
    embargo.empty ? Promise.resolve(0) : db().item.count({ where: { deckId: id, status: "active", ...embargo.where } }),
    db().item.count({ where: { ...shown, type: { in: [...QUIZZABLE_TYPES] } } }),
  ]);
  const p = pageOf(opts.page, total, DECK_PAGE_SIZE);
  const rows = await db().item.findMany({
    where: shown,
    orderBy: { position: "asc" },
    skip: p.skip,
    take: p.take,
    select: { id: true, type: true, kind: true, prompt: true, answer: true, options: true, citations: citationSelect },
  });
  const cites = await citationGroups(rows.map((i) => i.citations));
  const mine = facts.relation === "owner";
  const [copy, teaching] = await Promise.all([
    facts.decision === "allow" && viewer.role === "instructor" && deck.starter
      ? db().deck.findFirst({
          where: { copiedFromId: id, createdById: viewer.id, deletedAt: null },
          select: { id: true },
        })
      : null,
    mine && viewer.role === "instructor"
      ? db().class.findMany({
          where: { instructorId: viewer.id },
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        })
      : [],
  ]);
  const sharedWith = new Set(deck.classes.map((c) => c.classId));
  const note = withheldNote(embargo, withheldCount);
  return {
    ...p,
    id: deck.id,
    title: deck.title,
    hiddenFromStudents: deck.hiddenFromStudents,
    warnings: JSON.parse(deck.warnings) as string[],
    createdAt: deck.createdAt,
    owner: ownership(viewer, {
      starter: deck.starter,
      ownerId: deck.createdById,
      ownerName: deck.createdBy?.name ?? null,
      classes: deck.classes.filter((c) => c.class.instructorId === viewer.id || c.class.members.length > 0),
    }),
    documents: deck.documents.map((x) => ({ id: x.document.id, title: x.document.title })),
    items: rows.map((i, k) => ({
      id: i.id,
      type: i.type,
      kind: i.kind,
      prompt: i.prompt,
      answer: i.answer,
      options: JSON.parse(i.options) as string[],
      citations: cites[k] ?? [],
    })),
    quizzableCount,
    withheld: note ? { count: withheldCount, note } : null,
    canManage: mine,
    curate: viewer.role !== "instructor" ? null : mine ? "allow" : deck.starter ? "copy" : null,
    copyId: copy?.id ?? null,
    shareTargets: teaching.map((c) => ({ classId: c.id, name: c.name, shared: sharedWith.has(c.id) })),
    hasAssignments: deck._count.assignments > 0,
    importedFrom: deck.importedFrom,
  };
}

export async function renameDeck(
  actor: SessionUser | null,
  input: { deckId: string; title: string },
): Promise<{ id: string; title: string }> {
  await authorizeDeck(actor, input.deckId, "deck.manage");
  const { title } = parseOrThrow(z.object({ title: titleSchema }), { title: input.title });
  return db().deck.update({ where: { id: input.deckId }, data: { title }, select: { id: true, title: true } });
}

/** Deletes a deck for everyone: it leaves every list, page, quiz and review queue. Its items
 *  stay in the database so past attempts and reviews remain readable. A deck behind an
 *  assignment is kept (its results would lose their questions). */
export async function deleteDeck(
  actor: SessionUser | null,
  deckId: string,
  now: Date = new Date(),
): Promise<{ title: string }> {
  const facts = await authorizeDeck(actor, deckId, "deck.manage");
  const assignments = await db().assignment.findMany({
    where: { deckId },
    select: { title: true, class: { select: { name: true } } },
  });
  if (assignments.length > 0)
    throw new AppError(
      "CONFLICT",
      `This deck cannot be deleted: ${assignments.map((a) => `“${a.title}” (${a.class.name})`).join(", ")} ${assignments.length === 1 ? "uses" : "use"} it, and ${assignments.length === 1 ? "its" : "their"} results need its questions.`,
    );
  await db().deck.update({ where: { id: deckId }, data: { deletedAt: now } });
  await db().classDeck.deleteMany({ where: { deckId } });
  return { title: facts.title };
}

/** Shares one of the instructor's decks with one of their classes, or stops sharing it. Its
 *  documents that the instructor owns are shared too, so the citations open for the class. */
export async function setDeckShared(
  actor: SessionUser | null,
  input: { deckId: string; classId: string; shared: boolean },
): Promise<void> {
  await authorizeDeck(actor, input.deckId, "deck.share");
  await authorizeClass(actor, input.classId, "class.manage");
  const key = { classId: input.classId, deckId: input.deckId };
  if (!input.shared) {
    await db().classDeck.deleteMany({ where: key });
    return;
  }
  const docs = await db().document.findMany({
    where: { addedById: actor!.id, decks: { some: { deckId: input.deckId } } },
    select: { id: true },
  });
  await db().$transaction([
    db().classDeck.upsert({ where: { classId_deckId: key }, create: key, update: {} }),
    ...docs.map((d) =>
      db().classDocument.upsert({
        where: { classId_documentId: { classId: input.classId, documentId: d.id } },
        create: { classId: input.classId, documentId: d.id },
        update: {},
      }),
    ),
  ]);
}
