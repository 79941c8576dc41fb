import { describe, expect, it } from "vitest";
import { canonicalTimeZone, dayIso, isTimeZone, studyDay, studyDayStart, UTC_DAYS, type DayClock } from "./index";

const date = (day: number) => dayIso(day);
const la: DayClock = { timeZone: "America/Los_Angeles", dayStartHour: 0 };
const la4: DayClock = { timeZone: "America/Los_Angeles", dayStartHour: 4 };

describe("study days of a student in California", () => {
  it("keeps the whole afternoon on one day: at 4 pm Pacific the UTC day rolls over, theirs does not", () => {
    const before = new Date("2026-11-30T23:59:00Z"); // 15:59 Monday, PST (UTC−8)
    const after = new Date("2026-12-01T00:01:00Z"); // 16:01 Monday
    expect(date(studyDay(before, UTC_DAYS))).toBe("2026-11-30");
    expect(date(studyDay(after, UTC_DAYS))).toBe("2026-12-01");
    expect(date(studyDay(before, la))).toBe("2026-11-30");
    expect(date(studyDay(after, la))).toBe("2026-11-30");
  });

  it("starts a new day at local midnight, or at the hour the day starts", () => {
    const lateMonday = new Date("2026-12-01T07:59:00Z"); // 23:59 Monday
    const earlyTuesday = new Date("2026-12-01T08:01:00Z"); // 00:01 Tuesday
    const tuesday4am = new Date("2026-12-01T12:00:00Z"); // 04:00 Tuesday
    expect(date(studyDay(lateMonday, la))).toBe("2026-11-30");
    expect(date(studyDay(earlyTuesday, la))).toBe("2026-12-01");
    expect(date(studyDay(earlyTuesday, la4))).toBe("2026-11-30"); // still Monday's session
    expect(date(studyDay(new Date(tuesday4am.getTime() - 1), la4))).toBe("2026-11-30");
    expect(date(studyDay(tuesday4am, la4))).toBe("2026-12-01");
  });

  it("follows daylight saving time (PDT is UTC−7)", () => {
    expect(date(studyDay(new Date("2026-07-01T06:59:00Z"), la))).toBe("2026-06-30"); // 23:59 PDT
    expect(date(studyDay(new Date("2026-07-01T07:01:00Z"), la))).toBe("2026-07-01");
    // the spring-forward day (8 March 2026) is 23 hours long; each day starts at its local midnight
    const mar8 = studyDay(new Date("2026-03-08T12:00:00Z"), la);
    expect(studyDayStart(mar8, la).toISOString()).toBe("2026-03-08T08:00:00.000Z");
    expect(studyDayStart(mar8 + 1, la).toISOString()).toBe("2026-03-09T07:00:00.000Z");
    // 2 am does not exist that day: a day starting at 2 begins when the clocks resume (3 am PDT)
    expect(studyDayStart(mar8, { timeZone: "America/Los_Angeles", dayStartHour: 2 }).toISOString()).toBe(
      "2026-03-08T10:00:00.000Z",
    );
  });

  it("finds the start of a study day as an instant", () => {
    const d = studyDay(new Date("2026-12-01T20:00:00Z"), la4);
    expect(studyDayStart(d, la4).toISOString()).toBe("2026-12-01T12:00:00.000Z");
    expect(studyDayStart(d, UTC_DAYS).toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(studyDay(studyDayStart(d, la4), la4)).toBe(d);
  });

  it("works east of UTC too (Kolkata, UTC+5:30; Kiritimati, UTC+14)", () => {
    expect(date(studyDay(new Date("2026-11-30T18:29:00Z"), { timeZone: "Asia/Kolkata", dayStartHour: 0 }))).toBe(
      "2026-11-30",
    );
    expect(date(studyDay(new Date("2026-11-30T18:31:00Z"), { timeZone: "Asia/Kolkata", dayStartHour: 0 }))).toBe(
      "2026-12-01",
    );
    expect(date(studyDay(new Date("2026-11-30T10:00:00Z"), { timeZone: "Pacific/Kiritimati", dayStartHour: 0 }))).toBe(
      "2026-12-01",
    );
  });
});

it("knows time zone names", () => {
  expect(isTimeZone("America/Los_Angeles")).toBe(true);
  expect(isTimeZone("UTC")).toBe(true);
  expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
  expect(isTimeZone("")).toBe(false);
  expect(canonicalTimeZone("utc")).toBe("UTC");
});
