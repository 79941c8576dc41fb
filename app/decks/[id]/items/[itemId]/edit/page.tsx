import Link from "@/components/link";
import { requireUser } from "@/lib/server/auth";
import { requireCurationItem } from "@/lib/server/curation";
import { getDocument } from "@/lib/server/documents";
import { ActionForm } from "@/components/action-form";
import { editItemAction } from "@/app/actions/edit-item-action";
import { pageData } from "@/lib/server/page-data";

export const metadata = { title: "Edit item · CiteDeck" };

const int = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);

export default async function EditItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; itemId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id, itemId } = await params;
  const sp = await searchParams;
  const user = await requireUser(`/decks/${id}/items/${itemId}/edit`);
  const item = await pageData(requireCurationItem(user, id, itemId));
  // A new citation chosen in the document view arrives as ?doc=&start=&end=.
  const start = int(sp.start),
    end = int(sp.end);
  const newDoc = sp.doc && start !== undefined && end !== undefined ? await getDocument(user, sp.doc) : null;
  const newCite =
    newDoc && start !== undefined && end !== undefined && end > start && end <= newDoc.text.length
      ? { documentId: newDoc.id, title: newDoc.title, start, end, quote: newDoc.text.slice(start, end) }
      : null;
  const current = item.citations[0];
  const citeDoc = newCite?.documentId ?? current?.documentId;
  return (
    <>
      <p className="small">
        <Link href={`/decks/${id}/curate#item-${itemId}`}>← Review items: {item.deckTitle}</Link>
      </p>
      <h1>Edit item</h1>
      <ActionForm action={editItemAction} label="Edit item" submitLabel="Save new version">
        <input type="hidden" name="deckId" value={id} />
        <input type="hidden" name="itemId" value={itemId} />
        {newCite && (
          <>
            <input type="hidden" name="citeDocumentId" value={newCite.documentId} />
            <input type="hidden" name="citeStart" value={newCite.start} />
            <input type="hidden" name="citeEnd" value={newCite.end} />
          </>
        )}
        <p className="small muted">
          {item.type} · version {item.version}. Students who already answered keep the version they saw.
        </p>
        <label htmlFor="prompt">Question</label>
        <textarea id="prompt" name="prompt" defaultValue={item.prompt} style={{ minHeight: "5rem" }} required />
        <label htmlFor="answer">
          Correct answer {item.type === "truefalse" && <span className="muted small">(True or False)</span>}
        </label>
        <input id="answer" name="answer" type="text" defaultValue={item.answer} required />
        {item.type === "mcq" && (
          <>
            <label htmlFor="wrongOptions">Wrong options, one per line</label>
            <textarea
              id="wrongOptions"
              name="wrongOptions"
              defaultValue={item.options.filter((o) => o !== item.answer).join("\n")}
              style={{ minHeight: "6rem" }}
            />
          </>
        )}
        <p className="small" style={{ marginBottom: 0 }}>
          <strong>Citation</strong>
          {newCite ? " (new)" : ""}: the answer must appear in it.
        </p>
        <blockquote className="quote" data-testid="edit-citation">
          {newCite ? newCite.quote : (current?.quote ?? "No citation")}
        </blockquote>
        {current?.deleted && !newCite && (
          <p className="small muted">The cited document was deleted; select a sentence in another document to cite.</p>
        )}
        {citeDoc && (
          <p className="small">
            <Link
              href={`/documents/${citeDoc}?curate=${id}&item=${itemId}${current && !newCite ? `&start=${current.start}&end=${current.end}` : ""}`}
            >
              Cite another sentence: select it in the document
            </Link>
          </p>
        )}
      </ActionForm>
      {item.history.length > 0 && (
        <>
          <h2>History</h2>
          <ol className="small" data-testid="history">
            {item.history.map((h) => (
              <li key={h.version}>
                Version {h.version}
                {h.editedBy ? ` by ${h.editedBy}` : " (generated)"},{" "}
                {h.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC: “{h.prompt}” → {h.answer}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
