// The capital of a term's first word where the text writes the term only at the start of a line or a sentence (a
// book's list of key terms: "Dieckmann cyclization reaction: An intramolecular …", "Polycyclic aromatic compound: A
// compound …"). The start says nothing of the word's case, so the word says it: a chemist's name keeps its capital
// ("Dieckmann"), a word of the language does not ("polycyclic"). Blind raters of pool nT flagged both misreadings:
// "hofmann rearrangement" among the options, "What is Polycyclic aromatic compound?".
import type { Lexicon } from "./lexical";
import type { TermInfo } from "./terms";

/** endings of words formed as terms of science, never a person's name: "polycyclic", "thiolate", "aldol", "alkyl" */
const TERM_ENDING =
  /(?:ic|al|ous|ive|ary|ar|ed|ing|ful|less|able|ible|ane|ene|yne|yl|ide|ate|ite|ium|ose|ol|one|ine|ase|cycle|oid|ism|ity|ogy|sis|tion)$/;
const FIRST_WORD = /^(\p{L})(\p{Ll}+)(?=[\s–-]|$)/u;
const UPPER = /\p{Lu}/u;
/** a later word capitalised, a capital letter alone or a Roman numeral (not an acronym: "ribosomal RNA") */
const CAPITALISED_LATER = /(?<![\p{L}])(?:\p{Lu}\p{Ll}|\p{Lu}(?![\p{L}])|[IVX]{1,4}(?![\p{L}]))/u;
const LOWER_START = /^\p{Ll}/u;

/** The term as shown, and whether its first word is a person's name (a capital every option and card keeps). */
export interface Cased {
  shown: string;
  name: boolean;
}

/** How often the term was met, by the case of its first letter (mentions.ts's counts). */
export interface CaseCounts {
  lower: number;
  capitalised: number;
}

/**
 * `display` with its first letter cased as the word is read (and whether that word is a name), where the text (`text`, the term's document) never shows
 * the term's case: it is met neither capitalised nor in lower case after the start of a sentence (`counts`). A name's
 * capital is given back to a term of more than one word only: a single word at a start is as likely a term of science
 * ("Thalassemia is …").
 */
export function startCased(display: string, counts: CaseCounts, text: string, lexicon: Lexicon): Cased {
  const m = FIRST_WORD.exec(display);
  if (!m) return { shown: display, name: false };
  const lowered = () => ({ shown: m[1]!.toLowerCase() + display.slice(1), name: false });
  const later = CAPITALISED_LATER.test(display.slice(m[0].length));
  // ("- **Heterocycle**: A cyclic molecule …", later "a heterocycle": written in lower case more often than not)
  if (counts.lower > counts.capitalised)
    return UPPER.test(m[1]!) && !later ? lowered() : { shown: display, name: false };
  if (counts.capitalised > 0 || counts.lower > 0) return { shown: display, name: false };
  const word = (m[1]! + m[2]!).toLowerCase();
  const writtenLower = new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}])`, "u").test(text);
  const name = !writtenLower && display.includes(" ") && personsName(word, lexicon);
  // ("Process C", "Type IV cell", "Color-Avoidance Racism": a name whose other words are capitalised stays one)
  if (UPPER.test(m[1]!))
    return (writtenLower || TERM_ENDING.test(word)) && !later ? lowered() : { shown: display, name };
  return { shown: name ? m[1]!.toUpperCase() + display.slice(1) : display, name };
}

/**
 * A word no dictionary knows as a word of the language, or knows as a person's name ("hofmann", "williamson",
 * "curtius"), that is not formed as a term of science. Short words are Latin prefixes as often ("meso", "keto", "endo").
 */
function personsName(word: string, lexicon: Lexicon): boolean {
  if (word.length < 5 || TERM_ENDING.test(word)) return false;
  // (a name the dictionary knows only as a person's: "michael"; not "transient", a person and an event)
  const classes = lexicon.nounClasses(word);
  if (classes.length === 1 && classes[0] === "person") return true;
  return (
    !lexicon.isNoun(word) && !lexicon.isVerb(word) && lexicon.frequency(word) === 0 && !(lexicon.spoken?.(word) ?? 0)
  );
}

/** Counts from the forms a term was stated in, for a term no noun phrase of the text spans ("threshold of excitation"). */
export function formCounts(t: TermInfo): CaseCounts & { n: number } {
  let n = 0;
  let lower = 0;
  let capitalised = 0;
  for (const [f, k] of t.forms) {
    n += k;
    if (LOWER_START.test(f)) lower += k;
    else if (/^\p{Lu}\p{Ll}/u.test(f)) capitalised += k;
  }
  return { n, lower, capitalised };
}

/** Whether `t` (a document's text) writes `word` capitalised after another word of a line of prose ("The Hera mission"). */
export function capitalisedInLine(t: string, word: string): boolean {
  for (let i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) {
    let k = i - 1;
    while (k >= 0 && (t[k] === " " || t[k] === "\u00a0")) k--;
    const boundary = LETTER.test(t[i + word.length] ?? "");
    const before = t.slice(Math.max(0, k - 3), k + 1);
    const afterWord = k >= 0 && (LOWER_OR_COMMA.test(t[k]!) || ARTICLE_END.test(before));
    if (k < i - 1 && afterWord && !boundary && proseLine(t, i)) return true;
  }
  return false;
}

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once tsx lowers it
const LETTER = /\p{L}/u;
const LOWER_OR_COMMA = /[\p{Ll},]/u;
const ARTICLE_END = /(?:^|\s)(?:The|An?)$/;

/** The line around offset `i` is prose (it ends on a stop), not a heading in title case ("Stress and Coping", "What Is Sociology?"). */
function proseLine(t: string, i: number): boolean {
  let end = t.indexOf("\n", i);
  if (end < 0) end = t.length;
  while (end > i && /\s/.test(t[end - 1]!)) end--;
  return /[.!:;"”’)]$/.test(t.slice(i, end));
}
