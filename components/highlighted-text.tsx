// A document's text with one character span highlighted (the cited sentence). Offsets are
// UTF-16 code units into the stored text, so slicing the string is exact.
export function HighlightedText({ text, start, end }: { text: string; start?: number; end?: number }) {
  const valid = start !== undefined && end !== undefined && start >= 0 && end > start && end <= text.length;
  if (!valid) return <div className="doc-text">{text}</div>;
  return (
    <div className="doc-text">
      {text.slice(0, start)}
      <mark id="cite" className="cite" data-testid="cited-sentence">
        {text.slice(start, end)}
      </mark>
      {text.slice(end)}
    </div>
  );
}
