// The concept family: key terms and what the text says about them (definitions, names, lists, examples, causes),
// turned into cited items. The reader feeds it sentences; `build` returns the best item per sentence.
import { examplesOnly, lineList, listFrame, type Line } from "./line-lists";
import type { Citation, FormatSpan } from "../types";
import { conceptItem, mentionItem, type ConceptBuildCtx, type ConceptItem, type StatedSentence } from "./items";
import { findMentions } from "./mentions";
import { mentionSentences, type MentionSentence, type StatedSentences } from "./mention-ranking";
import type { Lexicon } from "./lexical";
import { askable, conceptCandidates, nounPhrases, recordOf, statement } from "./sentence";
import { TermInventory, type TermInfo } from "./terms";
import { familyWords, SCIENCE_NOUN, termy, unweighted } from "./term-weight";
import { isStop } from "./np";
import { cutFromName, termOk } from "./phrase";
import { citations, readerAddress } from "./exposition-marks";
import { trailingFigureAside } from "./apparatus";
import { genusOf } from "./definitions";
import { Sections } from "./sections";
import { Wholes } from "./wholes";
import { Introductions, introducedItem } from "./introduced";
import { sentKeyOf, statedOf } from "./item-kit";
import { selectItems } from "./selection";
import { headingLead, headingLeadItem, type HeadingLead } from "./heading-leads";
import type { ConceptCandidate, ConceptSentence, Phrase, SentenceRecord } from "./types";
import { joinPairedName } from "./name-checks";
import { COUNTED } from "./lists";
import { objectArray } from "../arrays";

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const CAPITALS_GLOSS = /^\p{Lu}[^a-z]*$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const LOWER_GLOSS = /^\p{Ll}/u;
const POINTED = /\b(?:this|these|those)\s+$/i;

export type { ConceptItem } from "./items";
export type { Lexicon } from "./lexical";
export { NO_LEXICON } from "./lexical";
export { mentionFits } from "./selection";

/** a bold label of the text's apparatus: "Note:", "Example 2", "Figure 3.1", "Key Terms" */
const LABEL =
  /^(?:note|notes|example|examples|figure|fig\.|table|exercise|exercises|problem|solution|answer|tip|warning|caution|summary|key terms?|review|step|chapter|section|part|lesson|unit)\b[\s\d.:–-]*$/i;

/** A term must be at least this important to be blanked where a sentence mentions it (defined terms always are). */
const MENTION_MIN = 2.4;
/** at most this many words in a bold or italic phrase that names a term (longer runs are emphasis) */
const MAX_TERM_WORDS = 5;
/** "Homeostasis: the maintenance of a steady internal state", "Set point – the value the body holds" */
const NOTE_DEFINITION =
  /^\s*(?:[-•*]\s*)?((?:[\p{L}][\p{L}'’-]*\s+){0,4}[\p{L}][\p{L}'’-]*)\s*(?::|\s[–—-])\s+((?:an?|the)?\s*\p{Ll}.{8,})$/u;

/** From this exposition score on (stated concepts and headings per 1,000 words) a document is exposition. */
export const EXPOSITION_MIN = 3.6;
/** sentences of one document kept with their tokens until the document ends (a bound for huge single documents) */
const MAX_PENDING = 20_000;
/**
 * "control, through their gravity, the distribution of asteroids": a possessed noun and the object after its comma are
 * no term and gloss
 */
export function possessedAppositive(c: ConceptCandidate, text: string): boolean {
  return (
    c.rel === "definition" &&
    !!c.gloss &&
    /\b(?:their|its|his|her|our|your|my)\s+$/i.test(text.slice(Math.max(0, c.term.a - 6), c.term.a)) &&
    /^,\s*$/.test(text.slice(c.term.b, c.gloss.a))
  );
}

/**
 * A heading and the terms it names: "Subculture and Counterculture" -> both, "Innovation: Discovery and Invention" ->
 * all three, "High, Low, and Popular Culture" stays whole (its parts are adjectives).
 */
export function headingTerms(heading: string): string[] {
  const h = heading.trim();
  const parts = h
    .split(/\s*:\s*|,\s+(?:and\s+|or\s+)?|\s+(?:and|or|vs\.?|versus)\s+/i)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 5) return [h];
  // every part a noun phrase of its own ("Discovery", "Invention"), not "High", "Low"
  if (parts.some((p) => p.split(/\s+/).length > 4 || /^(?:high|low|new|old|primary|secondary)$/i.test(p))) return [h];
  return [h, ...parts];
}

