// Where an embedded definition's parts are: the markers that open a gloss (", which is", ", a/the …", "—"), the
// term right before a marker, where an appositive ends, and whether a gloss is a noun phrase (see embedded.ts).
import type { Tok } from "../read/nlp";
import { npBackward, tokAt } from "./np";
import { OWNER_OR_POINTER, clauseEnd, phraseOf, properName, termOk } from "./phrase";
import type { Phrase } from "./types";

/** a superlative adjective: "lowest", "largest", "simplest" (not "honest", "modest") */
const SUPERLATIVE_END = /^(?!(?:hon|mod|earn|inter|for)est$)\p{Ll}{2,}est$/u;

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const PLURAL_IES = /^\p{Ll}{3,}ies$/u;
const IES_BEFORE_SPACE = /ies\s/;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
/** nouns whose "of" phrase names what the clause after is about ("a group of cells, which …", "a lack of sleep") */
export const PART_OF =
  /^(?:lot|lots|number|group|set|series|kind|type|sort|form|part|amount|variety|range|piece|bit|couple|pair|lack|loss|member|sense|feeling|source|means|way|result|sign|example|case|period|collection|combination|mixture|product|measure|function|cluster|layer|region|area|portion|fraction|percentage|proportion|majority|minority|total|handful|list|class|category|branch|sample|study|review|analysis)$/i;

const MARKER_SOURCE = String.raw`,\s+(which|who)\s+(is|are|was|were)\s+|,\s+(?!(?:in|by|through|during|on|at|for|from|with|of|to)\s)(?=\p{Ll}+s?\s+(?:that|which|who)\s)|,\s+(which|who|that)\s+(?=\p{Ll}+s?\s)|,\s+(in which|wherein|whereby|by which|through which|during which)\s+|,\s+or\s+(?=\p{Ll})|,\s+(?=(?:an?|the)\s|\p{Ll}+[’']s\s)|\s*—\s*(?=\p{Ll})`;
const MARKERS = new RegExp(MARKER_SOURCE, "gu");
/** the same markers tried at one position only (without a dash every marker starts at a comma) */
const MARKER_AT = new RegExp(MARKER_SOURCE, "uy");

/**
 * The next marker at or after `from`, as MARKERS.exec would find it. Without a dash in the text only commas can
 * start one, so the markers are tried at the commas alone instead of at every position.
 */
