import { describe, expect, it } from "vitest";
import { formatInZone, plural, quizAvailability } from "./index";

describe("counts in words", () => {
  it("says 1 question, not 1 questions", () => {
    expect(plural(1, "question")).toBe("1 question");
    expect(plural(0, "question")).toBe("0 questions");
    expect(plural(1204, "card")).toBe("1,204 cards");
    expect(plural(2, "quiz", "quizzes")).toBe("2 quizzes");
  });

  it("explains why a deck has fewer quiz questions than items", () => {
    expect(quizAvailability(74, 142)).toBe(
      "74 of the 142 items can be quiz questions: only multiple-choice and true/false items are asked in a quiz. The other 68 items (flashcards and fill-in-the-blank cards) are for review.",
    );
    expect(quizAvailability(1, 2)).toBe(
      "1 of the 2 items can be a quiz question: only multiple-choice and true/false items are asked in a quiz. The other item (a flashcard or fill-in-the-blank card) is for review.",
    );
    expect(quizAvailability(3, 3)).toBe("All 3 items can be quiz questions.");
    expect(quizAvailability(1, 1)).toBe("Its 1 item can be a quiz question.");
    expect(quizAvailability(0, 12)).toBe(
      "This deck has no quiz questions yet: only multiple-choice and true/false items are asked in a quiz, and its 12 items are flashcards and fill-in-the-blank cards for review.",
    );
  });
});

it("writes a moment in the reader's time zone", () => {
  expect(formatInZone(new Date("2026-12-01T00:05:00Z"), "America/Los_Angeles")).toBe("2026-11-30 16:05 PST");
  expect(formatInZone(new Date("2026-12-01T00:05:00Z"), "UTC")).toBe("2026-12-01 00:05 UTC");
});
