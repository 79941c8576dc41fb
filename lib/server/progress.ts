// Progress: the caller's quiz attempts, accuracy per deck, and spaced-repetition progress
// (streak, calendar, accuracy over time, due forecast, mastery, weakest items). Only ever the caller's.
import "server-only";
import {
  accuracyByDeck,
  currentStreak,
  dueForecast,
  longestStreak,
  masteryOf,
  MASTERED_STABILITY_DAYS,
  reviewCalendar,
  weakest,
  weeklyAccuracy,
  type AccuracyPoint,
  type CalendarDay,
  type DeckAccuracy,
  type DueDay,
  type Mastery,
} from "@/lib/analytics";
import { dayIso, retrievability, studyDay, type DayClock } from "@/lib/scheduling";
import { citationGroups, citationSelect, type CitationView } from "./citations";
import { scorePercent } from "@/lib/grading";
import { db } from "./db";
import { embargoFor, NO_EMBARGO } from "./embargo";
import type { SessionUser } from "./accounts";
import { clockOf } from "./study-days";
import {
  attemptRows,
  dayStatRows,
  deckItemCounts,
  missedCounts,
  progressFacts,
  studiedCards,
  type DayStatRow,
  type DeckItemCounts,
  type StudiedCard,
} from "./progress-reads";
import { progressCache, progressOwner, progressReadsCache } from "./progress-cache";

export interface AttemptSummary {
  id: string;
  deckId: string;
  deckTitle: string;
  status: string;
  total: number;
  answered: number;
  correct: number;
  scorePercent: number;
  startedAt: Date;
  finishedAt: Date | null;
}

/** The caller's quizzes and accuracy per deck. `openDecks`: the decks among them the caller may
 *  still open (a deleted deck, or one hidden behind an assignment, is listed by title only). */
export async function getProgress(
  actor: SessionUser,
): Promise<{ attempts: AttemptSummary[]; decks: DeckAccuracy[]; openDecks: Set<string> }> {
  const attempts = await attemptRows(actor.id);
  const rows = attempts.map((a) => ({
    id: a.id,
    deckId: a.deckId,
    deckTitle: a.deckTitle,
    status: a.status,
    total: a.questionCount,
    answered: a.answered,
    correct: a.correctCount,
    scorePercent: scorePercent(a.correctCount, a.questionCount),
    startedAt: a.startedAt,
    finishedAt: a.finishedAt,
  }));
  return {
    attempts: rows,
    decks: accuracyByDeck(rows),
    openDecks: new Set(attempts.filter((a) => a.deckOpen).map((a) => a.deckId)),
  };
}

export interface WeakItem {
  itemId: string;
  deckId: string;
  prompt: string;
  answer: string;
  kind: string;
  /** predicted chance of recalling it a day from now (FSRS retrievability) */
  recallTomorrowPercent: number;
  /** answers rated Again (a wrong quiz answer counts) out of every review of it */
  missed: number;
  reps: number;
  /** FSRS lapses: forgotten after it had been learned */
  lapses: number;
  due: Date;
  citations: CitationView[];
}
export interface StudyProgress {
  /** the person's study day, and the clock that counts their days */
  today: string;
  clock: DayClock;
  timeZoneKnown: boolean;
  totals: { cards: number; reviews: number; dueNow: number; mastered: number };
  streak: { current: number; longest: number; reviewedToday: boolean };
  calendar: CalendarDay[];
  accuracy: AccuracyPoint[];
  dueForecast: DueDay[];
  masteryByDocument: Mastery[];
  masteryByKind: Mastery[];
  weakest: WeakItem[];
}

export const KIND_LABEL: Record<string, string> = {
  person: "People",
  org: "Organisations",
  place: "Places",
  date: "Dates",
  number: "Numbers",
  money: "Money",
  quote: "Quotes",
  term: "Terms",
  cause: "Causes",
  other: "Other facts",
};

/** Spaced-repetition progress: read from the caller's cards (one row per item studied) and the
 *  per-day counts, never by scanning the review history. Served from the per-student cache
 *  while nothing it is computed from has changed (progress-cache.ts): what the student may open
 *  and what an assignment withholds are read on every call, so neither is ever stale. */
export async function getStudyProgress(actor: SessionUser, now: Date): Promise<StudyProgress> {
  const facts = await progressFacts(actor.id);
  const decks = facts?.decks ?? [];
  // Only a class member can have an assignment keeping items secret (docs/decisions/040).
  const embargo = facts?.inClass ? await embargoFor(actor, now) : NO_EMBARGO;
  const secret = embargo.empty
    ? []
    : (
        await db().item.findMany({
          where: { cards: { some: { userId: actor.id } }, ...embargo.where },
          select: { id: true },
        })
      )
        .map((i) => i.id)
        .sort();
  const clock = clockOf(facts ?? { timeZone: null, dayStartHour: 0 });
  const today = studyDay(now, clock);
  const key = JSON.stringify([facts, secret, today]);
  const owner = progressOwner(actor.id);
  const cached = progressCache<StudyProgress>().get(owner, key, now);
  if (cached) return cached;
  const p = {
    clock,
    today,
    retention: facts?.retention ?? 0.9,
    timeZoneKnown: !!facts?.timeZone,
    deckIds: decks.map((d) => d.id),
    withheld: new Set(secret),
  };
  // The figures are a minute old: under the same key the rows they came from are unchanged, so
  // only the clock's part (recall, what is due, the weakest) is worked out again.
  const reads =
    progressReadsCache<ProgressReads>().get(owner, key, now) ??
    progressReadsCache<ProgressReads>().set(owner, key, now, await readProgress(actor.id, p));
  return progressCache<StudyProgress>().set(owner, key, now, await computeStudyProgress(actor.id, now, p, reads));
}

