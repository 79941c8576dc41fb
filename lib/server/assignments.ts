// Assignment use cases: an instructor assigns a quiz to their class; a member starts (or
// resumes) an attempt, which then runs through the ordinary quiz (lib/server/quiz.ts) with the
// assignment's rules: attempts allowed, time limit, due date, feedback policy.
import "server-only";
import { randomInt } from "node:crypto";
import { z } from "zod";
import { attemptDeadline, FEEDBACK_POLICIES, startRefusal, type FeedbackPolicy } from "@/lib/classes";
import { shuffleOptions } from "@/lib/grading";
import { AppError, notFound, notFoundAs } from "@/lib/errors";
import { db } from "./db";
import { copyDeck, QUIZZABLE_TYPES } from "./decks";
import { expireIfPastDeadline, QUESTION_SOURCE, questionRows } from "./quiz";
import { authorizeDeck } from "./access";
import { parseOrThrow, requireMembership, requireOwnClass } from "./classes";
import type { SessionUser } from "./accounts";

const checkbox = z.union([z.boolean(), z.literal("on").transform(() => true), z.literal("").transform(() => false)]);
const date = (what: string) =>
  z.coerce
    .date({ error: `Enter the ${what} date and time.` })
    .refine((d) => !Number.isNaN(d.getTime()), `Enter the ${what} date and time.`);

export const createAssignmentSchema = z
  .object({
    classId: z.string().min(1),
    deckId: z.string().min(1, "Choose a deck."),
    title: z.string().trim().max(200, "Keep the title under 200 characters.").optional(),
    itemIds: z.array(z.string().min(1)).max(500).default([]),
    questionCount: z.coerce
      .number()
      .int("Choose a whole number of questions.")
      .min(1, "Choose at least 1 question.")
      .max(100, "Choose at most 100 questions."),
    opensAt: date("opening"),
    dueAt: date("due"),
    allowLate: checkbox.default(false),
    maxAttempts: z.coerce
      .number()
      .int()
      .min(1, "Allow at least 1 attempt.")
      .max(10, "Allow at most 10 attempts.")
      .default(1),
    timeLimitMinutes: z
      .union([
        z.literal("").transform(() => null),
        z.null(),
        z.coerce
          .number()
          .int("Use whole minutes.")
          .min(1, "A time limit is at least 1 minute.")
          .max(600, "A time limit is at most 600 minutes."),
      ])
      .default(null),
    shuffleQuestions: checkbox.default(false),
    shuffleOptions: checkbox.default(false),
    /** hide the deck from students (its answers would show in the deck, self-study and review) */
    hideDeck: checkbox.default(false),
    feedback: z
      .enum(FEEDBACK_POLICIES as [FeedbackPolicy, ...FeedbackPolicy[]], { error: "Choose when answers are shown." })
      .default("after_submit"),
  })
  .refine((a) => a.dueAt > a.opensAt, { message: "The due date must be after the opening date.", path: ["dueAt"] });

export async function createAssignment(
  actor: SessionUser | null,
  input: z.input<typeof createAssignmentSchema>,
): Promise<{ id: string; deckId: string }> {
  await requireOwnClass(actor, String(input.classId ?? ""), "assignment.create");
  const a = parseOrThrow(createAssignmentSchema, input);
  const deck = await assignableDeck(actor!, a.deckId, a.itemIds);
  a.itemIds = deck.itemIds;
  const pool = await db().item.findMany({
    where: {
      deckId: deck.id,
      status: "active",
      type: { in: [...QUIZZABLE_TYPES] },
      ...(a.itemIds.length ? { id: { in: a.itemIds } } : {}),
    },
    select: { id: true },
  });
  if (a.itemIds.length && pool.length !== new Set(a.itemIds).size)
    throw new AppError(
      "INVALID_INPUT",
      "Some chosen items are not active questions of this deck. Reload the page and choose again.",
    );
  if (pool.length === 0)
    throw new AppError("INVALID_INPUT", "This deck has no active multiple-choice or true/false questions to assign.");
  if (a.questionCount > pool.length)
    throw new AppError(
      "INVALID_INPUT",
      `There are only ${pool.length} questions to choose from. Ask for ${pool.length} or fewer.`,
      { fieldErrors: { questionCount: `At most ${pool.length}.` } },
    );
  const created = await db().assignment.create({
    data: {
      classId: a.classId,
      deckId: deck.id,
      title: a.title || deck.title,
      itemIds: JSON.stringify(a.itemIds),
      questionCount: a.questionCount,
      opensAt: a.opensAt,
      dueAt: a.dueAt,
      allowLate: a.allowLate,
      maxAttempts: a.maxAttempts,
      timeLimitMinutes: a.timeLimitMinutes,
      shuffleQuestions: a.shuffleQuestions,
      shuffleOptions: a.shuffleOptions,
      feedback: a.feedback,
    },
    select: { id: true },
  });
  if (a.hideDeck) await db().deck.update({ where: { id: deck.id }, data: { hiddenFromStudents: true } });
  return { id: created.id, deckId: deck.id };
}

