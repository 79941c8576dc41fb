import { readAnkiPackage } from "anki-reader";
import { parse } from "gift-pegjs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDeck, deleteDeck, requireDeck, setDeckShared } from "./decks";
import { addDocument } from "./documents";
import { exportDeckFile } from "./deck-export";
import { importDeck } from "./deck-import";
import { approveItem, setDeckHidden } from "./curation";
import { requireAttempt, startQuiz } from "./quiz";
import { answerQuestion } from "./quiz-answer";
import { createClass, joinClass } from "./classes";
import { createAssignment } from "./assignments";
import { db } from "./db";
import { addSample, makeUser, sampleFiles } from "./testing/fixtures";
import type { SessionUser } from "./accounts";
import { AppError } from "@/lib/errors";

const enc = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const error = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) =>
      e instanceof AppError ? { code: e.code, message: e.message } : { code: "OTHER", message: String(e) },
  );

const SOURCE = [
  "Almaty was the capital of Kazakhstan until 1997.",
  "The capital then moved to Astana, a city on the Ishim River.",
  "Ethnic Kazakhs made up around 40 percent of the population in 1991.",
  "The Baikonur Cosmodrome is leased to Russia.",
].join(" ");

describe("deck export and import against the database", () => {
  let student: SessionUser;
  let teacher: SessionUser;
  let docId: string;

  beforeAll(async () => {
    student = await makeUser();
    teacher = await makeUser("instructor");
    docId = (await addDocument({ kind: "paste", title: "Kazakhstan notes", text: SOURCE }, teacher)).document.id;
  });

  it("imports a GIFT bank into a new deck: the sentence holding an answer becomes its citation, the rest is uncited", async () => {
    const gift = [
      "$CATEGORY: $course$/top/Geography quiz",
      "",
      "::c1::Which city was the capital of Kazakhstan until 1997?{=Almaty ~Astana ~Shymkent}",
      "",
      "::c2::On which river is the new capital, Astana?{=Ishim}",
      "",
      "::c3::Ethnic Kazakhs made up around 50 percent of the population in 1991.{FALSE}",
      "",
      "::u1::Who wrote the Kazakh national anthem?{=Nursultan Nazarbayev}",
    ].join("\n");
    const before = await db().deck.count();
    const r = await importDeck(teacher, { fileName: "geo.gift", bytes: enc(gift) });
    expect(r).toMatchObject({ title: "Geography quiz", itemCount: 4, citedCount: 3, uncitedCount: 1 });
    expect(await db().deck.count()).toBe(before + 1);
    const deck = await requireDeck(teacher, r.deckId);
    expect(deck.documents).toEqual([{ id: docId, title: "Kazakhstan notes" }]);
    expect(deck.items.map((i) => [i.type, i.answer, i.citations.map((c) => c.quote)])).toEqual([
      ["mcq", "Almaty", ["Almaty was the capital of Kazakhstan until 1997."]],
      ["flashcard", "Ishim", ["The capital then moved to Astana, a city on the Ishim River."]],
      ["truefalse", "False", ["Ethnic Kazakhs made up around 40 percent of the population in 1991."]],
      ["flashcard", "Nursultan Nazarbayev", []],
    ]);
    expect(deck.warnings.join(" ")).toMatch(/1 of 4 imported items are uncited/);
    const stored = await db().deck.findUniqueOrThrow({
      where: { id: r.deckId },
      select: { importedFrom: true, createdById: true },
    });
    expect(stored).toEqual({ importedFrom: "Moodle GIFT file “geo.gift”", createdById: teacher.id });
    // Only documents the importer may open count: the teacher's private notes prove nothing for a student.
    const theirs = await importDeck(student, { fileName: "geo.gift", bytes: enc(gift) });
    expect(theirs).toMatchObject({ itemCount: 4, citedCount: 0, uncitedCount: 4 });
  });

  it("refuses the same file twice, a GIFT syntax error (with its line), a corrupt package and an empty bank, leaving nothing behind", async () => {
    const bank = enc("Which city was the capital until 1997?{=Almaty ~Astana}");
    const first = await importDeck(student, { fileName: "one.gift", bytes: bank });
    const decks = await db().deck.count();
    const items = await db().item.count();
    expect(await error(importDeck(student, { fileName: "again.gift", bytes: bank }))).toEqual({
      code: "DUPLICATE",
      message: expect.stringMatching(/^“again.gift” was already imported on \d{4}-\d\d-\d\d as the deck “one”/),
    });
    expect(
      await error(
        importDeck(student, { fileName: "bad.gift", bytes: enc("::a::Fine {=x ~y}\n\n::b::Broken {=x ~y\n") }),
      ),
    ).toEqual({
      code: "INVALID_INPUT",
      message: expect.stringMatching(
        /^Line 3: a question's answers must be inside \{ and \}.* Nothing was imported\.$/,
      ),
    });
    expect(
      await error(
        importDeck(student, { fileName: "deck.apkg", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }),
      ),
    ).toMatchObject({ code: "INVALID_INPUT", message: expect.stringMatching(/not a readable zip archive/) });
    expect(await error(importDeck(student, { fileName: "essay.gift", bytes: enc("Discuss.{}") }))).toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringMatching(/^No questions CiteDeck can use were found/),
    });
    expect(await db().deck.count()).toBe(decks);
    expect(await db().item.count()).toBe(items);
    // Another person may import the same file: duplicates are per person; and once the first
    // deck is deleted, its owner may import the file again.
    expect((await importDeck(teacher, { fileName: "one.gift", bytes: bank })).itemCount).toBe(1);
    await deleteDeck(student, first.deckId);
    expect((await importDeck(student, { fileName: "one.gift", bytes: bank })).itemCount).toBe(1);
  });

  it("an uncited imported question is graded by the imported key, and its feedback carries no citation", async () => {
    const r = await importDeck(student, {
      fileName: "uncited.gift",
      bytes: enc("Which planet has the moon Titan?{=Saturn ~Mars ~Venus}"),
    });
    expect(r.uncitedCount).toBe(1);
    const { attemptId } = await startQuiz(student, { deckId: r.deckId, count: 1 }, 1);
    const q = (await requireAttempt(student, attemptId)).current!;
    const fb = await answerQuestion(student, { attemptId, questionId: q.id, chosen: "Saturn" });
    expect(fb.correct).toBe(true);
    expect(fb.citations).toEqual([]);
  });

  it("exports only a deck the person may open, only approved items when asked, and never what an assignment keeps secret", async () => {
    const r = await importDeck(teacher, {
      fileName: "curated.gift",
      bytes: enc(
        "::a::Which city was the capital until 1997?{=Almaty ~Astana}\n\n::b::What is leased to Russia?{=The Baikonur Cosmodrome ~Astana}",
      ),
    });
    expect(await error(exportDeckFile(teacher, r.deckId, { format: "gift", scope: "approved" }))).toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringMatching(/no approved items yet/),
    });
    const items = await db().item.findMany({ where: { deckId: r.deckId }, orderBy: { position: "asc" } });
    await approveItem(teacher, items[1]!.id);
    const approved = await exportDeckFile(teacher, r.deckId, { format: "gift", scope: "approved" });
    expect(approved.filename).toBe("curated-approved.gift.txt");
    const stems = (b: Uint8Array) =>
      parse(text(b))
        .filter((q) => q.type !== "Category")
        .map((q) => ("stem" in q ? q.stem.text : ""));
    expect(stems(approved.bytes)).toEqual(["What is leased to Russia?"]);

    // A student sees the deck only once it is shared with their class.
    expect(await error(exportDeckFile(student, r.deckId, { format: "csv" }))).toMatchObject({ code: "NOT_FOUND" });
    const cls = await createClass(teacher, { name: "Geo 101" });
    await joinClass(student, cls.joinCode);
    await setDeckShared(teacher, { deckId: r.deckId, classId: cls.id, shared: true });
    expect(stems((await exportDeckFile(student, r.deckId, { format: "gift" })).bytes)).toEqual([
      "Which city was the capital until 1997?",
      "What is leased to Russia?",
    ]);
    // An assignment on the first question keeps it out of the student's export until its answers are shown.
    const now = Date.now();
    await createAssignment(teacher, {
      classId: cls.id,
      deckId: r.deckId,
      itemIds: [items[0]!.id],
      questionCount: 1,
      opensAt: new Date(now - 3600_000).toISOString(),
      dueAt: new Date(now + 86400_000).toISOString(),
      feedback: "after_due",
    });
    expect(stems((await exportDeckFile(student, r.deckId, { format: "gift" })).bytes)).toEqual([
      "What is leased to Russia?",
    ]);
    expect(stems((await exportDeckFile(teacher, r.deckId, { format: "gift" })).bytes)).toHaveLength(2);
    await setDeckHidden(teacher, r.deckId, true);
    expect(await error(exportDeckFile(student, r.deckId, { format: "csv" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await error(exportDeckFile(teacher, r.deckId, { format: "docx" as never }))).toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});

describe("round trips on a deck built by the engine", () => {
  let user: SessionUser;
  let deckId: string;

  beforeAll(async () => {
    user = await makeUser();
    const doc = await addSample(sampleFiles()[0]!);
    deckId = (await buildDeck({ documentIds: [doc.document.id], title: 'Kazakhstan: "Steppe" {notes}' }, user)).id;
  });

  it("a student's Anki export opens in an independent reader with every card and its citation", async () => {
    const deck = await requireDeck(user, deckId);
    const file = await exportDeckFile(user, deckId, { format: "apkg" });
    expect(file.filename).toBe("Kazakhstan-Steppe-notes.apkg");
    const { collection } = await readAnkiPackage(new Blob([new Uint8Array(file.bytes)]));
    const ankiDeck = Object.values(collection.getDecks()).find((d) => d.getName() === deck.title)!;
    const cards = Object.values(ankiDeck.getCards());
    expect(cards).toHaveLength(deck.items.length);
    const citations = cards.map((c) => c.getFields().Citation ?? "");
    for (const item of deck.items) {
      const quote = item.citations[0]!.quote.replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;")
        .replace(/[{}]/g, (ch) => `&#${ch.charCodeAt(0)};`);
      expect(citations.some((c) => c.includes(quote) && c.includes(item.citations[0]!.documentTitle))).toBe(true);
    }
  });

  for (const format of ["gift", "apkg", "moodle-xml", "tsv", "csv"] as const) {
    it(`exported as ${format} and imported again, the deck has the same items with the same citations`, async () => {
      const original = await requireDeck(user, deckId);
      const file = await exportDeckFile(user, deckId, { format });
      const r = await importDeck(user, { fileName: file.filename, bytes: file.bytes });
      const copy = await requireDeck(user, r.deckId);
      const view = (d: typeof original) =>
        d.items.map((i) => ({
          type: i.type,
          kind: i.kind,
          prompt: i.prompt,
          answer: i.answer,
          options: i.options,
          cite: i.citations.map((c) => `${c.documentId}:${c.start}-${c.end}`),
        }));
      expect(view(copy)).toEqual(view(original));
      expect(r.uncitedCount).toBe(0);
    });
  }
});
