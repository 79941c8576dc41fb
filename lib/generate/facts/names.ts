// Names in a sentence: capitalised chunks with connectors (of/for/and …) typed as people, organisations or places
// (titles "Kazakh President …", head words "Council", gazetteers, first names, speech verbs), acronym definitions
// "Long Name (ACR)" checked by initials, nicknames, facility names and appositives ", the head of …,".
import type { FactKind } from "../types";
import type { Tok } from "../read/nlp";
import {
  EN_STOPWORDS,
  FIRST_NAMES,
  MULTIWORD_PLACES,
  ORG_HEADS,
  PLACE_HEADS,
  PLACES,
  PRONOUNS,
  TITLE_WORDS,
  WEEKDAYS,
} from "../lexicon";
import { NUMERIC_ENTS, isCapTok, mention, tokText, type Mention } from "./mention";
import { describeName } from "./name-surroundings";
import { MONTH_NUM } from "./numbers-dates";
import { isSpaceCode } from "../text/scan";

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const LOWER_START = /^\p{Ll}/u;
const WORD_CHAR = /[\p{L}\d]/u;
const HYPHEN_LOWER = /-\p{Ll}/u;
// (the regexes below are tried for every name: module constants, not literals that make a new RegExp object at each
// evaluation)
const ACRONYM = /^[A-Z][A-Z0-9&]{1,6}$/;
const ROMAN = /^[IVXLC]+$/;
const DEMONYM_WORD = /(ian|ians|ish|ese|kh|khs|ist|ists|ern|ans)$/;
const DEMONYM_OTHER = /(ian|ians|ese|ish|an|ans)$/;
const DEMONYM_PERSON = /(ian|ians|ese|ish|ican|icans|ean|eans)$/;
const US_ABBR = /^U\.?S\.?$/;
const US_UK_LOW = /^u\.s\.?$|^u\.k\.?$/;
const ARTICLE = /^(the|a|an)$/i;
const DIGIT_START = /^\d/;
const POSSESSIVE_TOKEN = /^['’]s?$/;
const FACILITY_WORD = /^(airport|square|stadium|port|station|university|river|lake|mountains|region|province|oblast)$/;

function isAcronym(v: string): boolean {
  return ACRONYM.test(v) && !ROMAN.test(v);
}

const CONNECTORS = new Set(["of", "for", "and", "on", "in", "de", "du", "von", "van", "al", "the"]);

/**
 * The name being read: its token span and what the steps below learn about it. One instance for the module, reset
 * by the steps for every candidate (no allocation per name; extractMentions is not re-entrant).
 */
class NameSpan {
  /** first and last token of the name, last token of the capitalised chunk, last token with a facility word */
  a = 0;
  b = 0;
  j = 0;
  fb = 0;
  /** the chunk joins capitalised words with of/for/and ("Bank of England") */
  hasConn = false;
  acronym: string | undefined = undefined;
  role: string | undefined = undefined;
  text = "";
  /** the name's text before a facility word was added, lowercased; its first and last word and word count */
  lowText = "";
  firstWord = "";
  lastWord = "";
  words = 1;
  e = 0;
  possessive = false;
  modifier = false;
  kind: FactKind = "other";
  strength = 1;
}
const NS = new NameSpan();

/** Proper names of one sentence (people, organisations, places) with titles, acronyms, nicknames and appositives. */
export function nameMentions(doc: string, toks: Tok[], out: Mention[]): void {
  const n = toks.length;
  const firstWord = firstWordIndex(toks);
  let i = 0;
  while (i < n) {
    if (!startsName(toks[i]!, i, firstWord)) {
      i++;
      continue;
    }
    i = readName(doc, toks, i, firstWord, out);
  }
}

/**
 * The index of the first token with a letter or a digit, or -1. An ASCII letter or digit first is known without
 * the Unicode regex (most sentences open with a word); a loop, no closure per sentence.
 */
function firstWordIndex(toks: Tok[]): number {
  for (let i = 0; i < toks.length; i++) {
    const v = toks[i]!.v;
    const c = v.charCodeAt(0);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || WORD_CHAR.test(v)) return i;
  }
  return -1;
}

