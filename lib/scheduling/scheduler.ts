// FSRS through ts-fsrs: review, preview the four intervals, roll back, replay a history.
// The clock is always a parameter; nothing here reads the current time.
import {
  createEmptyCard,
  fsrs,
  type Card,
  type FSRS,
  type FSRSHistory,
  type Grade as FsrsGrade,
  type ReviewLog,
} from "ts-fsrs";
import { SchedulingError, GRADES, type Grade, type SchedCard, type SchedLog, type SchedulerOptions } from "./types";

const cache = new Map<string, FSRS>();

function scheduler(o: SchedulerOptions): FSRS {
  if (!(o.retention >= 0.7 && o.retention <= 0.99))
    throw new SchedulingError("INVALID_RETENTION", "Choose a retention target between 70% and 99%.");
  const key = `${o.retention}:${o.fuzz ?? false}`;
  let f = cache.get(key);
  if (!f) {
    f = fsrs({ request_retention: o.retention, enable_fuzz: o.fuzz ?? false, enable_short_term: true });
    cache.set(key, f);
  }
  return f;
}

export function isGrade(n: unknown): n is Grade {
  return typeof n === "number" && (GRADES as readonly number[]).includes(n);
}

/** A card never reviewed, due now. */
export function newCard(now: Date): SchedCard {
  return fromFsrs(createEmptyCard(now));
}

const toFsrs = (c: SchedCard): Card => ({
  due: c.due,
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: c.elapsedDays,
  scheduled_days: c.scheduledDays,
  learning_steps: c.learningSteps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  last_review: c.lastReview ?? undefined,
});
const fromFsrs = (c: Card): SchedCard => ({
  due: c.due,
  stability: c.stability,
  difficulty: c.difficulty,
  elapsedDays: c.elapsed_days,
  scheduledDays: c.scheduled_days,
  learningSteps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  lastReview: c.last_review ?? null,
});
const logFromFsrs = (l: ReviewLog): SchedLog => ({
  rating: l.rating as Grade,
  state: l.state,
  due: l.due,
  stability: l.stability,
  difficulty: l.difficulty,
  elapsedDays: l.elapsed_days,
  lastElapsedDays: l.last_elapsed_days,
  scheduledDays: l.scheduled_days,
  learningSteps: l.learning_steps,
  review: l.review,
});
const logToFsrs = (l: SchedLog): ReviewLog => ({
  rating: l.rating,
  state: l.state,
  due: l.due,
  stability: l.stability,
  difficulty: l.difficulty,
  elapsed_days: l.elapsedDays,
  last_elapsed_days: l.lastElapsedDays,
  scheduled_days: l.scheduledDays,
  learning_steps: l.learningSteps,
  review: l.review,
});

/** When the clock reads earlier than the card's last review (a clock set back), the review is
 *  taken as happening at the last review: nothing is scheduled from a negative interval. */
export function effectiveReviewTime(card: SchedCard, now: Date): { at: Date; clockBehind: boolean } {
  if (card.lastReview && now.getTime() < card.lastReview.getTime()) return { at: card.lastReview, clockBehind: true };
  return { at: now, clockBehind: false };
}

/** Applies a rating. */
export function review(
  card: SchedCard,
  rating: Grade,
  now: Date,
  o: SchedulerOptions,
): { card: SchedCard; log: SchedLog; clockBehind: boolean } {
  if (!isGrade(rating))
    throw new SchedulingError("INVALID_RATING", "Rate the card with 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).");
  const { at, clockBehind } = effectiveReviewTime(card, now);
  const r = scheduler(o).next(toFsrs(card), at, rating);
  return { card: fromFsrs(r.card), log: logFromFsrs(r.log), clockBehind };
}

/** The due date each rating would give, for the buttons. */
export function preview(card: SchedCard, now: Date, o: SchedulerOptions): Record<Grade, Date> {
  const { at } = effectiveReviewTime(card, now);
  const p = scheduler(o).repeat(toFsrs(card), at);
  const out = {} as Record<Grade, Date>;
  for (const g of GRADES) out[g] = p[g as unknown as FsrsGrade].card.due;
  return out;
}

/** The card as it was before the review `log` recorded (undo). */
export function rollback(card: SchedCard, log: SchedLog, o: SchedulerOptions): SchedCard {
  return fromFsrs(scheduler(o).rollback(toFsrs(card), logToFsrs(log)));
}

/** Recomputes a card from its review history (e.g. after the retention target or parameters
 *  change): ts-fsrs `reschedule` replays every rating in order. */
export function replay(
  history: readonly { rating: Grade; review: Date }[],
  firstSeen: Date,
  o: SchedulerOptions,
): SchedCard {
  const sorted = [...history].sort((a, b) => a.review.getTime() - b.review.getTime());
  const start = createEmptyCard(firstSeen);
  const h: FSRSHistory[] = sorted.map((x) => ({ rating: x.rating, review: x.review }));
  const res = scheduler(o).reschedule(start, h, { skipManual: true });
  const last = res.collections.at(-1);
  return last ? fromFsrs(last.card) : fromFsrs(start);
}

/** Probability of recall now (FSRS forgetting curve); 0 for a card never reviewed. */
export function retrievability(
  card: Pick<SchedCard, "state" | "stability" | "lastReview">,
  now: Date,
  o: SchedulerOptions,
): number {
  if (card.state === 0 || !card.lastReview) return 0;
  const elapsedDays = Math.max(0, (now.getTime() - card.lastReview.getTime()) / 86_400_000);
  return scheduler(o).forgetting_curve(elapsedDays, card.stability);
}
