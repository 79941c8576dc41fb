// What a new account sees first: the starter deck to try (the one built from the most sample
// documents), with how many of its items a quiz can ask.
import "server-only";
import { db } from "./db";
import { QUIZZABLE_TYPES } from "./item-types";
import type { SessionUser } from "./accounts";

export interface StarterDeckView {
  id: string;
  title: string;
  items: number;
  quizzable: number;
  documents: number;
}

/** The starter deck to try first, or null when there is no starter collection. */
export async function getStarterDeck(_viewer: SessionUser): Promise<StarterDeckView | null> {
  const decks = await db().deck.findMany({
    where: { starter: true, deletedAt: null },
    select: { id: true, title: true, _count: { select: { documents: true, items: { where: { status: "active" } } } } },
    take: 200,
  });
  const best = decks.sort(
    (a, b) =>
      b._count.documents - a._count.documents || b._count.items - a._count.items || a.title.localeCompare(b.title),
  )[0];
  if (!best) return null;
  const quizzable = await db().item.count({
    where: { deckId: best.id, status: "active", type: { in: [...QUIZZABLE_TYPES] } },
  });
  return { id: best.id, title: best.title, items: best._count.items, quizzable, documents: best._count.documents };
}
