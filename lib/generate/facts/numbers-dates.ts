// Numbers and dates: parsing them (granularity, unit and format, so wrong options keep the key's form), finding
// them in a sentence from wink's numeric entities, and the facts they give ("On what date did …?").
import type { Tok } from "../read/nlp";
import { EN_STOPWORDS, MONTHS, WEEKDAYS } from "../lexicon";
import { lowerFirst } from "../text/prompt";
import { KIND_BASE, mkFact, type Fact, type SentBase } from "./fact";
import { firstClause } from "./name-facts";
import { NUMERIC_ENTS, dateMention, isCapTok, mention, type DateParts, type Mention } from "./mention";

const CAPITAL_WORD = /^\p{Lu}\p{Ll}+$/u;
// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const LOWER_START = /^\p{Ll}/u;

/** month name -> number as a Map (a plain-object lookup with arbitrary words is slow and sees "constructor") */
export const MONTH_NUM = new Map<string, number>(Object.entries(MONTHS));

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const WORD_NUM: Record<string, number> = {
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

export function singular(w: string): string {
  if (/ies$/.test(w)) return w.slice(0, -3) + "y";
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(ches|shes|xes|ses)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}

export function parseDate(raw: string): DateParts | null {
  const t = raw
    .trim()
    .replace(/^(the|early|late|mid|on|in|since|by)[\s-]+/i, "")
    .replace(/\s+/g, " ");
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
    const abbr =
      m[2] === "." ||
      (m[1]!.length <= 4 &&
        m[1]!.toLowerCase() !== "may" &&
        m[1]!.toLowerCase() !== "june" &&
        m[1]!.toLowerCase() !== "july");
    return {
      gran: "day",
      format: (abbr ? "Md" : "MD") + (m[4] ? "Y" : ""),
      month: mo,
      day: +m[3]!,
      year: m[4] ? +m[4] : undefined,
    };
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
  const m =
    /^([$€£]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(thousand|million|billion|trillion))?(\s*(?:%|percent|per cent))?$/.exec(
      t,
    );
  if (m) {
    const base = parseFloat((m[2]! + (m[3] ? "." + m[3] : "")).replace(/,/g, ""));
    const scale = m[4] ? SCALE[m[4]]! : 1;
    const fmt = [
      m[1] || "",
      m[2]!.includes(",") ? "," : "",
      m[3] ? "." + m[3].length : "",
      m[4] || "",
      m[5] ? "%" + m[5].trim() : "",
    ].join("|");
    return { value: base * scale, format: fmt };
  }
  const w = WORD_NUM[t];
  if (w) return { value: w, format: "word" };
  return null;
}

/** modifiers kept out of a number's answer: "About 12,000", "more than 160" */
const NUM_PREFIX =
  /^(about|around|roughly|approximately|nearly|almost|over|some|more|less|fewer|than|up|to|at|least|only|just|the|since|until|from|by|in|on|early|late)$/i;
/** words before a four-digit number that make it a year ("in 2006", "the 1991 …") */
const YEAR_CUES = [
  "in",
  "since",
  "by",
  "of",
  "from",
  "until",
  "before",
  "after",
  "during",
  "the",
  "its",
  "a",
  "early",
  "late",
];

/** Numbers, amounts, percentages and dates of one sentence, from wink's numeric entities. */
export function numericMentions(doc: string, toks: Tok[], out: Mention[]): void {
  const n = toks.length;
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
    while (i < j && NUM_PREFIX.test(toks[i]!.v)) i++;
    if (toks[i] !== t && !toks[i]!.ent) {
      i = j + 1;
      continue;
    }
    const rangeEnd = type === "MONEY" ? moneyRange(doc, toks, i, j, out) : -1;
    if (rangeEnd >= 0) {
      i = rangeEnd + 1;
      continue;
    }
    numberOrDate(doc, toks, i, j, type, out);
    i = j + 1;
  }
}

