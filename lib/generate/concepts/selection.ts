// The deck's concept items, chosen from every candidate item, best first: at most PER_TERM per term, a second item of
// a sentence only for a second stated term, one blanked mention a document, one question asked once.
import { normAnswer } from "../text/words";
import type { ConceptItem } from "./item-kit";
import { singular } from "./np";

/** At most this many items ask about one term. */
const PER_TERM = 2;

/** A sentence gives a second item only for a second term it defines or names, scored at least this. */
const SECOND_MIN = 4.6;
/**
 * Blanked mentions of a document: its best one, if it scores at least MENTION_SCORE (a term of weight in the text).
 * Blind raters accepted 23 of 34 blanks scored 3.8 or more in a sample of 60 from the learning pools, and 10 of the 26
 * below. A blanked mention is the deck's weakest form: kept ratings accepted about half (221 of 446 in plain text), the
 * fresh pools nV, nX, nY 35-44% and nZ 3 of 24, against about 70% for the deck. Up to a quarter of a document's stated
 * items (decision 019zi) kept 130 more items in 1,512 rated sections, which kept ratings accepted 60% of the time
 * against 71% for the deck; one still carries a thin section's key term (with none, `npm run eval` finds 49 of 66 key
 * terms and 8 of 19 review answers, below its bars; decision 019zj).
 */
const MENTION_SCORE = 3.8;
export function mentionFits(docHasOne: boolean, score: number): boolean {
  return score >= MENTION_SCORE && !docHasOne;
}
/** The terms of the candidates that state one (neither blanked mentions nor introduced terms). */
function statedTerms(all: ConceptItem[]): Set<string> {
  const terms = new Set<string>();
  for (const it of all)
    if (it.item.form !== "introduced" && it.item.form !== "mention" && it.item.form !== "subject" && it.term)
      terms.add(singular(it.term));
  return terms;
}
/** The terms asked where introduced among `items`. */
function introducedTerms(items: ConceptItem[]): Set<string> {
  return new Set(items.filter((it) => it.item.form === "introduced").map((it) => singular(it.term)));
}
/**
 * The items to keep of `all` (sorted best first), in that order. A term the deck asks where the text introduces it is
 * not blanked where the text merely uses it: chosen first with every introduced item counted, then again with those
 * kept where some were not (a mention may outrank the introduced item of its term, so one pass cannot know).
 */
export function selectItems(all: ConceptItem[]): ConceptItem[] {
  const stated = statedTerms(all);
  const candidates = introducedTerms(all);
  const out = pick(all, stated, candidates);
  const kept = introducedTerms(out);
  return kept.size === candidates.size ? out : pick(all, stated, kept);
}
/** The items to keep of `all`, where the terms of `introduced` are asked where introduced. */
function pick(all: ConceptItem[], stated: Set<string>, introduced: Set<string>): ConceptItem[] {
  const perTerm = new Map<string, number>();
  const perSent = new Map<string, number>();
  const ranked = new Set<string>();
  const answered = new Set<string>();
  const blanked = new Set<string>();
  const out: ConceptItem[] = [];
  const mentioned = new Set<number>();
  for (const it of all) {
    // ("network adapter cards" and "the network adapter card" are one term)
    const termKey = it.term ? singular(it.term) : "";
    const n = termKey ? (perTerm.get(termKey) ?? 0) : 0;
    const ns = perSent.get(it.sentKey) ?? 0;
    // a second item of one sentence states a second term; a blanked mention beside a stated term repeats the sentence
    const mention = it.item.form === "mention" || it.item.form === "subject";
    const intro = it.item.form === "introduced";
    if (n >= PER_TERM || ns >= 2 || (ns === 1 && (it.score < SECOND_MIN || !it.stated || mention))) continue;
    if (mention && !mentionFits(mentioned.has(it.doc), it.score)) continue;
    // (a term the deck already asks where the text states it needs no second item where the text introduces it)
    if (intro && stated.has(termKey)) continue;
    // a term the deck asks where the text states it is not blanked again where the text merely uses it
    if (mention && (stated.has(termKey) || introduced.has(termKey))) continue;
    // a term's second item asks in another form: "An overproduction of RBCs produces a condition called _____"
    // after "an elevated RBC count is called _____" is one question asked twice
    const na = normAnswer(it.item.answer);
    // ("What are families?" and "What is a family?" from two sentences ask one thing: one card gives a term and asks
    // what it is)
    const forward =
      it.item.type === "flashcard" && it.item.form === "definition" && /^What (?:is|are)\s/.test(it.item.prompt);
    const asked = forward ? `${termKey}|what-is` : `${it.term}|${it.item.type}|${it.item.form}|${na}`;
    if (it.item.type !== "truefalse" && !mention && answered.has(asked)) continue;
    // one blank per answer: a second sentence that blanks "financial statements" asks the same again
    const blank = mention ? singular(na) : "";
    if (mention && blanked.has(blank)) continue;
    answered.add(asked);
    if (mention) blanked.add(blank);
    // "the most important set of rules" is one fact, however often the text ranks it first
    if (it.item.form === "superlative") {
      const k = it.term || it.item.answer.toLowerCase();
      if (ranked.has(k)) continue;
      ranked.add(k);
    }
    if (mention) mentioned.add(it.doc);
    if (termKey) perTerm.set(termKey, n + 1);
    perSent.set(it.sentKey, ns + 1);
    out.push(it);
  }
  return out;
}
