// How a definition card asks for its term: "What is the term for …?", "What umbrella term refers to …?", "What term
// do anthropologists use to describe …?", "What is the name of …?", or a definite description asked as it stands.
import { isPluralPhrase } from "./np";
import { indefinite, lowerFirst } from "./prompt";
import type { TermInfo } from "./terms";
import type { ConceptCandidate } from "./types";

/** a name of capitalised words only ("The Harbinger", "Alcor", "Sons of Liberty"), no common noun as its head */
export const PROPER_ONLY = /^(?:The\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|the|and|for|de|von)\s+)*\p{Lu}[\p{L}’'-]*)*$/u;

/** "a term used to refer to", "the word for", "a name that describes": the gloss names the term itself */
const TERM_FOR =
  /^(?:an?|the)\s+(?:(medical|scientific|technical|legal|formal|common|general|official|clinical|everyday|umbrella|catch-all|broad|collective|generic)\s+)?(?:term|word|name|label)\s+(?:(?:that is\s+)?(?:used|applied|given)\s+)?(?:to\s+(?:refer\s+to|describe|denote|designate)|for|to|that\s+(?:refers\s+to|describes|denotes)|describing|denoting|referring\s+to)\s+/i;

/** a term's scope, which the question keeps ("an umbrella term for …"); a register ("medical") it drops */
const BROAD = /^(?:umbrella|catch-all|broad|collective|generic)$/i;

/** "the clinical term used when one or both of the testes fail to descend …": asked "What clinical term is used when …?" */
const TERM_WHEN =
  /^(?:an?|the)\s+((?:medical|scientific|technical|legal|formal|common|general|official|clinical|everyday)\s+)?(?:term|word|name|label)\s+(?:that is\s+)?used\s+when\s+/i;

/** "the term anthropologists use to describe …", "the word economists used for …" */
const TERM_USED_BY =
  /^the\s+(term|word|name|label)\s+((?:\p{L}+\s+){0,2}\p{L}+)\s+(use|uses|used)\s+((?:to\s+(?:describe|refer\s+to|denote|name|mean|encompass|cover|capture|designate|characterize|label|identify|signify)|for)\s+.+)$/u;

/** "the name Ricoeur assigned to …": asked "What name did Ricoeur assign to …?" */
const NAME_GIVEN_BY =
  /^the\s+(term|word|name|label)\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)\s+(assigned|gave|coined|applied)\s+(to\s+.+)$/u;
const BASE_VERB: Record<string, string> = { assigned: "assign", gave: "give", coined: "coin", applied: "apply" };

/** "What is the term for …?", "What term refers to …?", "What is the SI unit for …?" (null: the gloss leans on the term) */
export function termQuestion(c: ConceptCandidate, info: TermInfo, gloss: string, answer: string): string | null {
  // "(molecule that absorbs light)": a gloss in parentheses often drops its article
  const first = /^[\p{L}-]+/u.exec(gloss)?.[0] ?? "";
  const parenArticle =
    c.cue === "paren" && !/^(?:an?|the|one|some|any|each)$/i.test(first) && !isPluralPhrase(first)
      ? indefinite(first)
      : "";
  // "the SI unit for rate of radioactive decay" is asked as it stands: "What is the SI unit for …?"
  // "Climate is a term used to refer to the effects …" -> "What term refers to the effects …?"
  const termFor = TERM_FOR.exec(gloss);
  const termWhen = TERM_WHEN.exec(gloss);
  if (termWhen) return `What ${termWhen[1] ?? ""}term is used when ${gloss.slice(termWhen[0].length)}?`;
  const thing = thingDescribed(gloss, info);
  // "the earliest point in its lifecycle" (a seed-stage company): before any clause of its own, "its" is the term's,
  // which a card that asks for the term does not show
  if (!thing && c.cue !== "is-the" && ownPossessive(gloss)) return null;
  // "the term anthropologists use to describe …" -> "What term do anthropologists use to describe …?"
  // "the name Ricoeur assigned to …" -> "What name did Ricoeur assign to …?"
  const given = NAME_GIVEN_BY.exec(gloss);
  if (given) return `What ${given[1]} did ${given[2]} ${BASE_VERB[given[3]!]} ${given[4]}?`;
  const whose = TERM_USED_BY.exec(gloss);
  if (whose) {
    const aux = whose[3] === "used" ? "did" : whose[3] === "uses" ? "does" : "do";
    return `What term ${aux} ${whose[2]} use ${whose[4]}?`;
  }
  // a line of a term list is asked within the class its lead-in names: "Which of the major stages of most ritual acts
  // is a blessing …?" (alone, "What is the term for a blessing …?" fits many words)
  if (c.frame) return `Which of ${c.frame} is ${lowerFirst(gloss)}?`;
  // ("an umbrella term for people who …" -> "What umbrella term refers to people who …?", not "the term for a term";
  // "the medical term for chest pain …" -> "What term refers to chest pain …?")
  return termFor
    ? `What ${BROAD.test(termFor[1] ?? "") ? termFor[1]!.toLowerCase() + " " : ""}term refers to ${gloss.slice(termFor[0].length)}?`
    : c.cue === "is-the" || thing
      ? `What ${thing && isPluralPhrase(answer) ? "are" : "is"} ${lowerFirst(gloss)}?`
      : c.term.a > 0 && answer.includes(" ") && PROPER_ONLY.test(answer)
        ? // ("What is the term for a new republic dedicated to …?" -> Confederate States of America: a name is no term)
          `What is the name of ${parenArticle}${lowerFirst(gloss)}?`
        : `What is the term for ${parenArticle}${lowerFirst(singularKind(gloss, answer))}?`;
}

