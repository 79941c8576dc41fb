import Link from "next/link";
import { requireUser } from "@/lib/server/auth";
import { listDocuments } from "@/lib/server/documents";
import { AddDocumentForm } from "@/components/add-document-form";
import { addDocumentAction } from "@/app/actions/add-document-action";

export const metadata = { title: "Library · CiteDeck" };

export default async function LibraryPage() {
  const user = await requireUser("/library");
  const docs = await listDocuments(user);
  return (
    <>
      <h1>Library</h1>
      {docs.length === 0 ? (
        <p className="card">The library is empty. Add a first document below: paste text or upload a file.</p>
      ) : (
        <table>
          <thead><tr><th>Title</th><th>Words</th><th>Sentences</th><th>Added</th></tr></thead>
          <tbody>
            {docs.map((d) => (
              <tr key={d.id}>
                <td><Link href={`/documents/${d.id}`}>{d.title}</Link> <span className="badge">{d.format}</span></td>
                <td>{d.wordCount.toLocaleString("en")}</td>
                <td>{d.sentenceCount}</td>
                <td className="small muted">{d.createdAt.toISOString().slice(0, 10)}{d.addedBy ? ` by ${d.addedBy}` : " (import)"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Add a document</h2>
      <AddDocumentForm action={addDocumentAction} />
    </>
  );
}
