import { describe, expect, it } from "vitest";
import {
  ACCOUNT_POLICY,
  ADDRESS_POLICY,
  afterFailure,
  currentState,
  describeWait,
  lockDelayMs,
  retryAfterMs,
  signInErrorMessage,
  throttledCode,
  type ThrottleState,
} from "./throttle";

const t0 = new Date("2026-11-30T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const MIN = 60_000;

function fail(
  times: number,
  policy = ACCOUNT_POLICY,
  start: ThrottleState | null = null,
  every = 1000,
): ThrottleState | null {
  let s = start;
  for (let i = 0; i < times; i++) s = afterFailure(s, at(i * every), policy);
  return s;
}

describe("sign-in throttle policy", () => {
  it("lets five failures through, then locks for 1, 2, 4, 8 and at most 15 minutes", () => {
    expect([1, 2, 3, 4].map((n) => lockDelayMs(n, ACCOUNT_POLICY))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 50].map((n) => lockDelayMs(n, ACCOUNT_POLICY) / MIN)).toEqual([1, 2, 4, 8, 15, 15, 15]);
  });

  it("four failures leave the key free; the fifth locks it for a minute from that failure", () => {
    const four = fail(4);
    expect(retryAfterMs(four, at(4000), ACCOUNT_POLICY)).toBe(0);
    const five = afterFailure(four, at(4000), ACCOUNT_POLICY);
    expect(five.failures).toBe(5);
    expect(retryAfterMs(five, at(4000), ACCOUNT_POLICY)).toBe(MIN);
    expect(retryAfterMs(five, at(4000 + MIN - 1), ACCOUNT_POLICY)).toBe(1);
    expect(retryAfterMs(five, at(4000 + MIN), ACCOUNT_POLICY)).toBe(0);
  });

  it("a failure after the lock ends doubles it", () => {
    const five = fail(5)!;
    const six = afterFailure(five, five.lockedUntil!, ACCOUNT_POLICY);
    expect(six.failures).toBe(6);
    expect(six.lockedUntil!.getTime() - five.lockedUntil!.getTime()).toBe(2 * MIN);
  });

  it("forgets failures an hour after the last one (or after the lock, if later)", () => {
    const five = fail(5)!;
    expect(currentState(five, at(4000 + 60 * MIN + MIN - 1), ACCOUNT_POLICY)).not.toBeNull();
    expect(currentState(five, at(4000 + 60 * MIN + MIN), ACCOUNT_POLICY)).toBeNull();
    expect(afterFailure(five, at(4000 + 62 * MIN), ACCOUNT_POLICY)).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it("an address gets thirty failures before its first lock (a classroom shares one)", () => {
    expect(retryAfterMs(fail(29, ADDRESS_POLICY), at(29_000), ADDRESS_POLICY)).toBe(0);
    expect(retryAfterMs(fail(30, ADDRESS_POLICY), at(29_000), ADDRESS_POLICY)).toBe(MIN);
  });

  it("says how long to wait in words", () => {
    expect(describeWait(1)).toBe("1 second");
    expect(describeWait(40_500)).toBe("41 seconds");
    expect(describeWait(MIN)).toBe("1 minute");
    expect(describeWait(MIN + 1)).toBe("2 minutes");
  });

  it("a throttled sign-in's code becomes a plain message; anything else is the one wrong-credentials message", () => {
    expect(throttledCode(61_000)).toBe("THROTTLED:61");
    expect(signInErrorMessage(throttledCode(2 * MIN))).toBe(
      "Too many failed attempts. Wait 2 minutes, then try again.",
    );
    const wrong = signInErrorMessage("CredentialsSignin");
    expect(wrong).toContain("do not match");
    expect(signInErrorMessage("THROTTLED:abc")).toBe(wrong);
    expect(signInErrorMessage(undefined)).toBe(wrong);
  });
});
