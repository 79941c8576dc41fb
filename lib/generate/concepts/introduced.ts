// Where a formatted document introduces its terms: a textbook sets a key term in bold in the sentence that introduces
// it (OpenStax sets 93 % of its glossary terms so). That sentence is the one to ask the term from, even where no
// pattern reads it as a definition ("… many buyers face a situation of **asymmetric information**, where …").
import type { FormatSpan } from "../types";
import { blankItem, statedOf, type ConceptBuildCtx, type ConceptItem } from "./item-kit";
import { termKey } from "./np";
import type { ConceptCandidate, Phrase, SentenceRecord } from "./types";

/** at most this many words in a bold phrase that names a term (longer bold runs are emphasis) */
const MAX_TERM_WORDS = 5;
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
  /** per document: [start, term key] of each term's first bold occurrence */
  private readonly firstBold: [number, string][][] = [];

  addDocument(doc: number, text: string, spans: FormatSpan[] | undefined): void {
    const seen = new Set<string>();
    const out: [number, string][] = [];
    for (const sp of spans ?? []) {
      if (sp.kind !== "bold") continue;
      const t = text.slice(sp.start, sp.end).trim();
      if (!t || t.split(/\s+/).length > MAX_TERM_WORDS) continue;
      const key = termKey(t);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push([sp.start, key]);
    }
    this.firstBold[doc] = out;
  }

  /** The term keys a sentence introduces in bold (none for most sentences and for every plain-text document). */
  introducedIn(r: Pick<SentenceRecord, "doc" | "start" | "end">): string[] {
    const spans = this.firstBold[r.doc];
    if (!spans?.length) return [];
    const keys: string[] = [];
    for (const [a, key] of spans) if (a >= r.start && a < r.end) keys.push(key);
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
