// Where a formatted document introduces its terms: a textbook sets a key term in bold in the sentence that introduces
// it (OpenStax sets 93 % of its glossary terms so). That sentence is the one to ask the term from, even where no
// pattern reads it as a definition ("… many buyers face a situation of **asymmetric information**, where …").
import { opensOnSaidBefore } from "./prompt";
import { blankItem, statedOf, type ConceptBuildCtx, type ConceptItem } from "./item-kit";
import { termKey } from "./np";
import { pronounish } from "./phrase";
import type { ConceptCandidate, Phrase, SentenceRecord } from "./types";

/**
 * "This …", "They …", "Such …", "Also, …", "Then …": an opening that points to the sentence before (a pronoun later in
 * the sentence mostly points to what the sentence itself names: "… where the buyer, the seller, or both, are less than
 * certain about what they are buying"); "Like Levine, …", "Recall that …", "As noted, …", "The second would be …": one
 * that leans on a passage the student does not see
 */
const LEANING_OPEN =
  /^(?:(?:This|These|That|Those|It|Its|They|Their|Them|Such|He|She|His|Her|Also|Then|Here|There|Another|Other|Others|Still|However|Instead|Thus|Hence|Therefore|Similarly|Likewise|In (?:this|that|these|those|such)|One of (?:these|those|them))\b|Like\s+\p{Lu}|Recall\b|As\s+(?:noted|mentioned|discussed|we\s+saw)\b|(?:The|A)\s+(?:first|second|third|former|latter)\b)/u;
/**
 * Before the term: "Under other economic systems, such as _____" (half of a contrast drawn before the sentence); "we
 * think of it as …, called the _____" (a pronoun that points back)
 */
const LEANS_BEFORE = /\bother\s+[\p{L}-]+(?:\s+[\p{L}-]+)?,?\s+such as\s*$|\b(?:it|its)\b/iu;
/** ", or …", ", a …", ", which …", "—", "(" right after the term: the sentence glosses it there */
const GLOSS_AFTER = /^\s*(?:,\s+(?:or|a|an|which|where|that is|in which|meaning)\b|[—(])/i;
/** "… is called _____", "… known as the _____", "… are _____": the words before the term name it */
const NAMED_BEFORE = /\b(?:called|known\s+as|referred\s+to\s+as|termed|named|is|are)\s+(?:an?\s+|the\s+)?$/i;
/** "_____ is …", "_____ refers to …", "_____ involves …": the words after the term say what it is */
const DEFINED_AFTER = /^\s+(?:is|are|refers?\s+to|means|describes?|involves?)\b/i;
/** "In a(n) _____, companies …": the sentence is about a kind of thing it then describes */
const KIND_OPENING = /^(?:In|For|With|Under)\s+(?:a|an|the)\s+$/i;
/** "- Term: …": a list item's bullet, which the ingest keeps in the text */
const BULLET = /^[-•*]\s/;
/** "For example, …", "Imagine …": an illustration introduces the term in a case, not the term itself */
const ILLUSTRATION = /^(?:For (?:example|instance)|Imagine|Suppose|Consider|Think)\b/;

/** a document that sets this many distinct phrases in bold marks its key terms (one or two bold words are emphasis) */
const MARKED_MIN = 3;

/** a term key without its bracketed abbreviation: "line of credit (loc)" -> "line of credit" */
const bare = (key: string): string => key.replace(/\s*\([^)]*\)/g, "").trim();
/** `part` stands in `whole` as whole words */
const wordsWithin = (part: string, whole: string): boolean => ` ${whole} `.includes(` ${part} `);

/**
 * The sentence says what the term is beside it: a gloss after it, a naming verb before it, a defining verb after it, or
 * an opening on its kind. Without one the blank is guessed from the words around it or fits many words ("The end of
 * the _____ opened new doors", "_____ is a must-use tool for entrepreneurs"): blind raters of two formatted pools
 * accepted 65% and 61% of such blanks, 74% and 76% of glossed ones.
 */
