import Link from "next/link";

export interface CitationProps { documentId: string; documentTitle: string; start: number; end: number; quote: string }

export const citationHref = (c: { documentId: string; start: number; end: number }) => `/documents/${c.documentId}?start=${c.start}&end=${c.end}#cite`;

/** The cited sentence, quoted, with a link that opens the document at it, highlighted. */
export function CitationQuote({ c }: { c: CitationProps }) {
  return (
    <figure style={{ margin: ".4rem 0" }}>
      <blockquote className="quote" data-testid="citation-quote">{c.quote}</blockquote>
      <figcaption className="small">
        <Link href={citationHref(c)} data-testid="citation-link">Open “{c.documentTitle}” at this sentence</Link>
      </figcaption>
    </figure>
  );
}
