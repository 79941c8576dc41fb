// Item-writing lint: used as a filter inside the engine and by the eval to report a flaw rate.
import type { Item, LintResult } from "../types";
import { extraFlaws } from "../concepts/flaws";
import { EN_STOPWORDS, TRIVIA_ANSWERS, placeType } from "../lexicon";
import { normAnswer } from "../text/words";
import { parseDate, parseNumber } from "../facts/numbers-dates";

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const UPPER_START = /^\p{Lu}/u;
const CAPITALS_START = /^\p{Lu}{2,}/u;
/** "… they expect.The bottom line …": a sentence end with no space after it */
const RUN_ON = /\p{Ll}{2}[.!?][“"]?\p{Lu}\p{Ll}/u;
const CLAUSE_OPENER = /[,:]\s+(The|This|These|Those|It|Its|We|Our|They|Their|There|An?)\s+\p{Ll}/u;

export interface LintContext {
  /** other names of the same entity as the answer (aliases), if known */
  aliases?: string[];
  /** source texts by document id, to check that quotes equal the text at their offsets */
  texts?: Map<string, string>;
}

function containsWords(hay: string, needle: string): boolean {
  if (!needle) return false;
  return (" " + hay + " ").includes(" " + needle + " ");
}

function contentWords(s: string): string[] {
  return normAnswer(s)
    .split(" ")
    .filter((w) => w.length >= 4 && !EN_STOPWORDS.has(w));
}

const CITY_AS_ACTOR =
  /\bwhich city\s+(?:has|have|had|is|was|were|will|would|can|could|may|might|must|should|does|did|do|said|says|say|wants?|wanted|decided|decides|believes?|believed|fears?|feared|hopes?|hoped|insist\w*|warn\w*|announc\w*|agree\w*|refus\w*|consider\w*|sees|saw|react\w*|respond\w*|support\w*|oppos\w*|welcom\w*|condemn\w*|sent|sends|deploy\w*|tried|tries|sought|seeks|claim\w*|accus\w*|view\w*|regard\w*)\b/i;
const PRONOUN_START = /^(he|she|they|it|this|these|those|his|her|its|their|we|i)\b/i;

export function numberUnitOf(s: string): string {
  const p = parseNumber(s);
  return p ? p.format : "";
}

/**
 * The prompt names the key by its initials: "Article 4 of the _____ states … one CSTO state" for "Collective
 * Security Treaty" (an acronym in the prompt starts with the key's initials), or "_____ … the Collective Security
 * Treaty Organization" for "CSTO" (capitalised words of the prompt spell the key).
 */
export function acronymCue(prompt: string, key: string): boolean {
  const caps = key.split(/[\s-]+/).filter((w) => UPPER_START.test(w) && !/^(of|and|the|for)$/i.test(w));
  if (caps.length >= 2) {
    const initials = caps.map((w) => w.charAt(0)).join("");
    for (const m of prompt.matchAll(/\b[A-Z]{2,7}\b/g)) if (m[0].startsWith(initials)) return true;
  }
  if (/^[A-Z]{2,7}$/.test(key)) {
    const words = prompt
      .replace(/_{3,}/g, " ")
      .split(/[\s-]+/)
      .filter((w) => UPPER_START.test(w) && !/^(Of|And|The|For)$/.test(w));
    for (let i = 0; i + key.length <= words.length; i++) {
      if (
        words
          .slice(i, i + key.length)
          .map((w) => w.charAt(0))
          .join("") === key
      )
        return true;
    }
  }
  return false;
}

/** Check one item for grounding and item-writing flaws. */
export function lintItem(item: Item, ctx: LintContext = {}): LintResult {
  const flaws: string[] = [];
  const quotes = item.citations.map((c) => normAnswer(c.quote));
  if (item.citations.length === 0) flaws.push("no-citation");
  if (ctx.texts) {
    for (const c of item.citations) {
      const t = ctx.texts.get(c.documentId);
      if (t === undefined || t.slice(c.start, c.end) !== c.quote) flaws.push("quote-offset-mismatch");
    }
  }
  const tested = item.type === "truefalse" ? (item.trueAnswer ?? "") : item.answer;
  const nt = normAnswer(tested);
  if (!nt || !quotes.some((q) => containsWords(q, nt))) flaws.push("answer-not-grounded");
  if (item.type === "truefalse" && item.answer !== "True" && item.answer !== "False") flaws.push("tf-answer");
  if (TRIVIA_ANSWERS.has(nt) || TRIVIA_ANSWERS.has(tested.toLowerCase())) flaws.push("trivia-answer");
  const np = normAnswer(item.prompt);
  flaws.push(...extraFlaws(item));
  // "Rapid eye movement (_____) sleep": the expansion right before the blank gives the abbreviation away
  if (/\(\s*_{3,}\s*\)/.test(item.prompt)) flaws.push("blank-in-parentheses");
  if (item.type !== "truefalse") {
    if (containsWords(np, nt)) flaws.push("answer-in-prompt");
    // "… non-REM (NREM) sleep, typically followed by _____" -> "REM sleep": every word of the answer is in the stem
    // (with options, mcqFlaws judges the words the options do not share)
    else if (!item.options && nt.includes(" ") && nt.split(" ").every((w) => containsWords(np, w)))
      flaws.push("stem-repeats-key");
    for (const a of ctx.aliases ?? []) {
      const na = normAnswer(a);
      if (na && na.length >= 3 && containsWords(np, na)) {
        flaws.push("alias-in-prompt");
        break;
      }
    }
  }
  if (
    item.type !== "truefalse" &&
    (item.kind !== "term" || CAPITALS_START.test(tested)) &&
    acronymCue(item.prompt, tested)
  )
    flaws.push("acronym-in-prompt");
  if (PRONOUN_START.test(item.prompt.trim())) flaws.push("unresolved-pronoun");
  // "which city has been careful ...": a city acting like a person stands for its government
  if (CITY_AS_ACTOR.test(item.prompt)) flaws.push("city-as-actor");
  // "government.”?" / "government.?": stray punctuation before the question mark
  if (/[.,;:!]\s*[”"’]*\?$/.test(item.prompt.trim())) flaws.push("stray-punctuation");
  // "According to X, The entry of ...": a capitalised common word after a comma (a removed opening quote)
  if (CLAUSE_OPENER.test(item.prompt)) flaws.push("stray-capital");
  // "the _____ (Treaty) states": a parenthetical right after the blank hints at the key
  if (/_{3,}[’']?s?\s*\([^()]{1,60}\)/.test(item.prompt)) flaws.push("parenthetical-hint");
  if (item.prompt.length > 600) flaws.push("prompt-too-long");
  // "as noted in _____ above": a pointer into the page's layout; "is _____ =hf0": a symbol of a formula
  if (/_{3,}\s+(?:above|below)\b|_{3,}\s*=|=\s*_{3,}/.test(item.prompt)) flaws.push("layout-blank");
  // "… what they expect.The bottom line …": two sentences run together; "… called the _____:" lost what followed
  if (RUN_ON.test(item.prompt) || /:\s*$/.test(item.prompt)) flaws.push("run-on");
  // "… at both ends, as illustrated.": a figure the student cannot see
  if (/\bas (?:illustrated|shown|depicted|pictured)\s*(?:[.,;]|$)/i.test(item.prompt)) flaws.push("figure-reference");
  if (/\ball of the above\b|\bnone of the above\b/i.test(item.prompt + " " + (item.options ?? []).join(" ")))
    flaws.push("all-of-the-above");
  if (
    /^(which|what|who|when|where|how)\b/i.test(item.prompt) &&
    /\b(NOT|EXCEPT)\b|\bwhich of the following is not\b/.test(item.prompt)
  )
    flaws.push("negative-stem");
  if (item.type === "mcq") mcqFlaws(item, nt, np, quotes, ctx, flaws);
  return { ok: flaws.length === 0, flaws: [...new Set(flaws)] };
}

/** Flaws of a multiple-choice item's options: count, overlap, giveaways, aliases, form of dates and numbers, cues. */
function mcqFlaws(item: Item, nt: string, np: string, quotes: string[], ctx: LintContext, flaws: string[]): void {
  const opts = item.options ?? [];
  if (opts.length !== 4) flaws.push("option-count");
  const norms = normAll(opts);
  if (countOf(norms, nt) !== 1) flaws.push("answer-not-once-in-options");
  for (let i = 0; i < norms.length; i++) {
    for (let j = i + 1; j < norms.length; j++) {
      const a = norms[i]!;
      const b = norms[j]!;
      if (!a || !b || a === b || containsWords(a, b) || containsWords(b, a)) flaws.push("option-overlap");
    }
  }
  const distractors = wrongOptions(opts, nt);
  for (const d of distractors) {
    const nd = normAnswer(d);
    if (anyContains(quotes, nd)) flaws.push("distractor-in-citation");
    // a wrong option shown in the prompt (e.g. in the context sentence) is a giveaway or a second key
    if (containsWords(np, nd) || (/^\d{4}s$/.test(nd) && containsWords(np, nd.slice(2))))
      flaws.push("distractor-in-prompt");
    for (const a of ctx.aliases ?? []) if (normAnswer(a) === nd) flaws.push("distractor-is-alias");
  }
  // dates keep granularity, numbers keep unit/format and differ by a real margin
  const ad = parseDate(item.answer);
  const an = parseNumber(item.answer);
  if (item.kind === "date" && ad) {
    for (const d of distractors) {
      const dd = parseDate(d);
      if (!dd || dd.gran !== ad.gran) flaws.push("date-granularity");
    }
  }
  if ((item.kind === "number" || item.kind === "money") && an) {
    for (const d of distractors) {
      const dn = parseNumber(d);
      if (!dn || dn.format !== an.format) flaws.push("number-format");
      else if (Math.abs(dn.value - an.value) / Math.max(dn.value, an.value) < 0.1) flaws.push("number-too-close");
    }
  }
  // the key must not be the only option of its subtype ("America" among regions, a city among countries)
  if (item.kind === "place" && distractors.length >= 2) {
    const kt = placeType(item.answer);
    if (noneOfType(distractors, kt)) flaws.push("key-unique-subtype");
  }
  let maxD = 0;
  for (const d of distractors) if (d.length > maxD) maxD = d.length;
  if (item.answer.length > 1.6 * maxD && item.answer.length - maxD >= 10) flaws.push("key-longest-option");
  // a/an agreement: stem ends with an article before the blank
  if (/\b(a|an)\s+_{3,}/i.test(item.prompt)) flaws.push("article-cue");
  // stem repeating the key's words; a word every option shares gives nothing away ("_____ waves" among delta,
  // theta, alpha and beta waves)
  const kw = contentWords(item.answer);
  const wrongNorms = norms.filter((n) => n !== nt);
  const telling = kw.filter((w) => !wrongNorms.every((d) => containsWords(d, w)));
  if (kw.length >= 2 && countContained(np, telling) >= Math.ceil(kw.length / 2)) flaws.push("stem-repeats-key");
}

// Plain loops instead of map/filter/some/every with a callback in mcqFlaws: the callbacks gave the function a context,
// and the inlined array built-ins deoptimised it ("wrong map") and had it compiled again in every deck.

/** The normal form of each option. */
function normAll(opts: string[]): string[] {
  const out: string[] = [];
  for (const o of opts) out.push(normAnswer(o));
  return out;
}

/** How many of `xs` equal `x`. */
function countOf(xs: string[], x: string): number {
  let n = 0;
  for (const y of xs) if (y === x) n++;
  return n;
}

/** The options whose normal form is not the key's. */
function wrongOptions(opts: string[], nt: string): string[] {
  const out: string[] = [];
  for (const o of opts) if (normAnswer(o) !== nt) out.push(o);
  return out;
}

/** Does one of the texts contain the words of `nd`? */
function anyContains(texts: string[], nd: string): boolean {
  for (const q of texts) if (containsWords(q, nd)) return true;
  return false;
}

/** No option is a place of type `kt`. */
function noneOfType(opts: string[], kt: ReturnType<typeof placeType>): boolean {
  for (const d of opts) if (placeType(d) === kt) return false;
  return true;
}

/** How many of the words occur in the text. */
function countContained(text: string, words: string[]): number {
  let n = 0;
  for (const w of words) if (containsWords(text, w)) n++;
  return n;
}
