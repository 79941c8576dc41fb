import Link from "next/link";
import { requireUser } from "@/lib/server/auth";
import { getProgress } from "@/lib/server/progress";

export const metadata = { title: "Progress · CiteDeck" };

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const { attempts, decks } = await getProgress(user);
  if (attempts.length === 0)
    return (<><h1>Your progress</h1><p className="card">No quizzes yet. <Link href="/decks">Pick a deck</Link> and take a quiz: your scores will appear here.</p></>);
  return (
    <>
      <h1>Your progress</h1>
      <h2>Accuracy by deck</h2>
      <table data-testid="deck-accuracy">
        <thead><tr><th>Deck</th><th>Quizzes</th><th>Answered</th><th>Correct</th><th>Accuracy</th></tr></thead>
        <tbody>{decks.map((d) => (
          <tr key={d.deckId}><td><Link href={`/decks/${d.deckId}`}>{d.deckTitle}</Link></td><td>{d.attempts}</td><td>{d.answered}</td><td>{d.correct}</td><td>{d.accuracyPercent}%</td></tr>
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
  );
}
