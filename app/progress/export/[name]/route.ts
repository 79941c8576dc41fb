// CSV downloads of the progress page: the signed-in student's own data only.
import { getSessionUser } from "@/lib/server/auth";
import { exportProgressCsv } from "@/lib/server/progress-export";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const user = await getSessionUser();
  if (!user)
    return new Response("Sign in to download your progress.\n", {
      status: 401,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  try {
    const { filename, csv } = await exportProgressCsv(user, name, new Date());
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND")
      return new Response(`${e.message}\n`, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