/**
 * A candidate that shows the writer explaining a word (it counts toward a document's exposition score): a definition,
 * a name, a classification, a process, or another name in lower case ("the district (or trial) court", "alleles, or
 * variants"; news gives acronyms, "the Collective Security Treaty Organization (CSTO)", not synonyms). A contrast of
 * settings does not count: news and history write "In the end, …" too.
 */
export function statesConcept(c: ConceptCandidate): boolean {
  return (
    c.rel === "definition" ||
    c.rel === "naming" ||
    c.rel === "list" ||
    c.rel === "process" ||
    (c.rel === "alias" && LOWER_GLOSS.test(c.gloss?.text ?? ""))
  );
}

/** The item kept for its sentence and term: the better scored one. */
function offer(bySent: Map<string, ConceptItem>, it: ConceptItem | null): void {
  if (!it) return;
  const k = it.sentKey + "|" + it.term;
  const cur = bySent.get(k);
  if (!cur || it.score > cur.score) bySent.set(k, it);
}

/** The sentence without an aside to a figure that ends it (", as summarized in Table 14.2."): what the readers see. */
function withoutFigureAside(s: ConceptSentence): ConceptSentence {
  const cut = trailingFigureAside(s.text);
  if (cut < 0) return s;
  const end = s.start + cut;
  return { ...s, text: s.text.slice(0, cut) + ".", end, toks: s.toks.filter((t) => t.e <= end) };
}

/** The words of the key terms of more than one word, stop words and short words aside. */
function keyWordsOf(keys: TermInfo[]): Set<string> {
  return new Set(
    keys
      .filter((t) => t.key.includes(" "))
      .flatMap((t) => t.key.split(" "))
      .filter((w) => w.length > 3 && !isStop(w)),
  );
}

/** Mention clozes of the ranked sentences, offered to `bySent`, built only until the deck could not use more. */
function buildMentions(
  ctx: ConceptBuildCtx,
  found: MentionSentence[],
  bySent: Map<string, ConceptItem>,
  limit: number,
): void {
  let built = 0;
  for (const f of found) {
    if (built >= 3 * limit) break;
    // the term the sentence introduces, else its best term, or the next where the first is no fair blank
    let it: ConceptItem | null = null;
    if (f.introduced) it = introducedItem(ctx, f.r, f.ms[0]!.phrase);
    for (const m of f.ms) if (!it) it = mentionItem(ctx, f.r, m.phrase, m.subject);
    if (it) {
      built++;
      offer(bySent, it);
    }
  }
}
export class ConceptCollector {
  readonly inv: TermInventory;
  private readonly stated: { c: ConceptCandidate; s: StatedSentence }[] = objectArray();
  /** sentences that open a section under a term's heading, and where each document's last sentence started */
  private readonly leads: HeadingLead[] = [];
  private readonly lastStart: number[] = [];
  private readonly records: SentenceRecord[] = [];
  private readonly titles: string[] = [];
  private readonly headings: string[] = objectArray();
  private readonly formatted: string[] = [];
  private readonly texts: string[] = [];
  /**
   * `texts` in lower case, index for index (headings are looked up in it), made when a heading first needs it: most
   * titles and headings fail addHeadingTerm's tests first, and lower-casing a text with characters outside Latin-1
   * (curly quotes, dashes) goes through ICU, character by character (~40 M instructions per 1 MB deck).
   */
  private readonly lowTexts: string[] = [];
  /** definitions, names, classifications and processes stated per document */
  private readonly statedPerDoc: number[] = [];
  /** section headings per document */
  private readonly subheadings: number[] = [];
  /** in-text citations per document ("(NIMH, 2017)", "(Brown & Lee, 2012; …)") */
  private readonly cited: number[] = [];
  /** words and questions that address the reader, per document (readerAddress) */
  private readonly addressed: number[] = [];
  /**
   * the current document's sentences (with their tokens) until endDocument decides what to keep, each with
   * askable(text) as addSentence found it (recordOf would ask again, out of order)
   */
  private pending: { s: ConceptSentence; asked: boolean }[] = objectArray();
  private readonly sections = new Sections();
  private readonly introductions = new Introductions();

