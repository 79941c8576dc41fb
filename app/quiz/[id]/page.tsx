import Link from "@/components/link";
import { requireUser } from "@/lib/server/auth";
import { requireAttempt } from "@/lib/server/quiz";
import { QuizRunner } from "@/components/quiz-runner";
import { CitationList } from "@/components/citation-list";
import { answerQuestionAction } from "@/app/actions/answer-question-action";
import { pageData } from "@/lib/server/page-data";

export const metadata = { title: "Quiz · CiteDeck" };

export default async function QuizPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/quiz/${id}`);
  const a = await pageData(requireAttempt(user, id));
  const back = a.assignment ? (
    <p className="small">
      <Link href={`/classes/${a.assignment.classId}`}>← {a.assignment.title}</Link>
    </p>
  ) : (
    <p className="small">
      <Link href={`/decks/${a.deck.id}`}>← {a.deck.title}</Link>
    </p>
  );
  if (a.status === "in_progress" && a.current) {
    return (
      <>
        {back}
        {a.assignment?.deadlineAt && (
          <p className="small muted" data-testid="deadline">
            Answers are accepted until {a.assignment.deadlineAt.toISOString().slice(0, 16).replace("T", " ")} UTC.
          </p>
        )}
        <QuizRunner
          key={a.current.id}
          attemptId={a.id}
          position={a.current.position}
          total={a.total}
          answered={a.answered}
          question={{ id: a.current.id, prompt: a.current.prompt, options: a.current.options, type: a.current.type }}
          answer={answerQuestionAction}
          deadline={a.assignment?.deadlineAt?.toISOString()}
          resumeFrom={
            a.assignment
              ? { href: `/classes/${a.assignment.classId}`, label: "your class" }
              : { href: `/decks/${a.deck.id}`, label: "its deck" }
          }
        />
      </>
    );
  }
  return (
    <>
      {back}
      <h1>{a.assignment ? "Assignment submitted" : "Quiz finished"}</h1>
      {a.correctCount !== null ? (
        <p className="card" data-testid="score">
          <strong>
            Score: {a.correctCount} of {a.total} ({a.scorePercent}%)
          </strong>
        </p>
      ) : (
        <p className="card" data-testid="score-hidden">
          Your {a.answered} answer{a.answered === 1 ? " was" : "s were"} submitted. {a.assignment?.revealNote}
        </p>
      )}
      <ol>
        {a.review.map((q) => (
          <li key={q.position} className="card" data-testid="review-item">
            <p>
              {q.correctAnswer !== null && (
                <span className={`badge ${q.correct ? "ok" : "bad"}`}>{q.correct ? "Correct" : "Wrong"}</span>
              )}{" "}
              {q.prompt}
            </p>
            <p className="small">
              Your answer: <strong>{q.chosen ?? "—"}</strong>
              {q.correctAnswer !== null && !q.correct && (
                <>
                  {" "}
                  · Correct answer: <strong>{q.correctAnswer}</strong>
                </>
              )}
            </p>
            {q.withheld && (
              <p className="small muted" data-testid="withheld">
                The answer is withheld: one of your assignments asks about this, and it shows its answers later.
              </p>
            )}
            {q.correctAnswer !== null && <CitationList citations={q.citations} intro="" />}
          </li>
        ))}
      </ol>
      <p className="row">
        {a.assignment ? (
          <Link className="btn" href={`/classes/${a.assignment.classId}`}>
            Back to the class
          </Link>
        ) : (
          <Link className="btn" href={`/decks/${a.deck.id}`}>
            Back to the deck
          </Link>
        )}
        <Link className="btn secondary" href="/progress">
          Your progress
        </Link>
      </p>
    </>
  );
}
