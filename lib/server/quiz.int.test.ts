import { beforeAll, describe, expect, it } from "vitest";
import { buildDeck, DECK_PAGE_SIZE, requireDeck } from "./decks";
import { requireAttempt, startQuiz } from "./quiz";
import { answerQuestion } from "./quiz-answer";
import { getProgress } from "./progress";
import { db } from "./db";
import { addSample, makeUser, sampleFiles } from "./testing/fixtures";
import type { SessionUser } from "./accounts";

describe("quiz on a deck built from the sample documents", () => {
  let deckId: string;
  let alice: SessionUser;
  let bob: SessionUser;

  beforeAll(async () => {
    const ids: string[] = [];
    for (const f of sampleFiles()) ids.push((await addSample(f)).document.id);
    const deck = await buildDeck({ documentIds: ids, title: "All samples" }, "starter");
    deckId = deck.id;
    alice = await makeUser();
    bob = await makeUser();
  });

  it("builds a deck whose items cite real sentences of the documents", async () => {
    const deck = await requireDeck(alice, deckId);
    // a page of DECK_PAGE_SIZE (25) at a time
    expect(deck.total).toBeGreaterThan(DECK_PAGE_SIZE);
    expect(deck.items).toHaveLength(DECK_PAGE_SIZE);
    expect((await requireDeck(alice, deckId, { page: 2 })).items[0]!.id).not.toBe(deck.items[0]!.id);
    expect(deck.quizzableCount).toBeGreaterThan(20);
    for (const item of deck.items) {
      expect(item.citations.length).toBeGreaterThan(0);
      for (const c of item.citations) expect(c.quote.length).toBe(c.end - c.start);
    }
    const mcq = deck.items.filter((i) => i.type === "mcq");
    expect(mcq.every((i) => i.options.length === 4 && i.options.includes(i.answer))).toBe(true);
  });

  it("draws a quiz's questions from different sentences, so one question never prints another's answer", async () => {
    const { attemptId } = await startQuiz(alice, { deckId, count: 20 }, 5);
    const qs = await db().attemptQuestion.findMany({
      where: { attemptId },
      select: {
        item: {
          select: { citations: { orderBy: { position: "asc" }, take: 1, select: { documentId: true, start: true } } },
        },
      },
    });
    expect(qs.length).toBe(20);
    const sources = qs.map((q) => `${q.item.citations[0]!.documentId}:${q.item.citations[0]!.start}`);
    expect(new Set(sources).size).toBe(20);
  });

  it("asks questions without sending their answers, grades on the server, and shows the cited sentence", async () => {
    const { attemptId } = await startQuiz(alice, { deckId, count: 3 }, 7);
    const view = await requireAttempt(alice, attemptId);
    expect(view.total).toBe(3);
    expect(view.current).not.toBeNull();
    expect(JSON.stringify(view.current)).not.toMatch(/answer|correct/i);
    const item = await db().attemptQuestion.findUniqueOrThrow({
      where: { id: view.current!.id },
      select: { item: { select: { answer: true } } },
    });
    const fb = await answerQuestion(alice, { attemptId, questionId: view.current!.id, chosen: item.item.answer });
    expect(fb).toMatchObject({
      correct: true,
      correctAnswer: item.item.answer,
      alreadyAnswered: false,
      finished: false,
    });
    expect(fb.citations[0]!.quote.length).toBeGreaterThan(10);
    // Resume: the attempt now shows the second question.
    const resumed = await requireAttempt(alice, attemptId);
    expect(resumed.answered).toBe(1);
    expect(resumed.current!.position).toBe(1);
  });

  it("keeps the first answer when the same question is answered twice, without an error", async () => {
    const { attemptId } = await startQuiz(alice, { deckId, count: 2 }, 11);
    const q = (await requireAttempt(alice, attemptId)).current!;
    const answer = (
      await db().attemptQuestion.findUniqueOrThrow({
        where: { id: q.id },
        select: { item: { select: { answer: true } } },
      })
    ).item.answer;
    const wrong = q.options.find((o) => o !== answer)!;
    const first = await answerQuestion(alice, { attemptId, questionId: q.id, chosen: wrong });
    expect(first.correct).toBe(false);
    const [a, b] = await Promise.all([
      answerQuestion(alice, { attemptId, questionId: q.id, chosen: answer }),
      answerQuestion(alice, { attemptId, questionId: q.id, chosen: answer }),
    ]);
    for (const r of [a, b]) expect(r).toMatchObject({ correct: false, chosen: wrong, alreadyAnswered: true });
    const att = await db().attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(att.correctCount).toBe(0);
  });

  it("refuses answers in the wrong format, to questions of another attempt, and to someone else's attempt", async () => {
    const { attemptId } = await startQuiz(alice, { deckId, count: 2 }, 3);
    const other = await startQuiz(alice, { deckId, count: 2 }, 4);
    const q = (await requireAttempt(alice, attemptId)).current!;
    const q2 = (await requireAttempt(alice, other.attemptId)).current!;
    await expect(answerQuestion(alice, { attemptId, questionId: q.id, chosen: "not an option" })).rejects.toMatchObject(
      { code: "INVALID_INPUT", message: expect.stringContaining("not one of this question's options") },
    );
    await expect(answerQuestion(alice, { attemptId, questionId: q2.id, chosen: q2.options[0]! })).rejects.toMatchObject(
      { code: "INVALID_INPUT", message: "That question is not part of this quiz." },
    );
    await expect(answerQuestion(bob, { attemptId, questionId: q.id, chosen: q.options[0]! })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(requireAttempt(bob, attemptId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // nothing was recorded by the refused calls
    expect((await requireAttempt(alice, attemptId)).answered).toBe(0);
  });

  it("finishes after the last answer, shows the score with every citation, and refuses further answers", async () => {
    const { attemptId } = await startQuiz(alice, { deckId, count: 3 }, 5);
    let correct = 0;
    for (let i = 0; i < 3; i++) {
      const q = (await requireAttempt(alice, attemptId)).current!;
      const answer = (
        await db().attemptQuestion.findUniqueOrThrow({
          where: { id: q.id },
          select: { item: { select: { answer: true } } },
        })
      ).item.answer;
      const chosen = i === 1 ? q.options.find((o) => o !== answer)! : answer;
      const fb = await answerQuestion(alice, { attemptId, questionId: q.id, chosen });
      if (fb.correct) correct++;
      expect(fb.finished).toBe(i === 2);
    }
    const done = await requireAttempt(alice, attemptId);
    expect(done).toMatchObject({ status: "finished", correctCount: 2, total: 3, scorePercent: 67 });
    expect(done.review).toHaveLength(3);
    expect(done.review.every((r) => r.citations.length > 0)).toBe(true);
    expect(correct).toBe(2);
    const q = await db().attemptQuestion.findFirstOrThrow({ where: { attemptId } });
    // A repeat of an answered question in a finished quiz returns the stored grade.
    await expect(answerQuestion(alice, { attemptId, questionId: q.id, chosen: q.chosen! })).resolves.toMatchObject({
      alreadyAnswered: true,
      finished: true,
    });
  });

  it("reports progress for the caller only", async () => {
    const mine = await getProgress(alice);
    expect(mine.attempts.length).toBeGreaterThanOrEqual(4);
    const finished = mine.attempts.find((a) => a.status === "finished" && a.total === 3);
    expect(finished).toMatchObject({ correct: 2, scorePercent: 67 });
    const theirs = await getProgress(bob);
    expect(theirs.attempts).toEqual([]);
    const deckRow = mine.decks.find((d) => d.deckId === deckId)!;
    const answered = mine.attempts.reduce((n, a) => n + a.answered, 0);
    const right = mine.attempts.reduce((n, a) => n + a.correct, 0);
    expect(deckRow).toMatchObject({ answered, correct: right, accuracyPercent: Math.round((right / answered) * 100) });
  });

  it("refuses a new answer in a quiz that was closed, and keeps what was stored", async () => {
    const { attemptId } = await startQuiz(alice, { deckId, count: 2 }, 9);
    const q = (await requireAttempt(alice, attemptId)).current!;
    await db().attempt.update({ where: { id: attemptId }, data: { status: "finished", finishedAt: new Date() } });
    await expect(answerQuestion(alice, { attemptId, questionId: q.id, chosen: q.options[0]! })).rejects.toMatchObject({
      code: "ATTEMPT_FINISHED",
    });
    expect((await db().attemptQuestion.findUniqueOrThrow({ where: { id: q.id } })).answeredAt).toBeNull();
  });

  it("refuses a quiz with no questions asked for, or on a missing deck", async () => {
    await expect(startQuiz(alice, { deckId, count: 0 })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(startQuiz(alice, { deckId: "nope", count: 3 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
