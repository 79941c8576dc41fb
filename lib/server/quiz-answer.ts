// Answering a quiz question: the checks read in one SQL statement, the writes in one batch
// transaction (decision 071: Prisma 6 compiles every query on every call, and on PostgreSQL
// each statement of an interactive transaction is a round trip holding a pooled connection).
import "server-only";
import { z } from "zod";
import { gradeChoice, AnswerFormatError } from "@/lib/grading";
import { AppError, notFound, ForbiddenError } from "@/lib/errors";
import type { FeedbackPolicy } from "@/lib/classes";
import { Prisma } from "@/lib/generated/sqlite/client";
import { db } from "./db";
import { isQuizzable } from "./decks";
import { citationGroups, type CitationRow, type CitedDocument } from "./citations";
import { readableDeckSql } from "./access";
import { embargoFor, NO_EMBARGO } from "./embargo";
import { isUniqueViolation, prismaCode, quizAnswerOps, type CardRow } from "./review-writes";
import { clockOf } from "./study-days";
import { expireIfPastDeadline, type Feedback } from "./quiz";
import type { SessionUser } from "./accounts";

export const answerSchema = z.object({
  attemptId: z.string().min(1),
  questionId: z.string().min(1, "This answer does not name a question."),
  chosen: z.string({ error: "Choose one of the options before submitting." }),
});

// Raw rows: SQLite gives DateTime as text and booleans as 0/1; PostgreSQL gives Date and boolean.
const date = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));
const dateOrNull = (v: unknown) => (v === null || v === undefined ? null : date(v));
const boolOrNull = (v: unknown) => (v === null || v === undefined ? null : v === true || Number(v) === 1);
const str = (v: unknown) => String(v);
const strOrNull = (v: unknown) => (v === null || v === undefined ? null : str(v));

interface AnswerContext {
  attempt: {
    id: string;
    userId: string;
    status: string;
    deadlineAt: Date | null;
    assignment: { id: string; classId: string; dueAt: Date; feedback: FeedbackPolicy } | null;
  };
  question: {
    id: string;
    attemptId: string;
    position: number;
    options: string;
    chosen: string | null;
    correct: boolean | null;
    answeredAt: Date | null;
    key: string;
    item: { id: string; type: string; prompt: string; answer: string; optionCitations: string };
  } | null;
  citations: Required<CitationRow>[];
  /** the documents those citations cite, read with them (for the feedback's quotes) */
  documents: Map<string, CitedDocument>;
  settings: { retention: number; timeZone: string | null; dayStartHour: number };
  card: CardRow | null;
  /** the student belongs to some class (else no assignment can keep anything from them) */
  inClass: boolean;
  /** the student is still a member of the attempt's assignment's class */
  member: boolean;
  /** the question's item is in a deck the student may open (only then does it become a card) */
  itemReadable: boolean;
}

/** The attempt, the question with its item, the student's card for that item, their study
 *  settings and the membership checks: one statement, plus one for the item's citations. */
async function readContext(userId: string, attemptId: string, questionId: string): Promise<AnswerContext | null> {
  const [rows, cites] = await Promise.all([
    db().$queryRaw<Record<string, unknown>[]>`
      SELECT a."id", a."userId", a."status", a."deadlineAt",
        s."id" AS "assignmentId", s."classId", s."dueAt", s."feedback",
        q."id" AS "questionId", q."attemptId" AS "questionAttemptId", q."position", q."options", q."chosen", q."correct", q."answeredAt", q."answer" AS "questionAnswer",
        i."id" AS "itemId", i."type", i."prompt", i."answer", i."optionCitations",
        u."retention", u."timeZone", u."dayStartHour",
        c."id" AS "cardId", c."due", c."stability", c."difficulty", c."elapsedDays", c."scheduledDays", c."learningSteps", c."reps", c."lapses", c."state", c."lastReview",
        EXISTS (SELECT 1 FROM "ClassMember" m WHERE m."userId" = ${userId}) AS "inClass",
        EXISTS (SELECT 1 FROM "ClassMember" m WHERE m."classId" = s."classId" AND m."userId" = ${userId}) AS "member",
        EXISTS (SELECT 1 FROM "Deck" d WHERE d."id" = i."deckId" AND ${readableDeckSql(userId)}) AS "itemReadable"
      FROM "Attempt" a
      JOIN "User" u ON u."id" = ${userId}
      LEFT JOIN "Assignment" s ON s."id" = a."assignmentId"
      LEFT JOIN "AttemptQuestion" q ON q."id" = ${questionId}
      LEFT JOIN "Item" i ON i."id" = q."itemId"
      LEFT JOIN "CardState" c ON c."userId" = ${userId} AND c."itemId" = q."itemId"
      WHERE a."id" = ${attemptId}`,
    db().$queryRaw<Record<string, unknown>[]>`
      SELECT ic."documentId", ic."start", ic."end", ic."quote", ic."documentTitle", doc."title" AS "docTitle", doc."text" AS "docText"
      FROM "ItemCitation" ic JOIN "AttemptQuestion" q ON q."itemId" = ic."itemId"
      LEFT JOIN "Document" doc ON doc."id" = ic."documentId"
      WHERE q."id" = ${questionId} ORDER BY ic."position" ASC`,
  ]);
  const r = rows[0];
  if (!r) return null;
  return {
    attempt: {
      id: String(r.id),
      userId: String(r.userId),
      status: String(r.status),
      deadlineAt: dateOrNull(r.deadlineAt),
      assignment:
        r.assignmentId === null
          ? null
          : {
              id: str(r.assignmentId),
              classId: String(r.classId),
              dueAt: date(r.dueAt),
              feedback: String(r.feedback) as FeedbackPolicy,
            },
    },
    question: r.questionId === null || r.itemId === null ? null : questionOf(r),
    citations: cites.map((c) => ({
      documentId: strOrNull(c.documentId),
      start: Number(c.start),
      end: Number(c.end),
      quote: strOrNull(c.quote),
      documentTitle: strOrNull(c.documentTitle),
    })),
    documents: new Map(
      cites.flatMap((c) =>
        c.documentId === null || c.docText === null
          ? []
          : [[str(c.documentId), { id: str(c.documentId), title: str(c.docTitle), text: str(c.docText) }] as const],
      ),
    ),
    settings: { retention: Number(r.retention), timeZone: strOrNull(r.timeZone), dayStartHour: Number(r.dayStartHour) },
    card: r.cardId === null ? null : cardOf(r),
    inClass: boolOrNull(r.inClass) === true,
    member: boolOrNull(r.member) === true,
    itemReadable: boolOrNull(r.itemReadable) === true,
  };
}

