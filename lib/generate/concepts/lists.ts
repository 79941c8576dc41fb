// Classifications and lists: "four broad categories of tissues: epithelial, connective, muscle, and nervous",
// "X consists of A, B and C", "X is divided into A and B", "examples of X include A and B", "X, such as A and B,".
// Also causes: "Y is caused by X".
import type { Tok } from "../read/nlp";
import { headOf, npBackward, npForward, tokAt } from "./np";
import { phraseAt, phraseOf, termOk } from "./phrase";
import type { ConceptCandidate, Phrase } from "./types";
import { CUE_BY, CUE_EXAMPLE, CUE_LIST, cues } from "../text/cues";

const COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})`;
const CLASS_NOUN = String.raw`(?:types?|kinds?|categories|category|class(?:es)?|forms?|parts?|components?|stages?|steps?|phases?|groups?|elements?|functions?|properties|characteristics|features|levels?|branches|regions?|layers?|lobes?|ways?|factors?|principles?|sources?|causes?|roles?|divisions?|sections?|periods?|approaches|methods?|models?|theories|perspectives?|schools?|varieties|structures?|organs?|systems?|cells?|mechanisms?|processes|tissues?|functions?)`;
const NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
/** a count in words, captured: "five" of "five stages of development" */
export const NUMBER_WORD = `(${NUMBERS.join("|")})`;
/** a count in words anywhere in a cue */
export const COUNTED = new RegExp(String.raw`\b${NUMBER_WORD}\b`, "i");
/** a citation with a year in parentheses: "(Ainsworth & Bell, 1970)", "(Cooley 1909a)" */
export const CITED_YEAR_PAREN = String.raw`\([^()]*\b\d{4}[a-z]?\)`;
/** The count a list's cue gives: "four" -> 4, "7" -> 7; 0 for a word that is no count ("the", "several"). */
export function countOf(word: string): number {
  const i = NUMBERS.indexOf(word.toLowerCase());
  return i >= 0 ? i + 2 : Number(word) || 0;
}
/** a cue that announces a list: "two basic cell types:", "three types of bonds:", "the following:" */
const COLON_CUE = new RegExp(
  String.raw`\b(?:${COUNT}\s+(?:[\p{L}-]+\s+){0,3}(?:${CLASS_NOUN}|\p{Ll}{3,}s)\b[^:;]{0,60}|(?:include|includes|are|were|following)):\s*`,
  "iu",
);
const VERB_CUE =
  /\b(?:consists? of|is composed of|are composed of|(?:is|are) made up of|comprises?|(?:is|are|can be|may be) (?:divided|classified|categori[sz]ed|grouped|separated|subdivided|split) into(?:\s+(?:two|three|four|five|six|several)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+:?)?|(?:include|includes|including)|such as|examples of [^,;]{3,60}? (?:include|are))\s+/giu;

/**
 * a count, a class and "are" open the sentence: "The three types of muscle tissue are …", "The four main special
 * journals are …" (a plural noun of its own, when the members are noun phrases)
 */
const COPULA_COUNT = new RegExp(
  String.raw`^(?:The|These)\s+${NUMBER_WORD}\s+(?:[\p{L}-]+\s+){0,3}?(${CLASS_NOUN}|\p{Ll}{3,}s)(?:\s+of\s+[^,;:]{2,60}?)?\s+(?:are|were)\s+`,
  "iu",
);
/**
 * a class without a count opens the sentence: "The fundamental components of atoms are the proton, neutron, and
 * electron", "The main types of rock are …" (a plural class noun of the list's own, never "The men were …")
 */
const COPULA_CLASS = new RegExp(
  String.raw`^The\s+(?:(?:main|major|basic|fundamental|principal|primary|chief|key|essential)\s+)?(${CLASS_NOUN})\s+of\s+[^,;:]{2,50}?\s+(?:are|were)\s+`,
  "iu",
);
/** a member in lower case, after its article ("the sales journal"; not "Kazakhstan") */
const LOWER_TERM = /^(?:(?:the|a|an)\s+)?\p{Ll}/u;
const CLASS_NOUN_ONLY = new RegExp(String.raw`^${CLASS_NOUN}$`, "iu");

/** A member without its article is a term ("the sales journal" -> sales journal). */
function memberIsTerm(x: Phrase): boolean {
  return termOk(x.text.replace(/^(?:the|a|an)\s+/i, "").replace(/\s*\([^)]*\)\s*$/, ""));
}

/** where a list's members end: a stop, a clause after a comma, a citation, a gloss of the members that ends the sentence */
const MEMBERS_END = new RegExp(
  String.raw`[.;:!?—–]|,\s+(?:which|who|that|while|but|because)\b|\s+${CITED_YEAR_PAREN}|\s+\([^()]*\s(?:and|or)\s[^()]*\)(?=\s*[.!]?\s*$)`,
);

/** Split "A, B, and C" / "A and B" / "A, B, or C" into members (2–8, each at most 6 words). */
export function splitMembers(text: string, at: number): Phrase[] | null {
  // ("secure, avoidant, and resistant (Ainsworth & Bell, 1970).": the citation after the last member ends the list,
  // and so does a gloss of the members that ends the sentence: "… and the stratum functionalis (the basal and
  // functional layers).", not a member's own "(G)")
  const end = MEMBERS_END.exec(text.slice(at));
  const stop = end ? at + end.index : text.length;
  const body = text.slice(at, stop);
  const parts = body.split(/,\s*(?:and|or)\s+|,\s+|\s+(?:and|or)\s+/);
  if (parts.length < 2 || parts.length > 8) return null;
  if (!/\s(?:and|or)\s/.test(body)) return null;
  // "(1) articulations, (2) projections, and (3) holes": an answer with its numbering is no answer a student writes,
  // and without it the answer is no longer the text's
  if (/(?:^|\s)\(?(?:\d|[a-h])\)\s/.test(body)) return null;
  const out: Phrase[] = [];
  let from = at;
  for (const p of parts) {
    const k = text.indexOf(p, from);
    if (k < 0) return null;
    const ph = phraseAt(text, k, k + p.length);
    const words = ph.text
      .replace(/\([^)]*\)/g, "")
      .trim()
      .split(/\s+/);
    if (
      !ph.text ||
      words.length > 6 ||
      /^(?:the|a|an)$/i.test(ph.text) ||
      // ("A nonsteroidal anti-inflammatory drug, such as aspirin or ibuprofen": examples of one thing, no members)
      /^(?:such as|including|like|e\.g\.)\s/i.test(ph.text) ||
      // ("such as 1:2 or 2:3": numbers are no members of a class)
      !/\p{L}/u.test(ph.text) ||
      /\b(?:is|are|was|were|has|have|had)\b/.test(ph.text)
    )
      return null;
    out.push(ph);
    from = k + p.length;
  }
  // ("two books: The Theory of Advertising and Psychology of Advertising": titles of works are names, no class's members)
  if (out.every((ph) => TITLE.test(ph.text))) return null;
  return out;
}

/** "The Theory of Advertising": two words or more, each long word capitalised */
const TITLE = /^(?=\p{Lu}\S*\s+\S)(?:(?:\p{Lu}[\p{L}’'-]*|of|the|and|in|on|for|a|an|to|at|by)(?:\s+|$))+$/u;

/** The thing classified: the sentence subject when the cue is its verb, else the noun phrase before the cue. */
function classifiedThing(text: string, s0: number, toks: Tok[], cueAt: number): string {
  const subj = npForward(toks, 0, 5);
  if (subj && subj.ts <= 1 && toks.slice(subj.te + 1).findIndex((t) => t.s - s0 >= cueAt) <= 3) {
    const rest = toks.slice(subj.te + 1, tokAt(toks, s0 + cueAt));
    if (
      rest.length <= 3 &&
      rest.every((t) => t.pos === "AUX" || t.pos === "ADV" || t.pos === "VERB" || t.pos === "PART")
    )
      return phraseOf(text, s0, toks, subj).text;
  }
  const j = tokAt(toks, s0 + cueAt) - 1;
  const np = j >= 0 ? npBackward(toks, j, 4) : null;
  return np ? phraseOf(text, s0, toks, np).text : "";
}

/** Every member is a noun phrase: ends on a noun, no verb inside ("eternal, natural, human" are adjectives). */
function nounMembers(members: Phrase[], s0: number, toks: Tok[]): boolean {
  return members.every((m) => {
    const end = m.text.replace(/\s*\([^)]*\)\s*$/, "").length + m.a;
    const k = tokAt(toks, s0 + end) - 1;
    const t = toks[k];
    for (let i = tokAt(toks, s0 + m.a); i < k; i++) if (toks[i]!.pos === "VERB" || toks[i]!.pos === "AUX") return false;
    return !!t && (t.pos === "NOUN" || t.pos === "PROPN");
  });
}

function listCandidate(
  text: string,
  cueAt: number,
  membersAt: number,
  members: Phrase[],
  thing: string,
): ConceptCandidate {
  const last = members[members.length - 1]!;
  const gloss: Phrase = { text: text.slice(members[0]!.a, last.b), a: members[0]!.a, b: last.b };
  const cue = text.slice(0, membersAt).replace(/\s+$/, "");
  return {
    rel: "list",
    term: { text: thing, a: 0, b: 0 },
    gloss,
    genus: thing ? headOf(thing) : "",
    members,
    cue,
    subject: false,
  };
}

/** Lists announced by a count and a colon, or by a verb of composition or inclusion. */
export function lists(text: string, s0: number, toks: Tok[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  // the cue is in the words right before the colon: test only those
  const colon = text.indexOf(":");
  const from = Math.max(0, colon - 110);
  const cm0 = colon > 0 ? COLON_CUE.exec(text.slice(from, colon + 2)) : null;
  const cm = cm0 ? { index: from + cm0.index, 0: cm0[0] } : null;
  if (cm) {
    const at = cm.index + cm[0].length;
    const members = splitMembers(text, at);
    // "Three main enzymes …: A, B, and C": a count the members do not match announces another list
    const count = countOf(COUNTED.exec(cm[0])?.[1] ?? "");
    if (members && (!count || count === members.length)) {
      const c = listCandidate(text, cm.index, at, members, classifiedThing(text, s0, toks, cm.index));
      // "four broad categories of tissues: epithelial, connective, …" is a classification, its members adjectives
      if (!nounMembers(members, s0, toks)) c.adjectival = true;
      // "two basic cell types:" -> the members are cell types
      const cls =
        /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/iu.exec(
          cm[0],
        );
      if (cls) c.genus = headOf(cls[1]!.split(/\s+of\s+/)[0]!);
      out.push(c);
    }
  }
  // "The two major types of light-sensing cells in the retina are rods and cones."
  const cc = out.length ? null : COPULA_COUNT.exec(text);
  if (cc) {
    const at = cc[0].length;
    const members = splitMembers(text, at);
    // ("The two men were arrested and charged": a plural noun of its own needs members that are terms)
    const named =
      CLASS_NOUN_ONLY.test(cc[2]!) ||
      (!!members && nounMembers(members, s0, toks) && members.every((x) => LOWER_TERM.test(x.text) && memberIsTerm(x)));
    if (members && named && countOf(cc[1]!) === members.length) {
      const c = listCandidate(text, 0, at, members, "");
      c.genus = headOf(cc[2]!);
      // "The six types of synovial joints are pivot, hinge, …": kinds named by their modifiers
      if (!nounMembers(members, s0, toks)) c.adjectival = true;
      out.push(c);
    }
  }
  const cl = out.length ? null : COPULA_CLASS.exec(text);
  if (cl && /s$/i.test(cl[1]!)) {
    const members = splitMembers(text, cl[0].length);
    if (
      members &&
      members.length <= 6 &&
      nounMembers(members, s0, toks) &&
      members.every((x) => LOWER_TERM.test(x.text) && memberIsTerm(x))
    ) {
      const c = listCandidate(text, 0, cl[0].length, members, "");
      c.genus = headOf(cl[1]!);
      c.closed = true;
      out.push(c);
    }
  }
  if (!out.length) {
    const ca = countApposition(text, s0, toks);
    if (ca) out.push(ca);
  }
  VERB_CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  // (no verb cue matches without one of the words of CUE_LIST)
  const listWords = (cues(text) & CUE_LIST) !== 0;
  while (!out.length && listWords && (m = VERB_CUE.exec(text))) {
    const at = m.index + m[0].length;
    const members = splitMembers(text, at);
    if (!members || !nounMembers(members, s0, toks) || !members.every(memberIsTerm)) continue;
    const thing = /^examples of/i.test(m[0])
      ? m[0].replace(/^examples of\s+|\s+(?:include|are)\s+$/gi, "")
      : classifiedThing(text, s0, toks, m.index);
    const c = listCandidate(text, m.index, at, members, thing);
    if (/such as|including|examples of/i.test(m[0])) c.rel = "example";
    out.push(c);
  }
  return out;
}

/**
 * A count and a class, then the members after a comma, a dash or "; these are": "… bind to one of two classes of
 * receptors at the cell surface, ionotropic or metabotropic", "five different food groups …—vegetables, fruits,
 * protein, grains, and dairy", "Five functional groups are important …; these are the hydroxyl, carboxyl, …".
 */
const COUNT_APPOSITION = new RegExp(
  String.raw`\b${NUMBER_WORD}\s+(?:[\p{L}-]+\s+){0,3}?(${CLASS_NOUN})\b[^,;:—–()]{0,70}?(?:,\s+|\s*[—–]\s*|;\s+(?:these|they)\s+(?:are|include)\s+)(?=\S)`,
  "iu",
);

/** nothing after the members but a citation and the stop */
const ENDS_SENTENCE = new RegExp(String.raw`^\s*(?:${CITED_YEAR_PAREN})?\s*[.!]?\s*$`);

/**
 * A count word anywhere: COUNT_APPOSITION cannot match without one. Its \b and case folding under "iu", tried at every
 * position, cost 3x this plain scan, and most sentences hold no count ("ſ" folds to "s" under "iu": "[sſ]").
 */
const COUNT_WORD_ANY = new RegExp(NUMBERS.join("|").replace(/s/g, "[sſ]"), "i");

function countApposition(text: string, s0: number, toks: Tok[]): ConceptCandidate | null {
  const m = COUNT_WORD_ANY.test(text) ? COUNT_APPOSITION.exec(text) : null;
  if (!m) return null;
  const at = m.index + m[0].length;
  const members = splitMembers(text, at);
  // the members end the sentence, as many as the count says, each a term or a kind named by its modifier
  if (!members || countOf(m[1]!) !== members.length) return null;
  if (!ENDS_SENTENCE.test(text.slice(members[members.length - 1]!.b))) return null;
  if (!members.every((x) => x.text.split(/\s+/).length <= 4 && LOWER_TERM.test(x.text))) return null;
  const nouns = nounMembers(members, s0, toks);
  if (nouns && !members.every(memberIsTerm)) return null;
  const c = listCandidate(text, m.index, at, members, "");
  // (the members follow the cue as they would a colon)
  c.cue = text.slice(0, at).replace(/(?:[,;—–]|;\s+(?:these|they)\s+(?:are|include))\s*$/i, "") + ":";
  c.genus = headOf(m[2]!);
  if (!nouns) c.adjectival = true;
  return c;
}

const EXAMPLES_OF =
  /^((?:[\p{L}][\p{L}'’-]*\s+){0,5}?[\p{L}][\p{L}'’-]*(?:\s+and\s+(?:the\s+)?(?:[\p{L}][\p{L}'’-]*\s+){0,6}?[\p{L}][\p{L}'’-]*)?)\s+(?:is|are|was|were)\s+(?:an?|one|two|three|four|several|good|classic|common)\s+(?:(?:good|classic|common|typical|important|familiar)\s+)?examples?\s+of\s+/u;

/** "Childbirth and the body’s response to blood loss are two examples of positive feedback loops …" */
export function examplesOf(text: string): ConceptCandidate | null {
  if ((cues(text) & CUE_EXAMPLE) === 0) return null;
  const m = EXAMPLES_OF.exec(text);
  if (!m) return null;
  const subj = m[1]!;
  const parts = subj.split(/\s+and\s+/);
  const first = parts[0]!.replace(/^(?:the|a|an)\s+/i, "");
  if (!termOk(first) || /^(?:this|these|that|those|it|they|such)\b/i.test(first)) return null;
  const a = subj.indexOf(first);
  const cls = phraseAt(text, m[0].length, text.length);
  const members: Phrase[] = parts.map((p) => ({ text: p, a: subj.indexOf(p), b: subj.indexOf(p) + p.length }));
  return {
    rel: "example",
    term: { text: first, a, b: a + first.length },
    gloss: cls,
    genus: headOf(cls.text.split(/\s+(?:that|which|who|in|of)\s+/)[0]!),
    members: members.length > 1 ? members.slice(1) : [],
    cue: "",
    subject: true,
  };
}

const CAUSED_BY =
  /^((?:The|A|An)\s+[^,;]{3,80}?)\s+(is|are|was|were)\s+(?:(?:largely|mainly|mostly|primarily|partly|often|usually)\s+)?(caused|triggered|produced|brought about)\s+by\s+/;

/** "The electrical charge of the fluids is caused by charged molecules (ions) dissolved in the fluid." */
export function causedBy(text: string): ConceptCandidate | null {
  if ((cues(text) & CUE_BY) === 0) return null;
  const m = CAUSED_BY.exec(text);
  if (!m) return null;
  const at = m[0].length;
  const rest = text.slice(at);
  // ("several factors including weak regulation …, lenders taking excess risk, and lending practices …": the ", and"
  // that closes a series ends no cause)
  const end = /[.;]|,\s+(?:which|and|but|while)\b/g;
  let e: RegExpExecArray | null;
  while ((e = end.exec(rest)) && /^,\s+and\b/.test(e[0]) && rest.slice(0, e.index).includes(","));
  const cause = phraseAt(text, at, e ? at + e.index : text.length);
  if (cause.text.split(/\s+/).length < 2 || cause.text.split(/\s+/).length > 24) return null;
  const effect = phraseAt(text, 0, m[1]!.length);
  // (the cue keeps the tense and the verb: "The Great Recession was caused by …" asks "What caused …?", "The mitotic
  // spindle is produced by …" asks "What produces …?")
  return {
    rel: "cause",
    term: cause,
    gloss: effect,
    genus: headOf(effect.text),
    members: [],
    cue: `${m[2]!} ${m[3]!}`,
    subject: false,
  };
}

/** "Three types of chemical bonds are important …": a count of kinds announced in one sentence */
const ANNOUNCED = new RegExp(
  String.raw`\b${NUMBER_WORD}\s+((?:main|major|basic|broad|different|primary|general|important|distinct)\s+)?(types|kinds|classes|forms|categories|groups|stages|steps|phases|parts|components|levels|branches)\s+of\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:are|is|exist|can|have|were|that|in|used)\b|[,.:])`,
  "iu",
);
const POINTED_LIST = /^(?:These|They)\s+(?:are|include)\s+/;

/**
 * "Three types of chemical bonds are important in human physiology, because … These are ionic bonds, covalent bonds,
 * and hydrogen bonds.": the list the sentence before announced by its count (the members must match it) ->
 * "The three types of chemical bonds are _____."
 */
export function announcedList(
  text: string,
  prevText: string | undefined,
  s0: number,
  toks: Tok[],
): ConceptCandidate | null {
  const p = POINTED_LIST.exec(text);
  const a = p && prevText ? ANNOUNCED.exec(prevText) : null;
  if (!p || !a) return null;
  const members = splitMembers(text, p[0].length);
  if (!members || countOf(a[1]!) !== members.length) return null;
  if (!nounMembers(members, s0, toks) || !members.every(memberIsTerm)) return null;
  const thing = a[4]!;
  const c = listCandidate(text, 0, p[0].length, members, thing);
  c.cue = `The ${a[1]!.toLowerCase()} ${(a[2] ?? "").toLowerCase()}${a[3]!.toLowerCase()} of ${thing} are`;
  c.genus = headOf(thing);
  return c;
}
