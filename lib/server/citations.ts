// Citations as every view shows them: the cited passage cut from the stored document text, or the passage kept when
// the document was deleted. One query loads the documents of many items' citations.
import "server-only";
import { db } from "./db";

export interface CitationView {
  /** null when the document was deleted: the quote and title are what it said then */
  documentId: string | null;
  documentTitle: string;
  start: number;
  end: number;
  quote: string;
  deleted: boolean;
}
export type CitationRow = {
  documentId: string | null;
  start: number;
  end: number;
  quote?: string | null;
  documentTitle?: string | null;
};

export type CitedDocument = { id: string; title: string; text: string };

/** Loads groups of citations (e.g. one group per item) with one query, quotes cut from the
 *  stored document text; the result is aligned with the groups. A citation of a deleted
 *  document shows the passage kept at deletion; one with nothing kept is left out. */
export async function citationGroups(
  groups: readonly (readonly CitationRow[])[],
  /** documents the caller has already read: only the others are loaded */
  known: ReadonlyMap<string, CitedDocument> = new Map(),
): Promise<CitationView[][]> {
  const ids = [
    ...new Set(
      groups.flatMap((g) => g.flatMap((r) => (r.documentId && !known.has(r.documentId) ? [r.documentId] : []))),
    ),
  ];
  const docs = ids.length
    ? await db().document.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, text: true } })
    : [];
  const byId = new Map([...known, ...docs.map((d) => [d.id, d] as const)]);
  return groups.map((rows) =>
    rows.flatMap((r): CitationView[] => {
      const d = r.documentId ? byId.get(r.documentId) : undefined;
      if (d)
        return [
          {
            documentId: d.id,
            documentTitle: d.title,
            start: r.start,
            end: r.end,
            quote: d.text.slice(r.start, r.end),
            deleted: false,
          },
        ];
      if (r.quote)
        return [
          {
            documentId: null,
            documentTitle: r.documentTitle ?? "a deleted document",
            start: r.start,
            end: r.end,
            quote: r.quote,
            deleted: true,
          },
        ];
      return [];
    }),
  );
}

/** What a citation view reads of an item's citations, in order (the query side of citationGroups). */
export const citationSelect = {
  orderBy: { position: "asc" },
  select: { documentId: true, start: true, end: true, quote: true, documentTitle: true },
} as const;
