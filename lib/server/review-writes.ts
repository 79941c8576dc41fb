// The writes of a review, shared by a rating and a quiz answer: the schedule worked out
// (planReview, pure), then the card, the review log and the day's counts, for one batch
// transaction. Statements that need no Prisma semantics are raw SQL (valid on SQLite and
// PostgreSQL): Prisma 6 compiles every query on every call (decision 071).
import "server-only";
import { randomUUID } from "node:crypto";
import { countsOf } from "@/lib/analytics";
import {
  newCard,
  review,
  reviewLogRow,
  studyDay,
  type DayClock,
  type Grade,
  type SchedCard,
  type SchedLog,
} from "@/lib/scheduling";
import type { Tx } from "./db";

/** the stored schedule fields of a card, as every review read selects them */
export const cardSelect = {
  id: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

export type CardRow = SchedCard & { id: string };
export const sched = (c: CardRow): SchedCard => ({ ...c });
export const storedKey = (userId: string, key: string) => `${userId}:${key}`;

export function prismaCode(e: unknown): string | null {
  return typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" ? e.code : null;
}

interface ReviewPlan {
  userId: string;
  itemId: string;
  cardId: string;
  before: CardRow | null;
  card: SchedCard;
  log: SchedLog;
  clockBehind: boolean;
  source: "review" | "quiz";
  clientKey: string;
  durationMs: number;
  rating: Grade;
  /** the person's study day the review counts on */
  day: number;
}

/** The scheduling half of a review: pure, no database. */
export function planReview(r: {
  userId: string;
  itemId: string;
  card: CardRow | null;
  rating: Grade;
  now: Date;
  retention: number;
  clock: DayClock;
  source: "review" | "quiz";
  clientKey: string;
  durationMs: number;
}): ReviewPlan {
  const res = review(r.card ? sched(r.card) : newCard(r.now), r.rating, r.now, { retention: r.retention });
  return {
    userId: r.userId,
    itemId: r.itemId,
    cardId: r.card?.id ?? randomUUID(),
    before: r.card,
    card: res.card,
    log: res.log,
    clockBehind: res.clockBehind,
    source: r.source,
    clientKey: r.clientKey,
    durationMs: r.durationMs,
    rating: r.rating,
    day: studyDay(res.log.review, r.clock),
  };
}

/** The writes of a rating: the card (created, or updated only if unchanged since read: else the
 *  batch fails with P2025), the log (its client key is unique: P2002) and the day's counts. */
export function writeOps(c: Tx, p: ReviewPlan) {
  return [cardOp(c, p), logCreate(c, p), dayStatUpsert(c, p)] as [
    ReturnType<typeof cardOp>,
    ReturnType<typeof logCreate>,
    ReturnType<typeof dayStatUpsert>,
  ];
}

function cardOp(c: Tx, p: ReviewPlan) {
  const k = p.card;
  const data = {
    due: k.due,
    stability: k.stability,
    difficulty: k.difficulty,
    elapsedDays: k.elapsedDays,
    scheduledDays: k.scheduledDays,
    learningSteps: k.learningSteps,
    reps: k.reps,
    lapses: k.lapses,
    state: k.state,
    lastReview: k.lastReview,
  };
  const b = p.before;
  return !b
    ? c.cardState.create({ data: { id: p.cardId, userId: p.userId, itemId: p.itemId, ...data }, select: { id: true } })
    : c.cardState.update({ where: { id: b.id, reps: b.reps, lastReview: b.lastReview }, data, select: { id: true } });
}

function logCreate(c: Tx, p: ReviewPlan) {
  return c.reviewLog.create({ data: logRow(p), select: { id: true } });
}

const logRow = (p: ReviewPlan) => reviewLogRow(p.log, p, p);

/** logCreate as raw SQL, for the quiz: a duplicate key fails the batch with P2010 (its
 *  driverAdapterError a UniqueConstraintViolation) instead of P2002. */
function logInsert(c: Tx, p: ReviewPlan) {
  const l = logRow(p);
  return c.$executeRaw`
    INSERT INTO "ReviewLog" ("id", "userId", "itemId", "cardId", "rating", "state", "due", "stability", "difficulty",
      "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "review", "durationMs", "source", "clientKey")
    VALUES (${randomUUID()}, ${l.userId}, ${l.itemId}, ${l.cardId}, ${l.rating}, ${l.state}, ${l.due}, ${l.stability}, ${l.difficulty},
      ${l.elapsedDays}, ${l.lastElapsedDays}, ${l.scheduledDays}, ${l.learningSteps}, ${l.review}, ${l.durationMs}, ${l.source}, ${l.clientKey})`;
}

/** The day's counts as one raw upsert: Prisma would compile its upsert on every call. */
function dayStatUpsert(c: Tx, p: ReviewPlan) {
  const k = countsOf({ rating: p.rating, state: p.log.state, source: p.source, durationMs: p.durationMs });
  return c.$executeRaw`
    INSERT INTO "UserDayStat" ("userId", "day", "reviews", "passed", "newCards", "quiz", "durationMs")
    VALUES (${p.userId}, ${p.day}, ${k.reviews}, ${k.passed}, ${k.newCards}, ${k.quiz}, ${k.durationMs})
    ON CONFLICT ("userId", "day") DO UPDATE SET
      "reviews" = "UserDayStat"."reviews" + EXCLUDED."reviews",
      "passed" = "UserDayStat"."passed" + EXCLUDED."passed",
      "newCards" = "UserDayStat"."newCards" + EXCLUDED."newCards",
      "quiz" = "UserDayStat"."quiz" + EXCLUDED."quiz",
      "durationMs" = "UserDayStat"."durationMs" + EXCLUDED."durationMs"`;
}

/** A write refused by a unique key, from a Prisma query (P2002) or a raw one (P2010). */
export function isUniqueViolation(e: unknown): boolean {
  if (prismaCode(e) === "P2002") return true;
  const meta = (e as { meta?: { driverAdapterError?: { cause?: { kind?: string } } } } | null)?.meta;
  return prismaCode(e) === "P2010" && meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation";
}

/** The writes by which a first quiz answer feeds the item's flashcard schedule (a right answer
 *  counts as Good, a wrong one as Again), for the quiz's batch transaction. The client key is
 *  the attempt question, so one answer feeds the schedule once (the key is unique); the card is
 *  updated only if unchanged since `card` was read, else the batch fails (P2025) and the quiz
 *  stores the answer without them (a review in another tab at the same instant wins). */
export function quizAnswerOps(
  c: Tx,
  a: {
    userId: string;
    itemId: string;
    questionId: string;
    correct: boolean;
    now: Date;
    card: CardRow | null;
    retention: number;
    clock: DayClock;
  },
) {
  const plan = planReview({
    userId: a.userId,
    itemId: a.itemId,
    card: a.card,
    rating: a.correct ? 3 : 1,
    now: a.now,
    retention: a.retention,
    clock: a.clock,
    source: "quiz",
    clientKey: storedKey(a.userId, `quiz:${a.questionId}`),
    durationMs: 0,
  });
  return [cardOp(c, plan), logInsert(c, plan), dayStatUpsert(c, plan)];
}
