"use client";
// The decks page's import form: a question bank file (GIFT, Moodle XML, Anki, text, CSV) becomes a
// new deck; the result says how many items found a citation in the library and how many did not.
import Link from "@/components/link";
import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/errors";
import { FORMAT_LABEL, IMPORT_FORMATS } from "@/lib/interop/labels";

type State = ActionResult<{
  deckId: string;
  title: string;
  itemCount: number;
  citedCount: number;
  uncitedCount: number;
  warnings: string[];
}> | null;
type Action = (prev: State, form: FormData) => Promise<State>;

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = ".gift,.txt,.xml,.apkg,.colpkg,.tsv,.csv";

export function ImportDeckForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [clientError, setClientError] = useState<string | null>(null);
  return (
    <form
      action={formAction}
      className="card"
      aria-label="Import a question bank"
      onSubmit={(e) => {
        const f = new FormData(e.currentTarget).get("file");
        if (f instanceof File && f.size > MAX_BYTES) {
          e.preventDefault();
          setClientError(`“${f.name}” is ${(f.size / 1048576).toFixed(1)} MB; the limit for an import is 10 MB.`);
        } else setClientError(null);
      }}
    >
      <label htmlFor="import-file">
        Question bank{" "}
        <span className="muted small">(Moodle GIFT or XML, Anki .apkg or text, Quizlet text, CSV; up to 10 MB)</span>
      </label>
      <input id="import-file" name="file" type="file" accept={ACCEPT} required />
      <div className="row">
        <label htmlFor="import-format" style={{ margin: 0 }}>
          Format
        </label>
        <select id="import-format" name="format" defaultValue="">
          <option value="">Detect from the file</option>
          {IMPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABEL[f]}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor="import-title">
        Deck title <span className="muted small">(optional; else the bank&apos;s own name)</span>
      </label>
      <input id="import-title" name="title" type="text" maxLength={200} />
      <p className="small muted">
        Each question is checked against the documents you can see: when a sentence holds its answer, that sentence
        becomes its citation. Questions with none are marked <strong>uncited</strong>.
      </p>
      {clientError && <p className="error-box">{clientError}</p>}
      {state && !state.ok && (
        <p className="error-box" data-testid="import-error">
          {state.message}
        </p>
      )}
      {state?.ok && (
        <div className="ok-box" data-testid="import-result">
          <p>
            Imported {state.itemCount} item{state.itemCount === 1 ? "" : "s"} into{" "}
            <Link href={`/decks/${state.deckId}`}>{state.title}</Link>: {state.citedCount} cited from your documents,{" "}
            {state.uncitedCount} uncited.
          </p>
          {state.warnings.length > 0 && (
            <ul className="small">
              {state.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Importing…" : "Import"}
        </button>
      </p>
    </form>
  );
}
