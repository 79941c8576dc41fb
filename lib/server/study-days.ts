// Each person's study-day clock: their time zone and the hour their day starts. Setting it
// rebuilds their per-day counts from the review history, so the streak, the calendar and the
// daily new-card limit all count days one way (docs/decisions/061-time-zones-and-study-days.md).
import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { dayCounts } from "@/lib/analytics";
import { canonicalTimeZone, isTimeZone, UTC_DAYS, type DayClock } from "@/lib/scheduling";
import { db, type Tx } from "./db";
import type { SessionUser } from "./accounts";

export const timeZoneSchema = z
  .string()
  .trim()
  .max(64)
  .refine(isTimeZone, "Choose a time zone from the list.")
  .transform(canonicalTimeZone);
export const dayStartHourSchema = z.coerce
  .number({ error: "Choose the hour your day starts." })
  .int("Choose a whole hour.")
  .min(0, "Choose an hour from 0 to 23.")
  .max(23, "Choose an hour from 0 to 23.");

/** The clock of a stored user row: UTC until a zone is known. */
export const clockOf = (u: { timeZone: string | null; dayStartHour: number }): DayClock => ({
  timeZone: u.timeZone ?? UTC_DAYS.timeZone,
  dayStartHour: u.dayStartHour,
});

export async function getDayClock(userId: string, c: Tx = db()): Promise<DayClock & { known: boolean }> {
  const u = await c.user.findUnique({ where: { id: userId }, select: { timeZone: true, dayStartHour: true } });
  if (!u) throw new AppError("UNAUTHENTICATED", "Your account was not found. Sign in again.");
  return { ...clockOf(u), known: u.timeZone !== null };
}

/** Recomputes the user's per-day counts from their review history with `clock`, inside `tx`. */
export async function rebuildDayStats(tx: Tx, userId: string, clock: DayClock): Promise<number> {
  const logs = await tx.reviewLog.findMany({
    where: { userId },
    select: { review: true, rating: true, state: true, source: true, durationMs: true },
  });
  const days = dayCounts(logs, clock);
  await tx.userDayStat.deleteMany({ where: { userId } });
  for (let i = 0; i < days.length; i += 500)
    await tx.userDayStat.createMany({ data: days.slice(i, i + 500).map((d) => ({ userId, ...d })) });
  return days.length;
}

/** Sets the user's clock and rebuilds their day counts when it changed. With `onlyIfUnknown`
 *  (the browser's report on a first visit), a zone the user already has is kept. */
export async function setDayClock(
  actor: SessionUser,
  input: { timeZone: unknown; dayStartHour?: unknown },
  opts: { onlyIfUnknown?: boolean } = {},
): Promise<DayClock & { changed: boolean }> {
  const zone = timeZoneSchema.safeParse(input.timeZone);
  if (!zone.success)
    throw new AppError("INVALID_INPUT", zone.error.issues[0]?.message ?? "Choose a time zone.", {
      fieldErrors: { timeZone: zone.error.issues[0]?.message ?? "" },
    });
  const hour = input.dayStartHour === undefined ? null : dayStartHourSchema.safeParse(input.dayStartHour);
  if (hour && !hour.success)
    throw new AppError("INVALID_INPUT", hour.error.issues[0]?.message ?? "Choose an hour.", {
      fieldErrors: { dayStartHour: hour.error.issues[0]?.message ?? "" },
    });
  return db().$transaction(
    async (tx) => {
      const before = await getDayClock(actor.id, tx);
      const next: DayClock = { timeZone: zone.data, dayStartHour: hour ? hour.data : before.dayStartHour };
      if (
        (opts.onlyIfUnknown && before.known) ||
        (before.timeZone === next.timeZone && before.dayStartHour === next.dayStartHour && before.known)
      ) {
        return { timeZone: before.timeZone, dayStartHour: before.dayStartHour, changed: false };
      }
      // Conditional on what was read, so a concurrent change is not silently overwritten.
      const written = await tx.user.updateMany({
        where: { id: actor.id, timeZone: before.known ? before.timeZone : null, dayStartHour: before.dayStartHour },
        data: next,
      });
      if (written.count === 0)
        throw new AppError("CONFLICT", "Your time zone was just changed somewhere else. Reload the page to see it.");
      await rebuildDayStats(tx, actor.id, next);
      return { ...next, changed: true };
    },
    { timeout: 30_000 },
  );
}