function glossed(text: string, m: Phrase): boolean {
  const before = text.slice(0, m.a);
  const after = text.slice(m.b);
  return GLOSS_AFTER.test(after) || DEFINED_AFTER.test(after) || NAMED_BEFORE.test(before) || KIND_OPENING.test(before);
}

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

  /** Document `doc` marks its key terms: it sets at least MARKED_MIN distinct phrases in bold. */
  marksTerms(doc: number): boolean {
    return (this.firstBold[doc]?.size ?? 0) >= MARKED_MIN;
  }

  /**
   * Document `doc` sets `phrase` in bold, or a phrase it is written within or that is written within it ("gross
   * domestic product" of "gross domestic product (GDP)", "unicameral" of "unicameral legislature").
   */
  marks(doc: number, phrase: string): boolean {
    const first = this.firstBold[doc];
    if (!first) return false;
    const k = bare(termKey(phrase));
    if (!k) return false;
    for (const key of first.keys()) {
      const b = bare(key);
      if (b && (b === k || wordsWithin(b, k) || wordsWithin(k, b))) return true;
    }
    return false;
  }

  /**
   * Where a document marks its key terms in bold, its items ask those terms: a term the writer did not mark is not one
   * a teacher of that text would ask (blind raters accepted 79% of items whose answer is one of the authors' key terms
   * and 57% of the others). Lists, processes and superlatives ask what the text states about a topic, not a term.
   * Plain text marks nothing: its items are kept as they are.
   */
  asks(it: ConceptItem): boolean {
    if (!it.term || !this.marksTerms(it.doc)) return true;
    const form = it.item.form;
    // (namings of terms the writer left plain were kept once, on fA's 16 of 18; the next two fresh pools accepted 24 of
    // 43 such namings against 51 of 72 of marked ones)
    if (form === "list" || form === "process" || form === "superlative") return true;
    // (a marked term is blanked where the text introduces it; where the text merely uses it the blank is guessed from
    // the words around it: 2 of 13 such items accepted on a formatted learning pool)
    if (form === "mention" || form === "subject") return false;
    return this.marks(it.doc, it.term) || this.marks(it.doc, it.item.answer);
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

/** a capitalised word right after a term that opens the sentence: the term was a run-in label */
const RUN_IN_NEXT = /^\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u;

/**
 * "Many buyers face a situation of _____, where two parties … have an unequal amount of information.": the term
 * blanked where the source introduces it. The sentence must stand alone (no pointer to the one before, no scene of the
 * reader's, no illustration) and say enough around the blank; the item lint judges the rest.
 */
export function introducedItem(ctx: ConceptBuildCtx, r: SentenceRecord, m: Phrase): ConceptItem | null {
  const info = ctx.inv.get(m.text);
  if (!info) return null;
  // ("**Everyone** in the class has prepared …": a pronoun set in bold as a grammar example names no term)
  // ("**Revised** Simply wanting to be a doctor …": a bold label run into the sentence it labels)
  if (pronounish(m.text) || (m.a <= r.lead.length && RUN_IN_NEXT.test(r.text.slice(m.b)))) return null;
  const body = r.text.slice(r.lead.length);
  if (LEANING_OPEN.test(body) || ILLUSTRATION.test(r.text) || BULLET.test(r.text) || /\b(?:you|your)\b/i.test(r.text))
    return null;
  // ("A(n) _____, on the other hand, instills …": the other half of the contrast is not in the sentence)
  if (LEANS_BEFORE.test(r.text.slice(0, m.a)) || /\bon the other hand\b/i.test(r.text)) return null;
  // (a term the text says at most twice needs its gloss beside it: "… consider dollars to be _____, or having equal
  // value …", "In a(n) _____, companies at the same stage … merge"; without one the blank fits many words: "the worst
  // _____ in human history"; a term the text keeps using is one its reader meets again)
  if (info.freq <= 2 && !glossed(r.text, m)) return null;
  const words = r.text.split(/\s+/).length;
  if (words < 9 || words > 45) return null;
  // (inside someone's quoted words a blank completes a quotation)
  const before = r.text.slice(0, m.a);
  if ((before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0)) return null;
  const c: ConceptCandidate = { rel: "naming", term: m, gloss: null, genus: "", members: [], cue: "", subject: false };
  // (a sentence that leans on the one before is given it, or no blank: "Called the _____, it lies 3.8 kJ/mol higher …")
  const it = blankItem(ctx, c, statedOf(r), "introduced", !opensOnSaidBefore(body));
  if (it) it.term = info.key;
  return it;
}
