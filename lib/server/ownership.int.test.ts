// Whose is it (docs/decisions/040): private libraries and decks, the starter collection, sharing
// through classes, duplicates per owner, search and paging, rename and delete (past attempts and
// reviews stay readable), and curation on a copy.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  addDocument,
  deleteDocument,
  requireDocument,
  listDocuments,
  renameDocument,
  setDocumentShared,
} from "./documents";
import { buildDeck, copyDeck, deleteDeck, requireDeck, listDecks, renameDeck, setDeckShared } from "./decks";
import { createClass, requireClass, joinClass } from "./classes";
import { createAssignment } from "./assignments";
import { requireAttempt, startQuiz } from "./quiz";
import { answerQuestion } from "./quiz-answer";
import { getReviewQueue, rateCard } from "./review";
import { getProgress } from "./progress";
import { editItem, requireCurationDeck } from "./curation";
import { db } from "./db";
import { makeUser, sampleFiles } from "./testing/fixtures";
import type { SessionUser } from "./accounts";

// A sample article (the engine needs a real text to find multiple-choice questions), under its own heading.
const SAMPLE = sampleFiles()
  .map((f) => readFileSync(f, "utf8"))
  .sort((a, b) => b.length - a.length)[0]!;
const TEXT = (topic: string) => `${topic}\n\n${SAMPLE}`;
const paste = (title: string, by: SessionUser | "starter", text = TEXT(title)) =>
  addDocument({ kind: "paste", title, text }, by);
const titles = (l: { items: { title: string }[] }) => l.items.map((d) => d.title).sort();

