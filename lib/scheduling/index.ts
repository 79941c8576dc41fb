// Spaced repetition: FSRS through ts-fsrs, pure (the clock is passed in).
export { newCard, review, preview, rollback, replay, retrievability, isGrade, effectiveReviewTime } from "./scheduler";
export { intervalLabel, dayNumber, dayStart, dayIso } from "./intervals";
export { GRADES, GRADE_LABEL, SchedulingError } from "./types";
export type { Grade, SchedCard, SchedLog, SchedulerOptions, CardStateNumber } from "./types";