/** A capitalised word that can start a name (not a number, "I", a stopword, a pronoun or a common sentence opener). */
function startsName(t: Tok, i: number, firstWord: number): boolean {
  if (!isCapTok(t)) return false;
  const low = t.low;
  return !(
    (t.ent && NUMERIC_ENTS.has(t.ent)) ||
    t.v === "I" ||
    (EN_STOPWORDS.has(low) && !isAcronym(t.v)) ||
    PRONOUNS.has(low) ||
    (i === firstWord &&
      t.pos !== "PROPN" &&
      !PLACES.has(low) &&
      !FIRST_NAMES.has(low) &&
      !isAcronym(t.v) &&
      !TITLE_WORDS.has(low))
  );
}

/** Read the name starting at token i; returns the token to continue from. */
function readName(doc: string, toks: Tok[], i: number, firstWord: number, out: Mention[]): number {
  const c = NS;
  chunk(toks, i, c);
  c.a = i;
  c.b = c.j;
  acronymDefinition(toks, c);
  if (c.hasConn && !c.acronym) trimConnectedTail(toks, c);
  // strip leading "The"
  while (c.a <= c.b && toks[c.a]!.low === "the") c.a++;
  if (c.a > c.b) return c.j + 1;
  const nextTok = toks[c.b + 1];
  c.modifier = !!(
    nextTok &&
    (nextTok.v === "-" || nextTok.v === "–") &&
    nextTok.s === toks[c.b]!.e &&
    toks[c.b + 2] &&
    LOWER_START.test(toks[c.b + 2]!.v)
  );
  if (!titlePrefix(doc, toks, c)) return c.j + 1;
  trimAffiliation(toks, c);
  if (!nameText(doc, toks, c)) return c.j + 1;
  if (!nameKind(doc, toks, c)) return c.fb + 1;
  const m = emitName(toks, c, firstWord, out);
  describeName(doc, toks, m, c, firstWord);
  return c.fb + 1;
}

/** The capitalised chunk from token i: capitalised words, hyphens, and connectors between capitals ("Bank of England"). */
function chunk(toks: Tok[], i: number, c: NameSpan): void {
  const n = toks.length;
  let j = i;
  let hasConn = false;
  while (j + 1 < n) {
    const nx = toks[j + 1]!;
    const adjacent = nx.s - toks[j]!.e <= 1;
    if (isCapTok(nx) && adjacent && !(nx.ent && NUMERIC_ENTS.has(nx.ent)) && !PRONOUNS.has(nx.low)) {
      j++;
      continue;
    }
    if (nx.v === "-" && nx.s === toks[j]!.e && toks[j + 2] && isCapTok(toks[j + 2]) && toks[j + 2]!.s === nx.e) {
      j += 2;
      continue;
    }
    const nl = nx.low;
    if (CONNECTORS.has(nl) && nl !== "the" && LOWER_START.test(nx.v)) {
      let k = j + 2;
      if (toks[k] && toks[k]!.v === "the") {
        if (nl === "and") break;
        k++;
      }
      if (
        toks[k] &&
        isCapTok(toks[k]) &&
        !(toks[k]!.ent && NUMERIC_ENTS.has(toks[k]!.ent!)) &&
        !PRONOUNS.has(toks[k]!.low)
      ) {
        hasConn = true;
        j = k;
        continue;
      }
    }
    break;
  }
  c.j = j;
  c.hasConn = hasConn;
}

/**
 * "Senator Robert Taft of Ohio", "Edward R. Murrow of CBS": a person's name (after a title or from a first name) ends
 * before "of" and where or whom they are from; what follows is read as a name of its own.
 */
function trimAffiliation(toks: Tok[], c: NameSpan): void {
  if (!c.role && !FIRST_NAMES.has(toks[c.a]!.low)) return;
  for (let k = c.a + 2; k < c.b; k++) {
    if (toks[k]!.low !== "of") continue;
    if (ORG_HEADS.has(toks[k - 1]!.low) || PLACE_HEADS.has(toks[k - 1]!.low)) return;
    c.b = k - 1;
    c.j = k - 1;
    return;
  }
}

