import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth";
import { getDeck } from "@/lib/server/decks";
import { isAppError } from "@/lib/errors";
import { citationHref } from "@/components/citation-link";
import { startQuizAction } from "@/app/actions/start-quiz-action";
import { ExportMenu } from "@/components/export-menu";
import { UncitedNote } from "@/components/citation-list";

const TYPE_LABEL: Record<string, string> = { mcq: "Multiple choice", truefalse: "True / false", flashcard: "Flashcard", cloze: "Cloze" };

export default async function DeckPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireUser(`/decks/${id}`);
  const deck = await getDeck(user, id).catch((e) => { if (isAppError(e) && e.code === "NOT_FOUND") notFound(); throw e; });
  return (
    <>
      <p className="small"><Link href="/decks">← Decks</Link></p>
      <h1>{deck.title}</h1>
      <p className="muted small">{deck.importedFrom && <>Imported from {deck.importedFrom}. </>}{deck.documents.length > 0 && <>{deck.importedFrom ? "Cites " : "From "}{deck.documents.map((d, i) => <span key={d.id}>{i > 0 && ", "}<Link href={`/documents/${d.id}`}>{d.title}</Link></span>)}</>}</p>
      {sp.error && <p className="error-box">{sp.error}</p>}
      {user.role === "instructor" && <p className="row"><Link className="btn secondary" href={`/decks/${deck.id}/curate`}>Review items (approve, edit, retire)</Link>{deck.hiddenFromStudents && <span className="badge">hidden from students</span>}</p>}
      {deck.warnings.map((w) => <p key={w} className="card muted">{w}</p>)}
      {deck.items.length > 0 && <ExportMenu deckId={deck.id} showApproved={user.role === "instructor"} />}
      {deck.items.length > 0 && (
        <p className="row"><Link className="btn secondary" href={`/review?deck=${deck.id}`} data-testid="review-deck">Review these cards</Link><span className="muted small">flashcards on your own schedule</span></p>
      )}
      {deck.quizzableCount > 0 && (
        <form action={startQuizAction} className="card row" aria-label="Start a quiz">
          <input type="hidden" name="deckId" value={deck.id} />
          <label htmlFor="count" style={{ margin: 0 }}>Questions</label>
          <input id="count" name="count" type="number" min={1} max={Math.min(100, deck.quizzableCount)} defaultValue={Math.min(10, deck.quizzableCount)} style={{ width: "6rem" }} />
          <button type="submit">Start quiz</button>
          <span className="muted small">{deck.quizzableCount} questions available</span>
        </form>
      )}
      <h2>{deck.items.length} items</h2>
      <ol>
        {deck.items.map((item) => (
          <li key={item.id} className="card" data-testid="deck-item">
            <div><span className="badge">{TYPE_LABEL[item.type] ?? item.type}</span><span className="badge">{item.kind}</span>{item.citations.length === 0 && <span className="badge uncited">uncited</span>}</div>
            <p style={{ margin: ".4rem 0" }}>{item.prompt}</p>
            {item.type === "mcq" && <p className="small muted">Options: {item.options.join(" · ")}</p>}
            <details><summary className="small">Show answer</summary><p><strong>{item.answer}</strong></p></details>
            {item.citations.length === 0 ? <UncitedNote /> : (
              <p className="small">
                Cited: {item.citations.map((c, i) => (
                  <span key={`${c.documentId}:${c.start}`}>{i > 0 && "; "}<Link href={citationHref(c)}>{c.documentTitle}, characters {c.start}–{c.end}</Link></span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
