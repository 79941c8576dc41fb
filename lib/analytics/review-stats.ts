// Review-history arithmetic for the progress page: streak, calendar, accuracy over time, due
// forecast, mastery, weakest cards. Days are study days in the person's own time zone, numbered
// like dates (days since 1970-01-01: lib/scheduling/days.ts); the clock comes in as a parameter.
import { studyDay, type DayClock } from "@/lib/scheduling";

export interface DayStat {
  day: number;
  reviews: number;
  passed: number;
  newCards: number;
  quiz: number;
}

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 100));

/** Consecutive days with at least one review, ending today, or yesterday when today has
 *  none yet (the streak is not lost until the day is over). */
export function currentStreak(stats: readonly DayStat[], today: number): number {
  const active = new Set(stats.filter((s) => s.reviews > 0).map((s) => s.day));
  let d = active.has(today) ? today : today - 1;
  let n = 0;
  while (active.has(d)) {
    n += 1;
    d -= 1;
  }
  return n;
}

export function longestStreak(stats: readonly DayStat[]): number {
  const days = [...new Set(stats.filter((s) => s.reviews > 0).map((s) => s.day))].sort((a, b) => a - b);
  let best = 0,
    run = 0,
    prev = Number.NaN;
  for (const d of days) {
    run = d === prev + 1 ? run + 1 : 1;
    best = Math.max(best, run);
    prev = d;
  }
  return best;
}

export interface CalendarDay {
  day: number;
  date: string;
  reviews: number;
}

/** One entry per day for the `span` days ending today (days without reviews included). */
export function reviewCalendar(stats: readonly DayStat[], today: number, span = 365): CalendarDay[] {
  const by = new Map(stats.map((s) => [s.day, s.reviews]));
  const out: CalendarDay[] = [];
  for (let d = today - span + 1; d <= today; d++) out.push({ day: d, date: iso(d), reviews: by.get(d) ?? 0 });
  return out;
}

export interface AccuracyPoint {
  weekStart: string;
  reviews: number;
  passed: number;
  accuracyPercent: number;
}

/** Share of reviews recalled (rated Hard or better, or a right quiz answer) per week
 *  (weeks start on Monday), for the `weeks` weeks ending with this one. Weeks without reviews are left out. */
export function weeklyAccuracy(stats: readonly DayStat[], today: number, weeks = 52): AccuracyPoint[] {
  // 1970-01-01 was a Thursday: day + 3 is 0 on Mondays modulo 7.
  const monday = (d: number) => d - ((d + 3) % 7);
  const first = monday(today) - (weeks - 1) * 7;
  const by = new Map<number, { reviews: number; passed: number }>();
  for (const s of stats) {
    if (s.day < first || s.day > today) continue;
    const w = monday(s.day);
    const e = by.get(w) ?? { reviews: 0, passed: 0 };
    e.reviews += s.reviews;
    e.passed += s.passed;
    by.set(w, e);
  }
  return [...by.entries()]
    .sort((a, b) => a[0] - b[0])
    .filter(([, e]) => e.reviews > 0)
    .map(([w, e]) => ({
      weekStart: iso(w),
      reviews: e.reviews,
      passed: e.passed,
      accuracyPercent: pct(e.passed, e.reviews),
    }));
}

export interface DueDay {
  date: string;
  due: number;
}

/** Cards falling due on each of the person's next `days` study days; today includes every overdue card. */
export function dueForecast(dues: readonly Date[], now: Date, clock: DayClock, days = 30): DueDay[] {
  const today = studyDay(now, clock);
  const counts = new Array<number>(days).fill(0);
  // A date more than `days` + 2 days away is past the window in any time zone and at any day
  // start (offsets are under a day): skip working out its study day (a time zone look-up).
  const past = now.getTime() + (days + 2) * 86_400_000;
  for (const d of dues) {
    if (d.getTime() > past) continue;
    const i = Math.max(0, studyDay(d, clock) - today);
    if (i < days) counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts.map((due, i) => ({ date: iso(today + i), due }));
}

export interface MasteryInput {
  group: string;
  label: string;
  studied: boolean;
  recall: number;
  stability: number;
}
export interface Mastery {
  group: string;
  label: string;
  items: number;
  studied: number;
  mastered: number;
  recallPercent: number;
  masteryPercent: number;
}

/** Per group (a document, a kind of fact): items, how many were studied, how many are
 *  mastered (stability of 21 days or more: recalled after three weeks), the average predicted
 *  recall now of the studied ones, and mastery = mastered / items. */
export const MASTERED_STABILITY_DAYS = 21;
export function masteryBy(cards: readonly MasteryInput[]): Mastery[] {
  const by: MasteryGroups = new Map();
  for (const c of cards) {
    const e = by.get(c.group) ?? { label: c.label, items: 0, studied: 0, mastered: 0, recall: 0 };
    e.items += 1;
    if (c.studied) addStudied(e, c);
    by.set(c.group, e);
  }
  return masteryRows(by);
}

/** The same as masteryBy over the studied cards and, per group, its items not studied yet (a
 *  group's `n` items, less those studied), without an input for each of those: a deck of
 *  thousands of items is thousands fewer objects. Groups keep masteryBy's order. */
export function masteryOf(
  studied: readonly Omit<MasteryInput, "studied">[],
  items: readonly { group: string; label: string; n: number }[],
): Mastery[] {
  const by: MasteryGroups = new Map();
  for (const c of studied) {
    const e = by.get(c.group) ?? { label: c.label, items: 0, studied: 0, mastered: 0, recall: 0 };
    e.items += 1;
    addStudied(e, c);
    by.set(c.group, e);
  }
  for (const { group, label, n } of items) {
    const e = by.get(group) ?? { label, items: 0, studied: 0, mastered: 0, recall: 0 };
    e.items += Math.max(0, n - e.studied);
    if (e.items > 0) by.set(group, e);
  }
  return masteryRows(by);
}

type MasteryGroups = Map<string, { label: string; items: number; studied: number; mastered: number; recall: number }>;

function addStudied(
  e: { studied: number; mastered: number; recall: number },
  c: { recall: number; stability: number },
) {
  e.studied += 1;
  e.recall += c.recall;
  if (c.stability >= MASTERED_STABILITY_DAYS) e.mastered += 1;
}

function masteryRows(by: MasteryGroups): Mastery[] {
  return [...by.entries()]
    .map(([group, e]) => ({
      group,
      label: e.label,
      items: e.items,
      studied: e.studied,
      mastered: e.mastered,
      recallPercent: e.studied === 0 ? 0 : Math.round((e.recall / e.studied) * 100),
      masteryPercent: pct(e.mastered, e.items),
    }))
    .sort((a, b) => b.items - a.items || a.label.localeCompare(b.label));
}

export interface WeakInput {
  itemId: string;
  recall: number;
  lapses: number;
  reps: number;
}

/** The `n` studied cards most likely forgotten: lowest predicted recall, then most lapses. */
export function weakest<T extends WeakInput>(cards: readonly T[], n = 10): T[] {
  return [...cards]
    .filter((c) => c.reps > 0)
    .sort((a, b) => a.recall - b.recall || b.lapses - a.lapses || a.itemId.localeCompare(b.itemId))
    .slice(0, n);
}