/** The rows the figures are computed from: they depend on the key only, not on the clock. */
interface ProgressReads {
  stats: DayStatRow[];
  streakStats: DayStatRow[];
  rows: StudiedCard[];
  counts: DeckItemCounts;
}

async function readProgress(userId: string, p: ProgressInputs): Promise<ProgressReads> {
  const [stats, rows, counts] = await Promise.all([
    dayStatRows(userId, p.today - 400),
    studiedCards(userId),
    // Denominators: every active item of the decks the student studies, by kind and by document.
    deckItemCounts(p.deckIds),
  ]);
  // The streak can be longer than the 400 days read above: then read every day.
  const streakStats = currentStreak(stats, p.today) >= 390 ? await dayStatRows(userId) : stats;
  return { stats, streakStats, rows, counts };
}

interface ProgressInputs {
  clock: DayClock;
  today: number;
  retention: number;
  timeZoneKnown: boolean;
  /** the decks the student has cards in and may still open */
  deckIds: string[];
  /** items an assignment keeps secret from the student */
  withheld: Set<string>;
}

async function computeStudyProgress(
  userId: string,
  now: Date,
  p: ProgressInputs,
  { stats, streakStats, rows, counts }: ProgressReads,
): Promise<StudyProgress> {
  const { clock, today, deckIds } = p;
  const readable = new Set(deckIds);
  const opts = { retention: p.retention };
  // Only cards of decks the student may still open, and none an assignment keeps secret (040).
  const live = rows.filter((c) => readable.has(c.deckId) && !p.withheld.has(c.itemId));
  const scored = live.map((c) => ({ ...c, recall: retrievability(c, now, opts) }));
  // The weakest are the cards most likely forgotten by tomorrow: a card just answered wrong is
  // still fresh now (recall near 100%) but has a short memory, so it ranks weak (decision 061).
  const tomorrow = new Date(now.getTime() + 86_400_000);
  const weak = weakest(
    scored.map((c) => ({ ...c, recall: retrievability(c, tomorrow, opts) })),
    10,
  );
  const weakestOut = await weakItems(userId, weak);
  const { masteryByKind, masteryByDocument } = masteryFigures(scored, counts);
  // "This year": the 365 days the calendar shows.
  const reviews = stats.reduce((n, s) => n + (s.day > today - 365 ? s.reviews : 0), 0);
  return {
    today: dayIso(today),
    clock,
    timeZoneKnown: p.timeZoneKnown,
    totals: {
      cards: live.length,
      reviews,
      dueNow: live.filter((c) => c.due <= now).length,
      mastered: scored.filter((c) => c.stability >= MASTERED_STABILITY_DAYS).length,
    },
    streak: {
      current: currentStreak(streakStats, today),
      longest: longestStreak(streakStats),
      reviewedToday: stats.some((s) => s.day === today && s.reviews > 0),
    },
    calendar: reviewCalendar(stats, today, 365),
    accuracy: weeklyAccuracy(stats, today, 52),
    dueForecast: dueForecast(
      live.map((c) => c.due),
      now,
      clock,
      30,
    ),
    masteryByDocument,
    masteryByKind,
    weakest: weakestOut,
  };
}

type Scored = { kind: string; documentId: string | null; recall: number; stability: number };

/** Mastery by kind and by document: the studied cards, and the items not studied yet. */
function masteryFigures(scored: readonly Scored[], counts: DeckItemCounts) {
  const docTitle = new Map(counts.byDocument.map((d) => [d.documentId, d.title]));
  const docLabel = (id: string) => docTitle.get(id) ?? "A document no longer in your decks";
  const kindLabel = (k: string) => KIND_LABEL[k] ?? k;
  return {
    masteryByKind: masteryOf(
      scored.map((c) => ({ group: c.kind, label: kindLabel(c.kind), recall: c.recall, stability: c.stability })),
      counts.byKind.map((k) => ({ group: k.kind, label: kindLabel(k.kind), n: k.n })),
    ),
    masteryByDocument: masteryOf(
      scored.flatMap((c) =>
        c.documentId
          ? [{ group: c.documentId, label: docLabel(c.documentId), recall: c.recall, stability: c.stability }]
          : [],
      ),
      counts.byDocument.map((d) => ({ group: d.documentId, label: d.title, n: d.n })),
    ),
  };
}

/** The weakest cards with their items' text, citations and how often each was missed. */
async function weakItems(
  userId: string,
  weak: readonly { itemId: string; recall: number; lapses: number; reps: number; due: Date }[],
): Promise<WeakItem[]> {
  if (weak.length === 0) return [];
  const ids = weak.map((w) => w.itemId);
  const [items, missedBy] = await Promise.all([
    db().item.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        deckId: true,
        prompt: true,
        answer: true,
        kind: true,
        citations: citationSelect,
      },
    }),
    missedCounts(userId, ids),
  ]);
  const cites = await citationGroups(items.map((i) => i.citations));
  const byId = new Map(items.map((i, k) => [i.id, { ...i, views: cites[k] ?? [] }]));
  return weak.flatMap((w) => {
    const i = byId.get(w.itemId);
    if (!i) return [];
    return [
      {
        itemId: i.id,
        deckId: i.deckId,
        prompt: i.prompt,
        answer: i.answer,
        kind: i.kind,
        recallTomorrowPercent: Math.round(w.recall * 100),
        missed: missedBy.get(w.itemId) ?? 0,
        lapses: w.lapses,
        reps: w.reps,
        due: w.due,
        citations: i.views,
      },
    ];
  });
}
