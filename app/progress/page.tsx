import Link from "next/link";
import { requireUser } from "@/lib/server/auth";
import { getProgress, getStudyProgress } from "@/lib/server/progress";
import { CitationQuote } from "@/components/citation-link";
import { AccuracyChart, DueChart, MasteryChart, ReviewHeatmap } from "@/components/progress-charts";

export const metadata = { title: "Progress · CiteDeck" };

const EXPORTS = [
  ["summary", "Summary (streak, totals)"], ["daily", "Reviews per day"], ["accuracy", "Accuracy per week"], ["due", "Cards due, next 30 days"],
  ["mastery-documents", "Mastery by document"], ["mastery-kinds", "Mastery by kind of fact"], ["weakest", "Weakest items"],
  ["reviews", "Every review"], ["attempts", "Quizzes"],
] as const;

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const now = new Date();
  const [{ attempts, decks, openDecks }, s] = await Promise.all([getProgress(user), getStudyProgress(user, now)]);
  return (
    <>
      <h1>Your progress</h1>
      <div className="stat-grid" data-testid="study-stats">
        <p className="stat" data-testid="streak"><strong>{s.streak.current} day{s.streak.current === 1 ? "" : "s"}</strong>current streak{s.streak.current > 0 && !s.streak.reviewedToday ? " (review today to keep it)" : ""}</p>
        <p className="stat"><strong>{s.streak.longest}</strong>longest streak (days)</p>
        <p className="stat" data-testid="total-reviews"><strong>{s.totals.reviews}</strong>reviews this year</p>
        <p className="stat" data-testid="total-cards"><strong>{s.totals.cards}</strong>cards studied</p>
        <p className="stat" data-testid="due-now"><strong>{s.totals.dueNow}</strong>due now {s.totals.dueNow > 0 && <Link href="/review">review</Link>}</p>
        <p className="stat"><strong>{s.totals.mastered}</strong>mastered</p>
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
      {s.weakest.length === 0 ? <p className="muted">Review some cards first: the ones you are most likely to forget will show here.</p> : (
        <>
          <p><Link className="btn" data-testid="study-weakest" href={`/review?items=${s.weakest.map((w) => w.itemId).join(",")}&since=${now.getTime()}`}>Study these {s.weakest.length} now</Link></p>
          <ol data-testid="weakest">
            {s.weakest.map((w) => (
              <li key={w.itemId} className="card" data-testid="weak-item">
                <p style={{ margin: 0 }}><span className="badge">{w.kind}</span> {w.prompt}</p>
                <p className="small">Answer: <strong>{w.answer}</strong> · predicted recall {w.recallPercent}% · forgotten {w.lapses} time{w.lapses === 1 ? "" : "s"} in {w.reps} reviews</p>
                {w.citations.slice(0, 1).map((c) => <CitationQuote key={`${c.documentId}:${c.start}`} c={c} />)}
              </li>
            ))}
          </ol>
        </>
      )}

      <h2>Accuracy by deck</h2>
      {attempts.length === 0 ? (
        <p className="card">No quizzes yet. <Link href="/decks">Pick a deck</Link> and take a quiz: your scores will appear here.</p>
      ) : (
        <>
          <table data-testid="deck-accuracy">
            <thead><tr><th>Deck</th><th>Quizzes</th><th>Answered</th><th>Correct</th><th>Accuracy</th></tr></thead>
            <tbody>{decks.map((d) => (
              <tr key={d.deckId}><td>{openDecks.has(d.deckId) ? <Link href={`/decks/${d.deckId}`}>{d.deckTitle}</Link> : d.deckTitle}</td><td>{d.attempts}</td><td>{d.answered}</td><td>{d.correct}</td><td>{d.accuracyPercent}%</td></tr>
            ))}</tbody>
          </table>
          <h2>Quizzes</h2>
          <table data-testid="attempts">
            <thead><tr><th>Started</th><th>Deck</th><th>Status</th><th>Score</th></tr></thead>
            <tbody>{attempts.map((a) => (
              <tr key={a.id} data-testid="attempt-row">
                <td className="small">{a.startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</td>
                <td>{a.deckTitle}</td>
                <td>{a.status === "finished" ? "Finished" : <Link href={`/quiz/${a.id}`}>Resume ({a.answered} of {a.total} answered)</Link>}</td>
                <td>{a.status === "finished" ? <Link href={`/quiz/${a.id}`}>{a.correct} / {a.total} ({a.scorePercent}%)</Link> : "—"}</td>
              </tr>
            ))}</tbody>
          </table>
        </>
      )}

      <h2>Download</h2>
      <ul className="plain row" data-testid="exports">
        {EXPORTS.map(([name, label]) => <li key={name}><a href={`/progress/export/${name}`} download>{label} (CSV)</a></li>)}
      </ul>
      <p className="small muted">Days are counted in UTC.</p>
    </>
  );
}
