// Spaced repetition: FSRS through ts-fsrs, pure (the clock is passed in).
export { newCard, review, preview, rollback, replay, retrievability, isGrade, effectiveReviewTime } from "./scheduler";
export { intervalLabel, dayNumber } from "./intervals";
export { reviewLogRow } from "./log-row";
export type { ReviewLogRow } from "./log-row";
export {
  studyDay,
  studyDayStart,
  dayIso,
  wallClock,
  isTimeZone,
  canonicalTimeZone,
  UTC_DAYS,
  DEFAULT_DAY_START_HOUR,
} from "./days";
export type { DayClock } from "./days";
export { GRADES, GRADE_LABEL, SchedulingError } from "./types";
export type { Grade, SchedCard, SchedLog, SchedulerOptions, CardStateNumber } from "./types";
