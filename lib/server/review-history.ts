// A student's review history acted on as a whole: undo the last rating (ts-fsrs rollback on the stored log) and
// recompute every schedule from the stored logs after the retention target changes. The caller's own cards only.
import "server-only";
import { AppError } from "@/lib/errors";
import { replay, rollback, studyDay, type Grade, type SchedLog } from "@/lib/scheduling";
import { db } from "./db";
import type { SessionUser } from "./accounts";
import { forgetProgress } from "./progress-cache";
import { cardSelect, sched } from "./review-writes";
import { getStudySettings } from "./study-settings";

/** Undoes the caller's most recent review rating (not quiz answers): the card goes back to its
 *  state before (ts-fsrs rollback on the stored log), the log and the day's counts too. */
export async function undoLastReview(actor: SessionUser): Promise<{ itemId: string }> {
  const settings = await getStudySettings(actor);
  const log = await db().reviewLog.findFirst({
    where: { userId: actor.id, source: "review" },
    orderBy: [{ review: "desc" }, { id: "desc" }],
    select: {
      id: true,
      itemId: true,
      cardId: true,
      rating: true,
      state: true,
      due: true,
      stability: true,
      difficulty: true,
      elapsedDays: true,
      lastElapsedDays: true,
      scheduledDays: true,
      learningSteps: true,
      review: true,
      durationMs: true,
    },
  });
  if (!log) throw new AppError("NOTHING_TO_UNDO", "There is no rating to undo.");
  const [latest, card] = await Promise.all([
    db().reviewLog.findFirst({
      where: { cardId: log.cardId },
      orderBy: [{ review: "desc" }, { id: "desc" }],
      select: { id: true },
    }),
    db().cardState.findUnique({ where: { id: log.cardId }, select: cardSelect }),
  ]);
  if (!card) throw new AppError("NOTHING_TO_UNDO", "There is no rating to undo: that card was deleted with its deck.");
  if (latest?.id !== log.id)
    throw new AppError(
      "CONFLICT",
      "This card was answered in a quiz after your last rating, so that rating can no longer be undone.",
    );
  const prev = rollback(sched(card), { ...log, rating: log.rating as Grade } satisfies SchedLog, {
    retention: settings.retention,
  });
  const undone = await db().$transaction(async (tx) => {
    const del = await tx.reviewLog.deleteMany({ where: { id: log.id } });
    if (del.count === 0) return false; // a concurrent undo got there first
    if (prev.state === 0 && prev.reps === 0) {
      await tx.cardState.delete({ where: { id: card.id } });
    } else {
      await tx.cardState.update({
        where: { id: card.id },
        data: {
          due: prev.due,
          stability: prev.stability,
          difficulty: prev.difficulty,
          elapsedDays: prev.elapsedDays,
          scheduledDays: prev.scheduledDays,
          learningSteps: prev.learningSteps,
          reps: prev.reps,
          lapses: prev.lapses,
          state: prev.state,
          lastReview: prev.lastReview,
        },
      });
    }
    await tx.userDayStat.updateMany({
      where: { userId: actor.id, day: studyDay(log.review, settings.clock) },
      data: {
        reviews: { decrement: 1 },
        passed: { decrement: log.rating > 1 ? 1 : 0 },
        newCards: { decrement: log.state === 0 ? 1 : 0 },
        durationMs: { decrement: log.durationMs },
      },
    });
    return true;
  });
  if (!undone) throw new AppError("NOTHING_TO_UNDO", "That rating was already undone.");
  return { itemId: log.itemId };
}

/** Recomputes every card of the caller from its stored review history with the current
 *  retention target (ts-fsrs reschedule): for after the target changes. Returns how many cards
 *  it rewrote. Cards rated meanwhile (their log count changed) are left as they are. */
export async function recomputeSchedules(actor: SessionUser): Promise<{ cards: number }> {
  const settings = await getStudySettings(actor);
  const logs = await db().reviewLog.findMany({
    where: { userId: actor.id },
    orderBy: [{ cardId: "asc" }, { review: "asc" }, { id: "asc" }],
    select: { cardId: true, rating: true, review: true },
  });
  const byCard = new Map<string, { rating: Grade; review: Date }[]>();
  for (const l of logs) {
    const h = byCard.get(l.cardId) ?? [];
    h.push({ rating: l.rating as Grade, review: l.review });
    byCard.set(l.cardId, h);
  }
  const ops = [...byCard.entries()].map(([cardId, history]) => {
    const c = replay(history, history[0]!.review, { retention: settings.retention });
    return db().cardState.updateMany({
      where: { id: cardId, userId: actor.id, reps: history.length },
      data: {
        due: c.due,
        stability: c.stability,
        difficulty: c.difficulty,
        elapsedDays: c.elapsedDays,
        scheduledDays: c.scheduledDays,
        learningSteps: c.learningSteps,
        reps: c.reps,
        lapses: c.lapses,
        state: c.state,
        lastReview: c.lastReview,
      },
    });
  });
  let cards = 0;
  for (let i = 0; i < ops.length; i += 500) {
    const done = await db().$transaction(ops.slice(i, i + 500));
    cards += done.reduce((n, r) => n + r.count, 0);
  }
  // New schedules leave the per-day counts as they were: the progress page's stamp misses them.
  forgetProgress(actor.id);
  return { cards };
}