  constructor(readonly lexicon: Lexicon) {
    // (the documents' texts, filled as documents are added: the inventory reads how a term is written)
    this.inv = new TermInventory(lexicon, this.texts);
  }

  addDocument(doc: number, title: string, text: string, spans: FormatSpan[] | undefined): void {
    this.titles.push(title);
    this.sections.addDocument(doc, title, text);
    // (by index: a document the reader skips (empty, too short) leaves a hole, not a shift)
    this.texts[doc] = text;
    this.cited[doc] = citations(text);
    this.addressed[doc] = readerAddress(text);
    const low = () => this.lowText(doc);
    this.inv.addHeadingTerm(title, doc, text, low);
    // formatting the writer chose marks exposition too: a bold term is a key term, a heading a section
    const headings = (spans ?? []).filter((sp) => sp.kind === "heading");
    for (const sp of spans ?? []) {
      const t = text.slice(sp.start, sp.end).trim();
      if (sp.kind === "heading") {
        this.sections.addHeading(doc, sp.start, t);
        for (const h of headingTerms(t)) {
          this.headings.push(h);
          this.inv.addHeadingTerm(h, doc, text, low);
        }
        this.subheadings[doc] = (this.subheadings[doc] ?? 0) + 1;
      } else if ((sp.kind === "bold" || sp.kind === "italic") && t.split(/\s+/).length <= MAX_TERM_WORDS) {
        this.formatted.push(t);
        // (a heading set in bold, as PDFs and slides set theirs, is a heading, not a term the writer marks; nor is a
        // label such as "Note:" or "Example 2")
        if (sp.kind === "bold" && !headings.some((h) => h.start <= sp.start && sp.end <= h.end) && !LABEL.test(t))
          this.introductions.add(doc, sp.start, t);
        this.statedPerDoc[doc] = (this.statedPerDoc[doc] ?? 0) + 1;
      }
    }
  }

  /**
   * A short line that is not a sentence: lecture notes and slides write definitions as "Term: what it is" or
   * "Term – what it is". Such a line states a definition (cited as the line itself); other lines are headings.
   */
  addLine(doc: number, start: number, end: number, text: string, leadIn?: string): boolean {
    const m = NOTE_DEFINITION.exec(text);
    if (!m || !termOk(m[1]!.trim())) return false;
    const term = m[1]!.trim();
    const ga = m[0].length - m[2]!.length;
    const gloss = text.slice(ga).replace(/[\s.;]+$/, "");
    if (gloss.split(/\s+/).length < 3 || CAPITALS_GLOSS.test(gloss) || examplesOnly(gloss)) return false;
    const c: ConceptCandidate = {
      rel: "definition",
      term: { text: term, a: text.indexOf(term), b: text.indexOf(term) + term.length },
      gloss: { text: gloss, a: ga, b: ga + gloss.length },
      genus: genusOf(gloss),
      members: [],
      cue: "",
      subject: true,
    };
    const frame = leadIn ? listFrame(leadIn) : null;
    if (frame) c.frame = frame;
    this.inv.addCandidate(c, doc);
    this.statedPerDoc[doc] = (this.statedPerDoc[doc] ?? 0) + 1;
    this.stated.push({ c, s: { doc, start, end, text, prevText: undefined } });
    return true;
  }

  /**
   * The lines after a lead that announces them ("… four broad categories of services:"), read as the list it
   * announces (see line-lists.ts): its members are each other's sibling terms. (No list card: its answer would join
   * lines the text writes apart, which no single cited span holds word for word.)
   */
  addLineList(doc: number, lead: Line, lines: Line[]): void {
    const read = lineList(lead, lines);
    if (read) this.inv.addCandidate(read, doc);
  }

