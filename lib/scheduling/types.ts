// The card and review-log shapes the database stores, independent of ts-fsrs's own types.

/** 0 New, 1 Learning, 2 Review, 3 Relearning (ts-fsrs State). */
export type CardStateNumber = 0 | 1 | 2 | 3;
/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];
export const GRADE_LABEL: Record<Grade, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

export interface SchedCard {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

/** What one review changed: the card before it (as ts-fsrs logs it) and the rating. */
export interface SchedLog {
  rating: Grade;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: Date;
}

export interface SchedulerOptions {
  /** desired retention, 0.7–0.99 */
  retention: number;
  /** deterministic schedules (tests, benchmarks); on by default is fine too: fuzz is seeded by the card */
  fuzz?: boolean;
}

export class SchedulingError extends Error {
  constructor(
    readonly code: "INVALID_RATING" | "INVALID_RETENTION" | "NOTHING_TO_ROLL_BACK",
    message: string,
  ) {
    super(message);
    this.name = "SchedulingError";
  }
}
