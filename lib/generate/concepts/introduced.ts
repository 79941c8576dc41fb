// Where a formatted document introduces its terms: a textbook sets a key term in bold in the sentence that introduces
// it (OpenStax sets 93 % of its glossary terms so). That sentence is the one to ask the term from, even where no
// pattern reads it as a definition ("… many buyers face a situation of **asymmetric information**, where …").
import { blankItem, statedOf, type ConceptBuildCtx, type ConceptItem } from "./item-kit";
import { termKey } from "./np";
import type { ConceptCandidate, Phrase, SentenceRecord } from "./types";

/**
 * "This …", "They …", "Such …", "Also, …", "Then …": an opening that points to the sentence before (a pronoun later in
 * the sentence mostly points to what the sentence itself names: "… where the buyer, the seller, or both, are less than
 * certain about what they are buying")
 */
const LEANING_OPEN =
  /^(?:This|These|That|Those|It|Its|They|Their|Them|Such|He|She|His|Her|Also|Then|Here|There|Another|Other|Others|Still|However|Instead|Thus|Hence|Therefore|Similarly|Likewise|In (?:this|that|these|those|such)|One of (?:these|those|them))\b/;
/** ", or …", ", a …", ", which …", "—", "(" right after the term: the sentence glosses it there */
const GLOSS_AFTER = /^\s*(?:,\s+(?:or|a|an|which|where|that is|in which|meaning)\b|[—(])/i;
/** "In a(n) _____, companies …": the sentence is about a kind of thing it then describes */
const KIND_OPENING = /^(?:In|For|With|Under)\s+(?:a|an|the)\s+$/i;
/** "- Term: …": a list item's bullet, which the ingest keeps in the text */
const BULLET = /^[-•*]\s/;
/** "For example, …", "Imagine …": an illustration introduces the term in a case, not the term itself */
const ILLUSTRATION = /^(?:For (?:example|instance)|Imagine|Suppose|Consider|Think)\b/;

export class Introductions {
  /** every bold phrase the collector passes, with its document, in reading order (the inventory's bold terms) */
  readonly bold: [string, number][] = [];
  /** per document: term key -> start of its first bold occurrence, in reading order */
  private readonly firstBold: Map<string, number>[] = [];

  /** A bold phrase at `start` of document `doc`; the caller keeps only phrases short enough to name a term. */
  add(doc: number, start: number, text: string): void {
    // (an empty span names nothing)
    if (!text) return;
    this.bold.push([text, doc]);
    const first = (this.firstBold[doc] ??= new Map());
    const key = termKey(text);
    if (!first.has(key)) first.set(key, start);
  }

  /** The term keys a sentence introduces in bold (none for most sentences and for every plain-text document). */
  introducedIn(r: Pick<SentenceRecord, "doc" | "start" | "end">): string[] {
    const first = this.firstBold[r.doc];
    if (!first?.size) return [];
    const keys: string[] = [];
    for (const [key, a] of first) if (a >= r.start && a < r.end) keys.push(key);
    return keys;
  }
}

/**
 * "Many buyers face a situation of _____, where two parties … have an unequal amount of information.": the term
 * blanked where the source introduces it. The sentence must stand alone (no pointer to the one before, no scene of the
 * reader's, no illustration) and say enough around the blank; the item lint judges the rest.
 */
export function introducedItem(ctx: ConceptBuildCtx, r: SentenceRecord, m: Phrase): ConceptItem | null {
  const info = ctx.inv.get(m.text);
  if (!info) return null;
  const body = r.text.slice(r.lead.length);
  if (LEANING_OPEN.test(body) || ILLUSTRATION.test(r.text) || BULLET.test(r.text) || /\b(?:you|your)\b/i.test(r.text))
    return null;
  // (a term the text never repeats needs its gloss beside it: "… consider dollars to be _____, or having equal value
  // …", "In a(n) _____, companies at the same stage … merge"; without one the blank fits many words: "the worst _____
  // in human history")
  if (info.freq <= 1 && !GLOSS_AFTER.test(r.text.slice(m.b)) && !KIND_OPENING.test(r.text.slice(0, m.a))) return null;
  const words = r.text.split(/\s+/).length;
  if (words < 9 || words > 45) return null;
  // (inside someone's quoted words a blank completes a quotation)
  const before = r.text.slice(0, m.a);
  if ((before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0)) return null;
  const c: ConceptCandidate = { rel: "naming", term: m, gloss: null, genus: "", members: [], cue: "", subject: false };
  const it = blankItem(ctx, c, statedOf(r), "introduced", true);
  if (it) it.term = info.key;
  return it;
}