/** "Long Name (ACR)": the name starts at the capital word whose initials spell the acronym. */
function acronymDefinition(toks: Tok[], c: NameSpan): void {
  c.acronym = undefined;
  const b = c.b;
  if (!(toks[b + 1]?.v === "(" && toks[b + 2] && isAcronym(toks[b + 2]!.v) && toks[b + 3]?.v === ")")) return;
  const acr = toks[b + 2]!.v;
  const caps: number[] = [];
  for (let k = c.a; k <= b; k++) if (isCapTok(toks[k])) caps.push(k);
  // walk back so the first capital word starts with the acronym's first letter
  let startIdx = -1;
  for (let q = 0; q < caps.length; q++) {
    if (toks[caps[q]!]!.v[0] === acr[0]) {
      const initials = caps
        .slice(q)
        .map((k) => toks[k]!.v[0])
        .join("");
      let p = 0;
      for (const ch of initials) if (ch === acr[p]) p++;
      if (p === acr.length) {
        startIdx = caps[q]!;
        break;
      }
    }
  }
  if (startIdx >= 0) {
    c.a = startIdx;
    c.acronym = acr;
  }
}

/** "Kazakhstan and Russia": a chunk joined by and/on/in that does not end like an organisation is cut at the connector. */
function trimConnectedTail(toks: Tok[], c: NameSpan): void {
  const lastLow = toks[c.b]!.low;
  if (ORG_HEADS.has(lastLow)) return;
  for (let k = c.a + 1; k <= c.b; k++) {
    const kl = toks[k]!.low;
    if (kl === "and" || kl === "on" || kl === "in") {
      c.b = k - 1;
      break;
    }
  }
}

/** era and unit abbreviations are no organisations ("2000 BCE", "AD 79") */
const ERA = /^(?:BCE|CE|BC|AD|BP|MYA|GMT|UTC)$/;

/** title words that are common nouns too ("Head Start", "State Street", "Leader Price") */
const AMBIGUOUS_TITLES =
  /^(?:head|state|leader|chair|chief|former|general|officer|coach|foreign|interior|finance|defense|defence)$/i;

/** Title prefix: "U.S. Secretary of State Antony Blinken", "Kazakh President Tokayev"; false for a bare title. */
function titlePrefix(doc: string, toks: Tok[], c: NameSpan): boolean {
  c.role = undefined;
  const b = c.b;
  let lastTitle = -1;
  for (let k = c.a; k <= b; k++) {
    const low = toks[k]!.low;
    if (TITLE_WORDS.has(low.endsWith(".") ? low.slice(0, -1) : low)) lastTitle = k;
  }
  const lastLow = toks[b]!.low;
  if (lastTitle >= c.a && lastTitle < b && !ORG_HEADS.has(lastLow) && !PLACE_HEADS.has(lastLow)) {
    // "Head Start", "Chief Joseph"? a title word that is also a common noun names a person only before a full name
    const lone = b === lastTitle + 1 && lastTitle === c.a;
    if (lone && AMBIGUOUS_TITLES.test(toks[lastTitle]!.v) && !FIRST_NAMES.has(lastLow)) return false;
    c.role = tokText(doc, toks, c.a, lastTitle, 0);
    c.a = lastTitle + 1;
    while (c.a <= b && CONNECTORS.has(toks[c.a]!.low)) c.a++;
    if (c.a > b) return false;
  } else if (lastTitle === b && b - c.a <= 3 && !ORG_HEADS.has(lastLow)) {
    return false; // a bare title ("Prime Minister")
  }
  return true;
}

