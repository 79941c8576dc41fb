// Curation: an instructor reviews their own deck item by item (approve, edit, retire or restore)
// and adds items by hand from a sentence selected in the document view. Only the deck's owner
// curates it; a starter deck is curated on the instructor's own copy (docs/decisions/040).
// Edits keep the item's history (ItemVersion); attempts keep the version they showed.
import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { answerInCitation } from "@/lib/classes";
import { shuffleOptions } from "@/lib/grading";
import { pageOf, type Page } from "@/lib/paging";
import { AppError, notFound, notFoundAs, ForbiddenError } from "@/lib/errors";
import { db } from "./db";
import { citationGroups, citationSelect, type CitationView } from "./citations";
import { authorizeDeck, authorizeDocument } from "./access";
import { parseOrThrow } from "./classes";
import type { SessionUser } from "./accounts";
import type { Tx } from "./db";

export { isQuizzable } from "./item-types";

export interface CurationItem {
  id: string;
  position: number;
  type: string;
  kind: string;
  prompt: string;
  answer: string;
  options: string[];
  status: "active" | "retired";
  approved: boolean;
  version: number;
  citations: CitationView[];
  manual: boolean;
}
/** What the curation list and the item page read of an item. */
const curationItemSelect = {
  id: true,
  position: true,
  type: true,
  kind: true,
  prompt: true,
  answer: true,
  options: true,
  status: true,
  approvedAt: true,
  version: true,
  genKey: true,
  citations: citationSelect,
} as const;

/** An item row as curationItemSelect reads it (options as stored JSON, status and approval raw). */
type CurationRow = Pick<CurationItem, "id" | "position" | "type" | "kind" | "prompt" | "answer" | "version"> & {
  options: string;
  status: string;
  approvedAt: Date | null;
  genKey: string;
};

function curationItemView(i: CurationRow, citations: CitationView[]): CurationItem {
  return {
    id: i.id,
    position: i.position,
    type: i.type,
    kind: i.kind,
    prompt: i.prompt,
    answer: i.answer,
    options: JSON.parse(i.options) as string[],
    status: i.status === "retired" ? "retired" : "active",
    approved: i.approvedAt !== null,
    version: i.version,
    manual: i.genKey.startsWith("manual:"),
    citations,
  };
}

export interface CurationDeck extends Page {
  kind: "deck";
  id: string;
  title: string;
  hiddenFromStudents: boolean;
  sharedWith: string[];
  documents: { id: string; title: string }[];
  items: CurationItem[];
  counts: { active: number; retired: number; approved: number };
}
/** A deck the instructor may read but curates only on a copy (a starter deck). */
export interface CopyNeeded {
  kind: "copy";
  id: string;
  title: string;
  copyId: string | null;
}

export const CURATE_PAGE_SIZE = 50;

/** The deck when the actor curates it directly; FORBIDDEN (with the way out) for a starter deck. */
async function ownDeck(actor: SessionUser | null, deckId: string) {
  const facts = await authorizeDeck(actor, deckId, "deck.curate");
  if (facts.decision === "copy")
    throw new ForbiddenError(
      "This is a starter deck, which nobody changes. Make your own copy of it to review and edit its items.",
    );
  return facts;
}

