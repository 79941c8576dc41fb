// Progress arithmetic on plain rows: pure, so tests can check it against hand-computed figures.

export interface AttemptRow {
  deckId: string;
  deckTitle: string;
  answered: number;
  correct: number;
  status: string;
}
export interface DeckAccuracy {
  deckId: string;
  deckTitle: string;
  attempts: number;
  finished: number;
  answered: number;
  correct: number;
  accuracyPercent: number;
}

/** Accuracy per deck over every answered question (finished or not), most answered first. */
export function accuracyByDeck(rows: readonly AttemptRow[]): DeckAccuracy[] {
  const by = new Map<string, DeckAccuracy>();
  for (const r of rows) {
    const d = by.get(r.deckId) ?? {
      deckId: r.deckId,
      deckTitle: r.deckTitle,
      attempts: 0,
      finished: 0,
      answered: 0,
      correct: 0,
      accuracyPercent: 0,
    };
    d.attempts += 1;
    if (r.status === "finished") d.finished += 1;
    d.answered += r.answered;
    d.correct += r.correct;
    by.set(r.deckId, d);
  }
  const out = [...by.values()];
  for (const d of out) d.accuracyPercent = d.answered === 0 ? 0 : Math.round((d.correct / d.answered) * 100);
  return out.sort((a, b) => b.answered - a.answered || a.deckTitle.localeCompare(b.deckTitle));
}

export * from "./review-stats";
export { countsOf, dayCounts } from "./day-counts";
export type { CountedReview, DayCounts } from "./day-counts";
export { toCsv } from "./csv";

export { analyzeItems, extremeGroups, itemFlags, scoreDistribution, studentScores, GROUP_SHARE } from "./item-analysis";
export type { Bucket, ItemStats, OptionCount, ResponseRow } from "./item-analysis";
