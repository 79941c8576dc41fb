// Whether a sentence can stand alone as a prompt, and what its facts share: pronouns at the start resolved or
// explained by the previous sentence, the sentence's length penalty and its quotation.
import type { Tok } from "../read/nlp";
import type { Sentence } from "../text/sentences";
import type { Edit } from "../text/cloze";
import { SentBase, type SentRef } from "./fact";
import type { Mention } from "./mention";
import { THE_OTHER, leansOnContext } from "../concepts/prompt";
import { isApparatusSentence } from "../concepts/apparatus";
import { nounUsedIn } from "../text/words";

/** a capitalised word: the name "the city" may stand for */
const NAME_WORD = /(?:^|\s)\p{Lu}\p{Ll}+/u;

/** a place or a body named before: "the city", "the region" (not "the city of …", "the region where …") */
const ANAPHORIC =
  /\b[Tt]he (?:city|region|town|port|colony|territory|island|area|province)\b(?![’']s)(?!\s+(?:of|that|which|who|where|in)\b)/;

/** a pronoun that may point outside the sentence (leansOnContext decides whether it does) */
const PRONOUN_INSIDE = /\b(?:it|its|them|these|those)\b/i;
/** "During its 2020 war with Azerbaijan, Armenia …": the name after the opening phrase is what the pronoun means */
const CATAPHORA_PRONOUN = /\b(?:it|its|them)\b/;
/** (sticky: tried only at the sentence's first comma) */
const CATAPHORA_NAME = /,\s+(?:the\s+)?\p{Lu}/uy;

/**
 * "it"/"its"/"them" before the first comma, and a name right after it. (The comma and the name are looked at first,
 * at one place: a single regex for the same backtracks through the whole sentence.)
 */
function cataphora(text: string): boolean {
  const comma = text.indexOf(",");
  if (comma < 0) return false;
  CATAPHORA_NAME.lastIndex = comma;
  if (!CATAPHORA_NAME.test(text)) return false;
  const m = CATAPHORA_PRONOUN.exec(text);
  return m !== null && m.index < comma;
}

/** "Andrew Oliver resigned the next day", "On the other end is …": a time or a place given by the sentence before */
const RELATIVE_POINTER = new RegExp(
  String.raw`\b(?:the (?:next|following|previous) (?:day|morning|night|week|month|year)|${THE_OTHER}|here)\b`,
  "i",
);

/** A pronoun inside the sentence that nothing in it stands for ("A demand for it already existed in …"). */
function pointsOutside(text: string): boolean {
  return ((PRONOUN_INSIDE.test(text) && !cataphora(text)) || RELATIVE_POINTER.test(text)) && leansOnContext(text);
}

/** an opening that counts off or repeats points made before ("First, …", "Second, …", "Again, …") */
const ENUMERATED = /^(?:First|Second|Third|Fourth|Fifth|Again|Likewise|Similarly)\s*,\s/;

/** connectives skipped before the first word of a sentence */
// (a set of lower-case forms: a case-insensitive regex call per sentence cost more than the token's cached `low`)
const LEADING_CONNECTIVE = new Set(["but", "and", "yet", "so", "still", "however", "moreover", "indeed", ","]);
// (sets: an array's includes compared the word with each entry in turn)
const PERSONAL = new Set(["he", "she", "his", "her", "it", "its", "they", "their", "we", "i", "our"]);
const DEMONSTRATIVE = new Set(["this", "these", "those", "that", "such"]);

/**
 * The sentence as its facts see it, or null when it cannot stand alone: a leading he/she/his/her is resolved to the
 * last person mentioned; a leading it/they/this-is gets the previous sentence of the paragraph as context, or the
 * sentence is dropped. Very short sentences get the previous sentence too.
 */
export function sentenceContext(
  src: string,
  s: Sentence,
  toks: Tok[],
  di: number,
  mentions: Mention[],
  keys: Int32Array,
  lastPersons: string[],
  prevText?: string,
): SentBase | null {
  let fi = 0;
  while (fi < toks.length && LEADING_CONNECTIVE.has(toks[fi]!.low)) fi++;
  const first = toks[fi];
  const edits: Edit[] = [];
  let unresolved = false;
  let subject: string | undefined;
  const pronounTok = leadingPronoun(toks, fi, mentions);
  // "When he retires …" after a sentence that names two people (Elizabeth II and her son Charles): which one is
  // meant cannot be told from the order of mention; the sentence keeps its pronoun and needs its context
  // (asked only when a pronoun leads: most sentences have none, and the test allocates)
  const ambiguous = !!pronounTok && !!prevText && twoPersonsIn(lastPersons, prevText);
  if (pronounTok && lastPersons.length && !ambiguous) {
    const fl = pronounTok.low;
    const name = lastPersons[0]!;
    const repl = fl === "his" || fl === "her" ? name + "’s" : name;
    edits.push({ a: pronounTok.s - s.start, b: pronounTok.e - s.start, r: repl });
    subject = name;
  } else if (pronounTok && (pronounTok === first || ambiguous)) {
    unresolved = true;
  }
  if (first && !pronounTok && opensWithPronoun(toks, fi)) unresolved = true;
  // "In the first half of the nineteenth century, it rose in prominence …": the subject after a leading phrase
  if (first && !unresolved && !pronounTok && first.v !== "“") {
    const after = afterLeadingPhrase(toks, fi);
    if (after > fi && opensWithPronoun(toks, after)) unresolved = true;
  }
  // "First, several _____ rulings blocked …", "Again, we come to …": one of points the text announced before
  const enumerated = ENUMERATED.test(s.text);
  if (enumerated && !unresolved && !pronounTok) unresolved = true;
  if (unresolved && !contextUsable(prevText)) return null;
  const sentWords = wordCount(toks);
  // cloze context for very short sentences (and for sentences opening with a pronoun or leaning on the one before)
  const bridging = !unresolved && leansOnPrevious(s.text, prevText, sentWords);
  // (an unresolved or bridging sentence has a usable previous sentence already, which is no apparatus)
  const shortCtx =
    prevText && (unresolved || bridging || (sentWords < 8 && !isApparatusSentence(prevText))) ? prevText + " " : "";
  // ("116." after a reference's "… pg.": a number alone says nothing)
  if (sentWords < 3 && !shortCtx) return null;
  const lenPenalty =
    (sentWords < 6 && !shortCtx ? 1.2 : sentWords > 70 ? 0.7 : sentWords > 45 ? 0.3 : 0) + (unresolved ? 0.4 : 0);
  // quote span (for speaker questions)
  const qm = quotation(s.text);
  const sref: SentRef = { doc: di, s: s.start, e: s.end };
  return new SentBase(
    di,
    sref,
    s.text,
    sentWords,
    edits,
    shortCtx,
    keys,
    false,
    src,
    toks,
    mentions,
    fi,
    subject,
    lenPenalty,
    qm,
  );
}

const CURLY_QUOTE = /“([^”]{20,400})”/;
const STRAIGHT_QUOTE = /"([^"]{20,400})"/;

