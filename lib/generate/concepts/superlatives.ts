// What a text ranks first is what a teacher asks: "Perhaps the most important set of rules for any institution or
// organization is its constitution." -> "What is perhaps the most important set of rules for any institution or
// organization?"; "To Federalist president John Adams, relations with France posed the biggest problem." -> "What
// posed the biggest problem to Federalist president John Adams?". The answer must be a short noun phrase.
import type { ConceptCandidate } from "./types";
import { withoutNamingVerb } from "./phrase";

/** a leading phrase the question keeps: "In most countries, the largest city is …" */
const LEAD_PHRASE = /^(?:In|At|During|Among|Within|Across|Throughout)\s[^,]{2,60},\s+/;

/** the words that rank ("most" takes an adjective after it) */
const RANKING = String.raw`biggest|largest|greatest|main|primary|principal|chief|leading|smallest|oldest|earliest|first|second|third|fourth|fifth|sixth|final|last`;
const SUP = String.raw`(?:(?:single\s+)?most\s+(?:important|common|significant|serious|influential|powerful|abundant|frequent|basic|fundamental|famous|prominent|widespread)|${RANKING})`;
/** no sentence without one of these words ranks anything */
const RANKS = new RegExp(String.raw`\b(?:most|${RANKING})\b`, "i");
/** the prepositions that say among what a ranked phrase ranks ("of the body", "in 2020") */
const AMONG = "of|in|for|to|among|on|at|within|between|during";
/** a phrase without a verb of its own: "set of rules for any institution" */
const NP_RUN = String.raw`(?:(?!\b(?:is|was|are|were|that|which|who|may|can|will|would|should|must|could|might|do|does|did|has|have|had|think|believe)\b)[^,;:()])`;
const HEDGE = String.raw`(?:perhaps|probably|arguably|likely)`;
/** "Perhaps the most important set of rules for any institution or organization is its constitution." */
const RANK_FIRST = new RegExp(
  String.raw`^(?:(${HEDGE})\s+)?((?:the|\p{Lu}[\p{L}-]+[’']s)\s+${SUP}\s+${NP_RUN}{2,80}?)\s+(is|was|are|were)\s+(?!(?:that|to|not|also|one|how|why|what|when|where|whether|because)\b)([^,;:()]+?)\s*(?:\(|,|\.$)`,
  "iu",
);
/** "Constitutions are perhaps the most important set of rules in a country because, after all, …" */
const RANK_AFTER = new RegExp(
  String.raw`^(\p{Lu}${NP_RUN}{1,60}?)\s+(is|was|are|were)\s+(?:(${HEDGE})\s+)?(the\s+${SUP}\s+${NP_RUN}{2,80}?)(?=\s+(?:because|since|although|though|as|for|and|but)\b|[;,]|\.$|$)`,
  "u",
);
/** "To Federalist president John Adams, relations with France posed the biggest problem." */
const POSED = new RegExp(
  String.raw`^(To|For)\s+([^,;]{3,60}),\s+(\p{Ll}[^,;]{2,60}?)\s+(posed|presented|represented|was|were)\s+(the\s+(?:biggest|greatest|most\s+(?:serious|pressing|difficult)|main|primary|chief)\s+(?:problem|challenge|threat|issue|concern|obstacle|danger))\.$`,
  "u",
);

/** the ranked phrase says among what: "the largest organ of the body", "the main export in 2020" */
const SITUATED = new RegExp(String.raw`\s(?:${AMONG})\s`);
/** (where a ranked phrase's head ends: before its preposition, relative clause or participle: "the most common pathogens
 * associated with …") */
const HEAD_END = new RegExp(
  String.raw`\s+(?:${AMONG}|with|that|which|who|associated|found|used|known|seen|involved|responsible|caused)\s`,
);
/** "While influencing policy is the primary goal, …": a subordinate clause is no subject */
const SUBORDINATE = /^(?:While|Although|Though|If|When|Because|Since|As|Whereas|Unless|Once|Until)\b/;

const THREE_LETTERS = /\p{L}{3}/u;
/** "The disease is the most common cause …": a bare "the X" subject points back */
const BARE_NOUN = /^(?:The|A|An)\s+\p{Ll}+$/u;

