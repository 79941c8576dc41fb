// The gradebook as CSV for the class's instructor; anyone else gets the same answer as for a
// class that does not exist.
import { getSessionUser } from "@/lib/server/auth";
import { requireGradebook, gradebookCsv } from "@/lib/server/results";
import { isAppError } from "@/lib/errors";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const user = await getSessionUser();
  if (!user)
    return new Response("Sign in to download the gradebook.\n", {
      status: 401,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  try {
    const g = await requireGradebook(user, id);
    const name = g.className.replace(/[^\w-]+/g, "-").replace(/^-|-$/g, "") || "class";
    return new Response(gradebookCsv(g), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}-gradebook.csv"`,
      },
    });
  } catch (e) {
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN"))
      return new Response(`${e.message}\n`, {
        status: e.code === "NOT_FOUND" ? 404 : 403,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    throw e;
  }
}
