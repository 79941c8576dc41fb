// The pipeline: segment -> read each paragraph once with wink -> mentions and fact candidates (streaming)
// -> corpus registry (aliases) -> merge the same fact across documents -> score -> build items with
// distractors -> lint -> keep the best within the size cap.
import type { Citation, Deck, FactKind, GenerateOptions, GenerateProfile, Item, ItemType, SourceDocument } from "./types";
import { countWords, looksEnglish, normAnswer } from "./text/words";
import { segment, type Sentence } from "./text/sentences";
import { tokenize, type Tok } from "./read/nlp";
import { extractMentions, parseDate, parseNumber, type Mention } from "./extract";
import { EntityRegistry, displayStyle, roleClassOf } from "./facts/entities";
import { CAPITALS, CITIES, EN_STOPWORDS, MACRO_REGIONS, MULTIWORD_PLACES, MONTH_ABBR, MONTH_NAMES, PLACES, PRONOUNS, SPEECH_VERBS, TRIVIA_ANSWERS, placeType } from "./lexicon";
import { hashHex, hashString, rngFor, shuffle, type Rng } from "./prng";
import { lintItem } from "./items/lint";

export const NOT_ENGLISH_WARNING = "This document does not look like English text; CiteDeck generates questions from English only.";

interface SentRef {
  doc: number;
  s: number;
  e: number;
}