  /** A heading of the document; `inBody`: it comes after the text has begun (a section heading, not the title). */
  addHeading(doc: number, heading: string, inBody = false, at = -1): void {
    if (inBody) this.subheadings[doc] = (this.subheadings[doc] ?? 0) + 1;
    if (at >= 0) this.sections.addHeading(doc, at, heading);
    if (this.headings.length >= 5000) return;
    const text = this.texts[doc];
    for (const h of headingTerms(heading)) {
      this.headings.push(h);
      if (text !== undefined) this.inv.addHeadingTerm(h, doc, text, () => this.lowText(doc));
    }
  }

  /** The document's text in lower case (see lowTexts). */
  private lowText(doc: number): string {
    let low = this.lowTexts[doc];
    if (low === undefined) {
      low = (this.texts[doc] ?? "").toLowerCase();
      this.lowTexts[doc] = low;
    }
    return low;
  }

  addSentence(s0: ConceptSentence): void {
    const s = withoutFigureAside(s0);
    // (askable and conceptCandidates share one statement test)
    const stated = statement(s.text);
    const asked = askable(s.text, stated);
    const read = conceptCandidates(s, stated);
    // (the first sentence under a heading that names a term: see heading-leads.ts)
    const heading = this.sections.headingBetween(s.doc, this.lastStart[s.doc] ?? -1, s.start);
    this.lastStart[s.doc] = s.start;
    const lead = heading && asked ? headingLead(heading, s, (w) => this.lexicon.isVerb(w)) : null;
    if (lead) this.leads.push(lead);
    for (const c of read) {
      joinPairedName(c, s.text);
      // "Uthman's family, the tribe of Umayya": someone's family is no term
      if (/['’]s\s+$/.test(s.text.slice(Math.max(0, c.term.a - 3), c.term.a))) continue;
      if (possessedAppositive(c, s.text)) continue;
      // "R. rickettsii causes Rocky Mountain spotted fever, a life-threatening form …" -> "fever", "… P. aeruginosa, a
      // pathogen …" -> "aeruginosa": a term read without the capitalised words or the initial that begin its name
      if (c.term.a > 0 && cutFromName(s.text.slice(Math.max(0, c.term.a - 60), c.term.a))) continue;
      // "This event—the random assortment of …—is …": a noun after a pointer is what came before, no term ("that" is
      // mostly a conjunction: "Note that kinship, or one's traceable ancestry, …")
      if (
        c.rel !== "naming" &&
        POINTED.test(s.text.slice(Math.max(0, c.term.a - 7), c.term.a)) &&
        !c.term.text.includes(" ")
      )
        continue;
      // "Kazakhstan, the key strategic partner …": a capitalised word at a sentence start is a name when the text
      // never writes it in lower case
      // (unless the sentence defines it as a thing that is no person, place or group: "Peristalsis is the process …")
      if (
        c.term.a === 0 &&
        CAPITALISED_WORD.test(c.term.text) &&
        !this.writtenLower(s.doc, c.term.text) &&
        !SCIENCE_NOUN.test(c.term.text.toLowerCase()) &&
        !this.definedAsThing(c) &&
        // ("Deontology contends that …": a school of thought is named by what it claims)
        c.cue !== "claims"
      ) {
        // ("Freud proposed five stages of development: oral, anal, …": the list its count announces stands; its
        // classifier is no term. Not "NSAID (Chapter 15 Chemistry Matters): A nonsteroidal …", a glossary line)
        if (c.rel !== "list" || !COUNTED.test(c.cue)) continue;
        c.term = { text: "", a: 0, b: 0 };
      }
      this.inv.addCandidate(c, s.doc);
      if (statesConcept(c)) this.statedPerDoc[s.doc] = (this.statedPerDoc[s.doc] ?? 0) + 1;
      if (asked) this.stated.push({ c, s: statedOf(s) });
    }
    // subjects, noun phrases and the sentence record wait until the document is known to be exposition
    if (this.pending.length < MAX_PENDING) this.pending.push({ s, asked });
  }

  /** Subjects, repeated noun phrases and sentence records of an expository document's sentences. */
  private recordAll(sents: { s: ConceptSentence; asked: boolean }[]): void {
    for (const { s, asked } of sents) {
      const rec = recordOf(s, asked);
      if (rec) {
        if (rec.subj) this.inv.addSubject(rec.subj.text, s.doc, rec.subj.a === rec.lead.length);
        this.records.push(rec);
      }
      for (const np of nounPhrases(s.toks)) this.inv.addPhrase(np, s.doc);
    }
  }

  /** A definition whose term and genus are no person, place or group by the lexicon ("Osmosis is the movement …"). */
  private definedAsThing(c: ConceptCandidate): boolean {
    if (c.rel !== "definition" || !c.genus || !c.subject) return false;
    const names = /^(?:person|location|group)$/;
    const own = this.lexicon.nounClasses(c.term.text.toLowerCase());
    const genus = this.lexicon.nounClasses(c.genus);
    // (a genus the lexicon does not know, "the de-excitation of …", leaves it to the term's own senses)
    const thing = genus.length > 0 ? !names.test(genus[0]!) : own.length > 0;
    return thing && !own.some((k) => names.test(k));
  }

  /** Does the document write this word in lower case somewhere (a common noun, not a name)? */
  private writtenLower(doc: number, word: string): boolean {
    const text = this.texts[doc] ?? "";
    const low = word.toLowerCase();
    for (let i = text.indexOf(low); i >= 0; i = text.indexOf(low, i + 1)) {
      if (!/\p{L}/u.test(text.charAt(i - 1) || " ") && !/\p{L}/u.test(text.charAt(i + low.length) || " ")) return true;
    }
    // a plural or singular form counts too ("Neurons" at a start, "neuron" later)
    const other = low.endsWith("s") ? low.slice(0, -1) : low + "s";
    for (let i = text.indexOf(other); i >= 0; i = text.indexOf(other, i + 1)) {
      if (!/\p{L}/u.test(text.charAt(i - 1) || " ") && !/\p{L}/u.test(text.charAt(i + other.length) || " "))
        return true;
    }
    return false;
  }

  /**
   * The document is read. Narrative text (news, stories) keeps what it states (definitions, names) but not its
   * sentence records: blanking a term where narrative merely mentions it gives weak items ("the _____ showing no
   * sign of abating"), and the records are most of the family's memory and time on long inputs.
   */
  endDocument(doc: number, words: number): void {
    if (this.exposition(doc, words) >= EXPOSITION_MIN) this.recordAll(this.pending);
    this.pending = objectArray();
  }

  /**
   * How much of a document is exposition rather than narrative: terms defined, named or classified, section headings,
   * in-text citations and words to the reader, per 1,000 words (stated concepts + 1.5 × headings + citations + "you"s
   * and questions). The sample news articles score 0–3.5, textbook sections 4.4–20. (A section that reports studies and
   * statistics states few terms but cites its sources as no news report does: "(NIMH, 2017)"; an ethics section told
   * through cases asks its reader "Which values are at play …?" as no report does.)
   */
  exposition(doc: number, words: number): number {
    // a short text says too little to tell: it counts as at least 400 words
    const w = Math.max(400, words);
    const marks =
      (this.statedPerDoc[doc] ?? 0) +
      1.5 * (this.subheadings[doc] ?? 0) +
      (this.cited[doc] ?? 0) +
      (this.addressed[doc] ?? 0);
    return (1000 * marks) / w;
  }

  /**
   * A section of a textbook or of lecture notes told as a story (a history chapter): headings of its own and a term it
   * states (or three headings, told in the past), however much of it is narrative. The sample news articles have at
   * most one of the two.
   */
  sectioned(doc: number, past = false): boolean {
    const headings = this.subheadings[doc] ?? 0;
    // (a history section may state no term at all, "Britain's Law-and-Order Strategy" with four headings: three
    // headings of its own and a text told in the past are a chapter's story; the sample news articles have at most two)
    return headings >= 2 && ((this.statedPerDoc[doc] ?? 0) >= 1 || (past && headings >= 3));
  }

  /**
   * The sentences of the given documents with a candidate: where they state a term (what the family found to ask,
   * before the rules) and where the reader found a `fact` (a name, a date or a number); per document, the sentences'
   * start offsets, in one pass over each list.
   */
  candidateSentences(
    docs: ReadonlySet<number>,
    facts: readonly { doc: number; sent: { s: number } }[],
  ): Map<number, Set<number>> {
    const out = new Map<number, Set<number>>();
    if (docs.size === 0) return out;
    const add = (doc: number, start: number) => {
      if (!docs.has(doc)) return;
      let starts = out.get(doc);
      if (starts === undefined) out.set(doc, (starts = new Set()));
      starts.add(start);
    };
    for (const { s } of this.stated) add(s.doc, s.start);
    for (const f of facts) add(f.doc, f.sent.s);
    return out;
  }

  /** The best concept item of each sentence, at most PER_TERM per term, best first. */
  build(seed: number, cite: (doc: number, start: number, end: number) => Citation, limit = Infinity): ConceptItem[] {
    const keys = this.finalizeTerms();
    const ctx: ConceptBuildCtx = {
      inv: this.inv,
      lexicon: this.lexicon,
      seed,
      cite,
      sections: this.sections,
      family: familyWords(keys),
      texts: this.texts,
      wholes: new Wholes(keys),
    };
    // the best item per sentence and term; a sentence gives a second item only for a second stated term
    const bySent = new Map<string, ConceptItem>();
    const stated = this.buildStated(ctx, bySent);
    // (a section's opening sentence asked for its heading's term only where no reader asked it anything)
    const asked = new Set([...bySent.values()].map((it) => it.sentKey));
    for (const lead of this.leads) if (!asked.has(sentKeyOf(lead.s))) offer(bySent, headingLeadItem(ctx, lead));
    ctx.keyWords = keyWordsOf(keys);
    const found = mentionSentences(this.inv, this.introductions, this.records, findMentions(keys), stated);
    buildMentions(ctx, found, bySent, limit);
    const all = [...bySent.values()]
      .filter((it) => this.introductions.asks(it))
      .sort((a, b) => b.score - a.score || (a.sentKey < b.sentKey ? -1 : 1));
    return selectItems(all);
  }

  /** The inventory finalized; returns the key terms, those a sentence may be asked about where it mentions them. */
  private finalizeTerms(): TermInfo[] {
    this.inv.finalize({
      titles: this.titles,
      headings: this.headings,
      formatted: this.formatted,
      bold: this.introductions.bold,
      texts: this.texts,
      records: this.records,
    });
    // (a phrase set in bold is a term its writer marks; italics also set emphasis, titles and foreign words)
    return this.inv
      .keyTerms(0)
      .filter(
        (t) =>
          (t.importance >= MENTION_MIN || t.defined > 0 || t.named > 0 || t.bold) &&
          termy(t, this.lexicon) &&
          !(t.defined > 0 && unweighted(t)),
      );
  }

  /** The items of the sentences that state terms, offered to `bySent`, and what those sentences state. */
  private buildStated(ctx: ConceptBuildCtx, bySent: Map<string, ConceptItem>): StatedSentences {
    const importance = new Map<string, number>();
    const phrases = new Map<string, Phrase[]>();
    for (const { c, s } of this.stated) {
      const it = conceptItem(ctx, c, s);
      if (it) {
        const imp = this.inv.get(c.term.text)?.importance ?? 0;
        importance.set(it.sentKey, Math.max(importance.get(it.sentKey) ?? 0, imp));
        const ps = phrases.get(it.sentKey) ?? [];
        ps.push(c.term, ...(c.gloss ? [c.gloss] : []), ...c.members);
        phrases.set(it.sentKey, ps);
      }
      offer(bySent, it);
    }
    return { importance, phrases };
  }
}
