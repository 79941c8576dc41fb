// The progress page's figures for a year of study take tens of milliseconds to read and score
// (decision 071), and students reopen the page far more often than its inputs change. Kept in
// this process per student, under a key of everything they are computed from (settings, a stamp
// of the student's study, the decks they may open with a stamp of their items, what an
// assignment withholds, the study day): the figures for at most a minute, since recall moves
// with the clock, and the rows they are computed from for at most ten.
import "server-only";
import { getEnv } from "./env";

export const PROGRESS_TTL_MS = 60_000;
/** The rows the figures come from depend on the key alone; this bound is for what the key does
 *  not see (a document renamed or deleted, a reschedule made by another process). */
export const PROGRESS_READS_TTL_MS = 10 * 60_000;
const MAX_ENTRIES = 500;

interface Entry<T> {
  key: string;
  at: number;
  value: T;
}

export class SnapshotCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  constructor(
    private readonly ttlMs: number,
    private readonly max: number,
  ) {}

  /** The value stored for `owner` under `key`, if it was computed less than the TTL before `now`. */
  get(owner: string, key: string, now: Date): T | undefined {
    const e = this.entries.get(owner);
    if (!e) return undefined;
    const age = now.getTime() - e.at;
    if (e.key !== key || age < 0 || age >= this.ttlMs) return undefined;
    return e.value;
  }

  set(owner: string, key: string, now: Date, value: T): T {
    this.entries.delete(owner);
    this.entries.set(owner, { key, at: now.getTime(), value });
    // Map keeps insertion order: the first entry is the oldest write.
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  forget(owner: string): void {
    this.entries.delete(owner);
  }
}

const g = globalThis as unknown as {
  citedeckProgressCache?: SnapshotCache<unknown>;
  citedeckProgressReadsCache?: SnapshotCache<unknown>;
};

/** The process-wide cache of computed progress figures (a minute at most). */
export function progressCache<T>(): SnapshotCache<T> {
  g.citedeckProgressCache ??= new SnapshotCache<unknown>(PROGRESS_TTL_MS, MAX_ENTRIES);
  return g.citedeckProgressCache as SnapshotCache<T>;
}

/** The process-wide cache of the rows those figures are computed from (ten minutes at most). */
export function progressReadsCache<T>(): SnapshotCache<T> {
  g.citedeckProgressReadsCache ??= new SnapshotCache<unknown>(PROGRESS_READS_TTL_MS, MAX_ENTRIES);
  return g.citedeckProgressReadsCache as SnapshotCache<T>;
}

/** Whose figures: one student of one database. */
export const progressOwner = (userId: string) => `${getEnv().DATABASE_URL} ${userId}`;

/** Drops a student's cached figures: for a change their stamp does not see (a reschedule). */
export function forgetProgress(userId: string): void {
  progressCache().forget(progressOwner(userId));
  progressReadsCache().forget(progressOwner(userId));
}
