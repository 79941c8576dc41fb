// Grading of a choice answer against a question's options: pure, no I/O.

export class AnswerFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AnswerFormatError";
  }
}

export interface ChoiceQuestion {
  answer: string;
  options: readonly string[];
}

export interface Grade {
  correct: boolean;
  chosen: string;
  correctAnswer: string;
}

/** Grades a chosen option. The choice must be one of the question's options, exactly. */
export function gradeChoice(question: ChoiceQuestion, chosen: unknown): Grade {
  if (typeof chosen !== "string" || chosen.length === 0)
    throw new AnswerFormatError("Choose one of the options before submitting.");
  if (!question.options.includes(chosen))
    throw new AnswerFormatError("That answer is not one of this question's options. Reload the page and choose again.");
  return { correct: chosen === question.answer, chosen, correctAnswer: question.answer };
}

/** Options of a quiz question in the order a student sees them: a seeded shuffle. */
export function shuffleOptions(options: readonly string[], seed: number): string[] {
  const out = [...options];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as string, out[i] as string];
  }
  return out;
}

export function scorePercent(correct: number, total: number): number {
  return total === 0 ? 0 : Math.round((correct / total) * 100);
}
