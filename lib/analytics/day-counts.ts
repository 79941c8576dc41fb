// The per-day counts (UserDayStat) recomputed from the review history, for a person's clock:
// what the stored counts must equal, and what they are rebuilt to when the time zone or the
// hour the day starts changes (docs/decisions/061-time-zones-and-study-days.md).
import { studyDay, type DayClock } from "@/lib/scheduling";

export interface CountedReview {
  review: Date;
  rating: number;
  state: number;
  source: string;
  durationMs: number;
}
export interface DayCounts {
  day: number;
  reviews: number;
  passed: number;
  newCards: number;
  quiz: number;
  durationMs: number;
}

/** The counts a rating adds to its day: one review; recalled when rated Hard or better; a new
 *  card when a review (not a quiz answer) saw the card new; a quiz answer. */
export function countsOf(r: {
  rating: number;
  state: number;
  source: string;
  durationMs: number;
}): Omit<DayCounts, "day"> {
  return {
    reviews: 1,
    passed: r.rating > 1 ? 1 : 0,
    newCards: r.state === 0 && r.source === "review" ? 1 : 0,
    quiz: r.source === "quiz" ? 1 : 0,
    durationMs: r.durationMs,
  };
}

/** Every review counted on its study day for this clock, days in order. */
export function dayCounts(reviews: Iterable<CountedReview>, clock: DayClock): DayCounts[] {
  const by = new Map<number, DayCounts>();
  for (const r of reviews) {
    const day = studyDay(r.review, clock);
    const e = by.get(day) ?? { day, reviews: 0, passed: 0, newCards: 0, quiz: 0, durationMs: 0 };
    const c = countsOf(r);
    e.reviews += c.reviews;
    e.passed += c.passed;
    e.newCards += c.newCards;
    e.quiz += c.quiz;
    e.durationMs += c.durationMs;
    by.set(day, e);
  }
  return [...by.values()].sort((a, b) => a.day - b.day);
}
