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
  SPEECH_VERBS,
  TITLE_WORDS,
  WEEKDAYS,
} from "../lexicon";
import { NUMERIC_ENTS, isCapTok, mention, type Mention } from "./mention";
import { MONTH_NUM } from "./numbers-dates";
import { isSpaceCode } from "../text/scan";

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const LOWER_START = /^\p{Ll}/u;
const WORD_CHAR = /[\p{L}\d]/u;
const HYPHEN_LOWER = /-\p{Ll}/u;

/** a word that can head a role description ("the head of ...", "a close ally of ...") */
function roleish(x: Tok | undefined): boolean {
  return !!x && (TITLE_WORDS.has(x.low) || /^(partner|ally|leader|founder|member|architect|author|head)$/.test(x.low));
}

function isAcronym(v: string): boolean {
  return /^[A-Z][A-Z0-9&]{1,6}$/.test(v) && !/^[IVXLC]+$/.test(v);
}

function tokText(text: string, toks: Tok[], a: number, b: number, base: number): string {
  return text.slice(toks[a]!.s - base, toks[b]!.e - base);
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
  /** the name's text before a facility word was added, lowercased */
  lowText = "";
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
  const firstWord = toks.findIndex((t) => WORD_CHAR.test(t.v));
  let i = 0;
  while (i < n) {
    if (!startsName(toks[i]!, i, firstWord)) {
      i++;
      continue;
    }
    i = readName(doc, toks, i, firstWord, out);
  }
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
    /^[-–]$/.test(nextTok.v) &&
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
  let text = tokText(doc, toks, a, b, 0);
  let e = toks[b]!.e;
  let possessive = false;
  const pm = /\s?['’]s?$/.exec(text);
  if (pm && text.length - pm[0].length > 1) {
    text = text.slice(0, text.length - pm[0].length);
    e -= pm[0].length;
    possessive = true;
  }
  c.text = text;
  c.e = e;
  c.possessive = possessive;
  const lowText = text.toLowerCase();
  c.lowText = lowText;
  if (text.includes("-")) {
    if (HYPHEN_LOWER.test(text) && !PLACES.has(lowText)) return false;
    if (!PLACES.has(lowText) && lowText.split("-").some((x) => PLACES.has(x))) return false;
  }
  if (a === b && (ORG_HEADS.has(lowText) || PLACE_HEADS.has(lowText) || TITLE_WORDS.has(lowText))) return false;
  return true;
}

/**
 * The kind of the name (person, organisation, place or other) and how sure we are; false for demonyms, adjectives,
 * weekdays and months. A place used as an adjective ("many Washington experts") becomes a modifier.
 */
function nameKind(doc: string, toks: Tok[], c: NameSpan): boolean {
  const a = c.a;
  const b = c.b;
  const lowText = c.lowText;
  const ws = lowText.split(/\s+/);
  const last = ws[ws.length - 1]!;
  facilityName(doc, toks, c);
  if (c.kind === "other") kindFromWords(toks, c, ws, last);
  // demonyms and adjectives ("Kazakh", "Russians", "Western") are not entities
  if (a === b && c.kind === "other") {
    const w = toks[a]!;
    if (w.pos === "ADJ" || /(ian|ians|ish|ese|kh|khs|ist|ists|ern|ans)$/.test(w.low) || WEEKDAYS.has(w.low))
      return false;
  }
  if (a === b && MONTH_NUM.has(lowText)) return false;
  if (c.kind === "other" || (c.kind === "person" && c.strength === 1)) {
    if (
      (c.kind === "other" ? /(ian|ians|ese|ish|an|ans)$/ : /(ian|ians|ese|ish|ican|icans|ean|eans)$/).test(last) &&
      !FIRST_NAMES.has(ws[0]!)
    )
      return false;
  }
  // a place used as an adjective before a common noun ("many Washington experts", "the U.S. interest") is not
  // what the sentence is about: it stays in the registry but is not asked; nor is a name so used ("the strict Jim Crow
  // laws", "the Reagan administration": people offered as its options give it away)
  const afterName = toks[c.fb + 1];
  // (a noun that takes an object is a verb wink tagged as a noun: "Jeremy Iversen details his experience")
  const objectNext = /^(?:DET|PRON)$/.test(toks[c.fb + 2]?.pos ?? "");
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
  if (
    toks[k] &&
    /^(airport|square|stadium|port|station|university|river|lake|mountains|region|province|oblast)$/.test(toks[k]!.v)
  ) {
    c.fb = k;
    c.kind = "place";
    c.strength = 2;
    c.text = tokText(doc, toks, c.a, k, 0);
    c.e = toks[k]!.e;
  }
}

/** Kind from the words of the name: gazetteers, acronyms, head words (Council, Bank, Province), titles, first names. */
function kindFromWords(toks: Tok[], c: NameSpan, ws: string[], last: string): void {
  const a = c.a;
  const b = c.b;
  const lowText = c.lowText;
  if (MULTIWORD_PLACES.has(lowText)) {
    c.kind = "place";
    c.strength = 2;
  } else if (
    c.acronym ||
    ORG_HEADS.has(last) ||
    (isAcronym(toks[a]!.v) && a === b && !/^U\.?S\.?$/.test(c.text) && !ERA.test(c.text))
  ) {
    c.kind = "org";
    c.strength = 2;
  } else if (
    PLACES.has(lowText) ||
    MULTIWORD_PLACES.has(lowText) ||
    PLACE_HEADS.has(last) ||
    /^u\.s\.?$|^u\.k\.?$/.test(lowText)
  ) {
    c.kind = "place";
    c.strength = 2;
  } else if (c.role) {
    c.kind = "person";
    c.strength = 2;
  } else if (ws.length >= 2 && FIRST_NAMES.has(ws[0]!)) {
    c.kind = "person";
    c.strength = 2;
  } else if (
    ws.length >= 2 &&
    ws.length <= 3 &&
    toks.slice(a, b + 1).every((x) => x.pos === "PROPN" || x.v === "-") &&
    !(a > 0 && /^(the|a|an)$/i.test(toks[a - 1]!.v)) &&
    !(toks[b + 1] && (/^\d/.test(toks[b + 1]!.v) || (toks[b + 1]!.pos === "NOUN" && LOWER_START.test(toks[b + 1]!.v))))
  ) {
    c.kind = "person";
    c.strength = 1;
  }
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
  if (c.possessive || (pt && /^['’]s?$/.test(pt.v) && pt.s === c.e)) m.possessive = true;
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

/** What the words around a name say about it: a role noun before it, a speech verb, a nickname, an appositive. */
function describeName(doc: string, toks: Tok[], m: Mention, c: NameSpan, firstWord: number): void {
  const a = c.a;
  const fb = c.fb;
  // role from a lowercase noun right before the name: "Kazakh analyst Aiman Zhussupova"
  if (
    !m.role &&
    a >= 1 &&
    toks[a - 1]!.pos === "NOUN" &&
    LOWER_START.test(toks[a - 1]!.v) &&
    TITLE_WORDS.has(toks[a - 1]!.low)
  ) {
    let ra = a - 1;
    while (ra - 1 >= 0 && (toks[ra - 1]!.pos === "ADJ" || (toks[ra - 1]!.pos === "PROPN" && ra - 1 !== firstWord)))
      ra--;
    m.role = tokText(doc, toks, ra, a - 1, 0);
    if (m.kind === "other" || m.strength === 1) {
      m.kind = "person";
      m.strength = 2;
    }
  }
  // speech verbs next to a name mark a person
  const after = toks[fb + 1];
  const before = toks[a - 1];
  if (
    (m.kind === "other" || m.kind === "person") &&
    ((after && SPEECH_VERBS.has(after.low)) ||
      (before && SPEECH_VERBS.has(before.low) && (c.role || m.kind === "person")))
  ) {
    if (m.kind === "other" && a === c.b && !PLACES.has(c.lowText)) {
      m.kind = "person";
      m.strength = 1;
    }
  }
  // nicknames: Nazarbayev – "Elbasi" or "Father of the Nation"
  // (only where a dash follows the name, after white space: most names have none, and then no slice or regex)
  if (dashAfter(doc, c.e)) {
    const rest = doc.slice(c.e, Math.min(doc.length, c.e + 80));
    const nm = NICKNAME.exec(rest);
    if (nm) m.nick = [nm[1]!, nm[2]].filter((x): x is string => !!x);
  }
  appositive(doc, toks, m, c.acronym ? c.b + 4 : fb + 1);
}

const NICKNAME = /^\s*[–—-]\s*[“"]([^”"]{2,40})[”"](?:\s+or\s+[“"]([^”"]{2,40})[”"])?/;

/** Is the first character at or after `at` that is no white space (\s) a dash (–, — or -) within the next 80? */
function dashAfter(doc: string, at: number): boolean {
  const end = Math.min(doc.length, at + 80);
  let i = at;
  while (i < end && isSpaceCode(doc.charCodeAt(i))) i++;
  if (i >= end) return false;
  const c = doc.charCodeAt(i);
  return c === 0x2d || c === 0x2013 || c === 0x2014;
}

/** An appositive after the name at token k: ", a Russia-led security alliance," / ", the head of ..., has". */
function appositive(doc: string, toks: Tok[], m: Mention, k: number): void {
  const n = toks.length;
  if (toks[k]?.v !== ",") return;
  const st = k + 1;
  const f = toks[st];
  const okStart =
    f &&
    LOWER_START.test(f.v) &&
    (/^(a|an|former|one)$/.test(f.v) ||
      (f.v === "the" && (roleish(toks[st + 1]) || roleish(toks[st + 2]) || roleish(toks[st + 3]))));
  if (!okStart) return;
  let q = st;
  while (q < n && toks[q]!.v !== "," && toks[q]!.v !== "." && toks[q]!.v !== ";" && toks[q]!.v !== "—" && q - st < 20)
    q++;
  if (q < n && q - st >= 2 && q - st < 20 && toks[q]!.v !== ";") {
    m.desc = tokText(doc, toks, st, q - 1, 0);
    if (m.kind === "other" && TITLE_WORDS.has((toks[q - 1]!.v || "").toLowerCase())) {
      m.kind = "person";
      m.strength = 2;
    }
  }
}
