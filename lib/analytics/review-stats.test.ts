import { describe, expect, it } from "vitest";
import { UTC_DAYS, type DayClock } from "@/lib/scheduling";
import {
  currentStreak,
  dayCounts,
  dueForecast,
  longestStreak,
  masteryBy,
  masteryOf,
  reviewCalendar,
  toCsv,
  weakest,
  weeklyAccuracy,
  type DayStat,
} from "./index";

const day = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
const stat = (d: string, reviews: number, passed = reviews): DayStat => ({
  day: day(d),
  reviews,
  passed,
  newCards: 0,
  quiz: 0,
});

describe("streaks", () => {
  const stats = [
    stat("2026-03-01", 5),
    stat("2026-03-02", 1),
    stat("2026-03-03", 2),
    stat("2026-03-05", 4),
    stat("2026-03-06", 0),
  ];
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
  const pts = weeklyAccuracy(
    [stat("2026-03-01", 4, 1), stat("2026-03-02", 3, 3), stat("2026-03-08", 1, 0), stat("2026-03-09", 10, 5)],
    day("2026-03-10"),
    2,
  );
  expect(pts).toEqual([
    { weekStart: "2026-03-02", reviews: 4, passed: 3, accuracyPercent: 75 },
    { weekStart: "2026-03-09", reviews: 10, passed: 5, accuracyPercent: 50 },
  ]);
});

it("forecasts due cards per day, overdue ones today", () => {
  const now = new Date("2026-03-10T15:00:00Z");
  const f = dueForecast(
    [
      new Date("2026-01-01T00:00:00Z"),
      new Date("2026-03-10T23:00:00Z"),
      new Date("2026-03-12T01:00:00Z"),
      new Date("2026-06-01T00:00:00Z"),
    ],
    now,
    UTC_DAYS,
    3,
  );
  expect(f).toEqual([
    { date: "2026-03-10", due: 2 },
    { date: "2026-03-11", due: 0 },
    { date: "2026-03-12", due: 1 },
  ]);
});

