// Finding the sentence that proves an imported item, in the documents the importer can see. An
// item is cited only when its answer stands in a sentence (as whole words) that also shares the
// question's own words; a true/false statement needs a sentence that says nearly all of it.
// Anything else stays uncited: an imported answer key is never presented as proven.
import type { ImportedItem } from "./types";

export interface LibraryDocument {
  id: string;
  text: string;
  sentences: readonly { start: number; end: number }[];
}
export interface FoundCitation {
  documentId: string;
  start: number;
  end: number;
}

const STOP = new Set(
  (
    "a an the and or but of to in on at by for with from as is are was were be been being it its this that these those " +
    "which who whom whose what when where why how do does did not no than then there their they he she his her him we our you your i " +
    "into about over after before under between during also only has have had can could would should may might will shall true false"
  ).split(" "),
);

/** Lower case, compatibility forms, curly quotes and dashes folded, one space between words. */
export function normalize(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

const tokens = (s: string): string[] => normalize(s).match(/[\p{L}\p{N}]+/gu) ?? [];
const content = (s: string) => tokens(s).filter((t) => !STOP.has(t) && !/^_+$/.test(t));

/** `needle` inside `hay` on word boundaries (both already normalized). */
export function containsWords(hay: string, needle: string): boolean {
  if (!needle) return false;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = hay[at - 1];
    const after = hay[at + needle.length];
    const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
    if (!(word(before) && word(needle[0])) && !(word(after) && word(needle[needle.length - 1]))) return true;
  }
  return false;
}

interface Entry {
  documentId: string;
  start: number;
  end: number;
  norm: string;
  words: Set<string>;
}

export class CitationFinder {
  private readonly entries: Entry[] = [];
  private readonly byToken = new Map<string, number[]>();

  constructor(documents: readonly LibraryDocument[]) {
    for (const d of documents)
      for (const s of d.sentences) {
        const raw = d.text.slice(s.start, s.end);
        const words = new Set(tokens(raw));
        const k = this.entries.push({ documentId: d.id, start: s.start, end: s.end, norm: normalize(raw), words }) - 1;
        for (const w of words) {
          const list = this.byToken.get(w);
          if (list) list.push(k);
          else this.byToken.set(w, [k]);
        }
      }
  }

  /** Sentences holding every one of `words` (walks the rarest word's list). */
  private candidates(words: string[]): number[] {
    const unique = [...new Set(words)];
    const rarest = unique.map((w) => this.byToken.get(w) ?? []).sort((a, b) => a.length - b.length)[0] ?? [];
    return rarest.filter((k) => unique.every((w) => this.entries[k]!.words.has(w)));
  }

  find(item: ImportedItem): FoundCitation | null {
    const hinted = item.citationHint ? this.fromHint(item) : null;
    if (hinted) return hinted;
    return item.type === "truefalse" ? this.forStatement(item.prompt) : this.forAnswer(item);
  }

  private cite(k: number): FoundCitation {
    const e = this.entries[k]!;
    return { documentId: e.documentId, start: e.start, end: e.end };
  }

  /** The sentence the file itself quoted, when it is in the library and proves the answer. */
  private fromHint(item: ImportedItem): FoundCitation | null {
    const hint = normalize(item.citationHint!);
    const hintWords = content(item.citationHint!);
    if (hintWords.length === 0) return null;
    const answer = normalize(item.answer);
    for (const k of this.candidates(hintWords.slice(0, 6))) {
      const e = this.entries[k]!;
      const same =
        e.norm === hint ||
        (e.norm.length >= 20 && hint.includes(e.norm)) ||
        (hint.length >= 20 && e.norm.includes(hint));
      if (same && (item.type === "truefalse" || containsWords(e.norm, answer))) return this.cite(k);
    }
    return null;
  }

  private forAnswer(item: ImportedItem): FoundCitation | null {
    const answer = normalize(item.answer);
    const answerWords = tokens(item.answer);
    if (answerWords.length === 0) return null;
    const promptWords = [...new Set(content(item.prompt))].filter((w) => !answerWords.includes(w));
    let best: { k: number; score: number } | null = null;
    for (const k of this.candidates(answerWords)) {
      const e = this.entries[k]!;
      if (!containsWords(e.norm, answer)) continue;
      const shared = promptWords.filter((w) => e.words.has(w)).length;
      if (promptWords.length > 0 && (shared === 0 || shared / promptWords.length < 1 / 3)) continue;
      const score = promptWords.length ? shared / promptWords.length : 0;
      if (!best || score > best.score) best = { k, score };
    }
    return best ? this.cite(best.k) : null;
  }

  /** A statement is cited by the sentence that says at least 70% of its words (a false one
   *  differs in the detail it got wrong). */
  private forStatement(statement: string): FoundCitation | null {
    const words = [...new Set(content(statement))];
    if (words.length < 2) return null;
    const counts = new Map<number, number>();
    for (const w of words) for (const k of this.byToken.get(w) ?? []) counts.set(k, (counts.get(k) ?? 0) + 1);
    let best: { k: number; n: number } | null = null;
    for (const [k, n] of counts)
      if (n / words.length >= 0.7 && (!best || n > best.n || (n === best.n && k < best.k))) best = { k, n };
    return best ? this.cite(best.k) : null;
  }
}
