// Formatting kept at ingest reaches the engine: upload -> Document.spans -> SourceDocument.spans.
import { describe, expect, it, vi } from "vitest";
import type { SourceDocument } from "@/lib/generate";
import { db } from "./db";
import { buildDeck } from "./decks";
import { addDocument } from "./documents";
import { makeUser } from "./testing/fixtures";

const handed: SourceDocument[][] = [];
vi.mock("@/lib/generate", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/generate")>();
  return {
    ...real,
    generateDeck: (docs: SourceDocument[], options: Parameters<typeof real.generateDeck>[1]) => {
      handed.push(docs);
      return real.generateDeck(docs, options);
    },
  };
});

const MARKDOWN = [
  "# The Cell",
  "",
  "A **cell** is the smallest unit of life. The *nucleus* holds the genetic material of the cell.",
  "",
  "## Organelles",
  "",
  "- **Mitochondria** produce most of the chemical energy of the cell.",
  "- Ribosomes build proteins from amino acids in the cytoplasm.",
].join("\n");

describe("formatting spans from upload to the engine", () => {
  it("stores the spans of an uploaded Markdown file and hands them to the engine when a deck is built", async () => {
    const u = await makeUser("instructor");
    const added = await addDocument(
      { kind: "file", fileName: `cell-${Date.now()}.md`, bytes: new TextEncoder().encode(MARKDOWN) },
      u,
    );
    expect(added.status).toBe("added");

    const stored = await db().document.findUniqueOrThrow({
      where: { id: added.document.id },
      select: { text: true, spans: true },
    });
    const spans = JSON.parse(stored.spans) as { start: number; end: number; kind: string }[];
    const text = (kind: string) => spans.filter((s) => s.kind === kind).map((s) => stored.text.slice(s.start, s.end));
    expect(text("heading")).toEqual(["The Cell", "Organelles"]);
    expect(text("bold")).toEqual(["cell", "Mitochondria"]);
    expect(text("italic")).toEqual(["nucleus"]);
    expect(text("item")).toHaveLength(2);

    handed.length = 0;
    await buildDeck({ documentIds: [added.document.id] }, u);
    expect(handed).toHaveLength(1);
    const source = handed[0]![0]!;
    expect(source.text).toBe(stored.text);
    expect(source.spans).toEqual(spans);
  });

  it("a term the upload sets in bold, once, is asked in the sentence that introduces it", async () => {
    const section = [
      "# Signals of Quality",
      "",
      "Buyers of used cars rarely know the history of the car they buy, and sellers know more than any buyer does.",
      "",
      "## Remedies in the Labor Market",
      "",
      "The labor market relies on **occupational licenses**, or permits a state issues to practise a trade, to establish quality in skilled work. Employers trust a worker who has passed a state examination in the trade.",
    ].join("\n");
    const u = await makeUser("instructor");
    const added = await addDocument(
      { kind: "file", fileName: `quality-${Date.now()}.md`, bytes: new TextEncoder().encode(section) },
      u,
    );
    const deck = await buildDeck({ documentIds: [added.document.id] }, u);
    const items = await db().item.findMany({ where: { deckId: deck.id }, select: { prompt: true, answer: true } });
    // (the term recurs nowhere and no pattern reads its sentence as a definition: only its bold asks it)
    expect(items).toContainEqual({
      prompt:
        "The labor market relies on _____, or permits a state issues to practise a trade, to establish quality in skilled work.",
      answer: "occupational licenses",
    });
  });

  it("a document whose stored spans are damaged still builds, with no spans", async () => {
    const u = await makeUser("instructor");
    const added = await addDocument(
      {
        kind: "paste",
        title: "Plain",
        text: `Homeostasis is the state of steady internal conditions (${Date.now()}).`,
      },
      u,
    );
    expect(JSON.parse((await db().document.findUniqueOrThrow({ where: { id: added.document.id } })).spans)).toEqual([]);
    await db().document.update({ where: { id: added.document.id }, data: { spans: "{not json" } });
    handed.length = 0;
    await buildDeck({ documentIds: [added.document.id] }, u);
    expect(handed[0]![0]!.spans).toEqual([]);
  });
});