/**
 * "a type of cytokine that induce …" said of a plural term ("Chemokines are …"): the verb agrees with the singular noun
 * it follows ("a group of filaments that act" agrees already)
 */
const KIND_CLAUSE =
  /^(an?\s+(?:[\p{L}-]+\s+){0,2}(?:type|kind|form|class|category|variety|sort|subtype|group|family)\s+of\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:[^s\W]|ss|us)\s+(?:that|which)\s+)(\p{Ll}+)(?=\s)/u;
const TO_SINGULAR: Record<string, string> = { are: "is", were: "was", have: "has", do: "does" };
const NOT_A_BARE_VERB =
  /(?:s|ed|ing|ly)$|^(?:can|could|may|might|must|shall|should|will|would|not|also|only|often|usually|then|thus|the|an?)$/;

/** The gloss with the verb of its kind's relative clause in the singular, where the term is plural. */
export function singularKind(gloss: string, answer: string): string {
  const m = KIND_CLAUSE.exec(gloss);
  if (!m || !isPluralPhrase(answer)) return gloss;
  const v = m[2]!;
  const sg =
    TO_SINGULAR[v] ??
    (/(?:ss|us)$/.test(v)
      ? v + "es"
      : NOT_A_BARE_VERB.test(v) || v.length < 3
        ? v
        : /(?:sh|ch|x|z|o)$/.test(v)
          ? v + "es"
          : /[^aeiou]y$/.test(v)
            ? v.slice(0, -1) + "ies"
            : v + "s");
  return m[1]! + sg + gloss.slice(m[0].length);
}

/** the gloss up to its first "its"/"their", when no relative word or clause comes before it */
const BEFORE_POSSESSIVE = /^((?:(?!\b(?:that|which|who|whose|where|when|whereby)\b)[^,;])*?)\b(its|their)\b/i;

/**
 * The possessor of the gloss's "its"/"their" is the term itself: "the earliest point in its lifecycle" (a definite
 * genus cannot own it), "their" with no plural before it ("multiple cities and their suburbs" owns its own).
 */
function ownPossessive(gloss: string): boolean {
  // "the structure on which it rests" (a telescope's mount): "it" in the genus's own clause is another thing
  if (/\b(?:which|whom|where)\s+(?:it|they)\b/i.test(gloss)) return true;
  const m = BEFORE_POSSESSIVE.exec(gloss);
  if (!m) return false;
  if (m[2]!.toLowerCase() === "its") return /^the\s/i.test(gloss);
  return !/\p{L}{3,}s\b/u.test(m[1]!);
}

/** "the origin of the extrinsic muscles of the hand" (the forearm): a place something comes from is no term's sense */
const WHERE_FROM = /^the\s+(?:origin|source|site|location|birthplace|insertion)\s+of\s/i;

/** classes of things a student names, not terms: a substance, an element, a living thing, an object */
const THING_CLASS = /^(?:substance|animal|plant|object|food)$/;

/**
 * "Carbon is the basic building block that most autotrophs use": a definite description of a substance, an animal or
 * a plant asks "What is the basic building block …?"; carbon is no term, and "What is the term for …?" asks the wrong
 * question.
 */
function thingDescribed(gloss: string, info: TermInfo): boolean {
  return /^the\s/i.test(gloss) && (THING_CLASS.test(info.classes[0] ?? "") || WHERE_FROM.test(gloss));
}
