// The appositive definition: "PKU, a genetic disorder discussed earlier, causes …" (the term opens the sentence) and
// "… house neurotransmitters, the chemical messengers of the nervous system." (a trailing appositive).
import type { Tok } from "../read/nlp";
import { adjectivesInRow, tokAt } from "./np";
import { OWNER_OR_POINTER, phraseAt, termOk } from "./phrase";
import type { ConceptCandidate, Phrase } from "./types";
import { PROPORTION } from "./prompt";
import { genusOf, make } from "./definitions";
import { leadingTerm } from "./subject-term";

const LOWER_START = /^\p{Ll}/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** "Brainstorming, the generation of ideas …, is …" (tried on every sentence with ", the ") */
const THE_OF_APPOSITIVE = /^[^,]{2,60}, the \p{Ll}+ of /u;
/** "…, the chemical messengers of the nervous system." */
const TRAILING_THE = /, the [^,]{3,80}$/;
const THE_OF_START = /^the\s+\p{Ll}+\s+of\s/u;
/** "… house neurotransmitters, the chemical messengers of the nervous system.": a trailing appositive */
const TRAILING_APPOSITIVE =
  /,\s+(the\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+\s+of\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3})\.?$/u;

/** the sentence's first word when it is capitalised ("Their", "Such") */
const FIRST_CAPITALISED = /^(\p{Lu}\p{Ll}+)\s/u;

/** "…, the chemical messengers of the nervous system.": the last comma opens it (no regex where it does not) */
function trailingThe(text: string): boolean {
  return text.startsWith(", the ", text.lastIndexOf(",")) && TRAILING_THE.test(text);
}

/** "PKU, a genetic disorder discussed earlier, causes …" and "…, neurotransmitters, the chemical messengers of …." */
export function appositiveDefinition(text: string, s0: number, toks: Tok[]): ConceptCandidate | null {
  // "X, a(n) …" and "X, the … of …" open at the first comma, 2-60 characters in: looking there (a code-unit search and
  // `startsWith`) answers most sentences without a regex, and without scanning a two-byte string for ", the " twice
  const c = text.indexOf(",");
  if (c < 0) return null;
  const opens = c >= 2 && c <= 60;
  const theOf = opens && text.startsWith(", the ", c) && THE_OF_APPOSITIVE.test(text);
  if (!theOf && !(opens && (text.startsWith(", a ", c) || text.startsWith(", an ", c))) && !trailingThe(text))
    return null;
  // "Their opponents, the owners of …, could hire …": a noun after a possessive or a pointer is someone's, no term
  const first = FIRST_CAPITALISED.exec(text)?.[1];
  const owned = !!first && (first === "Such" || OWNER_OR_POINTER.test(first.toLowerCase()));
  const lead = owned ? null : leadingTerm(text, s0, toks);
  if (lead && toks[lead.next - 0]?.v === ",") {
    const ga = toks[lead.next]!.e - s0 + 1;
    let close = text.indexOf(",", ga);
    // ("a movement … that stressed emotion over cold, calculating reason, also influenced …": adjectives in a row)
    while (close > ga && adjectivesInRow(toks, tokAt(toks, s0 + close))) close = text.indexOf(",", close + 1);
    if (close > ga) {
      const inner = text.slice(ga, close).trim();
      // (", also influenced …": an adverb may come before the verb)
      const k = tokAt(toks, s0 + close + 1);
      const after = toks[k]?.pos === "ADV" ? toks[k + 1] : toks[k];
      if (
        // ("Brainstorming, the generation of ideas in an environment free of judgment …, is …")
        (/^(?:a|an)\s+\S+\s+\S+/i.test(inner) || (theOf && THE_OF_START.test(inner))) &&
        inner.split(/\s+/).length <= (theOf ? 24 : 14) &&
        after &&
        (after.pos === "VERB" || after.pos === "AUX")
      ) {
        const gloss = phraseAt(text, ga, close);
        return make("definition", lead.term, gloss, genusOf(gloss.text), true);
      }
    }
  }
  // a trailing appositive that ends the sentence: "… house neurotransmitters, the chemical messengers of the nervous system."
  const tm = TRAILING_APPOSITIVE.exec(text);
  // "The closer … gets to equilibrium, the slower the rate of diffusion becomes": a proportion, no appositive
  if (!tm || PROPORTION.test(tm[1]!)) return null;
  const ci = tokAt(toks, s0 + tm.index);
  const head = toks[ci - 1];
  if (!head || head.pos !== "NOUN" || !LOWER_START.test(head.v)) return null;
  const before = toks[ci - 2];
  if (before && (before.pos === "NOUN" || before.pos === "ADJ")) return null; // keep it to one-word terms
  // "Neisseria gonorrhoeae, the …": the lower-case half of a two-part name is no term
  if (before && CAPITALISED_WORD.test(before.v) && ci - 2 > 0) return null;
  // "between caregiver and baby, the American model of motherese": the appositive names the whole pair's relation
  if (before && /^(?:and|or)$/i.test(before.v)) return null;
  const term: Phrase = { text: head.v, a: head.s - s0, b: head.e - s0 };
  if (!termOk(term.text)) return null;
  const gloss = phraseAt(text, tm.index + tm[0].indexOf(tm[1]!), text.length);
  // "…, principally albumin, the osmotic pressure of the blood falls.": a verb before any relative pronoun makes the
  // phrase the sentence's own clause, no appositive
  if (clauseInPhrase(toks, s0 + gloss.a)) return null;
  return make("definition", term, gloss, genusOf(gloss.text), false);
}

/** From token offset `from` on: a verb before any "that", "which", "who", "what" … (the phrase is a clause of its own). */
function clauseInPhrase(toks: Tok[], from: number): boolean {
  for (let k = tokAt(toks, from); k < toks.length; k++) {
    const t = toks[k]!;
    if (t.s < from) continue;
    if (/^(?:that|which|who|whose|whom|what|where|when|how|why)$/i.test(t.v)) return false;
    if ((t.pos === "VERB" || t.pos === "AUX") && !/(?:ed|ing|en)$/.test(t.v)) return true;
  }
  return false;
}
