// Definitions: "X is a/an/the …", "Those that …" (the appositive "X, a … that …, <verb> …" is in appositives.ts, the
// ones that say they define in explicit.ts). Each gives a term, its definition (gloss) and the definition's head noun (genus).
import type { Tok } from "../read/nlp";
import { ADJECTIVE_END, headOf, tokAt } from "./np";
import { clauseEnd, phraseAt, termOk } from "./phrase";
import type { ConceptCandidate, Phrase } from "./types";
import { explainsKind } from "./glosses";
import { COPULA, LONE_GERUND, LOWER_S_END, leadingTerm } from "./subject-term";
import { CUE_THOSE, cues } from "../text/cues";

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const POSSESSIVE_GLOSS = /^\p{Ll}+[’']s\s+\p{Ll}+\s+(?:to|for|of|that|which)\s/u;
/** "… and is …", "… and functions by …", "… and typically takes 6–12 hours": a second predicate of the term */
const SECOND_PREDICATE =
  /\s+and\s+(?:is|are|was|were|has|have|can|may|(?:also|typically|usually|often|generally|normally|always|sometimes)\s+\p{Ll}+|(?!(?:its|this|his|thus|perhaps|less|across)\s)\p{Ll}+s)\s/u;

const HEDGE =
  /^(also|simply|essentially|basically|generally|usually|typically|often|commonly|formally|technically|broadly|best|sometimes|thus|therefore)$/i;
/** a definition never starts with these ("is an important …", "is the first …", "is a highly sensitive issue …") */
const EVALUATIVE =
  /^(?:a|an|the)\s+(?:(?:very|most|more|much|really|quite|particularly|especially|highly|extremely|increasingly|continually|basically)\s+)?(?:sensitive|controversial|contentious|divisive|uncontrollable|evolving|huge|valuable|must-use|must-have|rapidly growing|fast-growing|additional|function|enormous|serious|pressing|important|good|great|major|key|critical|crucial|significant|common|useful|essential|necessary|first|second|third|last|next|same|only|main|best|worst|largest|smallest|biggest|primary|big|small|large|new|old|real|true|other|whole|entire|result|reason|problem|issue|case|question|answer|idea|goal|focus|subject|topic|fact|thing|way|signal|sign|message|reminder|symbol|testament|warning|blow|boost|victory|setback|step|turning point|success|failure|mistake|test|point|lesson|vital|integral|basis|foundation|cornerstone|heart|core|hallmark|backbone|centerpiece|essence|powerful)\b/i;
/** "an especially effective sculptor of rock": an intensified adjective praises; it does not define */
const INTENSIFIED =
  /^(?:a|an|the)\s+(?:especially|extremely|highly|particularly|remarkably|incredibly|exceptionally|truly|very|most)\s+(?:effective|important|useful|powerful|good|successful|influential|efficient|valuable|dangerous|popular|interesting|significant|strong|potent|famous|beautiful|impressive)\b/i;
/** "an unfair and inaccurate representation of the view": a verdict on a claim, not what a term means */
const JUDGED =
  /^(?:a|an|the)\s+(?:(?:very|rather|somewhat|quite|deeply|highly)\s+)?(?:unfair|inaccurate|misleading|mistaken|wrong|false|flawed|distorted|simplistic|oversimplified|biased|unjust)\b/i;
/** "a useful heuristic in which …": a praising word before a genus and its clause still defines */
const QUALIFIED_GENUS =
  /^(?:a|an|the)\s+(?:useful|common|important|simple|basic|typical|major|key|good|significant|powerful|small|large|big|new|special|single|particular)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:in which|that|which|where|whereby|by which|whose|(?:around|through|on|from|with|into) which|used)\b/iu;
/** "a common component of …", "an important part of …": praise or rank, not what the thing is */
export function evaluativeGloss(gloss: string): boolean {
  return (EVALUATIVE.test(gloss) && !QUALIFIED_GENUS.test(gloss)) || INTENSIFIED.test(gloss) || JUDGED.test(gloss);
}

/** "a type of X", "a kind of X", "a form of X": the genus is X */
const KIND_OF =
  /^(?:a|an|the)\s+(?:(?:specific|special|particular|certain|common|major)\s+)?(?:type|kind|form|sort|class|category|variety|subset|branch|example)s?\s+of\s+/i;

