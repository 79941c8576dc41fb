import Link from "@/components/link";
import { requireUser } from "@/lib/server/auth";
import { requireOwnClass } from "@/lib/server/classes";
import { assignableQuestions } from "@/lib/server/assignments";
import { getDeck, listAssignableDecks } from "@/lib/server/decks";
import { ActionForm } from "@/components/action-form";
import { TzOffsetField } from "@/components/tz-offset-field";
import { createAssignmentAction } from "@/app/actions/create-assignment-action";
import { pageData } from "@/lib/server/page-data";

export const metadata = { title: "Assign a quiz · CiteDeck" };

export default async function AssignPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireUser(`/classes/${id}/assign`);
  // A student is told plainly that only instructors assign (403); someone else's class, or an
  // unknown id, does not exist (404).
  const c = await pageData(requireOwnClass(user, id, "assignment.create"));
  const decks = await listAssignableDecks(user);
  const choice = decks.find((d) => d.id === sp.deck);
  const deck = choice ? await getDeck(user, choice.id, { page: 1 }) : null;
  const questions = deck ? await assignableQuestions(user, deck.id) : [];
  return (
    <>
      <p className="small">
        <Link href={`/classes/${c.id}`}>← {c.name}</Link>
      </p>
      <h1>Assign a quiz</h1>
      <form method="get" className="card row" aria-label="Choose a deck">
        <label htmlFor="deck" className="inline">
          Deck
        </label>
        <select id="deck" name="deck" defaultValue={deck?.id ?? ""} className="wide">
          <option value="" disabled>
            Choose a deck…
          </option>
          {decks.map((d) => (
            <option key={d.id} value={d.id}>
              {d.starter ? "Starter: " : ""}
              {d.title} ({d.itemCount} items)
            </option>
          ))}
        </select>
        <button type="submit" className="secondary">
          Use this deck
        </button>
      </form>
      {choice?.starter && (
        <p className="card small" data-testid="starter-copy-note">
          This is a starter deck, which everyone sees. Assigning it assigns your own copy, which you can review, edit
          and hide from students.
        </p>
      )}
      {deck && (
        <ActionForm
          action={createAssignmentAction}
          label="Assignment settings"
          submitLabel="Assign to the class"
          pendingLabel="Assigning…"
        >
          <input type="hidden" name="classId" value={c.id} />
          <input type="hidden" name="deckId" value={deck.id} />
          <TzOffsetField />
          <label htmlFor="title">Title</label>
          <input id="title" name="title" type="text" defaultValue={deck.title} maxLength={200} />
          <label htmlFor="questionCount">
            Number of questions <span className="muted small">({questions.length} active questions in the deck)</span>
          </label>
          <input
            id="questionCount"
            name="questionCount"
            type="number"
            min={1}
            max={Math.min(100, questions.length)}
            defaultValue={Math.min(10, questions.length)}
            className="narrow"
          />
          <details>
            <summary className="small">Choose the questions (default: drawn from the whole deck)</summary>
            <fieldset className="bare question-picker">
              <legend className="visually-hidden">Questions to assign</legend>
              {questions.map((q) => (
                <label key={q.id} className="check small">
                  <input type="checkbox" name="itemIds" value={q.id} /> <span>{q.prompt}</span>
                </label>
              ))}
            </fieldset>
          </details>
          <div className="fields" data-testid="date-fields">
            <div>
              <label htmlFor="opensAt">
                Opens <span className="muted small">(empty: now)</span>
              </label>
              <input id="opensAt" name="opensAt" type="datetime-local" />
            </div>
            <div>
              <label htmlFor="dueAt">Due</label>
              <input id="dueAt" name="dueAt" type="datetime-local" required />
            </div>
          </div>
          <p className="small muted">Dates and times are in this device&apos;s time zone.</p>
          <div className="fields">
            <div>
              <label htmlFor="maxAttempts">Attempts allowed</label>
              <input id="maxAttempts" name="maxAttempts" type="number" min={1} max={10} defaultValue={1} />
            </div>
            <div>
              <label htmlFor="timeLimitMinutes">
                Time limit, minutes <span className="muted small">(optional)</span>
              </label>
              <input id="timeLimitMinutes" name="timeLimitMinutes" type="number" min={1} max={600} />
            </div>
          </div>
          <label className="check">
            <input type="checkbox" name="shuffleQuestions" defaultChecked /> <span>Shuffle the questions</span>
          </label>
          <label className="check">
            <input type="checkbox" name="shuffleOptions" defaultChecked /> <span>Shuffle the options</span>
          </label>
          <label className="check">
            <input type="checkbox" name="allowLate" /> <span>Accept late work (marked late)</span>
          </label>
          <label className="check">
            <input
              type="checkbox"
              name="hideDeck"
              defaultChecked={!deck.hiddenFromStudents}
              disabled={deck.hiddenFromStudents}
            />{" "}
            <span>
              Hide this deck from students, even where you share it with a class (recommended for graded quizzes). Until
              the answers are shown, students never see these questions elsewhere either: not in other decks, review or
              their own decks from the same documents.{deck.hiddenFromStudents ? " (already hidden)" : ""}
            </span>
          </label>
          <label htmlFor="feedback">Show answers and citations</label>
          <select id="feedback" name="feedback" defaultValue="after_submit" className="wide">
            <option value="immediate">right after each question</option>
            <option value="after_submit">after the student submits</option>
            <option value="after_due">after the due date</option>
          </select>
        </ActionForm>
      )}
    </>
  );
}
