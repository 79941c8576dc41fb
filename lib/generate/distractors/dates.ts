// Wrong options for dates: the same granularity (day, month, year, decade) and format as the key.
import type { Fact, SentRef } from "../facts/fact";
import { parseDate } from "../facts/numbers-dates";
import type { BuildCtx, Distractor } from "../items/context";
import { MONTH_ABBR, MONTH_NAMES } from "../lexicon";
import { shuffle, type Rng } from "../prng";
import { normAnswer } from "../text/words";
import { hasBetweenSpaces } from "../text/scan";

function formatDate(format: string, y?: number, mo?: number, d?: number): string {
  const mName = mo ? MONTH_NAMES[mo - 1]! : "";
  switch (format) {
    case "Y":
      return String(y);
    case "decade":
      return `${y}s`;
    case "MY":
      return `${mName} ${y}`;
    case "MD":
      return `${mName} ${d}`;
    case "MDY":
      return `${mName} ${d}, ${y}`;
    case "Md":
      return `${MONTH_ABBR[mo! - 1]} ${d}`;
    case "MdY":
      return `${MONTH_ABBR[mo! - 1]} ${d}, ${y}`;
    case "DM":
      return `${d} ${mName}`;
    case "DMY":
      return `${d} ${mName} ${y}`;
    default:
      return "";
  }
}

/** a wrong year from the documents lies at most this many years from the key */
const YEAR_SPAN = 40;

/**
 * Wrong dates at the key's granularity and in its format: up to two from the corpus, the rest a few days, months or
 * years away (never past the latest year the documents mention).
 */
export function dateDistractors(f: Fact, ctx: BuildCtx, rng: Rng, k: number, avoid: string): Distractor[] {
  const m = f.mention!;
  const out: Distractor[] = [];
  const seen = new Set<string>([normAnswer(m.text)]);
  const push = (t: string, c?: SentRef) => {
    const n = normAnswer(t);
    if (!t || seen.has(n) || hasBetweenSpaces(avoid, n)) return;
    seen.add(n);
    out.push({ text: t, cite: c });
  };
  const pool = ctx.datePool.get((m.gran ?? "") + "|" + (m.format ?? "")) ?? [];
  for (const c of shuffle(pool.slice(0, 60), rng)) {
    if (out.length >= Math.min(2, k)) break;
    const pd = parseDate(c.text);
    if (!pd || pd.gran !== m.gran) continue;
    if (m.gran === "day" && pd.month === m.month && Math.abs((pd.day ?? 0) - (m.day ?? 0)) < 2) continue;
    // 2014 beside 1807 ("in 2014 dollars") is found out at once: a year of the documents within a lifetime of the key
    if (m.year !== undefined && pd.year !== undefined && Math.abs(pd.year - m.year) > YEAR_SPAN) continue;
    push(c.text, c.cite);
  }
  const offsets = shuffle(
    m.gran === "day"
      ? [-9, -6, -4, -3, 3, 4, 6, 9, 12]
      : m.gran === "month"
        ? [-5, -3, -2, 2, 3, 4, 7]
        : m.gran === "decade"
          ? [-30, -20, -10, 10, 20]
          : [-9, -6, -4, -3, -2, 2, 3, 5, 7],
    rng,
  );
  for (const o of offsets) {
    if (out.length >= k) break;
    if (m.gran === "day") {
      const d = (m.day ?? 1) + o;
      if (d < 1 || d > 28) continue;
      push(formatDate(m.format ?? "MD", m.year, m.month, d));
    } else if (m.gran === "month") {
      let mo = (m.month ?? 1) + o;
      let y = m.year ?? 2000;
      if (mo < 1) {
        mo += 12;
        y--;
      }
      if (mo > 12) {
        mo -= 12;
        y++;
      }
      push(formatDate("MY", y, mo));
    } else if (m.gran === "decade") {
      if ((m.year ?? 1990) + o > Math.max(ctx.maxYear, m.year ?? 0)) continue;
      // "the 1980s and ’90s": the short form of a decade in the prompt counts as that decade
      if (avoid.includes(" " + String(((m.year ?? 1990) + o) % 100).padStart(2, "0") + "s ")) continue;
      push(formatDate("decade", (m.year ?? 1990) + o));
    } else {
      const y = (m.year ?? 2000) + o;
      if (y > Math.max(ctx.maxYear, m.year ?? 0)) continue;
      push(String(y));
    }
  }
  return out;
}
