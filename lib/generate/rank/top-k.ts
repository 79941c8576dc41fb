// Bounded candidate lists: the deck can only use a few items per 1,000 words, so only the best candidates of each
// document (and, on huge inputs, of the whole corpus) are kept while reading; memory and later work stay bounded.
import type { Fact } from "../facts/fact";

/** Better first: higher score, then earlier in reading order (seq is unique, so no two facts tie). */
const byRank = (x: Fact, y: Fact): number => y.score - x.score || x.seq - y.seq;

/** Keep the k best facts added since index `from` (score, then reading order), in reading order. */
export function keepBestSince(facts: Fact[], from: number, k: number): void {
  if (facts.length - from <= k) return;
  const mine = facts.splice(from);
  mine.sort(byRank);
  mine.length = k;
  mine.sort((x, y) => x.seq - y.seq);
  for (const f of mine) facts.push(f);
}

/**
 * Keep the k best facts (score, then reading order) in reading order, in place; ids are reassigned later. The k-th
 * best is found by selection, not by sorting every candidate (on a 10 MB input each pass sorted 60,000 facts: 1.8% of
 * the deck's CPU); the facts that rank no worse than it are the k best, kept in the order they were read.
 */
export function pruneTopK(facts: Fact[], k: number): void {
  if (facts.length <= k) return;
  // (a score that is not a number would make the order inconsistent: those inputs keep the sort, as before)
  if (k <= 0 || !facts.every((f) => Number.isFinite(f.score))) {
    pruneBySort(facts, k);
    return;
  }
  const kth = selectKth(facts.slice(), k - 1);
  let n = 0;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (byRank(f, kth) <= 0) facts[n++] = f;
  }
  facts.length = n;
  // (the facts are in reading order already; a list out of order is sorted as the sort-based version did)
  for (let i = 1; i < n; i++)
    if (facts[i - 1]!.seq > facts[i]!.seq) {
      facts.sort((x, y) => x.seq - y.seq);
      break;
    }
}

function pruneBySort(facts: Fact[], k: number): void {
  const best = facts.slice().sort(byRank);
  best.length = k;
  best.sort((x, y) => x.seq - y.seq);
  facts.length = 0;
  for (const f of best) facts.push(f);
}

/** The element that would stand at index `at` if `a` were sorted by rank (Hoare's selection; `a` is reordered). */
function selectKth(a: Fact[], at: number): Fact {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    // median of three as the pivot: candidates arrive in reading order, often in runs of similar scores
    const mid = (lo + hi) >> 1;
    if (byRank(a[mid]!, a[lo]!) < 0) swap(a, mid, lo);
    if (byRank(a[hi]!, a[lo]!) < 0) swap(a, hi, lo);
    if (byRank(a[hi]!, a[mid]!) < 0) swap(a, hi, mid);
    const pivot = a[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (byRank(a[i]!, pivot) < 0) i++;
      while (byRank(a[j]!, pivot) > 0) j--;
      if (i <= j) swap(a, i++, j--);
    }
    if (at <= j) hi = j;
    else if (at >= i) lo = i;
    else break;
  }
  return a[at]!;
}

function swap(a: Fact[], i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
