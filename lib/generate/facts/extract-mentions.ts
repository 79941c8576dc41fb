// Every typed mention of one sentence: numbers and dates, then names; nested mentions and trivia answers dropped.
// Linear in the tokens.
import type { Tok } from "../read/nlp";
import { TRIVIA_ANSWERS } from "../lexicon";
import type { Mention } from "./mention";
import { nameMentions } from "./names";
import { numericMentions } from "./numbers-dates";

/** Extract typed mentions from one sentence. `doc` is the document text (token offsets are absolute). */
export function extractMentions(doc: string, toks: Tok[]): Mention[] {
  const out: Mention[] = [];
  numericMentions(doc, toks, out);
  nameMentions(doc, toks, out);
  return outermost(out);
}

/** the longest trivia answer: a longer text is none (lower-casing never shortens a string), no lower-cased copy needed */
const TRIVIA_MAX_LENGTH = Math.max(...[...TRIVIA_ANSWERS].map((t) => t.length));

/** The mentions in reading order without those nested inside another (a number inside a name) and trivia answers. */
function outermost(out: Mention[]): Mention[] {
  sortByStart(out);
  const res: Mention[] = [];
  let lastEnd = -1;
  for (const m of out) {
    if (m.s < lastEnd) continue;
    if (m.text.length <= TRIVIA_MAX_LENGTH && TRIVIA_ANSWERS.has(m.text.toLowerCase())) continue;
    res.push(m);
    lastEnd = m.e;
  }
  return res;
}

/**
 * Sort by start, the longer first at the same start; stable, in place, as Array.prototype.sort with that comparator.
 * A sentence has a handful of mentions: an insertion sort, without the copy and the comparator calls of the built-in.
 */
function sortByStart(out: Mention[]): void {
  for (let i = 1; i < out.length; i++) {
    const m = out[i]!;
    let j = i - 1;
    while (j >= 0 && (out[j]!.s > m.s || (out[j]!.s === m.s && out[j]!.e < m.e))) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = m;
  }
}
