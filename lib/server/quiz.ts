// Quiz use cases: start an attempt, show the current question (never its answer), grade an
// answer on the server, finish. Every call checks that the attempt belongs to the caller.
import "server-only";
import { randomInt } from "node:crypto";
import { z } from "zod";
import { gradeChoice, shuffleOptions, scorePercent, AnswerFormatError } from "@/lib/grading";
import { AppError, notFound } from "@/lib/errors";
import { db } from "./db";
import { citationViews, QUIZZABLE_TYPES, type CitationView } from "./decks";
import type { SessionUser } from "./accounts";

export const startQuizSchema = z.object({
  deckId: z.string().min(1),
  count: z.coerce.number().int("Choose a whole number of questions.").min(1, "Choose at least 1 question.").max(100, "Choose at most 100 questions."),
});

/** Starts an attempt with `count` questions drawn from the deck's choice items. */
export async function startQuiz(actor: SessionUser, input: z.input<typeof startQuizSchema>, seed: number = randomInt(2 ** 31 - 1)): Promise<{ attemptId: string }> {
  const parsed = startQuizSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Invalid quiz request.");
  const { deckId, count } = parsed.data;
  const deck = await db().deck.findUnique({ where: { id: deckId }, select: { id: true } });
  if (!deck) throw notFound("This deck");
  const items = await db().item.findMany({
    where: { deckId, status: "active", type: { in: [...QUIZZABLE_TYPES] } },
    orderBy: { position: "asc" },
    select: { id: true, type: true, options: true },
  });
  if (items.length === 0) throw new AppError("INVALID_INPUT", "This deck has no multiple-choice or true/false questions to quiz on.");
  // Seeded shuffle of the item list, then the first `count`.
  const order = shuffleOptions(items.map((i) => i.id), seed).slice(0, Math.min(count, items.length));
  const byId = new Map(items.map((i) => [i.id, i]));
  const attempt = await db().attempt.create({
    data: {
      userId: actor.id, deckId, questionCount: order.length,
      questions: {
        create: order.map((itemId, position) => {
          const item = byId.get(itemId)!;
          const options = item.type === "truefalse" ? ["True", "False"] : shuffleOptions(JSON.parse(item.options) as string[], seed + position + 1);
          return { itemId, position, options: JSON.stringify(options) };
        }),
      },
    },
    select: { id: true },
  });
  return { attemptId: attempt.id };
}

async function ownedAttempt(actor: SessionUser, attemptId: string) {
  const attempt = await db().attempt.findUnique({
    where: { id: attemptId },
    select: { id: true, userId: true, status: true, questionCount: true, correctCount: true, startedAt: true, finishedAt: true, deck: { select: { id: true, title: true } } },
  });
  // Someone else's attempt is reported as not found: its existence is not theirs to learn.
  if (!attempt || attempt.userId !== actor.id) throw notFound("This quiz");
  return attempt;
}

export interface OpenQuestion { id: string; position: number; type: string; kind: string; prompt: string; options: string[] }
export interface Feedback {
  questionId: string; position: number; correct: boolean; chosen: string; correctAnswer: string;
  citations: CitationView[];
  /** Where the chosen wrong option really appears in the documents, when the engine knew. */
  chosenCitations: CitationView[];
  alreadyAnswered: boolean; finished: boolean;
}
export interface ReviewedQuestion { position: number; prompt: string; chosen: string | null; correct: boolean | null; correctAnswer: string; citations: CitationView[] }
export interface AttemptView {
  id: string; deck: { id: string; title: string }; status: "in_progress" | "finished";
  total: number; answered: number; correctCount: number; scorePercent: number; startedAt: Date; finishedAt: Date | null;
  /** The first unanswered question (in progress only). Carries no answer. */
  current: OpenQuestion | null;
  /** Every question with its answer and citations (finished only). */
  review: ReviewedQuestion[];
}

