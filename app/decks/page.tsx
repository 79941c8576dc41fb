import Link from "next/link";
import { requireUser } from "@/lib/server/auth";
import { listDecks } from "@/lib/server/decks";
import { listDocuments } from "@/lib/server/documents";
import { buildDeckAction } from "@/app/actions/build-deck-action";
import { importDeckAction } from "@/app/actions/import-deck-action";
import { ImportDeckForm } from "@/components/import-deck-form";

export const metadata = { title: "Decks · CiteDeck" };

export default async function DecksPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser("/decks");
  const [decks, docs, sp] = await Promise.all([listDecks(user), listDocuments(user), searchParams]);
  return (
    <>
      <h1>Decks</h1>
      {sp.error && <p className="error-box">{sp.error}</p>}
      {decks.length === 0 ? (
        <p className="card">No decks yet. {docs.length === 0 ? <>Start by <Link href="/library">adding a document</Link>.</> : "Build one from your documents below."}</p>
      ) : (
        <ul className="plain">
          {decks.map((d) => (
            <li key={d.id} className="card">
              <Link href={`/decks/${d.id}`}><strong>{d.title}</strong></Link>
              <div className="muted small">{d.itemCount} items · {d.documentCount} document{d.documentCount === 1 ? "" : "s"}</div>
            </li>
          ))}
        </ul>
      )}
      <h2>Import a question bank</h2>
      <ImportDeckForm action={importDeckAction} />
      {docs.length > 0 && (
        <>
          <h2>Build a deck</h2>
          <form action={buildDeckAction} className="card" aria-label="Build a deck">
            <fieldset style={{ border: 0, padding: 0 }}>
              <legend className="small muted">Documents</legend>
              {docs.map((d) => (
                <label key={d.id} style={{ fontWeight: 400 }} className="row"><input type="checkbox" name="documentIds" value={d.id} /> {d.title}</label>
              ))}
            </fieldset>
            <label htmlFor="title">Deck title <span className="muted small">(optional)</span></label>
            <input id="title" name="title" type="text" maxLength={200} />
            <p><button type="submit">Build deck</button></p>
          </form>
        </>
      )}
    </>
  );
}
