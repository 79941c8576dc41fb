import { describe, expect, it } from "vitest";
import {
  intervalLabel,
  newCard,
  preview,
  replay,
  retrievability,
  review,
  rollback,
  SchedulingError,
  type Grade,
  type SchedCard,
} from "./index";

const o = { retention: 0.9 };
const t0 = new Date("2026-01-01T09:00:00Z");
const days = (n: number) => new Date(t0.getTime() + n * 86_400_000);

describe("review on an FSRS schedule", () => {
  it("moves a new card through learning into review, with longer intervals for better ratings", () => {
    const c = newCard(t0);
    const p = preview(c, t0, o);
    expect(p[1].getTime()).toBeLessThan(p[3].getTime());
    expect(p[3].getTime()).toBeLessThan(p[4].getTime());
    const good = review(c, 3, t0, o);
    expect(good.card.reps).toBe(1);
    expect(good.log).toMatchObject({ rating: 3, state: 0 });
    // a few Good ratings later the card is in Review with an interval of days
    let card = good.card;
    for (let i = 0; i < 3; i++) card = review(card, 3, card.due, o).card;
    expect(card.state).toBe(2);
    expect(card.scheduledDays).toBeGreaterThanOrEqual(1);
  });

  it("gives longer intervals for a lower retention target", () => {
    let a = newCard(t0),
      b = newCard(t0);
    for (let i = 0; i < 4; i++) {
      a = review(a, 3, a.due, { retention: 0.9 }).card;
      b = review(b, 3, b.due, { retention: 0.8 }).card;
    }
    expect(b.scheduledDays).toBeGreaterThan(a.scheduledDays);
  });

  it("counts a lapse when a review card is forgotten", () => {
    let c = newCard(t0);
    for (let i = 0; i < 4; i++) c = review(c, 3, c.due, o).card;
    const lapsed = review(c, 1, c.due, o).card;
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.state).toBe(3);
  });

  it("undoes a review (rollback restores the previous card, due again when it was rated)", () => {
    let c = newCard(t0);
    const states: SchedCard[] = [c];
    const logs = [];
    for (const [i, g] of ([3, 3, 1, 4] as Grade[]).entries()) {
      const r = review(c, g, days(i * 3), o);
      logs.push(r.log);
      c = r.card;
      states.push(c);
    }
    for (let i = logs.length - 1; i >= 0; i--) {
      c = rollback(c, logs[i]!, o);
      const want = states[i]!;
      expect(c.state).toBe(want.state);
      expect(c.reps).toBe(want.reps);
      expect(c.lapses).toBe(want.lapses);
      expect(c.stability).toBeCloseTo(want.stability, 8);
      expect(c.difficulty).toBeCloseTo(want.difficulty, 8);
      // the undone card is due again at the moment it was rated (so the session shows it again)
      expect(c.due.getTime()).toBe(i === 0 ? want.due.getTime() : logs[i]!.review.getTime());
      expect(c.lastReview?.getTime()).toBe(want.lastReview?.getTime());
    }
  });

  it("replays a stored history to the same card (reschedule)", () => {
    let c = newCard(t0);
    const history: { rating: Grade; review: Date }[] = [];
    for (const [i, g] of ([3, 3, 2, 1, 3, 4] as Grade[]).entries()) {
      const at = i === 0 ? t0 : new Date(c.due.getTime() + 3_600_000);
      c = review(c, g, at, o).card;
      history.push({ rating: g, review: at });
    }
    const again = replay(history, t0, o);
    expect(again.reps).toBe(c.reps);
    expect(again.stability).toBeCloseTo(c.stability, 6);
    expect(again.due.getTime()).toBe(c.due.getTime());
  });

  it("treats a clock set back as a review at the last review time, not a negative interval", () => {
    let c = newCard(t0);
    for (let i = 0; i < 3; i++) c = review(c, 3, c.due, o).card;
    const back = new Date(c.lastReview!.getTime() - 5 * 86_400_000);
    const r = review(c, 3, back, o);
    expect(r.clockBehind).toBe(true);
    expect(r.log.review.getTime()).toBe(c.lastReview!.getTime());
    expect(r.card.due.getTime()).toBeGreaterThan(c.lastReview!.getTime());
  });

  it("refuses a rating outside 1–4 and a retention outside 70–99%", () => {
    expect(() => review(newCard(t0), 5 as Grade, t0, o)).toThrow(SchedulingError);
    expect(() => review(newCard(t0), 3, t0, { retention: 0.5 })).toThrow(/between 70% and 99%/);
  });

  it("estimates recall: 0 for an unseen card, about the target at the due date", () => {
    expect(retrievability(newCard(t0), t0, o)).toBe(0);
    let c = newCard(t0);
    for (let i = 0; i < 4; i++) c = review(c, 3, c.due, o).card;
    expect(retrievability(c, c.lastReview!, o)).toBeCloseTo(1, 2);
    expect(retrievability(c, new Date(c.lastReview!.getTime() + c.scheduledDays * 86_400_000), o)).toBeCloseTo(0.9, 1);
  });
});

it("labels intervals the way the rating buttons show them", () => {
  expect(intervalLabel(t0, new Date(t0.getTime() + 60_000))).toBe("1m");
  expect(intervalLabel(t0, new Date(t0.getTime() + 10 * 60_000))).toBe("10m");
  expect(intervalLabel(t0, days(1))).toBe("1d");
  expect(intervalLabel(t0, days(45))).toBe("1.5mo");
  expect(intervalLabel(t0, days(730))).toBe("2y");
});
