// Paging for long lists: which page to show and what to skip. Pure; a page number from a URL may
// be anything, so it is clamped to the pages that exist.

export interface Page { page: number; pages: number; skip: number; take: number; total: number }

export function pageOf(requested: unknown, total: number, size: number): Page {
  const pages = Math.max(1, Math.ceil(total / size));
  const n = typeof requested === "number" ? requested : Number.parseInt(String(requested ?? "1"), 10);
  const page = Number.isFinite(n) ? Math.min(Math.max(1, Math.trunc(n)), pages) : 1;
  return { page, pages, skip: (page - 1) * size, take: size, total };
}

/** "Showing 51–100 of 287" */
export function rangeLabel(p: Page, shown: number, noun: string): string {
  if (p.total === 0) return `No ${noun}`;
  return p.pages === 1 ? `${p.total} ${noun}` : `Showing ${p.skip + 1}–${p.skip + shown} of ${p.total} ${noun}`;
}
