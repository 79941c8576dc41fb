// The progress page's larger reads as single SQL statements (valid on SQLite and PostgreSQL).
// Prisma 6 compiles every query on every call (about 1–3 ms of CPU each, more than these reads
// cost in the database), so the page's many small reads dominated its time: decision 071.
import "server-only";
import { Prisma } from "@/lib/generated/sqlite/client";
import { db } from "./db";
import { readableDeckSql } from "./access";

// SQLite returns DateTime columns of a raw query as text, PostgreSQL as Date; counts may be bigint.
const date = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));
const dateOrNull = (v: unknown) => (v === null || v === undefined ? null : date(v));
const num = (v: unknown) => Number(v);
const str = (v: unknown) => String(v);

export interface AttemptRow {
  id: string;
  status: string;
  questionCount: number;
  correctCount: number;
  startedAt: Date;
  finishedAt: Date | null;
  deckId: string;
  deckTitle: string;
  answered: number;
  /** the caller may still open the deck (a deleted deck, or one hidden behind an assignment, may not) */
  deckOpen: boolean;
}

/** The caller's quizzes, newest first, with their deck and how many questions were answered. */
export async function attemptRows(userId: string): Promise<AttemptRow[]> {
  const rows = await db().$queryRaw<Record<string, unknown>[]>`
    SELECT a."id", a."status", a."questionCount", a."correctCount", a."startedAt", a."finishedAt", d."id" AS "deckId", d."title" AS "deckTitle",
      (SELECT COUNT(*) FROM "AttemptQuestion" q WHERE q."attemptId" = a."id" AND q."answeredAt" IS NOT NULL) AS "answered",
      CASE WHEN ${readableDeckSql(userId)} THEN 1 ELSE 0 END AS "deckOpen"
    FROM "Attempt" a JOIN "Deck" d ON d."id" = a."deckId"
    WHERE a."userId" = ${userId}
    ORDER BY a."startedAt" DESC, a."id" DESC`;
  return rows.map((r) => ({
    id: str(r.id),
    status: str(r.status),
    questionCount: num(r.questionCount),
    correctCount: num(r.correctCount),
    startedAt: date(r.startedAt),
    finishedAt: dateOrNull(r.finishedAt),
    deckId: str(r.deckId),
    deckTitle: str(r.deckTitle),
    answered: num(r.answered),
    deckOpen: num(r.deckOpen) === 1,
  }));
}

export interface DayStatRow {
  day: number;
  reviews: number;
  passed: number;
  newCards: number;
  quiz: number;
}

/** The caller's per-day counts after day `after` (all of them without it). */
export async function dayStatRows(userId: string, after?: number): Promise<DayStatRow[]> {
  const rows = await db().$queryRaw<Record<string, unknown>[]>`
    SELECT "day", "reviews", "passed", "newCards", "quiz" FROM "UserDayStat"
    WHERE "userId" = ${userId} ${after === undefined ? Prisma.empty : Prisma.sql`AND "day" > ${after}`}`;
  return rows.map((r) => ({
    day: num(r.day),
    reviews: num(r.reviews),
    passed: num(r.passed),
    newCards: num(r.newCards),
    quiz: num(r.quiz),
  }));
}

export interface DeckItemCounts {
  byKind: { kind: string; n: number }[];
  byDocument: { documentId: string; title: string; n: number }[];
}

/** The denominators of mastery: the active items of these decks by kind, and the first
 *  citations of those items by document (with its title). */
export async function deckItemCounts(deckIds: readonly string[]): Promise<DeckItemCounts> {
  if (deckIds.length === 0) return { byKind: [], byDocument: [] };
  const decks = Prisma.join(deckIds);
  const [kinds, docs] = await Promise.all([
    db().$queryRaw<Record<string, unknown>[]>`
      SELECT i."kind", COUNT(*) AS "n" FROM "Item" i
      WHERE i."deckId" IN (${decks}) AND i."status" = 'active' GROUP BY i."kind"`,
    db().$queryRaw<Record<string, unknown>[]>`
      SELECT ic."documentId", d."title", COUNT(*) AS "n"
      FROM "ItemCitation" ic JOIN "Item" i ON i."id" = ic."itemId" JOIN "Document" d ON d."id" = ic."documentId"
      WHERE ic."position" = 0 AND i."deckId" IN (${decks}) AND i."status" = 'active'
      GROUP BY ic."documentId", d."title"`,
  ]);
  return {
    byKind: kinds.map((r) => ({ kind: str(r.kind), n: num(r.n) })),
    byDocument: docs.map((r) => ({ documentId: str(r.documentId), title: str(r.title), n: num(r.n) })),
  };
}

export interface StudiedCard {
  itemId: string;
  due: Date;
  stability: number;
  state: number;
  lastReview: Date | null;
  lapses: number;
  reps: number;
  kind: string;
  documentId: string | null;
  deckId: string;
}

/** The caller's cards of active items, with the item's kind and deck and the document of its
 *  first citation: the page's largest read (a year of study is thousands of rows), so it
 *  carries only the columns the figures need. */
