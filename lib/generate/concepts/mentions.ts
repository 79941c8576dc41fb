// Where the key terms occur: an index by first word, so each sentence is scanned once for every key term.
import type { TermInfo } from "./terms";
import { inflectPhrase, isPluralPhrase } from "./np";
import { POS_CODES, type Phrase, type SentenceRecord } from "./types";
import { insideParens } from "./phrase";

interface Form {
  text: string;
  term: TermInfo;
}

const WORD = /[\p{L}\d][\p{L}\d'’-]*/gu;

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers
// it (these are tried per hit in loops)
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const LOWER_LETTER = /\p{Ll}/u;

export interface MentionIndex {
  /**
   * The mentions to blank in a sentence, best first: its subject when that is a key term (alone), else its terms by
   * importance (a later one is tried where the first is no fair blank: "The nucleus of the neuron … in the soma").
   */
  ranked(r: SentenceRecord): { phrase: Phrase; subject: boolean }[];
}

/**
 * The mention is a whole noun phrase, not part of a longer one: "A negative feedback system" does not mention
 * "negative feedback" as such, nor "the table salt you sprinkle" "salt", nor "stage 2 sleep" "sleep".
 */
function wholePhrase(r: SentenceRecord, a: number, b: number): boolean {
  let before = -1;
  let after = -1;
  for (let k = 0; k < r.tokS.length; k++) {
    if (r.tokE[k]! <= a) before = k;
    if (after < 0 && r.tokS[k]! >= b) after = k;
  }
  const nb = before >= 0 ? r.tokPos[before]! : 0;
  const na = after >= 0 ? r.tokPos[after]! : 0;
  const NOUNISH = (p: number) => p === POS_CODES.NOUN || p === POS_CODES.PROPN || p === POS_CODES.NUM;
  if (NOUNISH(nb) || NOUNISH(na)) return false;
  if (before >= 0 && r.text.charAt(r.tokS[before]!) === ")") return false;
  return true;
}

/** Forms of each term by first word, longest first. */
function formIndex(terms: TermInfo[]): Map<string, Form[]> {
  const byFirst = new Map<string, Form[]>();
  for (const t of terms) {
    const forms = new Set<string>([t.key, ...[...t.forms.keys()].map((f) => f.toLowerCase())]);
    forms.add(inflectPhrase(t.key, !isPluralPhrase(t.key)).toLowerCase());
    for (const f of forms) {
      const first = f.split(/[\s-]/)[0]!;
      const arr = byFirst.get(first) ?? [];
      arr.push({ text: f, term: t });
      byFirst.set(first, arr);
    }
  }
  for (const arr of byFirst.values()) arr.sort((a, b) => b.text.length - a.text.length);
  return byFirst;
}

/** a list item's bullet and nothing else before a word on its line */
const BULLET_BEFORE = /(?:^|\n)\s*[-*•]\s+$/;

export interface Counts {
  n: number;
  lower: number;
  capitalised: number;
}

/**
 * How often each term occurs in the sentences (any of its forms, as whole words), and how it is written there:
 * in lower case, or capitalised in mid-sentence (a name). One pass over the text whatever the number of terms.
 */
export function countMentions(terms: TermInfo[], records: SentenceRecord[]): Map<TermInfo, Counts> {
  const byFirst = formIndex(terms);
  const out = new Map<TermInfo, Counts>();
  for (const r of records) {
    const low = r.text.toLowerCase();
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(low))) {
      const cands = byFirst.get(m[0].split("-")[0]!);
      if (!cands) continue;
      for (const f of cands) {
        if (!low.startsWith(f.text, m.index) || LETTER_OR_DIGIT.test(low.charAt(m.index + f.text.length))) continue;
        let c = out.get(f.term);
        if (!c) out.set(f.term, (c = { n: 0, lower: 0, capitalised: 0 }));
        c.n++;
        const ch = r.text.charAt(m.index);
        if (ch !== ch.toUpperCase()) c.lower++;
        else if (
          m.index > r.lead.length &&
          LOWER_LETTER.test(r.text.charAt(m.index + 1)) &&
          !/[.:“"]\s*$/.test(r.text.slice(Math.max(0, m.index - 3), m.index)) &&
          // ("- Organometallic compound: A compound …": a list item's bullet opens a line as a start does)
          !BULLET_BEFORE.test(r.text.slice(Math.max(0, m.index - 4), m.index))
        )
          c.capitalised++;
        break;
      }
    }
  }
  return out;
}

export function findMentions(terms: TermInfo[]): MentionIndex {
  const byFirst = formIndex(terms);
  return {
    ranked(r) {
      const low = r.text.toLowerCase();
      const found: { phrase: Phrase; term: TermInfo }[] = [];
      const counts = new Map<TermInfo, number>();
      WORD.lastIndex = 0;
      let m: RegExpExecArray | null;
      let covered = -1;
      while ((m = WORD.exec(low))) {
        if (m.index < covered) continue;
        const cands = byFirst.get(m[0].split("-")[0]!);
        if (!cands) continue;
        for (const f of cands) {
          if (!low.startsWith(f.text, m.index) || LETTER_OR_DIGIT.test(low.charAt(m.index + f.text.length))) continue;
          if (!wholePhrase(r, m.index, m.index + f.text.length)) continue;
          found.push({
            phrase: { text: r.text.slice(m.index, m.index + f.text.length), a: m.index, b: m.index + f.text.length },
            term: f.term,
          });
          counts.set(f.term, (counts.get(f.term) ?? 0) + 1);
          covered = m.index + f.text.length;
          break;
        }
      }
      // a term said twice in the sentence would give its own answer away
      const ok = found.filter((f) => counts.get(f.term) === 1 && !insideParens(r.text, f.phrase.a));
      if (!ok.length) return [];
      const subj = r.subj ? ok.find((f) => f.phrase.a === r.subj!.a) : undefined;
      if (subj) return [{ phrase: subj.phrase, subject: true }];
      // the most telling term of the sentence: a compound or a term the text states before a common word it uses
      const weight = (t: TermInfo) => t.importance + (t.key.includes(" ") ? 1 : 0) + (t.defined || t.named ? 1 : 0);
      ok.sort((a, b) => weight(b.term) - weight(a.term) || a.phrase.a - b.phrase.a);
      return ok.slice(0, 2).map((f) => ({ phrase: f.phrase, subject: false }));
    },
  };
}
