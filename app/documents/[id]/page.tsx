import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth";
import { getDocument } from "@/lib/server/documents";
import { isAppError } from "@/lib/errors";
import { HighlightedText } from "@/components/highlighted-text";
import { ScrollToCite } from "@/components/scroll-to-cite";
import { SelectionCiter } from "@/components/selection-citer";
import { buildDeckAction } from "@/app/actions/build-deck-action";

const int = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);

export default async function DocumentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const sp = await searchParams;
  const start = int(sp.start);
  const end = int(sp.end);
  const qs = start !== undefined ? `?start=${start}&end=${end ?? ""}` : "";
  const user = await requireUser(`/documents/${id}${qs}`);
  const doc = await getDocument(user, id).catch((e) => { if (isAppError(e) && e.code === "NOT_FOUND") notFound(); throw e; });
  const badSpan = start !== undefined && (end === undefined || end <= start || end > doc.text.length);
  // Instructors cite by selecting text: for a new question, or for the item they are editing.
  const q = (v: string) => encodeURIComponent(v);
  const citeTargets = user.role !== "instructor" ? [] : sp.curate && sp.item
    ? [{ label: "Cite this in the item", base: `/decks/${q(sp.curate)}/items/${q(sp.item)}/edit?doc=${doc.id}` }]
    : [...new Map([...(sp.curate ? [{ id: sp.curate, title: "this deck" }] : []), ...doc.decks].map((d) => [d.id, d])).values()]
        .map((d) => ({ label: `New question in ${d.title}`, base: `/decks/${q(d.id)}/items/new?doc=${doc.id}` }));
  return (
    <>
      <p className="small"><Link href="/library">← Library</Link></p>
      <h1>{doc.title}</h1>
      <p className="muted small">{doc.format.toUpperCase()} · {doc.sentences.length} sentences · added {doc.createdAt.toISOString().slice(0, 10)}{doc.addedBy ? ` by ${doc.addedBy}` : ""}</p>
      {badSpan && <p className="error-box">The link points at characters {sp.start}–{sp.end}, which are not in this document. Showing the whole text.</p>}
      <div className="row">
        {doc.decks.map((d) => <Link key={d.id} className="badge" href={`/decks/${d.id}`}>Deck: {d.title}</Link>)}
        <form action={buildDeckAction}>
          <input type="hidden" name="documentIds" value={doc.id} />
          <button className="secondary" type="submit">Build a deck from this document</button>
        </form>
      </div>
      {citeTargets.length > 0 && <SelectionCiter containerId="doc-body" targets={citeTargets} />}
      <article className="card" aria-label="Document text" id="doc-body">
        <HighlightedText text={doc.text} start={badSpan ? undefined : start} end={badSpan ? undefined : end} />
      </article>
      <ScrollToCite />
    </>
  );
}
