"use client";
// A review session: the front, a flip (Space), the back with the cited sentence, and four
// ratings (keys 1–4) showing the next interval. Each rating is stored as it is made; U undoes.
import Link from "@/components/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import { CitationQuote, type CitationProps } from "./citation-link";
import { CitationList } from "./citation-list";
import { useBrowserValue } from "./use-browser-value";

export interface ReviewCard {
  itemId: string;
  deckId: string;
  deckTitle: string;
  type: string;
  kind: string;
  front: string;
  back: string;
  citations: CitationProps[];
  isNew: boolean;
  intervals: Record<1 | 2 | 3 | 4, string>;
  /** mcq only: the options to pick from, and where each wrong one really appears */
  options: string[];
  optionCitations: Record<string, CitationProps[]>;
}
export interface ReviewQueueView {
  card: ReviewCard | null;
  dueCount: number;
  newLeft: number;
  newToday: number;
  canUndo: boolean;
}
export interface ReviewScopeView {
  deckId?: string;
  items?: string[];
  since?: Date;
}
type Rate = (
  input: { itemId: string; rating: number; clientKey: string; durationMs: number; mode: "due" | "practice" },
  scope: ReviewScopeView,
) => Promise<ActionResult<{ queue: ReviewQueueView; result: { interval: string; duplicate: boolean } }>>;
type Undo = (scope: ReviewScopeView) => Promise<ActionResult<{ queue: ReviewQueueView }>>;

const RATINGS = [
  { g: 1, label: "Again" },
  { g: 2, label: "Hard" },
  { g: 3, label: "Good" },
  { g: 4, label: "Easy" },
] as const;

const TYPE_HINT: Record<string, string> = {
  truefalse: "True or false?",
  cloze: "Fill in the blank",
  mcq: "Recall the answer",
  flashcard: "Recall the answer",
};

function newKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export function ReviewRunner(props: {
  initial: ReviewQueueView;
  scope: ReviewScopeView;
  practice: boolean;
  backHref: string;
  rate: Rate;
  undo: Undo;
}) {
  const { scope, practice } = props;
  const router = useRouter();
  const [queue, setQueue] = useState(props.initial);
  // After a refused rating the page is refreshed from the server: take its queue (React's
  // "adjust state when a prop changes" pattern, during render rather than in an effect).
  const [initial, setInitial] = useState(props.initial);
  if (initial !== props.initial) {
    setInitial(props.initial);
    setQueue(props.initial);
  }
  const [flipped, setFlipped] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const [done, setDone] = useState(0);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  // set once the keys work (after hydration, which a streamed page may finish late)
  const ready = useBrowserValue(() => true, false);
  const shownAt = useRef(0);
  // One key per card shown: pressing twice (or a retried request) stores one review.
  const key = useRef(newKey());
  const card = queue.card;

  // A new card (or the same card again after a rating) starts face down, nothing chosen.
  const shown = `${card?.itemId ?? ""}:${done}`;
  const [lastShown, setLastShown] = useState(shown);
  if (lastShown !== shown) {
    setLastShown(shown);
    setFlipped(false);
    setChosen(null);
  }
  useEffect(() => {
    shownAt.current = Date.now();
    key.current = newKey();
  }, [shown]);
  const choices = card && card.type === "mcq" && card.options.length > 1 ? card.options : null;
  const choose = useCallback((o: string) => {
    setChosen(o);
    setFlipped(true);
  }, []);
  // After picking an option, the matching rating is suggested (and focused): right Good, wrong Again.
  const suggested = chosen === null || !card ? 0 : chosen === card.back ? 3 : 1;

  const handleError = useCallback(
    (res: { code: string; message: string }) => {
      if (res.code === "UNAUTHENTICATED") {
        router.push(`/signin?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`);
        return;
      }
      setMessage({ kind: "error", text: res.message });
    },
    [router],
  );

  const rate = useCallback(
    (rating: number) => {
      if (!card || !flipped || pending) return;
      const input = {
        itemId: card.itemId,
        rating,
        clientKey: key.current,
        durationMs: Date.now() - shownAt.current,
        mode: practice ? ("practice" as const) : ("due" as const),
      };
      start(async () => {
        const res = await props.rate(input, scope);
        if (!res.ok) {
          handleError(res);
          if (res.code === "NOT_DUE" || res.code === "NOT_FOUND" || res.code === "CONFLICT") router.refresh();
          return;
        }
        setMessage({ kind: "ok", text: `Saved: ${RATINGS[rating - 1]!.label}, next in ${res.result.interval}.` });
        setQueue(res.queue);
        setDone((n) => n + 1);
      });
    },
    [card, flipped, pending, practice, props, scope, handleError, router],
  );

  const undo = useCallback(() => {
    if (pending || !queue.canUndo) return;
    start(async () => {
      const res = await props.undo(scope);
      if (!res.ok) {
        handleError(res);
        return;
      }
      setMessage({ kind: "ok", text: "Last rating undone. Rate this card again." });
      setQueue(res.queue);
      setDone((n) => Math.max(0, n - 1));
    });
  }, [pending, queue.canUndo, props, scope, handleError]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable))
        return;
      if (e.altKey || e.metaKey || e.ctrlKey) return;
      // On a focused button, Space and Enter press that button (an option, Show answer).
      if ((e.key === " " || e.key === "Enter") && card && !flipped && t?.tagName !== "BUTTON") {
        e.preventDefault();
        setFlipped(true);
        return;
      }
      if (["1", "2", "3", "4"].includes(e.key) && flipped) {
        e.preventDefault();
        rate(Number(e.key));
        return;
      }
      const letter = "abcd".indexOf(e.key.toLowerCase());
      if (choices && !flipped && letter >= 0 && letter < choices.length) {
        e.preventDefault();
        choose(choices[letter]!);
        return;
      }
      if (e.key === "u" || e.key === "U") {
        e.preventDefault();
        undo();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [card, flipped, rate, undo, choices, choose]);

  const counts = practice ? (
    <>{queue.dueCount} left in this practice</>
  ) : (
    <>
      {queue.dueCount} due · {queue.newLeft} new left today
    </>
  );

  return (
    <section aria-label="Review" className="review" data-testid="review" data-ready={ready ? "true" : undefined}>
      <p className="muted small row" data-testid="review-counts">
        <span>
          {counts} · {done} reviewed this session
        </span>
        <button
          type="button"
          className="secondary small-btn"
          onClick={undo}
          disabled={!queue.canUndo || pending}
          aria-keyshortcuts="u"
          data-testid="undo"
        >
          Undo last rating (U)
        </button>
      </p>
      {message && (
        <p className={message.kind === "ok" ? "ok-box small" : "error-box"} role="status" data-testid="review-message">
          {message.text}
        </p>
      )}
      {!card ? (
        <div className="card" data-testid="review-done">
          <h2>{done > 0 ? "Session complete." : "Nothing to review right now."}</h2>
          <p data-testid="review-done-why">
            {practice ? (
              "You went through every card of this practice."
            ) : queue.newLeft === 0 ? (
              <>
                No cards are due, and you have begun today&apos;s new cards. Come back tomorrow (your schedule is
                saved), or raise the daily limit in your <Link href="/review/settings">study settings</Link>.
              </>
            ) : (
              <>
                No cards are due, and every card here has been begun. Cards come back when they fall due; for new ones,{" "}
                <Link href="/decks">open another deck</Link> or build one from your documents.
              </>
            )}
          </p>
          <p className="row">
            <Link className="btn" href="/progress">
              See your progress
            </Link>
            <Link className="btn secondary" href={props.backHref}>
              Back
            </Link>
          </p>
        </div>
      ) : (
        <article className="card flashcard" data-testid="flashcard" data-item-id={card.itemId} aria-live="polite">
          <p className="small muted">
            <span className="badge">{card.isNew ? "New" : "Review"}</span>
            <span className="badge">{card.kind}</span>
            {TYPE_HINT[card.type] ?? "Recall the answer"} · <Link href={`/decks/${card.deckId}`}>{card.deckTitle}</Link>
          </p>
          <h2 className="front" data-testid="card-front">
            {card.front}
          </h2>
          {choices && !flipped && (
            <ol className="plain choices" aria-label="Pick an answer (keys A to D), or show it with Space">
              {choices.map((o, i) => (
                <li key={o}>
                  <button
                    type="button"
                    className="option choice"
                    onClick={() => choose(o)}
                    aria-keyshortcuts={"abcd"[i]}
                    data-testid="choice"
                  >
                    <kbd>{"ABCD"[i]}</kbd> {o}
                  </button>
                </li>
              ))}
            </ol>
          )}
          {!flipped ? (
            <button
              type="button"
              onClick={() => setFlipped(true)}
              autoFocus={!choices}
              aria-keyshortcuts="Space"
              data-testid="flip"
              className={choices ? "secondary" : undefined}
            >
              Show answer (Space)
            </button>
          ) : (
            <>
              {chosen !== null && (
                <p className={chosen === card.back ? "ok-box" : "error-box"} data-testid="choice-verdict">
                  {chosen === card.back ? (
                    <strong>Right.</strong>
                  ) : (
                    <>
                      <strong>Not quite.</strong> You picked “{chosen}”.
                    </>
                  )}
                </p>
              )}
              <p className="back" data-testid="card-back">
                <strong>{card.back}</strong>
              </p>
              <CitationList citations={card.citations} />
              {chosen !== null && chosen !== card.back && (card.optionCitations[chosen]?.length ?? 0) > 0 && (
                <>
                  <p className="small muted">Where “{chosen}” really appears:</p>
                  {card.optionCitations[chosen]!.map((c) => (
                    <CitationQuote key={`o:${c.documentId}:${c.start}`} c={c} />
                  ))}
                </>
              )}
              <div className="ratings" role="group" aria-label="How well did you remember?">
                {RATINGS.map((r) => (
                  <button
                    key={r.g}
                    type="button"
                    className={`rate rate-${r.g}${suggested === r.g ? " suggested" : ""}`}
                    onClick={() => rate(r.g)}
                    disabled={pending}
                    autoFocus={suggested === r.g}
                    aria-keyshortcuts={String(r.g)}
                    data-testid={`rate-${r.g}`}
                  >
                    <span className="rate-label">{r.label}</span>
                    <span className="rate-interval">{card.intervals[r.g]}</span>
                    <kbd>{r.g}</kbd>
                  </button>
                ))}
              </div>
            </>
          )}
        </article>
      )}
      <p className="small muted">
        Keys: Space shows the answer · A–D pick an option (multiple choice) · 1 Again · 2 Hard · 3 Good · 4 Easy · U
        undo. Each rating is saved at once: you can stop at any time.
      </p>
    </section>
  );
}