/**
 * A money range written with two amounts ("$2-$3 billion") is one answer; it is asked as a cloze (no made-up
 * ranges). Returns the last token of the range, or -1 when toks[i..j] is not the start of one.
 */
function moneyRange(doc: string, toks: Tok[], i: number, j: number, out: Mention[]): number {
  const next = toks[j + 1];
  if (!next || !/^[-–]$/.test(next.v) || next.s !== toks[j]!.e) return -1;
  const t2 = toks[j + 2];
  if (!t2 || t2.s !== next.e || t2.ent !== "MONEY" || t2.entId === toks[j]!.entId) return -1;
  let k1 = j + 2;
  while (k1 + 1 < toks.length && toks[k1 + 1]!.entId === t2.entId) k1++;
  const hi = parseNumber(doc.slice(t2.s, toks[k1]!.e));
  if (hi && hi.value >= 2 && !(toks[k1 + 1] && /^[-–—]$/.test(toks[k1 + 1]!.v))) {
    const t0 = toks[i]!;
    const rm = mention(t0.s, toks[k1]!.e, doc.slice(t0.s, toks[k1]!.e), "money", i, k1);
    rm.value = hi.value;
    rm.format = "range";
    out.push(rm);
  }
  return k1;
}

/** "… percent of Democrats said they would vote …", "only 29 percent were in favor": what a poll's respondents answered */
const POLL_ANSWER =
  /^\s*(?:of\s+[^,;.]{0,80}?\s)?(?:\p{Ll}+\s+)?(?:said|say|says|polled|surveyed|respondents|answered|approved?|favou?red|opposed|would vote|were in favou?r|was in favou?r|in favou?r)\b/u;

/**
 * A share of a poll's respondents is an example's detail, asked by no teacher and unknowable without the page ("In June
 * 2015, 75 percent of Democrats … said they would vote for Clinton"); a share of a population or a vote stays.
 */
function pollShare(after: string): boolean {
  return POLL_ANSWER.test(after);
}

