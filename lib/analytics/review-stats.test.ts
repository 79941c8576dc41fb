import { describe, expect, it } from "vitest";
import { currentStreak, dueForecast, longestStreak, masteryBy, reviewCalendar, toCsv, weakest, weeklyAccuracy, type DayStat } from "./index";

const day = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
const stat = (d: string, reviews: number, passed = reviews): DayStat => ({ day: day(d), reviews, passed, newCards: 0, quiz: 0 });

describe("streaks", () => {
  const stats = [stat("2026-03-01", 5), stat("2026-03-02", 1), stat("2026-03-03", 2), stat("2026-03-05", 4), stat("2026-03-06", 0)];
  it("counts consecutive days ending today, or yesterday while today is still open", () => {
    expect(currentStreak(stats, day("2026-03-03"))).toBe(3);
    expect(currentStreak(stats, day("2026-03-04"))).toBe(3); // nothing yet today
    expect(currentStreak(stats, day("2026-03-05"))).toBe(1);
    expect(currentStreak(stats, day("2026-03-06"))).toBe(1); // a row with 0 reviews does not count
    expect(currentStreak(stats, day("2026-03-08"))).toBe(0);
    expect(currentStreak([], day("2026-03-08"))).toBe(0);
  });
  it("finds the longest run", () => expect(longestStreak(stats)).toBe(3));
});

it("fills the calendar with every day, zero where nothing was reviewed", () => {
  const cal = reviewCalendar([stat("2026-03-01", 5), stat("2026-02-01", 9)], day("2026-03-02"), 3);
  expect(cal).toEqual([
    { day: day("2026-02-28"), date: "2026-02-28", reviews: 0 },
    { day: day("2026-03-01"), date: "2026-03-01", reviews: 5 },
    { day: day("2026-03-02"), date: "2026-03-02", reviews: 0 },
  ]);
});

it("computes accuracy per Monday-starting week", () => {
  // 2026-03-02 is a Monday
  const pts = weeklyAccuracy([stat("2026-03-01", 4, 1), stat("2026-03-02", 3, 3), stat("2026-03-08", 1, 0), stat("2026-03-09", 10, 5)], day("2026-03-10"), 2);
  expect(pts).toEqual([
    { weekStart: "2026-03-02", reviews: 4, passed: 3, accuracyPercent: 75 },
    { weekStart: "2026-03-09", reviews: 10, passed: 5, accuracyPercent: 50 },
  ]);
});

it("forecasts due cards per day, overdue ones today", () => {
  const now = new Date("2026-03-10T15:00:00Z");
  const f = dueForecast([new Date("2026-01-01T00:00:00Z"), new Date("2026-03-10T23:00:00Z"), new Date("2026-03-12T01:00:00Z"), new Date("2026-06-01T00:00:00Z")], now, 3);
  expect(f).toEqual([{ date: "2026-03-10", due: 2 }, { date: "2026-03-11", due: 0 }, { date: "2026-03-12", due: 1 }]);
});

it("computes mastery per group over all items, recall over studied ones", () => {
  const m = masteryBy([
    { group: "date", label: "Dates", studied: true, recall: 0.9, stability: 30 },
    { group: "date", label: "Dates", studied: true, recall: 0.5, stability: 2 },
    { group: "date", label: "Dates", studied: false, recall: 0, stability: 0 },
    { group: "person", label: "People", studied: false, recall: 0, stability: 0 },
  ]);
  expect(m).toEqual([
    { group: "date", label: "Dates", items: 3, studied: 2, mastered: 1, recallPercent: 70, masteryPercent: 33 },
    { group: "person", label: "People", items: 1, studied: 0, mastered: 0, recallPercent: 0, masteryPercent: 0 },
  ]);
});

it("picks the weakest studied cards: lowest recall, then most lapses", () => {
  const cards = [
    { itemId: "a", recall: 0.9, lapses: 0, reps: 3 }, { itemId: "b", recall: 0.4, lapses: 1, reps: 3 },
    { itemId: "c", recall: 0.4, lapses: 3, reps: 5 }, { itemId: "d", recall: 0, lapses: 0, reps: 0 },
  ];
  expect(weakest(cards, 2).map((c) => c.itemId)).toEqual(["c", "b"]);
});

it("writes CSV that spreadsheets read back safely", () => {
  expect(toCsv(["a", "b"], [["x, y", 'say "hi"'], ["=SUM(A1)", -3], [null, "line\nbreak"]]))
    .toBe('a,b\r\n"x, y","say ""hi"""\r\n\'=SUM(A1),-3\r\n,"line\nbreak"\r\n');
});
