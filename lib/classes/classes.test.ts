import { describe, expect, it } from "vitest";
import {
  answerInCitation,
  attemptDeadline,
  can,
  isPastDeadline,
  keepsSecret,
  makeJoinCode,
  mayReveal,
  normalizeJoinCode,
  standing,
  startRefusal,
  type AssignmentRules,
} from "./index";

const t = (iso: string) => new Date(`2026-03-0${iso}Z`);
const rules: AssignmentRules = {
  opensAt: t("1T09:00:00"),
  dueAt: t("3T09:00:00"),
  allowLate: false,
  maxAttempts: 2,
  timeLimitMinutes: 20,
  feedback: "after_due",
};

describe("classes rules", () => {
  it("makes readable join codes from a seed and accepts them typed loosely", () => {
    const code = makeJoinCode(42);
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(makeJoinCode(42)).toBe(code);
    expect(makeJoinCode(43)).not.toBe(code);
    expect(normalizeJoinCode(` ${code.slice(0, 4).toLowerCase()}-${code.slice(4)} `)).toBe(code);
    expect(normalizeJoinCode("SHORT")).toBeNull();
    expect(normalizeJoinCode("O0O0O0O0")).toBeNull();
  });

  it("gives each role only its own permissions", () => {
    expect(can("instructor", "class:create")).toBe(true);
    expect(can("student", "class:create")).toBe(false);
    expect(can("student", "class:join")).toBe(true);
    expect(can("instructor", "class:join")).toBe(false);
  });

  it("refuses a start before opening, after the due date, and past the attempts allowed", () => {
    expect(startRefusal(rules, 0, t("1T08:00:00"))).toBe("NOT_OPEN");
    expect(startRefusal(rules, 0, t("2T08:00:00"))).toBeNull();
    expect(startRefusal(rules, 1, t("2T08:00:00"))).toBeNull();
    expect(startRefusal(rules, 2, t("2T08:00:00"))).toBe("NO_ATTEMPTS_LEFT");
    expect(startRefusal(rules, 0, t("3T09:00:01"))).toBe("PAST_DUE");
    expect(startRefusal({ ...rules, allowLate: true }, 0, t("4T09:00:00"))).toBeNull();
  });

  it("ends an attempt at the time limit or the due date, whichever comes first", () => {
    expect(attemptDeadline(rules, t("2T08:00:00"))).toEqual(t("2T08:20:00"));
    expect(attemptDeadline(rules, t("3T08:50:00"))).toEqual(t("3T09:00:00"));
    expect(attemptDeadline({ ...rules, timeLimitMinutes: null, allowLate: true }, t("2T08:00:00"))).toBeNull();
    expect(isPastDeadline(t("2T08:20:00"), t("2T08:20:04"))).toBe(false);
    expect(isPastDeadline(t("2T08:20:00"), t("2T08:20:06"))).toBe(true);
  });

  it("reveals answers by the feedback policy; self-study always at once", () => {
    expect(mayReveal(null, false, t("2T00:00:00"))).toBe(true);
    expect(mayReveal({ ...rules, feedback: "after_submit" }, false, t("2T00:00:00"))).toBe(false);
    expect(mayReveal({ ...rules, feedback: "after_submit" }, true, t("2T00:00:00"))).toBe(true);
    expect(mayReveal(rules, true, t("2T00:00:00"))).toBe(false);
    expect(mayReveal(rules, true, t("3T09:00:00"))).toBe(true);
  });

  it("labels a student's standing: to do, done, done late, missed", () => {
    expect(standing(rules, [], t("1T08:00:00"))).toBe("upcoming");
    expect(standing(rules, [], t("2T08:00:00"))).toBe("to_do");
    expect(standing(rules, [{ status: "in_progress", finishedAt: null }], t("2T08:00:00"))).toBe("in_progress");
    expect(standing(rules, [{ status: "finished", finishedAt: t("2T08:10:00") }], t("4T00:00:00"))).toBe("done");
    expect(standing(rules, [{ status: "finished", finishedAt: t("3T10:00:00") }], t("4T00:00:00"))).toBe("done_late");
    expect(standing(rules, [], t("4T00:00:00"))).toBe("missed");
  });

  it("checks that an answer still appears in the cited sentence", () => {
    expect(answerInCitation("Marie  Curie", "In 1903 marie curie shared the prize.")).toBe(true);
    expect(answerInCitation("Pierre", "In 1903 Marie Curie shared the prize.")).toBe(false);
    expect(answerInCitation("  ", "anything")).toBe(false);
  });
});

describe("assignment secrets (docs/decisions/040)", () => {
  const r = { ...rules, feedback: "after_submit" as const, maxAttempts: 1 };
  it("keeps the questions secret while the student can still answer, and after that as the feedback policy says", () => {
    expect(keepsSecret(r, [], t("1T08:00:00"))).toBe(true); // not open yet
    expect(keepsSecret(r, [], t("2T08:00:00"))).toBe(true); // may start
    expect(keepsSecret(r, [{ status: "in_progress" }], t("2T08:00:00"))).toBe(true);
    expect(keepsSecret(r, [{ status: "finished" }], t("2T08:00:00"))).toBe(false); // submitted, no attempt left
    expect(keepsSecret({ ...r, maxAttempts: 2 }, [{ status: "finished" }], t("2T08:00:00"))).toBe(true); // one more to go
    expect(keepsSecret(r, [], t("4T00:00:00"))).toBe(false); // missed, past due
    expect(keepsSecret({ ...r, allowLate: true }, [], t("4T00:00:00"))).toBe(true); // late work still possible
    expect(keepsSecret({ ...r, feedback: "after_due" }, [{ status: "finished" }], t("2T08:00:00"))).toBe(true); // answers after the due date
    expect(keepsSecret({ ...r, feedback: "after_due" }, [{ status: "finished" }], t("3T09:00:00"))).toBe(false);
  });
});
