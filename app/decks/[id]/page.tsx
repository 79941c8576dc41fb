import { Flash } from "@/components/flash";
import Link from "@/components/link";
import { requireUser } from "@/lib/server/auth";
import { requireDeck } from "@/lib/server/decks";
import { getOpenQuiz } from "@/lib/server/quiz";
import { plural, quizAvailability } from "@/lib/format";
import { rangeLabel } from "@/lib/paging";
import { CitationRef } from "@/components/citation-link";
import { OwnerLabel } from "@/components/owner-label";
import { Pager, query } from "@/components/pager";
import { ActionForm } from "@/components/action-form";
import { startQuizAction } from "@/app/actions/start-quiz-action";
import { copyDeckAction } from "@/app/actions/copy-deck-action";
import { renameDeckAction } from "@/app/actions/rename-deck-action";
import { deleteDeckAction } from "@/app/actions/delete-deck-action";
import { setDeckSharedAction } from "@/app/actions/set-deck-shared-action";
import { ExportMenu } from "@/components/export-menu";
import { ClientLinks } from "@/components/client-links";
import { UncitedNote } from "@/components/citation-list";
import { pageData } from "@/lib/server/page-data";

const TYPE_LABEL: Record<string, string> = {
  mcq: "Multiple choice",
  truefalse: "True / false",
  flashcard: "Flashcard",
  cloze: "Cloze",
};

