// Assignment rules on plain values: when it can be taken, when answers may be shown, how a
// student's standing is labelled, and whether an edited item still matches its citation.

export type FeedbackPolicy = "immediate" | "after_submit" | "after_due";
export const FEEDBACK_POLICIES: readonly FeedbackPolicy[] = ["immediate", "after_submit", "after_due"];

export interface AssignmentRules {
  opensAt: Date;
  dueAt: Date;
  allowLate: boolean;
  maxAttempts: number;
  timeLimitMinutes: number | null;
  feedback: FeedbackPolicy;
}

/** Seconds of grace after a time limit or due date, for the answer that was in flight. */
export const GRACE_MS = 5_000;

export type StartRefusal = "NOT_OPEN" | "PAST_DUE" | "NO_ATTEMPTS_LEFT";

/** Why a new attempt may not start now (null: it may). `used` counts the attempts already started. */
export function startRefusal(
  rules: Pick<AssignmentRules, "opensAt" | "dueAt" | "allowLate" | "maxAttempts">,
  used: number,
  now: Date,
): StartRefusal | null {
  if (now < rules.opensAt) return "NOT_OPEN";
  if (now > rules.dueAt && !rules.allowLate) return "PAST_DUE";
  if (used >= rules.maxAttempts) return "NO_ATTEMPTS_LEFT";
  return null;
}

/** The moment after which an attempt started at `startedAt` takes no more answers (null: none). */
export function attemptDeadline(
  rules: Pick<AssignmentRules, "timeLimitMinutes" | "dueAt" | "allowLate">,
  startedAt: Date,
): Date | null {
  const limit = rules.timeLimitMinutes ? new Date(startedAt.getTime() + rules.timeLimitMinutes * 60_000) : null;
  const due = rules.allowLate ? null : rules.dueAt;
  if (limit && due) return limit < due ? limit : due;
  return limit ?? due;
}

export function isPastDeadline(deadline: Date | null, now: Date): boolean {
  return deadline !== null && now.getTime() > deadline.getTime() + GRACE_MS;
}

/** May the correct answer and citation be shown? Self-study (no rules) is always immediate. */
export function mayReveal(
  rules: Pick<AssignmentRules, "feedback" | "dueAt"> | null,
  attemptFinished: boolean,
  now: Date,
): boolean {
  if (!rules || rules.feedback === "immediate") return true;
  if (rules.feedback === "after_submit") return attemptFinished;
  return now >= rules.dueAt;
}

/** Are an assignment's questions still secret from this student (docs/decisions/040)? Yes while
 *  they can still answer it (an attempt open, or one they may still start), and after that
 *  until the feedback policy shows answers (after the due date, for "after_due"). Their own
 *  attempts follow `mayReveal`; this is about every other way of reaching the same items. */
export function keepsSecret(
  rules: Pick<AssignmentRules, "opensAt" | "dueAt" | "allowLate" | "maxAttempts" | "feedback">,
  attempts: readonly { status: string }[],
  now: Date,
): boolean {
  if (attempts.some((a) => a.status !== "finished")) return true;
  const refusal = startRefusal(rules, attempts.length, now);
  if (refusal === null || refusal === "NOT_OPEN") return true;
  return rules.feedback === "after_due" && now < rules.dueAt;
}

export type StudentStanding = "upcoming" | "to_do" | "in_progress" | "done" | "done_late" | "missed";

export function standing(
  rules: Pick<AssignmentRules, "opensAt" | "dueAt">,
  attempts: { status: string; finishedAt: Date | null }[],
  now: Date,
): StudentStanding {
  const finished = attempts.filter((a) => a.status === "finished" && a.finishedAt);
  if (finished.length > 0) return finished.some((a) => a.finishedAt! <= rules.dueAt) ? "done" : "done_late";
  if (attempts.some((a) => a.status !== "finished")) return "in_progress";
  if (now < rules.opensAt) return "upcoming";
  return now > rules.dueAt ? "missed" : "to_do";
}

export const STANDING_LABEL: Record<StudentStanding, string> = {
  upcoming: "Not open yet",
  to_do: "To do",
  in_progress: "In progress",
  done: "Done",
  done_late: "Done (late)",
  missed: "Late: not done",
};

/** Does the answer appear in the cited text? Case and runs of spaces do not matter. */
export function answerInCitation(answer: string, citedText: string): boolean {
  const norm = (s: string) => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
  const a = norm(answer);
  return a.length > 0 && norm(citedText).includes(a);
}
