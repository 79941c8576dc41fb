// The reading phase: each document is checked (empty, too short, not English), segmented, read once with wink in
// chunks of consecutive body sentences, and every sentence analysed; the reader keeps what later phases need
// (fact candidates, the entity registry, word frequencies, pools of numbers and dates for wrong options).
import type { Tok } from "./nlp";
import { tokenize } from "./nlp";
import { vocabularySize } from "./content-words";
import { PLACES, SPEECH_VERBS } from "../lexicon";
import { looksEnglish } from "../text/words";
import { segment, type Sentence } from "../text/sentences";
import { EntityRegistry, roleClassOf } from "../facts/entities";
import { bylineFacts } from "../facts/byline";
import type { Fact, SentRef } from "../facts/fact";
import type { Mention } from "../facts/mention";
import { lostPointer } from "../concepts/apparatus";
import { analyseSentence, type Analysis } from "../facts/sentence";
import { ContextKeys, prevContentWord } from "../distractors/context-words";
import { keepBestSince, pruneTopK } from "../rank/top-k";
import type { ConceptCollector } from "../concepts";
import type { FormatSpan } from "../types";
import { objectArray } from "../arrays";

export const NOT_ENGLISH_WARNING =
  "This document does not look like English text; CiteDeck generates questions from English only.";

/**
 * Characters of consecutive body sentences given to one wink readDoc (documents are usually one chunk).
 * Measured: 1.5–30 KB chunks cost the same within noise; smaller chunks change wink's tags slightly.
 */
const CHUNK_CHARS = 30000;
/** analyses of the first sentences of a deck kept until the next deck (see SHAPE_SAMPLE in pipeline.ts) */
const SHAPE_SAMPLE_SENTENCES = 300;

/** A document as the engine keeps it: one object shape for every caller (monomorphic field access). */
export class Doc {
  constructor(
    public id: string,
    public title: string,
    public path: string | undefined,
    public text: string,
    public spans: FormatSpan[] | undefined = undefined,
  ) {}
}

/** How the notes name a document: its title, else its path, else its id. */
export const docLabel = (doc: Doc): string => doc.title || doc.path || doc.id;

export type NumberPool = Map<string, { text: string; value: number; format: string; cite: SentRef }[]>;
export type DatePool = Map<string, { text: string; cite: SentRef }[]>;

/**
 * The reading phase: every document is segmented, read once with wink (paragraph chunks), and turned into
 * mentions and fact candidates. A class with one method per document keeps the hot loop in a small function
 * that V8 optimises on its own (inside one 300-line function it was deoptimised and re-optimised per deck).
 */
export class CorpusReader {
  readonly registry = new EntityRegistry();
  readonly facts: Fact[] = objectArray();
  readonly docWords: number[] = [];
  readonly warnings: string[] = [];
  /** documents given no reading, with a warning that says why (empty, too short, not English) */
  readonly skipped = new Set<number>();
  /** sentence frequency of each content word, indexed by its dense word id (no hash map in the hot loop) */
  sentDf = new Int32Array(1 << 14);
  nSent = 0;
  seq = 0;
  /** context keys for "also true" checks: previous content word -> names seen after it */
  readonly ctxKeys = new ContextKeys();
  readonly numberPool: NumberPool = new Map();
  readonly datePool: DatePool = new Map();
  readonly mentionCites = new Map<string, SentRef>();
  /** maybePerson's answer for each one-word name met in this deck */
  private readonly personLike = new Map<string, boolean>();
  maxYear = 0;
  readonly shapeSample: Analysis[] = objectArray();
  tSeg = 0;
  tTok = 0;
  tAna = 0;
  tRest = 0;

  constructor(
    private readonly per1000: number,
    private readonly kGlobal: number,
    /** CPU clock in ms when profiling (options.profile.cpuMs), else null */
    private readonly clock: (() => number) | null,
    /** the concept family reads the same sentences and tokens (key terms, definitions, lists) */
    readonly concepts: ConceptCollector | null = null,
  ) {}

