// The key terms of a corpus: every phrase a sentence defines, names, lists, gives another name for or makes its
// subject, with what the text says about it (genus, lists, aliases) and how important it is to a student:
// defined, in the title, in headings, formatted bold, repeated, unusual in general English.
import { headOf, isPluralPhrase, singular, termKey } from "./np";
import type { Lexicon } from "./lexical";
import { termOk } from "./phrase";
import type { ConceptCandidate } from "./types";
import type { NounPhrase } from "./sentence";
import type { SentenceRecord } from "./types";
import { countMentions } from "./mentions";
import { importance, SCIENCE_NOUN } from "./term-weight";
import { capitalisedInLine, formCounts, startCased } from "./name-case";

/** a capitalised word and a lower-case one: a genus and a species ("Toxoplasma gondii") if the text abbreviates it */
const SPECIES = /^\p{Lu}\p{Ll}+\s+(\p{Ll}{3,})$/u;
/** a genus's initial and a species ("T. gondii"), as a text abbreviates a species it has named */
const ABBREVIATED_SPECIES = /\b\p{Lu}\. \p{Ll}{3,}/gu;
/** the endings of a species' Latin epithet ("gondii", "aureus", "pyogenes", "difficile", "coli") */
const LATIN_EPITHET = /(?:ii|i|ae|um|us|is|es|ans|ens|ensis|ica|icum|icus|ile|oides)$/;
/** a word ending like an English adjective is no genus ("facultative", "rhinocerebral") */
const ADJECTIVE_END = /(?:al|ic|ous|ive|ary|ar|ed|ing|ful|less|able|ible)$/;
/** a disease's or a condition's ending is no species' epithet ("mucormycosis", "meningitis") */
const DISEASE_END = /(?:osis|itis|iasis|emia|aemia|oma|pathy)$/;
// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
/** "Mission …": a capitalised first word; "Hera Mission": a name of two capitalised words */
const CAPITALISED_FIRST = /^\p{Lu}\p{Ll}+(?:\s|$)/u;
const TWO_CAPITALISED = /^\p{Lu}\p{Ll}+\s+\p{Lu}/u;
/** no mention counted (a term no noun phrase of the text spans): its forms, lowered at starts, tell nothing of its case */
const NO_COUNTS = { lower: 0, capitalised: 0 };
const LOWER_PAIR = /^\p{Ll}[\p{Ll}-]+ \p{Ll}+$/u;

/** "The six types of synovial joints are …", "two kinds of bonds:": the class a list names */
const KINDS_OF =
  /\b(?:types?|kinds?|classes|categories|forms?|varieties|subtypes?)\s+of\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:are|were|include|includes|is)\b|\s*:|\s*$)/u;

export interface TermInfo {
  key: string;
  /** the most frequent surface form ("dendrites", "set point") */
  display: string;
  /** a name's capital the text shows only at a line's start, kept ("Dieckmann cyclization reaction"; name-case.ts) */
  nameStart?: boolean;
  forms: Map<string, number>;
  head: string;
  docs: Set<number>;
  /** occurrences in the documents' text (any inflection) */
  freq: number;
  defined: number;
  named: number;
  listed: number;
  subjectOf: number;
  inTitle: boolean;
  inHeading: boolean;
  formatted: boolean;
  /** set in bold somewhere (of `formatted`, what a writer marks as a term; italic also marks emphasis and titles) */
  bold: boolean;
  genus: Set<string>;
  /** the words (singular, lower case) of what its definitions say it is: "a complete virus particle" -> virus, … */
  glossWords: Set<string>;
  lists: Set<number>;
  aliases: Set<string>;
  classes: string[];
  /** the WordNet class of what the term's definitions say it is ("component" -> artifact, "value" -> attribute) */
  genusClasses: string[];
  /** found as a noun phrase the text repeats (three times or more) */
  repeated: boolean;
  /** written with a capital wherever it occurs mid-sentence (a name: "Jefferson", "France") */
  proper: boolean;
  /** a genus and species the text also abbreviates ("Toxoplasma gondii", "T. gondii"): capitalised, and singular */
  species: boolean;
  importance: number;
}