/** The name's text without a possessive; false for hyphenated modifiers ("Russia-led") and a bare head word. */
function nameText(doc: string, toks: Tok[], c: NameSpan): boolean {
  const a = c.a;
  const b = c.b;
  const ta = toks[a]!;
  // a one-token name in wink's own spelling is that token's text, and its lower case is the token's (made once per
  // word): no slice and no toLowerCase per name
  const ownWord = a === b && ta.lex >= 0;
  let text = ownWord ? ta.v : tokText(doc, toks, a, b, 0);
  let e = toks[b]!.e;
  let possessive = false;
  const pl = possessiveLength(text);
  if (pl > 0 && text.length - pl > 1) {
    text = text.slice(0, text.length - pl);
    e -= pl;
    possessive = true;
  }
  c.text = text;
  c.e = e;
  c.possessive = possessive;
  const lowText = ownWord && !possessive ? ta.low : text.toLowerCase();
  c.lowText = lowText;
  if (text.includes("-")) {
    if (HYPHEN_LOWER.test(text) && !PLACES.has(lowText)) return false;
    if (!PLACES.has(lowText) && lowText.split("-").some((x) => PLACES.has(x))) return false;
  }
  if (a === b && (ORG_HEADS.has(lowText) || PLACE_HEADS.has(lowText) || TITLE_WORDS.has(lowText))) return false;
  return true;
}

function isQuoteCode(ch: number): boolean {
  return ch === 0x27 || ch === 0x2019;
}

/**
 * The length of what /\s?['’]s?$/ matches at the end of `text` (0: no match), read from its last three characters
 * (the regex, anchored only at the end, was tried from every position of every name).
 */
function possessiveLength(text: string): number {
  const n = text.length;
  let q = n - 1;
  if (q >= 1 && text.charCodeAt(q) === 0x73 && isQuoteCode(text.charCodeAt(q - 1))) q--;
  else if (q < 0 || !isQuoteCode(text.charCodeAt(q))) return 0;
  return q >= 1 && isSpaceCode(text.charCodeAt(q - 1)) ? n - q + 1 : n - q;
}

/**
 * The first and last word of the lower-cased name and how many words it has, as lowText.split(/\s+/) gives them,
 * without the regex split and its array (most names are one word: then no string is made at all).
 */
function nameWords(c: NameSpan): void {
  const s = c.lowText;
  const n = s.length;
  let count = 1;
  let firstEnd = -1;
  let lastStart = 0;
  let i = 0;
  while (i < n) {
    if (!isSpaceCode(s.charCodeAt(i))) {
      i++;
      continue;
    }
    if (firstEnd < 0) firstEnd = i;
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    count++;
    lastStart = i;
  }
  c.words = count;
  c.firstWord = firstEnd < 0 ? s : s.slice(0, firstEnd);
  c.lastWord = lastStart === 0 ? s : s.slice(lastStart);
}

/**
 * The kind of the name (person, organisation, place or other) and how sure we are; false for demonyms, adjectives,
 * weekdays and months. A place used as an adjective ("many Washington experts") becomes a modifier.
 */
function nameKind(doc: string, toks: Tok[], c: NameSpan): boolean {
  const a = c.a;
  const b = c.b;
  const lowText = c.lowText;
  nameWords(c);
  const last = c.lastWord;
  facilityName(doc, toks, c);
  if (c.kind === "other") kindFromWords(toks, c);
  // demonyms and adjectives ("Kazakh", "Russians", "Western") are not entities
  if (a === b && c.kind === "other") {
    const w = toks[a]!;
    if (w.pos === "ADJ" || DEMONYM_WORD.test(w.low) || WEEKDAYS.has(w.low)) return false;
  }
  if (a === b && MONTH_NUM.has(lowText)) return false;
  if (c.kind === "other" || (c.kind === "person" && c.strength === 1)) {
    if ((c.kind === "other" ? DEMONYM_OTHER : DEMONYM_PERSON).test(last) && !FIRST_NAMES.has(c.firstWord)) return false;
  }
  // a place used as an adjective before a common noun ("many Washington experts", "the U.S. interest") is not
  // what the sentence is about: it stays in the registry but is not asked; nor is a name so used ("the strict Jim Crow
  // laws", "the Reagan administration": people offered as its options give it away)
  const afterName = toks[c.fb + 1];
  // (a noun that takes an object is a verb wink tagged as a noun: "Jeremy Iversen details his experience")
  const objectPos = toks[c.fb + 2]?.pos;
  const objectNext = objectPos === "DET" || objectPos === "PRON";
  if (
    (c.kind === "place" || (c.kind === "person" && !objectNext)) &&
    afterName &&
    afterName.pos === "NOUN" &&
    LOWER_START.test(afterName.v) &&
    afterName.s - c.e <= 1
  )
    c.modifier = true;
  return true;
}