function questionOf(r: Record<string, unknown>): NonNullable<AnswerContext["question"]> {
  return {
    id: String(r.questionId),
    attemptId: String(r.questionAttemptId),
    position: Number(r.position),
    options: String(r.options),
    chosen: strOrNull(r.chosen),
    correct: boolOrNull(r.correct),
    answeredAt: dateOrNull(r.answeredAt),
    key: strOrNull(r.questionAnswer) ?? String(r.answer),
    item: {
      id: String(r.itemId),
      type: String(r.type),
      prompt: String(r.prompt),
      answer: String(r.answer),
      optionCitations: String(r.optionCitations),
    },
  };
}

function cardOf(r: Record<string, unknown>): CardRow {
  return {
    id: String(r.cardId),
    due: date(r.due),
    stability: Number(r.stability),
    difficulty: Number(r.difficulty),
    elapsedDays: Number(r.elapsedDays),
    scheduledDays: Number(r.scheduledDays),
    learningSteps: Number(r.learningSteps),
    reps: Number(r.reps),
    lapses: Number(r.lapses),
    state: Number(r.state),
    lastReview: dateOrNull(r.lastReview),
  };
}

/** Grades an answer. The first answer to a question stands: a repeat returns the stored
 *  feedback (alreadyAnswered) instead of an error. */
export async function answerQuestion(
  actor: SessionUser,
  input: z.input<typeof answerSchema>,
  now: Date = new Date(),
): Promise<Feedback> {
  const parsed = answerSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Invalid answer.");
  const { attemptId, questionId, chosen } = parsed.data;
  const ctx = await readContext(actor.id, attemptId, questionId);
  // Someone else's attempt is reported as not found: its existence is not theirs to learn.
  if (!ctx || ctx.attempt.userId !== actor.id) throw notFound("This quiz");
  const { attempt, question: q } = ctx;
  if (!q || q.attemptId !== attemptId) throw new AppError("INVALID_INPUT", "That question is not part of this quiz.");
  // Per-question feedback: immediate unless the assignment keeps answers for later, or another
  // assignment keeps this item secret from the student (docs/decisions/040).
  const rules = attempt.assignment;
  const embargo = ctx.inClass ? await embargoFor(actor, now, { exceptAssignmentId: rules?.id }) : NO_EMBARGO;
  const revealNow =
    (!rules || rules.feedback === "immediate" || (rules.feedback === "after_due" && now >= rules.dueAt)) &&
    !embargo.blocks({ ...q.item, citations: ctx.citations });
  const feedback = (stored: { chosen: string; correct: boolean }, alreadyAnswered: boolean, finished: boolean) =>
    feedbackFor(ctx, revealNow, stored, alreadyAnswered, finished);
  if (q.answeredAt && q.chosen !== null && q.correct !== null)
    return feedback({ chosen: q.chosen, correct: q.correct }, true, attempt.status === "finished");
  if (attempt.status === "finished")
    throw new AppError("ATTEMPT_FINISHED", "This quiz is already finished. Start a new one from the deck.");
  if (attempt.assignment && !ctx.member)
    throw new ForbiddenError("You are no longer in this class, so this assignment takes no more answers.");
  if (await expireIfPastDeadline(attempt, now)) throw deadlinePassed(attempt);

  let grade;
  try {
    grade = gradeChoice({ answer: q.key, options: JSON.parse(q.options) as string[] }, chosen);
  } catch (e) {
    if (e instanceof AnswerFormatError) throw new AppError("INVALID_INPUT", e.message);
    throw e;
  }
  // The same fact's flashcard schedule learns from the answer, not while an assignment keeps
  // its answers hidden (the card would show the answer), and only for an item of a deck the
  // student may open (an instructor's deck behind an assignment does not become flashcards).
  const feedsCard = revealNow && isQuizzable(q.item.type) && ctx.itemReadable;
  const result = await storeAnswer(ctx, grade, now, feedsCard);
  if (!result) {
    const again = await readContext(actor.id, attemptId, questionId);
    const stored = again?.question;
    return feedback(
      { chosen: stored?.chosen ?? chosen, correct: stored?.correct ?? false },
      true,
      again?.attempt.status === "finished",
    );
  }
  return feedback({ chosen: grade.chosen, correct: grade.correct }, false, result.done);
}