export interface TermSources {
  /** every sentence, to count how often each term occurs and how it is written */
  records: SentenceRecord[];
  titles: string[];
  headings: string[];
  /** bold / italic phrases from the documents' formatting spans */
  formatted: string[];
  /** phrases the sources set in bold, with their documents: the writer marks each as a term, however seldom it recurs */
  bold?: [string, number][];
  /** the documents' texts, to count how often each term occurs */
  texts: string[];
}

/**
 * A term's importance before `finalize`: 0 stored as a floating-point number (-0 equals 0 in every comparison and sum
 * the engine makes, and prints as "0"). `finalize` gives fractional importances; terms that started with the small
 * integer 0 changed their hidden class then, and V8 threw away the optimised reading code that creates terms
 * (readDocument, through addHeadingTerm: "wrong map") in every deck and compiled it again.
 */
const NO_IMPORTANCE = -0;

function newTerm(key: string): TermInfo {
  return {
    key,
    display: key,
    forms: new Map(),
    head: headOf(key),
    docs: new Set(),
    freq: 0,
    defined: 0,
    named: 0,
    listed: 0,
    subjectOf: 0,
    inTitle: false,
    inHeading: false,
    formatted: false,
    bold: false,
    genus: new Set(),
    glossWords: new Set(),
    lists: new Set(),
    aliases: new Set(),
    classes: [],
    genusClasses: [],
    repeated: false,
    proper: false,
    species: false,
    importance: NO_IMPORTANCE,
  };
}

/** Where a lower-case text says a lower-case phrase as whole words, the first `max` places. */
function wholeWordHits(lt: string, low: string, max: number): number[] {
  const hits: number[] = [];
  for (let at = lt.indexOf(low); at >= 0 && hits.length < max; at = lt.indexOf(low, at + 1))
    if (!/[\p{L}\d]/u.test(lt.charAt(at + low.length) || " ") && !/[\p{L}\d]/u.test(lt.charAt(at - 1) || " "))
      hits.push(at);
  return hits;
}

export class TermInventory {
  readonly terms = new Map<string, TermInfo>();
  private listSeq = 0;
  /** a class a list names ("synovial joint") -> its kinds ("pivot", "pivot joint", "hinge joint", …) */
  private readonly kinds = new Map<string, Set<string>>();
  /** how often each noun phrase occurs as a whole (bounded), to find terms that are only repeated, never defined */
  private readonly phrases = new Map<string, { form: string; n: number; doc: number }>();

  constructor(
    private readonly lexicon: Lexicon,
    texts: string[] = [],
  ) {
    this.texts = texts;
  }

  get(term: string): TermInfo | undefined {
    return this.terms.get(termKey(term)) ?? this.terms.get(term.toLowerCase());
  }

  /** the documents' texts in lower case, made on first use */
  private lowTexts: string[] | null = null;
  /** per document, the species it abbreviates ("T. gondii"), read when first asked */
  private readonly abbreviated: (Set<string> | undefined)[] = [];
  private texts: string[] = [];

  /** How often document `doc` says a phrase as whole words (at most `max`). */
  says(doc: number, phrase: string, max = 3): number {
    return wholeWordHits(this.lowText(doc), phrase.toLowerCase(), max).length;
  }

  /** Document `doc`'s text in lower case (made for all documents on first use, once the inventory is final). */
  lowText(doc: number): string {
    this.lowTexts ??= this.texts.map((t) => t.toLowerCase());
    return this.lowTexts[doc] ?? "";
  }

  /**
   * "Toxoplasma gondii" where the text also writes "T. gondii", or "Streptococcus pyogenes" whose second word is Latin
   * no English dictionary knows: a genus and species, named as biologists name them.
   */
  private species(doc: number, s: string): boolean {
    const m = SPECIES.exec(s);
    if (!m) return false;
    const epithet = m[1]!;
    if (this.abbreviatedSpecies(doc).has(`${s.charAt(0)}. ${epithet}`)) return true;
    const genus = s.slice(0, s.indexOf(" ")).toLowerCase();
    // (not "Facultative anaerobes", "Rhinocerebral mucormycosis": an adjective and a plural noun or a disease's name)
    if (!LATIN_EPITHET.test(epithet) || DISEASE_END.test(epithet) || ADJECTIVE_END.test(genus)) return false;
    const lx = this.lexicon;
    const unknown = (w: string) => !lx.isNoun(w) && !lx.isNoun(singular(w)) && lx.frequency(w) === 0;
    const organism = lx.nounClasses(genus).some((k) => k === "animal" || k === "plant") || unknown(genus);
    return organism && unknown(epithet);
  }

