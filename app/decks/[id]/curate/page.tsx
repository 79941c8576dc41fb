import { Flash } from "@/components/flash";
import Link from "@/components/link";
import { requireUser } from "@/lib/server/auth";
import { requireCurationDeck } from "@/lib/server/curation";
import { CitationRef } from "@/components/citation-link";
import { Pager, query } from "@/components/pager";
import { copyDeckAction } from "@/app/actions/copy-deck-action";
import { approveItemAction } from "@/app/actions/approve-item-action";
import { setItemStatusAction } from "@/app/actions/set-item-status-action";
import { setDeckVisibilityAction } from "@/app/actions/set-deck-visibility-action";
import { pageData } from "@/lib/server/page-data";

export const metadata = { title: "Review items · CiteDeck" };

export default async function CuratePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireUser(`/decks/${id}/curate${query({ page: sp.page })}`);
  const deck = await pageData(requireCurationDeck(user, id, { page: sp.page }));
  if (deck.kind === "copy") {
    return (
      <>
        <p className="small">
          <Link href={`/decks/${deck.id}`}>← {deck.title}</Link>
        </p>
        <h1>Review items: {deck.title}</h1>
        <div className="card" data-testid="copy-needed">
          <p style={{ marginTop: 0 }}>
            This is a starter deck: everyone sees it and nobody changes it. To approve, edit, retire or add items, work
            on your own copy; the starter deck stays as it is for everyone else.
          </p>
          {deck.copyId ? (
            <Link className="btn" href={`/decks/${deck.copyId}/curate`}>
              Open your copy
            </Link>
          ) : (
            <form action={copyDeckAction}>
              <input type="hidden" name="deckId" value={deck.id} />
              <button type="submit">Make my copy</button>
            </form>
          )}
        </div>
      </>
    );
  }
  const counts = deck.counts;
  return (
    <>
      <p className="small">
        <Link href={`/decks/${deck.id}`}>← {deck.title}</Link>
      </p>
      <h1>Review items: {deck.title}</h1>
      <Flash error={sp.error} ok={sp.saved && "Saved."} />
      <p className="card small">
        {counts.active} active · {counts.retired} retired · {counts.approved} approved. Approve an item when it reads
        well; edit its wording or options; retire it to take it out of new quizzes (past answers keep it). To add a
        question by hand, open a document and select the sentence it should cite:{" "}
        {deck.documents.map((d, i) => (
          <span key={d.id}>
            {i > 0 && ", "}
            <Link href={`/documents/${d.id}?curate=${deck.id}`}>{d.title}</Link>
          </span>
        ))}
        .
      </p>
      <form action={setDeckVisibilityAction} className="card row small" aria-label="Deck visibility">
        <input type="hidden" name="deckId" value={deck.id} />
        <input type="hidden" name="hidden" value={deck.hiddenFromStudents ? "false" : "true"} />
        <span data-testid="deck-visibility">
          {deck.sharedWith.length === 0
            ? deck.hiddenFromStudents
              ? "Hidden from students, and shared with no class: only you see it."
              : "Private: shared with no class, so only you see it."
            : deck.hiddenFromStudents
              ? `Hidden from the students of ${deck.sharedWith.join(", ")}: they take its assignments but cannot open, quiz or review it.`
              : `Shared with ${deck.sharedWith.join(", ")}: their students can open this deck, see its answers and study it.`}
        </span>
        <button type="submit" className="secondary">
          {deck.hiddenFromStudents ? "Show to the classes it is shared with" : "Hide from students"}
        </button>
      </form>
      <Pager
        page={deck.page}
        pages={deck.pages}
        label="Item pages"
        href={(n) => `/decks/${deck.id}/curate${query({ page: n })}`}
      />
      <ol className="plain" start={deck.skip + 1}>
        {deck.items.map((item) => (
          <li
            key={item.id}
            id={`item-${item.id}`}
            className={`card${item.status === "retired" ? " retired" : ""}`}
            data-testid="curate-item"
            data-item-id={item.id}
            data-type={item.type}
            data-status={item.status}
          >
            <div>
              <span className="badge">{item.type}</span>
              {item.status === "retired" && (
                <span className="badge" data-testid="retired-badge">
                  retired
                </span>
              )}
              {item.approved && <span className="badge ok">approved</span>}
              {item.version > 1 && <span className="badge">version {item.version}</span>}
              {item.manual && <span className="badge">written by hand</span>}
            </div>
            <p style={{ margin: ".4rem 0" }} data-testid="curate-prompt">
              {item.prompt}
            </p>
            <p className="small">
              Answer: <strong>{item.answer}</strong>
              {item.type === "mcq" && <> · Options: {item.options.join(" · ")}</>}
            </p>
            {item.citations.map((c) => (
              <p key={`${c.documentId}:${c.start}`} className="small muted">
                Cites: “{c.quote}” <CitationRef c={c} />
              </p>
            ))}
            <div className="row small">
              <Link className="btn secondary" href={`/decks/${deck.id}/items/${item.id}/edit`}>
                Edit
              </Link>
              {!item.approved && item.status === "active" && (
                <form action={approveItemAction}>
                  <input type="hidden" name="deckId" value={deck.id} />
                  <input type="hidden" name="itemId" value={item.id} />
                  <button type="submit" className="secondary">
                    Approve
                  </button>
                </form>
              )}
              <form action={setItemStatusAction}>
                <input type="hidden" name="deckId" value={deck.id} />
                <input type="hidden" name="itemId" value={item.id} />
                <input type="hidden" name="status" value={item.status === "retired" ? "active" : "retired"} />
                <button type="submit" className="secondary">
                  {item.status === "retired" ? "Restore" : "Retire"}
                </button>
              </form>
            </div>
          </li>
        ))}
      </ol>
      <Pager
        page={deck.page}
        pages={deck.pages}
        label="Item pages, again"
        href={(n) => `/decks/${deck.id}/curate${query({ page: n })}`}
      />
    </>
  );
}
