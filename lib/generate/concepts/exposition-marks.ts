// Marks of exposition that no definition states: in-text citations, which a section reporting studies carries and a
// news report does not, and words to the reader, which a textbook uses and a report rarely does (ConceptCollector's
// exposition score counts both).

/** an in-text citation: "(NIMH, 2017)", "(Fogel & Smith, 2011; Lee, 2012)", "(Simmel 1902)", "(SAMHSA, n.d.)" */
const AUTHOR_YEAR =
  /\((?:[^()]{0,80}[\p{Lu}][^()]{0,40}?,?\s(?:1[5-9]\d\d|20\d\d)[a-z]?|[^()]{2,60}?,\s*n\.d\.)(?:;[^()]{0,120})?\)/gu;
/** "you", "your", "yourself": the text speaks to its reader (a textbook asks its student; a report rarely does) */
const YOU = /\byou(?:rs?|rself|rselves)?\b/gi;
const THANK_YOU = /\bthank you\b/gi;
/** fewer such words than this are a quotation's or a phrase's ("a “thank you tour”"), not a text's way of speaking */
const ADDRESS_MIN = 4;

/** The in-text citations of a text. */
export function citations(text: string): number {
  return text.includes(", ") ? (text.match(AUTHOR_YEAR) ?? []).length : 0;
}

/**
 * How often the text speaks to its reader: "you" and its forms (not "thank you"), and questions of its own ("Which
 * values are at play …?", not one quoted: "… ?” he asked); 0 below ADDRESS_MIN. Counted by scanning, not by one
 * alternation with a look-behind over the text.
 */
export function readerAddress(text: string): number {
  let n = 0;
  if (text.includes("you") || text.includes("You"))
    n += (text.match(YOU) ?? []).length - (text.match(THANK_YOU) ?? []).length;
  for (let at = text.indexOf("?"); at >= 0; at = text.indexOf("?", at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + 1);
    if (before && !/[\s"“”‘’']/.test(before) && (!after || after === " " || after === "\n")) n++;
  }
  return n >= ADDRESS_MIN ? n : 0;
}
