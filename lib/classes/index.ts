// Public API of the classes domain: pure rules for classes and assignments.
export { PERMISSIONS, PERMISSION_DENIED, can } from "./permissions";
export type { Permission, Role } from "./permissions";
export { makeJoinCode, normalizeJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "./join-code";
export {
  FEEDBACK_POLICIES,
  GRACE_MS,
  STANDING_LABEL,
  answerInCitation,
  attemptDeadline,
  isPastDeadline,
  keepsSecret,
  mayReveal,
  standing,
  startRefusal,
} from "./policy";
export type { AssignmentRules, FeedbackPolicy, StartRefusal, StudentStanding } from "./policy";
