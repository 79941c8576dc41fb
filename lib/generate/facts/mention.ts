// A mention: a typed span of one sentence (a name, a date, a number), made by one factory so that every mention
// has one hidden class; and the token tests the mention finders share.
import type { FactKind } from "../types";
import type { Tok } from "../read/nlp";

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

/** What a date says: granularity, format signature and its parts. */
export type DateParts = Pick<Mention, "gran" | "format" | "month" | "day" | "year">;

/**
 * A mention with every field present, in one order: all mentions share one hidden class (monomorphic reads). A class
 * rather than an object literal: V8 made each 21-field literal through its runtime (~1 µs per mention, ~2% of a deck).
 */
class MentionRecord implements Mention {
  declare s: number;
  declare e: number;
  declare text: string;
  declare kind: FactKind;
  declare ts: number;
  declare te: number;
  declare role: string | undefined;
  declare desc: string | undefined;
  declare acronym: string | undefined;
  declare possessive: boolean | undefined;
  declare unit: string | undefined;
  declare gran: Gran | undefined;
  declare value: number | undefined;
  declare format: string | undefined;
  declare month: number | undefined;
  declare day: number | undefined;
  declare year: number | undefined;
  declare nick: string[] | undefined;
  declare strength: number | undefined;
  declare initial: boolean | undefined;
  declare modifier: boolean | undefined;
  constructor(s: number, e: number, text: string, kind: FactKind, ts: number, te: number) {
    this.s = s;
    this.e = e;
    this.text = text;
    this.kind = kind;
    this.ts = ts;
    this.te = te;
    this.role = undefined;
    this.desc = undefined;
    this.acronym = undefined;
    this.possessive = undefined;
    this.unit = undefined;
    this.gran = undefined;
    this.value = undefined;
    this.format = undefined;
    this.month = undefined;
    this.day = undefined;
    this.year = undefined;
    this.nick = undefined;
    this.strength = undefined;
    this.initial = undefined;
    this.modifier = undefined;
  }
}

export function mention(s: number, e: number, text: string, kind: FactKind, ts: number, te: number): Mention {
  return new MentionRecord(s, e, text, kind, ts, te);
}

export function dateMention(s: number, e: number, text: string, ts: number, te: number, d: DateParts): Mention {
  const m = mention(s, e, text, "date", ts, te);
  m.gran = d.gran;
  m.format = d.format;
  m.month = d.month;
  m.day = d.day;
  m.year = d.year;
  return m;
}

export const NUMERIC_ENTS = new Set(["DATE", "CARDINAL", "MONEY", "PERCENT", "ORDINAL", "DURATION", "TIME"]);

export function isCapTok(t: Tok | undefined): boolean {
  if (!t) return false;
  const c = t.v.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = t.v.charAt(0);
  return ch !== ch.toLowerCase();
}

/** The document text from token a to token b (`base`: the offset of `text` in the document). */
export function tokText(text: string, toks: Tok[], a: number, b: number, base: number): string {
  return text.slice(toks[a]!.s - base, toks[b]!.e - base);
}
