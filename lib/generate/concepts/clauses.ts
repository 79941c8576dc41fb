// Definitions in a series of clauses: "bacteriology is the study of bacteria; mycology is the study of fungi; … and
// virology is the study of viruses" states one definition per clause, each read as a sentence of its own.
import type { Tok } from "../read/nlp";
import { copulaDefinition } from "./definitions";
import type { ConceptCandidate, Phrase } from "./types";

/** what may open a clause of the series without being part of its subject */
const OPENER = /^(?:(?:and|or|while|whereas)\s+|(?:For example|For instance|Similarly|Likewise|Thus|Hence),\s+)/i;

const shift = (p: Phrase, by: number): Phrase => ({ text: p.text, a: p.a + by, b: p.b + by });

/**
 * The definitions of a sentence's clauses separated by semicolons, each "X is/are …" (one alone counts: "Normative
 * stakeholders influence the norms …; functional stakeholders are those who influence inputs …").
 * Offsets are the sentence's, so each candidate blanks and cites as if the sentence had stated it alone.
 */
export function clauseDefinitions(text: string, s0: number, toks: Tok[]): ConceptCandidate[] {
  if (!text.includes("; ")) return [];
  const out: ConceptCandidate[] = [];
  let from = 0;
  while (from < text.length) {
    const semi = text.indexOf("; ", from);
    const end = semi < 0 ? text.length : semi;
    let a = from;
    const open = OPENER.exec(text.slice(a, end));
    if (open) a += open[0].length;
    const clause = text.slice(a, end).replace(/[.!]\s*$/, "");
    const ctoks = toks.filter((t) => t.s >= s0 + a && t.e <= s0 + a + clause.length);
    const c = clause.length >= 12 && ctoks.length ? copulaDefinition(clause, s0 + a, ctoks) : null;
    if (c && c.gloss)
      out.push({ ...c, term: shift(c.term, a), gloss: shift(c.gloss, a), members: c.members.map((m) => shift(m, a)) });
    if (semi < 0) break;
    from = semi + 2;
  }
  return out;
}
