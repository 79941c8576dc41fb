"use client";
// Adds a document: pasted text through a server action, a file through POST /library/upload
// (which answers 413 with a plain message for an oversize file). Sizes are checked here first;
// a request that fails anyway still ends in a message, never the error page.
import Link from "@/components/link";
import { useActionState, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import { formText } from "@/lib/form-data";

type State = ActionResult<{ status: "added" | "duplicate"; id: string; title: string }> | null;
type Action = (prev: State, form: FormData) => Promise<State>;

const MAX_BYTES = 10 * 1024 * 1024;
/** The server's title limit (lib/ingest MAX_TITLE_LENGTH). */
const MAX_TITLE = 200;
const ACCEPT = ".txt,.text,.md,.markdown,.html,.htm,.pdf,.docx";
const mb = (n: number) => {
  const x = Math.round((n / 1048576) * 10) / 10;
  return `${Number.isInteger(x) ? x.toFixed(0) : x.toFixed(1)} MB`;
};
const tooLarge = (what: string, size: number) =>
  `${what} is ${mb(size)}; the limit is 10 MB. ${what.startsWith("The pasted") ? "Paste a shorter part of it." : "Split it or upload a smaller file."}`;

async function upload(form: FormData): Promise<State> {
  const file = form.get("file");
  try {
    const res = await fetch("/library/upload", { method: "POST", body: form, headers: { "x-citedeck-fetch": "1" } });
    const body = (await res.json().catch(() => null)) as State;
    if (body) return body;
    if (res.status === 413 && file instanceof File)
      return { ok: false, code: "FILE_TOO_LARGE", message: tooLarge(`“${file.name}”`, file.size) };
    return {
      ok: false,
      code: "INTERNAL",
      message: `The upload failed (HTTP ${res.status}). Nothing was added; try again.`,
    };
  } catch {
    return {
      ok: false,
      code: "NETWORK",
      message: "The upload did not reach CiteDeck (network error). Nothing was added; try again.",
    };
  }
}

export function AddDocumentForm({ action, className = "card" }: { action: Action; className?: string }) {
  const safeAction: Action = async (prev, form) => {
    try {
      return await action(prev, form);
    } catch {
      const size = new TextEncoder().encode(formText(form, "text")).byteLength;
      return {
        ok: false,
        code: "INTERNAL",
        message:
          size > MAX_BYTES
            ? tooLarge("The pasted text", size)
            : "The text could not be sent. Nothing was added; try again.",
      };
    }
  };
  const [pasteState, pasteAction, pastePending] = useActionState(safeAction, null);
  const [uploadState, setUploadState] = useState<State>(null);
  const [uploading, startUpload] = useTransition();
  const [mode, setMode] = useState<"paste" | "file">("paste");
  const [clientError, setClientError] = useState<string | null>(null);
  const state = mode === "file" ? uploadState : pasteState;
  const pending = mode === "file" ? uploading : pastePending;
  return (
    <form
      action={pasteAction}
      className={className}
      aria-label="Add a document"
      onSubmit={(e) => {
        const fd = new FormData(e.currentTarget);
        const f = fd.get("file");
        const text = fd.get("text");
        setClientError(null);
        if (f instanceof File && f.size > MAX_BYTES) {
          e.preventDefault();
          setClientError(tooLarge(`“${f.name}”`, f.size));
        } else if (typeof text === "string" && new TextEncoder().encode(text).byteLength > MAX_BYTES) {
          e.preventDefault();
          setClientError(tooLarge("The pasted text", new TextEncoder().encode(text).byteLength));
        } else if (mode === "file") {
          e.preventDefault();
          startUpload(async () => setUploadState(await upload(fd)));
        }
      }}
    >
      <div className="row" role="radiogroup" aria-label="How to add">
        <label className="check inline">
          <input
            type="radio"
            name="mode"
            checked={mode === "paste"}
            onChange={() => {
              setMode("paste");
              setClientError(null);
            }}
          />{" "}
          Paste text
        </label>
        <label className="check inline">
          <input
            type="radio"
            name="mode"
            checked={mode === "file"}
            onChange={() => {
              setMode("file");
              setClientError(null);
            }}
          />{" "}
          Upload a file
        </label>
      </div>
      {mode === "paste" ? (
        <>
          <label htmlFor="title">
            Title <span className="muted small">(optional, up to {MAX_TITLE} characters)</span>
          </label>
          <input id="title" name="title" type="text" maxLength={MAX_TITLE} />
          <label htmlFor="text">Text</label>
          <textarea id="text" name="text" required />
        </>
      ) : (
        <>
          <label htmlFor="file">
            File <span className="muted small">(.txt, .md, .html, .pdf, .docx; up to 10 MB)</span>
          </label>
          <input id="file" name="file" type="file" accept={ACCEPT} required />
        </>
      )}
      {clientError && (
        <p className="error-box" role="alert">
          {clientError}
        </p>
      )}
      {!clientError && state && !state.ok && (
        <p className="error-box" role="alert" data-testid="add-error">
          {state.message}
        </p>
      )}
      {state?.ok && state.status === "added" && (
        <p className="ok-box" role="status">
          Added <Link href={`/documents/${state.id}`}>{state.title}</Link> to your library.
        </p>
      )}
      {state?.ok && state.status === "duplicate" && (
        <p className="ok-box" role="status">
          You already have this document: <Link href={`/documents/${state.id}`}>{state.title}</Link>. Nothing was
          duplicated.
        </p>
      )}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add to library"}
        </button>
      </p>
    </form>
  );
}