describe("a student in California (UTC−8 in winter, −7 in summer)", () => {
  const la: DayClock = { timeZone: "America/Los_Angeles", dayStartHour: 0 };
  const la4: DayClock = { timeZone: "America/Los_Angeles", dayStartHour: 4 };
  const at = (iso: string) => new Date(iso);
  const review = (iso: string, rating = 3, state = 2, source = "review") => ({
    review: at(iso),
    rating,
    state,
    source,
    durationMs: 1000,
  });

  it("keeps a 3 pm and a 5 pm review on one day (in UTC the day rolled over at 4 pm)", () => {
    // Monday 2026-03-02, 15:00 and 17:00 Pacific = 23:00 Monday and 01:00 Tuesday UTC
    const reviews = [review("2026-03-02T23:00:00Z"), review("2026-03-03T01:00:00Z")];
    expect(dayCounts(reviews, UTC_DAYS).map((d) => d.day)).toEqual([day("2026-03-02"), day("2026-03-03")]);
    expect(dayCounts(reviews, la)).toEqual([
      { day: day("2026-03-02"), reviews: 2, passed: 2, newCards: 0, quiz: 0, durationMs: 2000 },
    ]);
    // so Tuesday morning the streak is 1 day (yesterday), not 2 as UTC days claimed
    const tuesday9am = at("2026-03-03T17:00:00Z");
    const stats = dayCounts(reviews, la).map((d) => ({ ...d }));
    expect(currentStreak(stats, day("2026-03-03"))).toBe(1);
    // a card due at 22:30 Tuesday Pacific is due today, not tomorrow (06:30 Wednesday UTC)
    const due = [at("2026-03-04T06:30:00Z")];
    expect(dueForecast(due, tuesday9am, la, 2)).toEqual([
      { date: "2026-03-03", due: 1 },
      { date: "2026-03-04", due: 0 },
    ]);
    expect(dueForecast(due, tuesday9am, UTC_DAYS, 2)).toEqual([
      { date: "2026-03-03", due: 0 },
      { date: "2026-03-04", due: 1 },
    ]);
  });

  it("ends the day at midnight, or at the hour the day starts (4 am: a 1 am review counts for the evening before)", () => {
    const eleven = review("2026-03-03T07:00:00Z"); // 23:00 Monday Pacific
    const one = review("2026-03-03T09:00:00Z"); // 01:00 Tuesday Pacific
    expect(dayCounts([eleven, one], la).map((d) => d.day)).toEqual([day("2026-03-02"), day("2026-03-03")]);
    expect(dayCounts([eleven, one], la4).map((d) => [d.day, d.reviews])).toEqual([[day("2026-03-02"), 2]]);
  });

  it("counts the new cards a review day began, not quiz answers or reviews of known cards", () => {
    const c = dayCounts(
      [
        review("2026-03-02T18:00:00Z", 3, 0),
        review("2026-03-02T18:01:00Z", 1, 0),
        review("2026-03-02T18:02:00Z", 3, 2),
        review("2026-03-02T18:03:00Z", 1, 0, "quiz"),
      ],
      la,
    );
    expect(c).toEqual([{ day: day("2026-03-02"), reviews: 4, passed: 2, newCards: 2, quiz: 1, durationMs: 4000 }]);
  });
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

it("counts the items not studied yet from each group's total, as if each were an input", () => {
  const studied = [
    { group: "date", label: "Dates", recall: 0.9, stability: 30 },
    { group: "date", label: "Dates", recall: 0.5, stability: 2 },
    { group: "gone", label: "Gone", recall: 0.4, stability: 1 }, // studied, no longer counted
  ];
  const items = [
    { group: "date", label: "Dates", n: 3 },
    { group: "person", label: "People", n: 2 },
    { group: "term", label: "Terms", n: 0 },
  ];
  const padded = [
    ...studied.map((c) => ({ ...c, studied: true })),
    { group: "date", label: "Dates", studied: false, recall: 0, stability: 0 },
    ...[1, 2].map(() => ({ group: "person", label: "People", studied: false, recall: 0, stability: 0 })),
  ];
  expect(masteryOf(studied, items)).toEqual(masteryBy(padded));
  expect(masteryOf(studied, items).map((m) => [m.group, m.items])).toEqual([
    ["date", 3],
    ["person", 2],
    ["gone", 1],
  ]);
});

it("leaves dates past the window out of the forecast in any time zone", () => {
  const kiritimati: DayClock = { timeZone: "Pacific/Kiritimati", dayStartHour: 0 };
  const now = new Date("2026-03-10T12:00:00Z");
  const dues = [new Date("2026-03-12T11:00:00Z"), new Date("2026-03-13T11:00:00Z"), new Date("2027-01-01T00:00:00Z")];
  // UTC+14: today is the 11th there; the first falls on the 13th (the window's last day), the
  // second on the 14th (past it), the third months later
  expect(dueForecast(dues, now, kiritimati, 3).map((d) => d.due)).toEqual([0, 0, 1]);
});

it("picks the weakest studied cards: lowest recall, then most lapses", () => {
  const cards = [
    { itemId: "a", recall: 0.9, lapses: 0, reps: 3 },
    { itemId: "b", recall: 0.4, lapses: 1, reps: 3 },
    { itemId: "c", recall: 0.4, lapses: 3, reps: 5 },
    { itemId: "d", recall: 0, lapses: 0, reps: 0 },
  ];
  expect(weakest(cards, 2).map((c) => c.itemId)).toEqual(["c", "b"]);
});

it("writes CSV that spreadsheets read back safely", () => {
  expect(
    toCsv(
      ["a", "b"],
      [
        ["x, y", 'say "hi"'],
        ["=SUM(A1)", -3],
        [null, "line\nbreak"],
      ],
    ),
  ).toBe('a,b\r\n"x, y","say ""hi"""\r\n\'=SUM(A1),-3\r\n,"line\nbreak"\r\n');
});