export async function studiedCards(userId: string): Promise<StudiedCard[]> {
  const rows = await db().$queryRaw<Record<string, unknown>[]>`
    SELECT c."itemId", c."due", c."stability", c."state", c."lastReview", c."lapses", c."reps", i."kind", ic."documentId", i."deckId"
    FROM "CardState" c
    JOIN "Item" i ON i."id" = c."itemId" AND i."status" = 'active'
    LEFT JOIN "ItemCitation" ic ON ic."itemId" = c."itemId" AND ic."position" = 0
    WHERE c."userId" = ${userId}`;
  const seen = new Set<string>();
  const out: StudiedCard[] = [];
  for (const r of rows) {
    const itemId = str(r.itemId);
    if (seen.has(itemId)) continue; // an item with two first citations: one card
    seen.add(itemId);
    out.push({
      itemId,
      due: date(r.due),
      stability: num(r.stability),
      state: num(r.state),
      lastReview: dateOrNull(r.lastReview),
      lapses: num(r.lapses),
      reps: num(r.reps),
      kind: str(r.kind),
      documentId: r.documentId === null ? null : str(r.documentId),
      deckId: str(r.deckId),
    });
  }
  return out;
}

/** How often the caller rated each of these items Again (a wrong quiz answer counts), by item. */
export async function missedCounts(userId: string, itemIds: readonly string[]): Promise<Map<string, number>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db().$queryRaw<Record<string, unknown>[]>`
    SELECT c."itemId", COUNT(*) AS "n" FROM "ReviewLog" r JOIN "CardState" c ON c."id" = r."cardId"
    WHERE c."userId" = ${userId} AND c."itemId" IN (${Prisma.join(itemIds)}) AND r."rating" = 1
    GROUP BY c."itemId"`;
  return new Map(rows.map((r) => [str(r.itemId), num(r.n)]));
}

export interface ProgressFacts {
  retention: number;
  timeZone: string | null;
  dayStartHour: number;
  /** the student belongs to some class (else no assignment can keep anything from them) */
  inClass: boolean;
  /** changes with every review, quiz answer or undo: how many cards, the sum of their
   *  stability and difficulty (any change to a card's memory state, whoever made it), and the
   *  per-day counts' totals (a reschedule forgets the cached figures itself as well) */
  studyStamp: string;
  /** the decks the student has cards in and may still open, each with a stamp of its items
   *  (how many, their versions, how many active: an item added, edited or retired changes it) */
  decks: { id: string; stamp: string }[];
}

/** What the cached progress figures are computed from, besides the embargo and the clock: the
 *  student's study settings, a stamp of their study, and the decks they may open. One statement. */
export async function progressFacts(userId: string): Promise<ProgressFacts | null> {
  const rows = await db().$queryRaw<Record<string, unknown>[]>`
    SELECT u."retention", u."timeZone", u."dayStartHour",
      EXISTS (SELECT 1 FROM "ClassMember" m WHERE m."userId" = ${userId}) AS "inClass",
      cs."cards", cs."cardSum",
      ds."days", ds."reviews", ds."passed", ds."quiz",
      d."id" AS "deckId",
      (SELECT COUNT(*) || ':' || SUM(i."version") || ':' || SUM(CASE WHEN i."status" = 'active' THEN 1 ELSE 0 END)
        FROM "Item" i WHERE i."deckId" = d."id") AS "deckStamp"
    FROM "User" u
    CROSS JOIN (SELECT COUNT(*) AS "cards", COALESCE(SUM(c."stability"), 0) + COALESCE(SUM(c."difficulty"), 0) AS "cardSum"
      FROM "CardState" c WHERE c."userId" = ${userId}) cs
    CROSS JOIN (SELECT COUNT(*) AS "days", SUM(s."reviews") AS "reviews", SUM(s."passed") AS "passed", SUM(s."quiz") AS "quiz"
      FROM "UserDayStat" s WHERE s."userId" = ${userId}) ds
    LEFT JOIN "Deck" d ON EXISTS (SELECT 1 FROM "Item" i JOIN "CardState" c ON c."itemId" = i."id" AND c."userId" = ${userId} WHERE i."deckId" = d."id")
      AND ${readableDeckSql(userId)}
    WHERE u."id" = ${userId}
    ORDER BY d."id"`;
  const r = rows[0];
  if (!r) return null;
  return {
    retention: num(r.retention),
    timeZone: r.timeZone === null ? null : str(r.timeZone),
    dayStartHour: num(r.dayStartHour),
    inClass: r.inClass === true || Number(r.inClass) === 1,
    studyStamp: [r.cards, r.cardSum, r.days, r.reviews ?? 0, r.passed ?? 0, r.quiz ?? 0].map(num).join(":"),
    decks: rows.flatMap((d) => (d.deckId === null ? [] : [{ id: str(d.deckId), stamp: str(d.deckStamp) }])),
  };
}