const NOT_NP =
  /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|that|which|who|whom|because|when|if|than|this|these|those|it|they|we|you|not|my|our|your)\b|\d{4}|["“”]/i;

/** A short noun phrase that answers alone (no clause, no pronoun, no number of a year). */
function nounPhraseAnswer(s: string): string | null {
  const a = s.trim().replace(/^(?:its|their|his|her|our)\s+/i, "");
  const n = a.split(/\s+/).length;
  if (n > 6 || NOT_NP.test(a) || !THREE_LETTERS.test(a)) return null;
  if (/^(?:one|ones|something|someone|anything|each|all|both|many|some|other|another|such)\b/i.test(a)) return null;
  // "The largest imposed to date were against BP": a preposition's phrase says against what, not what
  if (/^(?:against|for|with|by|from|to|in|on|at|about|into|onto|toward|towards)\s/i.test(a)) return null;
  // "the oldest stars are found in the globular clusters" -> "found in …": a participle's phrase says where, not what
  if (
    /^(?:\p{Ll}+(?:ed|en)|found|known|seen|made|held|kept|built|set|put|shown|born)\s+(?:in|on|at|by|from|with|to|into|within|near|among|between|through|across|over|under|for)\b/u.test(
      a,
    )
  )
    return null;
  // "The first excited state of helium is metastable and, thus, …": a phrase cut at its conjunction
  if (/\s(?:and|or|but|nor|of|to|in|with|for|by|as|at)$/i.test(a)) return null;
  return a;
}

/** The head noun of a ranked phrase: "the most common type of joint in the body" -> "type". */
function rankedHead(ranked: string): string {
  return ranked.split(HEAD_END)[0]!.trim().split(/\s+/).pop() ?? "";
}

/**
 * The verb of the question agrees with the ranked phrase, in the sentence's tense: "Synovial joints are the most
 * common type of joint" -> "What is the most common type of joint …?".
 */
function agree(verb: string, ranked: string): string {
  const past = /^(?:was|were)$/i.test(verb);
  const head = rankedHead(ranked);
  const plural = /[^s]s$/i.test(head) && !/(?:ics|ness|sis|us)$/i.test(head);
  return past ? (plural ? "were" : "was") : plural ? "are" : "is";
}

/** the ranked phrase names a person: "the greatest advocate of Progressive government" asks "Who …?" */
const PERSON_HEAD =
  /^(?:advocate|leader|president|author|founder|proponent|critic|supporter|figure|thinker|scientist|writer|king|queen|ruler|emperor|general|champion|opponent|architect|inventor|explorer|philosopher|economist|psychologist|sociologist|artist|poet|composer|magnate|tycoon|baron|industrialist|entrepreneur|businessman|businesswoman|banker|financier|merchant|astronomer|mathematician|physicist|chemist|biologist|historian|physician|scholar|theorist|statesman|teacher|engineer|woman|man|women|men|person|American|citizen|student|graduate|recipient|winner|candidate|senator|governor|justice|judge|lawyer|doctor|nurse|athlete|actor|actress|singer|soldier|pilot|astronaut|settler|immigrant|member|chairperson|chairman|chairwoman|secretary|director|commissioner|minister|chancellor|mayor|ambassador|pope|bishop|activist|reformer|abolitionist|journalist|editor|publisher|painter|novelist|playwright|executive)s?$/i;

/** "the first nation to enter the Industrial Revolution": a ranked place or group is asked "What", not "Who" */
export const NOT_A_PERSON =
  /^(?:nations?|country|countries|states?|city|cities|colony|colonies|empires?|kingdoms?|societ(?:y|ies)|companies|company|organi[sz]ations?|groups?|regions?|places?|ships?|teams?|universit(?:y|ies)|parties|party)$/i;

/** a name as a person is written: capitalised words, no article ("Cannon", "Walter Cannon") */
const PERSONAL_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?(?:\p{Ll}+)?){0,3}$/u;

/** the noun right after the rank ("the first woman awarded …"), past an abbreviation ("the first U.S. president") */
const RANKED_NOUN = /\b(?:first|last|only|most\s+\p{L}+|\p{L}+est)\s+(?:(?:\p{Lu}\.)+\s+)?(\p{L}+)/iu;
/** "the second member of the series": one of a set of things */
const MEMBER_OF_A_SET =
  /\bmembers?\s+of\s+(?:the|this|that|a|an|its)\s+(?:[\p{L}-]+\s+)?(?:series|set|class|group|family|genus|order|sequence)\b/iu;

/** "What" or, for a ranked person, "Who" (lower case after a leading phrase). */
function wh(ranked: string, lead: string, answer = ""): string {
  const head = rankedHead(ranked);
  // "Cannon was the first to identify …": a rank without a noun of its own ranks its subject, here a person
  // ("the first woman awarded the doctoral degree in psychology": the noun right after the rank names a person)
  // ("the first U.S. president": past an abbreviation before the noun)
  const ranks = RANKED_NOUN.exec(ranked)?.[1] ?? "";
  // ("the second member of the series" is a compound, "the first member of Congress" a person)
  const person =
    !MEMBER_OF_A_SET.test(ranked) &&
    (PERSON_HEAD.test(head) ||
      PERSON_HEAD.test(ranks) ||
      (/^(?:first|last|only)$/i.test(head) && PERSONAL_NAME.test(answer) && !NOT_A_PERSON.test(ranks)));
  const w = person ? "Who" : "What";
  return lead ? w.toLowerCase() : w;
}

