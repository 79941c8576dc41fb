import { Flash } from "@/components/flash";
import Link from "@/components/link";
import { requireUser } from "@/lib/server/auth";
import { listDocuments } from "@/lib/server/documents";
import { rangeLabel } from "@/lib/paging";
import { AddDocumentForm } from "@/components/add-document-form";
import { OwnerLabel } from "@/components/owner-label";
import { Pager, query } from "@/components/pager";
import { SearchForm } from "@/components/search-form";
import { addDocumentAction } from "@/app/actions/add-document-action";

export const metadata = { title: "Library · CiteDeck" };

export default async function LibraryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const sp = await searchParams;
  const user = await requireUser(`/library${query({ q: sp.q, page: sp.page })}`);
  const list = await listDocuments(user, { q: sp.q, page: sp.page });
  return (
    <>
      <h1>Library</h1>
      <p className="small muted">
        Your documents are yours alone unless you share them with a class you teach. The starter collection is read by
        everyone.
      </p>
      <Flash
        ok={
          sp.deleted && (
            <>
              Deleted “{sp.deleted}”. Decks built from it keep their items; their citations show the quoted passage,
              marked as from a deleted document.
            </>
          )
        }
      />
      <SearchForm q={list.q} label="Search the library" action="/library" />
      {list.total === 0 ? (
        <p className="card">
          {list.q
            ? `No document title contains “${list.q}”.`
            : "The library is empty. Add a first document below: paste text or upload a file."}
        </p>
      ) : (
        <>
          <p className="small muted" data-testid="range">
            {rangeLabel(list, list.items.length, "documents")}
          </p>
          <ul className="plain" data-testid="document-list">
            {list.items.map((d) => (
              <li key={d.id} className="card" data-testid="document-row">
                <Link href={`/documents/${d.id}`} className="title-break">
                  <strong>{d.title}</strong>
                </Link>{" "}
                <span className="badge">{d.format}</span>
                <div className="small muted">
                  <OwnerLabel owner={d.owner} /> · added{" "}
                  <span className="nowrap">{d.createdAt.toISOString().slice(0, 10)}</span> ·{" "}
                  {d.wordCount.toLocaleString("en")} words · {d.sentenceCount} sentences
                </div>
              </li>
            ))}
          </ul>
          <Pager
            page={list.page}
            pages={list.pages}
            label="Library pages"
            href={(n) => `/library${query({ q: list.q, page: n })}`}
          />
        </>
      )}
      <h2>Add a document</h2>
      <AddDocumentForm action={addDocumentAction} />
    </>
  );
}