  /** "T. gondii", "E. coli": the species a document abbreviates, read once per document (not a scan per phrase) */
  private abbreviatedSpecies(doc: number): Set<string> {
    let set = this.abbreviated[doc];
    if (set === undefined) {
      set = new Set((this.texts[doc] ?? "").match(ABBREVIATED_SPECIES) ?? []);
      this.abbreviated[doc] = set;
    }
    return set;
  }

  private touch(surface: string, doc: number, initial = true): TermInfo {
    const s = surface.replace(/^[“"]|[”"]$/g, "").trim();
    // a capitalised word in mid-sentence is a name: "Adams" stays "adams", never "adam"
    const key = !initial && UPPER_START.test(s) ? s.toLowerCase() : termKey(s);
    let t = this.terms.get(key);
    if (!t) {
      t = newTerm(key);
      this.terms.set(key, t);
    }
    // ("The Hera mission is …": a word the text capitalises after another word on its line is a name's, kept)
    // ("Toxoplasma gondii is …", later "T. gondii": a species' name keeps its genus capitalised)
    const lowerable =
      initial &&
      CAPITALISED_FIRST.test(s) &&
      !TWO_CAPITALISED.test(s) &&
      !capitalisedInLine(this.texts[doc] ?? "", s.split(" ")[0]!);
    // (asked once per phrase: where the capital might go, and where the form keeps it and marks the term)
    let species = lowerable ? this.species(doc, s) : undefined;
    const form = lowerable && !species ? s.charAt(0).toLowerCase() + s.slice(1) : s;
    if (!t.species && form === s && (species ??= this.species(doc, s))) t.species = true;
    t.forms.set(form, (t.forms.get(form) ?? 0) + 1);
    t.docs.add(doc);
    return t;
  }

