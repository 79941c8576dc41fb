// Classes, assignments, curation and results against a real database: scoping, the bad inputs
// of issue "Classes", and the numbers an instructor reads.
import { beforeAll, describe, expect, it } from "vitest";
import {
  createClass,
  requireClass,
  joinClass,
  listClasses,
  removeStudent,
  setJoinOpen,
  studentAssignments,
} from "./classes";
import { createAssignment, startAssignment } from "./assignments";
import { requireAttempt, startQuiz } from "./quiz";
import { answerQuestion } from "./quiz-answer";
import {
  addItem,
  approveItem,
  editItem,
  requireCurationDeck,
  requireCurationItem,
  setDeckHidden,
  setItemStatus,
} from "./curation";
import { requireDeck, listDecks } from "./decks";
import { requireDocument } from "./documents";
import { getReviewQueue } from "./review";
import { requireAssignmentResults, requireGradebook, gradebookCsv } from "./results";
import { db } from "./db";
import { makeUser } from "./testing/fixtures";
import { CLASS_DOC, keyOf, makeClassDeck } from "./testing/class-fixtures";
import type { SessionUser } from "./accounts";

const T0 = new Date("2026-03-02T09:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const DAY = 24 * 60;

/** The curation view of a deck the instructor owns (a starter deck would offer a copy instead). */
async function curation(user: SessionUser, deckId: string) {
  const d = await requireCurationDeck(user, deckId);
  if (d.kind !== "deck") throw new Error("expected the instructor's own deck");
  return d;
}

let teacher: SessionUser, otherTeacher: SessionUser, ann: SessionUser, ben: SessionUser, outsider: SessionUser;
let classId: string, joinCode: string;
let deck: Awaited<ReturnType<typeof makeClassDeck>>;

/** Answers every open question of an attempt: right on the positions in `right`, else wrong. */
async function takeAll(
  user: SessionUser,
  attemptId: string,
  right: (position: number, prompt: string) => boolean,
  now: Date,
) {
  for (;;) {
    const v = await requireAttempt(user, attemptId, now);
    if (!v.current) return v;
    const key = await keyOf(v.current.id);
    const chosen = right(v.current.position, v.current.prompt) ? key : v.current.options.find((o) => o !== key)!;
    await answerQuestion(user, { attemptId, questionId: v.current.id, chosen }, now);
  }
}

beforeAll(async () => {
  [teacher, otherTeacher, ann, ben, outsider] = [
    await makeUser("instructor"),
    await makeUser("instructor"),
    await makeUser(),
    await makeUser(),
    await makeUser(),
  ];
  const c = await createClass(teacher, { name: "Physics 101" }, T0, 1234);
  classId = c.id;
  joinCode = c.joinCode;
  deck = await makeClassDeck("Facts", { owner: teacher, shareWith: classId });
});

describe("classes: create, join, roster, scoping", () => {
  it("lets an instructor create a class with a join code; a student may not", async () => {
    expect(joinCode).toMatch(/^[A-Z2-9]{8}$/);
    await expect(createClass(ann, { name: "Mine" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only instructors can create classes.",
    });
    await expect(createClass(teacher, { name: "  " })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Give the class a name.",
    });
  });

  it("joins with the code typed loosely, refuses a wrong code, a second join, and an instructor", async () => {
    await expect(joinClass(ann, "ZZZZZZZZ", T0)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("No class has that join code"),
    });
    await expect(joinClass(ann, "nonsense", T0)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(joinClass(ann, ` ${joinCode.toLowerCase()} `, T0)).resolves.toMatchObject({
      classId,
      name: "Physics 101",
    });
    await expect(joinClass(ann, joinCode, T0)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "You are already in Physics 101.",
    });
    await expect(joinClass(otherTeacher, joinCode, T0)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await joinClass(ben, joinCode, T0);
  });

  it("refuses joining once the instructor closed it, and after the code expired", async () => {
    await setJoinOpen(teacher, classId, false);
    await expect(joinClass(outsider, joinCode, T0)).rejects.toMatchObject({
      code: "JOIN_CLOSED",
      message: "Physics 101 is not taking new students. Ask your instructor to open joining.",
    });
    await setJoinOpen(teacher, classId, true);
    const short = await createClass(teacher, { name: "Short", joinExpiresInDays: 1 }, T0, 99);
    await expect(joinClass(outsider, short.joinCode, at(2 * DAY))).rejects.toMatchObject({
      code: "JOIN_CLOSED",
      message: expect.stringContaining("expired on 2026-03-03"),
    });
    await db().class.delete({ where: { id: short.id } });
  });

  it("shows each person only their own classes; another instructor's class does not exist for them", async () => {
    expect((await listClasses(teacher)).map((c) => c.name)).toEqual(["Physics 101"]);
    expect(await listClasses(otherTeacher)).toEqual([]);
    expect((await listClasses(ann)).map((c) => c.id)).toEqual([classId]);
    expect(await listClasses(outsider)).toEqual([]);
    const view = await requireClass(teacher, classId);
    expect(view.role === "instructor" && view.students.map((s) => s.id)).toEqual([ann.id, ben.id]);
    await expect(requireClass(otherTeacher, classId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requireClass(outsider, classId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requireGradebook(otherTeacher, classId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requireGradebook(ann, classId)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only the class's instructor can read its results.",
    });
    await expect(setJoinOpen(otherTeacher, classId, false)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeStudent(ann, classId, ben.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("removes a student, who then no longer sees the class", async () => {
    await joinClass(outsider, joinCode, T0);
    const { id: aId } = await createAssignment(teacher, {
      classId,
      deckId: deck.deckId,
      title: "Before removal",
      questionCount: 1,
      opensAt: T0,
      dueAt: at(DAY),
    });
    const { attemptId } = await startAssignment(outsider, aId, at(1), 1);
    const q = (await requireAttempt(outsider, attemptId, at(1))).current!;
    await removeStudent(teacher, classId, outsider.id);
    await expect(
      answerQuestion(outsider, { attemptId, questionId: q.id, chosen: q.options[0]! }, at(2)),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "You are no longer in this class, so this assignment takes no more answers.",
    });
    await expect(startAssignment(outsider, aId, at(2))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db().assignment.delete({ where: { id: aId } });
    expect(await listClasses(outsider)).toEqual([]);
    await expect(requireClass(outsider, classId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeStudent(teacher, classId, outsider.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("assignments through the quiz", () => {
  let assignmentId: string;

  it("validates the assignment and refuses students and other instructors", async () => {
    const base = { classId, deckId: deck.deckId, questionCount: 3, opensAt: T0, dueAt: at(DAY) };
    await expect(createAssignment(ann, base)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only instructors can assign quizzes.",
    });
    await expect(createAssignment(otherTeacher, base)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createAssignment(teacher, { ...base, dueAt: at(-1) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "The due date must be after the opening date.",
    });
    await expect(createAssignment(teacher, { ...base, questionCount: 9 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "There are only 5 questions to choose from. Ask for 5 or fewer.",
    });
    ({ id: assignmentId } = await createAssignment(teacher, {
      ...base,
      title: "Quiz 1",
      maxAttempts: 2,
      feedback: "after_submit",
      shuffleQuestions: false,
      shuffleOptions: true,
    }));
  });

  it("refuses a start before it opens, by an instructor, and by a non-member", async () => {
    await expect(startAssignment(ann, assignmentId, at(-5))).rejects.toMatchObject({
      code: "NOT_OPEN",
      message: "This assignment opens at 2026-03-02 09:00 UTC.",
    });
    await expect(startAssignment(teacher, assignmentId, at(1))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(startAssignment(outsider, assignmentId, at(1))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("hides answers until submission (after_submit), then shows the score; resumes the open attempt", async () => {
    const { attemptId } = await startAssignment(ann, assignmentId, at(1), 5);
    expect(await startAssignment(ann, assignmentId, at(2))).toEqual({ attemptId, resumed: true });
    const v = await requireAttempt(ann, attemptId, at(2));
    expect(v.current!.prompt).toBe("In which year did Marie Curie win the Nobel Prize?"); // not shuffled: deck order
    const fb = await answerQuestion(
      ann,
      { attemptId, questionId: v.current!.id, chosen: await keyOf(v.current!.id) },
      at(2),
    );
    expect(fb).toMatchObject({ revealed: false, correct: null, correctAnswer: null, citations: [] });
    // nor does the answer reach the flashcard schedule, where the card would show it
    expect(await db().cardState.count({ where: { userId: ann.id } })).toBe(0);
    const mid = await requireAttempt(ann, attemptId, at(2));
    expect(mid).toMatchObject({ correctCount: null, scorePercent: null });
    const done = await takeAll(ann, attemptId, () => true, at(3));
    expect(done).toMatchObject({ status: "finished", correctCount: 3, scorePercent: 100 });
    expect(done.review.every((q) => q.correctAnswer !== null && q.citations.length === 1)).toBe(true);
  });

  it("starts one attempt when two starts arrive at once", async () => {
    const { id } = await createAssignment(teacher, {
      classId,
      deckId: deck.deckId,
      title: "Race",
      questionCount: 1,
      opensAt: T0,
      dueAt: at(DAY),
    });
    const [x, y] = await Promise.all([startAssignment(ben, id, at(1), 1), startAssignment(ben, id, at(1), 2)]);
    expect(x.attemptId).toBe(y.attemptId);
    expect(await db().attempt.count({ where: { assignmentId: id, userId: ben.id } })).toBe(1);
    await db().assignment.delete({ where: { id } });
  });

  it("allows a second attempt when two are allowed, and refuses a third", async () => {
    const second = await startAssignment(ann, assignmentId, at(10), 6);
    expect(second.resumed).toBe(false);
    await takeAll(ann, second.attemptId, () => false, at(11));
    await expect(startAssignment(ann, assignmentId, at(12))).rejects.toMatchObject({
      code: "NO_ATTEMPTS_LEFT",
      message: "You have used all 2 attempts at this assignment.",
    });
  });

  it("refuses a start after the due date, and an answer sent after it", async () => {
    const { attemptId } = await startAssignment(ben, assignmentId, at(DAY - 1), 7);
    const v = await requireAttempt(ben, attemptId, at(DAY - 1));
    // Ben answers the first question right, then the due date passes.
    await answerQuestion(
      ben,
      { attemptId, questionId: v.current!.id, chosen: await keyOf(v.current!.id) },
      at(DAY - 1),
    );
    const next = (await requireAttempt(ben, attemptId, at(DAY - 1))).current!;
    await expect(
      answerQuestion(ben, { attemptId, questionId: next.id, chosen: next.options[0]! }, at(DAY + 1)),
    ).rejects.toMatchObject({
      code: "PAST_DUE",
      message:
        "This assignment was due at 2026-03-03 09:00 UTC, so it takes no more answers. Your earlier answers were saved and submitted.",
    });
    const closed = await requireAttempt(ben, attemptId, at(DAY + 1));
    expect(closed).toMatchObject({ status: "finished", answered: 1, correctCount: 1, total: 3, scorePercent: 33 });
    await expect(startAssignment(ben, assignmentId, at(DAY + 2))).rejects.toMatchObject({ code: "PAST_DUE" });
  });

  it("enforces a time limit on the server", async () => {
    const { id } = await createAssignment(teacher, {
      classId,
      deckId: deck.deckId,
      title: "Timed",
      questionCount: 2,
      opensAt: T0,
      dueAt: at(DAY),
      timeLimitMinutes: 10,
      feedback: "immediate",
    });
    const { attemptId } = await startAssignment(ben, id, at(0), 8);
    const v = await requireAttempt(ben, attemptId, at(1));
    expect(v.assignment?.deadlineAt).toEqual(at(10));
    const fb = await answerQuestion(
      ben,
      { attemptId, questionId: v.current!.id, chosen: await keyOf(v.current!.id) },
      at(1),
    );
    // Immediate feedback, except that Quiz 1 (the same deck) is still open for Ben: its items
    // stay secret from him by every other route, this assignment included (docs/decisions/040).
    expect(fb).toMatchObject({ revealed: false, correct: null, correctAnswer: null });
    const next = (await requireAttempt(ben, attemptId, at(2))).current!;
    await expect(
      answerQuestion(ben, { attemptId, questionId: next.id, chosen: next.options[0]! }, at(11)),
    ).rejects.toMatchObject({
      code: "TIME_UP",
      message: expect.stringContaining("Time is up: the time limit ended at 2026-03-02 09:10 UTC"),
    });
    expect(await requireAttempt(ben, attemptId, at(11))).toMatchObject({
      status: "finished",
      correctCount: 1,
      total: 2,
    });
  });

  it("counts an abandoned timed attempt in the results once its time is up", async () => {
    const { id } = await createAssignment(teacher, {
      classId,
      deckId: deck.deckId,
      title: "Abandoned",
      questionCount: 2,
      opensAt: T0,
      dueAt: at(DAY),
      timeLimitMinutes: 5,
      feedback: "immediate",
    });
    const { attemptId } = await startAssignment(ann, id, at(0), 10);
    const q = (await requireAttempt(ann, attemptId, at(1))).current!;
    await answerQuestion(ann, { attemptId, questionId: q.id, chosen: await keyOf(q.id) }, at(1));
    // Ann leaves; the instructor opens the results after the limit
    const r = await requireAssignmentResults(teacher, id, at(30));
    expect(r.scores.map((s) => [s.name, s.scorePercent])).toEqual([[ann.name, 50]]);
    expect(await db().attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({
      status: "finished",
      finishedAt: at(5),
    });
    await db().assignment.delete({ where: { id } });
  });

  it("lists a student's assignments with their standing and score", async () => {
    const list = await studentAssignments(ann, {}, at(DAY + 5));
    expect(list.map((a) => [a.title, a.standingLabel, a.scorePercent])).toEqual([
      ["Quiz 1", "Done", 100],
      ["Timed", "Late: not done", null],
    ]);
    expect(await studentAssignments(outsider, {}, at(5))).toEqual([]);
  });

  it("keeps after-due answers hidden until the due date", async () => {
    const { id } = await createAssignment(teacher, {
      classId,
      deckId: deck.deckId,
      title: "Later",
      questionCount: 1,
      opensAt: T0,
      dueAt: at(60),
      feedback: "after_due",
    });
    const { attemptId } = await startAssignment(ann, id, at(5), 9);
    const done = await takeAll(ann, attemptId, () => true, at(6));
    expect(done).toMatchObject({ status: "finished", correctCount: null });
    expect(done.review[0]).toMatchObject({ correct: null, correctAnswer: null, citations: [] });
    expect(await requireAttempt(ann, attemptId, at(61))).toMatchObject({ correctCount: 1, scorePercent: 100 });
    // one attempt allowed: a second is refused
    await expect(startAssignment(ann, id, at(7))).rejects.toMatchObject({
      code: "NO_ATTEMPTS_LEFT",
      message: "You have used your only attempt at this assignment.",
    });
  });
});

describe("results: gradebook and item analysis", () => {
  it("shows best scores and late marks per student, as CSV too", async () => {
    const g = await requireGradebook(teacher, classId, at(DAY + 5));
    expect(g.assignments.map((a) => a.title)).toEqual(["Later", "Quiz 1", "Timed"]); // by due date, then title
    const row = (id: string) => g.rows.find((r) => r.studentId === id)!;
    expect(row(ann.id).cells.map((c) => [c.scorePercent, c.label])).toEqual([
      [100, "Done"],
      [100, "Done"],
      [null, "Late: not done"],
    ]);
    expect(row(ben.id).cells.map((c) => [c.scorePercent, c.label, c.late])).toEqual([
      [null, "Late: not done", true],
      [33, "Done", false],
      [50, "Done", false],
    ]);
    const csv = gradebookCsv(g);
    expect(csv.split("\r\n")[0]).toBe(
      "Student,Email,Later (%),Later status,Quiz 1 (%),Quiz 1 status,Timed (%),Timed status,Average (%)",
    );
    expect(csv).toContain(`${ben.name},${ben.email},,Late: not done,33,Done,50,Done,42`);
  });

  it("computes facility, discrimination and wrong-option counts from the counted attempts", async () => {
    const quiz1 = (await db().assignment.findFirstOrThrow({ where: { classId, title: "Quiz 1" } })).id;
    const r = await requireAssignmentResults(teacher, quiz1);
    // Ann's best: 3/3 (100%); Ben: 1/3 (33%), submitted by the server at the due date, so not
    // late. Each saw items 1-3 (not shuffled); Ben left items 2 and 3 unanswered.
    expect(r.scores.map((s) => [s.scorePercent, s.late])).toEqual([
      [100, false],
      [33, false],
    ]);
    expect(r.distribution.find((b) => b.label === "30–39")!.count).toBe(1);
    expect(r.distribution.find((b) => b.label === "90–100")!.count).toBe(1);
    const byPrompt = new Map(r.items.map((i) => [i.prompt, i.stats]));
    expect(byPrompt.get("In which year did Marie Curie win the Nobel Prize?")).toMatchObject({
      facility: 1,
      discrimination: 0,
    });
    const eiffel = byPrompt.get("In which city does the Eiffel Tower stand?")!;
    expect(eiffel).toMatchObject({ responses: 2, correct: 1, facility: 0.5, discrimination: 1, unanswered: 1 });
    await expect(requireAssignmentResults(otherTeacher, quiz1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requireAssignmentResults(ann, quiz1)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("curation", () => {
  it("edits an item keeping its citation, refuses an answer the sentence does not contain, and accepts another sentence", async () => {
    const [first, second] = deck.itemIds as [string, string];
    await expect(
      editItem(ann, { itemId: first, prompt: "x".repeat(10), answer: "1903", wrongOptions: "1" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      editItem(teacher, {
        itemId: first,
        prompt: "When did Curie win her first Nobel Prize?",
        answer: "1911",
        wrongOptions: "1903\n1899\n1920",
      }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining(
        "The answer “1911” does not appear in the cited sentence: “Marie Curie won the Nobel Prize in 1903.”",
      ),
    });
    await expect(
      editItem(teacher, {
        itemId: first,
        prompt: "When did Curie win her first Nobel Prize?",
        answer: "1903",
        wrongOptions: "1911\n1911",
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const r = await editItem(teacher, {
      itemId: first,
      prompt: "When did Curie win her first Nobel Prize?",
      answer: "1903",
      wrongOptions: "1911\n1899\n1867",
    });
    expect(r.version).toBe(2);
    const item = await requireCurationItem(teacher, deck.deckId, first);
    expect(item).toMatchObject({ prompt: "When did Curie win her first Nobel Prize?", version: 2, approved: true });
    expect(item.citations[0]!.quote).toBe("Marie Curie won the Nobel Prize in 1903.");
    expect([...item.options].sort()).toEqual(["1867", "1899", "1903", "1911"]);
    expect(item.history.map((h) => h.version)).toEqual([2, 1]);
    // choose another sentence: the answer must be in that one
    const s = CLASS_DOC.indexOf("The capital of Japan");
    const cite = { documentId: deck.documentId, start: s, end: s + "The capital of Japan is Tokyo.".length };
    await expect(
      editItem(teacher, {
        itemId: second,
        prompt: "Which city is Japan's capital?",
        answer: "Tokyo",
        wrongOptions: "Kyoto",
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await editItem(teacher, {
      itemId: second,
      prompt: "Which city is Japan's capital?",
      answer: "Tokyo",
      wrongOptions: "Kyoto",
      citation: cite,
    });
    expect((await requireCurationItem(teacher, deck.deckId, second)).citations[0]!.quote).toBe(
      "The capital of Japan is Tokyo.",
    );
  });

  it("keeps past answers attached to the version the student saw", async () => {
    const quiz1 = await db().assignment.findFirstOrThrow({ where: { classId, title: "Quiz 1" } });
    const att = await db().attempt.findFirstOrThrow({
      where: { assignmentId: quiz1.id, userId: ann.id, correctCount: 3 },
    });
    const v = await requireAttempt(ann, att.id, at(DAY + 5));
    expect(v.review[0]).toMatchObject({
      prompt: "In which year did Marie Curie win the Nobel Prize?",
      correctAnswer: "1903",
      correct: true,
    });
    expect(v.review[1]).toMatchObject({ prompt: "In which city does the Eiffel Tower stand?", correctAnswer: "Paris" });
    const r = await requireAssignmentResults(teacher, quiz1.id);
    const eiffel = r.items.find((i) => i.prompt === "In which city does the Eiffel Tower stand?")!;
    expect(eiffel.stats.options.find((o) => o.correct)!.option).toBe("Paris");
    expect(eiffel.editedTo).toEqual({ prompt: "Which city is Japan's capital?", answer: "Tokyo" });
  });

  it("retires and restores items; retired items leave new quizzes; approval is recorded", async () => {
    const third = deck.itemIds[2]!;
    await expect(setItemStatus(ann, third, "retired")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setItemStatus(teacher, third, "retired");
    await approveItem(teacher, deck.itemIds[3]!);
    const d = await curation(teacher, deck.deckId);
    expect(d.items.map((i) => [i.status, i.approved])).toEqual([
      ["active", true],
      ["active", true],
      ["retired", false],
      ["active", true],
      ["active", false],
    ]);
    const { attemptId } = await startQuiz(ann, { deckId: deck.deckId, count: 10 }, 3);
    const qs = await db().attemptQuestion.findMany({ where: { attemptId }, select: { itemId: true } });
    expect(qs.map((q) => q.itemId)).not.toContain(third);
    expect(qs).toHaveLength(4);
    await setItemStatus(teacher, third, "active");
  });

  it("adds an item by hand citing a selected passage, refusing one whose answer is not in it", async () => {
    const s = CLASS_DOC.indexOf("Mount Everest");
    const citation = { documentId: deck.documentId, start: s, end: CLASS_DOC.length };
    await expect(
      addItem(ann, {
        deckId: deck.deckId,
        prompt: "Where is Everest?",
        answer: "Nepal",
        wrongOptions: "Peru",
        citation,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      addItem(teacher, {
        deckId: deck.deckId,
        prompt: "Where is Everest?",
        answer: "Peru",
        wrongOptions: "Chile",
        citation,
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      addItem(teacher, {
        deckId: deck.deckId,
        prompt: "Where is Everest?",
        answer: "Nepal",
        wrongOptions: "Peru",
        citation: { ...citation, end: 10 ** 6 },
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const { itemId } = await addItem(teacher, {
      deckId: deck.deckId,
      prompt: "Which country shares Everest with China?",
      answer: "Nepal",
      wrongOptions: "Peru\nChile\nSpain",
      citation,
    });
    const d = await curation(teacher, deck.deckId);
    expect(d.items.at(-1)).toMatchObject({
      id: itemId,
      manual: true,
      approved: true,
      prompt: "Which country shares Everest with China?",
    });
    expect(d.items.at(-1)!.citations[0]!.quote).toBe("Mount Everest lies on the border of Nepal and China.");
  });
});

describe("a deck hidden from students", () => {
  it("cannot be opened, quizzed or reviewed by the class's students, while its assignments still run", async () => {
    const hidden = await makeClassDeck("Hidden facts", { owner: teacher, shareWith: classId });
    await expect(setDeckHidden(ann, hidden.deckId, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // shared with the class: its members open it
    expect((await requireDeck(ann, hidden.deckId)).id).toBe(hidden.deckId);
    const { id } = await createAssignment(teacher, {
      classId,
      deckId: hidden.deckId,
      title: "Graded",
      questionCount: 2,
      opensAt: T0,
      dueAt: at(DAY),
      hideDeck: true,
    });
    expect((await requireDeck(teacher, hidden.deckId)).hiddenFromStudents).toBe(true);
    expect((await listDecks(teacher)).items.map((d) => d.id)).toContain(hidden.deckId);
    for (const student of [ann, outsider]) {
      expect((await listDecks(student)).items.map((d) => d.id)).not.toContain(hidden.deckId);
      await expect(requireDeck(student, hidden.deckId)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(startQuiz(student, { deckId: hidden.deckId, count: 2 })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(getReviewQueue(student, { deckId: hidden.deckId }, at(1))).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      const queue = await getReviewQueue(student, {}, at(1));
      expect(queue.card === null || !hidden.itemIds.includes(queue.card.itemId)).toBe(true);
    }
    expect((await requireDocument(ann, hidden.documentId)).decks).toEqual([]);
    // the class's students still take the assignment
    const { attemptId } = await startAssignment(ben, id, at(1), 3);
    expect((await requireAttempt(ben, attemptId, at(1))).current).not.toBeNull();
    // shown again: the class's members open it; someone outside the class still does not
    await setDeckHidden(teacher, hidden.deckId, false);
    expect((await requireDeck(ann, hidden.deckId)).id).toBe(hidden.deckId);
    await expect(requireDeck(outsider, hidden.deckId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