/** The sentence's first long quotation in curly quotes, else in straight ones (each looked for only where it can be). */
function quotation(text: string): RegExpExecArray | null {
  return (
    (text.includes("“") ? CURLY_QUOTE.exec(text) : null) ?? (text.includes('"') ? STRAIGHT_QUOTE.exec(text) : null)
  );
}

/** he/she/his/her before any person named in the sentence refers to an earlier sentence. */
function leadingPronoun(toks: Tok[], fi: number, mentions: Mention[]): Tok | undefined {
  const firstPerson = firstPersonOf(mentions);
  let lead = toks[fi]?.pos === "ADP" || toks[fi]?.pos === "SCONJ";
  for (let k = fi; k < toks.length && k < fi + 14; k++) {
    const t = toks[k]!;
    if (firstPerson && t.s >= firstPerson.s) break;
    if (lead && t.v === ",") lead = false;
    // "The Reverend Josiah Strong fueled … in his bestselling book", "Several thousand Americans answered his call":
    // after the sentence's own subject a pronoun points inside it or is no subject to resolve; it is left as written
    // (blind raters of pP read "answered Country's call" and "in Judaism's bestselling book" as nonsense)
    if (!lead && (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM")) return undefined;
    const l = t.low;
    if (l === "he" || l === "she" || l === "his" || l === "her") {
      // "In his book High School Confidential, Jeremy Iversen details …", "Over the course of his two terms as
      // president—he was reelected in 1804—Jefferson reversed …": a pronoun in a leading phrase may point ahead, to the
      // person the sentence goes on to name; it is left as written (a wrong name would make the item false)
      return firstPerson && (toks[fi]!.pos === "ADP" || toks[fi]!.pos === "SCONJ") ? undefined : t;
    }
  }
  return undefined;
}

/**
 * Two different people among the last four named whose last names the previous sentence uses (a loop: a slice, a
 * filter with its closure, a split per name and a set were made for the same answer).
 */
function twoPersonsIn(lastPersons: string[], prevText: string): boolean {
  let found: string | undefined;
  for (let i = 0; i < lastPersons.length && i < 4; i++) {
    const n = lastPersons[i]!;
    if (n === found || !prevText.includes(n.slice(n.lastIndexOf(" ") + 1))) continue;
    if (found !== undefined) return true;
    found = n;
  }
  return false;
}

/** The first mention that may be a person (a loop: find's closure was made once per sentence). */
function firstPersonOf(mentions: Mention[]): Mention | undefined {
  for (const m of mentions) if (m.kind === "person" || (m.kind === "other" && !m.text.includes(" "))) return m;
  return undefined;
}

/** The token after a short leading phrase and its comma ("In 1860, …", "By the 1840s, …"), or -1. */
function afterLeadingPhrase(toks: Tok[], fi: number): number {
  if (toks[fi]?.pos !== "ADP" && toks[fi]?.pos !== "SCONJ") return -1;
  for (let k = fi + 1; k < toks.length && k < fi + 12; k++) {
    const v = toks[k]!.v;
    if (v === ",") return k + 1 < toks.length ? k + 1 : -1;
    if (toks[k]!.pos === "VERB" || toks[k]!.pos === "AUX" || v === ";" || v === ".") return -1;
  }
  return -1;
}

/**
 * A sentence of at most 40 words that needs its usable previous sentence though it opens on no pronoun: "The appeal was
 * granted …" after a sentence about the appeal (the previous sentence says which one), "A demand for it already
 * existed in …" (a pronoun inside the sentence that nothing in it stands for). (The apparatus test of the previous
 * sentence, the costly part of contextUsable, runs last: most sentences bridge nothing, and then it is skipped;
 * pointsOutside goes before bridges, as it holds far more often: ~1 in 4 against ~1 in 30 on news.)
 */
function leansOnPrevious(text: string, prevText: string | undefined, sentWords: number): boolean {
  return (
    !!prevText &&
    sentWords <= 40 &&
    opensFree(prevText) &&
    (pointsOutside(text) || bridges(text, prevText)) &&
    !isApparatusSentence(prevText)
  );
}

/** A first word that needs the sentence before: a personal pronoun, or a demonstrative pronoun ("This is …"). */
function opensWithPronoun(toks: Tok[], fi: number): boolean {
  const fl = toks[fi]!.low;
  if (PERSONAL.has(fl)) return true;
  if (DEMONSTRATIVE.has(fl)) {
    // a demonstrative pronoun ("This is ...") needs context; a determiner ("This time ...") does not
    const nx = toks[fi + 1];
    if (!nx || nx.pos === "AUX" || nx.pos === "VERB" || nx.pos === "PUNCT" || nx.pos === "ADV") return true;
  }
  return false;
}

/** The previous sentence of the paragraph can be shown as context unless it opens with a pronoun itself. */
/**
 * The sentence refers back with a definite noun the previous sentence introduced ("the appeal", "the empire", "the
 * disk"): a bare "the" + noun whose noun the previous sentence uses and this sentence does not explain ("of …").
 */
export function bridges(text: string, prevText: string): boolean {
  if (!text.includes("he ")) return false;
  // "the city", "the region" point to a place the sentence before named ("New Orleans … The city …")
  if (ANAPHORIC.test(text) && NAME_WORD.test(prevText.slice(1))) return true;
  // (the previous sentence is lower-cased only once a definite noun is found)
  let prev: string | null = null;
  const re = /\b[Tt]he ([a-z]{4,})\b(?! (?:of|that|which|who|whose|in|for)\b)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    prev ??= prevText.toLowerCase();
    // the noun at the start of a word of the previous sentence ("appeal" in "appealed")
    if (nounUsedIn(prev, m[1]!)) return true;
  }
  return false;
}

function contextUsable(prevText: string | undefined): boolean {
  return (
    !!prevText &&
    opensFree(prevText) &&
    // ("… The Williams & Wilkins Company pg." before "116.": a reference is no context)
    !isApparatusSentence(prevText)
  );
}

/** The previous sentence opens on nothing that needs the one before it (a pronoun, "Second, …"). */
function opensFree(prevText: string): boolean {
  return (
    // ("Second, …" after "First, …": the list's own lead-in is further back)
    !ENUMERATED.test(prevText) &&
    !/^\s*(he|she|it|its|they|their|we|i|our|his|her)\b/i.test(prevText) &&
    !/^\s*(this|that|these|those)\s+(is|was|are|were|has|have|had|will|would|can|could|may|might|also|,)/i.test(
      prevText,
    )
  );
}

/** Tokens that are words or numbers. */
function wordCount(toks: Tok[]): number {
  let sentWords = 0;
  for (const t of toks) {
    const c = t.v.charCodeAt(0);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) sentWords++;
  }
  return sentWords;
}
