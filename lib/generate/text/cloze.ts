// A fact's cloze and true/false texts: the sentence with edits applied (a resolved pronoun, the blank), a window
// of clauses around the blank of a very long sentence, rendered only when the fact is used.
import type { Fact } from "../facts/fact";
import { BLANK, balanceQuotes, dropConnective, endQ } from "./prompt";

export interface Edit {
  a: number;
  b: number;
  r: string;
}

export function render(text: string, edits: Edit[]): { out: string; map: (x: number) => number } {
  const es = edits.slice().sort((x, y) => x.a - y.a);
  let out = "";
  let pos = 0;
  const shifts: { at: number; delta: number }[] = [];
  for (const e of es) {
    if (e.a < pos) continue;
    out += text.slice(pos, e.a) + e.r;
    shifts.push({ at: e.b, delta: e.r.length - (e.b - e.a) });
    pos = e.b;
  }
  out += text.slice(pos);
  const map = (x: number) => {
    let d = 0;
    for (const s of shifts) if (s.at <= x) d += s.delta;
    return x + d;
  };
  return { out, map };
}

/** Keep the clauses around the blank of a very long sentence (about 35 words). */
function windowCloze(t: string): string {
  let parts = t.split(/(?<=[,;:—–])\s+/);
  // a relative clause set off by commas ("Tokayev, who leads a country that …, announced") can go: "Tokayev … announced"
  if (parts.length > 2) {
    const out: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (
        i > 0 &&
        i < parts.length - 1 &&
        !p.includes(BLANK) &&
        /^(?:who|which|whose)\b/.test(p) &&
        /,$/.test(p) &&
        /,$/.test(out[out.length - 1] ?? "")
      ) {
        out[out.length - 1] = out[out.length - 1]!.replace(/,$/, "") + " …";
        continue;
      }
      out.push(p);
    }
    parts = out;
  }
  const bi = parts.findIndex((p) => p.includes(BLANK));
  if (bi < 0) return t;
  const wc = (x: string) => x.split(/\s+/).filter(Boolean).length;
  let lo = bi;
  let hi = bi;
  let n = wc(parts[bi]!);
  while (true) {
    const canL = lo > 0 && n + wc(parts[lo - 1]!) <= 35;
    const canR = hi < parts.length - 1 && n + wc(parts[hi + 1]!) <= 35;
    if (!canL && !canR) break;
    if (canL && lo > 0 && (bi - lo <= hi - bi || !canR)) {
      lo--;
      n += wc(parts[lo]!);
    } else if (canR) {
      hi++;
      n += wc(parts[hi]!);
    }
  }
  // a window that starts inside an aside (after a dash, or at a quotation) has lost the clause it belongs to:
  // take the part before it too when that keeps the prompt under ~50 words
  while (lo > 0 && /[—–]$/.test(parts[lo - 1]!) && /^["“‘']/.test(parts[lo]!) && n + wc(parts[lo - 1]!) <= 50) {
    lo--;
    n += wc(parts[lo]!);
  }
  let out = parts
    .slice(lo, hi + 1)
    .join(" ")
    .trim();
  if (lo > 0) out = "… " + out;
  if (hi < parts.length - 1) out = out.replace(/[,;:—–]$/, "") + " …";
  return out;
}

/** Render the cloze and true/false texts of a fact only when it is actually used. */
export function ensureRendered(f: Fact): void {
  if (f.rendered || !f.pe) return;
  f.rendered = true;
  // a parenthetical right after the answer ("the Collective Security Treaty (Treaty) states") would hint at it: drop it
  const par = /^\s*\([^()]{1,60}\)/.exec(f.sentText.slice(f.aEnd, f.aEnd + 64));
  const cl = render(f.sentText, [...f.pe, { a: f.aRel, b: f.aEnd + (par ? par[0].length : 0), r: BLANK }]);
  let c = cl.out;
  if (f.sentWords > 45) c = windowCloze(c);
  // the previous sentence is shown for a sentence opening with a pronoun; when the window has cut that opening
  // off ("… even if Nazarbayev put …"), the context only makes the prompt longer
  const ctx = c.startsWith("… ") ? "" : (f.ctxPrefix ?? "");
  // a connective that ties the sentence to the one before ("But on Jan. 11, …", "So Tokayev must …") reads as
  // a fragment on its own: drop it unless the previous sentence is shown
  if (!ctx) c = dropConnective(c);
  if (f.cloze === undefined) f.cloze = balanceQuotes(ctx + c);
  // wh-questions are stored raw while reading (most facts are never asked) and finished here
  if (f.wh !== undefined) f.wh = endQ(balanceQuotes(f.wh));
  const tf = render(f.sentText, par ? [...f.pe, { a: f.aEnd, b: f.aEnd + par[0].length, r: "" }] : f.pe);
  f.tfText = tf.out;
  f.tfA = tf.map(f.aRel);
  f.tfB = tf.map(f.aEnd);
}