  readDocument(di: number, doc: Doc, wc: number): void {
    const text = doc.text;
    const facts = this.facts;
    const clock = this.clock;
    const prof = clock !== null;
    const label = docLabel(doc);
    const docStart = facts.length;
    this.docWords.push(wc);
    if (!text.trim()) {
      this.warnings.push(`"${label}" is empty; no questions were generated from it.`);
      this.skipped.add(di);
      return;
    }
    if (wc < 5) {
      this.warnings.push(`"${label}" is too short to generate questions from.`);
      this.skipped.add(di);
      return;
    }
    if (!looksEnglish(text)) {
      this.warnings.push(`"${label}": ${NOT_ENGLISH_WARNING}`);
      this.skipped.add(di);
      return;
    }
    const ts0 = prof ? clock() : 0;
    const sents = segment(text);
    if (prof) this.tSeg += clock() - ts0;
    const concepts = this.concepts;
    if (concepts) {
      concepts.addDocument(di, doc.title, text, doc.spans);
      let body = false;
      // the body sentence before a run of lines, when it announces them ("… the major stages of ritual acts:"), and
      // the lines since
      let lead: Sentence | undefined;
      let run: Sentence[] = [];
      const endRun = () => {
        if (lead && run.length) concepts.addLineList(di, lead, run);
        run = [];
      };
      for (const s of sents) {
        if (s.role === "body") body = true;
        else if (s.role === "headline") {
          if (!concepts.addLine(di, s.start, s.end, s.text, lead?.text)) concepts.addHeading(di, s.text, body, s.start);
          if (lead && !s.text.endsWith(":")) run.push(s);
        }
        // (a short lead-in is a line of its own; a body sentence that announces nothing ends the run)
        if (s.text.endsWith(":")) {
          endRun();
          lead = s;
        } else if (s.role === "body") {
          endRun();
          lead = undefined;
        }
      }
      endRun();
    }
    this.seq = bylineFacts(di, doc.title, sents, facts, this.seq);
    // body: read each paragraph once with wink
    let bi = 0;
    while (bi < sents.length) {
      const s0 = sents[bi]!;
      if (s0.role !== "body") {
        bi++;
        continue;
      }
      let bj = bi;
      // read a chunk of consecutive body sentences (up to ~30 KB) with wink at once
      while (bj + 1 < sents.length && sents[bj + 1]!.role === "body" && sents[bj + 1]!.end - s0.start < CHUNK_CHARS)
        bj++;
      this.readChunk(di, text, sents, bi, bj);
      bi = bj + 1;
    }
    this.concepts?.endDocument(di, wc);
    // bounded top-K per document: the deck can only use a few items per 1,000 words, so keep the best
    // candidates (4x the document's share of the deck) and let the rest go; memory stays bounded
    keepBestSince(facts, docStart, Math.max(60, Math.ceil((wc / 1000) * this.per1000 * 4)));
    if (facts.length > 2 * this.kGlobal) pruneTopK(facts, this.kGlobal);
  }

  /** Read the body sentences sents[bi..bj] with one wink call, then analyse and record each sentence. */
  private readChunk(di: number, text: string, sents: Sentence[], bi: number, bj: number): void {
    const clock = this.clock;
    const prof = clock !== null;
    const tk0 = prof ? clock() : 0;
    const blockToks = tokenize(text, sents[bi]!.start, sents[bj]!.end);
    if (prof) this.tTok += clock() - tk0;
    // the people of the paragraph so far, for a leading he/she
    let lastPersons: string[] = [];
    let tp = 0;
    for (let si = bi; si <= bj; si++) {
      const s = sents[si]!;
      while (tp < blockToks.length && blockToks[tp]!.s < s.start) tp++;
      let tq = tp;
      while (tq < blockToks.length && blockToks[tq]!.e <= s.end) tq++;
      const toks = blockToks.slice(tp, tq);
      tp = tq;
      this.nSent++;
      // (the sentence before a lost pointer, "(See .)", is the one a prompt's context comes from)
      const pi = si - 1 > bi && lostPointer(sents[si - 1]!.text) ? si - 2 : si - 1;
      const prevS = pi >= bi ? sents[pi]! : undefined;
      const prevText = prevS && prevS.block === s.block ? prevS.text : undefined;
      if (!prevText) lastPersons = si > bi ? lastPersons : [];
      const ta0 = prof ? clock() : 0;
      const res = analyseSentence(text, s, toks, di, lastPersons, prevText);
      if (this.shapeSample.length < SHAPE_SAMPLE_SENTENCES && res.mentions.length) this.shapeSample.push(res);
      if (prof) this.tAna += clock() - ta0;
      const tr0 = prof ? clock() : 0;
      this.addSentence(di, s, toks, res);
      if (this.concepts)
        this.concepts.addSentence({
          doc: di,
          start: s.start,
          end: s.end,
          text: s.text,
          toks,
          prevText,
          block: s.block ?? 0,
        });
      // (the array is made only for a sentence that names someone: most name no one)
      let persons: string[] | null = null;
      for (const m of res.mentions)
        if (m.kind === "person" || (m.kind === "other" && this.maybePerson(m.text))) (persons ??= []).push(m.text);
      if (persons) lastPersons = persons;
      if (prof) this.tRest += clock() - tr0;
    }
  }

