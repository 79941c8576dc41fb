import Link from "@/components/link";
import { LinkPending } from "@/components/link-pending";

/** Previous / next links for a paged list. `href(n)` gives the URL of page n. While the page
 *  loads, the line under the header says "Opening page n…". */
export function Pager({
  page,
  pages,
  href,
  label,
}: {
  page: number;
  pages: number;
  href: (n: number) => string;
  label: string;
}) {
  if (pages <= 1) return null;
  return (
    <nav className="pager small" aria-label={label}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Previous
          <LinkPending label={`page ${page - 1}`} />
        </Link>
      ) : (
        <span className="muted">← Previous</span>
      )}
      <span data-testid="page-of">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          Next →<LinkPending label={`page ${page + 1}`} />
        </Link>
      ) : (
        <span className="muted">Next →</span>
      )}
    </nav>
  );
}

/** A query string from the given parameters, leaving out empty ones and page 1. */
export function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== "" && !(k === "page" && v === 1)) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}
