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

/** A mention with every field present, in one order: all mentions share one hidden class (monomorphic reads). */
export function mention(s: number, e: number, text: string, kind: FactKind, ts: number, te: number): Mention {
  return {
    s,
    e,
    text,
    kind,
    ts,
    te,
    role: undefined,
    desc: undefined,
    acronym: undefined,
    possessive: undefined,
    unit: undefined,
    gran: undefined,
    value: undefined,
    format: undefined,
    month: undefined,
    day: undefined,
    year: undefined,
    nick: undefined,
    strength: undefined,
    initial: undefined,
    modifier: undefined,
  };
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
