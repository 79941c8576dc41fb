// The deck page's export form: a format and which items; the download is a plain GET to the
// deck's export route (a file with Content-Disposition), so it needs no script.
import { EXPORT_FORMATS, EXPORT_LABEL } from "@/lib/interop/labels";

export function ExportMenu({ deckId, showApproved }: { deckId: string; showApproved: boolean }) {
  return (
    <details className="card" data-testid="export-menu">
      <summary>Export this deck (Anki, Quizlet, Moodle, Canvas, CSV)</summary>
      <form
        method="get"
        action={`/decks/${deckId}/export`}
        className="row"
        aria-label="Export this deck"
        style={{ marginTop: ".5rem" }}
      >
        <label htmlFor="export-format" style={{ margin: 0 }}>
          Format
        </label>
        <select id="export-format" name="format" defaultValue="apkg">
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {EXPORT_LABEL[f]}
            </option>
          ))}
        </select>
        {showApproved && (
          <select name="scope" aria-label="Which items" defaultValue="all">
            <option value="all">All items</option>
            <option value="approved">Approved items only</option>
          </select>
        )}
        <button type="submit">Download</button>
      </form>
      <p className="small muted">
        Each format keeps the citation where it can: a field of its own in Anki, the general feedback in Moodle,
        feedback in QTI, columns in CSV. Quizlet keeps only terms and definitions.
      </p>
    </details>
  );
}