export async function requireCurationDeck(
  actor: SessionUser | null,
  deckId: string,
  opts: { page?: unknown } = {},
): Promise<CurationDeck | CopyNeeded> {
  const facts = await authorizeDeck(actor, deckId, "deck.curate");
  if (facts.decision === "copy") {
    const copy = await db().deck.findFirst({
      where: { copiedFromId: deckId, createdById: actor!.id, deletedAt: null },
      select: { id: true },
    });
    return { kind: "copy", id: facts.id, title: facts.title, copyId: copy?.id ?? null };
  }
  const [deck, byStatus, approved] = await Promise.all([
    db().deck.findUniqueOrThrow({
      where: { id: deckId },
      select: {
        id: true,
        title: true,
        hiddenFromStudents: true,
        documents: { select: { document: { select: { id: true, title: true } } } },
        classes: { select: { class: { select: { name: true } } } },
      },
    }),
    db().item.groupBy({ by: ["status"], where: { deckId }, _count: { _all: true } }),
    db().item.count({ where: { deckId, approvedAt: { not: null } } }),
  ]);
  const count = (s: string) => byStatus.find((b) => b.status === s)?._count._all ?? 0;
  const p = pageOf(opts.page, count("active") + count("retired"), CURATE_PAGE_SIZE);
  const rows = await db().item.findMany({
    where: { deckId },
    orderBy: { position: "asc" },
    skip: p.skip,
    take: p.take,
    select: curationItemSelect,
  });
  const cites = await citationGroups(rows.map((i) => i.citations));
  return {
    ...p,
    kind: "deck",
    id: deck.id,
    title: deck.title,
    hiddenFromStudents: deck.hiddenFromStudents,
    sharedWith: deck.classes.map((c) => c.class.name),
    documents: deck.documents.map((d) => d.document),
    counts: { active: count("active"), retired: count("retired"), approved },
    items: rows.map((i, k) => curationItemView(i, cites[k] ?? [])),
  };
}

/** Which page of the curation list shows the item (for redirects back to it). */
export async function curationPageOf(deckId: string, itemId: string): Promise<number> {
  const item = await db().item.findUnique({ where: { id: itemId }, select: { position: true } });
  if (!item) return 1;
  const before = await db().item.count({ where: { deckId, position: { lt: item.position } } });
  return Math.floor(before / CURATE_PAGE_SIZE) + 1;
}

export async function requireCurationItem(
  actor: SessionUser | null,
  deckId: string,
  itemId: string,
): Promise<
  CurationItem & {
    deckTitle: string;
    history: { version: number; prompt: string; answer: string; createdAt: Date; editedBy: string | null }[];
  }
> {
  const facts = await ownDeck(actor, deckId);
  const i = await db().item.findFirst({
    where: { id: itemId, deckId },
    select: curationItemSelect,
  });
  if (!i) throw notFound("This item");
  const [[citations = []], history] = await Promise.all([
    citationGroups([i.citations]),
    db().itemVersion.findMany({
      where: { itemId },
      orderBy: { version: "desc" },
      select: { version: true, prompt: true, answer: true, createdAt: true, editedBy: { select: { name: true } } },
    }),
  ]);
  return {
    ...curationItemView(i, citations),
    deckTitle: facts.title,
    history: history.map((h) => ({ ...h, editedBy: h.editedBy?.name ?? null })),
  };
}

/** The item when the actor curates its deck; someone else's item does not exist for them. */
async function curatedItem(actor: SessionUser | null, itemId: string) {
  const item = await db().item.findUnique({
    where: { id: itemId },
    select: {
      id: true,
      deckId: true,
      type: true,
      prompt: true,
      answer: true,
      options: true,
      optionCitations: true,
      version: true,
      citations: { orderBy: { position: "asc" }, select: { documentId: true, start: true, end: true } },
    },
  });
  await ownDeck(actor, item?.deckId ?? "").catch(notFoundAs("This item"));
  return item!;
}

/** Hides a deck from students (they cannot open, quiz or review it; assignments still run) or
 *  shares it again. */
export async function setDeckHidden(actor: SessionUser | null, deckId: string, hidden: boolean): Promise<void> {
  await ownDeck(actor, deckId);
  await db().deck.update({ where: { id: deckId }, data: { hiddenFromStudents: hidden } });
}

export async function setItemStatus(
  actor: SessionUser | null,
  itemId: string,
  status: "active" | "retired",
): Promise<{ deckId: string }> {
  const item = await curatedItem(actor, itemId);
  await db().item.update({ where: { id: itemId }, data: { status } });
  return { deckId: item.deckId };
}

