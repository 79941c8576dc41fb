// Study fixtures: a document and a deck of items written straight to the database (no
// generation engine), so review tests control every item.
import { db } from "../db";

let n = 0;
const KINDS = ["person", "date", "number", "place"] as const;
const TYPES = ["flashcard", "mcq", "truefalse", "cloze"] as const;

/** A starter deck (every account sees it) unless `owner` is given. */
export async function makeStudyDeck(opts: {
  items: number;
  title?: string;
  documents?: number;
  owner?: { id: string };
}) {
  n += 1;
  const docCount = opts.documents ?? 1;
  const docs = [];
  for (let d = 0; d < docCount; d++) {
    const sentences = Array.from(
      { length: Math.ceil(opts.items / docCount) },
      (_, i) => `Fact ${i} of document ${d} in set ${n} is stated here.`,
    );
    docs.push(
      await db().document.create({
        data: {
          title: `Doc ${n}.${d}`,
          text: sentences.join(" "),
          format: "txt",
          contentHash: `study-${n}-${d}-${Date.now()}-${Math.random()}`,
          wordCount: sentences.length * 9,
          addedById: opts.owner?.id ?? null,
          starter: !opts.owner,
        },
        select: { id: true, text: true },
      }),
    );
  }
  const deck = await db().deck.create({
    data: {
      title: opts.title ?? `Study deck ${n}`,
      createdById: opts.owner?.id ?? null,
      starter: !opts.owner,
      documents: { create: docs.map((d) => ({ documentId: d.id })) },
    },
    select: { id: true },
  });
  const items: { id: string; type: string; kind: string; documentId: string; answer: string }[] = [];
  for (let i = 0; i < opts.items; i++) {
    const doc = docs[i % docCount]!;
    const local = Math.floor(i / docCount);
    const sentence = `Fact ${local} of document ${i % docCount} in set ${n} is stated here.`;
    const start = doc.text.indexOf(sentence);
    const type = TYPES[i % TYPES.length]!;
    const answer = type === "truefalse" ? "True" : `Answer ${i}`;
    const item = await db().item.create({
      data: {
        deckId: deck.id,
        position: i,
        type,
        kind: KINDS[i % KINDS.length]!,
        prompt: `Question ${i} of set ${n}?`,
        answer,
        options: type === "mcq" ? JSON.stringify([answer, `Wrong ${i}a`, `Wrong ${i}b`, `Wrong ${i}c`]) : "[]",
        genKey: `k${n}-${i}`,
        citations: { create: [{ documentId: doc.id, start, end: start + sentence.length, position: 0 }] },
      },
      select: { id: true, type: true, kind: true },
    });
    items.push({ ...item, documentId: doc.id, answer });
  }
  return { deckId: deck.id, documentIds: docs.map((d) => d.id), items };
}
