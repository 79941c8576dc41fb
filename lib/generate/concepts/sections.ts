// The section a sentence belongs to: its heading (or the document's title) says what a bare "the acts" or "the exam"
// of the section means ("The Alien and Sedition Acts", "Overview of the Neurological Exam").
import { escapeRegExp } from "../text/scan";
import { singular } from "./np";

/** The headings of each document with where they start, in order. */
export class Sections {
  private readonly byDoc: { at: number; text: string }[][] = [];
  /**
   * byDoc[doc]'s indices in order of `at` (the headings of spans and of lines are added in two runs, so byDoc may be
   * out of order), made when first needed after a heading was added
   */
  private readonly byAt: (number[] | undefined)[] = [];
  private readonly titles: string[] = [];
  private readonly texts: string[] = [];

  addDocument(doc: number, title: string, text: string): void {
    this.titles[doc] = title;
    this.texts[doc] = text;
    this.byDoc[doc] = [];
    this.byAt[doc] = undefined;
  }

  addHeading(doc: number, at: number, text: string): void {
    this.byDoc[doc]?.push({ at, text });
    this.byAt[doc] = undefined;
  }

  /**
   * The last heading (in the order added) after offset `after` and before `before` (the heading a sentence at `before`
   * opens), if any. Asked for every sentence: a binary search finds the headings in the range instead of a scan of all
   * the document's headings (quadratic in a long document with many).
   */
  headingBetween(doc: number, after: number, before: number): string | undefined {
    const hs = this.byDoc[doc];
    if (!hs?.length) return undefined;
    const order = this.orderByAt(doc, hs);
    let last = -1;
    for (let k = countUpTo(hs, order, after, true); k < order.length && hs[order[k]!]!.at < before; k++)
      last = Math.max(last, order[k]!);
    return last < 0 ? undefined : hs[last]!.text;
  }

  /** The nearest heading before `at` that is not the document's title (the subsection the text at `at` is in). */
  subheadingOver(doc: number, at: number): string | undefined {
    const hs = this.byDoc[doc];
    if (!hs?.length) return undefined;
    const order = this.orderByAt(doc, hs);
    const title = (this.titles[doc] ?? "").trim();
    // (the headings before `at`, found by the same binary search, walked back past the title)
    for (let k = countUpTo(hs, order, at, false) - 1; k >= 0; k--) {
      const h = hs[order[k]!]!;
      if (h.text.trim() !== title) return h.text;
    }
    return undefined;
  }

  private orderByAt(doc: number, hs: { at: number }[]): number[] {
    let order = this.byAt[doc];
    if (!order) {
      order = hs.map((_, i) => i).sort((i, j) => hs[i]!.at - hs[j]!.at || i - j);
      this.byAt[doc] = order;
    }
    return order;
  }

  /** The heading over the text at `at` and the document's title (the nearest first). */
  headingsOver(doc: number, at: number): string[] {
    const hs = this.byDoc[doc] ?? [];
    let h: string | undefined;
    for (const x of hs) if (x.at < at) h = x.text;
    return [h, this.titles[doc]].filter((t): t is string => !!t);
  }

  /**
   * "… mobilized the response to the acts …" under "THE ALIEN AND SEDITION ACTS": a bare definite noun that the
   * section's heading or the title names in full is written in full, as the document writes it elsewhere.
   */
  resolve(prompt: string, doc: number, at: number, answer: string): string {
    const text = this.texts[doc];
    if (!text) return prompt;
    const ans = answer.toLowerCase();
    // the question's own frame names no heading ("What is the term for …" is not "the long term" under "The Long Term")
    const frame = /^What (?:is|are) the (?:term|name) (?:for|of)\s/.exec(prompt)?.[0].length ?? 0;
    for (const heading of this.headingsOver(doc, at)) {
      for (const m of prompt.matchAll(/\b([Tt]he)\s+(\p{Ll}{3,})\b(?!\s+(?:of|to|that|which|who|whose)\b)/gu)) {
        if (m.index < frame) continue;
        // ("The reaction center …": a noun before another noun is its modifier, which the heading does not name)
        if (NOUN_AFTER.test(prompt.slice(m.index + m[0].length))) continue;
        const full = fullName(heading, m[2]!, text);
        if (!full) continue;
        const low = full.toLowerCase();
        // the answer is never written into its own question ("the consistency" under "Status Consistency")
        if (prompt.toLowerCase().includes(low) || low.includes(ans) || ans.includes(low)) continue;
        return prompt.slice(0, m.index) + m[1]! + " " + full + prompt.slice(m.index + m[0].length);
      }
    }
    return prompt;
  }
}