export async function approveItem(
  actor: SessionUser | null,
  itemId: string,
  now: Date = new Date(),
): Promise<{ deckId: string }> {
  const item = await curatedItem(actor, itemId);
  await db().item.update({ where: { id: itemId }, data: { approvedAt: now } });
  return { deckId: item.deckId };
}

const lines = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(/\r?\n/)).map((s) => s.trim()).filter(Boolean));
const citationSchema = z.object({
  documentId: z.string().min(1),
  start: z.coerce.number().int().min(0),
  end: z.coerce.number().int().min(1),
});

export const editItemSchema = z.object({
  itemId: z.string().min(1),
  prompt: z
    .string()
    .trim()
    .min(5, "Write the question (at least 5 characters).")
    .max(1000, "Keep the question under 1000 characters."),
  answer: z.string().trim().min(1, "Write the answer.").max(300, "Keep the answer under 300 characters."),
  /** the wrong options, one per line (the answer is added) */
  wrongOptions: lines.default([]),
  citation: citationSchema.optional(),
});

export const addItemSchema = z.object({
  deckId: z.string().min(1),
  prompt: editItemSchema.shape.prompt,
  answer: editItemSchema.shape.answer,
  wrongOptions: lines,
  citation: citationSchema,
});

function checkOptions(type: string, answer: string, wrong: string[]): string[] {
  if (type === "truefalse") {
    if (answer !== "True" && answer !== "False")
      throw new AppError("INVALID_INPUT", "A true/false item's answer is True or False.", {
        fieldErrors: { answer: "True or False." },
      });
    return [];
  }
  if (type !== "mcq") return [];
  const distinct = [...new Set(wrong.filter((w) => w.toLowerCase() !== answer.toLowerCase()))];
  if (distinct.length !== wrong.length)
    throw new AppError("INVALID_INPUT", "The wrong options must differ from each other and from the answer.", {
      fieldErrors: { wrongOptions: "Options must all be different." },
    });
  if (distinct.length < 1 || distinct.length > 5)
    throw new AppError("INVALID_INPUT", "Give 1 to 5 wrong options, one per line.", {
      fieldErrors: { wrongOptions: "1 to 5 wrong options, one per line." },
    });
  // Stored in a seeded order so the key is not always first when options are not shuffled.
  return shuffleOptions(
    [answer, ...distinct],
    [...answer].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7),
  );
}

async function checkCitation(
  actor: SessionUser,
  c: { documentId: string; start: number; end: number },
  answer: string,
  type: string,
): Promise<void> {
  await authorizeDocument(actor, c.documentId, "document.read").catch(notFoundAs("The cited document"));
  const doc = await db().document.findUniqueOrThrow({ where: { id: c.documentId }, select: { text: true } });
  if (c.end <= c.start || c.end > doc.text.length || c.end - c.start > 2000)
    throw new AppError(
      "INVALID_INPUT",
      "The selected citation is not a passage of the document (select up to 2000 characters). Select the sentence again.",
    );
  const quote = doc.text.slice(c.start, c.end);
  if (type !== "truefalse" && !answerInCitation(answer, quote))
    throw new AppError(
      "INVALID_INPUT",
      `The answer “${answer}” does not appear in the cited sentence: “${quote.length > 160 ? `${quote.slice(0, 160)}…` : quote}”. Change the answer, or select another sentence in the document to cite.`,
      { fieldErrors: { answer: "Not in the cited sentence." } },
    );
}

async function recordVersion(
  tx: Tx,
  itemId: string,
  version: number,
  v: { prompt: string; answer: string; options: string; citations: unknown },
  editedById: string | null,
) {
  await tx.itemVersion.create({
    data: {
      itemId,
      version,
      prompt: v.prompt,
      answer: v.answer,
      options: v.options,
      citations: JSON.stringify(v.citations),
      editedById,
    },
  });
}

/** Saves a new version of an item. The citation stays unless another one is given; either way
 *  the answer must appear in the cited text (true/false statements excepted). */
