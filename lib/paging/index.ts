// Paging for long lists: which page to show and what to skip. Pure; a page number from a URL may
// be anything, so it is clamped to the pages that exist.

export interface Page {
  page: number;
  pages: number;
  skip: number;
  take: number;
  total: number;
}

export function pageOf(requested: unknown, total: number, size: number): Page {
  const pages = Math.max(1, Math.ceil(total / size));
  const first: unknown = Array.isArray(requested) ? requested[0] : requested;
  const n = typeof first === "number" ? first : Number.parseInt(typeof first === "string" ? first : "1", 10);
  const page = Number.isFinite(n) ? Math.min(Math.max(1, Math.trunc(n)), pages) : 1;
  return { page, pages, skip: (page - 1) * size, take: size, total };
}

/** "Showing 51–100 of 287 items", "12 items", "1 item" (`noun` is the plural; one drops its final s) */
export function rangeLabel(p: Page, shown: number, noun: string): string {
  if (p.total === 0) return `No ${noun}`;
  if (p.total === 1) return `1 ${noun.replace(/s$/, "")}`;
  return p.pages === 1 ? `${p.total} ${noun}` : `Showing ${p.skip + 1}–${p.skip + shown} of ${p.total} ${noun}`;
}
