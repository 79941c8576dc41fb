// Server-side sessions behind the JWT (docs/decisions/004).
import { describe, expect, it } from "vitest";
import { db } from "./db";
import { makeUser } from "./testing/fixtures";
import { endOtherSessions, endSession, findSessionUser, SESSION_MAX_AGE_S, startSession } from "./sessions";

const DAY = 86_400_000;

describe("sessions", () => {
  it("a started session finds its user until it is ended", async () => {
    const u = await makeUser();
    const sid = await startSession(u.id);
    expect(await findSessionUser(sid, u.id)).toEqual(u);
    await endSession(sid);
    expect(await findSessionUser(sid, u.id)).toBeNull();
  });

  it("a session id only works for its own user", async () => {
    const [a, b] = [await makeUser(), await makeUser()];
    const sid = await startSession(a.id);
    expect(await findSessionUser(sid, b.id)).toBeNull();
  });

  it("expires after 30 days unused; use rolls it forward at most once a day", async () => {
    const u = await makeUser();
    const t0 = new Date("2026-11-01T00:00:00Z");
    const sid = await startSession(u.id, t0);
    const expiry = async () => (await db().userSession.findUniqueOrThrow({ where: { id: sid } })).expiresAt.getTime();
    await findSessionUser(sid, u.id, new Date(t0.getTime() + DAY / 2));
    expect(await expiry()).toBe(t0.getTime() + SESSION_MAX_AGE_S * 1000); // not rolled within the day
    const used = new Date(t0.getTime() + 2 * DAY);
    expect(await findSessionUser(sid, u.id, used)).not.toBeNull();
    expect(await expiry()).toBe(used.getTime() + SESSION_MAX_AGE_S * 1000);
    expect(await findSessionUser(sid, u.id, new Date(used.getTime() + SESSION_MAX_AGE_S * 1000))).toBeNull();
  });

  it("ending the others keeps the one asking; a deleted account ends all of them", async () => {
    const u = await makeUser();
    const [a, b, c] = [await startSession(u.id), await startSession(u.id), await startSession(u.id)];
    expect(await endOtherSessions(u.id, b)).toBe(2);
    expect(await findSessionUser(a, u.id)).toBeNull();
    expect(await findSessionUser(c, u.id)).toBeNull();
    expect(await findSessionUser(b, u.id)).not.toBeNull();
    await db().user.delete({ where: { id: u.id } });
    expect(await findSessionUser(b, u.id)).toBeNull();
  });
});
