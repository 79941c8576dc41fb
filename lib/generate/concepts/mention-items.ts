// Items from a sentence that mentions a key term without stating it: the term blanked, with sibling terms as options
// where there are three, or "What does X do?" where the term is the subject. Many guards: a blank fits many words.
import { isStop, singular } from "./np";
import { leansOnContext } from "./prompt";
import { type TermInfo } from "./terms";
import type { Lexicon } from "./lexical";
import { POS_CODES, type ConceptCandidate, type Phrase, type SentenceRecord } from "./types";
import { blankItem, statedOf, type ConceptBuildCtx, type ConceptItem } from "./item-kit";
import { ownedInstance } from "./name-checks";
import { FIELD, fieldItem, fieldStudies } from "./field-items";
import { functionItem } from "./function-items";
import { everydayWord } from "./everyday";
import { escapeRegExp } from "../text/scan";
import { labelsFigurePart } from "../items/figure-talk";

const ONE_NAME = /^\p{Lu}(?=\p{L}*\p{Ll})\p{L}+$/u;

/** Words of `t` that pin a sentence down: unusual in general English, or key terms of the text. */
function specificWords(t: string, ctx: ConceptBuildCtx): number {
  let n = 0;
  for (const w of t.toLowerCase().match(/\p{L}[\p{L}-]{3,}/gu) ?? []) {
    if (isStop(w)) continue;
    const k = singular(w);
    if (
      ctx.lexicon.frequency(k) < 8 ||
      ctx.inv.terms.get(k)?.defined ||
      ctx.inv.terms.get(k)?.named ||
      ctx.keyWords?.has(k)
    )
      n++;
  }
  return n;
}

const VAGUE_PREDICATE =
  /^(?:is|are|was|were|can be|may be|might be|has been|have been)\s+(?:also\s+)?(?:important|crucial|critical|essential|necessary|needed|useful|common|different|similar|complex|interesting|not|never|often|usually|sometimes|one of|part of|thought|believed|known|found|seen|used|related|involved|considered)\b|^(?:plays?|played)\s+(?:a|an)\s+\w*\s*role\b|^(?:vary|varies|differ|differs|exists?|occurs?|happens?|means?|matters?|works?)\b/i;

/** The words before a blank pair it with its opposite: "asexual and _____" (sexual), "both primary and _____". */
function pairedBlank(before: string, answer: string): boolean {
  if (/\b(?:both|either|neither)\s+[\p{L}-]+\s+(?:and|or|nor)\s+$/iu.test(before)) return true;
  const first = answer.toLowerCase().split(/\s+/)[0]!;
  const prev = /([\p{L}-]+)\s+(?:and|or|nor|versus|vs\.?|than)\s+$/iu.exec(before)?.[1]?.toLowerCase() ?? "";
  return (
    first.length >= 4 &&
    !!prev &&
    prev !== first &&
    (prev.endsWith(first) ||
      first.endsWith(prev) ||
      (/^(?:a|an|non|un|in|im|ir|il|dis|anti)/.test(prev) &&
        prev.replace(/^(?:a|an|non-?|un|in|im|ir|il|dis|anti-?)/, "") === first))
  );
}

// (the space first, then the lookbehind, which ends with that space: the same matches, and the lookbehind is not tried
// at every position of the text; ~4.5x faster)
const COORDINATED =
  /\s(?<!,\s|\bbetween\s(?:[\p{L}-]+\s){0,2}[\p{L}-]+\s)(?:and|or|nor|than)\s+(?:(?:with|to|in|for|from|of|by|on|at)\s+)?(?:(?:the|a|an|its|their)\s+)?$/iu;
// (one letter before the comma, not a run: the same test, without trying each run at each position; ~7x faster)
const SERIES_BEFORE = /[\p{L}-],\s+$/u;
const SERIES_AFTER = /^,\s+(?:(?:and|or)\s|[\p{L}-]+(?:\s+[\p{L}-]+)?,)/u;
/** a series that is the whole of something: "… all combine to form", "… together make up", "are the three types of" */
const CLOSED_SET =
  /\b(?:together|all|both)\b[^.;]*\b(?:form|forms|make up|makes up|compose|composes|constitute|constitutes|combine)\b|\b(?:are|were) (?:the )?(?:two|three|four|five|six|seven) (?:main |major |basic )?(?:types|kinds|parts|components|stages|forms|classes|categories)\b/i;

