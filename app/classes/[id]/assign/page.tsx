import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth";
import { requireOwnClass } from "@/lib/server/classes";
import { assignableQuestions } from "@/lib/server/assignments";
import { getDeck, listAssignableDecks } from "@/lib/server/decks";
import { isAppError } from "@/lib/errors";
import { ActionForm } from "@/components/action-form";
import { TzOffsetField } from "@/components/tz-offset-field";
import { createAssignmentAction } from "@/app/actions/create-assignment-action";

export const metadata = { title: "Assign a quiz · CiteDeck" };

export default async function AssignPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireUser(`/classes/${id}/assign`);
  // A student is told plainly that only instructors assign (403); someone else's class, or an
  // unknown id, does not exist (404).
  const c = await requireOwnClass(user, id, "assignment.create").catch((e) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    if (isAppError(e) && e.code === "FORBIDDEN") forbidden();
    throw e;
  });
  const decks = await listAssignableDecks(user);
  const choice = decks.find((d) => d.id === sp.deck);
  const deck = choice ? await getDeck(user, choice.id, { page: 1 }).catch(() => null) : null;
  const questions = deck ? await assignableQuestions(user, deck.id) : [];
  return (
    <>
      <p className="small"><Link href={`/classes/${c.id}`}>← {c.name}</Link></p>
      <h1>Assign a quiz</h1>
      <form method="get" className="card row" aria-label="Choose a deck">
        <label htmlFor="deck" style={{ margin: 0 }}>Deck</label>
        <select id="deck" name="deck" defaultValue={deck?.id ?? ""} style={{ maxWidth: "28rem" }}>
          <option value="" disabled>Choose a deck…</option>
          {decks.map((d) => <option key={d.id} value={d.id}>{d.starter ? "Starter: " : ""}{d.title} ({d.itemCount} items)</option>)}
        </select>
        <button type="submit" className="secondary">Use this deck</button>
      </form>
      {choice?.starter && <p className="card small" data-testid="starter-copy-note">This is a starter deck, which everyone sees. Assigning it assigns your own copy, which you can review, edit and hide from students.</p>}
      {deck && (
        <ActionForm action={createAssignmentAction} label="Assignment settings" submitLabel="Assign to the class" pendingLabel="Assigning…">
          <input type="hidden" name="classId" value={c.id} /><input type="hidden" name="deckId" value={deck.id} />
          <TzOffsetField />
          <label htmlFor="title">Title</label>
          <input id="title" name="title" type="text" defaultValue={deck.title} maxLength={200} />
          <label htmlFor="questionCount">Number of questions <span className="muted small">({questions.length} active questions in the deck)</span></label>
          <input id="questionCount" name="questionCount" type="number" min={1} max={Math.min(100, questions.length)} defaultValue={Math.min(10, questions.length)} style={{ width: "8rem" }} />
          <details>
            <summary className="small">Choose the questions (default: drawn from the whole deck)</summary>
            <fieldset style={{ border: 0, padding: 0, maxHeight: "20rem", overflow: "auto" }}>
              {questions.map((q) => <label key={q.id} className="row small" style={{ fontWeight: 400 }}><input type="checkbox" name="itemIds" value={q.id} /> {q.prompt}</label>)}
            </fieldset>
          </details>
          <div className="row">
            <div><label htmlFor="opensAt">Opens <span className="muted small">(empty: now)</span></label><input id="opensAt" name="opensAt" type="datetime-local" /></div>
            <div><label htmlFor="dueAt">Due</label><input id="dueAt" name="dueAt" type="datetime-local" required /></div>
          </div>
          <div className="row">
            <div><label htmlFor="maxAttempts">Attempts allowed</label><input id="maxAttempts" name="maxAttempts" type="number" min={1} max={10} defaultValue={1} style={{ width: "8rem" }} /></div>
            <div><label htmlFor="timeLimitMinutes">Time limit, minutes <span className="muted small">(optional)</span></label><input id="timeLimitMinutes" name="timeLimitMinutes" type="number" min={1} max={600} style={{ width: "8rem" }} /></div>
          </div>
          <label className="row" style={{ fontWeight: 400 }}><input type="checkbox" name="shuffleQuestions" defaultChecked /> Shuffle the questions</label>
          <label className="row" style={{ fontWeight: 400 }}><input type="checkbox" name="shuffleOptions" defaultChecked /> Shuffle the options</label>
          <label className="row" style={{ fontWeight: 400 }}><input type="checkbox" name="allowLate" /> Accept late work (marked late)</label>
          <label className="row" style={{ fontWeight: 400 }}><input type="checkbox" name="hideDeck" defaultChecked={!deck.hiddenFromStudents} disabled={deck.hiddenFromStudents} /> Hide this deck from students, even where you share it with a class (recommended for graded quizzes). Until the answers are shown, students never see these questions elsewhere either: not in other decks, review or their own decks from the same documents.{deck.hiddenFromStudents ? " (already hidden)" : ""}</label>
          <label htmlFor="feedback">Show answers and citations</label>
          <select id="feedback" name="feedback" defaultValue="after_submit" style={{ maxWidth: "22rem" }}>
            <option value="immediate">right after each question</option>
            <option value="after_submit">after the student submits</option>
            <option value="after_due">after the due date</option>
          </select>
        </ActionForm>
      )}
    </>
  );
}
