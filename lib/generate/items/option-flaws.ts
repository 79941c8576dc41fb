// Item-writing lint, the options of a multiple-choice item: count, overlap, giveaways, aliases, the form of dates and
// numbers, cues (lintItem in lint.ts asks mcqFlaws about every mcq item).
import type { Item } from "../types";
import { EN_STOPWORDS, placeType } from "../lexicon";
import { normAnswer } from "../text/words";
import { parseDate, parseNumber } from "../facts/numbers-dates";
import { hasSpacedWords } from "../text/scan";

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const SHORT_ACRONYMS = /\b\p{Lu}{2,4}\b/gu;

/** `needle`'s words stand in `hay` as whole words (both normalised; an empty needle is in nothing). */
export function containsWords(hay: string, needle: string): boolean {
  if (!needle) return false;
  return hasSpacedWords(hay, needle);
}

/** The words of a phrase that say something: four letters or more, or an acronym, and no stopword. */
function contentWords(s: string): string[] {
  // ("RNA" of "RNA polymerase" is a content word however short)
  const acronyms = new Set((s.match(SHORT_ACRONYMS) ?? []).map((a) => a.toLowerCase()));
  return normAnswer(s)
    .split(" ")
    .filter((w) => (w.length >= 4 || acronyms.has(w)) && !EN_STOPWORDS.has(w));
}

/** Flaws of a multiple-choice item's options: count, overlap, giveaways, aliases, form of dates and numbers, cues. */
export function mcqFlaws(
  item: Item,
  nt: string,
  np: string,
  quotes: string[],
  aliases: string[] | undefined,
  flaws: string[],
): void {
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
    for (const a of aliases ?? []) if (normAnswer(a) === nd) flaws.push("distractor-is-alias");
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
  // "RNA polymerase" among "ribosomal RNA", "codon", "protein": the only enzyme (-ase) is found out at once
  if (item.kind === "term" && uniqueSuffix(item.answer, distractors)) flaws.push("key-unique-suffix");
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

const CLASS_SUFFIX = /(?:ase|itis|osis|cyte|blast|ism|ist|ology|phobia|emia)s?$/i;

/** The key's last word ends in a suffix that names a class (an enzyme, an inflammation, a cell) no wrong option has. */
function uniqueSuffix(answer: string, distractors: string[]): boolean {
  const suf = CLASS_SUFFIX.exec(answer.split(/\s+/).pop() ?? "")?.[0]
    ?.replace(/s$/i, "")
    .toLowerCase();
  if (!suf) return false;
  for (const d of distractors)
    if ((d.split(/\s+/).pop() ?? "").toLowerCase().replace(/s$/, "").endsWith(suf)) return false;
  return true;
}

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

const NON_LETTERS = /[^\p{L}]+/u;
/** derivational and inflectional endings: "ion" -> "ionized", "coo" -> "cooing" */
const DERIVED_ENDING = /^(?:s|es|ed|ing|i[sz]ed?|i[sz]ation|ic|ical|al|ous|ity|ness|ers?|ation|ists?|isms?)$/;

/**
 * A one-word answer that a word of the prompt derives from, or that derives from it: "the now-ionized atom (called
 * a(n) _____)" -> ion, "(e.g., coo or ba)" -> cooing. Both are normalised (lower case, words split by spaces).
 */
export function derivedWordIn(np: string, nt: string, ending = DERIVED_ENDING): boolean {
  if (nt.length < 3 || nt.includes(" ")) return false;
  // ("care" -> "caring": a final e dropped before the ending)
  const stem = nt.length >= 4 && nt.endsWith("e") ? nt.slice(0, -1) : nt;
  return np
    .split(NON_LETTERS)
    .some(
      (w) =>
        w !== nt &&
        w.length >= 3 &&
        ((w.startsWith(nt) && ending.test(w.slice(nt.length))) ||
          (stem !== nt && w.startsWith(stem) && ending.test(w.slice(stem.length))) ||
          (nt.startsWith(w) && ending.test(nt.slice(w.length)))),
    );
}

/**
 * A word of a short answer of several words that a word of the prompt derives from: "The _____ is an approach that
 * values caring" -> "ethics of care" (the word that tells this ethics from the others is in the stem). A plural is
 * no giveaway here: the class a list's members belong to is named in its stem ("two basic cell types: glial cells …");
 * nor is the head ("which can heat them—an effect called _____" -> "tidal heating").
 */
export function derivedAnswerWordIn(np: string, nt: string): boolean {
  const ws = nt.split(" ");
  if (ws.length > 4) return false;
  const of = ws.indexOf("of");
  const head = of > 0 ? of - 1 : ws.length - 1;
  return ws.some((w, i) => i !== head && w.length >= 4 && !STOP_WORD.test(w) && derivedWordIn(np, w, DERIVATION));
}
/**
 * A word of the prompt inside a compound word of the answer, after a prefix: "Between the two ventricles is a second
 * septum known as the _____" -> interventricular septum ("ventric…" of "ventricles" in "interventricular").
 */
export function stemInsideAnswer(np: string, nt: string): boolean {
  const long = nt.split(" ").filter((w) => w.length >= 10);
  if (!long.length) return false;
  return np.split(NON_LETTERS).some((w) => w.length >= 7 && long.some((a) => a.indexOf(w.slice(0, 7)) >= 3));
}

/** endings that make another word, not another form of the same word */
const DERIVATION = /^(?:ing|i[sz]ed?|i[sz]ation|ic|ical|al|ous|ity|ness|ation|ists?|isms?)$/;
const STOP_WORD = /^(?:with|from|into|that|this|than|their|there|which|about|other|these|those|under|over)$/;

/** a negating prefix: "unequal" and "inequality" share "equal" */
const NEGATING = /^(?:un|in|im|il|ir|dis|non)(?=[a-z]{5})/;

/**
 * "the unequal distribution of resources" -> inequality, "dividing work into separate jobs" -> division of labor: a
 * word of the stem is the key's word under another prefix or with a verb's ending for a noun's
 */
export function derivedCue(w: string, key: string): boolean {
  const bw = w.replace(NEGATING, "");
  const bk = key.replace(NEGATING, "");
  if ((bw !== w || bk !== key) && bw.length >= 5 && bk.startsWith(bw.slice(0, 5))) return true;
  const verb = /^([a-z]{5,})(?:ing|ed)$/.exec(w)?.[1];
  return !!verb && key.length >= 7 && key.startsWith(verb.slice(0, -1));
}

/** the stem's words, hyphenated ones whole ("il-khan") */
const HYPHENATED_WORDS = /[^\p{L}-]+/u;

/**
 * The answer is a word of the stem spelled out or cut short: "Carbocation: a(n) _____, or substance …" -> carbon
 * cation (a word of the stem begins as the answer's first word and ends with its last), "il-khan Abu Sa'id … the
 * _____" -> Il-Khanate (a word of the stem is most of the answer's one word)
 */
export function contractedIn(np: string, nt: string): boolean {
  const ws = nt.split(" ");
  const words = np.split(HYPHENATED_WORDS);
  if (ws.length === 2) {
    const [a, b] = ws as [string, string];
    if (a.length < 4 || b.length < 4) return false;
    return words.some((w) => w.length > b.length + 2 && w !== a && w.startsWith(a.slice(0, 4)) && w.endsWith(b));
  }
  if (ws.length !== 1 || nt.length < 8) return false;
  return words.some((w) => w.length >= 5 && w !== nt && nt.startsWith(w) && w.length / nt.length >= 0.6);
}