  addCandidate(c: ConceptCandidate, doc: number): void {
    if (c.rel === "list" || c.rel === "example") {
      const id = ++this.listSeq;
      if (c.rel === "list") this.addKinds(c);
      // "Childbirth and … are two examples of positive feedback loops": the example itself is stated
      if (c.rel === "example" && c.subject && c.term.text) {
        const ex = this.touch(c.term.text, doc, true);
        ex.named++;
        ex.lists.add(id);
        if (c.genus) ex.genus.add(c.genus);
      }
      for (const m of c.adjectival ? [] : c.members) {
        const mt = this.touch(m.text.replace(/\s*\([^)]*\)/g, "").replace(/^(?:the|a|an)\s+/i, ""), doc, false);
        if (c.rel === "list") mt.listed++;
        mt.lists.add(id);
        if (c.genus) mt.genus.add(c.genus);
      }
      return;
    }
    if (c.rel === "cause") return;
    const t = this.touch(c.term.text, doc, c.term.a === 0 || c.subject);
    if (c.rel === "definition") {
      t.defined++;
      for (const w of c.gloss?.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) t.glossWords.add(termKey(w));
    }
    // "the brain, which in turn causes …" describes in passing: a name only when the text names on purpose
    if (c.rel === "naming" && c.cue !== "described") t.named++;
    if (c.genus && c.genus !== t.head) t.genus.add(c.genus);
    // "NREM stage 3 sleep is often referred to as deep sleep": two names of one thing, never options for each other
    if (c.rel === "naming" && c.subject && c.gloss && c.gloss.text.split(/\s+/).length <= 5) {
      const o = this.touch(c.gloss.text, doc, false);
      t.aliases.add(o.key);
      o.aliases.add(t.key);
    }
    if (c.rel === "alias" && c.gloss) {
      const o = this.touch(c.gloss.text, doc);
      t.aliases.add(o.key);
      o.aliases.add(t.key);
      for (const g of t.genus) o.genus.add(g);
    }
  }

  /** One noun phrase of the text, counted whole (a phrase said three times or more is a term candidate). */
  addPhrase(np: NounPhrase, doc: number): void {
    const form = np.words.join(" ");
    const key = termKey(form);
    const p = this.phrases.get(key);
    if (p) p.n++;
    else if (this.phrases.size < 100_000) this.phrases.set(key, { form, n: 1, doc });
  }

  /**
   * A title or heading that is itself a term ("Homeostasis", "Negative Feedback") and occurs in the body text.
   * `lowText` gives the document's text in lower case (made only for a heading that passes the tests below).
   */
  addHeadingTerm(heading: string, doc: number, text: string, lowText: () => string): void {
    const h = heading.trim().replace(/[.:]$/, "");
    if (
      h.split(/\s+/).length > 4 ||
      !termOk(h) ||
      /^(?:what|how|why|when|where|who|which|the role|an? |introduction|summary|review|conclusion|key terms|chapter|section|unit)\b/i.test(
        h,
      )
    )
      return;
    const low = h.toLowerCase();
    const hits = wholeWordHits(lowText(), low, 3);
    if (hits.length < 2) return; // the heading itself and at least one use in the body
    const at = hits[1]!;
    const form = text.slice(at, at + h.length);
    const midSentence = !/[.!?\n]\s*$/.test(text.slice(Math.max(0, at - 3), at)) && at > 0;
    this.touch(UPPER_START.test(form) && midSentence ? form : form.toLowerCase(), doc).repeated = true;
  }

  addSubject(subj: string, doc: number, initial: boolean): void {
    const key = !initial && UPPER_START.test(subj) ? subj.toLowerCase() : termKey(subj);
    const t = this.terms.get(key);
    if (t) t.subjectOf++;
    else this.touch(subj, doc, initial).subjectOf++;
  }

  /** Count occurrences, read titles/headings/formatting, consult the lexicon, score importance. */
  finalize(src: TermSources): void {
    this.texts = src.texts;
    this.lowTexts = null;
    for (const [key, p] of this.phrases) {
      if (p.n >= 3 && !this.terms.has(key) && termOk(p.form) && !UPPER_START.test(p.form))
        this.touch(p.form, p.doc).repeated = true;
      else if (p.n < 3 && !this.terms.has(key)) this.addCompound(key, p.form, p.doc);
    }
    for (const [f, doc] of src.bold ?? []) if (!this.terms.has(termKey(f)) && termOk(f)) this.touch(f, doc);
    // one pass over the sentences counts every term (a subject said once may be mentioned often elsewhere)
    const counts = countMentions([...this.terms.values()], src.records);
    const heads = ngrams(src.headings);
    const titles = ngrams(src.titles);
    const formatted = new Set(src.formatted.map((f) => termKey(f)));
    const bold = new Set((src.bold ?? []).map(([f]) => termKey(f)));
    for (const t of this.terms.values()) {
      let best = "";
      let bestN = -1;
      for (const [f, n] of t.forms)
        if (n > bestN || (n === bestN && f.length < best.length)) {
          best = f;
          bestN = n;
        }
      t.display = best;
      const counted = counts.get(t);
      const c = counted ?? formCounts(t);
      if (!t.species) {
        const text = this.texts[t.docs.values().next().value ?? 0] ?? "";
        const { shown, name } = startCased(t.display, counted ?? NO_COUNTS, text, this.lexicon);
        t.display = shown;
        t.nameStart = name;
      }
      t.freq = Math.max(c.n, t.defined + t.named + t.listed);
      // a name is capitalised like one ("Jefferson", "Louisiana Purchase"); "K-complex" and "REM sleep" are not names
      // ("Thalassemia is …", "Fluorescence and Phosphorescence" in a heading: a word formed like a term of science is
      // capitalised only at a start)
      t.proper = c.capitalised > 0 && c.lower === 0 && !SCIENCE_NOUN.test(t.key);
      if (t.proper && LOWER_START.test(t.display)) t.display = t.display.charAt(0).toUpperCase() + t.display.slice(1);
      const kw = normWords(t.key);
      const pk = normWords(pluralKey(t));
      t.inHeading = heads.has(kw) || heads.has(pk);
      t.inTitle = titles.has(kw) || titles.has(pk);
      t.formatted = formatted.has(t.key);
      t.bold = bold.has(t.key);
      t.classes = this.lexicon.nounClasses(t.key);
      if (!t.classes.length) t.classes = this.lexicon.nounClasses(t.head);
      t.genusClasses = [...t.genus].map((g) => this.lexicon.nounClasses(g)[0]).filter((c): c is string => !!c);
      t.importance = importance(t, this.lexicon);
    }
  }

  /**
   * Two-word compounds the text writes once or twice ("alpha waves", "delta waves"), by head noun: no terms of their
   * own, but the wrong options a teacher writes beside "beta waves" when the text has too few defined siblings.
   * Only an unusual first word ("alpha", "covalent"): "high waves", "new bonds" are descriptions, not kinds.
   */
  private readonly compounds = new Map<string, TermInfo[]>();

  private addCompound(key: string, form: string, doc: number): void {
    const ws = form.split(" ");
    if (ws.length !== 2 || !LOWER_PAIR.test(form) || !termOk(form)) return;
    if (this.lexicon.frequency(ws[0]!.toLowerCase()) >= 12 || this.lexicon.isVerb(ws[0]!)) return;
    const t = newTerm(key);
    t.display = form;
    t.forms.set(form, 1);
    t.docs.add(doc);
    const list = this.compounds.get(t.head);
    if (!list) this.compounds.set(t.head, [t]);
    else if (list.length < 12) list.push(t);
  }

  /** The compounds of `head` the text writes in passing (see addCompound). */
  compoundsOf(head: string): readonly TermInfo[] {
    return this.compounds.get(head) ?? [];
  }

  /** Terms worth asking about, most important first. */
  keyTerms(min: number): TermInfo[] {
    return [...this.terms.values()]
      .filter((t) => t.importance >= min)
      .sort((a, b) => b.importance - a.importance || (a.key < b.key ? -1 : 1));
  }

  /** "The six types of synovial joints are pivot, hinge, …": each member, alone or with the class's head, is a kind */
  private addKinds(c: ConceptCandidate): void {
    const m = KINDS_OF.exec(c.cue);
    if (!m) return;
    const cls = termKey(m[1]!);
    const head = headOf(cls);
    const set = this.kinds.get(cls) ?? new Set<string>();
    for (const p of c.members) {
      const k = termKey(p.text.replace(/\s*\([^)]*\)/g, "").replace(/^(?:the|a|an)\s+/i, ""));
      set.add(k);
      if (!k.endsWith(head)) set.add(termKey(k + " " + head));
    }
    this.kinds.set(cls, set);
  }

  /** `a` is one of the kinds a list of the text names for `b` ("plane joint" of "synovial joint"). */
  kindOf(a: string, b: string): boolean {
    return this.kinds.get(termKey(b))?.has(termKey(a)) ?? false;
  }

  /** Two terms are one thing for a student (an alias, the same key, one contained in the other as a word). */
  sameThing(a: string, b: string): boolean {
    const ka = termKey(a);
    const kb = termKey(b);
    if (ka === kb) return true;
    const ta = this.terms.get(ka);
    if (ta && ta.aliases.has(kb)) return true;
    const tb = this.terms.get(kb);
    if (tb && tb.aliases.has(ka)) return true;
    for (const s of this.lexicon.synonyms(ka)) if (s === kb) return true;
    return this.sameButAlias(ka, kb);
  }

  /**
   * "non-REM sleep" and "NREM sleep" when the text writes "non-REM (NREM) sleep": the same words around a part that is
   * an alias of the other's part.
   */
  private sameButAlias(ka: string, kb: string): boolean {
    const wa = ka.split(" ");
    const wb = kb.split(" ");
    let p = 0;
    while (p < wa.length && p < wb.length && wa[p] === wb[p]) p++;
    let q = 0;
    while (q < wa.length - p && q < wb.length - p && wa[wa.length - 1 - q] === wb[wb.length - 1 - q]) q++;
    if (p + q === 0) return false;
    const ma = wa.slice(p, wa.length - q).join(" ");
    const mb = wb.slice(p, wb.length - q).join(" ");
    return !!ma && !!mb && (this.terms.get(ma)?.aliases.has(mb) ?? false);
  }
}

/** Every run of up to six words of the headings, normalised: is a term in a heading? is one lookup. */
function ngrams(lines: string[]): Set<string> {
  const out = new Set<string>();
  for (const line of lines) {
    const w = normWords(line).split(" ");
    for (let i = 0; i < w.length; i++)
      for (let j = i + 1; j <= Math.min(w.length, i + 6); j++) out.add(w.slice(i, j).join(" "));
  }
  return out;
}

function normWords(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\d\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function pluralKey(t: TermInfo): string {
  for (const f of t.forms.keys()) if (isPluralPhrase(f)) return f.toLowerCase();
  return t.key + "s";
}
