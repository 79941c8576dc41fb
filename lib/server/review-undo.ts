// Undo a student's last review rating: ts-fsrs rollback on the stored log, the log and the day's counts too. The
// caller's own cards only.
import "server-only";
import { AppError } from "@/lib/errors";
import { rollback, studyDay, type Grade, type SchedLog } from "@/lib/scheduling";
import { db } from "./db";
import type { SessionUser } from "./accounts";
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
