// A small hand-made deck for class tests: five cited multiple-choice items whose answers and
// options are known, independent of the generation engine.
import { db } from "../db";
import { addDocument } from "../documents";
import type { SessionUser } from "../accounts";

export const CLASS_DOC = [
  "Marie Curie won the Nobel Prize in 1903.",
  "The Eiffel Tower stands in Paris.",
  "Water boils at 100 degrees Celsius at sea level.",
  "The capital of Japan is Tokyo.",
  "Mount Everest lies on the border of Nepal and China.",
].join(" ");

export const CLASS_ITEMS = [
  { prompt: "In which year did Marie Curie win the Nobel Prize?", answer: "1903", wrong: ["1911", "1899", "1920"] },
  { prompt: "In which city does the Eiffel Tower stand?", answer: "Paris", wrong: ["Lyon", "Rome", "Berlin"] },
  { prompt: "At how many degrees Celsius does water boil at sea level?", answer: "100", wrong: ["90", "80", "120"] },
  { prompt: "What is the capital of Japan?", answer: "Tokyo", wrong: ["Kyoto", "Osaka", "Seoul"] },
  {
    prompt: "On which border does Mount Everest lie?",
    answer: "Nepal and China",
    wrong: ["India and China", "Nepal and India", "Bhutan and China"],
  },
];

/** The deck is `owner`'s (shared with the class `shareWith` when given), else a starter deck;
 *  its document is the owner's (shared with that class too), else a starter document. */
export async function makeClassDeck(
  title = "Facts",
  opts: { owner?: SessionUser; shareWith?: string } = {},
): Promise<{ deckId: string; documentId: string; itemIds: string[]; text: string }> {
  const { document } = await addDocument(
    {
      kind: "paste",
      title: `${title} source ${Date.now()}-${Math.random()}`,
      text: `${CLASS_DOC} (${title} ${Math.random()})`,
    },
    opts.owner ?? "starter",
  );
  const deck = await db().deck.create({
    data: {
      title,
      createdById: opts.owner?.id ?? null,
      starter: !opts.owner,
      documents: { create: [{ documentId: document.id }] },
      ...(opts.shareWith ? { classes: { create: [{ classId: opts.shareWith }] } } : {}),
    },
    select: { id: true },
  });
  if (opts.shareWith) await db().classDocument.create({ data: { classId: opts.shareWith, documentId: document.id } });
  const itemIds: string[] = [];
  for (const [position, it] of CLASS_ITEMS.entries()) {
    const sentence = CLASS_DOC.split(/(?<=\.) /)[position]!;
    const start = CLASS_DOC.indexOf(sentence);
    const item = await db().item.create({
      data: {
        deckId: deck.id,
        position,
        type: "mcq",
        kind: "other",
        prompt: it.prompt,
        answer: it.answer,
        options: JSON.stringify([it.answer, ...it.wrong]),
        genKey: `t${position}`,
        citations: { create: [{ documentId: document.id, start, end: start + sentence.length, position: 0 }] },
      },
      select: { id: true },
    });
    itemIds.push(item.id);
  }
  return { deckId: deck.id, documentId: document.id, itemIds, text: CLASS_DOC };
}

/** The key of an attempt question (tests only: the app never sends it to an open question). */
export async function keyOf(questionId: string): Promise<string> {
  const q = await db().attemptQuestion.findUniqueOrThrow({ where: { id: questionId }, select: { answer: true } });
  return q.answer!;
}