/** The instructor's own deck to assign from: theirs as it is, or their copy of a starter deck
 *  (so it can be curated and hidden; chosen items map to the copy's by position). */
async function assignableDeck(
  actor: SessionUser,
  deckId: string,
  itemIds: string[],
): Promise<{ id: string; title: string; itemIds: string[] }> {
  const facts = await authorizeDeck(actor, deckId, "deck.curate");
  if (facts.decision === "allow") return { id: facts.id, title: facts.title, itemIds };
  const copy = await copyDeck(actor, deckId);
  if (itemIds.length === 0) return { id: copy.id, title: facts.title, itemIds };
  const [chosen, mine] = await Promise.all([
    db().item.findMany({ where: { id: { in: itemIds }, deckId }, select: { position: true } }),
    db().item.findMany({ where: { deckId: copy.id }, select: { id: true, position: true } }),
  ]);
  const byPosition = new Map(mine.map((i) => [i.position, i.id]));
  return { id: copy.id, title: facts.title, itemIds: chosen.flatMap((c) => byPosition.get(c.position) ?? []) };
}

const fmt = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** Starts the student's next attempt, or returns the one in progress. */
export async function startAssignment(
  actor: SessionUser | null,
  assignmentId: string,
  now: Date = new Date(),
  seed: number = randomInt(2 ** 31 - 1),
): Promise<{ attemptId: string; resumed: boolean }> {
  const a = await db().assignment.findUnique({ where: { id: assignmentId } });
  await requireMembership(actor, a?.classId ?? "").catch(notFoundAs("This assignment"));
  if (!a || !actor) throw notFound("This assignment");
  const attempts = await db().attempt.findMany({
    where: { assignmentId, userId: actor.id },
    select: { id: true, status: true, deadlineAt: true },
  });
  for (const open of attempts.filter((x) => x.status !== "finished")) {
    if (!(await expireIfPastDeadline(open, now))) return { attemptId: open.id, resumed: true };
  }
  const refusal = startRefusal(a, attempts.length, now);
  if (refusal === "NOT_OPEN") throw new AppError("NOT_OPEN", `This assignment opens at ${fmt(a.opensAt)}.`);
  if (refusal === "PAST_DUE")
    throw new AppError("PAST_DUE", `This assignment was due at ${fmt(a.dueAt)} and does not take late work.`);
  if (refusal === "NO_ATTEMPTS_LEFT")
    throw new AppError(
      "NO_ATTEMPTS_LEFT",
      `You have used ${a.maxAttempts === 1 ? "your only attempt" : `all ${a.maxAttempts} attempts`} at this assignment.`,
    );

  const chosen = JSON.parse(a.itemIds) as string[];
  const items = await db().item.findMany({
    where: {
      deckId: a.deckId,
      status: "active",
      type: { in: [...QUIZZABLE_TYPES] },
      ...(chosen.length ? { id: { in: chosen } } : {}),
    },
    orderBy: { position: "asc" },
    select: QUESTION_SOURCE,
  });
  if (items.length === 0)
    throw new AppError(
      "INVALID_INPUT",
      "This assignment has no questions left (its items were retired). Tell your instructor.",
    );
  const ids = items.map((i) => i.id);
  const order = (a.shuffleQuestions ? shuffleOptions(ids, seed) : ids).slice(0, Math.min(a.questionCount, ids.length));
  try {
    const attempt = await db().attempt.create({
      data: {
        userId: actor.id,
        deckId: a.deckId,
        assignmentId: a.id,
        questionCount: order.length,
        startedAt: now,
        deadlineAt: attemptDeadline(a, now),
        attemptNumber: attempts.length + 1,
        questions: { create: questionRows(items, order, seed, a.shuffleOptions) },
      },
      select: { id: true },
    });
    return { attemptId: attempt.id, resumed: false };
  } catch (e) {
    // A second start at the same moment (double click, two tabs): the unique attempt number
    // lets one through; the other resumes it.
    const twin = await db().attempt.findFirst({
      where: { assignmentId, userId: actor.id, attemptNumber: attempts.length + 1 },
      select: { id: true, status: true },
    });
    if (twin && twin.status !== "finished") return { attemptId: twin.id, resumed: true };
    throw e;
  }
}

/** The active questions of a deck the instructor may assign from, for choosing them one by one. */
export async function assignableQuestions(
  actor: SessionUser | null,
  deckId: string,
): Promise<{ id: string; prompt: string }[]> {
  await authorizeDeck(actor, deckId, "deck.read");
  return db().item.findMany({
    where: { deckId, status: "active", type: { in: [...QUIZZABLE_TYPES] } },
    orderBy: { position: "asc" },
    select: { id: true, prompt: true },
  });
}
