// Sign-in throttling policy (docs/decisions/004): a few failures are free, then each further
// failure locks the key for a delay that doubles up to a cap; a quiet period forgets them.
// Pure: the clock is passed in; lib/server/sign-in-throttle.ts stores the state.

export interface ThrottlePolicy {
  /** failures allowed before the first lock */
  freeFailures: number;
  /** the first lock; each further failure doubles it */
  baseDelayMs: number;
  maxDelayMs: number;
  /** failures are forgotten after this long without one (counted from the end of the lock) */
  forgetAfterMs: number;
}

export interface ThrottleState {
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

const MINUTE = 60_000;

/** Per account (the email typed, whether or not an account has it). */
export const ACCOUNT_POLICY: ThrottlePolicy = {
  freeFailures: 5,
  baseDelayMs: MINUTE,
  maxDelayMs: 15 * MINUTE,
  forgetAfterMs: 60 * MINUTE,
};
/** Per client address: higher, because a classroom shares one address behind its router. */
export const ADDRESS_POLICY: ThrottlePolicy = {
  freeFailures: 30,
  baseDelayMs: MINUTE,
  maxDelayMs: 15 * MINUTE,
  forgetAfterMs: 60 * MINUTE,
};

/** The lock that the `failures`-th consecutive failure earns (0 while failures are free). */
export function lockDelayMs(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 30);
  return Math.min(policy.baseDelayMs * 2 ** doublings, policy.maxDelayMs);
}

/** The state as it stands at `now`: null once the failures are forgotten. */
export function currentState(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): ThrottleState | null {
  if (!state) return null;
  const quietSince = Math.max(state.lastFailureAt.getTime(), state.lockedUntil?.getTime() ?? 0);
  return now.getTime() - quietSince >= policy.forgetAfterMs ? null : state;
}

/** Milliseconds until the key may try again (0: it may try now). */
export function retryAfterMs(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): number {
  const s = currentState(state, now, policy);
  if (!s?.lockedUntil) return 0;
  return Math.max(0, s.lockedUntil.getTime() - now.getTime());
}

/** The state after one more failure at `now`. */
export function afterFailure(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): ThrottleState {
  const failures = (currentState(state, now, policy)?.failures ?? 0) + 1;
  const delay = lockDelayMs(failures, policy);
  return { failures, lastFailureAt: now, lockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null };
}

/** "2 minutes", "40 seconds": how long to wait, rounded up, for a plain message. */
export function describeWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** The plain message for a throttled form. */
export function throttledMessage(ms: number): string {
  return `Too many failed attempts. Wait ${describeWait(ms)}, then try again.`;
}

/** The error code a throttled sign-in returns through next-auth (`THROTTLED:<seconds>`). */
export const THROTTLED_CODE = "THROTTLED";
export const throttledCode = (ms: number) => `${THROTTLED_CODE}:${Math.max(1, Math.ceil(ms / 1000))}`;

/** The sign-in form's message for next-auth's error code. */
export function signInErrorMessage(code: string | null | undefined): string {
  const m = /^THROTTLED:(\d+)$/.exec(code ?? "");
  if (m) return throttledMessage(Number(m[1]) * 1000);
  return "That email and password do not match an account. Check them and try again.";
}
