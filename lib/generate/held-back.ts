// What a user is told when a document gives no questions. A document that states nothing askable and one whose
// candidates were all held back by the quality rules (an example's detail, a passing name, a statement that needs
// the sentence before) both give an empty deck, but only the first "found nothing": saying so of the second would
// tell the user the text has no facts when the engine chose not to ask them.

/** One document of a deck as the notes need it. */
export interface DocOutcome {
  label: string;
  /** the reader already said why it gave nothing (empty, too short, not English) */
  skipped: boolean;
  /** items of the deck citing it */
  items: number;
  /** sentences of it with a fact candidate: a name, a date, a number or a stated term */
  candidates: number;
}

export const NOTHING_ASKABLE =
  "No sentences with askable facts (names, dates, numbers, definitions) were found, so the deck is empty.";

const sentences = (n: number) => `${n} sentence${n === 1 ? "" : "s"}`;

/** The deck is empty: nothing found, or everything found held back. */
function emptyDeckNote(candidates: number): string {
  if (candidates === 0) return NOTHING_ASKABLE;
  return (
    `CiteDeck found something to ask in ${sentences(candidates)} (a term, a name, a date or a number) but held ` +
    "every one back: none could be asked well on its own (an example's detail, a passing name, a statement that " +
    "needs the sentence before it). The deck is left empty rather than filled with weak questions."
  );
}

/** A document that gave nothing to a deck that has items. */
function silentDocNote(d: DocOutcome): string {
  if (d.candidates === 0)
    return `"${d.label}" gave no questions: no sentence in it states a term, a name, a date or a number CiteDeck can ask.`;
  return (
    `"${d.label}" gave no questions: CiteDeck found something to ask in ${sentences(d.candidates)} of it but held ` +
    "it all back (examples' details, passing names, statements that need their context)."
  );
}

/**
 * The notes for documents that gave no questions. `full`: the deck reached its size cap, so a silent document may
 * only have lost its room to the others (no note then).
 */
export function heldBackNotes(docs: DocOutcome[], full: boolean): string[] {
  if (docs.length === 0) return ["No documents were given."];
  const read = docs.filter((d) => !d.skipped);
  if (docs.every((d) => d.items === 0)) {
    // (a deck whose documents were all skipped has the reader's notes and this one)
    return [emptyDeckNote(read.reduce((a, d) => a + d.candidates, 0))];
  }
  if (full) return [];
  return read.filter((d) => d.items === 0).map(silentDocNote);
}