/** ", norms, and scripts": what follows the first member of a series ("the power that _____, norms, and scripts have") */
const FIRST_OF_SERIES = /^,\s+[\p{L}-]+(?:\s+[\p{L}-]+)?,?\s+(?:and|or)\s/u;
/** "Natural selection, random drift, and " / "drift, mutation and ": the words before the last member of a series */
// (one letter before the first comma, not a run: the same test, ~6x faster)
const SERIES_LAST = /[\p{L}-],\s+[^,;.]{1,40}?,?\s+(?:and|or)\s+(?:(?:the|a|an)\s+)?$/u;

/**
 * Text before and after a phrase make it a member of a series after its first: a middle one ("mountains, valleys,
 * _____, and even …") or the last ("Natural selection, random drift, and _____ can lead to …").
 */
export function seriesMember(before: string, after: string): boolean {
  return (SERIES_BEFORE.test(before) && SERIES_AFTER.test(after)) || SERIES_LAST.test(before);
}

/**
 * A blank that is one member of a pair or a series: "asexual and _____", "Neither primary nor _____" (the other half
 * names it); "energy and _____", "atoms or _____", "more energetic than _____" (a second member or a comparison fits
 * many words); "between the atoms, _____, or ions" (a middle member is one of its kind, which many words are, unless the
 * series is closed: "the suburbs, _____, and metropolitan areas all combine to form a metropolis").
 */
export function memberBlank(text: string, m: Phrase): boolean {
  const before = text.slice(0, m.a);
  return (
    pairedBlank(before, m.text) ||
    COORDINATED.test(before) ||
    ((seriesMember(before, text.slice(m.b)) || FIRST_OF_SERIES.test(text.slice(m.b))) && !CLOSED_SET.test(text))
  );
}

/**
 * "If …", "Most of us …", "(Thus,) depending upon the specific joint …": a scenario, the reader's view or a variation;
 * "Initially, …", "Ideally, …": a step of a process told before, or a wish
 */
const SCENARIO =
  /^(?:(?:Thus|So|Therefore|Hence|However|Also|Moreover|Still),\s+)?(?:If|(?:Most|Many|Some) of us|depending (?:up)?on)\b|^(?:Ideally|Initially|Eventually|Subsequently|At first|Alternatively),\s/i;
/** "When we look at …", "if we have …": the writer walking the reader through, no fact of the term */
const READER_ACT =
  /\bwe\s+(?:look|sum|see|consider|think|imagine|have|find|get|take|use|need|want|discuss|examine|explore|describe|review|turn)\b/i;

/** A scenario, the reader's view or a variation, which holds for many terms: no blank of one of them. */
export function scenario(text: string): boolean {
  return SCENARIO.test(text) || READER_ACT.test(text);
}

const LOWER_WORD = /^\p{Ll}{3,}$/u;

/** The token right before offset `a` of the sentence when it is a lower-case word with no punctuation between, or -1. */
function lowerWordBefore(r: SentenceRecord, a: number): number {
  let k = -1;
  for (let i = 0; i < r.tokS.length && r.tokE[i]! <= a; i++) k = i;
  if (k < 0 || r.tokE[k]! < a - 1) return -1;
  return LOWER_WORD.test(r.text.slice(r.tokS[k], r.tokE[k])) ? k : -1;
}

/** The token right before offset `a` of the sentence is a noun or a gerund (lower case, no punctuation between). */
function compoundHead(r: SentenceRecord, a: number): boolean {
  const k = lowerWordBefore(r, a);
  if (k < 0) return false;
  const pos = r.tokPos[k]!;
  return pos === POS_CODES.NOUN || (pos === POS_CODES.VERB && r.text.slice(r.tokS[k], r.tokE[k]).endsWith("ing"));
}