export default async function DeckPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireUser(`/decks/${id}${query({ page: sp.page })}`);
  const [deck, openQuiz] = await Promise.all([
    pageData(requireDeck(user, id, { page: sp.page })),
    getOpenQuiz(user, id),
  ]);
  return (
    <>
      <p className="small">
        <Link href="/decks">← Decks</Link>
      </p>
      <h1 className="title-break">{deck.title}</h1>
      <p className="muted small">
        <OwnerLabel owner={deck.owner} /> · built {deck.createdAt.toISOString().slice(0, 10)} ·{" "}
        {deck.importedFrom ? (
          <>
            imported from {deck.importedFrom}
            {deck.documents.length > 0 && " · cites "}
          </>
        ) : (
          "from "
        )}
        {deck.documents.length === 0
          ? deck.importedFrom
            ? ""
            : "no document left"
          : deck.documents.map((d, i) => (
              <span key={d.id}>
                {i > 0 && ", "}
                <Link href={`/documents/${d.id}`}>{d.title}</Link>
              </span>
            ))}
      </p>
      <Flash error={sp.error} ok={sp.saved && sp.saved} />
      {deck.withheld && (
        <p className="card" data-testid="withheld-note">
          {deck.withheld.note}
        </p>
      )}
      {deck.curate === "allow" && (
        <p className="row">
          <Link className="btn secondary" href={`/decks/${deck.id}/curate`}>
            Review items (approve, edit, retire)
          </Link>
          {deck.hiddenFromStudents && <span className="badge">hidden from students</span>}
        </p>
      )}
      {deck.curate === "copy" && (
        <div className="card row small">
          <span>A starter deck is read-only. To review and edit its items, work on your own copy.</span>
          {deck.copyId ? (
            <Link className="btn secondary" href={`/decks/${deck.copyId}/curate`}>
              Open your copy
            </Link>
          ) : (
            <form action={copyDeckAction}>
              <input type="hidden" name="deckId" value={deck.id} />
              <button type="submit" className="secondary">
                Make my copy
              </button>
            </form>
          )}
        </div>
      )}
      {deck.warnings.map((w) => (
        <p key={w} className="card muted">
          {w}
        </p>
      ))}
      {deck.total > 0 && <ExportMenu deckId={deck.id} showApproved={deck.curate === "allow"} />}
      {deck.total > 0 && (
        <p className="row">
          <Link className="btn secondary" href={`/review?deck=${deck.id}`} data-testid="review-deck">
            Review these cards
          </Link>
          <span className="muted small">flashcards on your own schedule</span>
        </p>
      )}
      {openQuiz && (
        <p className="card row" data-testid="open-quiz">
          <span>
            Your quiz on this deck is waiting: {openQuiz.answered} of {plural(openQuiz.total, "question")} answered.
          </span>
          <Link className="btn" href={`/quiz/${openQuiz.id}`}>
            Resume the quiz
          </Link>
        </p>
      )}
      {deck.quizzableCount > 0 && (
        <form action={startQuizAction} className="card" aria-label="Start a quiz">
          <div className="row">
            <input type="hidden" name="deckId" value={deck.id} />
            <label htmlFor="count" className="inline">
              Questions
            </label>
            <input
              id="count"
              name="count"
              type="number"
              className="narrow"
              min={1}
              max={Math.min(100, deck.quizzableCount)}
              defaultValue={Math.min(10, deck.quizzableCount)}
              aria-describedby="quiz-available"
            />
            <button type="submit">Start quiz</button>
          </div>
          <p className="muted small" id="quiz-available" data-testid="quiz-available">
            {quizAvailability(deck.quizzableCount, deck.total)}
          </p>
        </form>
      )}
      {deck.quizzableCount === 0 && deck.total > 0 && (
        <p className="muted small" data-testid="quiz-available">
          {quizAvailability(0, deck.total)}
        </p>
      )}
      <h2>{plural(deck.total, "item")}</h2>
      {deck.pages > 1 && (
        <p className="small muted" data-testid="range">
          {rangeLabel(deck, deck.items.length, "items")}
        </p>
      )}
      <ClientLinks>
        <ol start={deck.skip + 1} className="long-list">
          {deck.items.map((item) => (
            <li key={item.id} className="card" data-testid="deck-item">
              <div>
                <span className="badge">{TYPE_LABEL[item.type] ?? item.type}</span>
                <span className="badge">{item.kind}</span>
                {item.citations.length === 0 && <span className="badge uncited">uncited</span>}
              </div>
              <p style={{ margin: ".4rem 0" }} data-testid="deck-item-prompt">
                {item.prompt}
              </p>
              {item.type === "mcq" && <p className="small muted">Options: {item.options.join(" · ")}</p>}
              <details>
                <summary className="small">Show answer</summary>
                <p>
                  <strong data-testid="deck-item-answer">{item.answer}</strong>
                </p>
              </details>
              {item.citations.length === 0 ? (
                <UncitedNote />
              ) : (
                <p className="small">
                  Cited:{" "}
                  {item.citations.map((c, i) => (
                    <span key={`${c.documentId}:${c.start}`}>
                      {i > 0 && "; "}
                      <CitationRef c={c} plain />
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ol>
      </ClientLinks>
      <Pager
        page={deck.page}
        pages={deck.pages}
        label="Item pages"
        href={(n) => `/decks/${deck.id}${query({ page: n })}`}
      />
      {deck.canManage && (
        <section className="manage" aria-labelledby="manage-deck">
          <h2 id="manage-deck">Manage this deck</h2>
          <ActionForm action={renameDeckAction} label="Rename the deck" submitLabel="Rename" className="">
            <input type="hidden" name="deckId" value={deck.id} />
            <label htmlFor="rename-title">Title</label>
            <input id="rename-title" name="title" type="text" required maxLength={200} defaultValue={deck.title} />
          </ActionForm>
          {deck.shareTargets.length > 0 && (
            <>
              <h3 className="small">Share with a class</h3>
              <p className="small muted">
                Its members can open it, quiz themselves and review it
                {deck.hiddenFromStudents ? " (not while it is hidden from students)" : ""}. Your documents it was built
                from are shared too.
              </p>
              <ul className="plain">
                {deck.shareTargets.map((c) => (
                  <li key={c.classId} className="row small">
                    <span>
                      {c.name}: {c.shared ? "shared" : "not shared"}
                    </span>
                    <form action={setDeckSharedAction}>
                      <input type="hidden" name="deckId" value={deck.id} />
                      <input type="hidden" name="classId" value={c.classId} />
                      <input type="hidden" name="shared" value={c.shared ? "false" : "true"} />
                      <button type="submit" className="secondary small-btn">
                        {c.shared ? `Stop sharing with ${c.name}` : `Share with ${c.name}`}
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            </>
          )}
          {sp.confirm === "delete" ? (
            <div className="error-box" role="alert">
              <p style={{ marginTop: 0 }}>
                Delete “{deck.title}”? It leaves every list, quiz and review queue, for you and anyone it is shared
                with. Past quizzes and reviews of it stay readable in progress pages.
              </p>
              <form action={deleteDeckAction} className="row">
                <input type="hidden" name="deckId" value={deck.id} />
                <button type="submit" className="danger">
                  Delete the deck
                </button>
                <Link href={`/decks/${deck.id}`}>Cancel</Link>
              </form>
            </div>
          ) : deck.hasAssignments ? (
            <p className="small muted">
              This deck is behind an assignment, so it cannot be deleted (its results need its questions).
            </p>
          ) : (
            <p>
              <Link href={`/decks/${deck.id}?confirm=delete`}>Delete this deck…</Link>
            </p>
          )}
        </section>
      )}
    </>
  );
}
