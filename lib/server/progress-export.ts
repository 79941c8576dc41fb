// The progress page's downloads: each section as CSV, the same figures the page shows, and
// every review of the caller. Only ever the caller's.
import "server-only";
import { toCsv, type Mastery } from "@/lib/analytics";
import { NotFoundError } from "@/lib/errors";
import { db } from "./db";
import { embargoFor } from "./embargo";
import type { SessionUser } from "./accounts";
import { getProgress, getStudyProgress } from "./progress";

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
