// A student's study settings: the retention target, the daily new-card limit and whose days (time zone and the hour a
// day starts), and every schedule recomputed when the target changes. Every call acts on the caller's own account.
import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { replay, type DayClock, type Grade } from "@/lib/scheduling";
import { db } from "./db";
import type { SessionUser } from "./accounts";
import { clockOf, dayStartHourSchema, setDayClock, timeZoneSchema } from "./study-days";
import { forgetProgress } from "./progress-cache";

export interface StudySettings {
  retention: number;
  dailyNewLimit: number;
  /** whose days: the time zone (UTC until the browser reports one) and the hour a day starts */
  clock: DayClock;
  timeZoneKnown: boolean;
}

export const settingsSchema = z.object({
  retentionPercent: z.coerce
    .number({ error: "Enter a retention target." })
    .int("Use a whole percentage.")
    .min(70, "Choose a retention target of at least 70%.")
    .max(99, "Choose a retention target of at most 99%."),
  /** also recompute existing cards' schedules with the new target */
  reschedule: z
    .union([z.boolean(), z.literal("on")])
    .optional()
    .transform((v) => v === true || v === "on"),
  dailyNewLimit: z.coerce
    .number({ error: "Enter a number of new cards." })
    .int("Use a whole number of new cards.")
    .min(0, "The new-card limit cannot be negative.")
    .max(500, "Choose at most 500 new cards a day."),
  /** with dayStartHour: when days begin; changing them recounts the days (study-days.ts) */
  timeZone: timeZoneSchema.optional(),
  dayStartHour: dayStartHourSchema.optional(),
});

export async function getStudySettings(actor: SessionUser): Promise<StudySettings> {
  const u = await db().user.findUnique({
    where: { id: actor.id },
    select: { retention: true, dailyNewLimit: true, timeZone: true, dayStartHour: true },
  });
  if (!u) throw new AppError("UNAUTHENTICATED", "Your account was not found. Sign in again.");
  return {
    retention: u.retention,
    dailyNewLimit: u.dailyNewLimit,
    clock: clockOf(u),
    timeZoneKnown: u.timeZone !== null,
  };
}

export async function updateStudySettings(
  actor: SessionUser,
  input: z.input<typeof settingsSchema>,
): Promise<StudySettings & { rescheduled: number }> {
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const i of parsed.error.issues) fieldErrors[String(i.path[0])] ??= i.message;
    throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Invalid settings.", { fieldErrors });
  }
  await db().user.update({
    where: { id: actor.id },
    data: { retention: parsed.data.retentionPercent / 100, dailyNewLimit: parsed.data.dailyNewLimit },
    select: { id: true },
  });
  if (parsed.data.timeZone)
    await setDayClock(actor, { timeZone: parsed.data.timeZone, dayStartHour: parsed.data.dayStartHour });
  const rescheduled = parsed.data.reschedule ? (await recomputeSchedules(actor)).cards : 0;
  return { ...(await getStudySettings(actor)), rescheduled };
}

/** Recomputes every card of the caller from its stored review history with the current
 *  retention target (ts-fsrs reschedule): for after the target changes. Returns how many cards
 *  it rewrote. Cards rated meanwhile (their log count changed) are left as they are. */
async function recomputeSchedules(actor: SessionUser): Promise<{ cards: number }> {
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
