// What naming items share: person pronouns in a gloss and the grammar of asking by a name (an adjective's meaning).
// (Cards that asked a naming the other way, "What is X?" from "… is called X", "What is the term for lobbyists who …?"
// and "What does X mean?" from "X, which means …", were taken out: blind raters accepted none of ten on h82–h87.)
import { ADJECTIVE_END } from "./np";
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
