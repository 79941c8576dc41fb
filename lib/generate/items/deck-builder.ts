// Filling the deck from the ranked facts: one item per fact, each answer asked a few times at most, places capped at
// about a fifth of the deck, then true/false statements in the room left.
import type { GenerateProfile, Item } from "../types";
import type { Fact } from "../facts/fact";
import { ensureRendered } from "../text/cloze";
import { normAnswer, nounUsedIn } from "../text/words";
import { buildItem } from "./build-item";
import type { BuildCtx } from "./context";
import { EXPOSITION_MIN, type ConceptItem } from "../concepts";
import { SECOND_FACT_MIN } from "../rank/rank";
import { inIllustration } from "../text/illustration";
import { opensOnSaidBefore } from "../concepts/prompt";
import { insideParens } from "../concepts/phrase";
import { unfairEntityBlank } from "./entity-guards";
import { caseList, notAReport, pastRegister, readRegister, type Register } from "./register";
import { objectArray } from "../arrays";

/** an illustration: "For example, …", "…, for instance, …" */
const ILLUSTRATION = /^(?:For (?:example|instance)|As an example|To illustrate)\b|,\s+for (?:example|instance),/;
/** "published …", "wrote the book …": what a year dates is a work's coming out */
const PUBLISHED =
  /\b(?:publish(?:ed|es)?|(?:wrote|writes|write)\s+(?:the|a|an|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:book|novel|memoir|treatise|textbook|article|paper|essay)s?)\b/iu;
/**
 * Names, dates and numbers a textbook section mentions without teaching them: the details of an illustration ("For
 * example, room air conditioners … until 1964", "Frederick of Prussia, for example, invited Voltaire … in 1750") and
 * who a person is ("Who is Howard Gardner?" -> "a Harvard psychologist and former student of …": a post or a school
 * is a byline), and an organisation's bare kind.
 */
export function expositionTrivia(f: Pick<Fact, "sentText" | "mergeKey" | "answer" | "kind">): boolean {
  return (
    ILLUSTRATION.test(f.sentText) ||
    f.mergeKey.startsWith("who|") ||
    // "In 2017, Zenk and Schrock published My Life, …": in a textbook the year a work came out is its bibliography
    // (raters accepted none of the four such items kept in scripts/rating/results)
    (f.kind === "date" && PUBLISHED.test(f.sentText)) ||
    // "What is the Tennessee Valley Authority?" -> "a government corporation": a kind, not what it is for
    (f.mergeKey.startsWith("def|") && f.answer.split(/\s+/).length < 5)
  );
}

/**
 * "Who said that “…”", "Who argued that “…”", "Who described the Paxton Boys as the barbarous Men …, ” …?": a question
 * asking who spoke or wrote a quotation
 */
