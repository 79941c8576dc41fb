// Definitions inside a sentence about something else: "… the importance of altruism, which is the selfless care
// for others’ well-being", "… the conscience, an individual’s inner sense of right and wrong, forms …",
// "… intuition—cognition that seems completely self-evident …—", "universal manhood suffrage, or voting rights for
// all White male adults", "the spoils system, in which political appointments were …", "impersonality, which takes …". (Asides in brackets and after "that is" are in asides.ts.)
import type { Tok } from "../read/nlp";
import { evaluativeGloss, genusOf } from "./definitions";
import { adjectivesInRow, headOf, singular, tokAt } from "./np";
import { clauseEnd, phraseAt, termOk, withoutNamingVerb } from "./phrase";
import type { ConceptCandidate, Phrase } from "./types";
import {
  afterVerbPreposition,
  appositiveEnd,
  appositiveEnds,
  nextMarker,
  nounPhraseGloss,
  PART_OF,
  termBefore,
} from "./appositive-reading";

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const BARE_HEAD = /^(\p{Ll}+)\s+(?:that|which|who)\b/u;
const BARE_PLURAL_GLOSS = /^(?!\p{Ll}+ing\b)(?:\p{Ll}+\s+){1,2}\p{Ll}{3,}s\b/u;
/** "—side effects from taking large doses …": a plural noun phrase with its modifier after a dash */
const DASH_BARE = /^(?:\p{Ll}+\s+)?\p{Ll}{3,}s\s+(?:from|of|that|which|who|in|for|with|used|caused)\b/u;
// ("a critical election, one that represents a sudden … shift": "one" with its clause is the term's kind)
const DETERMINED_GLOSS = /^(?:an?|the|\p{Ll}+[’']s|one(?=\s+(?:that|which|who|whose|in which)\b))\s/u;
const GERUND_START = /^\p{Ll}+ing\s/u;
const HEAD_OF_BEFORE = /\b(\p{Ll}[\p{Ll}-]{3,})\s+of\s+(?:the\s+)?$/u;
const HEDGE_START = /^(?:typically|usually|often|generally|simply|essentially|basically|commonly|also)\s+/i;
/** "the concept of executive privilege, the right to …", "an example of a critical election, one that …": after a
 * word that only introduces it, the noun is what the appositive renames */
const INTRODUCED_BY_OF =
  /\b(?:concept|idea|notion|doctrine|principle|theory|term|word|example|case|instance|practice|policy|process)\s+of\s+(?:(?:the|an?)\s+)?$/i;
/** ", called the Shine-Dalgarno sequence", ", also known as …": a naming cue right after an appositive */
const NAMED_AFTER =
  /^\s*[,—(]\s*(?:also\s+|often\s+|sometimes\s+)?(?:called|known\s+as|termed|named|referred\s+to\s+as)\b/i;
// ("feasts, which are elaborate meals shared among …": a plural with its modifiers and no article)
const NOUN_GLOSS_START = /^(?:an?|the|one|\p{Ll}+s)\b/u;
const OF_BEFORE_TERM = /\b([\p{L}-]+)\s+of\s+$/u;
const POSSESSED = /\b(?:their|his|her|its|our|your|my)\s+$/i;
const PREPOSITION_BEFORE = /\b(?:from|of|to|in|on|at|by|with|for|into|through|about|than)\s+(?:(?:the|an?)\s+)?$/i;
const QUANTIFIER_START = /^(?:all|both|each|some|none|any|many|most|either|neither)\b/i;
const RANKED_GLOSS = /^the\s+(?:first|second|third|fourth|fifth|sixth|last|final|next|other)\b/i;
const RELATIVE = /\b(?:that|which|who|whom|whose|where)\b/i;
/** "the five-volume Bergey’s Manual of Systematic Bacteriology": a phrase that ends in a capitalised name is a title */
const TITLE_GLOSS =
  /^(?:the|a|an)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+)*\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|and|for|the|on|in)\s+)?\p{Lu}[\p{L}’'-]*)+$/u;

/** The text before a comma: its last clause (after a comma or a semicolon) opens with a subordinator. */
const SUBORDINATE_BEFORE =
  /[,;]\s*(?:(?:and|but|or)\s*,?\s*)?(?:once|when|whenever|after|before|while|because|since|if|although|though|until|unless|whereas)\s[^,;]*$/i;

/** Genera that describe an event or a clause rather than a thing ("a mechanism that", "a result of", "one reason"). */
const EVENT_GENUS =
  /^(?:an?|the|one)\s+(?:\p{Ll}+\s+)?(?:mechanism|process|way|means|result|consequence|reason|sign|phenomenon|strategy|response|effect|situation|condition|event|step|change|outcome|example|factor|assumption|idea|notion|belief|claim|principle|premise|hypothesis|view|conclusion|observation|finding|tenet)s?\b/u;

/** what an appositive after a clause may judge it to be, or sum it up as ("Arteries have smaller lumens than veins, a
 * characteristic that helps to maintain the pressure …") */
const JUDGEMENT_GENUS =
  /^(?:advantage|disadvantage|benefit|drawback|victory|triumph|achievement|accomplishment|breakthrough|feat|improvement|setback|milestone|characteristic|feature|trait|property|arrangement|difference|situation|circumstance|development|trend|outcome|consequence|indication|sign|symptom|reflection|testament|measure|proof|demonstration|evidence)s?$/;

/** "the process of negotiating …", "the process by which …": the doing of an act */
const ACT_PROCESS = /^(?:the|a)\s+process\s+(?:of\s+\p{Ll}+ing|by\s+which|through\s+which|whereby)\b/u;
/** a term that names an act: a noun of action as its last word ("excavation", "cash management", "bargaining") */
const ACT_NAME = /\p{Ll}{3}(?:tion|sion|ment|ing|ance|ence|al)$/u;

const CLAUSE_EFFECT = /^(?:an?|the)\s+(?:[\p{L}-]+\s+)?(?:effect|result|outcome|consequence)s?\b/u;

/** what an appositive after a clause names: the act the clause tells of */
const ACT_GENUS =
  /^(?:custom|practice|tradition|habit|method|technique|procedure|act|action|move|step|strategy|tactic|approach|decision|ritual|ceremony|gesture|event|feat|achievement|mistake|error)$/;

/**
 * "the family of procreation, which is the family that EGO creates": the term is the whole "X of Y" when the
 * definition's genus is X
 */
function wholeOf(text: string, term: Phrase, genus: string, gloss: string): Phrase {
  const m = OF_BEFORE_TERM.exec(text.slice(0, term.a));
  const x = m ? singular(m[1]!.toLowerCase()) : "";
  // ("the family of orientation, which is the nuclear family unit …": X heads or names the gloss's noun phrase)
  const named = !!x && (singular(genus) === x || new RegExp(`^(?:\\S+\\s+){0,3}${x}s?\\b`, "i").test(gloss));
  if (!m || !named) return term;
  const a = m.index + m[0].indexOf(m[1]!);
  return { text: text.slice(a, term.b), a, b: term.b };
}

/** Words of a phrase (a plain function: a closure made per sentence costs an allocation and, under tsx, a __name call). */
function phraseWords(p: Phrase): number {
  return p.text.split(/\s+/).length;
}

export function candidate(rel: ConceptCandidate["rel"], term: Phrase, gloss: Phrase, cue = ""): ConceptCandidate {
  return { rel, term, gloss, genus: rel === "definition" ? genusOf(gloss.text) : "", members: [], cue, subject: false };
}

const PROCESS_GLOSS =
  /^(?:an?)\s+(?:process|mechanism|method|technique|phenomenon|condition|state)\s+(?:by which|in which|through which|whereby|that|which|where)\s/;

/** "convection of the mantle, a process by which …": the noun before "of" is the process's name */
function processOf(text: string, termAt: number, ga: number): ConceptCandidate | null {
  const before = HEAD_OF_BEFORE.exec(text.slice(0, termAt));
  if (!before || !PROCESS_GLOSS.test(text.slice(ga))) return null;
  const term: Phrase = { text: before[1]!, a: before.index, b: before.index + before[1]!.length };
  if (!termOk(term.text)) return null;
  return candidate("definition", term, phraseAt(text, ga, clauseEnd(text, ga)));
}

/** ", or " as a whole marker: another name follows */
const OR_MARKER = /^,\s+or\s+$/;
const LIST_OPENED = /\b(?:like|such as|including)\s+[\p{L}-]+$/u;
const EN_DASH_BETWEEN_WORDS = /(?<=\p{L})–(?=\p{L})/gu;

export function embeddedDefinitions(text0: string, s0: number, toks: Tok[]): ConceptCandidate[] {
  // ("a placebo treatment–an active treatment that …": an en dash between words is the same dash, one character long)
  const text = text0.includes("–") ? text0.replace(EN_DASH_BETWEEN_WORDS, "—") : text0;
  const dash = text.includes("—");
  if (!dash && !text.includes(",")) return [];
  const out: ConceptCandidate[] = [];
  let m: RegExpExecArray | null;
  for (let from = 0; (m = nextMarker(text, from, dash)) && out.length < 3;) {
    const ga = m.index + m[0].length;
    from = ga;
    // an appositive must end where a verb follows (or at the sentence end): a cheap test before the term is read
    const or = OR_MARKER.test(m[0]);
    const appositive = !m[2] && !m[3] && !m[4] && !or;
    if (appositive && !BARE_HEAD.test(text.slice(ga)) && !appositiveEnds(text, s0, toks, ga, m[0].includes("—")))
      continue;
    const found = termBefore(text, s0, toks, m.index, !!(m[2] || m[3] || m[4]), !!m[4]);
    // ("SportsCaster.com, which is a platform …": the end of a web address is no term)
    if (!found || /[.@/]$/.test(text.slice(0, found.a))) continue;
    // "particles that they called atomos, a term …"
    const term = withoutNamingVerb(found);
    if (!term.text) continue;
    const c = m[2]
      ? whichIsDefinition(text, s0, toks, m, ga, term)
      : m[3] || m[4]
        ? describedNaming(text, m, ga, term)
        : or
          ? orRenaming(text, s0, toks, ga, term)
          : appositiveDefinition(text, s0, toks, m, ga, term);
    if (c) out.push(c);
  }
  return out;
}

/** ", which is the selfless care for others’ well-being": a relative clause with a copula defines the term before it */
function whichIsDefinition(
  text: string,
  s0: number,
  toks: Tok[],
  m: RegExpExecArray,
  ga: number,
  term: Phrase,
): ConceptCandidate | null {
  // ", which is the selfless care for others’ well-being" (", which are typically groups of …": a hedge is no gloss)
  const hedge = HEDGE_START.exec(text.slice(ga));
  const ga2 = hedge ? ga + hedge[0].length : ga;
  const comma = text.indexOf(",", ga2);
  const gloss = phraseAt(text, ga2, Math.min(clauseEnd(text, ga2), comma < 0 ? text.length : comma));
  // "oxygen dissociates from hemoglobin, which is a mechanism that …": a mechanism, a process or a result is what
  // the whole clause is, not the noun before the comma
  // ("the concept of White supremacy, which is the idea that …": after "the concept of" the clause is the term's)
  const introduced =
    INTRODUCED_BY_OF.test(text.slice(0, term.a)) &&
    /^the\s+(?:idea|notion|belief|view|principle|claim)\s+that\b/.test(gloss.text);
  // ("collective bargaining, which is the process of negotiating a labor agreement …": an act's name is what the process
  // of doing it renames)
  // (a short name of two words at most, and a process said in full: "the process of separating" cut at a series' comma
  // says nothing)
  const actOf =
    ACT_PROCESS.test(gloss.text) && ACT_NAME.test(term.text) && phraseWords(term) <= 2 && phraseWords(gloss) >= 6;
  if (!introduced && !actOf && (EVENT_GENUS.test(gloss.text) || evaluativeGloss(gloss.text))) return null;
  // "useful for studying populations, which is the work of these organizations": a role, and a verb's object
  if (
    /^the\s+(?:work|job|task|goal|aim|purpose|role|business|function|result|effect|cause)\s+of\b/i.test(gloss.text) ||
    GERUND_START.test(term.text)
  )
    return null;
  const plural = /^(?:are|were)$/i.test(m[2]!) && m[1] === "which";
  const whole = wholeOf(text, term, genusOf(gloss.text), gloss.text);
  // "proprioceptive information of the face, which is the movement and position of facial muscles": after "X of
  // the Y" the clause tells of X as often as of Y; it is read only where its genus names X
  if (whole === term && /\bof\s+the\s+$/i.test(text.slice(0, term.a))) return null;
  if (
    phraseWords(gloss) >= 3 &&
    (NOUN_GLOSS_START.test(gloss.text) || (plural && BARE_PLURAL_GLOSS.test(gloss.text))) &&
    nounPhraseGloss(s0, toks, gloss, s0)
  )
    return candidate("definition", whole, gloss);
  return null;
}

/** ", which takes personal feelings out of …", ", in which political appointments were …": a described term */
function describedNaming(text: string, m: RegExpExecArray, ga: number, term: Phrase): ConceptCandidate | null {
  // "… a molecule called a “salt” in chemistry, which consists of …": after "in X" the clause may describe anything
  if (/\b(?:in|on|at|during|for|from|with)\s+(?:the\s+)?$/i.test(text.slice(0, term.a))) return null;
  // "bones of ruminants, such as antelopes, that displayed …": an example's clause tells of the class before it
  if (/\b(?:such as|including|e\.g\.,?)\s+$/i.test(text.slice(0, term.a))) return null;
  // ", which takes personal feelings out of …", ", in which political appointments were …": a described term
  const gloss = phraseAt(text, m.index + m[0].indexOf(m[3] ?? m[4]!), clauseEnd(text, ga));
  if (phraseWords(gloss) >= 5) return candidate("naming", term, gloss, "described");
  return null;
}

/** "universal manhood suffrage, or voting rights for …": another name after ", or" */
function orRenaming(text: string, s0: number, toks: Tok[], ga: number, term: Phrase): ConceptCandidate | null {
  // "universal manhood suffrage, or voting rights for …" (not the last item of a list: "A, B, or C", nor one of
  // alternatives: "blood flowing into the atria, or blood sloshing …, or even …")
  if (/,\s*[^,]{1,40}$/.test(text.slice(0, term.a))) return null;
  // "polygamous families with multiple spouses and their offspring, or married siblings …": someone's kin
  // ("their offspring") is one of alternatives, never the name of what follows
  if (POSSESSED.test(text.slice(0, term.a))) return null;
  // "… the people they enslaved, or forced them into …": a verb before ", or" starts another predicate, names nothing
  if (
    toks[tokAt(toks, s0 + term.b) - 1]?.pos === "VERB" ||
    /\b(?:they|we|he|she|you|i)\s+$/i.test(text.slice(0, term.a))
  )
    return null;
  // "held behind a dam, or a person about to skydive": one indefinite thing or another is an alternative, no name
  if (/\b(?:a|an)\s+$/i.test(text.slice(0, term.a)) && /^(?:a|an)\s/i.test(text.slice(ga))) return null;
  // "… at different locations on the neuron, or all at the same place but …": a quantifier starts an alternative
  if (QUANTIFIER_START.test(text.slice(ga))) return null;
  // "for the same offense, or restricting people with disabilities from …": an act in -ing is another case
  // ("or voting rights for …" is a noun phrase: "voting" is no verb there)
  // (but an act's name is renamed by the doing: "excavation, or removing fossils and artifacts from the ground", "cash
  // management, or making sure that enough cash is on hand")
  if (GERUND_START.test(text.slice(ga)) && toks[tokAt(toks, s0 + ga)]?.pos === "VERB" && !ACT_NAME.test(term.text))
    return null;
  // "these debts, or even paying the interest on them": "or even" adds, it does not rename
  if (/^(?:even|perhaps|maybe|at least|rather|possibly|more)\b/i.test(text.slice(ga))) return null;
  let end = text.slice(ga).search(/[,;.]|$/);
  // ("or the encoding of details like time, space, frequency, …": the examples' list runs on past its commas)
  const listed = LIST_OPENED.test(text.slice(ga, ga + end));
  if (listed) end = text.slice(ga).search(/[;.]|$/);
  if (/^,\s+or\b/.test(text.slice(ga + end))) return null;
  const gloss = phraseAt(text, ga, ga + end);
  // "result from the aging process, or the influence of hormones": after a preposition a short phrase is another
  // cause or place, not another name (a restatement says more: "… from suffrage, or voting rights that …")
  if (PREPOSITION_BEFORE.test(text.slice(0, term.a)) && phraseWords(gloss) < 6 && !RELATIVE.test(gloss.text))
    return null;
  if (phraseWords(gloss) >= 3 && phraseWords(gloss) <= (listed ? 18 : 12) && nounPhraseGloss(s0, toks, gloss, s0))
    return candidate("definition", term, gloss);
  return null;
}

/** a sentence adverb or a connective and its comma, before what opens the sentence's clause */
const LEAD_CONNECTIVE_COMMA =
  /^(?:\p{Lu}\p{Ll}+ly|However|Therefore|Thus|Hence|Moreover|Furthermore|Consequently|Similarly|Instead|Still|Yet|Indeed|Nevertheless|Nonetheless|Then|Now|Also|Today|In\s+(?:addition|fact|general|turn|contrast|particular|short)|For\s+(?:example|instance)|As\s+a\s+result|Of\s+course|At\s+(?:first|times))\s*,\s+/u;

/**
 * "Under the original constitution, a Council of Appointments selected …": a comma after a fronted phrase starts the
 * clause, it adds no appositive; so does the comma after a fronted clause ("Even before policy changes affected refugee
 * admittance, a relatively small number …") and the comma that closes a clause a subordinator opened after an earlier
 * comma ("…, and, once the United States entered the war, the OPA regulated …": what follows is the main clause)
 */
function frontedComma(text0: string, at0: number): boolean {
  // ("Unfortunately, as we reach adulthood, the brain’s ability … declines": a connective before the clause)
  const lead = LEAD_CONNECTIVE_COMMA.exec(text0)?.[0].length ?? 0;
  if (at0 <= lead) return false;
  // (what follows the connective opens the clause as a sentence would: "as we reach …" is read as "As we reach …")
  const text = lead ? text0.charAt(lead).toUpperCase() + text0.slice(lead + 1) : text0;
  const before = text.slice(0, at0 - lead);
  return (
    // ("Seeing this as an opportunity to engage with a customer, the company …": a participle's clause runs longer)
    (/^\p{Lu}\p{Ll}+ing\s/u.test(text) && !before.includes(",") && before.split(/\s+/).length <= 16) ||
    (/^(?:[\p{L}’'-]+\s+){0,8}?[\p{L}’'-]+$/u.test(before) &&
      // ("Using a design thinking approach, the founders …", "Depending on the account type, the sides …")
      /^(?:In|Under|During|After|Before|For|With|Without|At|On|By|From|Since|Until|Through|Among|Within|Like|Unlike|As|Based|Given|Compared|[A-Z][a-z]+ing\s)\b/.test(
        text,
      )) ||
    (/^(?:Even\s+(?:before|after|when|while|if|as|though)|Before|After|When|While|Although|Though|Because|Since|If|Once|Until|Unless|Whereas|As|To\s+\p{Ll}+)\b/u.test(
      text,
    ) &&
      !before.includes(",")) ||
    SUBORDINATE_BEFORE.test(before)
  );
}

/** "the conscience, an individual’s inner sense of right and wrong, …", "intuition—cognition that …—": an appositive */
function appositiveDefinition(
  text: string,
  s0: number,
  toks: Tok[],
  m: RegExpExecArray,
  ga: number,
  term: Phrase,
): ConceptCandidate | null {
  const dash = m[0].includes("—");
  const restated = BARE_HEAD.exec(text.slice(ga));
  if (!dash && restated && headOf(restated[1]!) === headOf(term.text)) {
    // "explicit rules, rules that are outlined, written down, and standardized."
    return candidate("definition", term, phraseAt(text, ga, clauseEnd(text, ga)));
  }
  // a comma that closes a fronted phrase or clause opens no appositive
  if (!dash && frontedComma(text, m.index)) return null;
  // "Another lean practice, the theory of constraints (TOC), …": the appositive is one instance of the kind before it
  // ("which includes, among many other objects, the stars that …": one of many, not what they are)
  if (/\b(?:another|one|each|every|any|some|other|many|several|various|such)\s+$/i.test(text.slice(0, term.a)))
    return null;
  // "slow convection of the mantle, a process by which heat escapes …": a process renames the noun before "of"
  const ofProcess = processOf(text, term.a, ga);
  if (ofProcess) {
    return ofProcess;
  }
  // "the decrease in concentration—the actual negative feedback—": the appositive renames the whole phrase,
  // not the noun after its preposition
  // ("replaced with class consciousness, the awareness of …": after a verb's preposition the noun is renamed)
  if (
    /\b(?:in|of|on|at|for|from|with|to|by|across|between|and|or)\s+(?:the\s+)?$/i.test(text.slice(0, term.a)) &&
    !INTRODUCED_BY_OF.test(text.slice(0, term.a)) &&
    !afterVerbPreposition(toks, tokAt(toks, s0 + term.a))
  )
    return null;
  const end = appositiveEnd(text, s0, toks, ga, dash);
  if (end < 0) return null;
  // "In E. coli mRNA, a leader sequence upstream of the first AUG codon, called the Shine-Dalgarno sequence, …":
  // the appositive describes the name that follows it, not the noun before it
  if (NAMED_AFTER.test(text.slice(end))) return null;
  // "releasing miracidia, an intermediate growth stage …": what a verb acts on is renamed, not the act
  if (GERUND_START.test(term.text) && toks[tokAt(toks, s0 + term.a)]?.pos === "VERB") return null;
  const gloss = phraseAt(text, ga, end);
  // "a movement … that stressed emotion over cold, calculating reason": a comma between two adjectives is no end
  if (adjectivesInRow(toks, tokAt(toks, s0 + end))) return null;
  // "stimulate the kidneys to excrete sodium—an effect opposite that of aldosterone": the clause's effect
  if (dash && CLAUSE_EFFECT.test(text.slice(ga, end))) return null;
  // "A more recent sister publication, the five-volume Bergey’s Manual of …": a title names one work; it says
  // not what the noun before it is
  if (TITLE_GLOSS.test(gloss.text)) return null;
  const n = phraseWords(gloss);
  const bareHead = BARE_HEAD.exec(gloss.text);
  const bare =
    (!!bareHead && (dash || headOf(bareHead[1]!) === headOf(term.text))) || (dash && DASH_BARE.test(gloss.text));
  if (
    n >= 3 &&
    n <= 16 &&
    !/\b(?:and|or)\s*$/.test(gloss.text) &&
    // "lack a neural tube, a true notochord and the endostyle …": the next members of a series, not a gloss
    !/\s(?:and|or)\s+(?:the|a|an)\s/.test(gloss.text) &&
    // "government—the executive, judicial, and legislative—": its parts, not what it is
    !/^(?:the|a|an)?\s*[\p{L}-]+,\s+[\p{L}-]+,?\s+(?:and|or)\s+[\p{L}-]+$/u.test(gloss.text) &&
    (bare || DETERMINED_GLOSS.test(gloss.text)) &&
    nounPhraseGloss(s0, toks, gloss, s0) &&
    // "examining an animal's entrails, a custom adopted from the Etruscans": a custom renames the act, not the noun
    // ("… is cannibalism, the act of eating …": after a copula the noun itself is renamed)
    (!ACT_GENUS.test(genusOf(gloss.text)) || /\b(?:is|are|was|were)\s+$/.test(text.slice(0, term.a))) &&
    // "… form water-soluble products—a definite advantage for detergents", "… these masses—an impressive victory
    // for the model": a judgement on the whole clause before it, not what its last noun is
    !JUDGEMENT_GENUS.test(genusOf(gloss.text)) &&
    // "Leadership, the third key management function, is …": a rank among others says not what it is
    !RANKED_GLOSS.test(gloss.text)
  )
    return candidate("definition", ofPart(term), gloss);
  return null;
}

const PART_THEN_OF = /^(?:.*\s)?(\p{Ll}+)\s+of\s+(?:(?:the|an?)\s+)?(?=\p{Ll})/u;

/**
 * "an antigenic component of heart myosin, a major contractile protein of the heart": after a part, a member or a
 * kind "of" something, the appositive renames that something (the noun nearest to it), not the part.
 */
function ofPart(term: Phrase): Phrase {
  const m = PART_THEN_OF.exec(term.text);
  if (!m || !(PART_OF.test(m[1]!) || /^(?:component|constituent|element|subunit)s?$/.test(m[1]!))) return term;
  const tail = term.text.slice(m[0].length);
  return termOk(tail) ? { text: tail, a: term.a + m[0].length, b: term.b } : term;
}
