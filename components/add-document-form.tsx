"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/errors";

type State = ActionResult<{ status: "added" | "duplicate"; id: string; title: string }> | null;
type Action = (prev: State, form: FormData) => Promise<State>;

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = ".txt,.text,.md,.markdown,.html,.htm,.pdf,.docx";

export function AddDocumentForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [mode, setMode] = useState<"paste" | "file">("paste");
  const [clientError, setClientError] = useState<string | null>(null);
  return (
    <form
      action={formAction}
      className="card"
      aria-label="Add a document"
      onSubmit={(e) => {
        const f = new FormData(e.currentTarget).get("file");
        if (f instanceof File && f.size > MAX_BYTES) {
          e.preventDefault();
          setClientError(`“${f.name}” is ${(f.size / 1048576).toFixed(1)} MB; the limit is 10 MB. Split it or upload a smaller file.`);
        } else setClientError(null);
      }}
    >
      <div className="row" role="radiogroup" aria-label="How to add">
        <label className="row" style={{ fontWeight: 400, margin: 0 }}><input type="radio" name="mode" checked={mode === "paste"} onChange={() => setMode("paste")} /> Paste text</label>
        <label className="row" style={{ fontWeight: 400, margin: 0 }}><input type="radio" name="mode" checked={mode === "file"} onChange={() => setMode("file")} /> Upload a file</label>
      </div>
      {mode === "paste" ? (
        <>
          <label htmlFor="title">Title <span className="muted small">(optional)</span></label>
          <input id="title" name="title" type="text" maxLength={400} />
          <label htmlFor="text">Text</label>
          <textarea id="text" name="text" required />
        </>
      ) : (
        <>
          <label htmlFor="file">File <span className="muted small">(.txt, .md, .html, .pdf, .docx; up to 10 MB)</span></label>
          <input id="file" name="file" type="file" accept={ACCEPT} required />
        </>
      )}
      {clientError && <p className="error-box">{clientError}</p>}
      {state && !state.ok && <p className="error-box">{state.message}</p>}
      {state?.ok && state.status === "added" && <p className="ok-box">Added <Link href={`/documents/${state.id}`}>{state.title}</Link>.</p>}
      {state?.ok && state.status === "duplicate" && <p className="ok-box">This document is already in the library: <Link href={`/documents/${state.id}`}>{state.title}</Link>. Nothing was duplicated.</p>}
      <p><button type="submit" disabled={pending}>{pending ? "Adding…" : "Add to library"}</button></p>
    </form>
  );
}
