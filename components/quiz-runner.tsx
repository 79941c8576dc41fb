"use client";
// One open question at a time. The server grades; this component only shows what it returns.
// A choice is kept in sessionStorage until graded, so an expired session loses nothing.
import Link from "@/components/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import { CitationQuote, type CitationProps } from "./citation-link";
import { CitationList } from "./citation-list";

export interface QuizFeedback {
  questionId: string;
  revealed: boolean;
  correct: boolean | null;
  chosen: string;
  correctAnswer: string | null;
  citations: CitationProps[];
  chosenCitations: CitationProps[];
  alreadyAnswered: boolean;
  finished: boolean;
}
type Answer = (
  attemptId: string,
  questionId: string,
  chosen: string,
) => Promise<ActionResult<{ feedback: QuizFeedback }>>;

export function QuizRunner(props: {
  attemptId: string;
  position: number;
  total: number;
  answered: number;
  question: { id: string; prompt: string; options: string[]; type: string };
  answer: Answer;
  /** ISO time after which the server takes no more answers (timed or due assignments) */
  deadline?: string;
  /** where the student finds this quiz again (its deck, or the assignment's class) */
  resumeFrom?: { href: string; label: string };
}) {
  const { attemptId, question, total, answered } = props;
  const router = useRouter();
  const key = `citedeck:pending:${attemptId}:${question.id}`;
  const [chosen, setChosen] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const [feedback, setFeedback] = useState<QuizFeedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [closed, setClosed] = useState(false);
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    if (!props.deadline) return;
    const end = Date.parse(props.deadline);
    const tick = () => setLeft(Math.max(0, Math.round((end - Date.now()) / 1000)));
    tick();
    const t = setInterval(tick, 1000);
    return () => clearInterval(t);
  }, [props.deadline]);
  const [pending, start] = useTransition();

  // A new question starts without feedback or error.
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setFeedback(null);
    setError(null);
  }
  useEffect(() => {
    const saved = sessionStorage.getItem(key);
    if (!saved || !question.options.includes(saved)) return;
    // sessionStorage exists only in the browser after hydration, so the restore is an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- syncing from browser storage
    setChosen(saved);
    setRestored(true);
  }, [key, question.options]);

  function submit() {
    if (!chosen) {
      setError("Choose one of the options before submitting.");
      return;
    }
    sessionStorage.setItem(key, chosen);
    start(async () => {
      const res = await props.answer(attemptId, question.id, chosen);
      if (res.ok) {
        sessionStorage.removeItem(key);
        setFeedback(res.feedback);
        setError(null);
        return;
      }
      if (res.code === "UNAUTHENTICATED") {
        router.push(`/signin?callbackUrl=${encodeURIComponent(`/quiz/${attemptId}`)}`);
        return;
      }
      // Time limit or due date passed: the server submitted the attempt; show it.
      if (res.code === "TIME_UP" || res.code === "PAST_DUE" || res.code === "ATTEMPT_FINISHED") {
        sessionStorage.removeItem(key);
        setClosed(true);
      }
      setError(res.message);
    });
  }

  const optionClass = (o: string) =>
    !feedback || !feedback.revealed
      ? feedback?.chosen === o
        ? "option chosen"
        : "option"
      : o === feedback.correctAnswer
        ? "option correct"
        : o === feedback.chosen
          ? "option wrong"
          : "option";
  return (
    <section aria-labelledby="q-prompt" data-question-id={question.id}>
      <p className="muted small">
        Question {answered + 1} of {total}
        {left !== null && left < 24 * 3600 && (
          <span data-testid="time-left">
            {" "}
            · Time left:{" "}
            {left === 0 ? "none, the time is up" : `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`}
          </span>
        )}
      </p>
      <div className="progress-bar" aria-hidden="true">
        <span style={{ width: `${(answered / total) * 100}%` }} />
      </div>
      <h2 id="q-prompt" className="prompt">
        {question.prompt}
      </h2>
      {restored && !feedback && <p className="ok-box small">Your earlier choice was kept. Submit it to continue.</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!feedback) submit();
        }}
      >
        <fieldset className="options" disabled={!!feedback || pending}>
          <legend className="small muted">
            {question.type === "truefalse" ? "Is this statement true or false?" : "Choose one answer"}
          </legend>
          {question.options.map((o) => (
            <label key={o} className={optionClass(o)}>
              <input
                type="radio"
                name="choice"
                value={o}
                checked={chosen === o}
                onChange={() => {
                  setChosen(o);
                  setError(null);
                }}
              />
              <span>{o}</span>
            </label>
          ))}
        </fieldset>
        {error && (
          <p className="error-box" data-testid="quiz-error">
            {error}
          </p>
        )}
        {closed && (
          <p>
            <button type="button" onClick={() => router.refresh()}>
              See your submission
            </button>
          </p>
        )}
        {!feedback && !closed && (
          <button type="submit" disabled={pending}>
            {pending ? "Checking…" : "Submit answer"}
          </button>
        )}
      </form>
      {feedback && !feedback.revealed && (
        <div className="card" data-testid="feedback" aria-live="polite">
          <p className="ok-box" data-testid="verdict">
            <strong>Answer recorded.</strong> Your teacher shows the answers later.
          </p>
          <p>
            <button type="button" onClick={() => router.refresh()} autoFocus>
              {feedback.finished ? "Finish" : "Next question"}
            </button>
          </p>
        </div>
      )}
      {feedback && feedback.revealed && (
        <div className="card" data-testid="feedback" aria-live="polite">
          <p className={feedback.correct ? "ok-box" : "error-box"} data-testid="verdict">
            <strong>{feedback.correct ? "Correct." : "Not quite."}</strong>{" "}
            {feedback.correct ? (
              ""
            ) : (
              <>
                The correct answer is <strong data-testid="correct-answer">{feedback.correctAnswer}</strong>.
              </>
            )}
            {feedback.alreadyAnswered && " (You had already answered this question; your first answer stands.)"}
          </p>
          <CitationList citations={feedback.citations} />
          {!feedback.correct && feedback.chosenCitations.length > 0 && (
            <>
              <p className="small muted">Where “{feedback.chosen}” really appears:</p>
              {feedback.chosenCitations.map((c) => (
                <CitationQuote key={`o:${c.documentId}:${c.start}`} c={c} />
              ))}
            </>
          )}
          <p>
            <button type="button" onClick={() => router.refresh()} autoFocus>
              {feedback.finished ? "See your score" : "Next question"}
            </button>
          </p>
        </div>
      )}
      <p className="small muted" data-testid="resume-note">
        You can leave at any time: your answers are saved, and <Link href={`/quiz/${attemptId}`}>this quiz</Link>{" "}
        resumes where you stopped
        {props.resumeFrom ? (
          <>
            , from <Link href={props.resumeFrom.href}>{props.resumeFrom.label}</Link>
          </>
        ) : null}
        .
      </p>
    </section>
  );
}
