// A fact candidate: an answer in a sentence, with what its prompts need; made by one factory so that every fact
// has the same fields in the same order (one hidden class), and the base score of each kind of fact.
import type { FactKind } from "../types";
import type { Edit } from "../text/cloze";
import type { Tok } from "../read/nlp";
import type { Mention } from "./mention";

export interface SentRef {
  doc: number;
  s: number;
  e: number;
}

export interface Fact {
  id: number;
  kind: FactKind;
  answer: string;
  doc: number;
  sent: SentRef;
  sentText: string;
  sentWords: number;
  /** answer offsets relative to the sentence start */
  aRel: number;
  aEnd: number;
  mention?: Mention;
  cloze?: string;
  wh?: string;
  whType?: "flashcard" | "any";
  /** statement for true/false, with the answer at [tfA, tfB) */
  tfText?: string;
  tfA?: number;
  tfB?: number;
  extra: SentRef[];
  score: number;
  /** sorted unique hashes of the sentence's content words (cheap to keep and intersect) */
  keyWords: Int32Array;
  mergeKey: string;
  unresolved: boolean;
  seq: number;
  /** pronoun edits and short-sentence context, used to render prompts lazily */
  pe?: Edit[];
  ctxPrefix?: string;
  rendered?: boolean;
  /** distractors found when the item was first built */
  dist?: { text: string; cite?: SentRef }[];
}

export const NO_EXTRA: SentRef[] = [];

export const KIND_BASE: Record<string, number> = {
  person: 3.0,
  org: 2.8,
  place: 1.9,
  date: 2.6,
  number: 3.0,
  money: 3.0,
  quote: 3.2,
  term: 3.3,
  cause: 3.6,
  other: 1.4,
};

/**
 * One sentence under analysis: what every fact of the sentence shares (copied into each fact by `mkFact`) and what
 * the fact finders read. One object per sentence instead of closures over the sentence.
 */
export class SentBase {
  constructor(
    readonly doc: number,
    readonly sref: SentRef,
    readonly text: string,
    readonly words: number,
    readonly edits: Edit[],
    readonly ctxPrefix: string,
    readonly keys: Int32Array,
    readonly unresolved: boolean,
    /** the document's text (token offsets are absolute) and the sentence's tokens and mentions */
    readonly src: string,
    readonly toks: Tok[],
    readonly mentions: Mention[],
    /** index of the first token after leading connectives ("But", "And", ",") */
    readonly fi: number,
    /** the person a leading he/she/his/her was resolved to */
    readonly subject: string | undefined,
    /** score penalty of every fact of the sentence (very short or long, or shown with the previous sentence) */
    readonly lenPenalty: number,
    /** the sentence's first long quotation, for "Who said …?" questions */
    readonly quote: RegExpExecArray | null,
  ) {}
}

/** keeps SentBase's hidden class alive between decks (see KEEP_READER_SHAPES) */
export const KEEP_SENT_BASE_SHAPE = new SentBase(
  0,
  { doc: 0, s: 0, e: 0 },
  "",
  0,
  [],
  "",
  new Int32Array(0),
  false,
  "",
  [],
  [],
  0,
  undefined,
  0,
  null,
);

/**
 * A fact with every field present, in one order (one hidden class). A class rather than an object literal: V8 made
 * each 26-field literal through its runtime (~1 µs per fact).
 */
class FactRecord implements Fact {
  declare id: number;
  declare kind: FactKind;
  declare answer: string;
  declare doc: number;
  declare sent: SentRef;
  declare sentText: string;
  declare sentWords: number;
  declare aRel: number;
  declare aEnd: number;
  declare mention: Mention | undefined;
  declare cloze: string | undefined;
  declare wh: string | undefined;
  declare whType: "flashcard" | "any" | undefined;
  declare tfText: string | undefined;
  declare tfA: number | undefined;
  declare tfB: number | undefined;
  declare pe: Edit[] | undefined;
  declare ctxPrefix: string | undefined;
  declare extra: SentRef[];
  declare score: number;
  declare keyWords: Int32Array;
  declare mergeKey: string;
  declare unresolved: boolean;
  declare seq: number;
  declare rendered: boolean | undefined;
  declare dist: { text: string; cite?: SentRef }[] | undefined;
  constructor(
    b: SentBase,
    kind: FactKind,
    answer: string,
    a: number,
    e: number,
    score: number,
    mention: Mention | undefined,
    mergeKey: string | undefined,
  ) {
    this.id = 0;
    this.kind = kind;
    this.answer = answer;
    this.doc = b.doc;
    this.sent = b.sref;
    this.sentText = b.text;
    this.sentWords = b.words;
    this.aRel = a;
    this.aEnd = e;
    this.mention = mention;
    this.cloze = undefined;
    this.wh = undefined;
    this.whType = undefined;
    this.tfText = undefined;
    this.tfA = undefined;
    this.tfB = undefined;
    this.pe = b.edits;
    this.ctxPrefix = b.ctxPrefix;
    this.extra = NO_EXTRA;
    this.score = score;
    this.keyWords = b.keys;
    this.mergeKey = mergeKey ?? kind + "|" + answer;
    this.unresolved = b.unresolved;
    this.seq = 0;
    this.rendered = false;
    this.dist = undefined;
  }
}

/** A fact candidate of the sentence `b` (every fact has the same fields in the same order: one hidden class). */
export function mkFact(
  b: SentBase,
  kind: FactKind,
  answer: string,
  a: number,
  e: number,
  score: number,
  mention?: Mention,
  mergeKey?: string,
): Fact {
  return new FactRecord(b, kind, answer, a, e, score, mention, mergeKey);
}

/** A flashcard fact with its own question. */
export function withWh(f: Fact, wh: string): Fact {
  f.wh = wh;
  f.whType = "flashcard";
  return f;
}
