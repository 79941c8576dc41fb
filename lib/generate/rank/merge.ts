// The same fact stated in several documents (same normalised answer and either a big number, or shared rare
// content words) becomes one fact citing all its sentences (at most five), worth a little more.
import { normAnswer } from "../text/words";
import { NO_EXTRA, type Fact } from "../facts/fact";

/** A fact cites at most this many sentences. */
const MAX_CITES = 5;

/** Merge the same fact stated in several documents into one fact citing all of them. */
export function mergeFacts(kept: Fact[], sentDf: Int32Array, nSent: number): Fact[] {
  const rareLimit = Math.max(2, Math.floor(nSent * 0.015) + 1);
  const groups: Groups = new Map();
  const merged: Fact[] = [];
  for (const f of kept) mergeOne(f, groups, merged, sentDf, rareLimit);
  return merged;
}

/**
 * Facts by kind, then by normalised answer (two maps instead of one keyed by "answer|kind": no key string is built and
 * hashed per fact; a normalised answer holds no "|", so the groups are the same)
 */
type Groups = Map<string, Map<string, Fact[]>>;

/**
 * One fact: cited by the fact it restates, or kept (and grouped by its answer). A function of its own because V8 keeps
 * a function's optimised code between decks, while the optimised code of a loop in a function called once per deck
 * (on-stack replacement) was dropped by the next full collection and compiled again in every deck.
 */
function mergeOne(f: Fact, groups: Groups, merged: Fact[], sentDf: Int32Array, rareLimit: number): void {
  const key = normAnswer(f.answer);
  let ofKind = groups.get(f.kind);
  if (ofKind === undefined) groups.set(f.kind, (ofKind = new Map<string, Fact[]>()));
  const arr = ofKind.get(key);
  const target = arr ? sameFactIn(arr, f, sentDf, rareLimit) : undefined;
  if (target) {
    if (target.sent.doc === f.sent.doc && target.sent.s === f.sent.s) {
      if (f.score > target.score && f.mergeKey !== target.mergeKey) merged.push(f); // a different item type on the same sentence
      return;
    }
    if (target.extra.length < MAX_CITES - 1 && !citesSentence(target, f)) {
      // (made with its first citation: a fresh empty array is one of small integers, and the first push of an object
      // onto it threw mergeOne's optimised code away: see arrays.ts)
      if (target.extra === NO_EXTRA) target.extra = [f.sent];
      else target.extra.push(f.sent);
      target.score += 0.5;
    }
    return;
  }
  if (arr) {
    if (arr.length < 10) arr.push(f);
  } else ofKind.set(key, [f]);
  merged.push(f);
}

/** Does `target` already cite the sentence of `f` among its other sentences? */
function citesSentence(target: Fact, f: Fact): boolean {
  for (const x of target.extra) if (x.doc === f.sent.doc && x.s === f.sent.s) return true;
  return false;
}

/**
 * The fact among the first ten with the same answer that `f` restates: the same sentence, the same sentence in
 * another document, a big number, or a sentence of another document sharing rare content words (two for names).
 */
function sameFactIn(arr: Fact[], f: Fact, sentDf: Int32Array, rareLimit: number): Fact | undefined {
  for (let i = 0; i < arr.length && i < 10; i++) {
    const g = arr[i]!;
    if (g.sent.doc === f.sent.doc && g.sent.s === f.sent.s) return g;
    if (g.sent.doc === f.sent.doc) continue;
    if (g.sentText === f.sentText && g.aRel === f.aRel) return g; // the same sentence in another document
    const bigNumber = (f.kind === "number" || f.kind === "money") && (f.mention?.value ?? 0) >= 100;
    if (bigNumber) return g;
    // (shared words count for no other or term fact: they are not counted for one)
    if (f.kind === "other" || f.kind === "term") continue;
    const shared = f.keyWords === g.keyWords ? 99 : sharedRareWords(f.keyWords, g.keyWords, sentDf, rareLimit);
    const need = f.kind === "person" || f.kind === "org" || f.kind === "place" ? 2 : 1;
    if (shared >= need) return g;
  }
  return undefined;
}

/** Rare content words two sorted word-id lists share, counted up to two. */
function sharedRareWords(A: Int32Array, B: Int32Array, sentDf: Int32Array, rareLimit: number): number {
  let shared = 0;
  let x = 0;
  let y = 0;
  while (x < A.length && y < B.length && shared < 2) {
    const av = A[x]!;
    const bv = B[y]!;
    if (av === bv) {
      if ((sentDf[av] ?? 0) <= rareLimit) shared++;
      x++;
      y++;
    } else if (av < bv) x++;
    else y++;
  }
  return shared;
}