/** after an answer: the next member of a list, or "and"/"or" with another */
const LIST_GOES_ON =
  /^(?:,\s+(?:the\s+|an?\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}(?:,|\s+(?:and|or)\s)|,?\s+(?:and|or)\s)/u;

/** "the first determinant of labor productivity": the place of a member in the text's own enumeration */
const ENUMERATED =
  /\b(?:first|second|third|fourth|fifth|sixth)\s+(?:\p{L}+\s+)?(?:determinant|factor|feature|reason|type|kind|component|element|category|characteristic|aspect|source|advantage|disadvantage|benefit|objection|criticism|principle|function|goal|purpose|dimension|pillar)s?\b/iu;

function candidate(text: string, answer0: string, question: string): ConceptCandidate | null {
  const a0 = text.indexOf(answer0);
  if (a0 < 0) return null;
  // "… listed are medical (or unusual physiological) conditions": an answer cut at a parenthesis its phrase goes on after
  if (/^\s*\([^)]*\)\s*\p{L}/u.test(text.slice(a0 + answer0.length))) return null;
  // "the first three of the eight causes … listed", "the relationship between the pressure": a list shown elsewhere,
  // or a relation cut before its second member
  if (/\b(?:listed|above|below|shown)\b/i.test(question) || /\bbetween\s+(?:(?!\band\b)[^?])+\?$/.test(question))
    return null;
  // (what the text happens to name first is no rank: the order of a list is the writer's; "first stage" is a rank)
  if (ENUMERATED.test(question)) return null;
  // ("perhaps the most famous example of press freedom": a ranked example is the writer's pick, one of many)
  if (/\b(?:most|best|least)\s+(?:\p{L}+\s+)?examples?\b/u.test(question)) return null;
  // "… are the amygdala, the hippocampus, the cerebellum, and …": the first of a list is no answer alone
  if (LIST_GOES_ON.test(text.slice(a0 + answer0.length))) return null;
  // ("The first stage of NREM sleep is known as stage 1 sleep": the naming verb is no part of the answer)
  const term = withoutNamingVerb({ text: answer0, a: a0, b: a0 + answer0.length });
  if (!term.text) return null;
  return {
    rel: "superlative",
    term,
    gloss: null,
    genus: "",
    members: [],
    cue: question,
    subject: false,
  };
}

/**
 * "What is the primary goal?" asks the goal of nothing: the ranked phrase says of what, or a leading phrase does (a
 * plain function: a closure made per sentence costs an allocation and, under tsx, a __name call)
 */
function situated(np: string, lead: string): boolean {
  return !!lead || SITUATED.test(np);
}

/** The question a sentence that ranks something first answers, with that thing as the answer. */
export function superlativeClaim(text: string): ConceptCandidate | null {
  if (!RANKS.test(text)) return null;
  const lead = LEAD_PHRASE.exec(text)?.[0] ?? "";
  const body = text.slice(lead.length);
  const first = RANK_FIRST.exec(body);
  if (first) {
    const ans = nounPhraseAnswer(first[4]!);
    const hedge = first[1] ? first[1].toLowerCase() + " " : "";
    // (the ranked phrase is the subject here: its own verb agrees with it, "The most abundant gas … is")
    const q = `${lead}${wh(first[2]!, lead)} ${first[3]!.toLowerCase()} ${hedge}${first[2]!.replace(/^The/, "the")}?`;
    return ans && situated(first[2]!, lead) ? candidate(text, ans, q) : null;
  }
  const after = RANK_AFTER.exec(body);
  if (after) {
    const ans = nounPhraseAnswer(after[1]!);
    const hedge = after[3] ? after[3].toLowerCase() + " " : "";
    const q = `${lead}${wh(after[4]!, lead, ans ?? "")} ${agree(after[2]!, after[4]!)} ${hedge}${after[4]}?`;
    return ans && situated(after[4]!, lead) && !SUBORDINATE.test(after[1]!) && !BARE_NOUN.test(after[1]!)
      ? candidate(text, ans, q)
      : null;
  }
  const posed = POSED.exec(text);
  if (posed) {
    const ans = nounPhraseAnswer(posed[3]!);
    const q = `What ${posed[4]} ${posed[5]} ${posed[1]!.toLowerCase()} ${posed[2]}?`;
    return ans ? candidate(text, ans, q) : null;
  }
  return null;
}
