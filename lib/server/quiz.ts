// Quiz use cases: start an attempt, show the current question (never its answer), grade an
// answer on the server, finish. Every call checks that the attempt belongs to the caller.
import "server-only";
import { randomInt } from "node:crypto";
import { z } from "zod";
import { pickSpread, shuffleOptions, scorePercent } from "@/lib/grading";
import { AppError, notFound } from "@/lib/errors";
import { isPastDeadline, mayReveal, type FeedbackPolicy } from "@/lib/classes";
import { db } from "./db";
import { QUIZZABLE_TYPES } from "./decks";
import { citationGroups, citationSelect, type CitationView } from "./citations";
import { authorizeDeck } from "./access";
import { embargoFor, notEmbargoed } from "./embargo";
import type { SessionUser } from "./accounts";

export const startQuizSchema = z.object({
  deckId: z.string().min(1),
  count: z.coerce
    .number()
    .int("Choose a whole number of questions.")
    .min(1, "Choose at least 1 question.")
    .max(100, "Choose at most 100 questions."),
});

/** Starts an attempt with `count` questions drawn from the deck's choice items. */
export async function startQuiz(
  actor: SessionUser | null,
  input: z.input<typeof startQuizSchema>,
  seed: number = randomInt(2 ** 31 - 1),
  now: Date = new Date(),
): Promise<{ attemptId: string }> {
  await authorizeDeck(actor, String(input.deckId ?? ""), "deck.study");
  const me = actor!;
  const parsed = startQuizSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Invalid quiz request.");
  const { deckId, count } = parsed.data;
  // Items an assignment still keeps secret from this student are left out (docs/decisions/040).
  const embargo = await embargoFor(me, now);
  const items = await db().item.findMany({
    where: { deckId, status: "active", type: { in: [...QUIZZABLE_TYPES] }, ...notEmbargoed(embargo) },
    orderBy: { position: "asc" },
    select: {
      ...QUESTION_SOURCE,
      citations: { orderBy: { position: "asc" }, take: 1, select: { documentId: true, start: true } },
    },
  });
  if (items.length === 0)
    throw new AppError(
      "INVALID_INPUT",
      embargo.empty
        ? "This deck has no multiple-choice or true/false questions to quiz on."
        : "This deck has no questions you can quiz on now: the others are withheld until your assignment shows its answers.",
    );
  // Seeded shuffle, one question per source sentence first (a sibling would give its answer away), then `count`.
  const sources = items.map((i) => ({
    id: i.id,
    source: i.citations[0] ? `${i.citations[0].documentId}:${i.citations[0].start}` : i.id,
  }));
  const order = pickSpread(sources, count, seed);
  const attempt = await db().attempt.create({
    data: {
      userId: me.id,
      deckId,
      questionCount: order.length,
      questions: { create: questionRows(items, order, seed, true) },
    },
    select: { id: true },
  });
  return { attemptId: attempt.id };
}

/** The caller's latest unfinished quiz on a deck (their own, not an assignment's): the deck
 *  page offers to resume it. */
export async function getOpenQuiz(
  actor: SessionUser,
  deckId: string,
): Promise<{ id: string; answered: number; total: number } | null> {
  const a = await db().attempt.findFirst({
    where: { userId: actor.id, deckId, status: "in_progress", assignmentId: null },
    orderBy: { startedAt: "desc" },
    select: {
      id: true,
      questionCount: true,
      _count: { select: { questions: { where: { answeredAt: { not: null } } } } },
    },
  });
  return a ? { id: a.id, answered: a._count.questions, total: a.questionCount } : null;
}

/** The item fields an attempt question is made from. */
export const QUESTION_SOURCE = {
  id: true,
  type: true,
  options: true,
  prompt: true,
  answer: true,
  version: true,
} as const;
type QuestionSource = { id: string; type: string; options: string; prompt: string; answer: string; version: number };

/** Attempt questions in `order`, each with a snapshot of the item version it shows (so a later
 *  edit never changes what a student saw or how it was graded). */
export function questionRows(
  items: readonly QuestionSource[],
  order: readonly string[],
  seed: number,
  shuffle: boolean,
) {
  const byId = new Map(items.map((i) => [i.id, i]));
  return order.map((itemId, position) => {
    const item = byId.get(itemId)!;
    const stored = JSON.parse(item.options) as string[];
    const options =
      item.type === "truefalse" ? ["True", "False"] : shuffle ? shuffleOptions(stored, seed + position + 1) : stored;
    return {
      itemId,
      position,
      options: JSON.stringify(options),
      itemVersion: item.version,
      prompt: item.prompt,
      answer: item.answer,
    };
  });
}

async function ownedAttempt(actor: SessionUser, attemptId: string) {
  const attempt = await db().attempt.findUnique({
    where: { id: attemptId },
    select: {
      id: true,
      userId: true,
      status: true,
      questionCount: true,
      correctCount: true,
      startedAt: true,
      finishedAt: true,
      deadlineAt: true,
      deck: { select: { id: true, title: true } },
      assignment: { select: { id: true, title: true, classId: true, dueAt: true, allowLate: true, feedback: true } },
    },
  });
  // Someone else's attempt is reported as not found: its existence is not theirs to learn.
  if (!attempt || attempt.userId !== actor.id) throw notFound("This quiz");
  return attempt;
}

