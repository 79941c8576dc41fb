// A worked case inside a textbook section: the paragraph that opens "For example, …", "A classic example of …",
// "Consider …". Its names, numbers and dates belong to the example, not to what the section teaches.

/** a paragraph that tells a case: "For example, Volkswagen had data …", "A classic example of … is …", "Consider …" */
const CASE_MARKER =
  /\b(?:[Ff]or (?:example|instance)|(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:\w+\s+)?(?:example|illustration|case study)|[Cc]onsider|[Ii]magine|[Ss]uppose|[Tt]ake the case)\b/;

/**
 * Is the sentence at `start` part of an illustration: its paragraph, up to and including it, marks a case? The names,
 * numbers and dates of a case ("As of September 2017, the company had incurred fines … in excess of $30 billion")
 * are the example's details, not the section's.
 */
export function inIllustration(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  return CASE_MARKER.test(text.slice(from, end));
}
