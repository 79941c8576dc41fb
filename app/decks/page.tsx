import { Flash } from "@/components/flash";
import Link from "@/components/link";
import { requireUser } from "@/lib/server/auth";
import { listDecks } from "@/lib/server/decks";
import { listDocumentChoices } from "@/lib/server/documents";
import { rangeLabel } from "@/lib/paging";
import { plural } from "@/lib/format";
import { OwnerLabel } from "@/components/owner-label";
import { Pager, query } from "@/components/pager";
import { SearchForm } from "@/components/search-form";
import { buildDeckAction } from "@/app/actions/build-deck-action";
import { importDeckAction } from "@/app/actions/import-deck-action";
import { ImportDeckForm } from "@/components/import-deck-form";

export const metadata = { title: "Decks · CiteDeck" };

export default async function DecksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const sp = await searchParams;
  const user = await requireUser(`/decks${query({ q: sp.q, page: sp.page })}`);
  const [list, docs] = await Promise.all([listDecks(user, { q: sp.q, page: sp.page }), listDocumentChoices(user)]);
  return (
    <>
      <h1>Decks</h1>
      <Flash
        error={sp.error}
        ok={
          sp.deleted && <>Deleted the deck “{sp.deleted}”. Your past quizzes and reviews of it stay in your progress.</>
        }
      />
      <SearchForm q={list.q} label="Search your decks" action="/decks" />
      {list.total === 0 ? (
        <p className="card">
          {list.q ? (
            `No deck title contains “${list.q}”.`
          ) : (
            <>
              No decks yet.{" "}
              {docs.length === 0 ? (
                <>
                  Start by <Link href="/library">adding a document</Link>.
                </>
              ) : (
                "Build one from your documents below."
              )}
            </>
          )}
        </p>
      ) : (
        <>
          <p className="small muted" data-testid="range">
            {rangeLabel(list, list.items.length, "decks")}
          </p>
          <ul className="plain" data-testid="deck-list">
            {list.items.map((d) => (
              <li key={d.id} className="card" data-testid="deck-row">
                <Link href={`/decks/${d.id}`} className="title-break">
                  <strong>{d.title}</strong>
                </Link>
                {d.hiddenFromStudents && d.owner.kind === "yours" && (
                  <span className="badge">hidden from students</span>
                )}
                <div className="muted small">
                  <OwnerLabel owner={d.owner} /> ·{" "}
                  <span className="nowrap">{d.createdAt.toISOString().slice(0, 10)}</span> ·{" "}
                  {plural(d.itemCount, "item")} · {d.documentCount} document{d.documentCount === 1 ? "" : "s"}
                </div>
              </li>
            ))}
          </ul>
          <Pager
            page={list.page}
            pages={list.pages}
            label="Deck pages"
            href={(n) => `/decks${query({ q: list.q, page: n })}`}
          />
        </>
      )}
      <h2>Import a question bank</h2>
      <ImportDeckForm action={importDeckAction} />
      {docs.length > 0 && (
        <>
          <h2>Build a deck</h2>
          <form action={buildDeckAction} className="card" aria-label="Build a deck">
            <fieldset className="bare">
              <legend className="small muted">Documents</legend>
              {docs.map((d) => (
                <label key={d.id} className="check">
                  <input type="checkbox" name="documentIds" value={d.id} />{" "}
                  <span className="title-break">{d.title}</span>
                  {d.starter && <span className="badge">starter</span>}
                </label>
              ))}
            </fieldset>
            <label htmlFor="title">
              Deck title <span className="muted small">(optional)</span>
            </label>
            <input id="title" name="title" type="text" maxLength={200} />
            <p>
              <button type="submit">Build deck</button>
            </p>
          </form>
        </>
      )}
    </>
  );
}