describe("two students see only their own libraries, the starter collection and their classes' shares", () => {
  let ann: SessionUser, bob: SessionUser, teacher: SessionUser;
  let classId: string;

  beforeAll(async () => {
    [ann, bob, teacher] = [await makeUser(), await makeUser(), await makeUser("instructor")];
    await paste("Starter reading", "starter");
    await paste("Ann's notes", ann);
    await paste("Bob's notes", bob);
    const shared = await paste("Class reading", teacher);
    await paste("Teacher's private draft", teacher);
    const c = await createClass(teacher, { name: "History 9" });
    classId = c.id;
    await joinClass(ann, c.joinCode);
    await setDocumentShared(teacher, { documentId: shared.document.id, classId, shared: true });
    const deck = await buildDeck({ documentIds: [shared.document.id], title: "Class deck" }, teacher);
    await setDeckShared(teacher, { deckId: deck.id, classId, shared: true });
    await buildDeck({ documentIds: [(await listDocuments(ann, { q: "Ann" })).items[0]!.id], title: "Ann's deck" }, ann);
  });

  it("lists each library with who owns what", async () => {
    expect(titles(await listDocuments(ann))).toEqual(["Ann's notes", "Class reading", "Starter reading"]);
    expect(titles(await listDocuments(bob))).toEqual(["Bob's notes", "Starter reading"]);
    const owners = Object.fromEntries((await listDocuments(ann)).items.map((d) => [d.title, d.owner]));
    expect(owners).toEqual({
      "Ann's notes": { kind: "yours" },
      "Class reading": { kind: "shared", by: teacher.name, classes: ["History 9"] },
      "Starter reading": { kind: "starter" },
    });
    expect(titles(await listDecks(ann))).toEqual(["Ann's deck", "Class deck"]);
    expect(titles(await listDecks(bob))).toEqual([]);
    const view = await requireClass(ann, classId);
    expect([view.documents.map((d) => d.title), view.decks.map((d) => d.title)]).toEqual([
      ["Class reading"],
      ["Class deck"],
    ]);
  });

  it("does not let Bob open Ann's document or deck, or build a deck from her document", async () => {
    const annDoc = (await listDocuments(ann, { q: "Ann" })).items[0]!;
    const annDeck = (await listDecks(ann, { q: "Ann" })).items[0]!;
    await expect(requireDocument(bob, annDoc.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requireDeck(bob, annDeck.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(buildDeck({ documentIds: [annDoc.id] }, bob)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(startQuiz(bob, { deckId: annDeck.id, count: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // nor can her teacher: a student's deck is not the class's
    await expect(requireDeck(teacher, annDeck.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requireCurationDeck(teacher, annDeck.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("finds duplicates per owner: Bob adding Ann's text gets his own document", async () => {
    const annDoc = (await listDocuments(ann, { q: "Ann" })).items[0]!;
    const text = (await requireDocument(ann, annDoc.id)).text;
    const bobs = await addDocument({ kind: "paste", title: "Same text", text }, bob);
    expect(bobs.status).toBe("added");
    expect(bobs.document.id).not.toBe(annDoc.id);
    expect(await addDocument({ kind: "paste", title: "Again", text }, bob)).toEqual({
      status: "duplicate",
      document: bobs.document,
    });
    expect(await addDocument({ kind: "paste", title: "Again", text }, ann)).toEqual({
      status: "duplicate",
      document: { id: annDoc.id, title: "Ann's notes" },
    });
  });

  it("searches titles (any case) and pages long lists", async () => {
    const carl = await makeUser();
    for (let i = 1; i <= 7; i++) await paste(`Lecture ${i}`, carl);
    await paste("Reading list", carl);
    expect(titles(await listDocuments(carl, { q: "lecTURE" }))).toHaveLength(7);
    const p1 = await listDocuments(carl, { q: "lecture", pageSize: 3 });
    expect([p1.page, p1.pages, p1.total, p1.items.length]).toEqual([1, 3, 7, 3]);
    const p3 = await listDocuments(carl, { q: "lecture", pageSize: 3, page: "3" });
    expect(p3.items.map((d) => d.title)).toEqual(["Lecture 1"]); // newest first
    expect((await listDocuments(carl, { q: "lecture", pageSize: 3, page: "99" })).page).toBe(3);
  });
});

describe("rename and delete", () => {
  it("renames only your own document or deck, within the same limits as the forms", async () => {
    const [ann, bob] = [await makeUser(), await makeUser()];
    const d = await paste("Draft", ann);
    await expect(renameDocument(bob, { documentId: d.document.id, title: "Mine now" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(renameDocument(ann, { documentId: d.document.id, title: "x".repeat(201) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Keep the title under 200 characters.",
    });
    expect(await renameDocument(ann, { documentId: d.document.id, title: "  Final  " })).toEqual({
      id: d.document.id,
      title: "Final",
    });
    const deck = await buildDeck({ documentIds: [d.document.id] }, ann);
    await expect(renameDeck(bob, { deckId: deck.id, title: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await renameDeck(ann, { deckId: deck.id, title: "My deck" })).title).toBe("My deck");
    const starter = await paste("Starter text", "starter");
    await expect(renameDocument(ann, { documentId: starter.document.id, title: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("starter collection"),
    });
  });

  it("deleting a document keeps its decks, their citations (quote kept, marked deleted) and past quizzes readable", async () => {
    const ann = await makeUser();
    const d = await paste("Doomed", ann);
    const deck = await buildDeck({ documentIds: [d.document.id] }, ann);
    const { attemptId } = await startQuiz(ann, { deckId: deck.id, count: 1 }, 1);
    const q = (await requireAttempt(ann, attemptId)).current!;
    const key = (await db().attemptQuestion.findUniqueOrThrow({ where: { id: q.id }, select: { answer: true } }))
      .answer!;
    await answerQuestion(ann, { attemptId, questionId: q.id, chosen: key });
    const before = await requireDeck(ann, deck.id);
    const quote = before.items[0]!.citations[0]!.quote;
    expect(await deleteDocument(ann, d.document.id)).toMatchObject({ title: "Doomed" });
    await expect(requireDocument(ann, d.document.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().document.count({ where: { id: d.document.id } })).toBe(0); // the text is gone
    const after = await requireDeck(ann, deck.id);
    expect(after.items.map((i) => i.prompt)).toEqual(before.items.map((i) => i.prompt));
    expect(after.items[0]!.citations[0]).toMatchObject({
      documentId: null,
      documentTitle: "Doomed",
      deleted: true,
      quote,
    });
    expect(after.documents).toEqual([]);
    const review = (await requireAttempt(ann, attemptId)).review[0]!;
    expect(review).toMatchObject({ correct: true, correctAnswer: key });
    expect(review.citations[0]).toMatchObject({ deleted: true, documentTitle: "Doomed" });
  });

  it("deleting a deck takes it out of lists, quizzes and review, and keeps past attempts and reviews", async () => {
    const ann = await makeUser();
    const d = await paste("Kept", ann);
    const deck = await buildDeck({ documentIds: [d.document.id] }, ann);
    const { attemptId } = await startQuiz(ann, { deckId: deck.id, count: 1 }, 1);
    const first = (await db().item.findFirstOrThrow({ where: { deckId: deck.id }, select: { id: true } })).id;
    await rateCard(ann, { itemId: first, rating: 3, clientKey: `k-${Date.now()}` }, new Date());
    await deleteDeck(ann, deck.id);
    expect((await listDecks(ann)).items.map((x) => x.id)).not.toContain(deck.id);
    await expect(requireDeck(ann, deck.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(startQuiz(ann, { deckId: deck.id, count: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getReviewQueue(ann, { deckId: deck.id }, new Date())).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await requireAttempt(ann, attemptId)).current?.prompt).toBeTruthy();
    expect((await getProgress(ann)).attempts.map((a) => a.id)).toContain(attemptId);
    expect(await db().reviewLog.count({ where: { userId: ann.id, itemId: first } })).toBe(1);
  });

  it("refuses to delete a deck behind an assignment", async () => {
    const teacher = await makeUser("instructor");
    const c = await createClass(teacher, { name: "Kept class" });
    const d = await paste("Assigned", teacher);
    const deck = await buildDeck({ documentIds: [d.document.id] }, teacher);
    await createAssignment(teacher, {
      classId: c.id,
      deckId: deck.id,
      questionCount: 1,
      opensAt: new Date(),
      dueAt: new Date(Date.now() + 86_400_000),
    });
    await expect(deleteDeck(teacher, deck.id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Kept class"),
    });
  });
});

describe("curation changes only the instructor's own deck", () => {
  it("curates a starter deck on a copy, leaving the starter deck and everyone else's decks as they were", async () => {
    const [teacher, other] = [await makeUser("instructor"), await makeUser("instructor")];
    const s = await paste("Starter for curation", "starter");
    const starter = await buildDeck({ documentIds: [s.document.id] }, "starter");
    expect(await requireCurationDeck(teacher, starter.id)).toMatchObject({ kind: "copy", copyId: null });
    const item = await db().item.findFirstOrThrow({
      where: { deckId: starter.id, type: "mcq" },
      select: { id: true, prompt: true, answer: true },
    });
    await expect(
      editItem(teacher, {
        itemId: item.id,
        prompt: "Changed for everyone?",
        answer: item.answer,
        wrongOptions: "a\nb",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const copy = await copyDeck(teacher, starter.id);
    expect(copy.created).toBe(true);
    expect(await copyDeck(teacher, starter.id)).toEqual({ ...copy, created: false }); // one copy, reused
    expect(await requireCurationDeck(teacher, starter.id)).toMatchObject({ kind: "copy", copyId: copy.id });
    const mine = await db().item.findFirstOrThrow({
      where: { deckId: copy.id, prompt: item.prompt },
      select: { id: true },
    });
    await editItem(teacher, {
      itemId: mine.id,
      prompt: "My wording of the question?",
      answer: item.answer,
      wrongOptions: "Alpha\nBeta",
    });
    expect((await db().item.findUniqueOrThrow({ where: { id: item.id } })).prompt).toBe(item.prompt);
    // another instructor cannot see, let alone curate, the copy
    await expect(requireCurationDeck(other, copy.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      editItem(other, { itemId: mine.id, prompt: "Hijacked question?", answer: item.answer, wrongOptions: "x" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("assigning from a starter deck assigns the instructor's copy, and hiding it touches nobody else", async () => {
    const teacher = await makeUser("instructor");
    const c = await createClass(teacher, { name: "Copy class" });
    const s = await paste("Starter to assign", "starter");
    const starter = await buildDeck({ documentIds: [s.document.id] }, "starter");
    const chosen = await db().item.findMany({
      where: { deckId: starter.id, type: { in: ["mcq", "truefalse"] } },
      orderBy: { position: "asc" },
      take: 2,
      select: { id: true, position: true },
    });
    const a = await createAssignment(teacher, {
      classId: c.id,
      deckId: starter.id,
      itemIds: chosen.map((i) => i.id),
      questionCount: 2,
      opensAt: new Date(),
      dueAt: new Date(Date.now() + 86_400_000),
      hideDeck: true,
    });
    expect(a.deckId).not.toBe(starter.id);
    const row = await db().assignment.findUniqueOrThrow({ where: { id: a.id } });
    const mapped = await db().item.findMany({
      where: { id: { in: JSON.parse(row.itemIds) as string[] } },
      select: { deckId: true, position: true },
    });
    expect(mapped.map((i) => [i.deckId, i.position]).sort()).toEqual(chosen.map((i) => [a.deckId, i.position]).sort());
    expect((await db().deck.findUniqueOrThrow({ where: { id: starter.id } })).hiddenFromStudents).toBe(false);
    expect((await db().deck.findUniqueOrThrow({ where: { id: a.deckId } })).hiddenFromStudents).toBe(true);
  });
});
