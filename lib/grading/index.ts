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

/**
 * A seeded shuffle of question ids in which questions from different source sentences come first: two questions
 * cut from one sentence land in the same quiz only when the deck has too few sentences for `count` (one would
 * otherwise print the other's answer).
 */
export function pickSpread(items: readonly { id: string; source: string }[], count: number, seed: number): string[] {
  const sourceOf = new Map(items.map((i) => [i.id, i.source]));
  const seen = new Set<string>();
  const first: string[] = [];
  const rest: string[] = [];
  for (const id of shuffleOptions(
    items.map((i) => i.id),
    seed,
  )) {
    const src = sourceOf.get(id) ?? id;
    if (seen.has(src)) rest.push(id);
    else {
      seen.add(src);
      first.push(id);
    }
  }
  return first.concat(rest).slice(0, Math.max(0, count));
}

export function scorePercent(correct: number, total: number): number {
  return total === 0 ? 0 : Math.round((correct / total) * 100);
}
