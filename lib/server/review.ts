// Flashcard review on an FSRS schedule: the next card of a session and a rating (stored as it is made, idempotent by
// client key); undo is in review-undo.ts, study settings (and schedules recomputed when the target changes) in
// study-settings.ts. Every call acts on the caller's own cards only. The clock is a parameter.
import "server-only";
import { z } from "zod";
import { AppError, notFound, NotFoundError } from "@/lib/errors";
import {
  GRADES,
  intervalLabel,
  isGrade,
  newCard,
  preview,
  studyDay,
  type DayClock,
  type Grade,
  type SchedCard,
} from "@/lib/scheduling";
import { shuffleOptions } from "@/lib/grading";
import { db } from "./db";
import { citationGroups, citationSelect, type CitationView } from "./citations";
import { readableDecks } from "./access";
import { embargoFor, notEmbargoed, type Embargo } from "./embargo";
import type { SessionUser } from "./accounts";
import { cardSelect, planReview, prismaCode, sched, storedKey, writeOps } from "./review-writes";
import { getStudySettings, type StudySettings } from "./study-settings";

/** Learning and relearning steps may be taken up to this early when nothing else is due. */
const LEARN_AHEAD_MS = 20 * 60_000;

export const scopeSchema = z.object({
  deckId: z.string().min(1).max(100).optional(),
  /** a fixed list of items (e.g. "study your weakest now"); reviewed once each, due or not */
  items: z.array(z.string().min(1).max(100)).max(50).optional(),
  /** with items: the session start; items rated since are done */
  since: z.coerce.date().optional(),
});
export type ReviewScope = z.infer<typeof scopeSchema>;

export interface ReviewCardView {
  itemId: string;
  deckId: string;
  deckTitle: string;
  type: string;
  kind: string;
  /** what the student sees first */
  front: string;
  back: string;
  options: string[];
  citations: CitationView[];
  /** mcq: where each wrong option really appears in the documents, when the engine recorded it */
  optionCitations: Record<string, CitationView[]>;
  isNew: boolean;
  dueAt: Date;
  /** the next interval for each rating, as the buttons show it */
  intervals: Record<Grade, string>;
}
export interface ReviewQueue {
  card: ReviewCardView | null;
  dueCount: number;
  newLeft: number;
  newToday: number;
  settings: StudySettings;
  canUndo: boolean;
}

function isDue(c: SchedCard, now: Date): boolean {
  if (c.due.getTime() <= now.getTime()) return true;
  return (c.state === 1 || c.state === 3) && c.due.getTime() <= now.getTime() + LEARN_AHEAD_MS;
}

/** New cards begun on the person's current study day. Read before their clock is known (so it
 *  runs beside the other reads): the days around now's UTC date that any zone and start hour
 *  can fall on; `pick` chooses with the clock. */
async function newCardsAround(userId: string, now: Date): Promise<{ pick: (clock: DayClock) => number }> {
  const utc = Math.floor(now.getTime() / 86_400_000);
  const rows = await db().userDayStat.findMany({
    where: { userId, day: { gte: utc - 2, lte: utc + 1 } },
    select: { day: true, newCards: true },
  });
  return { pick: (clock) => rows.find((r) => r.day === studyDay(now, clock))?.newCards ?? 0 };
}

