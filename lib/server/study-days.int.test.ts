// Study days in the student's own time zone, on a real database: a student in California whose
// afternoon crosses midnight UTC, the daily new-card limit, the streak and calendar, and what a
// change of time zone does to the stored per-day counts (decision 061).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { dayCounts } from "@/lib/analytics";
import { db } from "./db";
import { createAccount, type SessionUser } from "./accounts";
import { getReviewQueue, rateCard } from "./review";
import { undoLastReview } from "./review-undo";
import { getStudySettings, updateStudySettings } from "./study-settings";
import { getStudyProgress } from "./progress";
import { setDayClock } from "./study-days";
import { makeUser } from "./testing/fixtures";
import { makeStudyDeck } from "./testing/study-fixtures";

const key = () => randomUUID();
// Monday 2 March 2026 in California (PST, UTC−8)
const pacific = (isoLocal: string) => new Date(`${isoLocal}-08:00`);

async function storedDays(userId: string) {
  return await db().userDayStat.findMany({
    where: { userId },
    orderBy: { day: "asc" },
    select: { day: true, reviews: true, passed: true, newCards: true, quiz: true, durationMs: true },
  });
}

async function recounted(userId: string) {
  const [logs, u] = await Promise.all([
    db().reviewLog.findMany({
      where: { userId },
      select: { review: true, rating: true, state: true, source: true, durationMs: true },
    }),
    db().user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true, dayStartHour: true } }),
  ]);
  return dayCounts(logs, { timeZone: u.timeZone ?? "UTC", dayStartHour: u.dayStartHour });
}

describe("a student in California", () => {
  let ana: SessionUser;
  let deck: Awaited<ReturnType<typeof makeStudyDeck>>;

  beforeAll(async () => {
    ana = await createAccount({
      name: "Ana",
      email: `ana-${Date.now()}@example.test`,
      password: "correct horse",
      timeZone: "America/Los_Angeles",
    });
    deck = await makeStudyDeck({ items: 12 });
    await updateStudySettings(ana, { retentionPercent: 90, dailyNewLimit: 3 });
  });

  it("keeps the zone her browser sent at sign-up, with the day starting at 4 am", async () => {
    expect((await getStudySettings(ana)).clock).toEqual({ timeZone: "America/Los_Angeles", dayStartHour: 4 });
  });

  it("keeps the daily new-card limit across 4 pm, when the UTC date changes", async () => {
    // three new cards at 3:30 pm, the limit
    let t = pacific("2026-03-02T15:30:00");
    for (let i = 0; i < 3; i++) {
      const q = await getReviewQueue(ana, { deckId: deck.deckId }, t);
      await rateCard(ana, { itemId: q.card!.itemId, rating: 3, clientKey: key() }, t);
      t = new Date(t.getTime() + 60_000);
    }
    // 4:30 pm: a new UTC day, but still her Monday: no new card, and a rating of one is refused
    const later = pacific("2026-03-02T16:30:00");
    expect(later.toISOString().slice(0, 10)).toBe("2026-03-03");
    const q = await getReviewQueue(ana, { deckId: deck.deckId }, later);
    expect(q).toMatchObject({ newLeft: 0, newToday: 3 });
    const studied = new Set(
      (await db().cardState.findMany({ where: { userId: ana.id }, select: { itemId: true } })).map((c) => c.itemId),
    );
    const fresh = deck.items.find((i) => !studied.has(i.id))!;
    await expect(rateCard(ana, { itemId: fresh.id, rating: 3, clientKey: key() }, later)).rejects.toMatchObject({
      code: "NEW_LIMIT",
    });
    // a card still learning is due again: reviewed at 4:30 pm, on her Monday (Tuesday in UTC)
    expect(q.card?.isNew).toBe(false);
    await rateCard(ana, { itemId: q.card!.itemId, rating: 3, clientKey: key() }, later);
    // 1 am Tuesday is still Monday's session (the day starts at 4); 4:05 am is a new day
    expect((await getReviewQueue(ana, { deckId: deck.deckId }, pacific("2026-03-03T01:00:00"))).newLeft).toBe(0);
    expect((await getReviewQueue(ana, { deckId: deck.deckId }, pacific("2026-03-03T04:05:00"))).newLeft).toBe(3);
  });

  it("counts Monday's reviews on her Monday: calendar, streak, stored counts", async () => {
    const p = await getStudyProgress(ana, pacific("2026-03-02T21:00:00"));
    expect(p.today).toBe("2026-03-02");
    expect(p.calendar.at(-1)).toMatchObject({ date: "2026-03-02", reviews: 4 }); // in UTC, 3 on the 2nd and 1 on the 3rd
    expect(p.streak).toMatchObject({ current: 1, reviewedToday: true });
    expect(await storedDays(ana.id)).toEqual(await recounted(ana.id));
    // Tuesday at 9 pm with nothing reviewed yet: the streak holds until her day ends
    const tue = await getStudyProgress(ana, pacific("2026-03-03T21:00:00"));
    expect(tue.streak).toMatchObject({ current: 1, reviewedToday: false });
  });

  it("recounts her days when she moves to Tokyo, and undo takes from the right day", async () => {
    await updateStudySettings(ana, { retentionPercent: 90, dailyNewLimit: 3, timeZone: "Asia/Tokyo", dayStartHour: 0 });
    // 3:30 pm Pacific on 2 March is 8:30 am on 3 March in Tokyo
    const p = await getStudyProgress(ana, new Date("2026-03-03T12:00:00Z"));
    expect(p.calendar.find((d) => d.date === "2026-03-03")?.reviews).toBe(4);
    expect(p.calendar.find((d) => d.date === "2026-03-02")?.reviews).toBe(0);
    expect(p.totals.reviews).toBe(4);
    expect(await storedDays(ana.id)).toEqual(await recounted(ana.id));
    await undoLastReview(ana);
    expect(await storedDays(ana.id)).toEqual(await recounted(ana.id));
    expect(await storedDays(ana.id)).toMatchObject([{ reviews: 3, newCards: 3 }]);
  });
});

describe("the browser's time zone on a first visit", () => {
  it("is kept for an account without one (recounting its days), never over a zone already chosen", async () => {
    const old = await makeUser(); // made without a zone, like accounts from before time zones
    await db().user.update({ where: { id: old.id }, data: { dayStartHour: 0 } });
    const d = await makeStudyDeck({ items: 2 });
    // 23:30 UTC on 1 March: the 1st in UTC, the 2nd in Kolkata
    await rateCard(old, { itemId: d.items[0]!.id, rating: 3, clientKey: key() }, new Date("2026-03-01T23:30:00Z"));
    expect((await storedDays(old.id)).map((x) => x.day)).toEqual([Date.parse("2026-03-01") / 86_400_000]);
    expect(await setDayClock(old, { timeZone: "Asia/Calcutta" }, { onlyIfUnknown: true })).toMatchObject({
      changed: true,
      dayStartHour: 0,
    });
    expect((await storedDays(old.id)).map((x) => x.day)).toEqual([Date.parse("2026-03-02") / 86_400_000]);
    // another browser, elsewhere, later: the chosen zone stays
    expect(await setDayClock(old, { timeZone: "Europe/Paris" }, { onlyIfUnknown: true })).toMatchObject({
      changed: false,
      timeZone: "Asia/Calcutta",
    });
    await expect(setDayClock(old, { timeZone: "Nowhere/Special" }, { onlyIfUnknown: true })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});