const QUOTE_SPEAKER = /^Who \p{Ll}+ that “/u;
/** A "Who …?" that asks who spoke or wrote a quotation (of six words or more, or with its quotation mark left open). */
export function asksQuotedSpeaker(wh: string): boolean {
  if (QUOTE_SPEAKER.test(wh)) return true;
  if (!wh.startsWith("Who ")) return false;
  const marks = wh.match(/[“”"]/g)?.length ?? 0;
  return marks % 2 === 1 || /[“"](?:[^”"\s]+\s+){5,}/.test(wh);
}

/** "a 1971 case", "a related 2024 case", "the 1936 presidential election": a year before the noun it dates */
const ATTRIBUTIVE_YEAR =
  /\b(?:an?|the)\s+(?:[a-z]+\s+)?\d{4}\s+(?:[a-z]+\s+)?(?:case|decision|ruling|election|law|act|survey|study|report|campaign|census|amendment)\b/;

/** "In a 1971 case known as …", "a related 2024 case": the year at `at` dates the noun after it */
export function datesItsNoun(sentText: string, at: number, answer: string): boolean {
  return ATTRIBUTIVE_YEAR.test(sentText.slice(Math.max(0, at - 12), at + answer.length + 30));
}

/**
 * "In 2015, however, …", "In either case, the amendment …", "A third force, led by …", "Thereafter, …": the sentence
 * opens on the one before
 */
export function opensOnBefore(sentText: string): boolean {
  return opensOnSaidBefore(sentText) || /^[^,]{0,40},\s+(?:however|though|too|then|instead),/i.test(sentText);
}

/**
 * "an Australian psychologist from Harvard University", "scholars from the Massachusetts Institute of Technology",
 * "president of the New Jersey Bell Telephone Company": where a person works or studies is a byline in a textbook
 */
export function affiliation(sentence: string, answer: string): boolean {
  const at = sentence.indexOf(answer);
  if (at < 0) return false;
  const before = sentence.slice(Math.max(0, at - 40), at);
  return AFFILIATION_BEFORE.test(before);
}
const AFFILIATION_BEFORE =
  /(?:\b(?:psychologist|sociologist|economist|scientist|scholars?|researchers?|professor|students?|graduates?|engineer|physician|historian|philosopher|biologist|chemist|physicist|team)\s+(?:from|at)|\b(?:president|professor|director|chairman|chair|head|founder|dean|member|employee|fellow)\s+(?:of|at))\s+(?:the\s+)?$/;

/** "the proposal", "the decision", "the bank": an event or an institution the sentence takes from before */
const EVENT_BEFORE =
  /\b[Tt]he\s+(?:proposal|decision|plan|case|crisis|court|bank|bill|agreement|treaty|program|policy|movement|measure|legislation|reform|dispute|controversy|conflict|war)\b(?!\s+(?:of|that|which|who|in|to|for|between|against|with|over|about|on|at|from|by)\b)(?!\s+\p{Lu})/u;

/** "the compromise did …", "the ruling ended …": a definite noun, then its verb (nothing after it says which) */
const DEFINITE_NOUN =
  /\b[Tt]he\s+(\p{Ll}{4,})\b(?!\s+(?:of|that|which|who|whom|whose|where|when|in|to|for|between|against|with|over|about|on|at|from|by|called|known|named)\b)(?=\s+(?:was|were|is|are|had|has|have|did|does|do|also|then|still|\p{Ll}{3,}ed)\b|\s*[,;])/u;
/** how far back (characters) a definite noun's referent is looked for */
const LOOKBACK = 700;

/** at most this share of the deck's items ask for a place */
const PLACE_SHARE = 0.2;
const PLACE_MIN_SCORE = 1.3;
const MONTH_OR_DAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;

/**
 * "In what year did enthusiasm for war run high on both sides?", "… citizen journalists catch both presidential
 * candidates by surprise?": a date whose sentence names no one and nothing (no capitalised word but its first, a month
 * or a day) dates an event the student cannot tell apart from others.
 */
export function unnamedEvent(sentText: string, a: number, b: number): boolean {
  const rest = sentText.slice(0, a) + " " + sentText.slice(b);
  const words = rest.match(/[\p{L}][\p{L}.'’-]*/gu) ?? [];
  return !words.slice(1).some((w) => /^\p{Lu}/u.test(w) && !MONTH_OR_DAY.test(w));
}

/**
 * A document's dates take at most this share of its other items (and at least DATE_FLOOR): a chapter on a century of
 * court cases gave 20 "In _____, …" items beside 23 others, most of them minor dates a teacher would not ask.
 */
const DATE_SHARE = 0.3;
const DATE_FLOOR = 4;
/**
 * In a textbook section (exposition, or a story with headings) dates take a smaller share, at least one: blind raters
 * of pA-pM accepted 3 of 10 ("The Great Gatsby, published in _____", "As a new member of Congress in _____, Gore …")
 */
const TEXTBOOK_DATE_SHARE = 0.15;
const TEXTBOOK_DATE_FLOOR = 1;
/**
 * In exposition (a textbook section in the general present) a document's names, dates and numbers are not asked: they
 * are mostly the details of an example ("In what year did super PACs pour more than $2.3 billion …?", "President _____
 * gave a short speech …"). Blind raters accepted 1 of 19 such items on pG, 11 of 32 on pJ-pL, and on the samples of
 * this round (pA-pO, 69 names, dates and organisations in textbook sections) 24, a third, beside 182 of 251 concept
 * items (72.5%). (A fifth of the concept items, at least two, before.)
 */
const ENTITY_SHARE = 0;
const ENTITY_FLOOR = 0;
/**
 * A textbook section told as a story (a history chapter with its headings) keeps a few names and dates, a tenth as
 * many as its concept items and at least one, best first (a quarter and at least two before; half and at least four
 * before that): the people a history chapter is about and the dates of its named events are what a teacher asks
 * there, but the raters of pN accepted none of 10 and of pO 7 of 21 (options of another time or kind, an example's
 * year, a quotation's speaker), and over all kept ratings 61 of 191 names, dates and numbers in textbook sections
 * (32%, beside 71% for definition cards).
 */
const STORY_SHARE = 0.1;
const STORY_FLOOR = 1;
/** a named act, case, treaty or war in a prompt: the date of an event a student learns */
const NAMED_EVENT =
  /\b(?:\p{Lu}[\p{L}-]*\s+)*(?:Act|Acts|Treaty|Amendment|Convention|Conference|War|Revolution|Doctrine|Compromise|Declaration|Purchase|Proclamation|Accords?|Agreement)\b(?<=\p{Lu}[\p{L}-]*\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?=\s+of\s+\p{Lu}))|\b\p{Lu}[\p{L}-]+\s+v\.\s+\p{Lu}/u;
/** "EBV", "ATP", "EM": an abbreviation; a short one ("EM", "BE") may be a symbol */
const ABBREVIATION = /^\p{Lu}[\p{Lu}\d-]+s?$/u;
const SHORT_CAPS = /^\p{Lu}{2,3}$/u;

/**
 * Of the names, dates and numbers asked in textbook sections, blind raters accepted a person asked "Who …?" 26 of 40
 * times, a date 18 of 63 (5 of 9 where the prompt names the event: an act, a treaty, a war) and the rest 22 of 114
 * (scripts/rating/results): a textbook asks its people by question and the dates of its named events, nothing else.
 */
export function askedInTextbook(f: Pick<Fact, "kind" | "wh" | "sentText">): boolean {
  if (f.kind === "person") return !!f.wh;
  return f.kind === "date" && NAMED_EVENT.test(f.sentText);
}

/**
 * How many names, dates and numbers a document with `concepts` concept items may give: all in news, none in exposition
 * (ENTITY_SHARE), a tenth of its concepts (at least one) in a textbook section told as a story.
 */
export function entityRoom(concepts: number, exposition: boolean, story: boolean): number {
  if (story) return Math.max(STORY_FLOOR, STORY_SHARE * concepts);
  return exposition ? Math.max(ENTITY_FLOOR, ENTITY_SHARE * concepts) : Infinity;
}

/** Build items from the ranked facts until the deck is full (places capped at PLACE_SHARE of the deck). */
export class ItemBuilder {
  readonly items: Item[] = objectArray();
  readonly promptSeen = new Set<string>();
  private readonly answerUse = new Map<string, number>();
  private readonly builtFacts = new Set<string>();
  private readonly deferred: Fact[] = [];
  nBuilt = 0;
  private placeItems = 0;
  /** per document: concept items, and names, dates and numbers built (exposition's share) */
  private readonly conceptItems = new Map<number, number>();
  private readonly entityItems = new Map<number, number>();
  /** items per sentence ("doc:start"): one, a second only for a second key fact */
  private readonly sentUse = new Map<string, number>();

  constructor(
    private readonly ctx: BuildCtx,
    private readonly cap: number,
    private readonly trace?: GenerateProfile,
    private readonly perSentence = 2,
  ) {}

  /**
   * The score a name, date or number needs, per document: in exposition (many terms defined and named) the facts
   * worth asking are its concepts, and only the strongest names, dates and numbers join them ("834 ships" is trivia
   * in a history chapter; in the news it may be the story).
   */
  private entityMin: number[] = [];

  /** per document: a textbook section told as a story (see ConceptCollector.sectioned, and setExposition) */
  private story: boolean[] = [];

  setExposition(
    densities: number[],
    sectioned: boolean[] = [],
    registers: Register[] = this.ctx.texts.map((t) => readRegister(t)),
  ): void {
    // a textbook's worked cases (a business-ethics section full of companies and people) lower its score of stated
    // concepts; its general present tense still tells it from a news report
    // (and a text in the present that names little is no report either: "Earth-approaching asteroids …" read as news
    // had asked "NASA", "1994" and "500 kilotons" of an astronomy section's examples)
    const scores = densities.map((d0, di) =>
      d0 < EXPOSITION_MIN && notAReport(registers[di]!, d0) ? EXPOSITION_MIN : d0,
    );
    // a section told as a story: one with headings and a stated term, or one told in the past (history) that reads
    // as exposition by its headings and terms; its names and dates stay within the story's room (entityRoom), best
    // first, through exposition's trivia filters without its score bar (worthAskingInExposition)
    // (a list of court cases, each opening with its citation, is a textbook's appendix told as a story too)
    this.story = scores.map((d, di) =>
      d < EXPOSITION_MIN ? (sectioned[di] ?? false) || caseList(registers[di]!) : pastRegister(registers[di]!),
    );
    this.entityMin = scores.map((d, di) =>
      d < EXPOSITION_MIN || this.story[di] ? 0 : Math.min(0.6, 0.1 * (d - EXPOSITION_MIN)) + 2.8,
    );
  }

  /**
   * In exposition a name must recur (a person named once is a name-drop) and a number must be among the strongest
   * facts (most are details of an example or a study: "834 ships", "5.3%"); in narrative text all stay.
   */
  private worthAskingInExposition(f: Fact): boolean {
    const min = this.entityMin[f.doc] ?? 0;
    // (a textbook's story keeps its names and dates within its room, best first: the trivia filters, no score bar)
    const story = this.story[f.doc] ?? false;
    if (min === 0 && !story) return true;
    if (f.score < min) return false;
    if (expositionTrivia(f)) return false;
    if (!askedInTextbook(f)) return false;
    if (inIllustration(this.ctx.texts[f.doc]!, f.sent.s, f.sent.e)) return false;
    // (so is an exact day or month: "On what date did Truman address Congress …?", "In what month and year did the
    // Confederation Congress amend …?" are trivia in a textbook, where the year is what a student learns)
    if (f.kind === "date" && (f.mention?.gran === "day" || f.mention?.gran === "month"))
      return !story && f.score >= min + 0.8;
    // "In a _____ case known as Lemon v. Kurtzman": a year that modifies a noun dates the thing; the thing is the fact
    if (f.kind === "date" && datesItsNoun(f.sentText, f.aRel, f.answer)) return false;
    // "(captured in _____)": a year in brackets dates an aside (raters rejected both such items of pA-pM)
    if (f.kind === "date" && insideParens(f.sentText, f.aRel)) return false;
    // "In _____, however, the Supreme Court …", "In either case, the amendment …": a sentence that opens on the one
    // before asks a name or a date out of its story (raters of holdout pA flagged each as vague)
    if (opensOnBefore(f.sentText)) return false;
    // "EBV", "ICD", "ATP": in a textbook an acronym is mostly a technical term, not an organisation; what "WHO"
    // stands for is general knowledge named in passing
    // ("High-intensity _____ radiation" -> "EM" among "BE", "WHO", "UV": an abbreviation of any kind)
    if (ABBREVIATION.test(f.answer)) return false;
    // "Who said that “If an American was lucky enough to find an apple …”?": in a textbook the speaker of a quotation
    // is an illustration's (raters of pN rejected both such items)
    if (f.wh && asksQuotedSpeaker(f.wh)) return false;
    // (unreachable since askedInTextbook, which asks no body or place in a textbook; kept while its unit test stands)
    if ((f.kind === "org" || f.kind === "place") && affiliation(f.sentText, f.answer)) return false;
    // a person the section names twice is a name-drop as often as not (raters of pA accepted 2 of 10 such items:
    // "singer _____", "_____, the Commissioner on Indian Bureau Affairs"); one it keeps returning to is its subject
    // (in a story a person may act once: "Federal troops, commanded by Colonel _____, …")
    if (story) return true;
    if (f.mention && f.kind === "person") return this.ctx.registry.count(f.answer) >= 3;
    return true;
  }

  /**
   * Near its start the sentence speaks of "the compromise", "the revolution", "the ruling", "the station" that the
   * sentences just before it introduced (the same noun, without "of …" or a name after it): the prompt leans on a
   * referent the student does not see. (Where the sentence right before says which, it is shown as context.)
   */
  private takenFromBefore(f: Fact): boolean {
    if (f.ctxPrefix) return false;
    const head = DEFINITE_NOUN.exec(f.sentText.slice(0, 60));
    if (!head) return false;
    const text = this.ctx.texts[f.doc]!;
    return nounUsedIn(text.slice(Math.max(0, f.sent.s - LOOKBACK), f.sent.s).toLowerCase(), head[1]!);
  }

  /** surname -> how many different people of the documents bear it (their full names) */
  private surnames: Map<string, Set<string>> | null = null;

  private sharedSurname(name: string): boolean {
    if (!this.surnames) {
      this.surnames = new Map();
      const reg = this.ctx.registry;
      for (const c of reg.listByKind("person", 300)) {
        const full = reg.displayAs(c, "M");
        if (!full || !full.includes(" ")) continue;
        const last = full.split(/\s+/).pop()!.toLowerCase();
        this.surnames.set(last, (this.surnames.get(last) ?? new Set()).add(full.toLowerCase()));
      }
    }
    return (this.surnames.get(name.toLowerCase())?.size ?? 0) >= 2;
  }

  /** Concept items (best first) go in before names, dates and numbers, within the cap. */
  addConcepts(concepts: ConceptItem[]): void {
    for (const c of concepts) {
      if (this.items.length >= this.cap) break;
      if (this.promptSeen.has(c.item.prompt)) continue;
      this.promptSeen.add(c.item.prompt);
      this.sentUse.set(c.sentKey, (this.sentUse.get(c.sentKey) ?? 0) + 1);
      this.conceptItems.set(c.doc, (this.conceptItems.get(c.doc) ?? 0) + 1);
      this.items.push(c.item);
    }
  }

  run(order: Fact[]): void {
    for (const f of order) {
      if (this.items.length >= this.cap) break;
      this.tryBuild(f, false);
    }
    for (const f of this.deferred) {
      if (this.items.length >= this.cap || this.placeItems + 1 > PLACE_SHARE * (this.items.length + 1)) break;
      this.tryBuild(f, true);
    }
    this.capDates();
  }

  /** A textbook section: exposition, or a story with its headings. */
  private textbook(doc: number): boolean {
    return (this.entityMin[doc] ?? 0) > 0 || (this.story[doc] ?? false);
  }

  private entityRoom(doc: number, exposition: boolean): number {
    return entityRoom(this.conceptItems.get(doc) ?? 0, exposition, this.story[doc] ?? false);
  }

  /** documents whose dates were cut to DATE_SHARE: no true/false statement brings one back */
  private readonly datesFull = new Set<string>();

  /**
   * The best dates of each document within DATE_SHARE of its other items: first those that date a named event ("the
   * Indian Removal Act", "Cherokee Nation v. Georgia"), then the rest as built (best first).
   */
  private capDates(): void {
    const others = new Map<string, number>();
    const dates = new Map<string, Item[]>();
    for (const i of this.items) {
      const doc = i.citations[0]!.documentId;
      if (i.kind === "date") {
        const ds = dates.get(doc);
        if (ds) ds.push(i);
        else dates.set(doc, [i]);
      } else others.set(doc, (others.get(doc) ?? 0) + 1);
    }
    const dropped = new Set<Item>();
    const index = new Map(this.ctx.documents.map((d, di) => [d.id, di]));
    for (const [doc, ds] of dates) {
      const textbook = this.textbook(index.get(doc)!);
      const [floor, share] = textbook ? [TEXTBOOK_DATE_FLOOR, TEXTBOOK_DATE_SHARE] : [DATE_FLOOR, DATE_SHARE];
      const room = Math.max(floor, share * (others.get(doc) ?? 0));
      if (ds.length <= room) continue;
      this.datesFull.add(doc);
      const named = (i: Item) => NAMED_EVENT.test(i.citations[0]!.quote);
      const ranked = [...ds.filter(named), ...ds.filter((i) => !named(i))];
      for (const i of ranked.slice(Math.floor(room))) dropped.add(i);
    }
    if (dropped.size) this.items.splice(0, this.items.length, ...this.items.filter((i) => !dropped.has(i)));
  }

  private tryBuild(f: Fact, deferredPass: boolean): void {
    const registry = this.ctx.registry;
    const items = this.items;
    const promptSeen = this.promptSeen;
    const ak =
      f.kind +
      "|" +
      (f.mention && (f.kind === "person" || f.kind === "org" || f.kind === "place")
        ? registry.canon(f.answer)
        : normAnswer(f.answer));
    const used = this.answerUse.get(ak) ?? 0;
    // in exposition and in a textbook's story a name, a place or a date is asked once ("President _____" -> "Adams"
    // four times is one fact learned four ways, while the chapter's other facts wait)
    const exposition = (this.entityMin[f.doc] ?? 0) > 0;
    const textbook = this.textbook(f.doc);
    if (used >= (textbook ? 1 : f.kind === "place" ? 2 : 4)) return;
    if (!this.worthAskingInExposition(f)) return;
    const entities = this.entityItems.get(f.doc) ?? 0;
    if (entities >= this.entityRoom(f.doc, exposition)) return;
    if (f.kind === "date" && !f.ctxPrefix && unnamedEvent(f.sentText, f.aRel, f.aEnd)) return;
    if (unfairEntityBlank(f)) return;
    // "Before Congress took action on the proposal, …", "The court struck down …": near its start, the sentence takes
    // an event or a body from before
    if (EVENT_BEFORE.test(f.sentText.slice(0, 60)) || this.takenFromBefore(f)) return;
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
    if (
      f.mention &&
      (f.kind === "person" || f.kind === "org" || f.kind === "place") &&
      registry.preferredSpelling(f.answer) !== f.answer
    )
      return;
    // "EM", "BE" in a physics text: an abbreviation the documents never spell out is a symbol, not an organisation
    if (
      (f.kind === "org" || f.kind === "other") &&
      SHORT_CAPS.test(f.answer) &&
      !registry.aliases(f.answer).some((a) => a.includes(" "))
    )
      return;
    // "Adams" where the documents name John Adams and John Quincy Adams: a surname alone does not say which
    if (f.kind === "person" && !f.answer.includes(" ") && this.sharedSurname(f.answer)) return;
    // a sentence gives one item; a second only for a strong fact of another kind (rank.ts keeps those)
    const sentKey = f.doc + ":" + f.sent.s;
    const inSent = this.sentUse.get(sentKey) ?? 0;
    if (inSent >= this.perSentence || (this.perSentence <= 2 && inSent === 1 && f.score < SECOND_FACT_MIN)) return;
    // in exposition one sentence gives one item: "the two presidents who followed Jefferson—James Madison and
    // _____" and the same sentence with the other name blanked are one fact asked twice
    if (inSent >= 1 && textbook && this.perSentence <= 2) return;
    const sk = f.kind + "|" + f.aRel + "|" + f.sentText;
    if (this.builtFacts.has(sk)) return;
    this.builtFacts.add(sk);
    // the item's prompt is its wh-question or its cloze: when both were already used (the same sentence with a
    // different answer, e.g. syndicated text), the item would be dropped as a duplicate; skip building it
    ensureRendered(f);
    if ((f.wh === undefined || promptSeen.has(f.wh)) && (!f.cloze || promptSeen.has(f.cloze))) return;
    this.nBuilt++;
    // (buildItem stops where every form left would give a prompt already asked, which is dropped below; with a trace it
    // builds them all, and the trace names the facts the lint refused)
    const item = buildItem(f, this.ctx, false, textbook, this.trace ? undefined : promptSeen);
    if (!item) {
      if (this.trace) this.trace.write(`DROP ${f.kind} [${f.answer}] ${f.cloze?.slice(0, 80)}\n`);
      return;
    }
    if (promptSeen.has(item.prompt)) return;
    promptSeen.add(item.prompt);
    this.answerUse.set(ak, used + 1);
    if (item.kind === "place") this.placeItems++;
    this.sentUse.set(sentKey, inSent + 1);
    this.entityItems.set(f.doc, entities + 1);
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
    // is judged at a glance). Sentences no other item asks about first; then another fact of an asked sentence
    // (its date when the item asks its number), never the fact an item already asks: that is a duplicate to a student.
    const asked = new Map<string, Set<string>>();
    for (const i of items) {
      const k = i.citations[0]!.documentId + ":" + i.citations[0]!.start;
      asked.set(k, (asked.get(k) ?? new Set()).add(normAnswer(i.answer)));
    }
    const tfSents = new Set<string>();
    for (const pass of [0, 1])
      for (const f of order) {
        if (tf >= tfMax) break;
        const sentId = ctx.documents[f.sent.doc]!.id + ":" + f.sent.s;
        const answers = asked.get(sentId);
        if (tfSents.has(sentId) || (pass === 0 ? !!answers : !answers || answers.has(normAnswer(f.answer)))) continue;
        if (f.sentWords > 35 || !(f.kind === "number" || f.kind === "money" || f.kind === "date")) continue;
        // in exposition and in a textbook's story, statements about numbers and dates are trivia
        if (this.textbook(f.doc)) continue;
        if (f.kind === "date" && this.datesFull.has(ctx.documents[f.doc]!.id)) continue;
        if (unfairEntityBlank(f)) continue;
        const item = buildItem(f, ctx, true);
        if (!item || promptSeen.has(item.prompt)) continue;
        promptSeen.add(item.prompt);
        tfSents.add(sentId);
        items.push(item);
        tf++;
      }
  }
}