/** A stable shuffle per card and review, so a reload shows the same order. */
function seedOf(id: string, reps: number): number {
  let h = 2166136261;
  for (const ch of `${id}:${reps}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

// Cards come only from decks the student may read (own, starter, shared with their class and not
// hidden), never from items an assignment keeps secret from them (docs/decisions/040).
const itemWhere = (scope: ReviewScope, actor: SessionUser, embargo: Embargo) => ({
  status: "active",
  ...(scope.deckId ? { deckId: scope.deckId } : {}),
  deck: readableDecks(actor),
  ...notEmbargoed(embargo),
});

/** The next card of a session: due cards first (oldest due first), then new cards up to the
 *  daily limit, then learning steps due within 20 minutes. With `items`, each listed item once. */
export async function getReviewQueue(
  actor: SessionUser,
  scopeInput: z.input<typeof scopeSchema>,
  now: Date,
  first?: string,
): Promise<ReviewQueue> {
  const scope = parseScope(scopeInput);
  const embargo = await embargoFor(actor, now);
  const where = { userId: actor.id, item: itemWhere(scope, actor, embargo) };
  // The reads that do not depend on each other run together (one round trip on PostgreSQL).
  const [settings, lastLog, newAround, dueCount, due] = await Promise.all([
    getStudySettings(actor),
    db().reviewLog.findFirst({ where: { userId: actor.id, source: "review" }, select: { id: true } }),
    newCardsAround(actor.id, now),
    scope.items ? Promise.resolve(0) : db().cardState.count({ where: { ...where, due: { lte: now } } }),
    scope.items
      ? Promise.resolve(null)
      : db().cardState.findFirst({
          where: { ...where, due: { lte: now } },
          orderBy: { due: "asc" },
          select: { itemId: true },
        }),
  ]);
  const canUndo = !!lastLog;
  const doneNew = newAround.pick(settings.clock);
  // An empty queue may mean the deck is gone (or hidden): only then is it looked up.
  const deckGone = async () =>
    !!scope.deckId &&
    !(await db().deck.findFirst({ where: { id: scope.deckId, ...readableDecks(actor) }, select: { id: true } }));
  if (first && (await db().item.count({ where: { id: first, ...itemWhere({}, actor, embargo) } })) > 0) {
    const card = await cardView(actor.id, first, settings, now);
    if (card) return { ...(await getReviewQueue(actor, scopeInput, now)), card };
  }
  if (scope.items) {
    const since = scope.since ?? new Date(0);
    const [cards, live] = await Promise.all([
      db().cardState.findMany({
        where: { userId: actor.id, itemId: { in: scope.items } },
        select: { itemId: true, lastReview: true },
      }),
      db().item.findMany({
        where: { id: { in: scope.items }, ...itemWhere({}, actor, embargo) },
        select: { id: true },
      }),
    ]);
    const done = new Set(cards.filter((c) => c.lastReview && c.lastReview >= since).map((c) => c.itemId));
    const liveIds = new Set(live.map((i) => i.id));
    const left = scope.items.filter((id) => !done.has(id) && liveIds.has(id));
    const next = left[0];
    return {
      card: next ? await cardView(actor.id, next, settings, now) : null,
      dueCount: left.length,
      newLeft: 0,
      newToday: doneNew,
      settings,
      canUndo,
    };
  }
  const newLeft = Math.max(0, settings.dailyNewLimit - doneNew);
  let itemId = due?.itemId;
  if (!itemId && newLeft > 0) {
    const fresh = await db().item.findFirst({
      where: { ...itemWhere(scope, actor, embargo), cards: { none: { userId: actor.id } } },
      orderBy: [{ deckId: "asc" }, { position: "asc" }],
      select: { id: true },
    });
    itemId = fresh?.id;
  }
  if (!itemId) {
    const [ahead, gone] = await Promise.all([
      db().cardState.findFirst({
        where: { ...where, state: { in: [1, 3] }, due: { lte: new Date(now.getTime() + LEARN_AHEAD_MS) } },
        orderBy: { due: "asc" },
        select: { itemId: true },
      }),
      deckGone(),
    ]);
    if (gone) throw notFound("This deck");
    itemId = ahead?.itemId;
  }
  return {
    card: itemId ? await cardView(actor.id, itemId, settings, now) : null,
    dueCount,
    newLeft,
    newToday: doneNew,
    settings,
    canUndo,
  };
}

function parseScope(input: z.input<typeof scopeSchema>): ReviewScope {
  const parsed = scopeSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError("INVALID_INPUT", "This review link is not valid. Start again from a deck or from Review.");
  return parsed.data;
}

/** What the card looks like for review: mcq shows its prompt and answer (not the options to
 *  pick from); true/false shows the statement and True or False. */
async function cardView(
  userId: string,
  itemId: string,
  settings: StudySettings,
  now: Date,
): Promise<ReviewCardView | null> {
  // Flat queries side by side (nested relations would run one after another).
  const [item, citations, card] = await Promise.all([
    db().item.findUnique({
      where: { id: itemId },
      select: {
        id: true,
        deckId: true,
        type: true,
        kind: true,
        prompt: true,
        answer: true,
        options: true,
        optionCitations: true,
      },
    }),
    db().itemCitation.findMany({
      where: { itemId },
      ...citationSelect,
    }),
    db().cardState.findUnique({ where: { userId_itemId: { userId, itemId } }, select: cardSelect }),
  ]);
  if (!item) return null;
  const sc = card ? sched(card) : newCard(now);
  const p = preview(sc, now, { retention: settings.retention });
  const intervals = {} as Record<Grade, string>;
  for (const g of GRADES) intervals[g] = intervalLabel(now, p[g]);
  // One citation load for the answer's sentences and the wrong options' (mcq).
  const optionRows =
    item.type === "mcq"
      ? Object.entries(
          JSON.parse(item.optionCitations) as Record<string, { documentId: string; start: number; end: number }[]>,
        ).filter(([o]) => o !== item.answer)
      : [];
  const [[answerViews = [], ...optionViews], deck] = await Promise.all([
    citationGroups([citations, ...optionRows.map(([, rows]) => rows)]),
    db().deck.findUnique({ where: { id: item.deckId }, select: { id: true, title: true } }),
  ]);
  const optionCitations = Object.fromEntries(optionRows.map(([o], k) => [o, optionViews[k] ?? []]));
  return {
    itemId: item.id,
    deckId: item.deckId,
    deckTitle: deck?.title ?? "",
    type: item.type,
    kind: item.kind,
    front: item.prompt,
    back: item.answer,
    options: item.type === "mcq" ? shuffleOptions(JSON.parse(item.options) as string[], seedOf(item.id, sc.reps)) : [],
    citations: answerViews,
    optionCitations,
    isNew: !card,
    dueAt: sc.due,
    intervals,
  };
}

export const rateSchema = z.object({
  itemId: z.string().min(1, "This rating does not name a card.").max(100),
  rating: z.number().refine(isGrade, "Rate the card with 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)."),
  /** random per rating, made by the browser: a double submit stores one review */
  clientKey: z.string().min(8, "This rating has no valid key; reload the page.").max(100),
  durationMs: z
    .number()
    .int()
    .min(0)
    .default(0)
    .transform((n) => Math.min(n, 10 * 60_000)),
  /** "due": only due cards and new cards within the daily limit; "practice": any card of the
   *  student's (studying the weakest items now) */
  mode: z.enum(["due", "practice"]).default("due"),
});

export interface RateResult {
  duplicate: boolean;
  rating: Grade;
  due: Date;
  interval: string;
  clockBehind: boolean;
}

/** Stores a rating: the card's new schedule, a review log and the day's counts, in one
 *  transaction. A repeat with the same client key returns the first result (duplicate). */
export async function rateCard(actor: SessionUser, input: z.input<typeof rateSchema>, now: Date): Promise<RateResult> {
  const parsed = rateSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Invalid rating.");
  const { itemId, clientKey, durationMs, mode } = parsed.data;
  const rating = parsed.data.rating;
  const key = storedKey(actor.id, clientKey);
  const findPrevious = () =>
    db().reviewLog.findUnique({
      where: { clientKey: key },
      select: { rating: true, itemId: true, card: { select: { due: true } } },
    });
  const asDuplicate = (log: NonNullable<Awaited<ReturnType<typeof findPrevious>>>): RateResult => {
    if (log.itemId !== itemId)
      throw new AppError("CONFLICT", "This rating key was already used for another card. Reload the page.");
    return {
      duplicate: true,
      rating: log.rating as Grade,
      due: log.card.due,
      interval: intervalLabel(now, log.card.due),
      clockBehind: false,
    };
  };
  // The reads run together. A repeat of a stored rating is recognised before any rule refuses
  // it: where a rule would refuse (the card is no longer due), or at the write (unique key).
  const [settings, item, card, embargo] = await Promise.all([
    getStudySettings(actor),
    db().item.findFirst({
      where: { id: itemId, deck: readableDecks(actor) },
      select: {
        id: true,
        status: true,
        prompt: true,
        answer: true,
        citations: { select: { documentId: true, start: true, end: true } },
      },
    }),
    db().cardState.findUnique({ where: { userId_itemId: { userId: actor.id, itemId } }, select: cardSelect }),
    embargoFor(actor, now),
  ]);
  let refusal: AppError | null = null;
  // Only cards of decks the student may read, and none an assignment keeps secret from them.
  if (!item || item.status !== "active" || embargo.blocks(item))
    refusal = new NotFoundError(
      "This card no longer exists: its deck was deleted or the item retired. Your other cards and reviews are kept.",
    );
  else if (mode === "due" && card && !isDue(sched(card), now))
    refusal = new AppError(
      "NOT_DUE",
      `This card is not due until ${card.due.toISOString().slice(0, 16).replace("T", " ")} UTC, so the rating was not stored. It was probably rated already in another tab.`,
    );
  else if (
    mode === "due" &&
    !card &&
    (await newCardsAround(actor.id, now)).pick(settings.clock) >= settings.dailyNewLimit
  )
    refusal = new AppError(
      "NEW_LIMIT",
      `You have reached today's limit of ${settings.dailyNewLimit} new cards. Come back tomorrow, or raise the limit in your study settings.`,
    );
  if (refusal) {
    const previous = await findPrevious();
    if (previous) return asDuplicate(previous);
    throw refusal;
  }
  const plan = planReview({
    userId: actor.id,
    itemId,
    card,
    rating,
    now,
    retention: settings.retention,
    clock: settings.clock,
    source: "review",
    clientKey: key,
    durationMs,
  });
  try {
    // One batch transaction: the card update is conditional on what was read (else P2025),
    // the log's client key and the card's (user, item) are unique (else P2002): all or nothing.
    await db().$transaction(writeOps(db(), plan));
    return {
      duplicate: false,
      rating,
      due: plan.card.due,
      interval: intervalLabel(now, plan.card.due),
      clockBehind: plan.clockBehind,
    };
  } catch (e) {
    const code = prismaCode(e);
    if (code === "P2002") {
      const d = await findPrevious();
      if (d) return asDuplicate(d);
    }
    if (code === "P2002" || code === "P2025")
      throw new AppError(
        "CONFLICT",
        "This card was just rated somewhere else (another tab?). Its schedule is up to date; continue with the next card.",
      );
    throw e;
  }
}

/** The caller's card for one item as stored (tests, the undo screen). */
export async function getCard(actor: SessionUser, itemId: string) {
  return db().cardState.findUnique({
    where: { userId_itemId: { userId: actor.id, itemId } },
    select: { ...cardSelect, itemId: true },
  });
}