/**
 * How many headings, in `order` (by offset), start before `x` (at or before it with `orEqual`): a binary search, as a
 * sentence asks for its heading and a long document has many.
 */
function countUpTo(hs: readonly { at: number }[], order: readonly number[], x: number, orEqual: boolean): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = hs[order[mid]!]!.at;
    if (at < x || (orEqual && at === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NOT_A_LETTER = /[^\p{L}-]/gu;

/** a lower-case word after the noun that is no verb or function word: the noun modifies it */
const NOUN_AFTER =
  /^\s+(?!(?:is|are|was|were|has|have|had|can|could|may|might|will|would|should|must|do|does|did|that|which|who|whose|in|on|at|to|for|with|by|from|and|or|as|of|also|not|then|into|under|over|after|before|during|between|through)\b)\p{Ll}{3,}\b/u;

/** The line around `at` is a sentence's (it ends as one), not a heading's. */
function inSentence(text: string, at: number): boolean {
  const end = text.indexOf("\n", at);
  const line = text.slice(text.lastIndexOf("\n", at) + 1, end < 0 ? text.length : end);
  return /[.!?]["”’)]?\s*$/.test(line);
}

// (and a question's words: "What is Government?" names no "What is government")
const FUNCTION_WORD =
  /^(?:the|a|an|of|and|or|in|on|for|to|with|its|their|from|by|at|as|vs\.?|is|are|was|were|what|who|how|why|when|where|which|do|does|did|can|could|should|would|will|may|might|must|has|have|had|be|been)$/i;

/**
 * The heading's name for `noun`: the content words right before it ("Neurological Exam"; "Alien and Sedition Acts",
 * an "and" between two of them kept), cased as the text writes it in a sentence (not in an all-capitals heading).
 */
function fullName(heading: string, noun: string, text: string): string | null {
  const words = heading.split(/\s+/);
  // ("the tube" under "The Uterine Tubes": a heading names its subject in the plural)
  const one = singular(noun);
  const k = words.findIndex((w) => {
    const low = w.replace(NOT_A_LETTER, "").toLowerCase();
    return low === noun || singular(low) === one;
  });
  if (k < 1) return null;
  // the noun heads the heading's phrase ("Acts" of "The Alien and Sedition Acts"); "blood" in "White Blood Cells"
  // modifies another word, and "the blood" is no "White Blood"
  const next = words[k + 1];
  if (next !== undefined && !FUNCTION_WORD.test(next) && /^\p{L}/u.test(next)) return null;
  let i = k;
  while (i > 0) {
    const w = words[i - 1]!;
    const content = !FUNCTION_WORD.test(w) && /^[\p{L}-]+$/u.test(w) && !/ing$/i.test(w);
    const joined = /^and$/i.test(w) && i - 2 >= 0 && !FUNCTION_WORD.test(words[i - 2]!) && i < k;
    if (!content && !joined) break;
    i--;
  }
  // "Potential, Kinetic, Free, and Activation Energy": the noun of a series of kinds is each one's, none in full
  if (/,$/.test(words[i - 1] ?? "") && /^and$/i.test(words[i] ?? "")) return null;
  if (i === k) return null;
  const mods = words.slice(i, k).join(" ");
  const esc = escapeRegExp(mods).replace(/\s+/g, "\\s+");
  // as a sentence writes it: in lower case where it does ("innate immune response", not a heading's "Innate Immune
  // Response"), else as a name ("Alien and Sedition Acts")
  let named: string | null = null;
  for (const f of text.matchAll(new RegExp(`\\b${esc}\\s+${noun}\\b`, "giu"))) {
    // (inside a sentence: the heading's own line is no evidence — "n Non-Distinct Objects")
    if (!inSentence(text, f.index)) continue;
    if (/^\p{Ll}/u.test(f[0])) return f[0];
    if (!named && /\p{Ll}/u.test(f[0])) named = f[0];
  }
  return named;
}
