// Server-side sessions behind the JWT cookie (docs/decisions/004): signing in creates a
// UserSession row whose id the token carries; every request checks that the row still exists,
// so deleting it (sign-out, password change, "sign out everywhere") ends the session at once.
import "server-only";
import { db } from "./db";
import { toSessionUser, type SessionUser } from "./accounts";

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;
const MAX_AGE_MS = SESSION_MAX_AGE_S * 1000;
/** A used session's expiry moves forward at most this often (one write a day, not per request). */
const ROLL_EVERY_MS = 24 * 60 * 60 * 1000;

export async function startSession(userId: string, now: Date = new Date()): Promise<string> {
  await db().userSession.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  const s = await db().userSession.create({
    data: { userId, createdAt: now, expiresAt: new Date(now.getTime() + MAX_AGE_MS) },
    select: { id: true },
  });
  return s.id;
}

/** The account behind a live session, or null: ended, expired, or the account is gone. */
export async function findSessionUser(
  sessionId: string,
  userId: string,
  now: Date = new Date(),
): Promise<SessionUser | null> {
  const s = await db().userSession.findUnique({
    where: { id: sessionId },
    select: { userId: true, expiresAt: true, user: { select: { id: true, email: true, name: true, role: true } } },
  });
  if (!s || s.userId !== userId || s.expiresAt.getTime() <= now.getTime()) return null;
  if (s.expiresAt.getTime() - now.getTime() < MAX_AGE_MS - ROLL_EVERY_MS)
    await db().userSession.updateMany({
      where: { id: sessionId },
      data: { expiresAt: new Date(now.getTime() + MAX_AGE_MS) },
    });
  return toSessionUser(s.user);
}

export async function endSession(sessionId: string): Promise<void> {
  await db().userSession.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of the user but `keep` (the one asking, when it should stay signed in). */
export async function endOtherSessions(userId: string, keep?: string): Promise<number> {
  const { count } = await db().userSession.deleteMany({ where: { userId, ...(keep ? { id: { not: keep } } : {}) } });
  return count;
}

export async function countSessions(userId: string, now: Date = new Date()): Promise<number> {
  return db().userSession.count({ where: { userId, expiresAt: { gt: now } } });
}