/** Facility extension: "Almaty international airport" is a place (the kind is "other" until a rule decides). */
function facilityName(doc: string, toks: Tok[], c: NameSpan): void {
  c.kind = "other";
  c.strength = 1;
  c.fb = c.b;
  let k = c.b + 1;
  if (toks[k] && toks[k]!.pos === "ADJ" && LOWER_START.test(toks[k]!.v)) k++;
  if (toks[k] && FACILITY_WORD.test(toks[k]!.v)) {
    c.fb = k;
    c.kind = "place";
    c.strength = 2;
    c.text = tokText(doc, toks, c.a, k, 0);
    c.e = toks[k]!.e;
  }
}

/** Kind from the words of the name: gazetteers, acronyms, head words (Council, Bank, Province), titles, first names. */
function kindFromWords(toks: Tok[], c: NameSpan): void {
  const a = c.a;
  const b = c.b;
  const lowText = c.lowText;
  const last = c.lastWord;
  const words = c.words;
  if (MULTIWORD_PLACES.has(lowText)) {
    c.kind = "place";
    c.strength = 2;
  } else if (
    c.acronym ||
    ORG_HEADS.has(last) ||
    (isAcronym(toks[a]!.v) && a === b && !US_ABBR.test(c.text) && !ERA.test(c.text))
  ) {
    c.kind = "org";
    c.strength = 2;
  } else if (PLACES.has(lowText) || MULTIWORD_PLACES.has(lowText) || PLACE_HEADS.has(last) || US_UK_LOW.test(lowText)) {
    c.kind = "place";
    c.strength = 2;
  } else if (c.role) {
    c.kind = "person";
    c.strength = 2;
  } else if (words >= 2 && FIRST_NAMES.has(c.firstWord)) {
    c.kind = "person";
    c.strength = 2;
  } else if (
    words >= 2 &&
    words <= 3 &&
    allProperOrHyphen(toks, a, b) &&
    !(a > 0 && ARTICLE.test(toks[a - 1]!.v)) &&
    !(
      toks[b + 1] &&
      (DIGIT_START.test(toks[b + 1]!.v) || (toks[b + 1]!.pos === "NOUN" && LOWER_START.test(toks[b + 1]!.v)))
    )
  ) {
    c.kind = "person";
    c.strength = 1;
  }
}

/** Is every token of a..b a proper noun or a hyphen? (a loop: no slice and closure per name) */
function allProperOrHyphen(toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (toks[k]!.pos !== "PROPN" && toks[k]!.v !== "-") return false;
  return true;
}

/** The mention of the name (and of its acronym, "Long Name (ACR)", as a second organisation mention). */
function emitName(toks: Tok[], c: NameSpan, firstWord: number, out: Mention[]): Mention {
  const a = c.a;
  const m = mention(toks[a]!.s, c.e, c.text, c.kind, a, c.fb);
  m.role = c.role;
  m.acronym = c.acronym;
  m.strength = c.strength;
  m.modifier = c.modifier;
  if (a === firstWord && a === c.b) m.initial = true;
  const pt = toks[c.fb + 1];
  if (c.possessive || (pt && POSSESSIVE_TOKEN.test(pt.v) && pt.s === c.e)) m.possessive = true;
  out.push(m);
  if (c.acronym) {
    const at = toks[c.b + 2]!;
    const am = mention(at.s, at.e, at.v, "org", c.b + 2, c.b + 2);
    am.strength = 2;
    am.acronym = c.acronym;
    out.push(am);
  }
  return m;
}
