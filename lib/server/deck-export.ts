// Exporting a deck to a file (Anki, Quizlet, Moodle, QTI, CSV): only a deck the person may open
// (deck.read, the deck page's own check), all its active items or only the approved ones, and never
// an item an assignment keeps secret from them (the deck page withholds the same ones).
import "server-only";
import { z } from "zod";
import { EXPORT_FORMATS, exportDeck, fileStem, type ExportDeck, type ItemType } from "@/lib/interop";
import { AppError, notFound } from "@/lib/errors";
import { db } from "./db";
import { citationGroups, citationSelect } from "./citations";
import { authorizeDeck } from "./access";
import { embargoFor, notEmbargoed } from "./embargo";
import type { SessionUser } from "./accounts";

export const exportRequestSchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `Choose a format: ${EXPORT_FORMATS.join(", ")}.` }),
  scope: z.enum(["all", "approved"]).default("all"),
});
export type ExportRequest = z.input<typeof exportRequestSchema>;

/** The deck as the export formats see it. `viewer` "cli" is the command line (any deck not deleted). */
export async function loadExportDeck(
  viewer: SessionUser | "cli",
  deckId: string,
  scope: "all" | "approved",
  now: Date = new Date(),
): Promise<ExportDeck> {
  if (viewer !== "cli") await authorizeDeck(viewer, deckId, "deck.read");
  const secret = viewer === "cli" ? {} : notEmbargoed(await embargoFor(viewer, now));
  const deck = await db().deck.findUnique({
    where: { id: deckId, deletedAt: null },
    select: {
      id: true,
      title: true,
      items: {
        where: { status: "active", ...(scope === "approved" ? { approvedAt: { not: null } } : {}), ...secret },
        orderBy: { position: "asc" },
        select: {
          id: true,
          type: true,
          kind: true,
          prompt: true,
          answer: true,
          options: true,
          score: true,
          version: true,
          approvedAt: true,
          status: true,
          citations: citationSelect,
        },
      },
    },
  });
  if (!deck) throw notFound("This deck");
  if (deck.items.length === 0)
    throw new AppError(
      "INVALID_INPUT",
      scope === "approved"
        ? "This deck has no approved items yet. Approve items when you review the deck, or export all items."
        : "This deck has no items to export.",
    );
  const cites = await citationGroups(deck.items.map((i) => i.citations));
  return {
    id: deck.id,
    title: deck.title,
    items: deck.items.map((i, k) => ({
      key: i.id,
      type: i.type as ItemType,
      kind: i.kind,
      prompt: i.prompt,
      answer: i.answer,
      options: JSON.parse(i.options) as string[],
      citations: (cites[k] ?? []).map((c) => ({
        documentId: c.documentId ?? undefined,
        documentTitle: c.documentTitle,
        quote: c.quote,
        start: c.start,
        end: c.end,
      })),
      status: i.status,
      approved: i.approvedAt !== null,
      version: i.version,
      score: i.score,
    })),
  };
}

export interface DeckFile {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export async function exportDeckFile(
  viewer: SessionUser | "cli",
  deckId: string,
  input: ExportRequest,
  now: Date = new Date(),
): Promise<DeckFile> {
  const parsed = exportRequestSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Invalid export request.");
  const { format, scope } = parsed.data;
  const deck = await loadExportDeck(viewer, deckId, scope, now);
  const file = await exportDeck(deck, format, now);
  return {
    filename: `${fileStem(deck.title)}${scope === "approved" ? "-approved" : ""}${file.extension}`,
    contentType: file.contentType,
    bytes: file.bytes,
  };
}