export function nextMarker(text: string, from: number, dash: boolean): RegExpExecArray | null {
  if (dash) {
    MARKERS.lastIndex = from;
    return MARKERS.exec(text);
  }
  for (let c = text.indexOf(",", from); c >= 0; c = text.indexOf(",", c + 1)) {
    if (!lowerMayFollow(text, c)) continue;
    MARKER_AT.lastIndex = c;
    const m = MARKER_AT.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * Every comma marker is the comma, white space and a lower-case letter: after the spaces that follow the comma, a
 * character in ASCII that is neither white space nor a lower-case letter (a capital, a digit, a quotation mark) or the
 * text's end rules the marker out without running the pattern (news text: "Putin, President …", "1,000"). So does a
 * plain ASCII word that is none of the markers' words and has no "that", "which" or "who" after it (", and", ", said").
 * Anything else is left to the pattern.
 */
function lowerMayFollow(text: string, c: number): boolean {
  let j = c + 1;
  while (text.charCodeAt(j) === 32) j++;
  const code = text.charCodeAt(j);
  if (Number.isNaN(code)) return false;
  // (right after the comma a lower-case letter is no white space either)
  if (j === c + 1) return !(code > 32 && code < 127);
  if ((code > 32 && code < 97) || (code > 122 && code < 127)) return false;
  return !(code >= 97 && code <= 122) || wordMayMark(text, j);
}

/** the words a comma marker may open with (", which is", ", in which", ", or", ", the" …) */
const MARKER_WORDS = new Set("which who that in wherein whereby by through during or a an the".split(" "));
const ASCII_SPACE = /[\t\n\v\f\r ]/;

/**
 * The ASCII lower-case word at j may open a marker: it is a marker's word, or is followed by an apostrophe, by a
 * character outside ASCII, or by white space and "that", "which" or "who" (", plants that …").
 */
function wordMayMark(text: string, j: number): boolean {
  let e = j;
  for (let ch = text.charCodeAt(e); ch >= 97 && ch <= 122; ch = text.charCodeAt(++e));
  const next = text.charCodeAt(e);
  if (!(next < 127) || next === 39 || MARKER_WORDS.has(text.slice(j, e))) return true;
  if (!ASCII_SPACE.test(text.charAt(e))) return false;
  let k = e + 1;
  while (ASCII_SPACE.test(text.charAt(k))) k++;
  return (
    !(text.charCodeAt(k) < 127) ||
    text.startsWith("that", k) ||
    text.startsWith("which", k) ||
    text.startsWith("who", k)
  );
}

/**
 * The term right before a marker: a noun phrase that is not a person's or a place's name; a capitalised name of a
 * rule or theory is one when the text goes on to define it (`described`: "the Iron Rule of Oligarchy, wherein …").
 */
export function termBefore(
  text: string,
  s0: number,
  toks: Tok[],
  at: number,
  described = false,
  /** "…, during which": the clause describes a whole "X of Y" */
  wholeOf = false,
): Phrase | null {
  const j = tokAt(toks, s0 + at) - 1;
  let np = j >= 0 ? npBackward(toks, j, 5) : null;
  if (!np) return null;
  if (toks[np.te]!.pos !== "NOUN" && toks[np.te]!.pos !== "PROPN") return null;
  // "… vesicles that house neurotransmitters, the …": after a relative word the first word is its verb
  // ("believed that social integration, or …": an adjective after "that" starts the phrase; no verb is read as one)
  if (np.te > np.ts && /^(?:that|which|who)$/i.test(toks[np.ts - 1]?.v ?? "") && toks[np.ts]!.pos !== "ADJ")
    np = { ts: np.ts + 1, te: np.te };
  // "the Iron Rule of Oligarchy": a capitalised name goes on over "of"
  if (toks[np.ts - 1]?.v === "of" && UPPER_START.test(toks[np.ts]!.v)) {
    const outer = npBackward(toks, np.ts - 2, 4);
    if (outer && UPPER_START.test(toks[outer.te]!.v)) np = { ts: outer.ts, te: np.te };
  } else if (wholeOf && toks[np.ts - 1]?.v === "of" && np.te === np.ts) {
    // "the period of decline, during which …": the clause describes the whole "X of Y"
    const outer = npBackward(toks, np.ts - 2, 2);
    if (outer && outer.te === np.ts - 2 && /^the$/i.test(toks[outer.ts - 1]?.v ?? "")) np = { ts: outer.ts, te: np.te };
  } else if (toks[np.ts - 1]?.v === "of" && np.te - np.ts <= 1 && LOWER_START.test(toks[np.ts]!.v)) {
    // "a double coincidence of wants, a situation in which …", "a medium of exchange, which means …": after "a" the
    // whole "X of Y" is the term ("the importance of altruism, which is …" speaks of altruism)
    const outer = npBackward(toks, np.ts - 2, 3);
    if (
      outer &&
      outer.te === np.ts - 2 &&
      toks[outer.te]!.pos === "NOUN" &&
      /^an?$/i.test(toks[outer.ts - 1]?.v ?? "") &&
      !PART_OF.test(toks[outer.te]!.v)
    )
      np = { ts: outer.ts, te: np.te };
  }
  // "the gains from trade—an increase in …": after a noun and a preposition other than "of", a dash's appositive
  // tells of the phrase as a whole as often as of its last noun
  if (/^\s*—/.test(text.slice(at))) {
    let k = np.ts - 1;
    if (/^(?:the|a|an)$/i.test(toks[k]?.v ?? "")) k--;
    // (after a verb it renames the object: "subjected to a heavy bombardment—a period of …")
    if (toks[k]?.pos === "ADP" && toks[k]!.low !== "of" && toks[k - 1]?.pos === "NOUN") return null;
  }
  // "Neisseria gonorrhoeae, the …": the lower-case half of a two-part name is no term
  const prevTok = toks[np.ts - 1];
  // "Their opponents, the owners of …": a noun after a possessive or a pointer is someone's or something's, no term
  // ("Our Lady of Lourdes" mid-sentence is a name)
  if (prevTok && (OWNER_OR_POINTER.test(prevTok.v) || (np.ts === 1 && OWNER_OR_POINTER.test(prevTok.v.toLowerCase()))))
    return null;
  if (prevTok && np.ts > 1 && CAPITALISED_WORD.test(prevTok.v) && LOWER_START.test(toks[np.ts]!.v)) return null;
  // "begin at the lowest federal level, the district court": the appositive names the rank's holder, not the term
  if (
    prevTok &&
    (/^(?:most|least)$/i.test(prevTok.v) ||
      ((prevTok.pos === "ADJ" || prevTok.pos === "ADV") && SUPERLATIVE_END.test(prevTok.v)))
  )
    return null;
  const p = phraseOf(text, s0, toks, np);
  let term = p.text.replace(/^(?:the|a|an)\s+/i, "");
  // "All societies practice social control": a plural noun inside a phrase is usually the subject of a verb tagged as
  // a noun; the term is what follows that verb ("social control"), if anything does
  // (only a word in -ies before a space can be one: most terms are not split into words at all)
  if (IES_BEFORE_SPACE.test(term)) {
    const ws = term.split(/\s+/);
    const subj = ws.slice(0, -1).findLastIndex((w) => PLURAL_IES.test(w));
    if (subj >= 0) {
      if (subj + 2 >= ws.length) return null;
      term = ws.slice(subj + 2).join(" ");
    }
  }
  if (!termOk(term) || (properName(term, np.ts === 0) && !(described && term.includes(" ")))) return null;
  return { text: term, a: p.b - term.length, b: p.b };
}

/**
 * The phrase at token i follows a preposition that belongs to a verb ("replaced with X", "held together by X"), not
 * to a noun ("the decrease in X"), so an appositive after it renames X alone.
 */
export function afterVerbPreposition(toks: Tok[], i: number): boolean {
  let k = i - 1;
  if (toks[k]?.low === "the") k--;
  const prep = toks[k];
  if (!prep || prep.pos !== "ADP" || /^(?:of|between)$/i.test(prep.v)) return false;
  const gov = toks[k - 1];
  return !!gov && (gov.pos === "VERB" || (gov.pos === "ADV" && toks[k - 2]?.pos === "VERB"));
}

const RELATIVE_THEN_MAIN =
  /^(?:the|a|an)\s+(?:\p{Ll}+\s+){0,2}(?:that|which|who)\s+\p{Ll}+\s+(?:is|are|was|were)\s+(?:an?|the)\s/u;

/** Where an appositive ends: the next comma (or dash) that is followed by a verb, or the end of the sentence. */
export function appositiveEnd(text: string, s0: number, toks: Tok[], from: number, dash: boolean): number {
  const close = dash ? text.indexOf("—", from) : text.indexOf(",", from);
  // ("can cause toxicity—side effects from taking large doses …": a dash's appositive may run to the sentence end,
  // unless it closes an aside opened before: "and—in oil-producing regions—foreign companies …")
  if (close < 0) {
    if (dash && text.lastIndexOf("—", from - 2) >= 0) return -1;
    const end = clauseEnd(text, from);
    return end === text.length || /[.!?]$/.test(text) ? end : -1;
  }
  return closes(s0, toks, close, dash) ? close : -1;
}

/**
 * Whether an appositive from `from` ends (appositiveEnd(…) >= 0): the same tests, but the clause's end is read only
 * when the sentence does not end with a stop (where the end itself is not wanted, most sentences skip clauseEnd).
 */
export function appositiveEnds(text: string, s0: number, toks: Tok[], from: number, dash: boolean): boolean {
  const close = dash ? text.indexOf("—", from) : text.indexOf(",", from);
  if (close < 0) {
    if (dash && text.lastIndexOf("—", from - 2) >= 0) return false;
    return /[.!?]$/.test(text) || clauseEnd(text, from) === text.length;
  }
  return closes(s0, toks, close, dash);
}

/** An appositive closed by the comma (or dash) at `close`: a dash always, a comma before a verb or a relative word. */
function closes(s0: number, toks: Tok[], close: number, dash: boolean): boolean {
  if (dash) return true;
  const k = tokAt(toks, s0 + close + 1);
  const nx = toks[k];
  // "prevents rickets, the softening of the bones, which results in …": a relative clause after the appositive
  if (nx && /^(?:which|who)$/i.test(nx.v)) return true;
  // wink tags some verbs as nouns ("forms the basis"): a noun in -s right before an article is a verb
  return (
    !!nx &&
    (nx.pos === "VERB" || nx.pos === "AUX" || (nx.pos === "NOUN" && /s$/.test(nx.v) && toks[k + 1]?.pos === "DET"))
  );
}

/**
 * An appositive or a gloss is a noun phrase: no finite verb before a relative word ("the compound sucrose is broken
 * down …" after a comma is a new clause, not a definition).
 */
export function nounPhraseGloss(s0: number, toks: Tok[], g: Phrase, sentStart: number): boolean {
  // "…, the curve that results is an ellipse": a relative clause of one verb, then the main clause's own verb
  if (RELATIVE_THEN_MAIN.test(g.text)) return false;
  // "a complicated equation, the result of which is an action …": a relative clause about the noun, no noun phrase
  if (/^(?:the|a|an)\s+[\p{L}-]+\s+of\s+(?:which|whom)\b/iu.test(g.text)) return false;
  const from = tokAt(toks, sentStart + g.a);
  let infinitive = false;
  for (let k = from; k < toks.length && toks[k]!.s < sentStart + g.b; k++) {
    const t = toks[k]!;
    if (/^(?:that|which|who|whom|whose|where|when|wherein|whereby)$/i.test(t.v))
      return !mainVerbAfter(toks, k + 1, g.b + sentStart);
    const prev = toks[k - 1];
    const glued = !!prev && prev.v === "-" && prev.e === t.s; // "well-being", "self-esteem"
    // "a promise to fix or replace the good": an infinitive is no finite verb; nor is a noun wink read as a verb
    // after a possessive or an article ("one’s rank in society")
    if (t.pos === "VERB" && prev && (prev.low === "to" || (infinitive && /^(?:or|and)$/.test(prev.low)))) {
      infinitive = true;
      continue;
    }
    if (t.pos === "VERB" && prev && (prev.pos === "PART" || prev.pos === "DET") && k > from) continue;
    // "the potential profits a company earns from …": a relative clause without its pronoun
    if (
      t.pos === "VERB" &&
      prev?.pos === "NOUN" &&
      toks[k - 2]?.pos === "DET" &&
      toks[k - 3]?.pos === "NOUN" &&
      k - 3 >= from
    )
      return true;
    // "the synaptic vesicles release their neurotransmitters": wink reads a verb between a noun and a possessive
    // pronoun as a noun; the gloss is a clause
    if (
      t.pos === "NOUN" &&
      prev?.pos === "NOUN" &&
      k > from &&
      /^(?:their|its|his|our|your|my)$/i.test(toks[k + 1]?.v ?? "")
    )
      return false;
    // ("feasts, which are elaborate meals …": after "are" a word wink reads as a verb before a noun is its adjective)
    if (k === from && t.pos === "VERB" && prev?.pos === "AUX" && toks[k + 1]?.pos === "NOUN") continue;
    // ("groups of institutions that …": a plural before "of" that opens the gloss is a noun)
    if (k === from && t.pos === "VERB" && /s$/.test(t.v) && toks[k + 1]?.low === "of") continue;
    if (!glued && (t.pos === "AUX" || (t.pos === "VERB" && !/(?:ed|en|ing)$/i.test(t.v)) || pastTense(toks, k)))
      return false;
    if (t.v === "to" && toks[k + 1]?.pos === "VERB" && k === from + 1) return false;
  }
  void s0;
  return true;
}

const NARRATIVE_ADVERB = /^(?:also|then|later|soon|thus|therefore|finally|eventually|subsequently)$/i;
const NAMING_VERB = /^(?:called|named|termed|dubbed|labell?ed|titled|entitled|nicknamed|considered|deemed|known)$/i;
const OBJECT_START = /^(?:the|a|an|their|its|his|her|our|this|these|those)$/i;

/**
 * "…, the government also invested heavily in …", "…, the settlers in Texas also disliked the Mexican legal system":
 * an "-ed" verb after an adverb of the narrative, or with an object of its own, is the sentence's past tense, no
 * participle ("the messengers produced by …", "a disorder called the …")
 */
function pastTense(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  // (wink may tag such a verb an adjective: "also disliked/ADJ the …"; an adjective before "the" is none)
  if ((t.pos !== "VERB" && t.pos !== "ADJ") || !t.v.endsWith("ed") || NAMING_VERB.test(t.v)) return false;
  const object = OBJECT_START.test(toks[k + 1]?.v ?? "");
  const prev = toks[k - 1];
  return t.pos === "VERB" ? object || (prev?.pos === "ADV" && NARRATIVE_ADVERB.test(prev.v)) : object;
}

/**
 * "the revenues that the company generates are larger …": after a relative clause's own verb, a second verb with no
 * conjunction between is the main clause's, and the phrase is a clause, not a noun phrase.
 */
function mainVerbAfter(toks: Tok[], from: number, end: number): boolean {
  let seen = false;
  for (let k = from; k < toks.length && toks[k]!.s < end; k++) {
    const t = toks[k]!;
    // ("options that are likely to be effective would be available": an infinitive inside the relative clause)
    if (seen && t.v === "to" && /^(?:AUX|VERB)$/.test(toks[k + 1]?.pos ?? "")) {
      k++;
      continue;
    }
    if (/^(?:and|or|but|,|;|—|–|\(|to)$/i.test(t.v)) return false;
    const verb = t.pos === "AUX" || t.pos === "VERB";
    if (!verb) continue;
    if (!seen) {
      seen = true;
      // (the verb group: an auxiliary and what follows it: "has been shown", "can also be"; a lexical verb ends the group)
      while (toks[k]!.pos !== "VERB" && k + 1 < toks.length && /^(?:AUX|VERB|ADV|PART)$/.test(toks[k + 1]!.pos)) k++;
      continue;
    }
    return /^(?:is|are|was|were|has|have|can|may|will|must|should|would|could|might)$/i.test(t.v);
  }
  return false;
}
