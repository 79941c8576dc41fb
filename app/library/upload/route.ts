// POST /library/upload: adds an uploaded file to the signed-in person's library. Refuses an
// oversize body from its declared length (413, a plain message) before reading it, and counts
// while reading when no length is declared. Answers JSON to the library form (fetch) and a short
// HTML page, or a redirect to the new document, to a plain form post.
import { getSessionUser } from "@/lib/server/auth";
import { addDocument } from "@/lib/server/documents";
import { toActionError, type ActionError } from "@/lib/server/action-result";
import { MAX_UPLOAD_BYTES, readCapped, tooLargeMessage } from "@/lib/server/uploads";

export const dynamic = "force-dynamic";

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, FILE_TOO_LARGE: 413, INTERNAL: 500 };

function escape(s: string) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function refuse(req: Request, e: ActionError, status: number): Response {
  if (req.headers.get("x-citedeck-fetch") === "1") return Response.json(e, { status });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not added · CiteDeck</title><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main><h1>The document was not added</h1><p>${escape(e.message)}</p><p><a href="/library">Back to the library</a></p></main></body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8" } });
}

export async function POST(req: Request): Promise<Response> {
  const origin = req.headers.get("origin");
  const foreign = (() => {
    try {
      return !!origin && new URL(origin).host !== req.headers.get("host");
    } catch {
      return true;
    }
  })();
  if (foreign)
    return refuse(
      req,
      { ok: false, code: "FORBIDDEN", message: "Uploads are accepted only from CiteDeck's own pages." },
      403,
    );
  const user = await getSessionUser();
  if (!user)
    return refuse(
      req,
      { ok: false, code: "UNAUTHENTICATED", message: "Your session has expired. Sign in again, then upload the file." },
      401,
    );
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES)
    return refuse(req, { ok: false, code: "FILE_TOO_LARGE", message: tooLargeMessage(declared) }, 413);
  const { bytes, seen } = await readCapped(req.body, MAX_UPLOAD_BYTES);
  if (!bytes) return refuse(req, { ok: false, code: "FILE_TOO_LARGE", message: tooLargeMessage(seen, true) }, 413);
  try {
    const form = await new Request("http://upload.local/", {
      method: "POST",
      headers: { "content-type": req.headers.get("content-type") ?? "" },
      body: Buffer.from(bytes),
    }).formData();
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0)
      return refuse(req, { ok: false, code: "INVALID_INPUT", message: "Choose a file to upload." }, 400);
    const res = await addDocument(
      { kind: "file", fileName: file.name, mimeType: file.type, bytes: new Uint8Array(await file.arrayBuffer()) },
      user,
    );
    const body = { ok: true as const, status: res.status, id: res.document.id, title: res.document.title };
    if (req.headers.get("x-citedeck-fetch") === "1") return Response.json(body);
    return Response.redirect(new URL(`/documents/${res.document.id}`, req.url), 303);
  } catch (e) {
    const err = toActionError(e);
    return refuse(req, err, STATUS[err.code] ?? 422);
  }
}
