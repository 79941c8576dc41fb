// Assignments keep their secrets (docs/decisions/040): while an assignment's rules have not shown
// a student its answers, every other way to the same items is closed to that student. Withheld:
// the assigned items themselves, any item that cites the same passage of the same text (in
// whatever deck: the starter decks, a deck the student built from the same document, a copy of
// the document they added), and any item with the same question and answer.
import "server-only";
import { keepsSecret, type FeedbackPolicy } from "@/lib/classes";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { db } from "./db";
import { QUIZZABLE_TYPES } from "./item-types";
import type { SessionUser } from "./accounts";

type CitationKey = { documentId: string | null; start: number; end: number };
export interface EmbargoItem {
  id: string;
  prompt: string;
  answer: string;
  citations: readonly CitationKey[];
}

export interface Embargo {
  /** nothing is withheld */
  empty: boolean;
  /** the database condition matching the withheld items (combine as `NOT: where`) */
  where: Prisma.ItemWhereInput;
  /** the same rule on an item already loaded */
  blocks(item: EmbargoItem): boolean;
  /** the assignments keeping them secret (for the note shown instead) */
  assignments: { id: string; title: string }[];
}

const NONE: Embargo = { empty: true, where: { id: { in: [] } }, blocks: () => false, assignments: [] };
/** Nothing withheld: what embargoFor gives a student in no class, known without asking. */
export const NO_EMBARGO = NONE;
const pairKey = (prompt: string, answer: string) => `${prompt}\u0001${answer}`;
const citeKey = (documentId: string, start: number, end: number) => `${documentId}:${start}:${end}`;

/** What is withheld from `viewer` now. Instructors are never embargoed. `exceptAssignmentId`:
 *  an attempt at that assignment follows its own rules (lib/classes mayReveal). */
export async function embargoFor(
  viewer: SessionUser,
  now: Date,
  opts: { exceptAssignmentId?: string } = {},
): Promise<Embargo> {
  if (viewer.role !== "student") return NONE;
  const rows = await db().assignment.findMany({
    where: { class: { members: { some: { userId: viewer.id } } } },
    select: {
      id: true,
      title: true,
      deckId: true,
      itemIds: true,
      opensAt: true,
      dueAt: true,
      allowLate: true,
      maxAttempts: true,
      feedback: true,
      attempts: { where: { userId: viewer.id }, select: { status: true } },
    },
  });
  const secret = rows.filter(
    (a) =>
      a.id !== opts.exceptAssignmentId &&
      keepsSecret({ ...a, feedback: a.feedback as FeedbackPolicy }, a.attempts, now),
  );
  if (secret.length === 0) return NONE;
  const chosen = secret.flatMap((a) => JSON.parse(a.itemIds) as string[]);
  const wholeDecks = secret.filter((a) => (JSON.parse(a.itemIds) as string[]).length === 0).map((a) => a.deckId);
  const items = await db().item.findMany({
    where: { OR: [{ id: { in: chosen } }, { deckId: { in: wholeDecks }, type: { in: [...QUIZZABLE_TYPES] } }] },
    select: {
      id: true,
      prompt: true,
      answer: true,
      citations: { select: { documentId: true, start: true, end: true, document: { select: { contentHash: true } } } },
    },
  });
  // Every document with the same text as a cited one (someone's own copy) counts as that document.
  const hashes = [
    ...new Set(items.flatMap((i) => i.citations.flatMap((c) => (c.document ? [c.document.contentHash] : [])))),
  ];
  const twins = hashes.length
    ? await db().document.findMany({ where: { contentHash: { in: hashes } }, select: { id: true, contentHash: true } })
    : [];
  const byHash = new Map<string, string[]>();
  for (const t of twins) byHash.set(t.contentHash, [...(byHash.get(t.contentHash) ?? []), t.id]);
  const spans = new Map<string, { start: number; end: number; documentIds: Set<string> }>();
  for (const c of items.flatMap((i) => i.citations)) {
    if (!c.document) continue;
    const k = `${c.start}:${c.end}`;
    const s = spans.get(k) ?? { start: c.start, end: c.end, documentIds: new Set<string>() };
    for (const id of byHash.get(c.document.contentHash) ?? []) s.documentIds.add(id);
    spans.set(k, s);
  }
  const ids = new Set(items.map((i) => i.id));
  const pairs = new Set(items.map((i) => pairKey(i.prompt, i.answer)));
  const cites = new Set([...spans.values()].flatMap((s) => [...s.documentIds].map((d) => citeKey(d, s.start, s.end))));
  const where: Prisma.ItemWhereInput = {
    OR: [
      { id: { in: [...ids] } },
      ...(spans.size
        ? [
            {
              citations: {
                some: {
                  OR: [...spans.values()].map((s) => ({
                    start: s.start,
                    end: s.end,
                    documentId: { in: [...s.documentIds] },
                  })),
                },
              },
            },
          ]
        : []),
      ...items.map((i) => ({ prompt: i.prompt, answer: i.answer })),
    ],
  };
  return {
    empty: false,
    where,
    blocks: (i) =>
      ids.has(i.id) ||
      pairs.has(pairKey(i.prompt, i.answer)) ||
      i.citations.some((c) => c.documentId !== null && cites.has(citeKey(c.documentId, c.start, c.end))),
    assignments: secret.map((a) => ({ id: a.id, title: a.title })),
  };
}

/** The note shown where items were withheld. */
export function withheldNote(e: Embargo, count: number): string | null {
  if (e.empty || count === 0) return null;
  const titles = e.assignments.map((a) => `“${a.title}”`).join(", ");
  return `${count} item${count === 1 ? " is" : "s are"} withheld: ${count === 1 ? "it asks" : "they ask"} about what your assignment${e.assignments.length === 1 ? "" : "s"} ${titles} ${e.assignments.length === 1 ? "asks" : "ask"}. ${count === 1 ? "It comes" : "They come"} back once the assignment shows its answers.`;
}

/** An item condition that leaves the withheld items out (nothing when none are). */
export const notEmbargoed = (e: Embargo): Prisma.ItemWhereInput => (e.empty ? {} : { NOT: e.where });
