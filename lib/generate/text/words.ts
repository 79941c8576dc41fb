// Words of a text: counting them, the English check, and the normal form answers are compared in.
import { EN_STOPWORDS, FOREIGN_STOPWORDS } from "../lexicon";

const WORD_RE = /[\p{L}][\p{L}'’-]*/gu;

export function words(s: string): string[] {
  return s.match(WORD_RE) ?? [];
}

/** the longest word of either stopword list: a longer word is in neither, so it is counted without a copy */
const STOPWORD_MAX_LENGTH = Math.max(...[...EN_STOPWORDS, ...FOREIGN_STOPWORDS].map((w) => w.length));

/** Ratio of English stopwords among the words of s. */
export function englishRatio(s: string): { en: number; foreign: number; n: number } {
  // one pass over the characters (same word definition as splitting on [^a-z\u00c0-\u024f\u0400-\u04ff]+)
  const l = s.toLowerCase();
  // read once: under the CommonJS output of tsx and bundlers an imported binding is a getter call on each read
  const enWords = EN_STOPWORDS;
  const foreignWords = FOREIGN_STOPWORDS;
  let en = 0;
  let fo = 0;
  let nw = 0;
  let start = -1;
  for (let i = 0; i <= l.length; i++) {
    const c = i < l.length ? l.charCodeAt(i) : 0;
    const isW = (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff);
    if (isW) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      nw++;
      if (i - start <= STOPWORD_MAX_LENGTH) {
        const w = l.slice(start, i);
        if (enWords.has(w)) en++;
        else if (foreignWords.has(w)) fo++;
      }
      start = -1;
    }
  }
  const n = nw || 1;
  return { en: en / n, foreign: fo / n, n: nw };
}

export function looksEnglish(text: string): boolean {
  // Sample ~3 KB (start, middle, end: a few hundred words) so the check stays cheap on big inputs.
  const sample =
    text.length > 3000
      ? text.slice(0, 1000) +
        " " +
        text.slice((text.length >> 1) - 500, (text.length >> 1) + 500) +
        " " +
        text.slice(-1000)
      : text;
  const r = englishRatio(sample);
  if (r.n < 8) return r.en > 0 || r.foreign === 0;
  return r.en >= 0.12 && r.en >= r.foreign;
}

/**
 * The first character of each of words[from..to) ("Collective Security Treaty" -> "CST"). A loop, not map and join:
 * the arrays it is given (from split, filter and slice) do not all have one map, and the inlined built-ins
 * deoptimised their callers (rankFacts, acronymCue) when they met another.
 */
export function initialsOf(words: string[], from = 0, to = words.length): string {
  let out = "";
  for (let i = from; i < to; i++) out += words[i]!.charAt(0);
  return out;
}

/** Normalise for answer matching: case, punctuation, articles, thousands separators, quotes. */
const normCache = new Map<string, string>();
export function normAnswer(s: string): string {
  const c = normCache.get(s);
  if (c !== undefined) return c;
  const r = normAnswerRaw(s);
  if (normCache.size > 200_000) normCache.clear();
  normCache.set(s, r);
  return r;
}

// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL on purpose
const NON_ASCII = /[^\x00-\x7f]/;

function normAnswerRaw(s: string): string {
  return (NON_ASCII.test(s) ? s.normalize("NFKC") : s)
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/'s\b/g, "")
    .replace(/[^\p{L}\p{N}%$.\s-]/gu, " ")
    .replace(/(?<!\d)\.|\.(?!\d)/g, " ")
    .replace(/-/g, " ")
    .replace(/\b(a|an|the)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** 1 for a UTF-16 code unit that is part of a word (a letter or digit of any script), else 0; built once. */
const WORD_UNIT = ((): Uint8Array => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++)
    t[c] =
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (c >= 0xc0 &&
        c !== 0xd7 &&
        c !== 0xf7 &&
        !(c >= 0x2000 && c <= 0x206f) &&
        !(c >= 0x3000 && c <= 0x303f) &&
        c !== 0xfeff)
        ? 1
        : 0;
  return t;
})();

/** Number of words (runs of letters or digits); a plain character loop over a table, no regex. */
export function countWords(text: string): number {
  const unit = WORD_UNIT;
  let n = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const w = unit[text.charCodeAt(i)]!;
    n += w & ~prev;
    prev = w;
  }
  return n;
}

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild lowers it
const LETTER = /\p{L}/u;

/**
 * Whether `hay` (lower case) uses the noun at the start of one of its words, in any inflection: "ruling" in "rulings",
 * "appeal" in "appealed", not in "overruling". Plural endings go before the search; a stem under four letters says too
 * little to count.
 */
export function nounUsedIn(hay: string, noun: string): boolean {
  const stem = noun.toLowerCase().replace(/(?:es|s)$/, "");
  if (stem.length < 4) return false;
  for (let i = hay.indexOf(stem); i >= 0; i = hay.indexOf(stem, i + 1))
    if (i === 0 || !LETTER.test(hay.charAt(i - 1))) return true;
  return false;
}
