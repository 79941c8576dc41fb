// Classical item analysis of one assignment: facility (share correct), discrimination (upper
// vs lower 27% by total score, and point-biserial), and how often each wrong option was chosen.
// Pure: rows in, numbers out, so tests check it against hand-computed figures.

export interface ResponseRow {
  studentId: string;
  itemId: string;
  /** null: the question was shown but never answered (counts as wrong) */
  chosen: string | null;
  correct: boolean;
}

export interface OptionCount {
  option: string;
  count: number;
  share: number;
  correct: boolean;
}
export interface ItemStats {
  itemId: string;
  responses: number;
  correct: number;
  /** share correct, 0..1 (the facility index) */
  facility: number;
  /** p(upper 27%) − p(lower 27%), −1..1; null when fewer than 2 students saw the item */
  discrimination: number | null;
  /** point-biserial correlation of this item with the total score; null when undefined */
  pointBiserial: number | null;
  /** each option chosen at least once (plus the key), most chosen first */
  options: OptionCount[];
  unanswered: number;
}

export const GROUP_SHARE = 0.27;

/** Each student's total score: share of their questions answered correctly (0..1). */
export function studentScores(rows: readonly ResponseRow[]): Map<string, number> {
  const tally = new Map<string, { n: number; c: number }>();
  for (const r of rows) {
    const t = tally.get(r.studentId) ?? { n: 0, c: 0 };
    t.n += 1;
    if (r.correct) t.c += 1;
    tally.set(r.studentId, t);
  }
  return new Map([...tally].map(([id, t]) => [id, t.n === 0 ? 0 : t.c / t.n]));
}

/** Upper and lower groups: the top and bottom 27% of students by score (at least one each). */
export function extremeGroups(scores: ReadonlyMap<string, number>): { upper: Set<string>; lower: Set<string> } {
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  if (ranked.length < 2) return { upper: new Set(), lower: new Set() };
  const g = Math.max(1, Math.round(ranked.length * GROUP_SHARE));
  return { upper: new Set(ranked.slice(0, g)), lower: new Set(ranked.slice(-g)) };
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

export function analyzeItems(rows: readonly ResponseRow[], keys: ReadonlyMap<string, string>): ItemStats[] {
  const scores = studentScores(rows);
  const { upper, lower } = extremeGroups(scores);
  const byItem = new Map<string, ResponseRow[]>();
  for (const r of rows) byItem.set(r.itemId, [...(byItem.get(r.itemId) ?? []), r]);
  const out: ItemStats[] = [];
  for (const [itemId, rs] of byItem) {
    const n = rs.length;
    const c = rs.filter((r) => r.correct).length;
    const share = (group: Set<string>) => {
      const g = rs.filter((r) => group.has(r.studentId));
      return g.length === 0 ? null : g.filter((r) => r.correct).length / g.length;
    };
    const pu = share(upper);
    const pl = share(lower);
    const discrimination = pu === null || pl === null || n < 2 ? null : round4(pu - pl);

    const totals = rs.map((r) => scores.get(r.studentId) ?? 0);
    const m = mean(totals);
    const sd = Math.sqrt(mean(totals.map((t) => (t - m) ** 2)));
    const p = c / n;
    let pointBiserial: number | null = null;
    if (sd > 0 && p > 0 && p < 1) {
      const m1 = mean(rs.filter((r) => r.correct).map((r) => scores.get(r.studentId) ?? 0));
      const m0 = mean(rs.filter((r) => !r.correct).map((r) => scores.get(r.studentId) ?? 0));
      pointBiserial = round4(((m1 - m0) / sd) * Math.sqrt(p * (1 - p)));
    }

    const key = keys.get(itemId);
    const counts = new Map<string, number>();
    if (key !== undefined) counts.set(key, 0);
    for (const r of rs) if (r.chosen !== null) counts.set(r.chosen, (counts.get(r.chosen) ?? 0) + 1);
    const options = [...counts]
      .map(([option, count]) => ({ option, count, share: round4(count / n), correct: option === key }))
      .sort((a, b) => b.count - a.count || a.option.localeCompare(b.option));
    out.push({
      itemId,
      responses: n,
      correct: c,
      facility: round4(p),
      discrimination,
      pointBiserial,
      options,
      unanswered: rs.filter((r) => r.chosen === null).length,
    });
  }
  return out;
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

export interface Bucket {
  label: string;
  from: number;
  to: number;
  count: number;
}

/** Score percentages (0..100) in ten buckets: 0–9, 10–19, …, 90–100. */
export function scoreDistribution(percents: readonly number[]): Bucket[] {
  const buckets: Bucket[] = Array.from({ length: 10 }, (_, i) => ({
    label: i === 9 ? "90–100" : `${i * 10}–${i * 10 + 9}`,
    from: i * 10,
    to: i === 9 ? 100 : i * 10 + 9,
    count: 0,
  }));
  for (const p of percents) {
    const i = Math.min(9, Math.max(0, Math.floor(p / 10)));
    buckets[i]!.count += 1;
  }
  return buckets;
}

/** Plain-language flags an instructor can act on. */
export function itemFlags(s: ItemStats): string[] {
  const flags: string[] = [];
  if (s.responses >= 2 && s.facility < 0.3) flags.push("Hard: fewer than 30% answered correctly.");
  if (s.discrimination !== null && s.discrimination < 0)
    flags.push("Negative discrimination: weaker students did better than stronger ones. Check the key.");
  const top = s.options.find((o) => !o.correct);
  const key = s.options.find((o) => o.correct);
  if (top && key && top.count > key.count)
    flags.push(`Misleading option: “${top.option}” was chosen more often than the correct answer.`);
  return flags;
}
