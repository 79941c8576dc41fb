// Downloads a deck as a file: GET /decks/<id>/export?format=apkg|tsv|quizlet|gift|moodle-xml|qti|csv&scope=all|approved.
// A deck the person may not open gets the same answer as one that does not exist.
import { getSessionUser } from "@/lib/server/auth";
import { exportDeckFile } from "@/lib/server/deck-export";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const plain = (message: string, status: number) =>
  new Response(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const user = await getSessionUser();
  if (!user) return plain("Sign in to export this deck.", 401);
  const q = new URL(req.url).searchParams;
  try {
    const file = await exportDeckFile(user, id, {
      format: q.get("format") as never,
      scope: (q.get("scope") ?? undefined) as never,
    });
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") return plain(e.message, 404);
    if (isAppError(e) && e.code === "INVALID_INPUT") return plain(e.message, 400);
    throw e;
  }
}