interface Fact {
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

/**
 * Remove the opening quote at `i`; a quote opened mid-sentence after a comma or colon started with a capital
 * ("According to X, “The entry of …") that no longer belongs there: "According to X, the entry of …".
 */
function dropOpeningQuote(t: string, i: number): string {
  let rest = t.slice(i + 1);
  if (/[,:]\s*$/.test(t.slice(0, i))) {
    const w = /^(\p{Lu}\p{Ll}*)\b/u.exec(rest);
    if (w && EN_STOPWORDS.has(w[1]!.toLowerCase()) && w[1] !== "I") rest = w[1]!.toLowerCase() + rest.slice(w[1]!.length);
  }
  return t.slice(0, i) + rest;
}

/** Remove a quotation mark left open or closed by sentence splitting (multi-sentence quotes). */
function balanceQuotes(t: string): string {
  const q = (t.match(/[“”"]/g) ?? []).length;
  if (q % 2 === 1) {
    const trimmed = t.replace(/\s+$/, "");
    const last = trimmed.replace(/[?.!…]+$/, "");
    if (/[”"]$/.test(last) && (t.match(/[“"]/g) ?? []).length <= (t.match(/[”"]/g) ?? []).length) {
      const i = last.length - 1;
      t = t.slice(0, i) + t.slice(i + 1);
    } else {
      const m = /[“"]/.exec(t);
      if (m && (t.match(/[”]/g) ?? []).length < (t.match(/[“]/g) ?? []).length + (t.match(/"/g) ?? []).length) t = dropOpeningQuote(t, m.index);
      else { const i = t.search(/[”"][^”"]*$/); if (i >= 0) t = t.slice(0, i) + t.slice(i + 1); }
    }
  }
  return t.replace(/\s{2,}/g, " ").replace(/\s+([?.,])$/, "$1");
}

const SENTENCE_OPENERS = /^(?:on|in|at|the|a|an|there|this|that|these|those|many|most|some|after|before|when|while|for|with|by|from|since|during|now|today|unlike|like|if|as|although|though|because|despite|according|once|until)\b/;
const CONNECTIVE = /^(?:But|And|So|Yet|Still|However|Moreover|Furthermore|Nevertheless|Nonetheless|Indeed|Thus|Therefore|Meanwhile|Instead|Likewise|Similarly|Alternatively|Also|In a similar way|In the same way|Against this backdrop|At the same time|In other words|As a result|In addition|For example|For instance|In turn)\b,?\s+(?=["“]?\p{L})/u;

/** "But on _____, Tokayev …" -> "On _____, Tokayev …" (a blank right after the connective keeps it). */
function dropConnective(t: string): string {
  const m = CONNECTIVE.exec(t);
  if (!m) return t;
  const rest = t.slice(m[0].length);
  if (rest.startsWith(BLANK)) return t;
  const i = /^["“]/.test(rest) ? 1 : 0;
  // "Still, argued X, …" (inversion) would start with a verb: keep the sentence as it is
  if (/^\p{Ll}/u.test(rest.charAt(i)) && !SENTENCE_OPENERS.test(rest.slice(i))) return t;
  return rest.slice(0, i) + rest.charAt(i).toUpperCase() + rest.slice(i + 1);
}

/** Render the cloze and true/false texts of a fact only when it is actually used. */
function ensureRendered(f: Fact): void {
  if (f.rendered || !f.pe) return;
  f.rendered = true;
  // a parenthetical right after the answer ("the Collective Security Treaty (Treaty) states") would hint at it: drop it
  const par = /^\s*\([^()]{1,60}\)/.exec(f.sentText.slice(f.aEnd, f.aEnd + 64));
  const cl = render(f.sentText, [...f.pe, { a: f.aRel, b: f.aEnd + (par ? par[0].length : 0), r: BLANK }]);
  let c = cl.out;
  if (f.sentWords > 45) c = windowCloze(c);
  // the previous sentence is shown for a sentence opening with a pronoun; when the window has cut that opening
  // off ("… even if Nazarbayev put …"), the context only makes the prompt longer
  const ctx = c.startsWith("… ") ? "" : f.ctxPrefix ?? "";
  // a connective that ties the sentence to the one before ("But on Jan. 11, …", "So Tokayev must …") reads as
  // a fragment on its own: drop it unless the previous sentence is shown
  if (!ctx) c = dropConnective(c);
  if (f.cloze === undefined) f.cloze = balanceQuotes(ctx + c);
  // wh-questions are stored raw while reading (most facts are never asked) and finished here
  if (f.wh !== undefined) f.wh = endQ(balanceQuotes(f.wh));
  const tf = render(f.sentText, par ? [...f.pe, { a: f.aEnd, b: f.aEnd + par[0].length, r: "" }] : f.pe);
  f.tfText = tf.out;
  f.tfA = tf.map(f.aRel);
  f.tfB = tf.map(f.aEnd);
}

const BLANK = "_____";
const MAX_CITES = 5;
/**
 * Characters of consecutive body sentences given to one wink readDoc (documents are usually one chunk).
 * Measured: 1.5–30 KB chunks cost the same within noise; smaller chunks change wink's tags slightly.
 */
const CHUNK_CHARS = 30000;
/** at most this share of the deck's items ask for a place */
const PLACE_SHARE = 0.2;
const PLACE_MIN_SCORE = 1.3;

/** Turn a clause into a question: no stray period/comma before a closing quote or the "?" ("government.”?" -> "government”?"). */
export function endQ(s: string): string {
  let t = s.replace(/[\s.,;:!?]+$/, "");
  const opens = (t.match(/“/g) ?? []).length;
  const closes = (t.match(/”/g) ?? []).length;
  if (closes > opens) t = t.replace(/[\s.,;:!?]*”$/, "");
  t = t.replace(/[\s.,;:!?]+$/, "");
  // punctuation just inside a closing quote at the end: "… the government.”" -> "… the government”"
  t = t.replace(/[\s.,;:!]+([”"’]+)$/, "$1");
  return t + "?";
}

function lowerFirst(s: string, proper: boolean): string {
  return proper ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

interface Edit { a: number; b: number; r: string }

function render(text: string, edits: Edit[]): { out: string; map: (x: number) => number } {
  const es = edits.slice().sort((x, y) => x.a - y.a);
  let out = "";
  let pos = 0;
  const shifts: { at: number; delta: number }[] = [];
  for (const e of es) {
    if (e.a < pos) continue;
    out += text.slice(pos, e.a) + e.r;
    shifts.push({ at: e.b, delta: e.r.length - (e.b - e.a) });
    pos = e.b;
  }
  out += text.slice(pos);
  const map = (x: number) => {
    let d = 0;
    for (const s of shifts) if (s.at <= x) d += s.delta;
    return x + d;
  };
  return { out, map };
}

/** Keep the clauses around the blank of a very long sentence (about 35 words). */
function windowCloze(t: string): string {
  let parts = t.split(/(?<=[,;:—–])\s+/);
  // a relative clause set off by commas ("Tokayev, who leads a country that …, announced") can go: "Tokayev … announced"
  if (parts.length > 2) {
    const out: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (i > 0 && i < parts.length - 1 && !p.includes(BLANK) && /^(?:who|which|whose)\b/.test(p) && /,$/.test(p) && /,$/.test(out[out.length - 1] ?? "")) {
        out[out.length - 1] = out[out.length - 1]!.replace(/,$/, "") + " …";
        continue;
      }
      out.push(p);
    }
    parts = out;
  }
  const bi = parts.findIndex((p) => p.includes(BLANK));
  if (bi < 0) return t;
  const wc = (x: string) => x.split(/\s+/).filter(Boolean).length;
  let lo = bi;
  let hi = bi;
  let n = wc(parts[bi]!);
  while (true) {
    const canL = lo > 0 && n + wc(parts[lo - 1]!) <= 35;
    const canR = hi < parts.length - 1 && n + wc(parts[hi + 1]!) <= 35;
    if (!canL && !canR) break;
    if (canL && (lo > 0 && (bi - lo <= hi - bi || !canR))) { lo--; n += wc(parts[lo]!); } else if (canR) { hi++; n += wc(parts[hi]!); }
  }
  // a window that starts inside an aside (after a dash, or at a quotation) has lost the clause it belongs to:
  // take the part before it too when that keeps the prompt under ~50 words
  while (lo > 0 && /[—–]$/.test(parts[lo - 1]!) && /^["“‘']/.test(parts[lo]!) && n + wc(parts[lo - 1]!) <= 50) { lo--; n += wc(parts[lo]!); }
  let out = parts.slice(lo, hi + 1).join(" ").trim();
  if (lo > 0) out = "… " + out;
  if (hi < parts.length - 1) out = out.replace(/[,;:—–]$/, "") + " …";
  return out;
}

/**
 * The analyses (mentions and fact candidates) of the first sentences of the previous deck. V8 holds the hidden
 * classes that objects reach by adding fields (mentions built by spreading a parsed date, facts that get their
 * prompts later) only weakly; when the last object of such a class dies between two decks, every optimised
 * function that used it is thrown away and recompiled. A small sample of the previous deck's objects keeps
 * the common classes alive until the next deck has made its own. (It may keep the texts of those first
 * sentences' documents alive until the next deck.)
 */
let SHAPE_SAMPLE: Analysis[] = [];
/** the same for the first items of the previous deck and the facts they were built from (fields added while building) */
let SHAPE_ITEMS: { items: Item[]; facts: Fact[] } = { items: [], facts: [] };
const SHAPE_SAMPLE_SENTENCES = 300;

const VOCAB = new Map<string, number>();
const SURFACE = new Map<string, number>();
/** scratch buffer reused by contentKeys (no per-sentence array growth) */
const KEY_BUF = new Int32Array(1024);
const NO_EXTRA: SentRef[] = [];
/** Content words of a sentence (for same-fact merging), from its tokens, as sorted unique word ids. */
function contentKeys(toks: Tok[]): Int32Array {
  const out = KEY_BUF;
  let m = 0;
  for (let i = 0; i < toks.length && m < KEY_BUF.length; i++) {
    const v = toks[i]!.v;
    if (v.length < 4) continue;
    // surface form -> word id (0: not a content word), so each distinct token is lowercased and stemmed once
    let id = SURFACE.get(v);
    if (id === undefined) {
      id = 0;
      const c = v.charCodeAt(0);
      if (!(c < 65 || (c > 90 && c < 97) || (c > 122 && c < 192))) {
        const w = v.toLowerCase();
        if (!EN_STOPWORDS.has(w)) {
          const stem = w.endsWith("ing") ? w.slice(0, -3) : w.endsWith("ed") ? w.slice(0, -2) : w.endsWith("s") ? w.slice(0, -1) : w;
          id = VOCAB.get(stem) ?? 0;
          if (id === 0) {
            id = VOCAB.size + 1;
            VOCAB.set(stem, id);
          }
        }
      }
      SURFACE.set(v, id);
    }
    if (id !== 0) out[m++] = id;
  }
  const view = out.subarray(0, m).sort();
  let n = 0;
  for (let i = 0; i < m; i++) if (i === 0 || view[i] !== view[n - 1]) view[n++] = view[i]!;
  return view.slice(0, n);
}

/** Keep the k best facts (score, then reading order) in reading order, in place; ids are reassigned later. */
function pruneTopK(facts: Fact[], k: number): void {
  const best = facts.slice().sort((x, y) => y.score - x.score || x.seq - y.seq);
  best.length = k;
  best.sort((x, y) => x.seq - y.seq);
  facts.length = 0;
  for (const f of best) facts.push(f);
}

function isPast(t: Tok): boolean {
  const v = t.v.toLowerCase();
  const l = t.lemma.toLowerCase();
  if (v === l) return false;
  if (/ing$/.test(v) || (/s$/.test(v) && v === l + "s") || v === l + "es") return false;
  return true;
}

/** A document as the engine keeps it: one object shape for every caller (monomorphic field access). */
class Doc {
  constructor(
    public id: string,
    public title: string,
    public path: string | undefined,
    public text: string,
  ) {}
}

type NumberPool = Map<string, { text: string; value: number; format: string; cite: SentRef }[]>;
type DatePool = Map<string, { text: string; cite: SentRef }[]>;

/**
 * The reading phase: every document is segmented, read once with wink (paragraph chunks), and turned into
 * mentions and fact candidates. A class with one method per document keeps the hot loop in a small function
 * that V8 optimises on its own (inside one 300-line function it was deoptimised and re-optimised per deck).
 */
class CorpusReader {
  readonly registry = new EntityRegistry();
  readonly facts: Fact[] = [];
  readonly docWords: number[] = [];
  readonly warnings: string[] = [];
  /** sentence frequency of each content word, indexed by its dense word id (no hash map in the hot loop) */
  sentDf = new Int32Array(1 << 14);
  nSent = 0;
  seq = 0;
  /** context keys for "also true" checks: previous content word > canon text */
  readonly ctxKeys = new Set<string>();
  readonly numberPool: NumberPool = new Map();
  readonly datePool: DatePool = new Map();
  readonly mentionCites = new Map<string, SentRef>();
  maxYear = 0;
  readonly shapeSample: Analysis[] = [];
  tSeg = 0;
  tTok = 0;
  tAna = 0;
  tRest = 0;

  constructor(
    private readonly per1000: number,
    private readonly kGlobal: number,
    /** CPU clock in ms when profiling (options.profile.cpuMs), else null */
    private readonly clock: (() => number) | null,
  ) {}

  readDocument(di: number, doc: Doc, wc: number): void {
    const text = doc.text;
    const facts = this.facts;
    const clock = this.clock;
    const prof = clock !== null;
    const label = doc.title || doc.path || doc.id;
    const docStart = facts.length;
    this.docWords.push(wc);
    if (!text.trim()) { this.warnings.push(`"${label}" is empty; no questions were generated from it.`); return; }
    if (wc < 5) { this.warnings.push(`"${label}" is too short to generate questions from.`); return; }
    if (!looksEnglish(text)) { this.warnings.push(`"${label}": ${NOT_ENGLISH_WARNING}`); return; }
    const ts0 = prof ? clock() : 0;
    const sents = segment(text);
    if (prof) this.tSeg += clock() - ts0;
    this.bylineFacts(di, doc, sents);
    // body: read each paragraph once with wink
    let lastPersons: string[] = [];
    let bi = 0;
    while (bi < sents.length) {
      const s0 = sents[bi]!;
      if (s0.role !== "body") { bi++; continue; }
      let bj = bi;
      // read a chunk of consecutive body sentences (up to ~30 KB) with wink at once
      while (bj + 1 < sents.length && sents[bj + 1]!.role === "body" && sents[bj + 1]!.end - s0.start < CHUNK_CHARS) bj++;
      const tk0 = prof ? clock() : 0;
      const blockToks = tokenize(text, s0.start, sents[bj]!.end);
      if (prof) this.tTok += clock() - tk0;
      let tp = 0;
      for (let si = bi; si <= bj; si++) {
        const s = sents[si]!;
        while (tp < blockToks.length && blockToks[tp]!.s < s.start) tp++;
        let tq = tp;
        while (tq < blockToks.length && blockToks[tq]!.e <= s.end) tq++;
        const toks = blockToks.slice(tp, tq);
        tp = tq;
        this.nSent++;
        const prevS = si > bi ? sents[si - 1]! : undefined;
        const prevText = prevS && prevS.block === s.block ? prevS.text : undefined;
        if (!prevText) lastPersons = si > bi ? lastPersons : [];
        const ta0 = prof ? clock() : 0;
        const res = analyseSentence(text, s, toks, di, lastPersons, prevText);
        if (this.shapeSample.length < SHAPE_SAMPLE_SENTENCES && res.mentions.length) this.shapeSample.push(res);
        if (prof) this.tAna += clock() - ta0;
        const tr0 = prof ? clock() : 0;
        this.addSentence(di, s, toks, res);
        const persons: string[] = [];
        for (const m of res.mentions) if (m.kind === "person" || (m.kind === "other" && !m.text.includes(" ") && !PLACES.has(m.text.toLowerCase()))) persons.push(m.text);
        if (persons.length) lastPersons = persons;
        if (prof) this.tRest += clock() - tr0;
      }
      bi = bj + 1;
    }
    // bounded top-K per document: the deck can only use a few items per 1,000 words, so keep the best
    // candidates (4x the document's share of the deck) and let the rest go; memory stays bounded
    const kDoc = Math.max(60, Math.ceil((wc / 1000) * this.per1000 * 4));
    if (facts.length - docStart > kDoc) {
      const mine = facts.splice(docStart);
      mine.sort((x, y) => y.score - x.score || x.seq - y.seq);
      mine.length = kDoc;
      mine.sort((x, y) => x.seq - y.seq);
      for (const f of mine) facts.push(f);
    }
    if (facts.length > 2 * this.kGlobal) pruneTopK(facts, this.kGlobal);
  }

  /** byline item: "Who wrote the article ...?" */
  private bylineFacts(di: number, doc: Doc, sents: Sentence[]): void {
    const headline = sents.find((s) => s.role === "headline");
    for (const s of sents) {
      if (s.role !== "byline") continue;
      const name = s.text.replace(/^(by\s+|[-–—]\s*)/i, "").trim();
      const aRel = s.text.indexOf(name);
      const title = headline ? headline.text : doc.title && !/\.\w{2,4}$/.test(doc.title) ? doc.title : "";
      const wh = title ? `Who wrote the article “${title.replace(/[“”]/g, "")}”?` : `Who wrote the article that begins “${(sents.find((x) => x.role === "body")?.text ?? "").split(/\s+/).slice(0, 10).join(" ")} …”?`;
      this.facts.push({
        id: this.facts.length, kind: "person", answer: name, doc: di, sent: { doc: di, s: s.start, e: s.end }, sentText: s.text, sentWords: 5,
        aRel, aEnd: aRel + name.length, wh, whType: "any", extra: headline ? [{ doc: di, s: headline.start, e: headline.end }] : [],
        score: 4.2, keyWords: new Int32Array([hashString("byline:" + di) | 0]), mergeKey: "byline|" + di + "|" + name, unresolved: false, seq: this.seq++,
      });
    }
  }

  /** Record one analysed sentence: word frequencies, number/date pools, the entity registry, fact candidates. */
  private addSentence(di: number, s: Sentence, toks: Tok[], res: Analysis): void {
    const keys = res.keys;
    if (VOCAB.size >= this.sentDf.length) { const g = new Int32Array(this.sentDf.length * 2 + VOCAB.size); g.set(this.sentDf); this.sentDf = g; }
    const sentDf = this.sentDf;
    for (let q = 0; q < keys.length; q++) sentDf[keys[q]!]!++;
    const registry = this.registry;
    for (const m of res.mentions) {
      if (m.kind === "number" || m.kind === "money" || m.kind === "date") {
        const cite = { doc: di, s: s.start, e: s.end };
        if (m.kind === "date") {
          if (m.year && m.year > this.maxYear) this.maxYear = m.year;
          const k = (m.gran ?? "") + "|" + (m.format ?? "");
          const arr = this.datePool.get(k) ?? [];
          if (arr.length < 200) arr.push({ text: m.text, cite });
          this.datePool.set(k, arr);
        } else {
          const k = m.kind + "|" + (m.unit ?? "") + "|" + (m.format ?? "");
          const arr = this.numberPool.get(k) ?? [];
          if (arr.length < 200 && m.value !== undefined) arr.push({ text: m.text, value: m.value, format: m.format ?? "", cite });
          this.numberPool.set(k, arr);
        }
        continue;
      }
      registry.add(m.text, m.kind, (m.strength ?? 1) >= 2, !!m.initial);
      if (m.kind === "person" || m.kind === "other") {
        let rc = (m.role ? roleClassOf(m.role) : null) ?? (m.desc ? roleClassOf(m.desc) : null);
        // "Aditi Bhaduri is a columnist …": a role stated by the predicate
        const cop = toks[m.te + 1];
        if (!rc && cop && (cop.v === "is" || cop.v === "was") && m.te + 2 < toks.length) {
          const last = toks[Math.min(toks.length - 1, m.te + 6)]!;
          rc = roleClassOf(s.text.slice(toks[m.te + 2]!.s - s.start, last.e - s.start));
        }
        if (rc) registry.addRole(m.text, rc);
        const after = toks[m.te + 1];
        const before = m.ts > 0 ? toks[m.ts - 1] : undefined;
        if ((after && SPEECH_VERBS.has(after.v.toLowerCase())) || (before && SPEECH_VERBS.has(before.v.toLowerCase()))) registry.addRole(m.text, "speaker");
      }
      if (!this.mentionCites.has(m.text) && this.mentionCites.size < 50000) this.mentionCites.set(m.text, { doc: di, s: s.start, e: s.end });
      for (const nk of m.nick ?? []) { registry.add(nk, m.kind, true); registry.union(nk, m.text); }
      if (m.acronym && m.text !== m.acronym) registry.union(m.text, m.acronym);
      const pw = prevContentWord(toks, m.ts);
      if (pw && this.ctxKeys.size < 100_000) this.ctxKeys.add(pw + ">" + m.text);
    }
    for (const f of res.facts) { f.seq = this.seq++; f.id = this.facts.length; this.facts.push(f); }
  }
}

/**
 * One long-lived instance of each class the reading phase allocates per deck (see SHAPE_SAMPLE above): their hidden
 * classes then outlive a garbage collection between decks, so the optimised reading code stays valid. Measured: with
 * a full collection before each 1 MB deck, ~1.15 s of CPU without them and ~0.8 s with them.
 */
export const KEEP_READER_SHAPES: readonly object[] = [
  new Doc("", "", "", ""),
  new CorpusReader(35, 20000, null),
];

export function generate(documents: SourceDocument[], options: GenerateOptions = {}): Deck {
  const seed = options.seed ?? 1;
  VOCAB.clear();
  SURFACE.clear();
  const docs = documents.map((d) => new Doc(String(d.id), d.title ?? "", d.path, d.text));
  const texts: string[] = docs.map((d) => d.text);
  const profile = options.profile;
  const clock = profile?.cpuMs ?? null;
  const prof = clock !== null;
  let tMark = prof ? clock() : 0;
  const mark = (label: string) => {
    if (!prof) return;
    const now = clock();
    profile!.write(`[profile] ${label}: ${(now - tMark).toFixed(0)} ms\n`);
    // with a gc hook: collect between phases so each phase is charged its own garbage
    const gc = profile!.gc;
    if (gc) { gc(); const g = clock(); profile!.write(`[profile]   (gc ${(g - now).toFixed(0)} ms)\n`); tMark = g; } else tMark = now;
  };
  // the deck size is known before reading: a global bounded top-K of candidates (a generous multiple of the
  // cap) keeps memory and the merge/rank work bounded on huge inputs; small inputs never reach it
  const allWords = texts.map((t) => countWords(t));
  const capAll = Math.max(0, Math.min(options.maxItems ?? 1500, Math.floor((allWords.reduce((a, b) => a + b, 0) / 1000) * (options.maxItemsPer1000Words ?? 35))));
  const kGlobal = Math.max(20000, capAll * 20);
  const reader = new CorpusReader(options.maxItemsPer1000Words ?? 35, kGlobal, clock);
  for (let di = 0; di < docs.length; di++) reader.readDocument(di, docs[di]!, allWords[di]!);
  const { registry, facts, docWords, warnings, sentDf, nSent, ctxKeys, numberPool, datePool, mentionCites, maxYear, shapeSample } = reader;
  const { tSeg, tTok, tAna, tRest } = reader;
  if (prof) profile!.write(`[profile]   segment ${tSeg.toFixed(0)} ms, wink ${tTok.toFixed(0)} ms, analyse ${tAna.toFixed(0)} ms, mentions ${tRest.toFixed(0)} ms\n`);
  SHAPE_SAMPLE = shapeSample;
  mark(`read + extract (${facts.length} candidate facts, ${nSent} sentences)`);
  registry.finalize();
  mark("registry");
  const totalWords = docWords.reduce((a, b) => a + b, 0);
  const per1000 = options.maxItemsPer1000Words ?? 35;
  const cap = Math.max(0, Math.min(options.maxItems ?? 1500, Math.floor((totalWords / 1000) * per1000)));

  const trace = profile?.traceFacts ? profile : undefined;
  const order = rankFacts(mergeFacts(retypeFacts(facts, registry), sentDf, nSent), registry, trace);
  mark("retype + merge + rank");
  const ctx: BuildCtx = { registry, documents: docs, texts, numberPool, datePool, mentionCites, ctxKeys, seed, maxYear };
  const builder = new ItemBuilder(ctx, cap, trace);
  builder.run(order);
  mark(`build items (${builder.items.length} items from ${builder.nBuilt} attempts)`);
  builder.addTrueFalse(order);
  mark("true/false");
  const items = builder.items;
  SHAPE_ITEMS = { items: items.slice(0, 64), facts: order.slice(0, 64) };
  if (items.length === 0) {
    if (documents.length === 0) warnings.push("No documents were given.");
    else warnings.push("No sentences with askable facts (names, dates, numbers, definitions) were found, so the deck is empty.");
  }
  return { items, warnings };
}

/** Re-type entity facts with the corpus registry (a name's kind is decided by all its mentions); drop junk names and facts left unresolved. */
function retypeFacts(facts: Fact[], registry: EntityRegistry): Fact[] {
  const kept: Fact[] = [];
  const info = new Map<string, { junk: boolean; kind: FactKind; pen: number; canon: string }>();
  for (const f of facts) {
    if (f.mention && (f.kind === "person" || f.kind === "org" || f.kind === "place" || f.kind === "other") && f.mergeKey.startsWith("ent|")) {
      let e = info.get(f.answer);
      if (!e) {
        const k = registry.kindOf(f.answer);
        const c = registry.count(f.answer);
        e = { junk: registry.isJunk(f.answer), kind: k, canon: registry.canon(f.answer), pen: (k === "other" ? (f.answer.includes(" ") ? 0.5 : 1.2) : 0) + (k === "place" ? 0.45 : 0.2) * Math.max(0, Math.log2(Math.max(1, c)) - 2) };
        info.set(f.answer, e);
      }
      if (e.junk) continue;
      f.kind = e.kind;
      f.score -= e.pen;
      f.mergeKey = "ent|" + e.canon + "|" + f.doc + ":" + f.sent.s;
    }
    if (f.unresolved) continue;
    kept.push(f);
  }

  return kept;
}

/** Merge the same fact stated in several documents into one fact citing all of them. */
function mergeFacts(kept: Fact[], sentDf: Int32Array, nSent: number): Fact[] {
  const rareLimit = Math.max(2, Math.floor(nSent * 0.015) + 1);
  const groups = new Map<string, Fact[]>();
  const merged: Fact[] = [];
  for (const f of kept) {
    const key = normAnswer(f.answer) + "|" + f.kind;
    const arr = groups.get(key);
    let target: Fact | undefined;
    if (arr) {
      for (let i = 0; i < arr.length && i < 10; i++) {
        const g = arr[i]!;
        if (g.sent.doc === f.sent.doc && g.sent.s === f.sent.s) { target = g; break; }
        if (g.sent.doc === f.sent.doc) continue;
        if (g.sentText === f.sentText && g.aRel === f.aRel) { target = g; break; } // the same sentence in another document
        const bigNumber = (f.kind === "number" || f.kind === "money") && (f.mention?.value ?? 0) >= 100;
        let shared = 0;
        if (f.keyWords === g.keyWords) shared = 99;
        else {
          const A = f.keyWords;
          const B = g.keyWords;
          let x = 0;
          let y = 0;
          while (x < A.length && y < B.length && shared < 2) {
            const av = A[x]!;
            const bv = B[y]!;
            if (av === bv) { if ((sentDf[av] ?? 0) <= rareLimit) shared++; x++; y++; }
            else if (av < bv) x++;
            else y++;
          }
        }
        const need = f.kind === "person" || f.kind === "org" || f.kind === "place" ? 2 : 1;
        if (bigNumber || (shared >= need && f.kind !== "other" && f.kind !== "term")) { target = g; break; }
      }
    }
    if (target) {
      if (target.sent.doc === f.sent.doc && target.sent.s === f.sent.s) {
        if (f.score > target.score && f.mergeKey !== target.mergeKey) merged.push(f); // a different item type on the same sentence
        continue;
      }
      if (target.extra.length < MAX_CITES - 1 && !target.extra.some((x) => x.doc === f.sent.doc && x.s === f.sent.s)) {
        if (target.extra === NO_EXTRA) target.extra = [];
        target.extra.push(f.sent);
        target.score += 0.5;
      }
      continue;
    }
    if (arr) { if (arr.length < 10) arr.push(f); } else groups.set(key, [f]);
    merged.push(f);
  }

  return merged;
}

/** Rank: the best fact of each sentence first, then the rest by score (a few facts per sentence at most). */
function rankFacts(merged: Fact[], registry: EntityRegistry, trace?: GenerateProfile): Fact[] {
  merged.sort((a, b) => b.score - a.score || a.seq - b.seq);
  const bySent = new Map<string, number>();
  const round1: Fact[] = [];
  const round2: Fact[] = [];
  const entInSent = new Set<string>();
  for (const f of merged) {
    const k = f.doc + ":" + f.sent.s;
    if (f.kind === "term") { round2.push(f); continue; } // definition cards do not use a sentence slot
    if (f.mention && (f.kind === "person" || f.kind === "org" || f.kind === "place")) {
      const ek = k + "|" + registry.canon(f.answer);
      if (entInSent.has(ek)) continue; // one question per entity and sentence (CICA = its long form)
      entInSent.add(ek);
    }
    const c = bySent.get(k) ?? 0;
    const slots = f.sentWords > 60 ? 4 : 3;
    if (c >= slots) continue;
    bySent.set(k, c + 1);
    (c === 0 ? round1 : round2).push(f);
  }
  round2.sort((a, b) => b.score - a.score || a.seq - b.seq);
  const order = round1.concat(round2).filter((f) => f.score > 1.0);
  if (trace) {
    for (const f of merged) ensureRendered(f);
    for (const f of merged) trace.write(`FACT ${f.score.toFixed(2)} ${f.kind} [${f.answer}] ${order.includes(f) ? "" : "(cut)"} :: ${(f.wh ?? f.cloze ?? "").slice(0, 120)}\n`);
  }

  return order;
}

/** Build items from the ranked facts until the deck is full (places capped at PLACE_SHARE of the deck). */
class ItemBuilder {
  readonly items: Item[] = [];
  readonly promptSeen = new Set<string>();
  private readonly answerUse = new Map<string, number>();
  private readonly builtFacts = new Set<string>();
  private readonly deferred: Fact[] = [];
  nBuilt = 0;
  private placeItems = 0;

  constructor(private readonly ctx: BuildCtx, private readonly cap: number, private readonly trace?: GenerateProfile) {}

  run(order: Fact[]): void {
    for (const f of order) {
      if (this.items.length >= this.cap) break;
      this.tryBuild(f, false);
    }
    for (const f of this.deferred) {
      if (this.items.length >= this.cap || this.placeItems + 1 > PLACE_SHARE * (this.items.length + 1)) break;
      this.tryBuild(f, true);
    }
  }

  private tryBuild(f: Fact, deferredPass: boolean): void {
    const registry = this.ctx.registry;
    const items = this.items;
    const promptSeen = this.promptSeen;
    const ak = f.kind + "|" + (f.mention && (f.kind === "person" || f.kind === "org" || f.kind === "place") ? registry.canon(f.answer) : normAnswer(f.answer));
    const used = this.answerUse.get(ak) ?? 0;
    if (used >= (f.kind === "place" ? 2 : 4)) return;
    // places are easy to blank and crowd out people, organisations, numbers, dates and causes: a place needs a
    // decent score, and places take at most about a fifth of the deck (the rest wait until the others are placed)
    if (f.kind === "place") {
      if (f.score < PLACE_MIN_SCORE) return;
      if (this.placeItems + 1 > PLACE_SHARE * (items.length + 1) + (deferredPass ? 0 : 1)) {
        if (!deferredPass) this.deferred.push(f);
        return;
      }
    }
    // a rare spelling of a name ("Tokaev" where the corpus mostly writes "Tokayev") would be marked wrong when a
    // student types the usual one: ask the name where it is spelled the usual way
    if (f.mention && (f.kind === "person" || f.kind === "org" || f.kind === "place") && registry.preferredSpelling(f.answer) !== f.answer) return;
    const sk = f.kind + "|" + f.aRel + "|" + f.sentText;
    if (this.builtFacts.has(sk)) return;
    this.builtFacts.add(sk);
    // the item's prompt is its wh-question or its cloze: when both were already used (the same sentence with a
    // different answer, e.g. syndicated text), the item would be dropped as a duplicate; skip building it
    ensureRendered(f);
    if ((f.wh === undefined || promptSeen.has(f.wh)) && (!f.cloze || promptSeen.has(f.cloze))) return;
    this.nBuilt++;
    const item = buildItem(f, this.ctx);
    if (!item) {
      if (this.trace) this.trace.write(`DROP ${f.kind} [${f.answer}] ${f.cloze?.slice(0, 80)}\n`);
      return;
    }
    if (promptSeen.has(item.prompt)) return;
    promptSeen.add(item.prompt);
    this.answerUse.set(ak, used + 1);
    if (item.kind === "place") this.placeItems++;
    items.push(item);
  }

  /** true/false statements for the best facts already asked, in the room left (at most ~18% of the deck) */
  addTrueFalse(order: Fact[]): void {
    const items = this.items;
    const ctx = this.ctx;
    const promptSeen = this.promptSeen;
    const cap = this.cap;
    const tfMax = Math.min(cap - items.length, Math.round(items.length * 0.18));
    let tf = 0;
    // numbers and dates only: a swapped number or date keeps a false statement plausible, a swapped name or place
    // often does not ("Kazakhstan, the key strategic partner of the Ukraine"); short sentences only (a statement
    // is judged at a glance). Sentences no other item asks about come first; then a statement may restate a fact
    // that another item asks in another form.
    const usedSents = new Set(items.map((i) => i.citations[0]!.documentId + ":" + i.citations[0]!.start));
    const tfSents = new Set<string>();
    for (const pass of [0, 1]) {
      for (const f of order) {
        if (tf >= tfMax) break;
        const sentId = ctx.documents[f.sent.doc]!.id + ":" + f.sent.s;
        if (tfSents.has(sentId) || (pass === 0) === usedSents.has(sentId)) continue;
        if (f.sentWords > 35 || !(f.kind === "number" || f.kind === "money" || f.kind === "date")) continue;
        const item = buildItem(f, ctx, true);
        if (!item || promptSeen.has(item.prompt)) continue;
        promptSeen.add(item.prompt);
        tfSents.add(sentId);
        items.push(item);
        tf++;
      }
    }
  }
}

const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);

/** The last non-stopword among the (up to) four words before position `at` of `t`; a char loop, no regex. */
export function prevContentWordAt(t: string, at: number): string {
  let i = at;
  for (let w = 0; w < 4; w++) {
    while (i > 0 && !isLetterCode(t.charCodeAt(i - 1))) i--;
    if (i <= 0) return "";
    const e = i;
    while (i > 0 && isLetterCode(t.charCodeAt(i - 1))) i--;
    const word = t.slice(i, e).toLowerCase();
    if (!EN_STOPWORDS.has(word)) return word;
  }
  return "";
}

function prevContentWord(toks: Tok[], i: number): string {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const w = toks[k]!.v.toLowerCase();
    if (/^[a-z]+$/.test(w) && !EN_STOPWORDS.has(w)) return w;
  }
  return "";
}

// ------------------------------------------------------------------------------------------------
// Sentence analysis: mentions -> fact candidates with prompts

interface Analysis {
  mentions: Mention[];
  facts: Fact[];
  keys: Int32Array;
}

const KIND_BASE: Record<string, number> = { person: 3.0, org: 2.8, place: 1.9, date: 2.6, number: 3.0, money: 3.0, quote: 3.2, term: 3.3, cause: 3.6, other: 1.4 };

/** What every fact of one sentence shares (one object per sentence instead of closures over the sentence). */
class SentBase {
  constructor(
    readonly doc: number,
    readonly sref: SentRef,
    readonly text: string,
    readonly words: number,
    readonly edits: Edit[],
    readonly ctxPrefix: string,
    readonly keys: Int32Array,
    readonly unresolved: boolean,
  ) {}
}

/** keeps SentBase's hidden class alive between decks (see KEEP_READER_SHAPES) */
export const KEEP_SENT_BASE_SHAPE = new SentBase(0, { doc: 0, s: 0, e: 0 }, "", 0, [], "", new Int32Array(0), false);

/** A fact candidate of the sentence `b` (every fact has the same fields in the same order: one hidden class). */
function mkFact(b: SentBase, kind: FactKind, answer: string, a: number, e: number, score: number, mention?: Mention, mergeKey?: string): Fact {
  return {
    id: 0, kind, answer, doc: b.doc, sent: b.sref, sentText: b.text, sentWords: b.words, aRel: a, aEnd: e, mention,
    cloze: undefined, wh: undefined, whType: undefined, tfText: undefined, tfA: undefined, tfB: undefined,
    pe: b.edits, ctxPrefix: b.ctxPrefix, extra: NO_EXTRA, score, keyWords: b.keys,
    mergeKey: mergeKey ?? kind + "|" + answer, unresolved: b.unresolved, seq: 0, rendered: false, dist: undefined,
  };
}

/** A flashcard fact with its own question. */
function withWh(f: Fact, wh: string): Fact {
  f.wh = wh;
  f.whType = "flashcard";
  return f;
}

export function analyseSentence(text: string, s: Sentence, toks: Tok[], di: number, lastPersons: string[], prevText?: string): Analysis {
  // run-on "sentences" (lists, tables, text without punctuation) are not askable; skipping them keeps cost linear
  if (toks.length > 400) return { mentions: [], facts: [], keys: new Int32Array(0) };
  const mentions = extractMentions(text, toks);
  const isQuestion = /\?["”’]?$/.test(s.text.trim());
  const keys = contentKeys(toks);
  const facts: Fact[] = [];
  const s0 = s.start;
  let sentWords = 0;
  for (const t of toks) {
    const c = t.v.charCodeAt(0);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) sentWords++;
  }
  const sref: SentRef = { doc: di, s: s.start, e: s.end };
  // pronoun resolution at sentence start
  const edits: Edit[] = [];
  let unresolved = false;
  let fi = 0;
  while (fi < toks.length && /^(but|and|yet|so|still|however|moreover|indeed|,)$/i.test(toks[fi]!.v)) fi++;
  const first = toks[fi];
  let resolvedSubject: string | undefined;
  // he/she/his/her before any person named in the sentence refers to an earlier sentence: resolve the first one
  const firstPerson = mentions.find((m) => m.kind === "person" || (m.kind === "other" && !m.text.includes(" ")));
  let pronounTok: Tok | undefined;
  for (let k = fi; k < toks.length && k < fi + 14; k++) {
    const t = toks[k]!;
    if (firstPerson && t.s >= firstPerson.s) break;
    const l = t.v.toLowerCase();
    if (l === "he" || l === "she" || l === "his" || l === "her") { pronounTok = t; break; }
  }
  if (pronounTok && lastPersons.length) {
    const fl = pronounTok.v.toLowerCase();
    const name = lastPersons[0]!;
    const repl = fl === "his" || fl === "her" ? name + "’s" : name;
    edits.push({ a: pronounTok.s - s0, b: pronounTok.e - s0, r: /^\p{Lu}/u.test(pronounTok.v) || pronounTok === first ? repl : repl });
    resolvedSubject = name;
  } else if (pronounTok && pronounTok === first) {
    unresolved = true;
  }
  if (first && !pronounTok) {
    const fl = first.v.toLowerCase();
    if (["he", "she", "his", "her", "it", "its", "they", "their", "we", "i", "our"].includes(fl)) {
      unresolved = true;
    } else if (["this", "these", "those", "that", "such"].includes(fl)) {
      // a demonstrative pronoun ("This is ...") needs context; a determiner ("This time ...") does not
      const nx = toks[fi + 1];
      if (!nx || nx.pos === "AUX" || nx.pos === "VERB" || nx.pos === "PUNCT" || nx.pos === "ADV") unresolved = true;
    }
  }
  // a leading it/this/they is answerable when the previous sentence of the paragraph is shown as context
  const ctxOk = !!prevText && !/^\s*(he|she|it|its|they|their|we|i|our|his|her)\b/i.test(prevText)
    && !/^\s*(this|that|these|those)\s+(is|was|are|were|has|have|had|will|would|can|could|may|might|also|,)/i.test(prevText);
  if (isQuestion || (unresolved && !ctxOk)) return { mentions, facts, keys };
  const pronounCtx = unresolved;
  unresolved = false;
  // cloze context for very short sentences (and for sentences opening with a pronoun)
  const shortCtx = (sentWords < 8 || pronounCtx) && prevText ? prevText + " " : "";
  const base = new SentBase(di, sref, s.text, sentWords, edits, shortCtx, keys, unresolved);
  const lenPenalty = (sentWords < 6 && !shortCtx ? 1.2 : sentWords > 70 ? 0.7 : sentWords > 45 ? 0.3 : 0) + (pronounCtx ? 0.4 : 0);
  // quote span (for speaker questions)
  const qm = /“([^”]{20,400})”/.exec(s.text) ?? /"([^"]{20,400})"/.exec(s.text);
  const quoteRange = qm ? [qm.index, qm.index + qm[0].length] : null;

  for (const m of mentions) {
    if (m.modifier || isQuestion) continue;
    const a = m.s - s0;
    const b = m.e - s0;
    const posBonus = 0.3 * (a / Math.max(1, s.text.length));
    // (trivia answers are already filtered out by extractMentions)
    if (m.kind === "date") {
      const g = m.gran === "day" ? 0.3 : m.gran === "month" ? 0.1 : m.gran === "decade" ? -0.8 : 0;
      const f = mkFact(base, "date", m.text, a, b, KIND_BASE.date! + g + posBonus - lenPenalty, m);
      // fronted date: "On Jan. 11, X announced ..." -> "On what date did X announce ...?"
      if (m.ts === fi + 1 && /^(on|in)$/i.test(toks[fi]!.v) && toks[m.te + 1]?.v === ",") {
        let k = m.te + 2;
        const subjStart = k;
        while (k < toks.length && k - subjStart < 8 && toks[k]!.pos !== "VERB" && toks[k]!.pos !== "AUX" && toks[k]!.v !== ",") k++;
        const vt = toks[k];
        if (vt && vt.pos === "VERB" && isPast(vt) && k > subjStart) {
          let subj = text.slice(toks[subjStart]!.s, toks[k - 1]!.e);
          const sl = subj.toLowerCase();
          if (sl === "he" || sl === "she") subj = resolvedSubject ?? "";
          const properSubj = !/^(the|a|an|this|these|those|its|their|some|many|most)$/i.test(toks[subjStart]!.v);
          const subordinate = /^(when|while|as|after|before|if|because|since|although|though|where|which|who)$/i.test(toks[subjStart]!.v);
          if (subj && !subordinate && !["it", "they", "we", "i", "this"].includes(sl)) {
            const rest = text.slice(vt.e, s.end);
            const wh = m.gran === "year" ? "In what year" : m.gran === "month" ? "In what month and year" : "On what date";
            f.wh = `${wh} did ${lowerFirst(subj, properSubj)} ${vt.lemma.toLowerCase()}${rest}`;
            f.whType = "any";
            f.score += 0.6;
          }
        }
      }
      facts.push(f);
      continue;
    }
    if (m.kind === "number" || m.kind === "money") {
      const unitBonus = m.unit && !/^(year|day|month|week|hour|time)$/.test(m.unit) ? 0.3 : m.unit ? -0.6 : 0;
      const scaleBonus = /million|billion|,/.test(m.text) ? 0.2 : 0;
      facts.push(mkFact(base, m.kind, m.text, a, b, KIND_BASE[m.kind]! + unitBonus + scaleBonus + posBonus - lenPenalty, m));
      continue;
    }
    // names
    const mInQuote = !!quoteRange && a >= quoteRange[0]! && b <= quoteRange[1]!;
    if (mInQuote && m.kind !== "person") continue;
    const f = mkFact(base, m.kind, m.text, a, b, (KIND_BASE[m.kind] ?? 1.4) + posBonus - lenPenalty + (m.role || m.desc ? 0.3 : 0), m);
    f.mergeKey = "ent|" + m.text;
    // subject questions: "[Title] NAME VERB ..." -> "Who VERB ...?"
    let subjStart = m.ts;
    if (m.role) {
      const r0 = toks.findIndex((t) => t.s >= m.s - m.role!.length - 2 && t.s < m.s);
      if (r0 >= 0) subjStart = r0;
    }
    // a place as the subject of a verb is usually a government (metonymy: "Moscow has been careful ..."):
    // a country or a capital can be asked as such ("Which capital ...?"); other places get no subject question
    const lowM = m.text.toLowerCase();
    const whWord = m.kind === "person" ? "Who" : m.kind === "org" ? "Which organization" : m.kind === "place" ? (CAPITALS.has(lowM) ? "Which capital" : PLACES.has(lowM) && !CITIES.has(lowM) ? "Which country" : "") : "";
    let prefixEnd = fi;
    // a short fronted phrase ending with a comma may precede the subject
    if (subjStart > fi) {
      const comma = toks.slice(fi, subjStart).findIndex((t) => t.v === ",");
      if (comma >= 0 && fi + comma === subjStart - 1 && subjStart - fi <= 12 && !toks.slice(fi, subjStart - 1).some((t) => t.pos === "VERB" || t.pos === "AUX" || t.v === "(")) prefixEnd = subjStart;
    }
    const nt = toks[m.te + 1];
    if (whWord && !m.possessive && subjStart === prefixEnd) {
      const prefix = subjStart > fi ? text.slice(toks[fi]!.s, toks[subjStart - 1]!.e).trim() + " " : "";
      const ww = prefix ? whWord.charAt(0).toLowerCase() + whWord.slice(1) : whWord;
      if (nt && (nt.pos === "VERB" || nt.pos === "AUX")) {
        f.wh = prefix + ww + text.slice(toks[m.te]!.e, s.end);
        f.whType = "any";
        f.score += 0.6;
      } else if (nt && nt.v === "," && m.desc && m.kind === "person") {
        const dEnd = text.indexOf(m.desc, toks[m.te]!.e) + m.desc.length;
        const after = toks.findIndex((t) => t.s >= dEnd + 1 && t.v !== ",");
        const vt = toks[after];
        if (vt && (vt.pos === "VERB" || vt.pos === "AUX") && text.slice(dEnd, vt.s).trim() === ",") {
          const desc = m.desc.replace(/^(a|an|the)\s+/i, "");
          f.wh = `${prefix}${prefix ? "who" : "Who"} is the ${desc} who${text.slice(vt.s - 1, s.end)}`;
          f.whType = "any";
          f.score += 0.8;
        }
      }
    }
    // clause subject: "..., while China builds and finances infrastructure." -> "Which country builds ...?"
    if (!f.wh && whWord && !m.possessive && m.ts > fi + 2 && nt && nt.pos === "VERB" && /^(while|whereas|where)$/i.test(toks[m.ts - 1]!.v)) {
      let k = m.te + 1;
      while (k < toks.length && !/^[,;:.!?—–]$/.test(toks[k]!.v)) k++;
      if (k - m.te >= 3) {
        const clause = text.slice(toks[m.te]!.e, toks[k - 1]!.e);
        const sp = mentions.find((x) => (x.kind === "person" || (x.kind === "other" && !x.text.includes(" "))) && x.ts === fi && !x.possessive);
        f.wh = `${whWord}${clause}${sp ? ", according to " + sp.text : ""}`;
        f.whType = "any";
        f.score += 0.5;
      }
    }
    // quote speaker: argued the Atlantic Council's John Herbst, ..., “...”
    if (!f.wh && m.kind === "person" && qm && !mInQuote) {
      let verb: Tok | undefined;
      for (let k = Math.max(0, m.ts - 4); k <= Math.min(toks.length - 1, m.te + 2); k++) if (SPEECH_VERBS.has(toks[k]!.v.toLowerCase())) { verb = toks[k]; break; }
      if (verb && qm[1]!.split(/\s+/).length >= 6) {
        f.wh = `Who ${verb.v.toLowerCase()} that “${qm[1]!.trim()}”`;
        f.whType = "any";
        f.kind = "person";
        f.score += 0.7;
      }
    }
    facts.push(f);
    // a person's other name given in the text (Nazarbayev – "Elbasi" or "Father of the Nation")
    if (m.nick && m.nick.length && m.kind !== "place") {
      const nk = m.nick[0]!;
      const na = s.text.indexOf(nk, b);
      if (na >= 0 && na - b < 12) {
        const other = m.nick[1];
        const nf = mkFact(base, "term", nk, na, na + nk.length, KIND_BASE.term! - 0.3 - lenPenalty, undefined, "nick|" + normAnswer(nk));
        facts.push(other ? withWh(nf, `Besides “${other}”, what name is ${m.text} known by?`) : nf);
      }
    }
    // term cards for organisations: acronym and description
    if (m.acronym && m.text !== m.acronym) {
      facts.push(withWh(mkFact(base, "term", m.text, a, b, KIND_BASE.term! - lenPenalty, undefined, "acr|" + m.acronym), `What does the acronym ${m.acronym} stand for?`));
    }
    // who a person is, from an appositive: "John Herbst, a former U.S. ambassador to Ukraine and Uzbekistan, …"
    if (m.desc && m.kind === "person" && m.text.includes(" ") && /^(a|an|the|former)\s/.test(m.desc) && m.desc.split(" ").length >= 3 && !m.desc.includes(m.text)) {
      const da = s.text.indexOf(m.desc, b);
      if (da >= 0) facts.push(withWh(mkFact(base, "term", m.desc, da, da + m.desc.length, KIND_BASE.term! - 0.3 - lenPenalty, undefined, "who|" + normAnswer(m.text)), `Who is ${m.text}?`));
    }
    if (m.desc && m.kind === "org" && (m.strength ?? 1) >= 2 && /^(a|an)\s/.test(m.desc) && !m.desc.includes(m.text)) {
      const da = s.text.indexOf(m.desc, b);
      if (da >= 0) {
        const name = m.acronym && m.text !== m.acronym ? `${m.text} (${m.acronym})` : m.text;
        facts.push(withWh(mkFact(base, "term", m.desc, da, da + m.desc.length, KIND_BASE.term! - 0.2 - lenPenalty, undefined, "def|" + normAnswer(m.text)), `What is the ${name}?`));
      }
    }
  }
  // roles: "appointing a known nationalist as the minister of culture and information"
  const ROLE_RE = /\bas (?:the |a |an |its |their )?((?:(?:former|new|acting|deputy|first|senior|chief|interim|vice|prime|foreign) )*(?:minister|chairman|chairwoman|head|president|secretary|director|ambassador|chief|leader|governor|commander|spokesman|spokeswoman|editor|envoy|adviser|advisor|speaker|mayor|premier|chancellor|founder)(?: of (?:the )?[a-z][a-z ]*?)?)(?=[.,;:)!?]|\s(?:in|to|by|from|after|before|since|until|for|on)\s|$)/g;
  let rm: RegExpExecArray | null;
  while (s.text.includes(" as ") && (rm = ROLE_RE.exec(s.text))) {
    const ans = rm[1]!;
    const a = rm.index + rm[0].indexOf(ans);
    if (ans.split(" ").length >= 3) facts.push(mkFact(base, "other", ans, a, a + ans.length, 3.1 - lenPenalty, undefined, "role|" + normAnswer(ans)));
  }
  // predicate nouns at clause end: "the CSTO appeared to be a paper tiger."
  const PRED_RE = /\b(?:is|was|are|were|be|been|appeared to be|seemed to be|seems to be|appears to be|became|becomes|remains|remained)\s+((?:a|an)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)(?=\s*[.,;:!?]|$)/g;
  while ((s.text.includes(" a ") || s.text.includes(" an ")) && (rm = PRED_RE.exec(s.text))) {
    const ans = rm[1]!;
    const head = ans.split(" ").pop()!;
    if (EN_STOPWORDS.has(head) || /^(the|a|an|one|thing|things|way|lot|part|bit|kind|sort|number|result|case)$/.test(head)) continue;
    const a = rm.index + rm[0].lastIndexOf(ans);
    // a negated predicate ("has not been a disaster") says what something is not: a vague question
    if (/\b(not|never|no longer)\s+$|n[’']t\s+$/i.test(s.text.slice(Math.max(0, rm.index - 12), rm.index))) continue;
    const headTok = toks.find((t) => t.e === s.start + a + ans.length);
    if (!headTok || headTok.pos !== "NOUN") continue;
    const reported = /\b(complain|said|says|argu|claim|warn|call|describ|dubb|consider)/i.test(s.text.slice(0, a));
    facts.push(mkFact(base, "other", ans, a, a + ans.length, 2.5 + (reported ? 0.9 : 0) - lenPenalty, undefined, "pred|" + normAnswer(ans)));
  }
  phraseFacts(s.text, base, lenPenalty, facts);
  // causes
  if (/rigger|park|rompt|ause|uel|led to|riven|made/.test(s.text)) {
    const c1 = /^(Triggered|Sparked|Prompted|Caused|Fuelled|Fueled|Driven) by ([^,]{8,160}), (the \w+|\w+ \w+)/.exec(s.text);
    if (c1) {
      const ans = c1[2]!;
      const a = c1.index + c1[0].indexOf(ans, c1[1]!.length);
      facts.push(withWh(mkFact(base, "cause", ans, a, a + ans.length, KIND_BASE.cause! - lenPenalty, undefined, "cause|" + normAnswer(ans)), endQ(`What ${c1[1]!.toLowerCase()} ${c1[3]}`)));
    }
    const c2 = /^((?:A|An|The) [^,;]{5,80}?) (triggered|sparked|caused|prompted|fuelled|fueled|led to) ([^;]{5,160}?)[.!]?$/.exec(s.text);
    if (c2) {
      const ans = c2[1]!;
      facts.push(withWh(mkFact(base, "cause", ans, 0, ans.length, KIND_BASE.cause! - lenPenalty, undefined, "cause|" + normAnswer(ans)), endQ(`What ${c2[2]} ${c2[3]}`)));
    }
    // "The dramatic exit of the United States from Afghanistan made Russia ... the sole security guarantors":
    // "made" only with a long nominal subject (an event: "the exit of ..."), not "The government made a decision"
    const c3 = !c2 ? /^((?:The) [^,;]{12,80}? (?:of|from|by) [^,;]{3,60}?) (made|forced|pushed|allowed) ([^;]{5,160}?)[.!]?$/.exec(s.text) : null;
    if (c3 && c3[1]!.split(" ").length >= 5 && !/\b(is|was|are|were|has|have|had|will|would)\b/.test(c3[1]!)) {
      const ans = c3[1]!;
      facts.push(withWh(mkFact(base, "cause", ans, 0, ans.length, KIND_BASE.cause! - 0.3 - lenPenalty, undefined, "cause|" + normAnswer(ans)), endQ(`What ${c3[2]} ${c3[3]}`)));
    }
  }
  return { mentions, facts, keys };
}

/** words that introduce a short quotation worth asking: slogans, labels, titles, names given to people or events */
const QUOTE_CUE = /\b(chant(?:ing|ed|s)?|shout(?:ing|ed|s)?|slogans?|call(?:ing|ed|s)?|dubb(?:ing|ed)|dubs?|brand(?:ing|ed|s)?|label(?:l?ing|l?ed|s)?|describ(?:ing|ed|es)|terms?|titled?|title of|known as|as)\s*\(?$/i;
/** legal and accusatory frames: "arrested on suspicion of treason", "charged with terrorism" */
const CHARGE_RE = /\b(?:on suspicion of|suspected of|charged with|accused of|convicted of|on charges of)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)(?=\s*(?:[.,;:!?)]|and\b|or\b|after\b|in\b|for\b|$))/g;

/**
 * Facts that are phrases, not names: a short quotation introduced by a cue ("chanting “Old man, leave!”",
 * "the title of “father of the nation”", "as “terrorists and thugs financed from abroad.") and the charge in
 * an accusation ("arrested on suspicion of treason").
 */
function phraseFacts(t: string, base: SentBase, lenPenalty: number, facts: Fact[]): void {
  if (t.includes("“") || t.includes('"')) {
    const re = /[“"]([^”"]{3,80})(?:[”"]|$)/g;
    let qm: RegExpExecArray | null;
    while ((qm = re.exec(t))) {
      let inner = qm[1]!;
      const innerAt = qm.index + 1;
      inner = inner.replace(/[\s.,;:]+$/, ""); // "… from abroad.”": the period is the sentence's, not the label's
      const nw = inner.split(/\s+/).filter(Boolean).length;
      if (nw < 2 || nw > 10 || !/\p{L}/u.test(inner)) continue;
      if (!QUOTE_CUE.test(t.slice(Math.max(0, qm.index - 24), qm.index))) continue;
      const ans = inner.trim();
      const a = innerAt + inner.indexOf(ans);
      facts.push(mkFact(base, "quote", ans, a, a + ans.length, 2.9 - lenPenalty, undefined, "quote|" + normAnswer(ans)));
    }
  }
  // definitions: "The Treaty defines aggression as an “armed attack …”", "X is defined as …", "X refers to …"
  if (t.includes("define") || t.includes(" refers to ")) {
    const dm = /\b(?:(?:defines|defined)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+as|((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)\s+(?:is|are|was|were)\s+defined\s+as|((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)\s+refers\s+to)\s+(?:an?\s+)?[“"]?([^.;”"]{4,160})/.exec(t);
    const term = dm ? (dm[1] ?? dm[2] ?? dm[3] ?? "").replace(/^(the|a|an)\s+/i, "") : "";
    if (dm && term && !EN_STOPWORDS.has(term.toLowerCase())) {
      const ans = dm[4]!.replace(/[\s,]+$/, "");
      const a = dm.index + dm[0].lastIndexOf(ans);
      if (ans.split(/\s+/).length >= 2) {
        // the definer when the sentence opens with it ("The Treaty defines …" -> "How does the Treaty define …?")
        const who = /^(The \w+|[A-Z][\w-]*(?: [A-Z][\w-]*)*) defines\b/.exec(t.slice(0, dm.index + 8));
        const wh = who ? `How does ${who[1]!.replace(/^The /, "the ")} define ${term}?` : `What is ${term}, according to the text?`;
        facts.push(withWh(mkFact(base, "term", ans, a, a + ans.length, KIND_BASE.term! - lenPenalty, undefined, "define|" + normAnswer(term)), wh));
      }
    }
  }
  if (t.includes(" of ") || t.includes(" with ")) {
    CHARGE_RE.lastIndex = 0;
    let cm: RegExpExecArray | null;
    while ((cm = CHARGE_RE.exec(t))) {
      const ans = cm[1]!;
      if (EN_STOPWORDS.has(ans)) continue;
      const a = cm.index + cm[0].lastIndexOf(ans);
      facts.push(mkFact(base, "other", ans, a, a + ans.length, 3.0 - lenPenalty, undefined, "charge|" + normAnswer(ans)));
    }
  }
}

// ------------------------------------------------------------------------------------------------
// Item building

interface BuildCtx {
  registry: EntityRegistry;
  documents: Doc[];
  texts: string[];
  numberPool: Map<string, { text: string; value: number; format: string; cite: SentRef }[]>;
  datePool: Map<string, { text: string; cite: SentRef }[]>;
  mentionCites: Map<string, SentRef>;
  ctxKeys: Set<string>;
  seed: number;
  /** latest year mentioned in the corpus: made-up years never go past it (no dates in the documents' future) */
  maxYear: number;
}

function cite(ctx: BuildCtx, r: SentRef): Citation {
  const d = ctx.documents[r.doc]!;
  const c: Citation = { documentId: d.id, start: r.s, end: r.e, quote: ctx.texts[r.doc]!.slice(r.s, r.e) };
  if (d.path !== undefined) c.path = d.path;
  return c;
}

const FALLBACK: Record<string, string[]> = {
  person: ["Ivan Petrov", "Anna Schmidt", "David Clarke", "Maria Lopez", "Omar Haddad", "Sofia Ricci"],
  org: ["United Nations", "World Bank", "European Union", "African Union", "Red Cross", "World Health Organization"],
  orgAcr: ["UN", "NATO", "OSCE", "WHO", "IMF", "ASEAN"],
  place: ["France", "Brazil", "Canada", "Egypt", "Japan", "Norway", "Kenya", "Peru"],
};

function formatNumber(v: number, format: string): string {
  const [cur, comma, dec, scale, pct] = format.split("|");
  let base = v;
  if (scale) base = v / ({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 } as Record<string, number>)[scale]!;
  const decimals = dec ? +dec.slice(1) : 0;
  let str = decimals ? base.toFixed(decimals) : String(Math.round(base));
  if (comma) str = str.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const unit = pct ? pct.slice(1) : "";
  return (cur ?? "") + str + (scale ? " " + scale : "") + (pct ? (unit === "%" ? "%" : " " + unit) : "");
}

function roundSig(v: number, ref: number): number {
  const digits = String(Math.round(ref)).replace(/0+$/, "").length;
  const sig = Math.max(1, Math.min(3, digits));
  if (v === 0) return 0;
  const p = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - sig + 1);
  return Math.round(v / p) * p;
}

function numberDistractors(f: Fact, ctx: BuildCtx, rng: Rng, k: number, avoid: string): { text: string; cite?: SentRef }[] {
  const m = f.mention!;
  const p = parseNumber(m.text);
  if (!p) return [];
  const out: { text: string; cite?: SentRef }[] = [];
  const seen = new Set<string>([normAnswer(m.text)]);
  const ok = (t: string, v: number) => {
    const n = normAnswer(t);
    if (seen.has(n) || avoid.includes(" " + n + " ")) return false;
    if (Math.abs(v - p.value) / Math.max(v, p.value) < 0.15) return false;
    if (p.format.includes("%") && v > 100) return false;
    return true;
  };
  const pool = ctx.numberPool.get(f.kind + "|" + (m.unit ?? "") + "|" + p.format) ?? [];
  for (const c of shuffle(pool.slice(0, 60), rng)) {
    if (out.length >= k) break;
    if (c.value / p.value > 5 || p.value / c.value > 5) continue;
    if (!ok(c.text, c.value)) continue;
    seen.add(normAnswer(c.text));
    out.push({ text: c.text, cite: c.cite });
  }
  const factors = shuffle([0.4, 0.5, 0.6, 0.75, 1.3, 1.5, 2, 2.5, 3], rng);
  for (const fac of factors) {
    if (out.length >= k) break;
    let v = roundSig(p.value * fac, p.value);
    if (p.format.includes("%") && v > 95) continue;
    if (v < 1) continue;
    const t = formatNumber(v, p.format);
    if (!parseNumber(t) || parseNumber(t)!.format !== p.format) continue;
    if (!ok(t, parseNumber(t)!.value)) continue;
    seen.add(normAnswer(t));
    out.push({ text: t });
  }
  return out;
}

function formatDate(format: string, y?: number, mo?: number, d?: number): string {
  const mName = mo ? MONTH_NAMES[mo - 1]! : "";
  switch (format) {
    case "Y": return String(y);
    case "decade": return `${y}s`;
    case "MY": return `${mName} ${y}`;
    case "MD": return `${mName} ${d}`;
    case "MDY": return `${mName} ${d}, ${y}`;
    case "Md": return `${MONTH_ABBR[mo! - 1]} ${d}`;
    case "MdY": return `${MONTH_ABBR[mo! - 1]} ${d}, ${y}`;
    case "DM": return `${d} ${mName}`;
    case "DMY": return `${d} ${mName} ${y}`;
    default: return "";
  }
}

function dateDistractors(f: Fact, ctx: BuildCtx, rng: Rng, k: number, avoid: string): { text: string; cite?: SentRef }[] {
  const m = f.mention!;
  const out: { text: string; cite?: SentRef }[] = [];
  const seen = new Set<string>([normAnswer(m.text)]);
  const push = (t: string, c?: SentRef) => {
    const n = normAnswer(t);
    if (!t || seen.has(n) || avoid.includes(" " + n + " ")) return;
    seen.add(n);
    out.push({ text: t, cite: c });
  };
  const pool = ctx.datePool.get((m.gran ?? "") + "|" + (m.format ?? "")) ?? [];
  for (const c of shuffle(pool.slice(0, 60), rng)) {
    if (out.length >= Math.min(2, k)) break;
    const pd = parseDate(c.text);
    if (!pd || pd.gran !== m.gran) continue;
    if (m.gran === "day" && pd.month === m.month && Math.abs((pd.day ?? 0) - (m.day ?? 0)) < 2) continue;
    push(c.text, c.cite);
  }
  const offsets = shuffle(m.gran === "day" ? [-9, -6, -4, -3, 3, 4, 6, 9, 12] : m.gran === "month" ? [-5, -3, -2, 2, 3, 4, 7] : m.gran === "decade" ? [-30, -20, -10, 10, 20] : [-9, -6, -4, -3, -2, 2, 3, 5, 7], rng);
  for (const o of offsets) {
    if (out.length >= k) break;
    if (m.gran === "day") {
      const d = (m.day ?? 1) + o;
      if (d < 1 || d > 28) continue;
      push(formatDate(m.format ?? "MD", m.year, m.month, d));
    } else if (m.gran === "month") {
      let mo = (m.month ?? 1) + o;
      let y = m.year ?? 2000;
      if (mo < 1) { mo += 12; y--; }
      if (mo > 12) { mo -= 12; y++; }
      push(formatDate("MY", y, mo));
    } else if (m.gran === "decade") {
      if ((m.year ?? 1990) + o > Math.max(ctx.maxYear, m.year ?? 0)) continue;
      // "the 1980s and ’90s": the short form of a decade in the prompt counts as that decade
      if (avoid.includes(" " + String(((m.year ?? 1990) + o) % 100).padStart(2, "0") + "s ")) continue;
      push(formatDate("decade", (m.year ?? 1990) + o));
    } else {
      const y = (m.year ?? 2000) + o;
      if (y > Math.max(ctx.maxYear, m.year ?? 0)) continue;
      push(String(y));
    }
  }
  return out;
}

function entityDistractors(f: Fact, ctx: BuildCtx, rng: Rng, k: number, avoid: string, quotes: string[]): { text: string; cite?: SentRef }[] {
  const reg = ctx.registry;
  const ans = f.answer;
  const ansCanon = reg.canon(ans);
  const na = normAnswer(ans);
  const out: { text: string; cite?: SentRef }[] = [];
  const seen: string[] = [na];
  const isCountry = PLACES.has(ans.toLowerCase());
  const ansType = placeType(ans);
  const prevWord = prevContentWordAt(f.sentText, f.aRel);
  // capitalised words of the prompt ("Kazakh", "Russian"): a place they name is no plausible wrong option
  const promptCaps = f.kind === "place" ? capWordStems((f.ctxPrefix ?? "") + f.sentText) : undefined;
  const good = (t: string, canon: string | null) => {
    const n = normAnswer(t);
    if (!n || seen.some((x) => x === n || (" " + x + " ").includes(" " + n + " ") || (" " + n + " ").includes(" " + x + " "))) return false;
    if (canon && canon === ansCanon) return false;
    if (reg.sameEntity(t, ans)) return false;
    // near-synonyms of the key ("Central Asian region" for "Central Asia") would also be true
    if (f.kind !== "person" && n.length >= 6 && na.length >= 6 && n.slice(0, 6) === na.slice(0, 6)) return false;
    const aliases = canon ? reg.aliases(t) : [t];
    for (const al of aliases) {
      const nal = normAnswer(al);
      if (nal && avoid.includes(" " + nal + " ")) return false;
    }
    if (prevWord && ctx.ctxKeys.has(prevWord + ">" + t)) return false;
    return true;
  };
  if (f.kind === "place" && ansType === "facility") return out; // no fitting places: no mcq
  // people: a wrong option plays the same part in the corpus as the key (a leader for a leader, an analyst for an
  // analyst); a person whose part is unknown is taken only when too few of the same part exist
  const keyRole = f.kind === "person" ? reg.roleOf(ans) : null;
  // candidates in a seeded random order; display forms are computed only until k options are found
  const style = displayStyle(ans);
  const cands = reg.listByKind(f.kind, 80);
  let pool = shuffle(cands.length > 41 ? cands.slice(0, 41) : cands, rng);
  if (keyRole) {
    // the same part first, then the same sphere (politicians: leaders and officials; commentators: experts and
    // people quoted saying things), then people whose part is unknown
    const ks = roleSphere(keyRole);
    const same: string[] = [];
    const near: string[] = [];
    const unknown: string[] = [];
    for (const c of pool) {
      const r = reg.roleOfCanon(c);
      if (r === keyRole) same.push(c);
      else if (r !== null && roleSphere(r) === ks) near.push(c);
      // a person of unknown part may be a head of state: commentators get made-up commentators instead
      else if (r === null && ks !== 2) unknown.push(c);
    }
    pool = same.concat(near, unknown);
  }
  for (const c of pool) {
    if (out.length >= k) break;
    if (c === ansCanon) continue;
    const t = reg.displayAs(c, style);
    if (!t) continue;
    // places: every option of the key's subtype (country, city, region), else the key stands out
    if (f.kind === "place" && (placeType(t) !== ansType || cuedByPrompt(t, promptCaps) || !/^\p{Lu}/u.test(t)
      || (ansType === "region" && !MACRO_REGIONS.has(t.toLowerCase()) && !MULTIWORD_PLACES.has(t.toLowerCase())))) continue;
    if (!good(t, c)) continue;
    seen.push(normAnswer(t));
    out.push({ text: t, cite: ctx.mentionCites.get(t) });
  }
  // made-up options only to complete a set that the corpus mostly supplies, and only where they fit
  const fallbackFits = out.length >= 2 && ((f.kind === "person" && keyRole !== "leader" && keyRole !== "official") // no made-up heads of state
    || (f.kind === "place" && isCountry)
    || (f.kind === "org" && /(organi[sz]ation|union|alliance|council|nations|bank|fund|treaty|bloc|[A-Z]{2,})$/i.test(ans)));
  if (out.length < k && fallbackFits) {
    const isAcr = /^[A-Z][A-Z0-9&.]{1,7}$/.test(ans);
    const fb = f.kind === "org" && isAcr ? FALLBACK.orgAcr! : FALLBACK[f.kind] ?? [];
    for (const t0 of shuffle(fb, rng)) {
      if (out.length >= k) break;
      const t = f.kind === "person" && !ans.includes(" ") ? t0.split(" ").pop()! : t0;
      if (!good(t, null)) continue;
      seen.push(normAnswer(t));
      out.push({ text: t });
    }
  }
  return out;
}

/**
 * The wrong value for a false statement: the option nearest the key (a year or two off, a number of the same
 * size), so the statement cannot be judged false from general knowledge ("during its 1989 war with Azerbaijan").
 */
function closestDistractor(f: Fact, ds: { text: string }[]): string {
  const m = f.mention;
  let best = ds[0]!.text;
  if (!m) return best;
  let bd = Infinity;
  for (const d of ds) {
    let dist = Infinity;
    if (f.kind === "date") {
      const pd = parseDate(d.text);
      if (pd && m.year !== undefined && pd.year !== undefined) dist = Math.abs(pd.year - m.year) * 12 + Math.abs((pd.month ?? 1) - (m.month ?? 1));
      else if (pd && m.month !== undefined && pd.month !== undefined) dist = Math.abs(pd.month - m.month) * 31 + Math.abs((pd.day ?? 1) - (m.day ?? 1));
    } else {
      const pn = parseNumber(d.text);
      if (pn && m.value) dist = Math.abs(Math.log(pn.value / m.value));
    }
    if (dist < bd) { bd = dist; best = d.text; }
  }
  return best;
}

/** politicians (leaders, officials) = 1, commentators (experts, people quoted) = 2, unknown = 0 */
function roleSphere(r: string | null): number {
  return r === "leader" || r === "official" ? 1 : r === "expert" || r === "speaker" ? 2 : 0;
}

/** 4-letter stems of the capitalised words of a text ("The Kazakh leadership" -> kaza). */
function capWordStems(t: string): Set<string> {
  const out = new Set<string>();
  const re = /\b(\p{Lu}\p{Ll}{3,})/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) out.add(m[1]!.slice(0, 4).toLowerCase());
  return out;
}

/** An option cued by the prompt: a capitalised prompt word shares its first four letters (Kazakh -> Kazakhstan). */
export function cuedByPrompt(option: string, stems: Set<string> | undefined): boolean {
  if (!stems || option.length < 4) return false;
  return stems.has(option.slice(0, 4).toLowerCase());
}

function buildItem(f: Fact, ctx: BuildCtx, tfOnly = false): Item | null {
  ensureRendered(f);
  const rng = rngFor(ctx.seed, f.mergeKey + "|" + f.doc + ":" + f.sent.s + ":" + f.aRel);
  const citations: Citation[] = [cite(ctx, f.sent), ...f.extra.map((r) => cite(ctx, r))];
  const aliases = f.mention && (f.kind === "person" || f.kind === "org" || f.kind === "place") ? ctx.registry.aliases(f.answer) : [];
  const mcqKind = f.mention && ["person", "org", "place", "date", "number", "money"].includes(f.kind) && f.mergeKey !== "" && f.kind !== ("term" as FactKind);
  let distractors: { text: string; cite?: SentRef }[] = [];
  if (mcqKind && f.dist) {
    // computed when the fact was first built (the true/false pass reuses them); the rng advances the same way
    distractors = f.dist;
  } else if (mcqKind) {
    const quotesNorm = citations.map((c) => normAnswer(c.quote));
    // a distractor must appear neither in the cited sentences nor anywhere in the prompt (context included)
    const avoid = " " + quotesNorm.join(" | ") + " | " + normAnswer(f.cloze ?? "") + " | " + normAnswer(f.wh ?? "") + " ";
    if (f.kind === "date") distractors = dateDistractors(f, ctx, rng, 3, avoid);
    else if (f.kind === "number" || f.kind === "money") distractors = numberDistractors(f, ctx, rng, 3, avoid);
    else distractors = entityDistractors(f, ctx, rng, 3, avoid, quotesNorm);
    f.dist = distractors;
  }
  const r = rng();
  const prompts: { type: ItemType; prompt: string }[] = [];
  const wh = f.wh;
  const cloze = f.cloze ?? "";
  const canMcq = mcqKind && distractors.length >= 3;
  if (tfOnly) {
    // swapping a person is only a fair true/false question for "who said what", not for titles ("Russian President X")
    const personOk = f.kind !== "person" || (!f.mention?.role && /^\s+(says|said|argues|argued|adds|added|cautions|agrees|notes|believes|warns|claims|contends|told|diverges)\b/.test(f.sentText.slice(f.aEnd)));
    if (canMcq && f.tfText && !f.ctxPrefix && personOk) prompts.push({ type: "truefalse", prompt: f.tfText });
  } else if (canMcq) {
    if (r < 0.65) prompts.push({ type: "mcq", prompt: wh ?? cloze });
    else prompts.push(wh ? { type: "flashcard", prompt: wh } : { type: "cloze", prompt: cloze });
    prompts.push({ type: "mcq", prompt: wh ?? cloze });
    if (wh) prompts.push({ type: "flashcard", prompt: wh });
    if (cloze) prompts.push({ type: "cloze", prompt: cloze });
  } else {
    if (wh && (f.whType === "flashcard" || r < 0.7)) prompts.push({ type: "flashcard", prompt: wh });
    if (cloze) prompts.push({ type: "cloze", prompt: cloze });
    if (wh) prompts.push({ type: "flashcard", prompt: wh });
  }
  for (const p of prompts) {
    const item: Item = { id: "", type: p.type, kind: f.kind, prompt: p.prompt, answer: f.answer, citations, score: Math.round(f.score * 100) / 100 };
    if (p.type === "mcq") {
      const opts = shuffle([f.answer, ...distractors.slice(0, 3).map((d) => d.text)], rng);
      item.options = opts;
      const oc: Record<string, Citation[]> = {};
      for (const d of distractors.slice(0, 3)) if (d.cite) oc[d.text] = [cite(ctx, d.cite)];
      if (Object.keys(oc).length) item.optionCitations = oc;
    } else if (p.type === "truefalse") {
      const makeFalse = rng() < 0.5 && distractors.length > 0;
      const tf = f.tfText!;
      item.prompt = makeFalse ? tf.slice(0, f.tfA) + closestDistractor(f, distractors) + tf.slice(f.tfB) : tf;
      item.answer = makeFalse ? "False" : "True";
      item.trueAnswer = f.answer;
    }
    const lr = lintItem(item, { aliases });
    if (!lr.ok) continue;
    item.id = hashHex([ctx.seed, item.type, item.prompt, item.answer].join("\u0001"));
    return item;
  }
  return null;
}

export { PRONOUNS };
