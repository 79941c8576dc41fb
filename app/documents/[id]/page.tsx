import { Flash } from "@/components/flash";
import Link from "@/components/link";
import { requireUser } from "@/lib/server/auth";
import { requireDocument } from "@/lib/server/documents";
import { HighlightedText } from "@/components/highlighted-text";
import { ScrollToCite } from "@/components/scroll-to-cite";
import { SelectionCiter } from "@/components/selection-citer";
import { OwnerLabel } from "@/components/owner-label";
import { ActionForm } from "@/components/action-form";
import { buildDeckAction } from "@/app/actions/build-deck-action";
import { renameDocumentAction } from "@/app/actions/rename-document-action";
import { deleteDocumentAction } from "@/app/actions/delete-document-action";
import { setDocumentSharedAction } from "@/app/actions/set-document-shared-action";
import { pageData } from "@/lib/server/page-data";

const int = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);

export default async function DocumentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const start = int(sp.start);
  const end = int(sp.end);
  const qs = start !== undefined ? `?start=${start}&end=${end ?? ""}` : "";
  const user = await requireUser(`/documents/${id}${qs}`);
  const doc = await pageData(requireDocument(user, id));
  const badSpan = start !== undefined && (end === undefined || end <= start || end > doc.text.length);
  // Instructors cite by selecting text: for a new question in one of their own decks, or for the
  // item they are editing.
  const q = (v: string) => encodeURIComponent(v);
  const citeTargets =
    user.role !== "instructor"
      ? []
      : sp.curate && sp.item
        ? [{ label: "Cite this in the item", base: `/decks/${q(sp.curate)}/items/${q(sp.item)}/edit?doc=${doc.id}` }]
        : [
            ...new Map(
              [...(sp.curate ? [{ id: sp.curate, title: "this deck" }] : []), ...doc.decks.filter((d) => d.mine)].map(
                (d) => [d.id, d],
              ),
            ).values(),
          ].map((d) => ({ label: `New question in ${d.title}`, base: `/decks/${q(d.id)}/items/new?doc=${doc.id}` }));
  return (
    <>
      <p className="small">
        <Link href="/library">← Library</Link>
      </p>
      <h1 className="title-break">{doc.title}</h1>
      <p className="muted small">
        {doc.format.toUpperCase()} · {doc.sentences.length} sentences · added {doc.createdAt.toISOString().slice(0, 10)}{" "}
        · <OwnerLabel owner={doc.owner} />
      </p>
      <Flash error={sp.error} ok={sp.saved && sp.saved} />
      {badSpan && (
        <p className="error-box">
          The link points at characters {sp.start}–{sp.end}, which are not in this document. Showing the whole text.
        </p>
      )}
      <div className="row">
        {doc.decks.map((d) => (
          <Link key={d.id} className="badge" href={`/decks/${d.id}`}>
            Deck: {d.title}
          </Link>
        ))}
        <form action={buildDeckAction}>
          <input type="hidden" name="documentIds" value={doc.id} />
          <button className="secondary" type="submit">
            Build a deck from this document
          </button>
        </form>
      </div>
      {citeTargets.length > 0 && <SelectionCiter containerId="doc-body" targets={citeTargets} />}
      <article className="card" aria-label="Document text" id="doc-body">
        <HighlightedText text={doc.text} start={badSpan ? undefined : start} end={badSpan ? undefined : end} />
      </article>
      <ScrollToCite />
      {doc.canManage && (
        <section className="manage" aria-labelledby="manage-doc">
          <h2 id="manage-doc">Manage this document</h2>
          <ActionForm action={renameDocumentAction} label="Rename the document" submitLabel="Rename" className="">
            <input type="hidden" name="documentId" value={doc.id} />
            <label htmlFor="rename-title">Title</label>
            <input id="rename-title" name="title" type="text" required maxLength={200} defaultValue={doc.title} />
          </ActionForm>
          {doc.shareTargets.length > 0 && (
            <>
              <h3 className="small">Share with a class</h3>
              <ul className="plain">
                {doc.shareTargets.map((c) => (
                  <li key={c.classId} className="row small">
                    <span>
                      {c.name}: {c.shared ? "shared" : "not shared"}
                    </span>
                    <form action={setDocumentSharedAction}>
                      <input type="hidden" name="documentId" value={doc.id} />
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
                Delete “{doc.title}” and its text? Decks built from it keep their items; each citation keeps the quoted
                passage, marked as from a deleted document. Past quizzes and reviews stay readable.
              </p>
              <form action={deleteDocumentAction} className="row">
                <input type="hidden" name="documentId" value={doc.id} />
                <button type="submit" className="danger">
                  Delete the document
                </button>
                <Link href={`/documents/${doc.id}`}>Cancel</Link>
              </form>
            </div>
          ) : (
            <p>
              <Link href={`/documents/${doc.id}?confirm=delete`}>Delete this document…</Link>
            </p>
          )}
        </section>
      )}
    </>
  );
}
