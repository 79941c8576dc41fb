// The progress page's figures against the stored history, computed here independently from
// the ReviewLog and CardState rows (not from the per-day counts the server reads). The student
// lives in California and their day starts at 4 am: every session runs from midnight to 1 am
// Pacific, so each counts for the day before (in UTC it would be the day after).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./db";
import { rateCard, getReviewQueue } from "./review";
import { updateStudySettings } from "./study-settings";
import { getStudyProgress } from "./progress";
import { exportProgressCsv } from "./progress-export";
import { makeUser } from "./testing/fixtures";
import { makeStudyDeck } from "./testing/study-fixtures";
import { startQuiz } from "./quiz";
import { answerQuestion } from "./quiz-answer";
import { studyDay, type DayClock } from "@/lib/scheduling";
import type { SessionUser } from "./accounts";

const T0 = new Date("2026-01-05T08:00:00Z"); // Monday 5 January, 00:00 Pacific
const DAY = 86_400_000;
const CLOCK: DayClock = { timeZone: "America/Los_Angeles", dayStartHour: 4 };
const dayOf = (d: Date) => studyDay(d, CLOCK);
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

describe("progress matches the stored review history", () => {
  let student: SessionUser;
  let other: SessionUser;
  let now: Date;
  let deck: Awaited<ReturnType<typeof makeStudyDeck>>;

  beforeAll(async () => {
    student = await makeUser();
    other = await makeUser();
    deck = await makeStudyDeck({ items: 24, documents: 2 });
    await updateStudySettings(student, {
      retentionPercent: 90,
      dailyNewLimit: 4,
      timeZone: CLOCK.timeZone,
      dayStartHour: CLOCK.dayStartHour,
    });
    // 40 days of sessions, skipping some days; ratings follow a fixed pattern with some Again.
    let n = 0;
    for (let d = 0; d < 40; d++) {
      if (d % 7 === 3 || d === 37) continue;
      let t = new Date(T0.getTime() + d * DAY);
      for (let step = 0; step < 30; step++) {
        const q = await getReviewQueue(student, { deckId: deck.deckId }, t);
        if (!q.card) break;
        n += 1;
        const rating = n % 5 === 0 ? 1 : n % 7 === 0 ? 2 : n % 11 === 0 ? 4 : 3;
        await rateCard(
          student,
          { itemId: q.card.itemId, rating, clientKey: randomUUID(), durationMs: 1000 + (n % 9) * 500 },
          t,
        );
        t = new Date(t.getTime() + 2 * 60_000);
      }
    }
    await rateCard(other, { itemId: deck.items[0]!.id, rating: 1, clientKey: randomUUID() }, T0);
    now = new Date(T0.getTime() + 39 * DAY + 20 * 3_600_000);
  }, 120_000);

  it("counts reviews per day, streak, totals and weekly accuracy like the review log does", async () => {
    const p = await getStudyProgress(student, now);
    const logs = await db().reviewLog.findMany({
      where: { userId: student.id },
      select: { review: true, rating: true },
    });
    expect(logs.length).toBeGreaterThan(100);
    const perDay = new Map<number, number>();
    for (const l of logs) perDay.set(dayOf(l.review), (perDay.get(dayOf(l.review)) ?? 0) + 1);
    for (const c of p.calendar) expect(c.reviews).toBe(perDay.get(c.day) ?? 0);
    expect(p.calendar).toHaveLength(365);
    expect(p.totals.reviews).toBe(logs.length);
    // streak: consecutive days with reviews back from today (day 37 was skipped)
    // (today counts when reviewed; until then the streak runs to yesterday)
    const today = dayOf(now);
    let streak = 0;
    for (let d = perDay.has(today) ? today : today - 1; perDay.has(d); d--) streak += 1;
    expect(perDay.has(37 + dayOf(T0))).toBe(false);
    expect(p.streak).toMatchObject({ current: streak, reviewedToday: perDay.has(today) });
    // the first session (Monday just after midnight Pacific) counts for Sunday 4 January
    expect(p.calendar.find((c) => c.date === "2026-01-04")?.reviews).toBe(perDay.get(dayOf(T0)));
    expect(dayOf(T0)).toBe(Date.parse("2026-01-04") / DAY);
    // weekly accuracy (weeks from Monday, in the student's days)
    for (const w of p.accuracy) {
      const start = Date.parse(`${w.weekStart}T00:00:00Z`) / DAY;
      const inWeek = logs.filter((l) => dayOf(l.review) >= start && dayOf(l.review) < start + 7);
      expect(w.reviews).toBe(inWeek.length);
      expect(w.passed).toBe(inWeek.filter((l) => l.rating > 1).length);
      expect(w.accuracyPercent).toBe(Math.round((100 * w.passed) / w.reviews));
    }
    expect(p.accuracy.reduce((a, w) => a + w.reviews, 0)).toBe(logs.length);
  });

  it("forecasts due cards from the stored schedules and counts mastery over the deck", async () => {
    const p = await getStudyProgress(student, now);
    const cards = await db().cardState.findMany({
      where: { userId: student.id },
      select: { due: true, stability: true, itemId: true },
    });
    const today = dayOf(now);
    for (const [i, d] of p.dueForecast.entries()) {
      expect(d.date).toBe(iso(today + i));
      expect(d.due).toBe(cards.filter((c) => Math.max(today, dayOf(c.due)) === today + i).length);
    }
    expect(p.totals.cards).toBe(cards.length);
    expect(p.totals.dueNow).toBe(cards.filter((c) => c.due <= now).length);
    // by kind: every item of the deck counted, studied = cards of that kind
    const kindOf = new Map(deck.items.map((i) => [i.id, i.kind]));
    for (const m of p.masteryByKind) {
      expect(m.items).toBe(deck.items.filter((i) => i.kind === m.group).length);
      expect(m.studied).toBe(cards.filter((c) => kindOf.get(c.itemId) === m.group).length);
      expect(m.mastered).toBe(cards.filter((c) => kindOf.get(c.itemId) === m.group && c.stability >= 21).length);
    }
    const docOf = new Map(deck.items.map((i) => [i.id, i.documentId]));
    expect(p.masteryByDocument.map((m) => m.group).sort()).toEqual([...deck.documentIds].sort());
    for (const m of p.masteryByDocument)
      expect(m.studied).toBe(cards.filter((c) => docOf.get(c.itemId) === m.group).length);
    // the weakest items are studied cards, with their citation
    expect(p.weakest.length).toBe(10);
    for (const w of p.weakest) expect(w.citations[0]?.quote).toMatch(/^Fact \d+ of document/);
    const recalls = p.weakest.map((w) => w.recallTomorrowPercent);
    expect([...recalls].sort((a, b) => a - b)).toEqual(recalls);
    // "missed": the Again ratings of each, read from the log
    for (const w of p.weakest)
      expect(w.missed).toBe(await db().reviewLog.count({ where: { userId: student.id, itemId: w.itemId, rating: 1 } }));
  });

  it("puts a question just answered wrong in a quiz at the top of the weakest items, as missed", async () => {
    const fresh = await makeUser();
    const quizDeck = await makeStudyDeck({ items: 6 });
    const { attemptId } = await startQuiz(fresh, { deckId: quizDeck.deckId, count: 2 }, 7, now);
    const rows = await db().attemptQuestion.findMany({
      where: { attemptId },
      orderBy: { position: "asc" },
      select: { id: true, itemId: true, answer: true, options: true },
    });
    const [wrong, right] = rows;
    await answerQuestion(fresh, { attemptId, questionId: right!.id, chosen: right!.answer! }, now);
    await answerQuestion(
      fresh,
      {
        attemptId,
        questionId: wrong!.id,
        chosen: (JSON.parse(wrong!.options) as string[]).find((o) => o !== wrong!.answer)!,
      },
      now,
    );
    const p = await getStudyProgress(fresh, new Date(now.getTime() + 60_000));
    expect(p.weakest.map((w) => w.itemId)).toEqual([wrong!.itemId, right!.itemId]);
    expect(p.weakest[0]).toMatchObject({ missed: 1, reps: 1 });
    // fresh in mind now, but its memory is short: far from 100% by tomorrow
    expect(p.weakest[0]!.recallTomorrowPercent).toBeLessThan(90);
    expect(p.weakest[1]).toMatchObject({ missed: 0 });
    expect(p.weakest[1]!.recallTomorrowPercent).toBeGreaterThan(p.weakest[0]!.recallTomorrowPercent);
  });

  it("serves a repeat view from the cache, and shows an answer, a rating, a retired item at once; never a minute old", async () => {
    const fresh = await makeUser();
    const quizDeck = await makeStudyDeck({ items: 6 });
    const { attemptId } = await startQuiz(fresh, { deckId: quizDeck.deckId, count: 2 }, 7, now);
    const [q1] = await db().attemptQuestion.findMany({
      where: { attemptId },
      orderBy: { position: "asc" },
      select: { id: true, itemId: true, answer: true },
    });
    const first = await getStudyProgress(fresh, now);
    expect(first.totals).toMatchObject({ cards: 0, reviews: 0 });
    // nothing changed: the same figures, not computed again
    expect(await getStudyProgress(fresh, new Date(now.getTime() + 1000))).toBe(first);

    await answerQuestion(fresh, { attemptId, questionId: q1!.id, chosen: q1!.answer! }, now);
    const answered = await getStudyProgress(fresh, now);
    expect(answered.totals).toMatchObject({ cards: 1, reviews: 1 });
    expect(answered.weakest.map((w) => w.itemId)).toEqual([q1!.itemId]);

    const other = quizDeck.items.find((i) => i.id !== q1!.itemId)!;
    await rateCard(fresh, { itemId: other.id, rating: 3, clientKey: randomUUID() }, now);
    const rated = await getStudyProgress(fresh, now);
    expect(rated.totals).toMatchObject({ cards: 2, reviews: 2 });

    // an item retired by its curator leaves the figures at once (the deck's items changed)
    await db().item.update({ where: { id: other.id }, data: { status: "retired" } });
    const settled = await getStudyProgress(fresh, now);
    expect(settled.totals).toMatchObject({ cards: 1 });

    // recall moves with the clock: computed again once a minute old
    expect(await getStudyProgress(fresh, new Date(now.getTime() + 59_000))).toBe(settled);
    const later = await getStudyProgress(fresh, new Date(now.getTime() + 61_000));
    expect(later).not.toBe(settled);
    expect(later.totals).toEqual(settled.totals);
    // and never another student's figures
    expect((await getStudyProgress(await makeUser(), now)).totals.cards).toBe(0);
  });

  it("exports the same figures as CSV, only the caller's", async () => {
    const p = await getStudyProgress(student, now);
    const daily = await exportProgressCsv(student, "daily", now);
    const lines = daily.csv.trim().split("\r\n");
    expect(lines[0]).toBe("date,reviews");
    expect(
      lines
        .slice(1)
        .map((l) => Number(l.split(",")[1]))
        .reduce((a, b) => a + b, 0),
    ).toBe(p.totals.reviews);
    const reviews = await exportProgressCsv(student, "reviews", now);
    expect(reviews.csv.trim().split("\r\n")).toHaveLength(p.totals.reviews + 1);
    const theirs = await exportProgressCsv(other, "reviews", now);
    expect(theirs.csv.trim().split("\r\n")).toHaveLength(2);
    expect((await exportProgressCsv(student, "summary", now)).csv).toContain(
      `current_streak_days,${p.streak.current}\r\n`,
    );
    await expect(exportProgressCsv(student, "passwords", now)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows a new student an empty progress without errors", async () => {
    const p = await getStudyProgress(await makeUser(), now);
    expect(p).toMatchObject({
      totals: { cards: 0, reviews: 0, dueNow: 0 },
      streak: { current: 0 },
      weakest: [],
      masteryByKind: [],
    });
  });
});
