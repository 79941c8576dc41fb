// Study days in each person's own time zone (docs/decisions/061-time-zones-and-study-days.md).
// A study day is the person's local calendar date, where the day begins at their "next day
// starts at" hour (as in Anki): with 4, a review at 1 am counts for the day before. Days are
// numbered like UTC dates (days since 1970-01-01), so a day number names a local date.

/** Whose days: an IANA time zone and the local hour (0–23) at which a new day begins. */
export interface DayClock {
  timeZone: string;
  dayStartHour: number;
}

/** Days as they were counted before time zones: UTC, starting at midnight. */
export const UTC_DAYS: DayClock = { timeZone: "UTC", dayStartHour: 0 };
/** The hour a new account's day starts at (Anki's default). */
export const DEFAULT_DAY_START_HOUR = 4;

const DAY_MS = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
    formats.set(timeZone, f);
  }
  return f;
}

// A zone's offset only changes on a quarter hour (UTC offsets and their changes are whole
// quarter hours since the 1970s), so it is looked up once per quarter hour and zone: counting a
// year of reviews asks Intl a few thousand times instead of 100,000.
const QUARTER_MS = 15 * 60_000;
const offsets = new Map<string, Map<number, number>>();

function offsetAt(t: number, timeZone: string): number {
  let byQuarter = offsets.get(timeZone);
  if (!byQuarter || byQuarter.size > 100_000) offsets.set(timeZone, (byQuarter = new Map<number, number>()));
  const q = Math.floor(t / QUARTER_MS);
  let off = byQuarter.get(q);
  if (off === undefined) {
    const start = q * QUARTER_MS;
    const p: Record<string, number> = {};
    for (const part of formatFor(timeZone).formatToParts(new Date(start)))
      if (part.type !== "literal") p[part.type] = Number(part.value);
    off = Date.UTC(p.year!, p.month! - 1, p.day, p.hour, p.minute, p.second) - start;
    byQuarter.set(q, off);
  }
  return off;
}

/** The wall-clock time in `timeZone` at `at`, as if it were a UTC timestamp (ms). */
export function wallClock(at: Date, timeZone: string): number {
  return at.getTime() + offsetAt(at.getTime(), timeZone);
}

/** The study day `at` falls on for this clock. */
export function studyDay(at: Date, clock: DayClock): number {
  return Math.floor((wallClock(at, clock.timeZone) - clock.dayStartHour * 3_600_000) / DAY_MS);
}

/** The instant study day `day` begins (its local start hour). In a daylight-saving gap the
 *  local hour does not exist; the day then begins when the clocks resume. */
export function studyDayStart(day: number, clock: DayClock): Date {
  const wall = day * DAY_MS + clock.dayStartHour * 3_600_000;
  let t = wall - (wallClock(new Date(wall), clock.timeZone) - wall);
  t = wall - (wallClock(new Date(t), clock.timeZone) - t);
  // A gap: the guess lands on the day before (its wall clock is earlier than asked); step on.
  if (studyDay(new Date(t), clock) < day) t += 3_600_000;
  return new Date(t);
}

/** YYYY-MM-DD of a day number. */
export function dayIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** True for a time zone name this runtime knows (IANA, e.g. "America/Los_Angeles", or "UTC"). */
export function isTimeZone(name: string): boolean {
  if (!name || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The zone's canonical name ("utc" → "UTC", "Asia/Calcutta" stays a valid alias). */
export function canonicalTimeZone(name: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
}