  /**
   * A one-word name the reader could not type, which a later he/his may stand for ("Tokayev"): not a place, and not a
   * word the lexicon knows only as a thing ("Judaism", "Country" of a book's title: "in his bestselling book, Our
   * Country" made the next sentence's "answered his call" read "answered Country's call")
   */
  private maybePerson(name: string): boolean {
    if (name.includes(" ")) return false;
    // a name recurs through a deck: its answer is looked up in the lexicon once per deck (this reader's map)
    const known = this.personLike.get(name);
    if (known !== undefined) return known;
    const low = name.toLowerCase();
    let res = false;
    if (!PLACES.has(low)) {
      const classes = this.concepts?.lexicon.nounClasses(low);
      res = !classes || classes.length === 0 || classes.includes("person");
    }
    this.personLike.set(name, res);
    return res;
  }

  /** Record one analysed sentence: word frequencies, number/date pools, the entity registry, fact candidates. */
  private addSentence(di: number, s: Sentence, toks: Tok[], res: Analysis): void {
    const keys = res.keys;
    const vocab = vocabularySize();
    if (vocab >= this.sentDf.length) {
      const g = new Int32Array(this.sentDf.length * 2 + vocab);
      g.set(this.sentDf);
      this.sentDf = g;
    }
    const sentDf = this.sentDf;
    for (let q = 0; q < keys.length; q++) sentDf[keys[q]!]!++;
    for (const m of res.mentions) {
      if (m.kind === "number" || m.kind === "money" || m.kind === "date") this.poolValue(di, s, m);
      else this.recordName(di, s, toks, m);
    }
    for (const f of res.facts) {
      f.seq = this.seq++;
      f.id = this.facts.length;
      this.facts.push(f);
    }
  }

  /** A number or date joins the pool that wrong options of its form are drawn from. */
  private poolValue(di: number, s: Sentence, m: Mention): void {
    // (the citation is made only for a value that joins a pool, and a pool is stored only when it is new: most
    // values meet a pool that exists, and later ones a full one)
    if (m.kind === "date") {
      if (m.year && m.year > this.maxYear) this.maxYear = m.year;
      const k = (m.gran ?? "") + "|" + (m.format ?? "");
      let arr = this.datePool.get(k);
      if (!arr) this.datePool.set(k, (arr = []));
      if (arr.length < 200) arr.push({ text: m.text, cite: { doc: di, s: s.start, e: s.end } });
    } else {
      const k = m.kind + "|" + (m.unit ?? "") + "|" + (m.format ?? "");
      let arr = this.numberPool.get(k);
      if (!arr) this.numberPool.set(k, (arr = []));
      if (arr.length < 200 && m.value !== undefined)
        arr.push({ text: m.text, value: m.value, format: m.format ?? "", cite: { doc: di, s: s.start, e: s.end } });
    }
  }

  /** A name joins the registry (kind votes, role class, aliases), with where it was first seen and the word before it. */
  private recordName(di: number, s: Sentence, toks: Tok[], m: Mention): void {
    const registry = this.registry;
    registry.add(m.text, m.kind, (m.strength ?? 1) >= 2, !!m.initial);
    if (m.kind === "person" || m.kind === "other") this.recordRole(s, toks, m);
    if (!this.mentionCites.has(m.text) && this.mentionCites.size < 50000)
      this.mentionCites.set(m.text, { doc: di, s: s.start, e: s.end });
    // (most names have no nickname: no empty array to loop over)
    const nick = m.nick;
    if (nick)
      for (const nk of nick) {
        registry.add(nk, m.kind, true);
        registry.union(nk, m.text);
      }
    if (m.acronym && m.text !== m.acronym) registry.union(m.text, m.acronym);
    const pw = prevContentWord(toks, m.ts);
    if (pw && this.ctxKeys.size < 100_000) this.ctxKeys.add(pw, m.text);
  }

  /** The part a person plays (leader, official, expert, speaker) from a title, an appositive, a predicate or a speech verb. */
  private recordRole(s: Sentence, toks: Tok[], m: Mention): void {
    const registry = this.registry;
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
    if ((after && SPEECH_VERBS.has(after.low)) || (before && SPEECH_VERBS.has(before.low)))
      registry.addRole(m.text, "speaker");
  }
}

/**
 * One long-lived instance of each class the reading phase allocates per deck (see SHAPE_SAMPLE in pipeline.ts): their
 * hidden classes then outlive a garbage collection between decks, so the optimised reading code stays valid. Measured:
 * with a full collection before each 1 MB deck, ~1.15 s of CPU without them and ~0.8 s with them.
 */
export const KEEP_READER_SHAPES: readonly object[] = [new Doc("", "", "", ""), new CorpusReader(35, 20000, null)];
