import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./db";
import { getReviewQueue, rateCard, getCard } from "./review";
import { undoLastReview } from "./review-undo";
import { getStudySettings, updateStudySettings } from "./study-settings";
import { requireAttempt, startQuiz } from "./quiz";
import { answerQuestion } from "./quiz-answer";
import { getStudyProgress } from "./progress";
import { createClass, joinClass } from "./classes";
import { makeUser } from "./testing/fixtures";
import { makeStudyDeck } from "./testing/study-fixtures";
import type { SessionUser } from "./accounts";

const T0 = new Date("2026-03-02T09:00:00Z");
const at = (days: number, minutes = 0) => new Date(T0.getTime() + days * 86_400_000 + minutes * 60_000);
const key = () => randomUUID();

describe("flashcard review on an FSRS schedule", () => {
  let alice: SessionUser;
  let deck: Awaited<ReturnType<typeof makeStudyDeck>>;

  beforeAll(async () => {
    alice = await makeUser();
    deck = await makeStudyDeck({ items: 8 });
    await updateStudySettings(alice, { retentionPercent: 90, dailyNewLimit: 5 });
  });

  it("reviews a deck over several days: new cards up to the daily limit, then what falls due", async () => {
    // Day 0: five new cards (the limit), each rated Good, then again until learning is done.
    const seen = new Set<string>();
    let q = await getReviewQueue(alice, { deckId: deck.deckId }, at(0));
    expect(q).toMatchObject({ dueCount: 0, newLeft: 5, newToday: 0 });
    expect(q.card?.isNew).toBe(true);
    expect(q.card?.citations[0]?.quote).toMatch(/^Fact 0 of document 0/);
    expect(Object.values(q.card!.intervals)).toHaveLength(4);
    let minute = 0;
    while (q.card && minute < 500) {
      seen.add(q.card.itemId);
      await rateCard(alice, { itemId: q.card.itemId, rating: 3, clientKey: key(), durationMs: 4000 }, at(0, minute));
      minute += 1;
      q = await getReviewQueue(alice, { deckId: deck.deckId }, at(0, minute));
    }
    expect(seen.size).toBe(5);
    expect(q).toMatchObject({ card: null, newLeft: 0, newToday: 5 });
    const day0 = await db().userDayStat.findUniqueOrThrow({
      where: { userId_day: { userId: alice.id, day: Math.floor(at(0).getTime() / 86_400_000) } },
    });
    const logs0 = await db().reviewLog.count({ where: { userId: alice.id } });
    expect(day0).toMatchObject({ reviews: logs0, passed: logs0, newCards: 5 });

    // The day the first card falls due: due cards come before the three new cards left.
    const first = await db().cardState.findFirstOrThrow({ where: { userId: alice.id }, orderBy: { due: "asc" } });
    expect(first.state).toBe(2);
    expect(first.due.getTime()).toBeGreaterThan(at(1).getTime() - 1);
    expect(
      (await getReviewQueue(alice, { deckId: deck.deckId }, new Date(first.due.getTime() - 3_600_000))).dueCount,
    ).toBe(0);
    const dueDay = new Date(first.due.getTime() + 60_000);
    q = await getReviewQueue(alice, { deckId: deck.deckId }, dueDay);
    expect(q.dueCount).toBeGreaterThan(0);
    expect(q.card?.isNew).toBe(false);
    expect(q.newLeft).toBe(5);
    const dueItem = q.card!.itemId;
    const r = await rateCard(alice, { itemId: dueItem, rating: 1, clientKey: key(), durationMs: 9000 }, dueDay);
    expect(r).toMatchObject({ duplicate: false, rating: 1, clockBehind: false });
    const card = await getCard(alice, dueItem);
    expect(card).toMatchObject({ lapses: 1, state: 3 });
    // 30 days later every studied card is due, and the rest of the deck is new
    q = await getReviewQueue(alice, { deckId: deck.deckId }, at(31));
    expect(q.dueCount).toBe(5);
    expect(q.newLeft).toBe(5);
  });

  it("stores one review for a double submit, sequential or at the same moment", async () => {
    const user = await makeUser();
    const d = await makeStudyDeck({ items: 2 });
    const item = d.items[0]!.id;
    const k = key();
    const first = await rateCard(user, { itemId: item, rating: 3, clientKey: k }, at(0));
    const again = await rateCard(user, { itemId: item, rating: 3, clientKey: k }, at(0, 1));
    expect(first.duplicate).toBe(false);
    expect(again).toMatchObject({ duplicate: true, rating: 3 });
    const k2 = key();
    const both = await Promise.allSettled([
      rateCard(user, { itemId: d.items[1]!.id, rating: 4, clientKey: k2 }, at(0)),
      rateCard(user, { itemId: d.items[1]!.id, rating: 4, clientKey: k2 }, at(0)),
    ]);
    expect(both.every((b) => b.status === "fulfilled")).toBe(true);
    expect(await db().reviewLog.count({ where: { userId: user.id } })).toBe(2);
    const stat = await db().userDayStat.findMany({ where: { userId: user.id } });
    expect(stat.map((s) => s.reviews)).toEqual([2]);
  });

  it("refuses a card that is not due, an unknown card, a bad rating, and past the new-card limit; nothing is stored", async () => {
    const user = await makeUser();
    await updateStudySettings(user, { retentionPercent: 90, dailyNewLimit: 1 });
    const d = await makeStudyDeck({ items: 3 });
    const item = d.items[0]!.id;
    let c = await rateCard(user, { itemId: item, rating: 4, clientKey: key() }, at(0));
    expect(c.due.getTime()).toBeGreaterThan(at(1).getTime());
    await expect(rateCard(user, { itemId: item, rating: 3, clientKey: key() }, at(0, 5))).rejects.toMatchObject({
      code: "NOT_DUE",
      message: expect.stringContaining("not due until"),
    });
    await expect(rateCard(user, { itemId: "no-such-item", rating: 3, clientKey: key() }, at(0))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(rateCard(user, { itemId: item, rating: 7, clientKey: key() }, at(0))).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(rateCard(user, { itemId: d.items[1]!.id, rating: 3, clientKey: key() }, at(0))).rejects.toMatchObject({
      code: "NEW_LIMIT",
    });
    expect(await db().reviewLog.count({ where: { userId: user.id } })).toBe(1);
    // practice mode (studying the weakest items) may review early
    c = await rateCard(user, { itemId: item, rating: 3, clientKey: key(), mode: "practice" }, at(0, 10));
    expect(c.duplicate).toBe(false);
  });

  it("keeps each student's cards apart: a rating changes only the caller's card", async () => {
    const bob = await makeUser();
    const before = await getCard(alice, deck.items[0]!.id);
    await rateCard(bob, { itemId: deck.items[0]!.id, rating: 1, clientKey: key() }, at(2));
    expect(await getCard(alice, deck.items[0]!.id)).toEqual(before);
    expect((await getCard(bob, deck.items[0]!.id))?.reps).toBe(1);
    // and bob's undo cannot touch alice's reviews
    await undoLastReview(bob);
    expect(await getCard(alice, deck.items[0]!.id)).toEqual(before);
    await expect(undoLastReview(bob)).rejects.toMatchObject({ code: "NOTHING_TO_UNDO" });
  });

  it("handles a clock set back: not due in a session, scheduled from the last review elsewhere", async () => {
    const user = await makeUser();
    const d = await makeStudyDeck({ items: 1 });
    const item = d.items[0]!.id;
    await rateCard(user, { itemId: item, rating: 3, clientKey: key() }, at(5));
    const card = (await getCard(user, item))!;
    // In a due session the card is simply not due yet at the earlier time: nothing stored.
    await expect(rateCard(user, { itemId: item, rating: 3, clientKey: key() }, at(3))).rejects.toMatchObject({
      code: "NOT_DUE",
    });
    expect(await db().reviewLog.count({ where: { userId: user.id } })).toBe(1);
    // Where early reviews are allowed (practice, quizzes) it counts as at the last review.
    const r = await rateCard(user, { itemId: item, rating: 3, clientKey: key(), mode: "practice" }, at(3));
    expect(r.clockBehind).toBe(true);
    const log = await db().reviewLog.findFirstOrThrow({ where: { userId: user.id }, orderBy: { review: "desc" } });
    expect(log.review.getTime()).toBe(card.lastReview!.getTime());
    expect(r.due.getTime()).toBeGreaterThan(at(5).getTime());
  });

  it("undoes ratings one by one from the stored log, and says so when there is nothing to undo", async () => {
    const user = await makeUser();
    const d = await makeStudyDeck({ items: 2 });
    await expect(undoLastReview(user)).rejects.toMatchObject({
      code: "NOTHING_TO_UNDO",
      message: "There is no rating to undo.",
    });
    const item = d.items[0]!.id;
    await rateCard(user, { itemId: item, rating: 3, clientKey: key() }, at(0));
    const afterFirst = await getCard(user, item);
    const due1 = afterFirst!.due;
    await rateCard(user, { itemId: item, rating: 1, clientKey: key() }, due1);
    expect((await getCard(user, item))!.reps).toBe(2);
    expect(await undoLastReview(user)).toEqual({ itemId: item });
    const rolled = await getCard(user, item);
    expect(rolled).toMatchObject({
      reps: 1,
      lapses: afterFirst!.lapses,
      state: afterFirst!.state,
      stability: afterFirst!.stability,
    });
    // the undone card shows again first
    const q = await getReviewQueue(user, { deckId: d.deckId }, due1, item);
    expect(q.card?.itemId).toBe(item);
    await undoLastReview(user);
    expect(await getCard(user, item)).toBeNull(); // back to new
    expect(await db().reviewLog.count({ where: { userId: user.id } })).toBe(0);
    const stats = await db().userDayStat.findMany({ where: { userId: user.id } });
    expect(stats.reduce((n, s) => n + s.reviews + s.newCards + s.passed, 0)).toBe(0);
    await expect(undoLastReview(user)).rejects.toMatchObject({ code: "NOTHING_TO_UNDO" });
  });

  it("handles a deck deleted while reviewing: the rating is refused plainly and the session ends", async () => {
    const user = await makeUser();
    const d = await makeStudyDeck({ items: 2 });
    const q = await getReviewQueue(user, { deckId: d.deckId }, at(0));
    await rateCard(user, { itemId: q.card!.itemId, rating: 3, clientKey: key() }, at(0));
    await db().deck.delete({ where: { id: d.deckId } });
    await expect(
      rateCard(user, { itemId: d.items[1]!.id, rating: 3, clientKey: key() }, at(0, 1)),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("deck was deleted") });
    await expect(getReviewQueue(user, { deckId: d.deckId }, at(0, 1))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getReviewQueue(user, {}, at(0, 1))).card?.deckId).not.toBe(d.deckId);
    await expect(undoLastReview(user)).rejects.toMatchObject({ code: "NOTHING_TO_UNDO" });
  });

  it("validates the study settings and uses the retention target for intervals", async () => {
    const user = await makeUser();
    await expect(updateStudySettings(user, { retentionPercent: 50, dailyNewLimit: 10 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fieldErrors: { retentionPercent: "Choose a retention target of at least 70%." } },
    });
    await expect(updateStudySettings(user, { retentionPercent: 90, dailyNewLimit: -1 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      updateStudySettings(user, {
        retentionPercent: 90,
        dailyNewLimit: 10,
        timeZone: "Mars/Olympus_Mons",
        dayStartHour: 4,
      }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fieldErrors: { timeZone: "Choose a time zone from the list." } },
    });
    await expect(
      updateStudySettings(user, { retentionPercent: 90, dailyNewLimit: 10, timeZone: "UTC", dayStartHour: 24 }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fieldErrors: { dayStartHour: "Choose an hour from 0 to 23." } },
    });
    // nothing of a refused form is saved; an account without a zone counts days in UTC
    expect(await getStudySettings(user)).toEqual({
      retention: 0.9,
      dailyNewLimit: 20,
      clock: { timeZone: "UTC", dayStartHour: 4 },
      timeZoneKnown: false,
    });
    const d = await makeStudyDeck({ items: 2 });
    const dueAfter = async (pct: number, item: string) => {
      await updateStudySettings(user, { retentionPercent: pct, dailyNewLimit: 20 });
      let t = at(0);
      for (let i = 0; i < 4; i++)
        t = (await rateCard(user, { itemId: item, rating: 3, clientKey: key(), mode: "practice" }, t)).due;
      return t.getTime();
    };
    const high = await dueAfter(95, d.items[0]!.id);
    const low = await dueAfter(75, d.items[1]!.id);
    expect(low).toBeGreaterThan(high);
  });

  it("feeds quiz answers into the card's schedule once: right as Good, wrong as Again", async () => {
    const user = await makeUser();
    const d = await makeStudyDeck({ items: 8 });
    const { attemptId } = await startQuiz(user, { deckId: d.deckId, count: 2 }, 5);
    const q1 = (await requireAttempt(user, attemptId, at(0))).current!;
    const item1 = await db().attemptQuestion.findUniqueOrThrow({
      where: { id: q1.id },
      select: { itemId: true, item: { select: { answer: true } } },
    });
    await answerQuestion(user, { attemptId, questionId: q1.id, chosen: item1.item.answer }, at(0));
    await answerQuestion(user, { attemptId, questionId: q1.id, chosen: item1.item.answer }, at(0, 1)); // a repeat
    const q2 = (await requireAttempt(user, attemptId, at(0))).current!;
    const item2 = await db().attemptQuestion.findUniqueOrThrow({
      where: { id: q2.id },
      select: { itemId: true, item: { select: { answer: true } } },
    });
    await Promise.all(
      [0, 1].map(() =>
        answerQuestion(
          user,
          { attemptId, questionId: q2.id, chosen: q2.options.find((o) => o !== item2.item.answer)! },
          at(0),
        ),
      ),
    );
    const logs = await db().reviewLog.findMany({
      where: { userId: user.id },
      orderBy: { review: "asc" },
      select: { itemId: true, rating: true, source: true, review: true },
    });
    expect(logs.sort((a, b) => a.rating - b.rating)).toEqual([
      { itemId: item2.itemId, rating: 1, source: "quiz", review: at(0) },
      { itemId: item1.itemId, rating: 3, source: "quiz", review: at(0) },
    ]);
    expect((await getCard(user, item1.itemId))?.reps).toBe(1);
    // a quiz answer is not a review rating: undo leaves it alone
    await expect(undoLastReview(user)).rejects.toMatchObject({ code: "NOTHING_TO_UNDO" });
    const [stat] = await db().userDayStat.findMany({ where: { userId: user.id } });
    expect(stat).toMatchObject({ reviews: 2, passed: 1, quiz: 2, newCards: 0 });
  });

  it("stores a quiz answer given while the same card is rated in another tab: the card counts each once", async () => {
    const user = await makeUser();
    const d = await makeStudyDeck({ items: 4 });
    const { attemptId } = await startQuiz(user, { deckId: d.deckId, count: 1 }, 9);
    const q = (await requireAttempt(user, attemptId, at(0))).current!;
    const { itemId, answer } = await db().attemptQuestion.findUniqueOrThrow({
      where: { id: q.id },
      select: { itemId: true, answer: true },
    });
    const [fb, rated] = await Promise.allSettled([
      answerQuestion(user, { attemptId, questionId: q.id, chosen: answer! }, at(0)),
      rateCard(user, { itemId, rating: 3, clientKey: randomUUID(), mode: "practice" }, at(0)),
    ]);
    // the answer always stands; the rating may be refused as made on a card that just changed
    expect(fb).toMatchObject({ status: "fulfilled", value: { correct: true, alreadyAnswered: false, finished: true } });
    if (rated.status === "rejected") expect(rated.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db().attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({
      status: "finished",
      finishedAt: at(0),
      correctCount: 1,
    });
    // whichever came second on the card, the card's reps are the logs written for it
    const logs = await db().reviewLog.count({ where: { userId: user.id, itemId } });
    expect(logs).toBeGreaterThanOrEqual(1);
    expect((await getCard(user, itemId))?.reps).toBe(logs);
  });

  it("shows multiple-choice cards with their options, and where a wrong option really appears", async () => {
    const user = await makeUser();
    const d = await makeStudyDeck({ items: 2 });
    const mcq = d.items.find((i) => i.type === "mcq")!;
    const doc = await db().document.findUniqueOrThrow({ where: { id: d.documentIds[0] }, select: { text: true } });
    const other = "Fact 0 of document 0";
    const start = doc.text.indexOf(other);
    const wrong = "Wrong 1a";
    await db().item.update({
      where: { id: mcq.id },
      data: {
        optionCitations: JSON.stringify({
          [wrong]: [{ documentId: d.documentIds[0], start, end: start + other.length }],
        }),
      },
    });
    const q = await getReviewQueue(user, { items: [mcq.id] }, at(0));
    expect(q.card).toMatchObject({ type: "mcq", back: mcq.answer });
    expect([...q.card!.options].sort()).toEqual([mcq.answer, "Wrong 1a", "Wrong 1b", "Wrong 1c"].sort());
    expect(q.card!.optionCitations[wrong]?.[0]?.quote).toBe(other);
    // the order is stable across reloads
    expect((await getReviewQueue(user, { items: [mcq.id] }, at(0))).card!.options).toEqual(q.card!.options);
  });

  it("recomputes schedules from the stored logs alone: unchanged at the same target, later at a lower one", async () => {
    const user = await makeUser();
    const d = await makeStudyDeck({ items: 3 });
    for (const [n, item] of d.items.entries()) {
      let t = at(0, n);
      for (const g of [3, 3, 1, 3, 4] as const)
        t = new Date(
          (await rateCard(user, { itemId: item.id, rating: g, clientKey: key(), mode: "practice" }, t)).due.getTime() +
            3_600_000,
        );
    }
    const before = await db().cardState.findMany({ where: { userId: user.id }, orderBy: { itemId: "asc" } });
    const same = await updateStudySettings(user, { retentionPercent: 90, dailyNewLimit: 20, reschedule: true });
    expect(same.rescheduled).toBe(3);
    const replayed = await db().cardState.findMany({ where: { userId: user.id }, orderBy: { itemId: "asc" } });
    for (const [i, c] of replayed.entries()) {
      const b = before[i]!;
      expect(c.due.getTime()).toBe(b.due.getTime());
      expect(c.stability).toBeCloseTo(b.stability, 6);
      expect([c.reps, c.lapses, c.state]).toEqual([b.reps, b.lapses, b.state]);
    }
    await updateStudySettings(user, { retentionPercent: 75, dailyNewLimit: 20, reschedule: true });
    const later = await db().cardState.findMany({ where: { userId: user.id }, orderBy: { itemId: "asc" } });
    for (const [i, c] of later.entries()) expect(c.due.getTime()).toBeGreaterThan(before[i]!.due.getTime());
  });

  it("keeps the items of a deck hidden from its class out of a student's review and progress", async () => {
    const [user, teacher] = [await makeUser(), await makeUser("instructor")];
    const c = await createClass(teacher, { name: `Review class ${key()}` });
    await joinClass(user, c.joinCode);
    const d = await makeStudyDeck({ items: 2, owner: teacher });
    await db().classDeck.create({ data: { classId: c.id, deckId: d.deckId } });
    await rateCard(user, { itemId: d.items[0]!.id, rating: 1, clientKey: key() }, at(0));
    await db().deck.update({ where: { id: d.deckId }, data: { hiddenFromStudents: true } });
    await expect(rateCard(user, { itemId: d.items[0]!.id, rating: 3, clientKey: key() }, at(1))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await getReviewQueue(user, {}, at(1))).card?.deckId).not.toBe(d.deckId);
    expect((await getReviewQueue(user, { items: [d.items[0]!.id] }, at(1))).card).toBeNull();
    const p = await getStudyProgress(user, at(1));
    expect(p.totals.cards).toBe(0);
    expect(p.weakest).toEqual([]);
    expect(p.masteryByKind).toEqual([]);
  });

  it("never reviews a card of a deck the student cannot open (someone's private deck)", async () => {
    const [user, owner] = [await makeUser(), await makeUser()];
    const d = await makeStudyDeck({ items: 2, owner });
    await expect(rateCard(user, { itemId: d.items[0]!.id, rating: 3, clientKey: key() }, at(0))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getReviewQueue(user, { deckId: d.deckId }, at(0))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getReviewQueue(owner, { deckId: d.deckId }, at(0))).card?.deckId).toBe(d.deckId);
  });
});
