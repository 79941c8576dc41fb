// The sign-in throttle's storage: one SignInThrottle row per key, shared by every app server.
// Writes are optimistic (each expects the version it read), so parallel attempts cannot slip
// past the count. The policy itself is pure (lib/security/throttle.ts).
import "server-only";
import { createHmac } from "node:crypto";
import { afterFailure, retryAfterMs, type ThrottlePolicy, type ThrottleState } from "@/lib/security";
import { db } from "./db";
import { getEnv } from "./env";

export type ThrottleKind = "account" | "address";
type Verdict = { ok: true } | { ok: false; retryAfterMs: number };

const ATTEMPTS = 5;
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** The stored key: an HMAC, so the table holds neither emails nor addresses. */
export function throttleKey(kind: ThrottleKind, value: string): string {
  return createHmac("sha256", getEnv().NEXTAUTH_SECRET).update(`${kind}:${value}`).digest("hex");
}

async function read(key: string): Promise<(ThrottleState & { version: number }) | null> {
  return db().signInThrottle.findUnique({
    where: { key },
    select: { failures: true, lastFailureAt: true, lockedUntil: true, version: true },
  });
}

/** How long `key` must wait before trying (0: it may try now). */
export async function waitFor(key: string, policy: ThrottlePolicy, now: Date): Promise<number> {
  return retryAfterMs(await read(key), now, policy);
}

/**
 * Counts one failure for `key`. With `refuseWhileLocked`, a locked key is refused instead and
 * nothing is written: used to reserve an attempt before the password is checked, so that the
 * check itself is what the count limits (a success then clears the key).
 */
export async function countFailure(
  key: string,
  policy: ThrottlePolicy,
  now: Date,
  opts: { refuseWhileLocked: boolean },
): Promise<Verdict> {
  for (let i = 0; i < ATTEMPTS; i++) {
    const row = await read(key);
    const wait = retryAfterMs(row, now, policy);
    if (opts.refuseWhileLocked && wait > 0) return { ok: false, retryAfterMs: wait };
    const next = afterFailure(row, now, policy);
    if (!row) {
      try {
        await db().signInThrottle.create({ data: { key, ...next, version: 0 } });
        await forgetStale(now);
        return { ok: true };
      } catch (e) {
        if ((e as { code?: string }).code === "P2002") continue; // created by a parallel attempt: read it again
        throw e;
      }
    }
    const { count } = await db().signInThrottle.updateMany({
      where: { key, version: row.version },
      data: { ...next, version: row.version + 1 },
    });
    if (count === 1) return { ok: true };
  }
  // Lost the race repeatedly: many attempts on this key at once. Refuse this one briefly.
  return { ok: false, retryAfterMs: 1000 };
}

/** A successful sign-in clears the account's failures. */
export async function clearFailures(key: string): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key } });
}

/** Rows nobody has failed on for a day are forgotten anyway: keeps the table small. */
async function forgetStale(now: Date): Promise<void> {
  await db().signInThrottle.deleteMany({
    where: {
      lastFailureAt: { lt: new Date(now.getTime() - STALE_AFTER_MS) },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
    },
  });
}
