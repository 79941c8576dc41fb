import Link from "@/components/link";
import { requireUser } from "@/lib/server/auth";
import { getProgress, getStudyProgress } from "@/lib/server/progress";
import { CitationQuote } from "@/components/citation-link";
import { AccuracyChart, DueChart, MasteryChart } from "@/components/progress-charts";
import { ReviewHeatmap } from "@/components/review-heatmap";
import { formatInZone, hourLabel, plural } from "@/lib/format";
import { pageOf, rangeLabel } from "@/lib/paging";
import { Pager, query } from "@/components/pager";

const QUIZZES_PER_PAGE = 20;

export const metadata = { title: "Progress · CiteDeck" };

const EXPORTS = [
  ["summary", "Summary (streak, totals)"],
  ["daily", "Reviews per day"],
  ["accuracy", "Accuracy per week"],
  ["due", "Cards due, next 30 days"],
  ["mastery-documents", "Mastery by document"],
  ["mastery-kinds", "Mastery by kind of fact"],
  ["weakest", "Weakest items"],
  ["reviews", "Every review"],
  ["attempts", "Quizzes"],
] as const;

export default async function ProgressPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const sp = await searchParams;
  const user = await requireUser(`/progress${query({ quizzes: sp.quizzes })}`);
  const now = new Date();
  const [{ attempts, decks, openDecks }, s] = await Promise.all([getProgress(user), getStudyProgress(user, now)]);
  // the quiz list is paged (newest first); accuracy by deck counts them all
  const quizPage = pageOf(sp.quizzes, attempts.length, QUIZZES_PER_PAGE);
  const shownAttempts = attempts.slice(quizPage.skip, quizPage.skip + quizPage.take);
  return (
    <>
      <h1>Your progress</h1>
      <div className="stat-grid" data-testid="study-stats">
        <p className="stat" data-testid="streak">
          <strong>{plural(s.streak.current, "day")}</strong>current streak
          {s.streak.current > 0 && !s.streak.reviewedToday ? " (review today to keep it)" : ""}
        </p>
        <p className="stat">
          <strong>{s.streak.longest}</strong>longest streak (days)
        </p>
        <p className="stat" data-testid="total-reviews">
          <strong>{s.totals.reviews}</strong>reviews this year
        </p>
        <p className="stat" data-testid="total-cards">
          <strong>{s.totals.cards}</strong>cards studied
        </p>
        <p className="stat" data-testid="due-now">
          <strong>{s.totals.dueNow}</strong>due now {s.totals.dueNow > 0 && <Link href="/review">review</Link>}
        </p>
        <p className="stat">
          <strong>{s.totals.mastered}</strong>mastered
        </p>
      </div>

      <h2>Reviews per day</h2>
      <ReviewHeatmap days={s.calendar.map((d) => ({ date: d.date, reviews: d.reviews }))} />

      <h2>Accuracy over time</h2>
      <AccuracyChart points={s.accuracy} />

      <h2>Cards due in the next 30 days</h2>
      <DueChart days={s.dueForecast} />

      <h2>Mastery by document</h2>
      <MasteryChart rows={s.masteryByDocument} what="document" testId="mastery-documents" />
      <h2>Mastery by kind of fact</h2>
      <MasteryChart rows={s.masteryByKind} what="kind of fact" testId="mastery-kinds" />

      <h2>Your ten weakest items</h2>
      <p className="small muted">
        The cards you are most likely to have forgotten by tomorrow. “Missed” counts the times you rated it Again or
        answered it wrong in a quiz.
      </p>
      {s.weakest.length === 0 ? (
        <p className="muted">Review some cards first: the ones you are most likely to forget will show here.</p>
      ) : (
        <>
          <p>
            <Link
              className="btn"
              data-testid="study-weakest"
              href={`/review?items=${s.weakest.map((w) => w.itemId).join(",")}&since=${now.getTime()}`}
            >
              Study these {s.weakest.length} now
            </Link>
          </p>
          <ol data-testid="weakest">
            {s.weakest.map((w) => (
              <li key={w.itemId} className="card" data-testid="weak-item">
                <p>
                  <span className="badge">{w.kind}</span> {w.prompt}
                </p>
                <p className="small" data-testid="weak-facts">
                  Answer: <strong>{w.answer}</strong> · missed {w.missed} of {plural(w.reps, "time")} ·{" "}
                  {w.recallTomorrowPercent}% likely to recall it tomorrow
                </p>
                {w.citations.slice(0, 1).map((c) => (
                  <CitationQuote key={`${c.documentId}:${c.start}`} c={c} />
                ))}
              </li>
            ))}
          </ol>
        </>
      )}

      <h2>Accuracy by deck</h2>
      {attempts.length === 0 ? (
        <p className="card">
          No quizzes yet. <Link href="/decks">Pick a deck</Link> and take a quiz: your scores will appear here.
        </p>
      ) : (
        <>
          <div className="table-scroll">
            <table data-testid="deck-accuracy">
              <thead>
                <tr>
                  <th>Deck</th>
                  <th>Quizzes</th>
                  <th>Answered</th>
                  <th>Correct</th>
                  <th>Accuracy</th>
                </tr>
              </thead>
              <tbody>
                {decks.map((d) => (
                  <tr key={d.deckId}>
                    <td>
                      {openDecks.has(d.deckId) ? <Link href={`/decks/${d.deckId}`}>{d.deckTitle}</Link> : d.deckTitle}
                    </td>
                    <td>{d.attempts}</td>
                    <td>{d.answered}</td>
                    <td>{d.correct}</td>
                    <td>{d.accuracyPercent}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2 id="quizzes">Quizzes</h2>
          {quizPage.pages > 1 && (
            <p className="small muted" data-testid="quiz-range">
              {rangeLabel(quizPage, shownAttempts.length, "quizzes")}
            </p>
          )}
          <div className="table-scroll">
            <table data-testid="attempts">
              <thead>
                <tr>
                  <th>Started</th>
                  <th>Deck</th>
                  <th>Status</th>
                  <th>Score</th>
                </tr>
              </thead>
              <tbody>
                {shownAttempts.map((a) => (
                  <tr key={a.id} data-testid="attempt-row">
                    <td className="small">{formatInZone(a.startedAt, s.clock.timeZone)}</td>
                    <td>{a.deckTitle}</td>
                    <td>
                      {a.status === "finished" ? (
                        "Finished"
                      ) : (
                        <Link href={`/quiz/${a.id}`}>
                          Resume ({a.answered} of {a.total} answered)
                        </Link>
                      )}
                    </td>
                    <td>
                      {a.status === "finished" ? (
                        <Link href={`/quiz/${a.id}`}>
                          {a.correct} / {a.total} ({a.scorePercent}%)
                        </Link>
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={quizPage.page}
            pages={quizPage.pages}
            label="Quiz pages"
            href={(n) => `/progress${query({ quizzes: n === 1 ? undefined : n })}#quizzes`}
          />
        </>
      )}

      <h2>Download</h2>
      <ul className="plain row" data-testid="exports">
        {EXPORTS.map(([name, label]) => (
          <li key={name}>
            <a href={`/progress/export/${name}`} download>
              {label} (CSV)
            </a>
          </li>
        ))}
      </ul>
      <p className="small muted" data-testid="day-clock">
        Your days start at {hourLabel(s.clock.dayStartHour)} in {s.clock.timeZone}
        {s.timeZoneKnown ? "" : " (your browser has not told us your time zone yet)"}: the streak, the calendar and the
        daily new cards count days this way. <Link href="/review/settings">Change it in your study settings</Link>.
      </p>
    </>
  );
}
