// Per-sentence fact extraction: names (people, organisations, places), dates, numbers with units,
// roles, acronyms with descriptions, causes, quotes and predicate nouns. Everything is linear in the tokens.
import type { FactKind } from "./types";
import type { Tok } from "./read/nlp";
import {
  EN_STOPWORDS, FIRST_NAMES, MONTHS, MULTIWORD_PLACES, ORG_HEADS, PLACE_HEADS, PLACES, PRONOUNS, SPEECH_VERBS, TITLE_WORDS,
  TRIVIA_ANSWERS, WEEKDAYS,
} from "./lexicon";
import { normAnswer } from "./text/words";

export type Gran = "day" | "month" | "year" | "decade";

export interface Mention {
  s: number;
  e: number;
  text: string;
  kind: FactKind;
  ts: number;
  te: number;
  role?: string;
  desc?: string;
  acronym?: string;
  possessive?: boolean;
  unit?: string;
  gran?: Gran;
  value?: number;
  /** date/number format signature used to keep distractors in the same form */
  format?: string;
  month?: number;
  day?: number;
  year?: number;
  nick?: string[];
  /** kind evidence strength: 2 strong (title, head word, gazetteer), 1 weak */
  strength?: number;
  /** single capitalised word at the start of a sentence (may be a common word) */
  initial?: boolean;
  /** a name-like mention used as a modifier ("Russia-led") */
  modifier?: boolean;
}

/** A mention with every field present, in one order: all mentions share one hidden class (monomorphic reads). */
function mention(s: number, e: number, text: string, kind: FactKind, ts: number, te: number): Mention {
  return {
    s, e, text, kind, ts, te, role: undefined, desc: undefined, acronym: undefined, possessive: undefined, unit: undefined, gran: undefined,
    value: undefined, format: undefined, month: undefined, day: undefined, year: undefined, nick: undefined, strength: undefined,
    initial: undefined, modifier: undefined,
  };
}

function dateMention(s: number, e: number, text: string, ts: number, te: number, d: NonNullable<ReturnType<typeof parseDate>>): Mention {
  const m = mention(s, e, text, "date", ts, te);
  m.gran = d.gran;
  m.format = d.format;
  m.month = d.month;
  m.day = d.day;
  m.year = d.year;
  return m;
}

/** month name -> number as a Map (a plain-object lookup with arbitrary words is slow and sees "constructor") */
const MONTH_NUM = new Map<string, number>(Object.entries(MONTHS));
const CONNECTORS = new Set(["of", "for", "and", "on", "in", "de", "du", "von", "van", "al", "the"]);
const NUMERIC_ENTS = new Set(["DATE", "CARDINAL", "MONEY", "PERCENT", "ORDINAL", "DURATION", "TIME"]);
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const WORD_NUM: Record<string, number> = {
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const NUM_MODIFIERS = new Set(["about", "around", "roughly", "approximately", "nearly", "almost", "over", "some", "than", "least", "to", "up"]);

export function singular(w: string): string {
  if (/ies$/.test(w)) return w.slice(0, -3) + "y";
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(ches|shes|xes|ses)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}

export function isCapTok(t: Tok | undefined): boolean {
  if (!t) return false;
  const c = t.v.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = t.v.charAt(0);
  return ch !== ch.toLowerCase();
}

/** a word that can head a role description ("the head of ...", "a close ally of ...") */
function roleish(x: Tok | undefined): boolean {
  return !!x && (TITLE_WORDS.has(x.v.toLowerCase()) || /^(partner|ally|leader|founder|member|architect|author|head)$/.test(x.v.toLowerCase()));
}

function isAcronym(v: string): boolean {
  return /^[A-Z][A-Z0-9&]{1,6}$/.test(v) && !/^[IVXLC]+$/.test(v);
}

export function parseDate(raw: string): Pick<Mention, "gran" | "format" | "month" | "day" | "year"> | null {
  const t = raw.trim().replace(/^(the|early|late|mid|on|in|since|by)[\s-]+/i, "").replace(/\s+/g, " ");
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})s$/.exec(t))) return { gran: "decade", format: "decade", year: +m[1]! };
  if ((m = /^(\d{4})$/.exec(t))) {
    const y = +m[1]!;
    if (y >= 1000 && y <= 2100) return { gran: "year", format: "Y", year: y };
    return null;
  }
  if ((m = /^([A-Za-z]+)(\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/.exec(t))) {
    const mo = MONTH_NUM.get(m[1]!.toLowerCase());
    if (!mo) return null;
    const abbr = m[2] === "." || m[1]!.length <= 4 && m[1]!.toLowerCase() !== "may" && m[1]!.toLowerCase() !== "june" && m[1]!.toLowerCase() !== "july";
    return { gran: "day", format: (abbr ? "Md" : "MD") + (m[4] ? "Y" : ""), month: mo, day: +m[3]!, year: m[4] ? +m[4] : undefined };
  }
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)(?:,?\s+(\d{4}))?$/.exec(t))) {
    const mo = MONTH_NUM.get(m[2]!.toLowerCase());
    if (!mo) return null;
    return { gran: "day", format: "DM" + (m[3] ? "Y" : ""), month: mo, day: +m[1]!, year: m[3] ? +m[3] : undefined };
  }
  if ((m = /^([A-Za-z]+),?\s+(\d{4})$/.exec(t))) {
    const mo = MONTH_NUM.get(m[1]!.toLowerCase());
    if (!mo) return null;
    return { gran: "month", format: "MY", month: mo, year: +m[2]! };
  }
  return null;
}

