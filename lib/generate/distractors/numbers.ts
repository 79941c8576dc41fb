// Wrong options for numbers and amounts: the same unit and format as the key, a real margin away.
import type { Fact } from "../facts/fact";
import { parseNumber } from "../facts/numbers-dates";
import type { BuildCtx, Distractor } from "../items/context";
import { shuffle, type Rng } from "../prng";
import { normAnswer } from "../text/words";
import { hasBetweenSpaces } from "../text/scan";

function formatNumber(v: number, format: string): string {
  const [cur, comma, dec, scale, pct] = format.split("|");
  let base = v;
  if (scale)
    base = v / ({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 } as Record<string, number>)[scale]!;
  const decimals = dec ? +dec.slice(1) : 0;
  let str = decimals ? base.toFixed(decimals) : String(Math.round(base));
  if (comma) str = str.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const unit = pct ? pct.slice(1) : "";
  return (cur ?? "") + str + (scale ? " " + scale : "") + (pct ? (unit === "%" ? "%" : " " + unit) : "");
}

function roundSig(v: number, ref: number): number {
  const digits = String(Math.round(ref)).replace(/0+$/, "").length;
  const sig = Math.max(1, Math.min(3, digits));
  if (v === 0) return 0;
  const p = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - sig + 1);
  return Math.round(v / p) * p;
}

/**
 * Wrong numbers: from the corpus with the same unit and format (at most 5× apart), else made by factors with the same
 * format; never within 15 % of the key, never shown in the prompt or the cited sentences.
 */
/** a part of a whole the sentence gives before the blank: "of that number", "of whom", "of the 3.2 million" */
const PART_OF_WHOLE = /\bof (?:that number|those|them|whom|which|these|the total)\b|\bof the\s*$/i;

/**
 * The whole the key is a part of, when the sentence gives it before the blank in the key's format ("By 1860, the
 * total … increased to 4.4 million, and of that number, _____ were held in bondage" -> 4.4 million); else Infinity.
 */
function wholeOf(sent: string, at: number, format: string, value: number): number {
  // (formats end with the scale word: "||.1|million|")
  const before = sent.slice(0, at);
  if (!PART_OF_WHOLE.test(before.slice(-40))) return Infinity;
  // the last number before the blank that is larger than the key ("4.4 million" for "3.95 million")
  let whole = Infinity;
  for (const m of before.matchAll(/\d[\d,.]*\d(?:\s+(?:million|billion|thousand))?|\d/g)) {
    const q = parseNumber(m[0]);
    if (q && q.value > value && q.format.endsWith(format.slice(format.lastIndexOf("|", format.length - 2))))
      whole = q.value;
  }
  return whole;
}

export function numberDistractors(f: Fact, ctx: BuildCtx, rng: Rng, k: number, avoid: string): Distractor[] {
  const m = f.mention!;
  const p = parseNumber(m.text);
  if (!p) return [];
  const out: Distractor[] = [];
  const seen = new Set<string>([normAnswer(m.text)]);
  const whole = wholeOf(f.sentText, f.aRel, p.format, p.value);
  const ok = (t: string, v: number) => {
    const n = normAnswer(t);
    if (seen.has(n) || hasBetweenSpaces(avoid, n)) return false;
    // "increased to 4.4 million, and of that number, _____ were …": a part is less than its whole
    if (v >= whole) return false;
    if (Math.abs(v - p.value) / Math.max(v, p.value) < 0.15) return false;
    if (p.format.includes("%") && v > 100) return false;
    return true;
  };
  const pool = ctx.numberPool.get(f.kind + "|" + (m.unit ?? "") + "|" + p.format) ?? [];
  for (const c of shuffle(pool.slice(0, 60), rng)) {
    if (out.length >= k) break;
    if (c.value / p.value > 5 || p.value / c.value > 5) continue;
    if (!ok(c.text, c.value)) continue;
    seen.add(normAnswer(c.text));
    out.push({ text: c.text, cite: c.cite });
  }
  const factors = shuffle([0.4, 0.5, 0.6, 0.75, 1.3, 1.5, 2, 2.5, 3], rng);
  for (const fac of factors) {
    if (out.length >= k) break;
    const v = roundSig(p.value * fac, p.value);
    if (p.format.includes("%") && v > 95) continue;
    if (v < 1) continue;
    const t = formatNumber(v, p.format);
    if (!parseNumber(t) || parseNumber(t)!.format !== p.format) continue;
    if (!ok(t, parseNumber(t)!.value)) continue;
    seen.add(normAnswer(t));
    out.push({ text: t });
  }
  return out;
}
