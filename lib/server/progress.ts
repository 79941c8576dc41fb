// Progress (first version): the caller's attempts and accuracy per deck. Only ever the caller's.
import "server-only";
import { accuracyByDeck, type DeckAccuracy } from "@/lib/analytics";
import { scorePercent } from "@/lib/grading";
import { db } from "./db";
import type { SessionUser } from "./accounts";

export interface AttemptSummary { id: string; deckId: string; deckTitle: string; status: string; total: number; answered: number; correct: number; scorePercent: number; startedAt: Date; finishedAt: Date | null }

export async function getProgress(actor: SessionUser): Promise<{ attempts: AttemptSummary[]; decks: DeckAccuracy[] }> {
  const attempts = await db().attempt.findMany({
    where: { userId: actor.id },
    orderBy: { startedAt: "desc" },
    select: { id: true, status: true, questionCount: true, correctCount: true, startedAt: true, finishedAt: true, deck: { select: { id: true, title: true } }, _count: { select: { questions: { where: { answeredAt: { not: null } } } } } },
  });
  const rows = attempts.map((a) => ({
    id: a.id, deckId: a.deck.id, deckTitle: a.deck.title, status: a.status, total: a.questionCount, answered: a._count.questions,
    correct: a.correctCount, scorePercent: scorePercent(a.correctCount, a.questionCount), startedAt: a.startedAt, finishedAt: a.finishedAt,
  }));
  return { attempts: rows, decks: accuracyByDeck(rows) };
}
