// Progress: the caller's quiz attempts, accuracy per deck, and spaced-repetition progress
// (streak, calendar, accuracy over time, due forecast, mastery, weakest items). Only ever the caller's.
import "server-only";
import {
  accuracyByDeck,
  currentStreak,
  toCsv,
  dueForecast,
  longestStreak,
  masteryBy,
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
import { NotFoundError } from "@/lib/errors";
import { citationGroups, type CitationView } from "./decks";
import { scorePercent } from "@/lib/grading";
import { db } from "./db";
import { readableDecks } from "./access";
import { embargoFor } from "./embargo";
import type { SessionUser } from "./accounts";
import { clockOf } from "./study-days";
import { attemptRows, dayStatRows, deckItemCounts, missedCounts, studiedCards } from "./progress-reads";

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
  const [attempts, open] = await Promise.all([
    attemptRows(actor.id),
    db().deck.findMany({
      where: { attempts: { some: { userId: actor.id } }, ...readableDecks(actor) },
      select: { id: true },
    }),
  ]);
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
  return { attempts: rows, decks: accuracyByDeck(rows), openDecks: new Set(open.map((d) => d.id)) };
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
 *  per-day counts, never by scanning the review history. */
export async function getStudyProgress(actor: SessionUser, now: Date): Promise<StudyProgress> {
  const [user, embargo] = await Promise.all([
    db().user.findUnique({ where: { id: actor.id }, select: { retention: true, timeZone: true, dayStartHour: true } }),
    embargoFor(actor, now),
  ]);
  const clock = clockOf(user ?? { timeZone: null, dayStartHour: 0 });
  const today = studyDay(now, clock);
  const [stats, rows, deckRows, secret] = await Promise.all([
    dayStatRows(actor.id, today - 400),
    studiedCards(actor.id),
    // A relation filter, not an IN list: a year of cards exceeds SQLite's bound-parameter limit.
    db().deck.findMany({
      where: { items: { some: { cards: { some: { userId: actor.id } } } }, ...readableDecks(actor) },
      select: { id: true },
    }),
    embargo.empty
      ? []
      : db().item.findMany({
          where: { cards: { some: { userId: actor.id } }, ...embargo.where },
          select: { id: true },
        }),
  ]);
  const retention = user?.retention ?? 0.9;
  const deckIds = deckRows.map((d) => d.id);
  const readable = new Set(deckIds);
  const withheld = new Set(secret.map((i) => i.id));
  const opts = { retention };
  // Only cards of decks the student may still open, and none an assignment keeps secret (040).
  const live = rows.filter((c) => readable.has(c.deckId) && !withheld.has(c.itemId));
  const scored = live.map((c) => Object.assign(c, { recall: retrievability(c, now, opts) }));
  // The weakest are the cards most likely forgotten by tomorrow: a card just answered wrong is
  // still fresh now (recall near 100%) but has a short memory, so it ranks weak (decision 061).
  const tomorrow = new Date(now.getTime() + 86_400_000);
  const weak = weakest(
    scored.map((c) => ({ ...c, recall: retrievability(c, tomorrow, opts) })),
    10,
  );
  // Denominators: every active item of the decks the student studies, by kind and by document.
  const [counts, weakItems, streakStats, misses] = await Promise.all([
    deckItemCounts(deckIds),
    weak.length
      ? db().item.findMany({
          where: { id: { in: weak.map((w) => w.itemId) } },
          select: {
            id: true,
            deckId: true,
            prompt: true,
            answer: true,
            kind: true,
            citations: {
              orderBy: { position: "asc" },
              select: { documentId: true, start: true, end: true, quote: true, documentTitle: true },
            },
          },
        })
      : [],
    // The streak can be longer than the 400 days read above: then read every day.
    currentStreak(stats, today) >= 390 ? dayStatRows(actor.id) : stats,
    missedCounts(
      actor.id,
      weak.map((w) => w.itemId),
    ),
  ]);
  const missedBy = misses;
  const docTitle = new Map(counts.byDocument.map((d) => [d.documentId, d.title]));
  const studiedKinds = scored.map((c) => ({ group: c.kind, studied: true, recall: c.recall, stability: c.stability }));
  const studiedDocs = scored.flatMap((c) =>
    c.documentId ? [{ group: c.documentId, studied: true, recall: c.recall, stability: c.stability }] : [],
  );
  const pad = (
    studied: { group: string; studied: boolean; recall: number; stability: number }[],
    counts: { key: string; n: number }[],
    label: (k: string) => string,
  ) => {
    const have = new Map<string, number>();
    for (const x of studied) have.set(x.group, (have.get(x.group) ?? 0) + 1);
    const unstudied = counts.flatMap(({ key, n }) =>
      Array.from({ length: Math.max(0, n - (have.get(key) ?? 0)) }, () => ({
        group: key,
        studied: false,
        recall: 0,
        stability: 0,
      })),
    );
    return masteryBy([...studied, ...unstudied].map((x) => ({ ...x, label: label(x.group) })));
  };
  const masteryByKind = pad(
    studiedKinds,
    counts.byKind.map((k) => ({ key: k.kind, n: k.n })),
    (k) => KIND_LABEL[k] ?? k,
  );
  const masteryByDocument = pad(
    studiedDocs,
    counts.byDocument.map((d) => ({ key: d.documentId, n: d.n })),
    (id) => docTitle.get(id) ?? "A document no longer in your decks",
  );

  const cites = await citationGroups(weakItems.map((i) => i.citations));
  const weakById = new Map(weakItems.map((i, k) => [i.id, { ...i, views: cites[k] ?? [] }]));
  const weakestOut = weak.flatMap((w) => {
    const i = weakById.get(w.itemId);
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
  // "This year": the 365 days the calendar shows.
  const reviews = stats.reduce((n, s) => n + (s.day > today - 365 ? s.reviews : 0), 0);
  return {
    today: dayIso(today),
    clock,
    timeZoneKnown: !!user?.timeZone,
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

/** Every review of the caller, for the CSV download (oldest first). */
export async function listReviewHistory(actor: SessionUser) {
  return db().reviewLog.findMany({
    where: { userId: actor.id },
    orderBy: [{ review: "asc" }, { id: "asc" }],
    select: {
      review: true,
      rating: true,
      state: true,
      elapsedDays: true,
      scheduledDays: true,
      durationMs: true,
      source: true,
      item: { select: { id: true, prompt: true, kind: true, deck: { select: { title: true } } } },
    },
  });
}

export const EXPORT_NAMES = [
  "summary",
  "daily",
  "accuracy",
  "due",
  "mastery-documents",
  "mastery-kinds",
  "weakest",
  "reviews",
  "attempts",
] as const;
export type ExportName = (typeof EXPORT_NAMES)[number];
const RATING_NAME = ["", "Again", "Hard", "Good", "Easy"];
const STATE_NAME = ["New", "Learning", "Review", "Relearning"];

/** One section of the progress page as CSV: the same figures the page shows, the caller's only. */
export async function exportProgressCsv(
  actor: SessionUser,
  name: string,
  now: Date,
): Promise<{ filename: string; csv: string }> {
  if (!(EXPORT_NAMES as readonly string[]).includes(name))
    throw new NotFoundError(`There is no "${name}" download. Choose one from the progress page.`);
  const n = name as ExportName;
  const filename = `citedeck-${n}-${now.toISOString().slice(0, 10)}.csv`;
  const mastery = (rows: Mastery[], what: string) =>
    toCsv(
      [what, "items", "studied", "mastered", "mastery_percent", "recall_now_percent"],
      rows.map((r) => [r.label, r.items, r.studied, r.mastered, r.masteryPercent, r.recallPercent]),
    );
  if (n === "reviews") {
    const [rows, embargo] = await Promise.all([listReviewHistory(actor), embargoFor(actor, now)]);
    // A true/false statement is its own answer: prompts an assignment keeps secret are left out.
    const secret = embargo.empty
      ? new Set<string>()
      : new Set(
          (
            await db().item.findMany({
              where: { reviews: { some: { userId: actor.id } }, ...embargo.where },
              select: { id: true },
            })
          ).map((i) => i.id),
        );
    return {
      filename,
      csv: toCsv(
        [
          "reviewed_at_utc",
          "rating",
          "state_before",
          "elapsed_days",
          "scheduled_days",
          "duration_ms",
          "source",
          "item_id",
          "kind",
          "deck",
          "prompt",
        ],
        rows.map((r) => [
          r.review.toISOString(),
          RATING_NAME[r.rating] ?? r.rating,
          STATE_NAME[r.state] ?? r.state,
          r.elapsedDays,
          r.scheduledDays,
          r.durationMs,
          r.source,
          r.item.id,
          r.item.kind,
          r.item.deck.title,
          secret.has(r.item.id) ? "(withheld until your assignment shows its answers)" : r.item.prompt,
        ]),
      ),
    };
  }
  if (n === "attempts") {
    const { attempts } = await getProgress(actor);
    return {
      filename,
      csv: toCsv(
        ["started_at_utc", "deck", "status", "questions", "answered", "correct", "score_percent"],
        attempts.map((a) => [
          a.startedAt.toISOString(),
          a.deckTitle,
          a.status,
          a.total,
          a.answered,
          a.correct,
          a.status === "finished" ? a.scorePercent : "",
        ]),
      ),
    };
  }
  const s = await getStudyProgress(actor, now);
  switch (n) {
    case "summary":
      return {
        filename,
        csv: toCsv(
          ["measure", "value"],
          [
            ["today", s.today],
            ["time_zone", s.clock.timeZone],
            ["day_starts_at_hour", s.clock.dayStartHour],
            ["current_streak_days", s.streak.current],
            ["longest_streak_days", s.streak.longest],
            ["reviews_last_365_days", s.totals.reviews],
            ["cards_studied", s.totals.cards],
            ["due_now", s.totals.dueNow],
            ["mastered", s.totals.mastered],
          ],
        ),
      };
    case "daily":
      return {
        filename,
        csv: toCsv(
          ["date", "reviews"],
          s.calendar.map((d) => [d.date, d.reviews]),
        ),
      };
    case "accuracy":
      return {
        filename,
        csv: toCsv(
          ["week_start", "reviews", "recalled", "accuracy_percent"],
          s.accuracy.map((p) => [p.weekStart, p.reviews, p.passed, p.accuracyPercent]),
        ),
      };
    case "due":
      return {
        filename,
        csv: toCsv(
          ["date", "cards_due"],
          s.dueForecast.map((d) => [d.date, d.due]),
        ),
      };
    case "mastery-documents":
      return { filename, csv: mastery(s.masteryByDocument, "document") };
    case "mastery-kinds":
      return { filename, csv: mastery(s.masteryByKind, "kind") };
    case "weakest":
      return {
        filename,
        csv: toCsv(
          [
            "item_id",
            "kind",
            "prompt",
            "answer",
            "recall_tomorrow_percent",
            "missed",
            "lapses",
            "reviews",
            "due_utc",
            "cited_document",
            "cited_sentence",
          ],
          s.weakest.map((w) => [
            w.itemId,
            w.kind,
            w.prompt,
            w.answer,
            w.recallTomorrowPercent,
            w.missed,
            w.lapses,
            w.reps,
            w.due.toISOString(),
            w.citations[0]?.documentTitle ?? "",
            w.citations[0]?.quote ?? "",
          ]),
        ),
      };
  }
  throw new NotFoundError("Unknown download.");
}
