// Bounded candidate lists: the deck can only use a few items per 1,000 words, so only the best candidates of each
// document (and, on huge inputs, of the whole corpus) are kept while reading; memory and later work stay bounded.
import type { Fact } from "../facts/fact";

/** Keep the k best facts added since index `from` (score, then reading order), in reading order. */
export function keepBestSince(facts: Fact[], from: number, k: number): void {
  if (facts.length - from <= k) return;
  const mine = facts.splice(from);
  mine.sort((x, y) => y.score - x.score || x.seq - y.seq);
  mine.length = k;
  mine.sort((x, y) => x.seq - y.seq);
  for (const f of mine) facts.push(f);
}

/** Keep the k best facts (score, then reading order) in reading order, in place; ids are reassigned later. */
export function pruneTopK(facts: Fact[], k: number): void {
  const best = facts.slice().sort((x, y) => y.score - x.score || x.seq - y.seq);
  best.length = k;
  best.sort((x, y) => x.seq - y.seq);
  facts.length = 0;
  for (const f of best) facts.push(f);
}
