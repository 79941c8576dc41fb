// What naming items share: person pronouns in a gloss and the grammar of asking by a name (an adjective's meaning).
// (Cards that asked a naming the other way, "What is X?" from "… is called X", "What is the term for lobbyists who …?"
// and "What does X mean?" from "X, which means …", were taken out: blind raters accepted none of ten on h82–h87. One
// shape is asked that way again: a sentence whose whole subject describes the name it ends on, see namedSubject.)
import { ADJECTIVE_END } from "./np";
import { dangles, leansOnContext } from "./prompt";
import type { ConceptBuildCtx } from "./item-kit";
export const PERSON_PRONOUN = /\b(?:he|she|his|her|him)\b/i;
/** "he or she", "his or her", "him or her" speak of anyone, not of a person the text names */
export const anyone = (t: string) =>
  /\b(?:an? (?:individual|person|child|student|patient|worker|member)|someone|somebody)\b/i.test(t)
    ? t.replace(/\b(?:he|she|his|her|him)\b/gi, "one")
    : t.replace(/\b(?:he or she|she or he|his or her|her or his|him or her|her or him)\b/gi, "one");

/** A one-word term with an adjective's ending that the lexicon knows as no noun ("diplontic", "acellular"). */
export function adjectival(ctx: ConceptBuildCtx, term: string): boolean {
  return !term.includes(" ") && ADJECTIVE_END.test(term.toLowerCase()) && !ctx.lexicon.isNoun(term.toLowerCase());
}

/**
 * "The process of producing allergen-specific IgE is called sensitization.": a subject that says what the name at the
 * sentence's end names (its blank fails where the subject shares the name's stem, "The energy required to break a
 * bond is called the _____"; the card asks the other way round, "What is sensitization?")
 */
const SUBJECT_NAMED =
  /^(?:The|A|An)\s+(\p{Ll}[^,;:“”"]{10,200}?)\s+(?:is|are)\s+(?:(?:also|often|sometimes|commonly|usually|generally|collectively)\s+)?(?:called|known\s+as|referred\s+to\s+as|termed|named)\s+(?:the\s+|an?\s+)?$/u;

/** The subject of a sentence that ends by naming it ("the process of producing allergen-specific IgE"), or null. */
export function namedSubject(text: string, a: number, b: number): string | null {
  const m = SUBJECT_NAMED.exec(text.slice(0, a));
  // (the name ends the sentence, perhaps with its etymology in brackets: "… referred to as gestation (gestare = …).")
  if (!m || !/^\s*(?:\([^()]*\)\s*)?[.!]?\s*$/.test(text.slice(b))) return null;
  const gloss = `${m[0].slice(0, m[0].indexOf(" ")).toLowerCase()} ${m[1]!}`;
  // ("the taste known as umami is called …": a subject that names something itself is no description)
  if (/\b(?:called|known as|named|termed)\b/.test(gloss) || /\s(?:to\s+\p{Ll}+|that\s+\p{Ll}+)$/u.test(gloss))
    return null;
  return gloss.split(/\s+/).length >= 5 && !dangles(gloss) && !leansOnContext(gloss) ? gloss : null;
}
