import { expect, it } from "vitest";
import { accuracyByDeck } from "./index";

it("sums answered and correct per deck across attempts, counting unfinished ones", () => {
  const rows = [
    { deckId: "a", deckTitle: "All", answered: 3, correct: 2, status: "finished" },
    { deckId: "a", deckTitle: "All", answered: 1, correct: 1, status: "in_progress" },
    { deckId: "b", deckTitle: "One", answered: 2, correct: 0, status: "finished" },
  ];
  expect(accuracyByDeck(rows)).toEqual([
    { deckId: "a", deckTitle: "All", attempts: 2, finished: 1, answered: 4, correct: 3, accuracyPercent: 75 },
    { deckId: "b", deckTitle: "One", attempts: 1, finished: 1, answered: 2, correct: 0, accuracyPercent: 0 },
  ]);
  expect(accuracyByDeck([])).toEqual([]);
});