const GENUS_STOP =
  /^(?:of|that|which|who|whom|whose|in|by|for|with|from|to|at|on|where|when|used|made|found|located|involved|between|within|among|and|or|but|as|into|than|through|during|before|after|since|until|around|across|without|under|over|is|are|was|were|can|may|,|;|:|\(|—|–)$/i;
const PARTICIPLE_ING = /\p{Ll}{3,}ing$/u;
/** ", allowing …": a participle clause after a comma */
const PARTICIPLE_CLAUSE = /,\s+\p{Ll}{3,}ing\s/u;
/** words in -ing that are nouns, not participles ("a public building", "a thing") */
const NOUN_ING =
  /^(?:building|clothing|housing|meeting|painting|setting|training|feeling|understanding|beginning|ending|being|thing|spring|string|wing|ring|king)$/i;
const COLLECTIVE =
  /^(?:set|group|collection|series|number|kind|type|class|form|sort|variety|range|pair|couple|piece|bit|body|mass|network|system)$/;

const IRREGULAR_PARTICIPLE =
  /^(?:sent|built|made|held|kept|left|found|brought|bought|taught|caught|led|told|sold|spent|lost|won|laid|paid|sought|fought|dealt|fed|bred|bound|spread|hung|struck|born|borne)$/i;

/**
 * The genus of a definition: the last word before the first function word ("the central building blocks of …" ->
 * block), skipping "a type of"; a collective head gives way to its "of" phrase ("the restricted set of values" -> value).
 */
export function genusOf(gloss: string): string {
  let g = gloss.replace(/^(?:one|some|any|each)\s+of\s+/i, "");
  const k = KIND_OF.exec(g);
  if (k) g = g.slice(k[0].length);
  const ws = g.replace(/^(?:a|an|the)\s+/i, "").split(/\s+|(?=[,;:()])/);
  let head = "";
  let i = 0;
  for (; i < ws.length && i < 8; i++) {
    if (GENUS_STOP.test(ws[i]!)) break;
    // "a 14-year-old girl experiencing problems": a participle after the head starts its modifier
    // ("a relative dating method in which …": after an adjective a word in -ing is part of the compound noun)
    if (i > 0 && PARTICIPLE_ING.test(ws[i]!) && !NOUN_ING.test(ws[i]!) && !ADJECTIVE_END.test(ws[i - 1]!)) break;
    // "a custom adopted from …": a participle with its preposition starts the modifier
    // ("an Alexandrian Jewish ambassador sent to Rome": an irregular participle too)
    if (
      i > 0 &&
      (/(?:ed|en|wn)$/i.test(ws[i]!) || IRREGULAR_PARTICIPLE.test(ws[i]!)) &&
      /^(?:by|from|in|to|for|with|as|on|at|into|during)$/i.test(ws[i + 1] ?? "")
    )
      break;
    head = ws[i]!;
  }
  const h = headOf(head);
  if (COLLECTIVE.test(h) && /^of$/i.test(ws[i] ?? "") && i < 6) return genusOf(ws.slice(i + 1).join(" ")) || h;
  return /^\p{L}[\p{L}-]*$/u.test(h) ? h : "";
}

export function make(
  rel: ConceptCandidate["rel"],
  term: Phrase,
  gloss: Phrase,
  genus: string,
  subject: boolean,
  cue = "",
): ConceptCandidate {
  return { rel, term, gloss, genus, members: [], cue, subject };
}

/** a bare noun after "is" that is no genus: "X is part of …", "home to …", "evidence of …" */
const BARE_NOT =
  /^(?:part|parts|home|evidence|proof|key|cause|reason|time|something|anything|nothing|much|more|less|all|one|examples?|members?|types?|kinds?)$/i;
/** past participles of irregular verbs, which a tagger may read as nouns after "were first" */
const PARTICIPLE_FORM =
  /^(?:found|made|held|built|known|shown|seen|given|taken|thought|told|kept|brought|caught|taught|sought|left|lost|meant|sent|spent|won|grown|drawn|written|chosen|driven|born|borne)$/i;
/** "The rate of ionization is proportional to …": an adjective and its preposition describe a property */
const ADJ_PREP =
  /^(?:\p{Ll}+(?:al|ent|ant|ive|ous|ible|able|ic|ar)|subject|prone|similar|equal|due|likely|unlikely|liable|open|exempt|free|close)\s+(?:to|with|of|for|on|in|from)\s/u;
const BARE_NEXT =
  /^(?:that|which|who|whose|where|of|for|to|with|in|by|from|on|between|within|among|used|involved|responsible|found)$/i;

/**
 * An adjective or a noun; `first` (right after the copula): a verb in -s counts too, and so does a verb's bare form,
 * which cannot follow "is" as a verb ("Utilitarian power is power based on …"; "were told to …" is a participle).
 */
function nounish(t: Tok, first: boolean): boolean {
  return (
    t.pos === "ADJ" ||
    t.pos === "NOUN" ||
    (first && t.pos === "VERB" && (LOWER_S_END.test(t.v) || (!/(?:ed|en|ing)$/i.test(t.v) && t.lemma === t.low)))
  );
}

/**
 * "Positive sanctions are rewards given for conforming to norms", "Income is money earned from work": a noun without
 * an article, with a clause, a participle or a preposition after it, is a definition's genus too.
 */
function bareGloss(toks: Tok[], k: number): boolean {
  // right after "is"/"are" a word in -s is a noun, whatever the tagger says ("are rewards given for …")
  let j = k;
  while (j - k < 4 && toks[j] && nounish(toks[j]!, j === k)) j++;
  const head = toks[j - 1];
  const next = toks[j];
  if (
    j === k ||
    !head ||
    (head.pos !== "NOUN" && !(j - 1 === k && head.pos === "VERB")) ||
    !next ||
    (j - k === 1 && BARE_NOT.test(head.v)) ||
    // "Ediacaran fossils were first found in …": a participle the tagger read as a noun
    PARTICIPLE_FORM.test(head.v) ||
    // "The demand curve is downward sloping with …": a participle after its adverb is a property, no noun
    (j - k >= 2 && /ing$/.test(head.low) && toks[j - 2]!.pos !== "NOUN")
  )
    return false;
  if (BARE_NEXT.test(next.v)) return true;
  return (
    next.pos === "VERB" &&
    /(?:ed|en|wn|ne)$/i.test(next.v) &&
    // ("Premiums are items offered free or at …": an adjective or an adverb may come between)
    // ("Covert content is political information provided under the pretense that …")
    (/^(?:by|from|in|to|for|with|as|on|at|into|during|through|under|without|against|across|over)$/i.test(
      toks[j + 1]?.v ?? "",
    ) ||
      (LOWER_S_END.test(head.v) && /^(?:ADJ|ADV)$/.test(toks[j + 1]?.pos ?? "")))
  );
}

const THOSE = /^((?:\p{L}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]*s)\s+(?:are|were)\s+(?=those\s+(?:that|which|who|whose)\s)/u;

/** "Secret needs are those that a customer may not state": the tagger may read "needs" as a verb; the shape says it */
export function thoseDefinition(text: string): ConceptCandidate | null {
  if ((cues(text) & CUE_THOSE) === 0) return null;
  const m = THOSE.exec(text);
  if (!m || !termOk(m[1]!) || / and /.test(m[1]!)) return null;
  const ga = m[0].length;
  const gloss = phraseAt(text, ga, clauseEnd(text, ga));
  if (gloss.text.split(/\s+/).length < 4) return null;
  return make("definition", { text: m[1]!, a: 0, b: m[1]!.length }, gloss, headOf(m[1]!), true);
}

/** "X is/are/was/were (hedge) a/an/the/one of the …" */
export function copulaDefinition(text: string, s0: number, toks: Tok[]): ConceptCandidate | null {
  // the copula comes within the first few words ("The control center is …")
  if (!/[ —–](?:is|are|was|were) /.test(text.slice(0, 120))) return null;
  const lead = leadingTerm(text, s0, toks);
  // "Staphylococci and Enterobacteriaceae are examples of …": two subjects, no term defined
  if (!lead || / and /.test(lead.term.text)) return null;
  let k = lead.next;
  if (!toks[k] || !COPULA.test(toks[k]!.v)) return null;
  k++;
  while (toks[k] && HEDGE.test(toks[k]!.v)) k++;
  // "A subculture is just what it sounds like—a smaller cultural group …"
  const aside = /^(?:just\s+|exactly\s+)?what\s+(?:it|they)\s+(?:sounds?|looks?)\s+like\s*[—–:,-]\s*/i.exec(
    text.slice((toks[k]?.s ?? s0) - s0),
  );
  if (aside) k = tokAt(toks, (toks[k]?.s ?? s0) + aside[0].length);
  const gt = toks[k];
  if (!gt) return null;
  const ga = gt.s - s0;
  const rest = text.slice(ga);
  const opens = glossOpening(text, s0, toks, k, lead.term);
  if (!opens) return null;
  const { oneWhich, act } = opens;
  const exm =
    /^(?:an?|one|two|three|four|several|good|classic)\s+(?:(?:good|classic|common|typical|important)\s+)?examples?\s+of\s+(?:an?\s+|the\s+)?/i.exec(
      rest,
    );
  const gb = clauseEnd(text, ga);
  if (exm) {
    const cls = phraseAt(text, ga + exm[0].length, gb);
    if (cls.text.split(/\s+/).length > 8) return null;
    return make("example", lead.term, cls, headOf(cls.text), true);
  }
  let gloss = phraseAt(text, ga, glossEnd(text, s0, toks, ga, gb));
  // ("a temporary blood vessel that branches from the umbilical vein, allowing much of …": a long gloss ends before
  // its participle clause, which says what the thing does, not what it is)
  const participle = gloss.text.search(PARTICIPLE_CLAUSE);
  if (gloss.text.split(/\s+/).length > 40 && participle > 0) gloss = phraseAt(text, ga, ga + participle);
  const words = gloss.text.split(/\s+/).length;
  if (words < 3 || words > 40) return null;
  if (saysNothing(text, s0, toks, gloss, toks[lead.next]!.v)) return null;
  // "The mass of an object is a measure of the amount of matter in it": the gloss needs the object it speaks of
  if (lead.general && /\b(?:it|its|they|them|their)\b/i.test(gloss.text)) return null;
  const genus = oneWhich ? headOf(lead.term.text) : act ? gt.low : genusOf(gloss.text);
  if (!genus || (!oneWhich && genus === lead.term.text.toLowerCase())) return null;
  // "The result is a …", "The answer was the …": the subject must be a thing with a name, not a placeholder
  return make("definition", lead.term, gloss, genus, true);
}

/**
 * How a copula's gloss opens at token k, after the subject `term`: null where it opens no definition (no article, bare
 * noun, "one in which", possessive, the term's own head or act in -ing before it; praise; a property); else whether it
 * is "one in which …" (the genus is the term's head) and whether it is an act in -ing (the genus is the act).
 */
function glossOpening(
  text: string,
  s0: number,
  toks: Tok[],
  k: number,
  term: Phrase,
): { oneWhich: boolean; act: boolean } | null {
  const gt = toks[k]!;
  const rest = text.slice(gt.s - s0);
  const bareNoun = bareGloss(toks, k);
  const bare =
    (/^(?:[\p{L}-]+\s+){0,3}[\p{L}-]+s\s+(?:that|which|who|whose|used|of|with|in which|involved|responsible|found)\b/u.test(
      rest,
    ) ||
      bareNoun) &&
    (gt.pos !== "VERB" || bareNoun) &&
    // ("Personality traits are relatively consistent patterns of …": an adverb of the adjective before the noun)
    (gt.pos !== "ADV" || toks[k + 1]?.pos === "ADJ");
  // "A total institution is one in which inmates …" is a definition too
  // ("A lobbyist is someone who represents …", "… is something that …")
  const oneWhich =
    /^(?:one|those|someone|somebody|something|anyone|anything)(?:\s+of\s+[a-z]+)?\s+(?:in which|that|who|whose|where|by which)\b/i.test(
      rest,
    ) ||
    // "a pioneering innovation is one based on a new technology …"
    /^one\s+(?:based|built|made|used|designed|defined|characterized|marked|found)\s+(?:on|by|in|for|with|as)\s/i.test(
      rest,
    );
  // "Altruism is people’s desire to help others …": a possessive takes the article's place
  const possessive = POSSESSIVE_GLOSS.test(rest);
  // "Vicarious learning is learning that takes place through …": the term's own head as its genus, then what sets this
  // kind apart
  const ownHead =
    term.text.includes(" ") &&
    rest.toLowerCase().startsWith(headOf(term.text).toLowerCase() + " ") &&
    /^\S+\s+(?:that|which|in which|by which|through which|whereby|where|whose)\s/i.test(rest);
  // "Outsourcing is hiring workers outside of the company …", "Commercial awareness is knowing how …": an act in -ing
  // with its object defines a term written without an article ("The firm is hiring workers" tells news)
  const act = gerundGloss(toks, k, text, term);
  // ("Running is fun for many people": an act alone as the subject is defined only by a kind or another act)
  if (LONE_GERUND.test(term.text) && !act && !/^(?:an?|the|one)\s/i.test(rest)) return null;
  if (
    (!/^(?:a|an|the|one of|any|(?:one|two) or more)\s/i.test(rest) &&
      !bare &&
      !oneWhich &&
      !possessive &&
      !ownHead &&
      !act) ||
    ADJ_PREP.test(rest) ||
    (EVALUATIVE.test(rest) && !QUALIFIED_GENUS.test(rest)) ||
    INTENSIFIED.test(rest)
  )
    return null;
  return { oneWhich, act };
}

/** A gloss that ranks, lists examples or breaks off says nothing of what its term is (`copula`: "is", "are" …). */
function saysNothing(text: string, s0: number, toks: Tok[], gloss: Phrase, copula: string): boolean {
  // "Fixed interval is the least productive and the easiest to extinguish": a superlative without its noun ranks;
  // "The extremes are a command economy, …, and a laissez-faire economy": a plural ("are") named by one thing lists
  // examples
  // ("Fungi are a kingdom of …", "Emotions are a way of …": a kind or a collective names the whole plural)
  if (
    SUPERLATIVE_ONLY.test(gloss.text) ||
    (/^(?:are|were)$/i.test(copula) && /^an?\s/i.test(gloss.text) && !COLLECTIVE_GENUS.test(gloss.text))
  )
    return true;
  // "a one-time event, for instance, and belonging to a party doesn't …": an example mid-way ends no definition;
  // "a government in which political power—influence over …—rests": a clause cut before its verb says nothing
  if (
    EXAMPLE_ASIDE.test(gloss.text) ||
    (DASH_NEXT.test(text.slice(gloss.b)) && clauseWithoutVerb(toks, s0 + gloss.a, s0 + gloss.b))
  )
    return true;
  return false;
}

/**
 * Where a copula's gloss ends, before its clause end `gb`: "Rifampin is a member of the rifamycin family and functions
 * by blocking …" ends before its second predicate ("a person who is aware of the experiment and works for the
 * researcher": after "who" both verbs are the clause's); "something of value that a business owner pledges …, meaning
 * that the bank …": what follows explains, it does not define.
 */
function glossEnd(text: string, s0: number, toks: Tok[], ga: number, gb0: number): number {
  const whole = text.slice(ga, gb0);
  // "the stem cells of the testis, which means that they …" and "a high-energy molecule, like ATP, but unlike ATP …"
  // end before the explanation or the comparison ("a dominant trait, which means …" stays whole: explainsKind drops it)
  // ("the use of marketing data to focus on the needs and wants of customers in order to develop …": the purpose goes)
  const meaning = explainsKind(whole) ? -1 : earliest(whole.search(EXPLANATION), purposeAt(whole));
  const gb = meaning > 0 ? ga + meaning : gb0;
  const vp = SECOND_PREDICATE.exec(text.slice(ga, gb));
  if (!vp || RELATIVE_WORD.test(text.slice(ga, ga + vp.index))) return gb;
  const w = tokAt(toks, s0 + ga + vp.index + vp[0].trimEnd().lastIndexOf(" ") + 1);
  // ("the kneecap and articulates with …": a short gloss ends before a second verb the tagger reads as one)
  if (vp.index <= 12) return toks[w]?.pos === "VERB" ? ga + vp.index : gb;
  // ("all final goods and services produced within …": a plural noun after "and" is no second verb; "… family and
  // functions by blocking …" is a verb the tagger reads as a noun: an article or a preposition follows)
  const after = toks[w + 1];
  if (toks[w]?.pos === "NOUN" && after && !(after.pos === "DET" || (after.pos === "ADP" && after.low !== "of")))
    return gb;
  // ("to focus on the needs and wants of customers": a plural noun, "and", a word in -s and "of" are two nouns)
  const before = toks[w - 2];
  if (after?.low === "of" && before?.pos === "NOUN" && /\p{Ll}s$/u.test(before.v)) return gb;
  return ga + vp.index;
}

const EXPLANATION = /,\s+(?:meaning|which\s+means)\b|,\s+like\s+[^,]+$/;
const PURPOSE = /,?\s+in\s+order\s+to\s/g;

/** Where "in order to" starts in a gloss of seven words or more before it, or -1. */
function purposeAt(gloss: string): number {
  for (const m of gloss.matchAll(PURPOSE)) if (gloss.slice(0, m.index).split(/\s+/).length >= 7) return m.index;
  return -1;
}

/** The smaller of two positions found (-1: not found). */
function earliest(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

const RELATIVE_WORD = /\b(?:who|that|which|whose)\b/;
const SUPERLATIVE_ONLY = /^the\s+(?:(?:most|least)\s+\p{Ll}+|\p{Ll}{3,}est)(?:\s+(?:and|or)\s|$)/u;
const COLLECTIVE_GENUS =
  /^an?\s+(?:[\p{L}-]+\s+){0,2}?(?:type|kind|form|class|group|family|category|set|collection|series|pair|network|system|kingdom|phylum|branch|part|way|variety|range|number|body|team|pattern|combination|mixture)s?\b/u;

/** "is hiring workers", "is knowing how …": a verb in -ing right after the copula, then its object, after a bare term */
function gerundGloss(toks: Tok[], k: number, text: string, term: Phrase): boolean {
  const g = toks[k];
  const next = toks[k + 1];
  if (!g || !next || g.pos !== "VERB" || !GERUND.test(g.v)) return false;
  // "Video marketing is becoming increasingly popular …": a verb of change in the progressive tells a trend
  if (PROGRESSIVE_CHANGE.test(g.v)) return false;
  if (DETERMINED_BEFORE.test(text.slice(Math.max(0, term.a - 6), term.a))) return false;
  // "Businesses are looking more and more for …": after "are" an act in -ing tells what things are doing (an act defines
  // one term: "Outsourcing is hiring …"), and so does one with an adverb of degree or time after it
  if (/^(?:are|were)$/i.test(toks[k - 1]?.v ?? "") || PROGRESSIVE_ADVERB.test(next.v)) return false;
  return (
    /^(?:DET|NOUN|ADJ|ADV|SCONJ|NUM)$/.test(next.pos) ||
    (next.pos === "PRON" && /^(?:what|how|which|who|where|when|why|whether)$/i.test(next.v))
  );
}
const GERUND = /^\p{Ll}{3,}ing$/u;
const PROGRESSIVE_ADVERB =
  /^(?:more|less|increasingly|now|still|also|currently|already|rapidly|quickly|slowly|steadily)$/i;
const PROGRESSIVE_CHANGE =
  /^(?:becoming|growing|getting|increasing|decreasing|declining|rising|falling|changing|gaining|losing|going|coming|starting|beginning|expanding|shrinking|emerging|spreading)$/i;
const DETERMINED_BEFORE = /\b(?:the|a|an|this|that|these|those|its|their|our|his|her)\s+$/i;
const DASH_NEXT = /^\s*[—–]/;
const EXAMPLE_ASIDE = /,\s+for (?:instance|example)\b/i;
const RELATIVE_PRONOUN = /^(?:which|who|whom|whose|where)$/i;

/** A relative clause between a and b ("in which political power") with no verb after its pronoun (where a dash cut it). */
function clauseWithoutVerb(toks: Tok[], a: number, b: number): boolean {
  let open = false;
  for (let k = tokAt(toks, a); k < toks.length && toks[k]!.s < b; k++) {
    const t = toks[k]!;
    if (RELATIVE_PRONOUN.test(t.v)) open = true;
    else if (open && (t.pos === "VERB" || t.pos === "AUX")) open = false;
  }
  return open;
}