export async function getAttempt(actor: SessionUser, attemptId: string): Promise<AttemptView> {
  const a = await ownedAttempt(actor, attemptId);
  const questions = await db().attemptQuestion.findMany({
    where: { attemptId }, orderBy: { position: "asc" },
    select: { id: true, position: true, options: true, chosen: true, correct: true, answeredAt: true, item: { select: { type: true, kind: true, prompt: true, answer: true, citations: { orderBy: { position: "asc" }, select: { documentId: true, start: true, end: true } } } } },
  });
  const answered = questions.filter((q) => q.answeredAt).length;
  const base = {
    id: a.id, deck: a.deck, total: a.questionCount, answered, correctCount: a.correctCount,
    scorePercent: scorePercent(a.correctCount, a.questionCount), startedAt: a.startedAt, finishedAt: a.finishedAt,
  };
  if (a.status !== "finished") {
    const q = questions.find((x) => !x.answeredAt);
    const current = q ? { id: q.id, position: q.position, type: q.item.type, kind: q.item.kind, prompt: q.item.prompt, options: JSON.parse(q.options) as string[] } : null;
    return { ...base, status: "in_progress", current, review: [] };
  }
  const cites = await citationViews(questions.flatMap((q) => q.item.citations));
  const review = questions.map((q) => ({
    position: q.position, prompt: q.item.prompt, chosen: q.chosen, correct: q.correct, correctAnswer: q.item.answer,
    citations: cites.filter((c) => q.item.citations.some((x) => x.documentId === c.documentId && x.start === c.start && x.end === c.end)),
  }));
  return { ...base, status: "finished", current: null, review };
}

export const answerSchema = z.object({
  attemptId: z.string().min(1),
  questionId: z.string().min(1, "This answer does not name a question."),
  chosen: z.string({ error: "Choose one of the options before submitting." }),
});

/** Grades an answer. The first answer to a question stands: a repeat returns the stored
 *  feedback (alreadyAnswered) instead of an error. */
export async function answerQuestion(actor: SessionUser, input: z.input<typeof answerSchema>): Promise<Feedback> {
  const parsed = answerSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Invalid answer.");
  const { attemptId, questionId, chosen } = parsed.data;
  const attempt = await ownedAttempt(actor, attemptId);
  const q = await db().attemptQuestion.findUnique({
    where: { id: questionId },
    select: { id: true, attemptId: true, position: true, options: true, chosen: true, correct: true, answeredAt: true, item: { select: { id: true, answer: true, optionCitations: true, citations: { orderBy: { position: "asc" }, select: { documentId: true, start: true, end: true } } } } },
  });
  if (!q || q.attemptId !== attemptId) throw new AppError("INVALID_INPUT", "That question is not part of this quiz.");
  const feedbackFor = async (stored: { chosen: string; correct: boolean }, alreadyAnswered: boolean, finished: boolean): Promise<Feedback> => {
    const optionCites = JSON.parse(q.item.optionCitations) as Record<string, { documentId: string; start: number; end: number }[]>;
    const chosenRows = stored.correct ? [] : optionCites[stored.chosen] ?? [];
    return {
      questionId: q.id, position: q.position, correct: stored.correct, chosen: stored.chosen, correctAnswer: q.item.answer,
      citations: await citationViews(q.item.citations), chosenCitations: await citationViews(chosenRows), alreadyAnswered, finished,
    };
  };
  if (q.answeredAt && q.chosen !== null && q.correct !== null)
    return feedbackFor({ chosen: q.chosen, correct: q.correct }, true, attempt.status === "finished");
  if (attempt.status === "finished") throw new AppError("ATTEMPT_FINISHED", "This quiz is already finished. Start a new one from the deck.");

  let grade;
  try {
    grade = gradeChoice({ answer: q.item.answer, options: JSON.parse(q.options) as string[] }, chosen);
  } catch (e) {
    if (e instanceof AnswerFormatError) throw new AppError("INVALID_INPUT", e.message);
    throw e;
  }
  const result = await db().$transaction(async (tx) => {
    // Only the first answer is written: a concurrent duplicate updates nothing.
    const written = await tx.attemptQuestion.updateMany({
      where: { id: q.id, answeredAt: null },
      data: { chosen: grade.chosen, correct: grade.correct, answeredAt: new Date() },
    });
    if (written.count === 0) return null;
    const remaining = await tx.attemptQuestion.count({ where: { attemptId, answeredAt: null } });
    const done = remaining === 0;
    await tx.attempt.update({
      where: { id: attemptId },
      data: { correctCount: { increment: grade.correct ? 1 : 0 }, ...(done ? { status: "finished", finishedAt: new Date() } : {}) },
    });
    return { done };
  });
  if (!result) {
    const stored = await db().attemptQuestion.findUniqueOrThrow({ where: { id: q.id }, select: { chosen: true, correct: true } });
    const a2 = await ownedAttempt(actor, attemptId);
    return feedbackFor({ chosen: stored.chosen ?? chosen, correct: stored.correct ?? false }, true, a2.status === "finished");
  }
  return feedbackFor({ chosen: grade.chosen, correct: grade.correct }, false, result.done);
}
