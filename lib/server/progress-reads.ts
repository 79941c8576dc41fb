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
}

/** The caller's quizzes, newest first, with their deck and how many questions were answered. */
export async function attemptRows(userId: string): Promise<AttemptRow[]> {
  const rows = await db().$queryRaw<Record<string, unknown>[]>`
    SELECT a."id", a."status", a."questionCount", a."correctCount", a."startedAt", a."finishedAt", d."id" AS "deckId", d."title" AS "deckTitle",
      (SELECT COUNT(*) FROM "AttemptQuestion" q WHERE q."attemptId" = a."id" AND q."answeredAt" IS NOT NULL) AS "answered"
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
  /** changes whenever one of the student's cards does: a review, a quiz answer, an undo, a reschedule */
  cardStamp: string;
}

/** The student's study settings and a stamp of their cards, in one statement: what the cached
 *  progress figures depend on besides the decks (studiedDeckStamps) and the embargo. */
export async function progressFacts(userId: string): Promise<ProgressFacts | null> {
  const rows = await db().$queryRaw<Record<string, unknown>[]>`
    SELECT u."retention", u."timeZone", u."dayStartHour",
      EXISTS (SELECT 1 FROM "ClassMember" m WHERE m."userId" = ${userId}) AS "inClass",
      cs."n", cs."reps", cs."stability", cs."last"
    FROM "User" u, (SELECT COUNT(*) AS "n", SUM(c."reps") AS "reps", SUM(c."stability") AS "stability", MAX(c."lastReview") AS "last"
      FROM "CardState" c WHERE c."userId" = ${userId}) cs
    WHERE u."id" = ${userId}`;
  const r = rows[0];
  if (!r) return null;
  const last = dateOrNull(r.last);
  return {
    retention: num(r.retention),
    timeZone: r.timeZone === null ? null : str(r.timeZone),
    dayStartHour: num(r.dayStartHour),
    inClass: r.inClass === true || Number(r.inClass) === 1,
    cardStamp: [num(r.n), num(r.reps ?? 0), num(r.stability ?? 0), last ? last.getTime() : 0].join(":"),
  };
}

/** The decks the student has cards in and may still open, each with a stamp of its items
 *  (how many are active, the sum of their versions: an item added, edited or retired changes it). */
export async function studiedDeckStamps(userId: string): Promise<{ id: string; stamp: string }[]> {
  const rows = await db().$queryRaw<Record<string, unknown>[]>`
    SELECT d."id",
      (SELECT COUNT(*) FROM "Item" i WHERE i."deckId" = d."id" AND i."status" = 'active') AS "active",
      (SELECT SUM(i."version") FROM "Item" i WHERE i."deckId" = d."id") AS "versions"
    FROM "Deck" d
    WHERE EXISTS (SELECT 1 FROM "Item" i JOIN "CardState" c ON c."itemId" = i."id" AND c."userId" = ${userId} WHERE i."deckId" = d."id")
      AND ${readableDeckSql(userId)}
    ORDER BY d."id"`;
  return rows.map((r) => ({ id: str(r.id), stamp: `${num(r.active)}:${num(r.versions ?? 0)}` }));
}

/** The decks the student has quizzes on and may still open. */
export async function openAttemptDecks(userId: string): Promise<string[]> {
  const rows = await db().$queryRaw<Record<string, unknown>[]>`
    SELECT d."id" FROM "Deck" d
    WHERE EXISTS (SELECT 1 FROM "Attempt" a WHERE a."deckId" = d."id" AND a."userId" = ${userId}) AND ${readableDeckSql(userId)}`;
  return rows.map((r) => str(r.id));
}
