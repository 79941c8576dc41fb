import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth";
import { getAttempt } from "@/lib/server/quiz";
import { isAppError } from "@/lib/errors";
import { QuizRunner } from "@/components/quiz-runner";
import { CitationQuote } from "@/components/citation-link";
import { answerQuestionAction } from "@/app/actions/answer-question-action";

export const metadata = { title: "Quiz · CiteDeck" };

export default async function QuizPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/quiz/${id}`);
  const a = await getAttempt(user, id).catch((e) => { if (isAppError(e) && e.code === "NOT_FOUND") notFound(); throw e; });
  if (a.status === "in_progress" && a.current) {
    return (
      <>
        <p className="small"><Link href={`/decks/${a.deck.id}`}>← {a.deck.title}</Link></p>
        <QuizRunner key={a.current.id} attemptId={a.id} position={a.current.position} total={a.total} answered={a.answered}
          question={{ id: a.current.id, prompt: a.current.prompt, options: a.current.options, type: a.current.type }} answer={answerQuestionAction} />
      </>
    );
  }
  return (
    <>
      <p className="small"><Link href={`/decks/${a.deck.id}`}>← {a.deck.title}</Link></p>
      <h1>Quiz finished</h1>
      <p className="card" data-testid="score"><strong>Score: {a.correctCount} of {a.total} ({a.scorePercent}%)</strong></p>
      <ol>
        {a.review.map((q) => (
          <li key={q.position} className="card" data-testid="review-item">
            <p><span className={q.correct ? "badge" : "badge"} style={{ background: q.correct ? "var(--ok-bg)" : "var(--bad-bg)" }}>{q.correct ? "Correct" : "Wrong"}</span> {q.prompt}</p>
            <p className="small">Your answer: <strong>{q.chosen ?? "—"}</strong>{!q.correct && <> · Correct answer: <strong>{q.correctAnswer}</strong></>}</p>
            {q.citations.map((c) => <CitationQuote key={`${c.documentId}:${c.start}`} c={c} />)}
          </li>
        ))}
      </ol>
      <p className="row"><Link className="btn" href={`/decks/${a.deck.id}`}>Back to the deck</Link><Link className="btn secondary" href="/progress">Your progress</Link></p>
    </>
  );
}
