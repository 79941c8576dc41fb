// A review log as it is stored: the scheduler's log with who reviewed what, how long it took and where.
import type { SchedLog } from "./types";

export interface ReviewLogRow extends SchedLog {
  userId: string;
  itemId: string;
  cardId: string;
  durationMs: number;
  source: "review" | "quiz";
  clientKey: string | null;
}

/** The stored row of one review (fields copied one by one: nothing else the log object carries is written). */
export function reviewLogRow(
  log: SchedLog,
  who: { userId: string; itemId: string; cardId: string },
  how: { durationMs: number; source: "review" | "quiz"; clientKey: string | null },
): ReviewLogRow {
  return {
    userId: who.userId,
    itemId: who.itemId,
    cardId: who.cardId,
    rating: log.rating,
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsedDays,
    lastElapsedDays: log.lastElapsedDays,
    scheduledDays: log.scheduledDays,
    learningSteps: log.learningSteps,
    review: log.review,
    durationMs: how.durationMs,
    source: how.source,
    clientKey: how.clientKey,
  };
}
