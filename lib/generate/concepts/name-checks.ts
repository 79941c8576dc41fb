// Names that are no terms: a person's title before a name ("Kentucky senator Henry Clay"), one person's thing
// ("Sara Minkara’s vision statement"), a name of capitalised words that is no named rule ("The United States"), given
// names joined before a family name. The concept family leaves them to the entity family, which asks names as names.
import type { Lexicon } from "./lexical";
import type { ConceptCandidate } from "./types";

/** "Kentucky senator Henry Clay": a person's title, then the name (the title word is a person noun) */
const TITLED_NAME = /(?:^|\s)(\p{Ll}[\p{L}-]*)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}\p{Ll}+){0,2}$/u;
/** "Kentucky senator Henry Clay" is a person, not a term: no card asks for it or defines it */
export function titledPerson(ctx: { lexicon: Pick<Lexicon, "nounClasses"> }, phrase: string): boolean {
  const title = TITLED_NAME.exec(phrase)?.[1];
  return !!title && ctx.lexicon.nounClasses(title)[0] === "person";
}

/** "Sara Minkara’s vision statement": a name's possessive before the term */
const OWNED_BY_NAME = /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s\s/u;
/** what a person's name is given to: "Newton's first law", "Maslow's hierarchy", "Hooke's law" */
const EPONYM_HEAD =
  /\b(?:laws?|principles?|theory|theories|effects?|rules?|equations?|constants?|paradox|models?|hierarchy|theorems?|experiments?|hypothesis|tests?|scales?|syndromes?|diseases?|cycles?|methods?|ratios?|razor|dilemma)$/i;
/** A term that is one person's thing, not a kind: "Sara Minkara’s vision statement" (not "Hooke's law"). */
export function ownedInstance(term: string): boolean {
  return OWNED_BY_NAME.test(term) && !EPONYM_HEAD.test(term);
}

const CAPITALISED_WORDS = /^(?:the\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+$/u;
/** "Commerce Clause", "Sherman Act", "Monroe Doctrine": a named rule, law or theory is a term a student learns */
const NAMED_RULE =
  /\s(?:Clause|Act|Amendment|Doctrine|Principle|Law|Rule|Plan|Compromise|Treaty|Declaration|Proclamation|Effect|Theory|Hypothesis|Paradox|Dilemma|Fallacy)$/u;
/** "The United States", "Edmund Randolph": a name, which the entity family asks as such (a named rule is a term) */
export function nameNotTerm(s: string): boolean {
  return CAPITALISED_WORDS.test(s) && !NAMED_RULE.test(s);
}
/** "Sarah and Angelina Grimke": given names joined before a family name */
export const JOINED_NAMES = /^\p{Lu}\p{Ll}+\s+and\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+$/u;

/** names joined by a dash right before a term: "Brønsted–", "Diels–", "Cahn–Ingold–", "keto–" */
const PAIRED_BEFORE = /(?<![\p{L}\d'’–-])(?:\p{Lu}[\p{Ll}'’]+[–-])+$|(?<![\p{L}\d'’–-])\p{Ll}{3,}–$/u;

/**
 * "Brønsted–Lowry acid: A substance that donates …" read "Lowry acid", "Diels–Alder reaction" read "Alder reaction":
 * the reader's phrase starts after the dash; the term is the whole name (blind raters of nT refused "Lowry acid",
 * "Alder reaction" and "Crafts reaction" as cut names).
 */
export function joinPairedName(c: ConceptCandidate, text: string): void {
  if (c.term.a <= 0 || !c.term.text) return;
  const m = PAIRED_BEFORE.exec(text.slice(Math.max(0, c.term.a - 40), c.term.a));
  if (!m || (/[-]$/.test(m[0]) && !/^\p{Lu}/u.test(c.term.text))) return;
  c.term = { text: m[0] + c.term.text, a: c.term.a - m[0].length, b: c.term.b };
}