/** The token right before offset `a` is an adjective in lower case ("absolute _____"), no punctuation between. */
function adjectiveBefore(r: SentenceRecord, a: number): boolean {
  const k = lowerWordBefore(r, a);
  return k >= 0 && r.tokPos[k] === POS_CODES.ADJ;
}

/**
 * The blank is a word the lexicon knows as no noun, before a noun ("_____ light from a laser" for coherent): a
 * modifier many words fit (the tagger reads a capitalised adjective that opens a sentence as a name, so the lexicon
 * decides).
 */
export function modifierBlank(text: string, m: Phrase, lexicon: Lexicon): boolean {
  const w = m.text.toLowerCase();
  if (/\s/.test(w) || lexicon.isNoun(w) || lexicon.isNoun(singular(w))) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(m.b))?.[1];
  return !!next && lexicon.isNoun(next) && !isStop(next);
}

/** "The further blowup shows an artist's conception of …": a picture the student does not see */
const FIGURE_TALK =
  /\b(?:blowup|blow-up|close-up|inset|photograph|micrograph|artist[’']s conception|pictures? (?:is|are) taken)\b/i;

const OF_BEFORE = /\b([\p{L}\d-]+)\s+of\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** a noun made from a verb (what follows its "of" is what the event acts on), or "Examples of _____ include …" */
const NOMINAL = /(?:ment|ance|ence|tion|sion|ure|ing|al)s?$|^examples$/i;

const QUANTIFIED =
  /\b(?:all|some|many|most|several|few|both|various|different|other|more|fewer|less|certain|each|every)\s+(?:(?:types?|kinds?|forms?|sorts?)\s+of\s+)?(?:the\s+)?$/i;

/** "All types of _____", "Some _____", "Each _____ is oriented randomly": a quantified blank fits many members of a set */
export function quantifiedBlank(before: string): boolean {
  return QUANTIFIED.test(before);
}

/**
 * "To fully understand _____, …", "Philosophers who focus on _____ …", "theorize about how _____ ought to …", "in a
 * complex area like _____", "In addition to _____, …": what someone studies, an example of a kind or one thing
 * among others fits anything studied
 */
const STUDIED_SLOT =
  /\b(?:understand(?:ing)?|make sense of|focus(?:es|ed|ing)? on|theoriz\w* about|think(?:ing)? about|learn(?:ing)? about|determin(?:e|es|ing))\s+(?:how\s+|why\s+|what\s+)?(?:(?:the|a|an|a\(n\))\s+)?$|\b(?:like|such as|in addition to|besides|apart from|along with)\s+(?:(?:the|a|an|a\(n\))\s+)?$/i;

/** "… has both benefits and drawbacks", "… is central to human flourishing": an appraisal many things share */
const APPRAISAL =
  /\b(?:benefits and drawbacks|advantages and disadvantages|pros and cons|strengths and weaknesses|(?:is|are) (?:central|key|essential|vital|helpful|crucial) (?:to|for|in)|it is helpful to)\b/i;

/** The words before the blank make it a thing studied or one among others, or the sentence appraises it. */
export function studiedOrAppraised(before: string, text: string): boolean {
  return STUDIED_SLOT.test(before) || APPRAISAL.test(text);
}

/** an effect verb right before a blank that ends the sentence */
const EFFECT_END =
  /\b(?:contribut(?:e|es|ed|ing) to|affect(?:s|ed|ing)?|influenc(?:e|es|ed|ing)|lead(?:s|ing)? to|led to|result(?:s|ed|ing)? in|impact(?:s|ed|ing)?)\s+(?:(?:the|a|an|a\(n\))\s+)?$/i;

/** The blank is what an effect verb reaches at the sentence's end: "…, which affect _____." */
export function effectAtEnd(before: string, after: string): boolean {
  return EFFECT_END.test(before) && /^\W*$/.test(after);
}

/** The initials of the blanked phrase are an abbreviation the sentence writes elsewhere ("astronomical units", "AU"). */
export function abbreviationGivesAway(text: string, m: Phrase): boolean {
  const words = m.text.split(/[\s-]+/).filter((w) => !isStop(w.toLowerCase()));
  if (words.length < 2) return false;
  const initials = words.map((w) => w.charAt(0).toUpperCase()).join("");
  // ("(ANS)" read as a word "(autonomic": initials of letters only)
  if (!/^\p{Lu}+$/u.test(initials)) return false;
  const rest = text.slice(0, m.a) + " " + text.slice(m.b);
  return new RegExp(`\\b${initials}s?\\b`).test(rest);
}

const MANY_WAYS = /\bin (?:a number of|many|several|various|different|numerous|a variety of) ways\b/i;

/**
 * A blank that cuts a longer key term in two ("… the result of a positive _____" for "feedback system" where the text
 * names "positive feedback"): the word left beside the blank gives half of it away and the answer is the wrong half.
 */
function splitsTerm(ctx: ConceptBuildCtx, text: string, m: Phrase): boolean {
  // (an article or a conjunction joins no term: "the cash disbursements journal" is no "the cash" + …)
  const word = (w: string | undefined) => (w && !isStop(w) ? w : undefined);
  const before = word(/([\p{L}-]+)\s+$/u.exec(text.slice(0, m.a))?.[1]);
  const after = word(/^\s+([\p{L}-]+)/u.exec(text.slice(m.b))?.[1]);
  const words = m.text.split(/\s+/);
  const joined = [
    before ? before + " " + words[0] : "",
    before ? before + " " + m.text : "",
    after ? words[words.length - 1] + " " + after : "",
    after ? m.text + " " + after : "",
  ];
  return joined.some((j) => {
    if (!j) return false;
    const t = ctx.inv.get(j);
    return !!t && t.key !== ctx.inv.get(m.text)?.key && (t.defined > 0 || t.named > 0 || t.importance >= 3);
  });
}

/**
 * A word of general English the text uses but never defines, names or classifies ("molecule" all through a chemistry
 * section, "bone" in anatomy) is its background vocabulary, not a key term to blank; a word the lexicon hardly knows is
 * technical ("acrosome").
 */
export function backgroundWord(
  info: Pick<TermInfo, "key" | "defined" | "named" | "listed">,
  lexicon: Pick<Lexicon, "frequency">,
): boolean {
  return !info.key.includes(" ") && lexicon.frequency(info.key) >= 3 && !info.defined && !info.named && !info.listed;
}

/** the lexicon's count from which a word is common in general English ("state" 282, "policy" 60, "solar" 4) */
const COMMON_WORD = 4;
/** "parties" -> party, "groups" -> group, "classes" -> class: the lemmas a plural may have */
function lemmas(w: string): string[] {
  return [w, w.replace(/ies$/, "y"), w.replace(/es$/, ""), w.replace(/s$/, "")];
}
/**
 * A term of several words, each common in general English: "political parties", "control groups", "solar wind",
 * "cultural expectations". Blanked where the text mentions it, the sentence fits other everyday phrases as well, or
 * the phrase is guessed from its usual company (blind raters of pM-pR accepted 8 of 28 such blanks, against 53 of 95
 * other mention blanks). A proper name is not such a phrase.
 */
export function commonPhrase(phrase: string, lexicon: Pick<Lexicon, "frequency">): boolean {
  const words = (phrase.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !isStop(w));
  if (words.length < 2) return false;
  return words.every((w) => lemmas(w).some((l) => lexicon.frequency(l) >= COMMON_WORD));
}

/** a chemical formula or an ion right before a blank: "Na+ ", "Ca2+ ", "H2O ", "Cl– " */
export const FORMULA_BEFORE = /(?:^|\s)(?=\S*[\d+−–])(?:[A-Z][a-z]?\d*)+[+−–-]?\s+$/u;

/** a path or a place right before the blank: "through the", "across the", "into", "at the" */
const PLACE_SLOT =
  /\b(?:through|throughout|across|into|onto|within|inside|outside|toward|towards|at|down|up|along)\s+(?:(?:the|a|an|a\(n\))\s+)?$/i;

/**
 * A blank inside an "of" phrase that details another noun ("The signs of _____", "group 1 of the _____"), or with one
 * after it ("the _____ of tuberculosis"); the object of an event's noun ("the maintenance of _____") is no detail.
 */
export function insideOf(before: string, after: string): boolean {
  const of = OF_BEFORE.exec(before);
  return (!!of && !NOMINAL.test(of[1]!)) || /^\s+of\s/.test(after);
}

/**
 * A blank cut out of a longer phrase: a name's tail ("The Department of _____" -> Homeland Security), the first half of
 * a pair that shares its "of" ("decreased levels of _____ and mental efficiency" asks "levels of alertness"), or a
 * measure ("a(n) _____ or more below the surface" -> kilometer).
 */
export function cutFromPhrase(before: string, answer: string, after: string): boolean {
  return (
    (/^\p{Lu}/u.test(answer) && /\b\p{Lu}\p{Ll}+\s+of\s+(?:the\s+)?$/u.test(before)) ||
    (/\bof\s+[\p{L}-]+$/u.test(answer) && /^\s+(?:and|or)\s/.test(after)) ||
    /^\s+or\s+(?:more|less|so)\b/.test(after)
  );
}

/** a blank opening the clause of what someone observes, argues or concludes */
const REPORTED =
  /\b(?:observes?|observed|argues?|argued|claims?|claimed|concludes?|concluded|conclude|believes?|believed|suggests?|suggested|contends?|contended|maintains?|maintained|asserts?|asserted)\s+that\s+(?:the\s+|a\s+|an\s+)?$/;

/** "For example, …", "Imagine …", "Notice how each pigment …": an illustration or the reader's eye on a figure */
export const ILLUSTRATION_START =
  /^(?:For (?:example|instance)|Take,? for (?:example|instance)|Imagine|Consider|Suppose|Think|Notice|Note (?:how|the))\b/;

/** The words before a blank end on a path or a place ("… move through the", "At the"): the blank is a setting. */
export function placeSlot(before: string): boolean {
  return PLACE_SLOT.test(before);
}

/** "history of intergroup relations", "high quality of life": a common head noun and its "of" phrase, never stated */
function describedByOf(text: string, info: TermInfo, lexicon: Lexicon): boolean {
  const m = /^(?:[\p{Ll}-]+\s+)?(\p{Ll}[\p{Ll}-]+)\s+of\s/u.exec(text);
  return !!m && !info.defined && !info.named && lexicon.frequency(m[1]!) >= 12;
}

/**
 * A sentence that mentions a key term: the term blanked ("The _____ contain synaptic vesicles …",
 * "Polar molecules occur when atoms share electrons unequally, in _____."), sibling terms as options when there are three.
 */
export function mentionItem(ctx: ConceptBuildCtx, r: SentenceRecord, m: Phrase, subject: boolean): ConceptItem | null {
  const info = ctx.inv.get(m.text);
  // ("The _____ political action committee" -> FreedomWorks: a one-word name inside a sentence is a name, not a term)
  if (!info || (info.proper && !info.named && !info.defined) || (ONE_NAME.test(m.text) && m.a > 0)) return null;
  if (ownedInstance(m.text)) return null;
  // "The _____ between European colonists and …" -> history of intergroup relations, "reflect a(n) _____" -> high
  // quality of life: a common noun with its "of" phrase describes; the text neither defines nor names it
  if (describedByOf(m.text, info, ctx.lexicon)) return null;
  // "What is true for the bonds is …" (a pseudo-cleft), "The molecule has three parts" after "the water molecule"
  if (/^What\b/.test(r.text)) return null;
  // "_____ typically assume that …" (economists), "With 3.5 billion smartphone users worldwide, _____ recognize …"
  // (marketers): who does what the sentence says is guessed from the verb and the field
  if (!subject && info.classes[0] === "person") return null;
  if (
    subject &&
    r.det.toLowerCase() === "the" &&
    !m.text.includes(" ") &&
    r.prevText &&
    new RegExp(`\\b\\p{L}+\\s+${escapeRegExp(m.text)}\\b`, "iu").test(r.prevText)
  )
    return null;
  // blanked where the sentence is about the term (its subject) or where the text defines or names it elsewhere; a
  // sentence that points outside itself ("his commission", "these types", "other types") is no question alone
  // (an inflected word the lexicon lists only by its base form, "richest", is no sign of a technical term)
  const technical =
    info.key.includes(" ") &&
    info.key.split(" ").some((w) => w.length > 3 && !/(?:est|ier|ly|ing|ed)$/.test(w) && ctx.lexicon.frequency(w) < 3);
  // (a phrase of several words that the text never defines, names or lists is blanked only as the sentence's subject:
  // elsewhere it is often a phrase of the topic, not a term, "the _____ and defense budgets" -> foreign policy; blind
  // raters of pM-pT accepted 22 of 57 such blanks, against 16 of 28 where the text defines the phrase; a phrase the
  // source sets in bold or italics is marked by its author as a term)
  if (
    !subject &&
    !info.defined &&
    !info.named &&
    !info.listed &&
    ((info.key.includes(" ") && !info.formatted) || (!info.inHeading && !(technical && info.freq >= 3)))
  )
    return null;
  if (leansOnContext(r.text.slice(r.lead.length))) return null;
  // a common word is blanked only where the text defines, names or classifies it; the reader's own life ("your
  // shift manager") is an illustration
  if (backgroundWord(info, ctx.lexicon)) return null;
  // "Pioneers made _____ by boiling fats with …" (soap), "… emerge as _____ light" (laser): a word everyone says is
  // guessed from the rest of the sentence without the text
  if (everydayWord(m.text, ctx.lexicon)) return null;
  if (!info.proper && !/\p{Lu}/u.test(m.text.slice(1)) && !info.defined && commonPhrase(m.text, ctx.lexicon))
    return null;
  if (/\b(?:you|your|yours)\b/i.test(r.text)) return null;
  // "Metaethics focuses on moral reasoning and …": what a field studies is what a teacher asks of it (in the
  // section the field names too: a card, not a blank to guess)
  if (subject && !r.lead && r.verbAt >= 0 && FIELD.test(m.text.toLowerCase()) && !m.text.includes(" ")) {
    const studies = fieldStudies(r.text.slice(r.verbAt));
    if (studies) return fieldItem(ctx, r, m, info, studies);
  }
  // "If we sum up the contributions …", "If nothing is done, the _____ will continue …", "Most of us are accustomed
  // to …": a scenario or the reader's view, no fact
  // ("Depending upon the specific joint of the body, a(n) _____ may exhibit …": a variation many terms share)
  if (scenario(r.text)) return null;
  // "Over time, _____ slowly diffuses …" in "Oxygen Requirements for …": the title's own word is guessed
  // (a title's phrase is not: "In a(n) _____, there is a much stronger separation of powers …" under "… Parliamentary
  // and Presidential Systems?" and "An example of a solution is a(n) _____" in a worked case were rated as often
  // acceptable as not on h56/h57 and h60/h61, and they cover the section's key terms)
  if (info.inTitle && !info.key.includes(" ")) return null;
  // "Like a rubber band …", "As in leukemia, …" compare; "The best known is …" and "Tube C shows …" point to what is not in the sentence
  if (
    /^(?:Like|Just as|Much as|As in|As with)\s/.test(r.text) ||
    /^The (?:best|most|least|first|last) [\p{L}-]+ (?:is|are|was|were)\b/u.test(r.text)
  )
    return null;
  if (labelsFigurePart(r.text) || FIGURE_TALK.test(r.text)) return null;
  // "Many absolute _____ are based on …": an adjective before the blank leaves half the term in the stem
  if (adjectiveBefore(r, m.a) || modifierBlank(r.text, m, ctx.lexicon)) return null;
  // a word blanked inside someone's quoted words asks to complete a quotation, not to recall a fact
  const before = r.text.slice(0, m.a);
  if ((before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0)) return null;
  // "Perhaps the most pressing issue for _____ is …" hedges; "The lifetime prevalence rate for _____ is … 1%" is a
  // figure several answers share
  if (/^(?:Perhaps|Arguably|Probably|Possibly|Maybe)\b/.test(r.text) || /\d\s*%|\bpercent\b/.test(r.text)) return null;
  // "engage in feeding _____" (behavior): a noun or a gerund right before the blank makes it the head of a longer
  // phrase, and the head alone is the filler word
  if (!m.text.includes(" ") && compoundHead(r, m.a)) return null;
  // "a massive influx of Na+ _____" (ions): after a chemical formula the blank is the head it modifies
  if (FORMULA_BEFORE.test(r.text.slice(0, m.a))) return null;
  if (splitsTerm(ctx, r.text, m)) return null;
  // "All types of _____ are useful", "Some _____ are harmful", "father more _____": a quantified blank fits many words;
  // "… have categorized _____ in a number of ways" says nothing of it that other things lack
  if (quantifiedBlank(r.text.slice(0, m.a)) || MANY_WAYS.test(r.text)) return null;
  if (studiedOrAppraised(r.text.slice(0, m.a), r.text)) return null;
  // "…, and thereby contribute to _____.", "…, which affect _____.": the last thing a chain of effects reaches fits
  // many answers (vascular homeostasis, acid-base balance, blood pressure …)
  if (effectAtEnd(r.text.slice(0, m.a), r.text.slice(m.b))) return null;
  // "Mars’ semimajor axis in _____ must be 1.52 AU": the abbreviation beside the blank spells the answer
  if (abbreviationGivesAway(r.text, m)) return null;
  if (memberBlank(r.text, m)) return null;
  // "The signs of _____ are …", "the _____ of tuberculosis": a blank inside an "of" phrase is a detail of another
  // noun, which is what the sentence is about ("the maintenance of _____", an event's object, is not)
  if (insideOf(r.text.slice(0, m.a), r.text.slice(m.b))) return null;
  if (cutFromPhrase(r.text.slice(0, m.a), m.text, r.text.slice(m.b))) return null;
  // "… move through the _____ by diffusion", "At the _____, the president nominates …": the place or path of what
  // happens is guessed from the verb, or fits many places; the sentence is about what moves or happens there
  if (placeSlot(r.text.slice(0, m.a))) return null;
  if (subject) {
    // a predicate general enough to fit many subjects ("can be positive as well as negative") asks nothing
    const rest = r.text.slice(m.b).replace(/^\s*(?:\([^)]*\)|,[^,]{1,60},)?\s*/, "");
    if (VAGUE_PREDICATE.test(rest) || rest.split(/\s+/).length < 7 || /^(?:like|as with)\b/i.test(r.text)) return null;
  } else if (r.text.split(/\s+/).length < 9) return null;
  // an illustration ("For example, …", "Imagine …") is not content; a long sentence blanked anywhere is vague
  if (ILLUSTRATION_START.test(r.text) || r.text.split(/\s+/).length > 40) return null;
  // ("Davis, Gardner, and Gardner observe that _____ is a powerful force …", "… has led some to conclude that _____ is
  // the dominant theory": what someone claims of a term fits other terms; the claim, not the term, is the content)
  if (REPORTED.test(r.text.slice(0, m.a))) return null;
  // a blank in a sentence of everyday words fits many answers ("Like all cells, _____ consist of several different
  // parts"): the rest of the sentence must carry at least two unusual words or other key terms
  if (specificWords(r.text.slice(0, m.a) + " " + r.text.slice(m.b), ctx) < 2) return null;
  const s = statedOf(r);
  // the sentence is about the term and says what it does: "What does positive feedback do?"
  if (subject) return functionItem(ctx, r, m, info, s);
  const c: ConceptCandidate = { rel: "naming", term: m, gloss: null, genus: "", members: [], cue: "", subject };
  const it = blankItem(ctx, c, s, "mention");
  if (it) it.term = info.key;
  return it;
}
