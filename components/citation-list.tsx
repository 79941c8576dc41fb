// The sentences that prove an answer, or, for an item imported without one, a plain notice that
// nothing in the documents proves it (docs/decisions/050): an uncited answer is never shown as proven.
import { CitationQuote, type CitationProps } from "./citation-link";

export function UncitedNote() {
  return (
    <p className="small uncited-note" data-testid="uncited-note">
      <span className="badge uncited">Uncited</span> No sentence in your documents proves this answer: it was imported
      without a source, so the answer comes from the imported file alone. Check it before you rely on it.
    </p>
  );
}

export function CitationList({
  citations,
  intro = "The sentence that proves it:",
}: {
  citations: CitationProps[];
  intro?: string;
}) {
  if (citations.length === 0) return <UncitedNote />;
  return (
    <>
      {intro && <p className="small muted">{intro}</p>}
      {citations.map((c) => (
        <CitationQuote key={`${c.documentId}:${c.start}`} c={c} />
      ))}
    </>
  );
}