function deadlinePassed(attempt: AnswerContext["attempt"]): AppError {
  const due = attempt.assignment && attempt.deadlineAt?.getTime() === attempt.assignment.dueAt.getTime();
  const at = attempt.deadlineAt!.toISOString().slice(0, 16).replace("T", " ");
  return due
    ? new AppError(
        "PAST_DUE",
        `This assignment was due at ${at} UTC, so it takes no more answers. Your earlier answers were saved and submitted.`,
      )
    : new AppError(
        "TIME_UP",
        `Time is up: the time limit ended at ${at} UTC. Your earlier answers were saved and submitted.`,
      );
}

/** Writes a first answer in one batch transaction: the question (only while unanswered, else
 *  the batch fails with P2025), the card, review log and day counts it feeds, and the attempt's
 *  score, finished when no question is left. Null when the question was answered meanwhile. */
async function storeAnswer(
  ctx: AnswerContext,
  grade: { chosen: string; correct: boolean },
  now: Date,
  feedsCard: boolean,
): Promise<{ done: boolean } | null> {
  const q = ctx.question!;
  const userId = ctx.attempt.userId;
  const attemptId = ctx.attempt.id;
  const open = Prisma.sql`EXISTS (SELECT 1 FROM "AttemptQuestion" WHERE "attemptId" = ${attemptId} AND "answeredAt" IS NULL)`;
  const run = async (withCard: boolean) => {
    const ops = [
      db().attemptQuestion.update({
        where: { id: q.id, answeredAt: null },
        data: { chosen: grade.chosen, correct: grade.correct, answeredAt: now },
        select: { id: true },
      }),
      ...(withCard
        ? quizAnswerOps(db(), {
            userId,
            itemId: q.item.id,
            questionId: q.id,
            correct: grade.correct,
            now,
            card: ctx.card,
            retention: ctx.settings.retention,
            clock: clockOf(ctx.settings),
          })
        : []),
      db().$queryRaw<{ status: string }[]>`
        UPDATE "Attempt" SET "correctCount" = "correctCount" + ${Prisma.raw(grade.correct ? "1" : "0")},
          "status" = CASE WHEN ${open} THEN "status" ELSE 'finished' END,
          "finishedAt" = CASE WHEN ${open} THEN "finishedAt" ELSE ${now} END
        WHERE "id" = ${attemptId} RETURNING "status"`,
    ];
    const results = await db().$transaction(ops);
    const updated = results[results.length - 1] as { status: string }[];
    return { done: updated[0]?.status === "finished" };
  };
  try {
    return await run(feedsCard);
  } catch (e) {
    if (prismaCode(e) !== "P2025" && !isUniqueViolation(e)) throw e;
  }
  // Either the question was answered meanwhile, or the card changed under a review at the same
  // instant: then the answer still stands, without this schedule update.
  if (!feedsCard) return null;
  try {
    return await run(false);
  } catch (e) {
    if (prismaCode(e) === "P2025") return null;
    throw e;
  }
}

async function feedbackFor(
  ctx: AnswerContext,
  revealNow: boolean,
  stored: { chosen: string; correct: boolean },
  alreadyAnswered: boolean,
  finished: boolean,
): Promise<Feedback> {
  const q = ctx.question!;
  const base = { questionId: q.id, position: q.position, chosen: stored.chosen, alreadyAnswered, finished };
  if (!revealNow)
    return { ...base, revealed: false, correct: null, correctAnswer: null, citations: [], chosenCitations: [] };
  const optionCites = JSON.parse(q.item.optionCitations) as Record<string, CitationRow[]>;
  const chosenRows = stored.correct ? [] : (optionCites[stored.chosen] ?? []);
  const [citations = [], chosenCitations = []] = await citationGroups([ctx.citations, chosenRows], ctx.documents);
  return { ...base, revealed: true, correct: stored.correct, correctAnswer: q.key, citations, chosenCitations };
}