export async function editItem(
  actor: SessionUser | null,
  input: z.input<typeof editItemSchema>,
): Promise<{ deckId: string; version: number }> {
  const item = await curatedItem(actor, String(input.itemId ?? ""));
  const e = parseOrThrow(editItemSchema, input);
  const options = checkOptions(item.type, e.answer, e.wrongOptions);
  const citation = e.citation ?? item.citations[0];
  if (!citation)
    throw new AppError("INVALID_INPUT", "This item has no citation. Select a sentence in the document to cite.");
  if (!citation.documentId)
    throw new AppError(
      "INVALID_INPUT",
      "The cited document was deleted. Select a sentence in another document to cite.",
    );
  await checkCitation(
    actor!,
    { documentId: citation.documentId, start: citation.start, end: citation.end },
    e.answer,
    item.type,
  );
  const newOptions = item.type === "mcq" ? JSON.stringify(options) : item.options;
  const oldCites = JSON.parse(item.optionCitations) as Record<string, unknown>;
  const keptCites = Object.fromEntries(Object.entries(oldCites).filter(([k]) => options.includes(k) && k !== e.answer));
  const version = item.version + 1;
  await db().$transaction(async (tx) => {
    const has = await tx.itemVersion.count({ where: { itemId: item.id } });
    if (has === 0)
      await recordVersion(
        tx,
        item.id,
        item.version,
        { prompt: item.prompt, answer: item.answer, options: item.options, citations: item.citations },
        null,
      );
    const citations = e.citation ? [e.citation] : item.citations;
    if (e.citation) {
      await tx.itemCitation.deleteMany({ where: { itemId: item.id } });
      await tx.itemCitation.create({
        data: {
          itemId: item.id,
          documentId: e.citation.documentId,
          start: e.citation.start,
          end: e.citation.end,
          position: 0,
        },
      });
    }
    await tx.item.update({
      where: { id: item.id },
      data: {
        prompt: e.prompt,
        answer: e.answer,
        options: newOptions,
        optionCitations: JSON.stringify(keptCites),
        version,
        approvedAt: new Date(),
      },
    });
    await recordVersion(
      tx,
      item.id,
      version,
      { prompt: e.prompt, answer: e.answer, options: newOptions, citations },
      actor!.id,
    );
  });
  return { deckId: item.deckId, version };
}

/** Adds a multiple-choice item written by hand, citing the selected passage. */
export async function addItem(
  actor: SessionUser | null,
  input: z.input<typeof addItemSchema>,
): Promise<{ deckId: string; itemId: string }> {
  const deck = await ownDeck(actor, String(input.deckId ?? ""));
  const a = parseOrThrow(addItemSchema, input);
  const options = checkOptions("mcq", a.answer, a.wrongOptions);
  await checkCitation(actor!, a.citation, a.answer, "mcq");
  const itemId = await db().$transaction(async (tx) => {
    const last = await tx.item.findFirst({
      where: { deckId: deck.id },
      orderBy: { position: "desc" },
      select: { position: true },
    });
    await tx.deckDocument.upsert({
      where: { deckId_documentId: { deckId: deck.id, documentId: a.citation.documentId } },
      create: { deckId: deck.id, documentId: a.citation.documentId },
      update: {},
    });
    const item = await tx.item.create({
      data: {
        deckId: deck.id,
        position: (last?.position ?? -1) + 1,
        type: "mcq",
        kind: "other",
        prompt: a.prompt,
        answer: a.answer,
        options: JSON.stringify(options),
        genKey: `manual:${randomBytes(6).toString("hex")}`,
        approvedAt: new Date(),
        citations: {
          create: [{ documentId: a.citation.documentId, start: a.citation.start, end: a.citation.end, position: 0 }],
        },
      },
      select: { id: true },
    });
    await recordVersion(
      tx,
      item.id,
      1,
      { prompt: a.prompt, answer: a.answer, options: JSON.stringify(options), citations: [a.citation] },
      actor!.id,
    );
    return item.id;
  });
  return { deckId: deck.id, itemId };
}
