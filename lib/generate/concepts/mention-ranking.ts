// The sentences whose mentions of key terms may be blanked, ranked: a sentence that introduces a term in bold first,
// then by the importance of the term it mentions best.
import type { Introductions } from "./introduced";
import { sentKeyOf } from "./item-kit";
import type { MentionIndex } from "./mentions";
import type { TermInventory } from "./terms";
import type { Phrase, SentenceRecord } from "./types";

/**
 * added to the rank of a sentence that introduces a term in bold: it comes before every other mention (a key term's
 * importance, plus 1 for a subject, stays under 20)
 */
const INTRODUCED_RANK = 100;

/** What the sentences that state terms state, by sentence key ("doc:start"). */
export interface StatedSentences {
  /** the importance of the most important term the sentence states */
  importance: Map<string, number>;
  /**
   * the phrases that state its terms (the term and its gloss): a word inside them is no blank of its own ("A positively
   * charged _____ is known as a cation": the name given away beside the thing it names)
   */
  phrases: Map<string, Phrase[]>;
}

/** A sentence that mentions key terms, its mentions best first. */
export interface MentionSentence {
  r: SentenceRecord;
  ms: { phrase: Phrase; subject: boolean }[];
  /** it introduces its first mention's term in bold */
  introduced: boolean;
  /** the first mention's importance, +1 for a subject, +INTRODUCED_RANK where introduced */
  rank: number;
}

/** The sentences that mention key terms, each with its mentions best first; the sentences ranked best first. */
export function mentionSentences(
  inv: TermInventory,
  introductions: Introductions,
  records: SentenceRecord[],
  index: MentionIndex,
  stated: StatedSentences,
): MentionSentence[] {
  const found: MentionSentence[] = [];
  for (const r of records) {
    // a sentence that defines or names a term is asked about that term, not about a word it merely uses (unless
    // that word is the more important term: "The power in a plutarchy is held by the richest families, who …")
    const sk = sentKeyOf(r);
    const statedImp = stated.importance.get(sk);
    const ms = index.ranked(r).filter((m) => {
      const imp = inv.get(m.phrase.text)?.importance ?? 0;
      return (
        (statedImp === undefined || imp > statedImp + 1) &&
        !stated.phrases.get(sk)?.some((p) => p.a <= m.phrase.a && m.phrase.b <= p.b)
      );
    });
    // (where the source introduces a term in bold, that term is the sentence's blank, built before other mentions)
    const intro = introductions.introducedIn(r);
    const first = intro.length ? ms.findIndex((x) => intro.includes(inv.get(x.phrase.text)?.key ?? "")) : -1;
    if (first > 0) ms.unshift(...ms.splice(first, 1));
    const m = ms[0];
    if (!m) continue;
    const introduced = first >= 0;
    const weight = (inv.get(m.phrase.text)?.importance ?? 0) + (m.subject ? 1 : 0);
    found.push({ r, ms, introduced, rank: weight + (introduced ? INTRODUCED_RANK : 0) });
  }
  return found.sort((a, b) => b.rank - a.rank || a.r.doc - b.r.doc || a.r.start - b.r.start);
}