// (numberOrDate's tests, tried for every number: module constants, not literals that make a new RegExp object at each
// evaluation)
const DASH_TOKEN = /^[-–—]$/;
const DIGIT_OR_DOLLAR_START = /^[\d$]/;
const HAS_DIGIT = /\d/;
const FOUR_DIGITS = /^\d{4}$/;
const ENDS_IN_S = /s$/;
const STOP_OR_QUOTE = /^[.!?“"]$/;
const ORDINAL_SUFFIX = /^(st|nd|rd|th)$/i;
const CURRENCY_START = /^[$€£]/;
const CURRENCY_UNIT = /^(dollar|euro|pound|tenge|ruble|rouble|yuan)s?$/;

/** The entity toks[i..j] of wink type `type` as a date, or a number with its unit ("2,500 foreign troops"). */
function numberOrDate(doc: string, toks: Tok[], i: number, j: number, type: string, out: Mention[]): void {
  const t0 = toks[i]!;
  const text = doc.slice(t0.s, toks[j]!.e);
  const prev = toks[i - 1];
  const next = toks[j + 1];
  // one end of a range ("1990-1995", "from 5 – 10") is not an answer on its own
  // ("about 55% to 65% of voting-age citizens": the bounds of a range written with "to" are no answers either)
  const isRange =
    (next && DASH_TOKEN.test(next.v) && toks[j + 2] && DIGIT_OR_DOLLAR_START.test(toks[j + 2]!.v)) ||
    (prev && DASH_TOKEN.test(prev.v)) ||
    (type !== "DATE" && next?.low === "to" && toks[j + 2] && DIGIT_OR_DOLLAR_START.test(toks[j + 2]!.v)) ||
    (type !== "DATE" && prev?.low === "to" && toks[i - 2] && HAS_DIGIT.test(toks[i - 2]!.v));
  if (isRange) return;
  if (type === "DATE" || (type === "DURATION" && FOUR_DIGITS.test(text))) {
    const d = parseDate(text);
    if (d && !WEEKDAYS.has(text.toLowerCase())) out.push(dateMention(t0.s, toks[j]!.e, text, i, j, d));
    return;
  }
  if (type !== "CARDINAL" && type !== "MONEY" && type !== "PERCENT") return;
  const d = type === "CARDINAL" ? parseDate(text) : null;
  const prevLow = prev?.low ?? "";
  const yearCtx = YEAR_CUES.includes(prevLow) || (next && next.pos === "NOUN" && !ENDS_IN_S.test(next.v));
  if (d && d.gran === "year" && yearCtx && !text.includes(",")) {
    out.push(dateMention(t0.s, toks[j]!.e, text, i, j, d));
    return;
  }
  const p = parseNumber(text);
  // a number right after a capitalised word is an identifier ("Article 4", "Boeing 737")
  const identifier = prev && isCapTok(prev) && prev.pos !== "ADP" && !EN_STOPWORDS.has(prevLow) && i > 0;
  // a number word with a capital inside a sentence, before a capitalised word, is part of a name ("the Thirteen Colonies")
  if (CAPITAL_WORD.test(text) && prev && !STOP_OR_QUOTE.test(prev.v) && next && isCapTok(next)) return;
  if (!p || identifier || !(p.value >= 2 || p.format.includes("%")) || (next && ORDINAL_SUFFIX.test(next.v))) return;
  // unit: optional adjectives then a noun
  let k = j + 1;
  let unit: string | undefined;
  let unitEnd = j;
  let guard = 0;
  while (k < toks.length && guard < 3 && toks[k]!.pos === "ADJ" && LOWER_START.test(toks[k]!.v)) {
    k++;
    guard++;
  }
  if (k < toks.length && toks[k]!.pos === "NOUN" && LOWER_START.test(toks[k]!.v)) {
    unit = singular(toks[k]!.low);
    unitEnd = k;
  }
  if (p.format.includes("%")) unit = "percent";
  if (unit === "percent" && pollShare(doc.slice(toks[j]!.e, toks[toks.length - 1]!.e))) return;
  const isMoney = type === "MONEY" || CURRENCY_START.test(text) || (unit && CURRENCY_UNIT.test(unit));
  const nm = mention(t0.s, toks[j]!.e, text, isMoney ? "money" : "number", i, j);
  nm.value = p.value;
  nm.format = p.format;
  nm.unit = unit;
  nm.desc = unitEnd > j ? doc.slice(toks[j + 1]!.s, toks[unitEnd]!.e) : undefined;
  out.push(nm);
}

/** A verb in the past tense (its form differs from its lemma, and not as a gerund or third person does). */
export function isPast(t: Tok): boolean {
  const v = t.low;
  const l = t.lemma.toLowerCase();
  if (v === l) return false;
  if (/ing$/.test(v) || (/s$/.test(v) && v === l + "s") || v === l + "es") return false;
  return true;
}

/**
 * The sentence after the question's verb, with a verb joined to it by "and" turned to its base form too: "In 1797,
 * Adams sought a solution and dispatched envoys" -> "… did Adams seek a solution and dispatch envoys".
 */
function baseCoordinated(src: string, toks: SentBase["toks"], k: number, end: number): string {
  // past verbs after "and", and after a comma when the series ends with "and" + a past verb ("released …, gave up
  // …, and began …")
  const joined: number[] = [];
  let series = false;
  for (let j = k + 1; j + 1 < toks.length; j++) {
    const w = toks[j]!.low;
    // ("… and quickly turned it into …": an adverb may come between)
    const at = toks[j + 1]!.pos === "ADV" && j + 2 < toks.length ? j + 2 : j + 1;
    const v = toks[at]!;
    if ((w !== "and" && w !== ",") || v.pos !== "VERB" || !isPast(v)) continue;
    if (w === "and") series = true;
    joined.push(at);
  }
  if (!series) return src.slice(toks[k]!.e, end);
  let out = "";
  let at = toks[k]!.e;
  for (const j of joined) {
    const v = toks[j]!;
    out += src.slice(at, v.s) + v.lemma.toLowerCase();
    at = v.e;
  }
  return out + src.slice(at, end);
}

/** A date fact; a fronted date gets a question: "On Jan. 11, X announced …" -> "On what date did X announce …?" */
export function dateFact(b: SentBase, m: Mention, a: number, e: number, posBonus: number): Fact {
  const g = m.gran === "day" ? 0.3 : m.gran === "month" ? 0.1 : m.gran === "decade" ? -0.8 : 0;
  const f = mkFact(b, "date", m.text, a, e, KIND_BASE.date! + g + posBonus - b.lenPenalty, m);
  const toks = b.toks;
  const fi = b.fi;
  if (!(m.ts === fi + 1 && /^(on|in)$/i.test(toks[fi]!.v) && toks[m.te + 1]?.v === ",")) return f;
  let k = m.te + 2;
  const subjStart = k;
  while (
    k < toks.length &&
    k - subjStart < 8 &&
    toks[k]!.pos !== "VERB" &&
    toks[k]!.pos !== "AUX" &&
    toks[k]!.v !== ","
  )
    k++;
  const vt = toks[k];
  if (!(vt && vt.pos === "VERB" && isPast(vt) && k > subjStart)) return f;
  // "the U.S.-funded Radio Free Europe began …": a participle glued to a hyphen is part of an adjective
  if (toks[k - 1]!.v === "-" && toks[k - 1]!.e === vt.s) return f;
  // "In 1983, a commission established by Reagan had published …": a participle before "by" is no main verb; "In
  // 1794, at the Battle of Fallen Timbers, …": a phrase after the date, no subject
  if (toks[k + 1]?.low === "by" || toks[subjStart]!.pos === "ADP") return f;
  // "In 2019, people who worked in the United States spent …": the verb of a relative clause is not the main verb
  if (/^(?:who|that|which)$/i.test(toks[k - 1]!.v)) return f;
  // "In 1857, just days after President Buchanan took the oath …": a phrase of time, not a subject, before the verb
  if (toks[subjStart]!.pos === "ADV") return f;
  let subj = b.src.slice(toks[subjStart]!.s, toks[k - 1]!.e);
  const sl = subj.toLowerCase();
  if (sl === "he" || sl === "she") subj = b.subject ?? "";
  const properSubj = !/^(the|a|an|this|these|those|its|their|some|many|most)$/i.test(toks[subjStart]!.v);
  const subordinate = /^(when|while|as|after|before|if|because|since|although|though|where|which|who)$/i.test(
    toks[subjStart]!.v,
  );
  if (subj && !subordinate && !["it", "they", "we", "i", "this"].includes(sl)) {
    // the clause of the date only: ", and Jefferson began …" has a subject of its own
    const rest = firstClause(baseCoordinated(b.src, toks, k, b.sref.e));
    const wh = m.gran === "year" ? "In what year" : m.gran === "month" ? "In what month and year" : "On what date";
    f.wh = `${wh} did ${lowerFirst(subj, properSubj)} ${vt.lemma.toLowerCase()}${rest}`;
    f.whType = "any";
    f.score += 0.6;
  }
  return f;
}

/** A number or amount fact: a real unit ("troops", "kilometers") makes it worth more, a duration less. */
export function numberFact(b: SentBase, m: Mention, a: number, e: number, posBonus: number): Fact {
  const unitBonus = m.unit && !/^(year|day|month|week|hour|time)$/.test(m.unit) ? 0.3 : m.unit ? -0.6 : 0;
  const scaleBonus = /million|billion|,/.test(m.text) ? 0.2 : 0;
  return mkFact(b, m.kind, m.text, a, e, KIND_BASE[m.kind]! + unitBonus + scaleBonus + posBonus - b.lenPenalty, m);
}