type OwnedAttempt = Awaited<ReturnType<typeof ownedAttempt>>;
const rulesOf = (a: OwnedAttempt) =>
  a.assignment ? { feedback: a.assignment.feedback as FeedbackPolicy, dueAt: a.assignment.dueAt } : null;

/** Closes an assignment attempt whose time (limit or due date) has run out; unanswered
 *  questions count as wrong. Returns true when it did. */
export async function expireIfPastDeadline(
  a: { id: string; status: string; deadlineAt: Date | null },
  now: Date,
): Promise<boolean> {
  if (a.status === "finished" || !isPastDeadline(a.deadlineAt, now)) return false;
  const r = await db().attempt.updateMany({
    where: { id: a.id, status: "in_progress" },
    data: { status: "finished", finishedAt: a.deadlineAt },
  });
  return r.count > 0;
}

export interface OpenQuestion {
  id: string;
  position: number;
  type: string;
  kind: string;
  prompt: string;
  options: string[];
}
export interface Feedback {
  questionId: string;
  position: number;
  /** false when the assignment shows answers only later: then correct and correctAnswer are null */
  revealed: boolean;
  correct: boolean | null;
  chosen: string;
  correctAnswer: string | null;
  citations: CitationView[];
  /** Where the chosen wrong option really appears in the documents, when the engine knew. */
  chosenCitations: CitationView[];
  alreadyAnswered: boolean;
  finished: boolean;
}
export interface ReviewedQuestion {
  position: number;
  prompt: string;
  chosen: string | null;
  correct: boolean | null;
  correctAnswer: string | null;
  citations: CitationView[];
  /** a self-study question an assignment now keeps secret: its answer is not shown until then */
  withheld: boolean;
}
export interface AttemptView {
  id: string;
  deck: { id: string; title: string };
  status: "in_progress" | "finished";
  total: number;
  answered: number;
  startedAt: Date;
  finishedAt: Date | null;
  /** null while the assignment's feedback policy hides the results */
  correctCount: number | null;
  scorePercent: number | null;
  /** the class assignment this attempt belongs to, with when its answers are shown */
  assignment: {
    id: string;
    title: string;
    classId: string;
    deadlineAt: Date | null;
    revealed: boolean;
    revealNote: string | null;
  } | null;
  /** The first unanswered question (in progress only). Carries no answer. */
  current: OpenQuestion | null;
  /** Every question with its answer and citations (finished only). */
  review: ReviewedQuestion[];
}

export async function requireAttempt(
  actor: SessionUser,
  attemptId: string,
  now: Date = new Date(),
): Promise<AttemptView> {
  let a = await ownedAttempt(actor, attemptId);
  if (await expireIfPastDeadline(a, now)) a = await ownedAttempt(actor, attemptId);
  const questions = await db().attemptQuestion.findMany({
    where: { attemptId },
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      options: true,
      chosen: true,
      correct: true,
      answeredAt: true,
      prompt: true,
      answer: true,
      item: {
        select: {
          id: true,
          type: true,
          kind: true,
          prompt: true,
          answer: true,
          citations: citationSelect,
        },
      },
    },
  });
  const answered = questions.filter((q) => q.answeredAt).length;
  const finished = a.status === "finished";
  const rules = rulesOf(a);
  const revealed = mayReveal(rules, finished, now);
  const base = {
    id: a.id,
    deck: a.deck,
    total: a.questionCount,
    answered,
    correctCount: revealed ? a.correctCount : null,
    scorePercent: revealed ? scorePercent(a.correctCount, a.questionCount) : null,
    startedAt: a.startedAt,
    finishedAt: a.finishedAt,
    assignment: a.assignment
      ? {
          id: a.assignment.id,
          title: a.assignment.title,
          classId: a.assignment.classId,
          deadlineAt: a.deadlineAt,
          revealed,
          revealNote: revealed
            ? null
            : rules?.feedback === "after_due"
              ? `Answers and scores are shown after the due date, ${a.assignment.dueAt.toISOString().slice(0, 16).replace("T", " ")} UTC.`
              : "Answers and scores are shown when you finish.",
        }
      : null,
  };
  if (!finished) {
    const q = questions.find((x) => !x.answeredAt);
    const current = q
      ? {
          id: q.id,
          position: q.position,
          type: q.item.type,
          kind: q.item.kind,
          prompt: q.prompt ?? q.item.prompt,
          options: JSON.parse(q.options) as string[],
        }
      : null;
    return { ...base, status: "in_progress", current, review: [] };
  }
  // Another assignment may keep some of these items secret from the student (docs/decisions/040).
  const embargo = revealed ? await embargoFor(actor, now, { exceptAssignmentId: a.assignment?.id }) : null;
  const withheld = questions.map((q) => !!embargo?.blocks(q.item));
  const cites = revealed ? await citationGroups(questions.map((q, k) => (withheld[k] ? [] : q.item.citations))) : [];
  const review = questions.map((q, k) => {
    const show = revealed && !withheld[k];
    return {
      position: q.position,
      prompt: q.prompt ?? q.item.prompt,
      chosen: q.chosen,
      correct: show ? q.correct : null,
      correctAnswer: show ? (q.answer ?? q.item.answer) : null,
      citations: cites[k] ?? [],
      withheld: revealed && withheld[k]!,
    };
  });
  return { ...base, status: "finished", current: null, review };
}
