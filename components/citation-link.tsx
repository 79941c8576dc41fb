import Link from "@/components/link";

export interface CitationProps {
  /** null when the document was deleted: the quote is what it said then */
  documentId: string | null;
  documentTitle: string;
  start: number;
  end: number;
  quote: string;
  deleted?: boolean;
}

export const citationHref = (c: { documentId: string; start: number; end: number }) =>
  `/documents/${c.documentId}?start=${c.start}&end=${c.end}#cite`;

/** The cited sentence, quoted, with a link that opens the document at it, highlighted; for a
 *  deleted document, the passage kept at deletion and a note instead of the link. */
export function CitationQuote({ c }: { c: CitationProps }) {
  return (
    <figure className="citation">
      <blockquote className="quote" data-testid="citation-quote">
        {c.quote}
      </blockquote>
      <figcaption className="small">
        {c.documentId ? (
          <Link
            href={citationHref({ documentId: c.documentId, start: c.start, end: c.end })}
            data-testid="citation-link"
          >
            Open “{c.documentTitle}” at this sentence
          </Link>
        ) : (
          <span className="muted" data-testid="citation-deleted">
            From “{c.documentTitle}”, which was deleted (the quoted passage was kept).
          </span>
        )}
      </figcaption>
    </figure>
  );
}

/** A short citation: a link to the passage, or the deleted document's title. `plain`: an <a>
 *  for a list inside <ClientLinks>, which navigates on the client for all its links at once. */
export function CitationRef({ c, plain = false }: { c: CitationProps; plain?: boolean }) {
  const A = plain ? "a" : Link;
  return c.documentId ? (
    <A href={citationHref({ documentId: c.documentId, start: c.start, end: c.end })}>
      {c.documentTitle}, characters {c.start}–{c.end}
    </A>
  ) : (
    <span className="muted">
      “{c.quote.length > 80 ? `${c.quote.slice(0, 80)}…` : c.quote}” (from {c.documentTitle}, since deleted)
    </span>
  );
}
