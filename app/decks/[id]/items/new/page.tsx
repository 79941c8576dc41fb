import Link from "@/components/link";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth";
import { requireCurationDeck } from "@/lib/server/curation";
import { getDocument } from "@/lib/server/documents";
import { ActionForm } from "@/components/action-form";
import { addItemAction } from "@/app/actions/add-item-action";
import { pageData } from "@/lib/server/page-data";

export const metadata = { title: "Add a question · CiteDeck" };

const int = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);

export default async function NewItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireUser(`/decks/${id}/items/new`);
  const deck = await pageData(requireCurationDeck(user, id));
  // A starter deck is curated on a copy: the curation page offers it.
  if (deck.kind === "copy") redirect(`/decks/${encodeURIComponent(id)}/curate`);
  const start = int(sp.start),
    end = int(sp.end);
  const doc = sp.doc ? await getDocument(user, sp.doc) : null;
  const ok = doc && start !== undefined && end !== undefined && end > start && end <= doc.text.length;
  return (
    <>
      <p className="small">
        <Link href={`/decks/${id}/curate`}>← Review items: {deck.title}</Link>
      </p>
      <h1>Add a question</h1>
      {!ok ? (
        <p className="card">
          First select the sentence the question cites: open a document (
          {deck.documents.map((d, i) => (
            <span key={d.id}>
              {i > 0 && ", "}
              <Link href={`/documents/${d.id}?curate=${id}`}>{d.title}</Link>
            </span>
          ))}
          ) and select text.
        </p>
      ) : (
        <ActionForm action={addItemAction} label="Add a question" submitLabel="Add question">
          <input type="hidden" name="deckId" value={id} />
          <input type="hidden" name="citeDocumentId" value={doc.id} />
          <input type="hidden" name="citeStart" value={start} />
          <input type="hidden" name="citeEnd" value={end} />
          <p className="small" style={{ margin: 0 }}>
            Cites, from {doc.title}:
          </p>
          <blockquote className="quote" data-testid="new-citation">
            {doc.text.slice(start, end)}
          </blockquote>
          <label htmlFor="prompt">Question</label>
          <textarea id="prompt" name="prompt" style={{ minHeight: "5rem" }} required />
          <label htmlFor="answer">Correct answer (must appear in the cited text)</label>
          <input id="answer" name="answer" type="text" required />
          <label htmlFor="wrongOptions">Wrong options, one per line (1 to 5)</label>
          <textarea id="wrongOptions" name="wrongOptions" style={{ minHeight: "6rem" }} required />
        </ActionForm>
      )}
    </>
  );
}