export interface ParsedNumber {
  value: number;
  format: string;
}

export function parseNumber(raw: string): ParsedNumber | null {
  const t = raw.trim().toLowerCase();
  const m = /^([$€£]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(thousand|million|billion|trillion))?(\s*(?:%|percent|per cent))?$/.exec(t);
  if (m) {
    const base = parseFloat((m[2]! + (m[3] ? "." + m[3] : "")).replace(/,/g, ""));
    const scale = m[4] ? SCALE[m[4]]! : 1;
    const fmt = [m[1] || "", m[2]!.includes(",") ? "," : "", m[3] ? "." + m[3].length : "", m[4] || "", m[5] ? "%" + m[5].trim() : ""].join("|");
    return { value: base * scale, format: fmt };
  }
  const w = WORD_NUM[t];
  if (w) return { value: w, format: "word" };
  return null;
}

export interface SentenceAnalysis {
  mentions: Mention[];
}

function tokText(text: string, toks: Tok[], a: number, b: number, base: number): string {
  return text.slice(toks[a]!.s - base, toks[b]!.e - base);
}

/** Extract typed mentions from one sentence. `text` is the document text, `base` 0. */
export function extractMentions(doc: string, toks: Tok[]): Mention[] {
  const out: Mention[] = [];
  const n = toks.length;
  const firstWord = toks.findIndex((t) => /[\p{L}\d]/u.test(t.v));
  // ---- numbers and dates from wink entities
  let i = 0;
  while (i < n) {
    const t = toks[i]!;
    if (!t.ent || !NUMERIC_ENTS.has(t.ent)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && toks[j + 1]!.entId === t.entId) j++;
    const type = t.ent;
    // "About 12,000", "more than 160": keep the modifier out of the answer
    while (i < j && /^(about|around|roughly|approximately|nearly|almost|over|some|more|less|fewer|than|up|to|at|least|only|just|the|since|until|from|by|in|on|early|late)$/i.test(toks[i]!.v)) i++;
    if (toks[i] !== t) { const t2 = toks[i]!; if (!t2.ent) { i = j + 1; continue; } }
    const t0 = toks[i]!;
    const text = doc.slice(t0.s, toks[j]!.e);
    const prev = toks[i - 1];
    const next = toks[j + 1];
    // a money range written with two amounts ("$2-$3 billion") is one answer; it is asked as a cloze (no made-up ranges)
    if (type === "MONEY" && next && /^[-–]$/.test(next.v) && next.s === toks[j]!.e) {
      const t2 = toks[j + 2];
      if (t2 && t2.s === next.e && t2.ent === "MONEY" && t2.entId !== t.entId) {
        let k1 = j + 2;
        while (k1 + 1 < n && toks[k1 + 1]!.entId === t2.entId) k1++;
        const hi = parseNumber(doc.slice(t2.s, toks[k1]!.e));
        if (hi && hi.value >= 2 && !(toks[k1 + 1] && /^[-–—]$/.test(toks[k1 + 1]!.v))) {
          const rm = mention(t0.s, toks[k1]!.e, doc.slice(t0.s, toks[k1]!.e), "money", i, k1);
          rm.value = hi.value;
          rm.format = "range";
          out.push(rm);
        }
        i = k1 + 1;
        continue;
      }
    }
    const isRange = (next && /^[-–—]$/.test(next.v) && toks[j + 2] && /^[\d$]/.test(toks[j + 2]!.v)) || (prev && /^[-–—]$/.test(prev.v));
    if (!isRange) {
      if (type === "DATE" || (type === "DURATION" && /^\d{4}$/.test(text))) {
        const d = parseDate(text);
        if (d && !WEEKDAYS.has(text.toLowerCase())) out.push(dateMention(t0.s, toks[j]!.e, text, i, j, d));
      } else if (type === "CARDINAL" || type === "MONEY" || type === "PERCENT") {
        const d = type === "CARDINAL" ? parseDate(text) : null;
        const prevLow = prev?.v.toLowerCase() ?? "";
        const yearCtx = ["in", "since", "by", "of", "from", "until", "before", "after", "during", "the", "its", "a", "early", "late"].includes(prevLow)
          || (next && next.pos === "NOUN" && !/s$/.test(next.v));
        if (d && d.gran === "year" && yearCtx && !text.includes(",")) {
          out.push(dateMention(t0.s, toks[j]!.e, text, i, j, d));
        } else {
          const p = parseNumber(text);
          const identifier = prev && isCapTok(prev) && prev.pos !== "ADP" && !EN_STOPWORDS.has(prevLow) && i > 0;
          if (p && !identifier && (p.value >= 2 || p.format.includes("%")) && !(next && /^(st|nd|rd|th)$/i.test(next.v))) {
            // unit: optional adjectives then a noun
            let k = j + 1;
            let unit: string | undefined;
            let unitEnd = j;
            let guard = 0;
            while (k < n && guard < 3 && toks[k]!.pos === "ADJ" && /^\p{Ll}/u.test(toks[k]!.v)) { k++; guard++; }
            if (k < n && toks[k]!.pos === "NOUN" && /^\p{Ll}/u.test(toks[k]!.v)) {
              unit = singular(toks[k]!.v.toLowerCase());
              unitEnd = k;
            }
            if (p.format.includes("%")) unit = "percent";
            const isMoney = type === "MONEY" || /^[$€£]/.test(text) || (unit && /^(dollar|euro|pound|tenge|ruble|rouble|yuan)s?$/.test(unit));
            if (unit === "year" || unit === "day" || unit === "month" || unit === "week" || unit === "hour") {
              // durations are kept but weaker ("three days")
            }
            const nm = mention(t0.s, toks[j]!.e, text, isMoney ? "money" : "number", i, j);
            nm.value = p.value;
            nm.format = p.format;
            nm.unit = unit;
            nm.desc = unitEnd > j ? doc.slice(toks[j + 1]!.s, toks[unitEnd]!.e) : undefined;
            out.push(nm);
          }
        }
      }
    }
    i = j + 1;
  }
  // ---- proper-name chunks
  i = 0;
  while (i < n) {
    const t = toks[i]!;
    if (!isCapTok(t)) {
      i++;
      continue;
    }
    const low = t.v.toLowerCase();
    if ( (t.ent && NUMERIC_ENTS.has(t.ent)) || t.v === "I" || (EN_STOPWORDS.has(low) && !isAcronym(t.v))
      || PRONOUNS.has(low) || (i === firstWord && t.pos !== "PROPN" && !PLACES.has(low) && !FIRST_NAMES.has(low) && !isAcronym(t.v) && !TITLE_WORDS.has(low))) {
      i++;
      continue;
    }
    let j = i;
    let hasConn = false;
    while (j + 1 < n) {
      const nx = toks[j + 1]!;
      const adjacent = nx.s - toks[j]!.e <= 1;
      if (isCapTok(nx) && adjacent && !(nx.ent && NUMERIC_ENTS.has(nx.ent)) && !PRONOUNS.has(nx.v.toLowerCase())) { j++; continue; }
      if (nx.v === "-" && nx.s === toks[j]!.e && toks[j + 2] && isCapTok(toks[j + 2]) && toks[j + 2]!.s === nx.e) { j += 2; continue; }
      const nl = nx.v.toLowerCase();
      if (CONNECTORS.has(nl) && nl !== "the" && /^\p{Ll}/u.test(nx.v)) {
        let k = j + 2;
        if (toks[k] && toks[k]!.v === "the") {
          if (nl === "and") break;
          k++;
        }
        if (toks[k] && isCapTok(toks[k]) && !(toks[k]!.ent && NUMERIC_ENTS.has(toks[k]!.ent!)) && !PRONOUNS.has(toks[k]!.v.toLowerCase())) {
          hasConn = true;
          j = k;
          continue;
        }
      }
      break;
    }
    let a = i;
    let b = j;
    // acronym definition "Long Name (ACR)"
    let acronym: string | undefined;
    if (toks[b + 1]?.v === "(" && toks[b + 2] && isAcronym(toks[b + 2]!.v) && toks[b + 3]?.v === ")") {
      const acr = toks[b + 2]!.v;
      const caps: number[] = [];
      for (let k = a; k <= b; k++) if (isCapTok(toks[k]) ) caps.push(k);
      // walk back so the first capital word starts with the acronym's first letter
      let startIdx = -1;
      for (let c = 0; c < caps.length; c++) {
        if (toks[caps[c]!]!.v[0] === acr[0]) {
          const initials = caps.slice(c).map((k) => toks[k]!.v[0]).join("");
          let p = 0;
          for (const ch of initials) if (ch === acr[p]) p++;
          if (p === acr.length) { startIdx = caps[c]!; break; }
        }
      }
      if (startIdx >= 0) { a = startIdx; acronym = acr; }
    }
    if (hasConn && !acronym) {
      const lastLow = toks[b]!.v.toLowerCase();
      if (!ORG_HEADS.has(lastLow)) {
        for (let k = a + 1; k <= b; k++) {
          const kl = toks[k]!.v.toLowerCase();
          if (kl === "and" || kl === "on" || kl === "in") { b = k - 1; break; }
        }
      }
    }
    // strip leading "The"
    while (a <= b && toks[a]!.v.toLowerCase() === "the") a++;
    if (a > b) { i = j + 1; continue; }
    const nextTok = toks[b + 1];
    let modifier = !!(nextTok && /^[-–]$/.test(nextTok.v) && nextTok.s === toks[b]!.e && toks[b + 2] && /^\p{Ll}/u.test(toks[b + 2]!.v));
    // title prefix: "U.S. Secretary of State Antony Blinken", "Kazakh President Tokayev"
    let role: string | undefined;
    let lastTitle = -1;
    for (let k = a; k <= b; k++) {
      const kl = toks[k]!.v.toLowerCase().replace(/\.$/, "");
      if (TITLE_WORDS.has(kl)) lastTitle = k;
    }
    const lastLow = toks[b]!.v.toLowerCase();
    if (lastTitle >= a && lastTitle < b && !ORG_HEADS.has(lastLow) && !PLACE_HEADS.has(lastLow)) {
      role = tokText(doc, toks, a, lastTitle, 0);
      a = lastTitle + 1;
      while (a <= b && CONNECTORS.has(toks[a]!.v.toLowerCase())) a++;
      if (a > b) { i = j + 1; continue; }
    } else if (lastTitle === b && b - a <= 3 && !ORG_HEADS.has(lastLow)) {
      i = j + 1; // a bare title ("Prime Minister")
      continue;
    }
    let text = tokText(doc, toks, a, b, 0);
    let e = toks[b]!.e;
    let possessive = false;
    {
      const pm = /\s?['’]s?$/.exec(text);
      if (pm && text.length - pm[0].length > 1) {
        text = text.slice(0, text.length - pm[0].length);
        e -= pm[0].length;
        possessive = true;
      }
    }
    let lowText = text.toLowerCase();
    if (text.includes("-")) {
      if (/-\p{Ll}/u.test(text) && !PLACES.has(lowText)) { i = j + 1; continue; }
      if (!PLACES.has(lowText) && lowText.split("-").some((x) => PLACES.has(x))) { i = j + 1; continue; }
    }
    if (a === b && (ORG_HEADS.has(lowText) || PLACE_HEADS.has(lowText) || TITLE_WORDS.has(lowText))) { i = j + 1; continue; }
    const ws = lowText.split(/\s+/);
    const last = ws[ws.length - 1]!;
    let kind: FactKind = "other";
    let strength = 1;
    // facility extension: "Almaty international airport"
    let fb = b;
    {
      let k = b + 1;
      if (toks[k] && toks[k]!.pos === "ADJ" && /^\p{Ll}/u.test(toks[k]!.v)) k++;
      if (toks[k] && /^(airport|square|stadium|port|station|university|river|lake|mountains|region|province|oblast)$/.test(toks[k]!.v)) {
        fb = k;
        kind = "place";
        strength = 2;
        text = tokText(doc, toks, a, fb, 0);
        e = toks[fb]!.e;
      }
    }
    if (kind === "other") {
      if (MULTIWORD_PLACES.has(lowText)) { kind = "place"; strength = 2; }
      else if (acronym || ORG_HEADS.has(last) || (isAcronym(toks[a]!.v) && a === b && !/^U\.?S\.?$/.test(text))) { kind = "org"; strength = 2; }
      else if (PLACES.has(lowText) || MULTIWORD_PLACES.has(lowText) || PLACE_HEADS.has(last) || /^u\.s\.?$|^u\.k\.?$/.test(lowText)) { kind = "place"; strength = 2; }
      else if (role) { kind = "person"; strength = 2; }
      else if (ws.length >= 2 && FIRST_NAMES.has(ws[0]!)) { kind = "person"; strength = 2; }
      else if (ws.length >= 2 && ws.length <= 3 && toks.slice(a, b + 1).every((x) => x.pos === "PROPN" || x.v === "-")
        && !(a > 0 && /^(the|a|an)$/i.test(toks[a - 1]!.v)) && !(toks[b + 1] && (/^\d/.test(toks[b + 1]!.v) || (toks[b + 1]!.pos === "NOUN" && /^\p{Ll}/u.test(toks[b + 1]!.v))))) { kind = "person"; strength = 1; }
    }
    // demonyms and adjectives ("Kazakh", "Russians", "Western") are not entities
    if (a === b && kind === "other") {
      const w = toks[a]!;
      if (w.pos === "ADJ" || /(ian|ians|ish|ese|kh|khs|ist|ists|ern|ans)$/.test(w.v.toLowerCase()) || WEEKDAYS.has(w.v.toLowerCase())) {
        i = fb + 1;
        continue;
      }
    }
    if (a === b && MONTH_NUM.has(lowText)) { i = fb + 1; continue; }
    if (kind === "other" || (kind === "person" && strength === 1)) {
      if ((kind === "other" ? /(ian|ians|ese|ish|an|ans)$/ : /(ian|ians|ese|ish|ican|icans|ean|eans)$/).test(last) && !FIRST_NAMES.has(ws[0]!)) { i = fb + 1; continue; }
    }
    // a place used as an adjective before a common noun ("many Washington experts", "the U.S. interest") is not
    // what the sentence is about: it stays in the registry but is not asked
    const afterName = toks[fb + 1];
    if (kind === "place" && afterName && afterName.pos === "NOUN" && /^\p{Ll}/u.test(afterName.v) && afterName.s - e <= 1) modifier = true;
    const m = mention(toks[a]!.s, e, text, kind, a, fb);
    m.role = role;
    m.acronym = acronym;
    m.strength = strength;
    m.modifier = modifier;
    if (a === firstWord && a === b) m.initial = true;
    const pt = toks[fb + 1];
    if (possessive || (pt && /^['’]s?$/.test(pt.v) && pt.s === e)) m.possessive = true;
    if (acronym) {
      out.push(m);
      const at = toks[b + 2]!;
      const am = mention(at.s, at.e, at.v, "org", b + 2, b + 2);
      am.strength = 2;
      am.acronym = acronym;
      out.push(am);
    } else {
      out.push(m);
    }
    // role from a lowercase noun right before the name: "Kazakh analyst Aiman Zhussupova"
    if (!m.role && a >= 1 && toks[a - 1]!.pos === "NOUN" && /^\p{Ll}/u.test(toks[a - 1]!.v) && TITLE_WORDS.has(toks[a - 1]!.v.toLowerCase())) {
      let ra = a - 1;
      while (ra - 1 >= 0 && (toks[ra - 1]!.pos === "ADJ" || (toks[ra - 1]!.pos === "PROPN" && ra - 1 !== firstWord))) ra--;
      m.role = tokText(doc, toks, ra, a - 1, 0);
      if (m.kind === "other" || m.strength === 1) { m.kind = "person"; m.strength = 2; }
    }
    // speech verbs next to a name mark a person
    const after = toks[fb + 1];
    const before = toks[a - 1];
    if ((m.kind === "other" || m.kind === "person") && ((after && SPEECH_VERBS.has(after.v.toLowerCase())) || (before && SPEECH_VERBS.has(before.v.toLowerCase()) && (role || m.kind === "person")))) {
      if (m.kind === "other" && a === b && !PLACES.has(lowText)) { m.kind = "person"; m.strength = 1; }
    }
    // nicknames: Nazarbayev – "Elbasi" or "Father of the Nation"
    {
      const rest = doc.slice(e, Math.min(doc.length, e + 80));
      const nm = /^\s*[–—-]\s*[“"]([^”"]{2,40})[”"](?:\s+or\s+[“"]([^”"]{2,40})[”"])?/.exec(rest);
      if (nm) m.nick = [nm[1]!, nm[2]].filter((x): x is string => !!x);
    }
    // appositive: ", a Russia-led security alliance," / ", the head of ..., has"
    {
      let k = (acronym ? b + 4 : fb + 1);
      if (toks[k]?.v === ",") {
        const st = k + 1;
        const f = toks[st];
        const okStart = f && /^\p{Ll}/u.test(f.v) && (/^(a|an|former|one)$/.test(f.v) || (f.v === "the" && (roleish(toks[st + 1]) || roleish(toks[st + 2]) || roleish(toks[st + 3]))));
        if (okStart) {
          let q = st;
          while (q < n && toks[q]!.v !== "," && toks[q]!.v !== "." && toks[q]!.v !== ";" && toks[q]!.v !== "—" && q - st < 20) q++;
          if (q < n && q - st >= 2 && q - st < 20 && toks[q]!.v !== ";") {
            m.desc = tokText(doc, toks, st, q - 1, 0);
            if (m.kind === "other" && TITLE_WORDS.has((toks[q - 1]!.v || "").toLowerCase())) { m.kind = "person"; m.strength = 2; }
          }
        }
      }
    }
    i = fb + 1;
  }
  out.sort((x, y) => x.s - y.s || y.e - x.e);
  // drop mentions nested inside others (e.g. number inside a name)
  const res: Mention[] = [];
  let lastEnd = -1;
  for (const m of out) {
    if (m.s < lastEnd) continue;
    if (TRIVIA_ANSWERS.has(m.text.toLowerCase())) continue;
    res.push(m);
    lastEnd = m.e;
  }
  return res;
}

export function mentionNorm(m: { text: string }): string {
  return normAnswer(m.text);
}
