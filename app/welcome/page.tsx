import Link from "@/components/link";
import { requireUser } from "@/lib/server/auth";
import { getStarterDeck } from "@/lib/server/first-run";
import { getStudySettings } from "@/lib/server/study-settings";
import { hourLabel, plural } from "@/lib/format";
import { AddDocumentForm } from "@/components/add-document-form";
import { addDocumentAction } from "@/app/actions/add-document-action";
import { startQuizAction } from "@/app/actions/start-quiz-action";

export const metadata = { title: "Welcome · CiteDeck" };

// The first screen after sign-up: two ways to start, side by side (try the starter deck, or add
// your own document), and what the rest of the app is for.
export default async function WelcomePage() {
  const user = await requireUser("/welcome");
  const [starter, settings] = await Promise.all([getStarterDeck(user), getStudySettings(user)]);
  const quizSize = starter ? Math.min(5, starter.quizzable) : 0;
  return (
    <>
      <h1>Welcome to CiteDeck, {user.name}</h1>
      <p>
        Every question here cites the sentence that proves its answer, highlighted in its document. Start one of two
        ways:
      </p>
      <div className="start-grid">
        {starter && (
          <section className="card" aria-labelledby="try-starter" data-testid="try-starter">
            <h2 id="try-starter">Try the starter deck</h2>
            <p>
              <Link href={`/decks/${starter.id}`}>{starter.title}</Link>: {plural(starter.items, "item")} from{" "}
              {plural(starter.documents, "sample document")}.
            </p>
            {quizSize > 0 && (
              <form action={startQuizAction}>
                <input type="hidden" name="deckId" value={starter.id} />
                <input type="hidden" name="count" value={quizSize} />
                <p>
                  <button type="submit">Take a {quizSize}-question quiz</button>
                </p>
              </form>
            )}
            <p>
              <Link className="btn secondary" href={`/review?deck=${starter.id}`}>
                Review its flashcards
              </Link>
            </p>
          </section>
        )}
        <section className="card" aria-labelledby="add-own" data-testid="add-own">
          <h2 id="add-own">Add your own document</h2>
          <p className="small muted">
            Paste notes or an article, or upload a file. Then build a deck from it on the document&apos;s page.
          </p>
          <AddDocumentForm action={addDocumentAction} className="" />
        </section>
      </div>
      <h2>Then</h2>
      <ul>
        <li>
          <Link href="/decks">Decks</Link>: quizzes and flashcards built from documents.
        </li>
        <li>
          <Link href="/review">Review</Link>: the cards due today, on a spaced-repetition schedule.
        </li>
        <li>
          <Link href="/progress">Progress</Link>: your streak, what you have mastered and what you are about to forget.
        </li>
        <li>
          <Link href="/classes">Classes</Link>:{" "}
          {user.role === "instructor"
            ? "create a class, share decks and assign quizzes."
            : "join your teacher's class with its code."}
        </li>
      </ul>
      <p className="small muted" data-testid="welcome-clock">
        Your days start at {hourLabel(settings.clock.dayStartHour)} in {settings.clock.timeZone}
        {settings.timeZoneKnown ? " (from your browser)" : ""}. <Link href="/review/settings">Change it</Link>.
      </p>
    </>
  );
}
