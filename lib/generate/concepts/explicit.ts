// Definitions that say they define: "X refers to …", "X is defined as …", "We define X as …", "the term X is used to
// describe …", "The SI unit for … is the becquerel", "X is formed when …", and "…: the systematic study of …".
import type { Tok } from "../read/nlp";
import { headOf, npBackward, tokAt } from "./np";
import { clauseEnd, phraseAt, phraseOf, termOk } from "./phrase";
import type { ConceptCandidate, Phrase } from "./types";
import { CUE_IF, CUE_INVOLVES, CUE_NAMING, CUE_REFER_DEFINE, CUE_TERM_WORD, CUE_WHEN, cues } from "../text/cues";
import { genusOf, make } from "./definitions";

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const UPPER_START = /^\p{Lu}/u;

const REFERS =
  /^((?:[\p{L}\d][\p{L}\d'’.-]*\s+){0,4}?[\p{L}\d][\p{L}\d'’-]*)(\s*\([^()]{1,40}\))?(?:,\s+[^,]{3,40},)?(?:\s+in\s+(?:terms|the context)\s+of\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?(?:\s+(?:generally|usually|often|commonly|typically|simply|broadly|essentially|specifically|normally|sometimes|also))?\s+(?:refers|refer)\s+to\s+/u;
const DEFINED =
  /^((?:[\p{L}\d][\p{L}\d'’.-]*\s+){0,4}[\p{L}\d][\p{L}\d'’-]*)(\s*\([^()]{1,40}\))?\s+(?:is|are|was|were|can be|may be)\s+(?:often\s+|commonly\s+|broadly\s+|generally\s+|best\s+)?(?:defined\s+(?:as|by(?=\s+(?:the|a|an|\p{Ll}+ing)\s))|(?:characteri[sz]ed|described)\s+as)\s+/u;
/**
 * "Fluid intelligence encompasses the ability to …", "convergent thinking describes the ability to …", "Tonicity
 * describes the amount of solute in a solution", "Representative bias describes a faulty way of thinking, in which …":
 * a bare term (words, no number: not "Chapter 4") that describes an abstract noun (an amount, a way, a state), up to
 * two adjectives before it
 */
const DESCRIBES =
  /^((?!(?:The|the|A|a|An|an|This|this|These|these|It|They|He|She|We)\s)(?:[\p{L}][\p{L}'’.-]*\s+){0,4}[\p{L}][\p{L}'’-]*)(\s*\([^()]{1,40}\))?\s+(?:describes|encompasses|denotes)\s+(?=(?:the|an?)\s+(?:\p{Ll}+\s+){0,2}?(?:ability|capacity|process|tendency|practice|state|condition|study|belief|set|way|amount|degree|extent|rate|relationship|pattern|phenomenon|situation|method|measure)\s+(?:of|to|in|that|which|by|between|for|whereby|where|when|wherein|during)\b)/u;
/** "The term government describes the means by which …": a term the sentence names as a term says what it means */
const TERM_DESCRIBES =
  /^(?:The|the)\s+(?:term|word|concept|phrase|notion)\s+[“"]?((?:[\p{L}][\p{L}'’-]*\s+){0,3}[\p{L}][\p{L}'’-]*)[”"]?\s+(?:describes|denotes)\s+(?=(?:the|an?|any|how|what)\s)/u;
const WE_DEFINE =
  /\b(?:we|you|one|scientists|psychologists|biologists|economists|historians|researchers|sociologists|philosophers|chemists|physicists|experts|authors)\s+(?:can\s+|may\s+|might\s+|often\s+|typically\s+)?(?:now\s+|also\s+|thus\s+|therefore\s+)?define\s+((?:[\p{L}][\p{L}'’-]*\s+){0,4}?[\p{L}][\p{L}'’-]*)\s+as\s+/iu;

const DEFINITION_OF =
  /^(?:The\s+(?:very\s+|basic\s+|simplest\s+|formal\s+|standard\s+|usual\s+|common\s+|classic\s+)?definition\s+of\s+)((?:[\p{L}][\p{L}'’-]*\s+){0,3}?[\p{L}][\p{L}'’-]*)\s+is\s+(?:that\s+(?:it|they)\s+(?:is|are)\s+)?/u;
const SOMETHING_IS =
  /^(Something|Anything|A thing|An event|A person|A statement|A claim|A country|A state|A group|A society|A substance|A process|A word)\s+is\s+(?:considered\s+|called\s+|said to be\s+)?(?:an?\s+)?((?:[\p{L}][\p{L}'’-]*\s+){0,2}?[\p{L}][\p{L}'’-]*)(?:,\s+[^,]{3,30},)?\s+(when|if)\s+/u;

/** "The very definition of democracy is that it is a form of …", "Something is a fact … when there is …" */
function definitionOf(text: string): ConceptCandidate | null {
  const m = DEFINITION_OF.exec(text);
  if (m) {
    const termAt = m[0].indexOf(m[1]!);
    const gloss = phraseAt(text, m[0].length, clauseEnd(text, m[0].length));
    if (!termOk(m[1]!) || gloss.text.split(/\s+/).length < 3) return null;
    return make("definition", { text: m[1]!, a: termAt, b: termAt + m[1]!.length }, gloss, genusOf(gloss.text), true);
  }
  const w = SOMETHING_IS.exec(text);
  if (!w || !termOk(w[2]!, true)) return null;
  const termAt = w[0].indexOf(w[2]!, w[1]!.length);
  const ga = w.index + w[0].length - w[3]!.length - 1;
  const gloss = phraseAt(text, ga, clauseEnd(text, w.index + w[0].length));
  const c = make(
    "definition",
    { text: w[2]!, a: termAt, b: termAt + w[2]!.length },
    gloss,
    "",
    false,
    "when:" + w[1]!.toLowerCase(),
  );
  return c;
}

const PROCESS =
  /^((?:(?:A|An|The)\s+)?(?:[\p{L}][\p{L}'’-]*\s+){0,3}?[\p{L}][\p{L}'’-]*)\s+(?:is|are)\s+(?:usually\s+|typically\s+|often\s+|only\s+)?(formed|produced|created|triggered|activated|released|demonstrated)\s+when\s+|^((?:(?:A|An|The)\s+)?(?:[\p{L}][\p{L}'’-]*\s+){0,3}?[\p{L}][\p{L}'’-]*)\s+(?:(?:usually|typically|often|only|also|can|may|might|could|will|would|sometimes)\s+){0,3}(occurs?|forms?|happens?|begins?|ends?|develops?|exists?|arises?)\s+when\s+/u;

/** "A hydrogen bond is formed when …", "Polar molecules occur when …": how or when a thing comes about. */
export function processStatement(text: string): ConceptCandidate | null {
  if ((cues(text) & CUE_WHEN) === 0) return null;
  const m = PROCESS.exec(text);
  if (!m) return null;
  const raw = m[1] ?? m[3]!;
  const term = raw.replace(/^(?:a|an|the)\s+/i, "");
  if (!termOk(term) || /^(?:this|that|it|they)\b/i.test(term)) return null;
  const termAt = raw.length - term.length;
  const ga = m[0].length - "when ".length;
  const gloss = phraseAt(text, ga, seriesEnd(text, m[0].length));
  if (gloss.text.split(/\s+/).length < 5) return null;
  return make("process", { text: term, a: termAt, b: termAt + term.length }, gloss, "", true, m[2] ?? m[4]!);
}

/**
 * The clause's end, over a series of verbs that share its subject ("when neutrinos escape …, deposit some of their
 * energy …, and cause it to blow out …": the last step is no new clause)
 */
function seriesEnd(text: string, from: number): number {
  let end = clauseEnd(text, from);
  while (SERIES_GOES_ON.test(text.slice(end, end + 24))) end = clauseEnd(text, end + 6);
  return end;
}
const SERIES_GOES_ON =
  /^,\s+and\s+(?!(?:the|a|an|this|these|that|those|it|its|they|their|he|she|we|there|when|if)\b)\p{Ll}+\s/u;

/** "Dispersal is when …, and vicariance is when …": a term and the situation it names, clause by clause */
const IS_WHEN = /(?:^|,\s+and\s+|;\s+)((?:[\p{L}][\p{L}'’-]*\s+){0,3}?[\p{L}][\p{L}'’-]*)\s+is\s+(when\s+)/gu;

export function isWhen(text: string): ConceptCandidate[] {
  // (" is when " holds the cue " when ": the sentence's cue bits, already found, answer most sentences)
  if ((cues(text) & CUE_WHEN) === 0 || !text.includes(" is when ")) return [];
  const found = [...text.matchAll(IS_WHEN)];
  const out: ConceptCandidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    const raw = m[1]!;
    const term = raw.replace(/^(?:a|an|the)\s+/i, "");
    if (!termOk(term) || /^(?:this|that|it|they|there|what|one)\b/i.test(term)) continue;
    const ta = m.index + m[0].indexOf(raw) + raw.length - term.length;
    const ga = m.index + m[0].length - m[2]!.length;
    // (up to the next term's "…, and Y is when" or the clause's end, whichever comes first)
    const ce = clauseEnd(text, ga + m[2]!.length);
    const gloss = phraseAt(text, ga, Math.min(found[i + 1]?.index ?? ce, ce));
    if (gloss.text.split(/\s+/).length < 6) continue;
    out.push(make("process", { text: term, a: ta, b: ta + term.length }, gloss, "", ta === 0, "occurs"));
  }
  return out;
}

/** "X refers to …", "X is defined as …", "Psychologists define X as …" */
export function explicitDefinition(text: string, _s0: number, _toks: Tok[]): ConceptCandidate | null {
  const d =
    (text.startsWith("The") && text.includes("definition of")) ||
    ((text.startsWith("Some") || text.startsWith("Any") || text.startsWith("A")) &&
      (cues(text) & (CUE_WHEN | CUE_IF)) !== 0)
      ? definitionOf(text)
      : null;
  if (d) return d;
  if ((cues(text) & CUE_REFER_DEFINE) === 0) return null;
  // "Economists sometimes refer to a market with few buyers and few sellers as a thin market": a naming, not "X refers"
  const as = REFER_AS.exec(text);
  if (as) return termOk(as[2]!) && as[1]!.split(/\s+/).length >= 4 ? nameGiven(as, as[1]!, as[2]!) : null;
  if (REFER_AS_QUOTED.test(text)) return null;
  // "According to Ogburn (1922), the term culture lag refers to …", "…, while globalization refers to …": the
  // definition may follow a fronted phrase or open the second clause
  let at = 0;
  let m = REFERS.exec(text) ?? DEFINED.exec(text) ?? DESCRIBES.exec(text) ?? TERM_DESCRIBES.exec(text);
  if (!m) {
    const open =
      /^(?:(?:According to|In|For|Among|Within|Since|By)\b[^,]{2,60}|Therefore|Thus|Hence|Generally|In general|In short|Simply put),\s+|(?:,\s+|\s)(?:while|whereas)\s+/.exec(
        text,
      );
    if (open) {
      at = open.index + open[0].length;
      const rest = text.slice(at);
      m = REFERS.exec(rest) ?? DEFINED.exec(rest) ?? DESCRIBES.exec(rest) ?? TERM_DESCRIBES.exec(rest);
    }
  }
  let termText: string;
  let termAt: number;
  let subject = true;
  let contrast = false;
  if (m) {
    termText = m[1]!.replace(/^(?:a|an|the)\s+/i, "").replace(/^(?:term|word|concept|phrase|notion)\s+(?=\S)/i, "");
    termAt = at + m.index + m[0].indexOf(m[1]!) + m[1]!.length - termText.length;
    contrast = at > 0 && /(?:while|whereas)\s+$/i.test(text.slice(0, at));
    subject = !contrast;
  } else {
    m = WE_DEFINE.exec(text);
    if (!m) return null;
    termText = m[1]!.replace(/^(?:a|an|the)\s+/i, "");
    termAt = m.index + m[0].indexOf(m[1]!) + (m[1]!.length - termText.length);
    subject = false;
  }
  // "Low-income countries have what economists sometimes refer to as …": a clause with a wh-word is no term, and
  // "refer to as" names what follows it
  if (!termOk(termText) || /(?:^(?:this|that|it)|\b(?:which|what|who|whom))\b/i.test(termText)) return null;
  const ga = at + m.index + m[0].length;
  if (/^as\s/.test(text.slice(ga))) return null;
  // ("while religion usually refers to shared affiliation with …, spirituality normally refers to …": a clause opened by
  // "while" ends at its comma, before the other half of the contrast)
  const comma = contrast ? text.indexOf(", ", ga) : -1;
  const end = comma > 0 ? Math.min(comma, clauseEnd(text, ga)) : clauseEnd(text, ga);
  const gloss = phraseAt(text, ga, end);
  if (gloss.text.split(/\s+/).length < 2) return null;
  const term: Phrase = { text: termText, a: termAt, b: termAt + termText.length };
  return make("definition", term, gloss, genusOf(gloss.text), subject);
}

const REFER_AS =
  /\brefer\s+to\s+((?:the|an?|any|such|all(?:\s+(?:the|of\s+the))?|most|many|these|those)\s[^;:]{6,160}?)\s+as\s+(?!well\b|much\b|many\b|long\b|soon\b|far\b)(?:an?\s+|the\s+)?[“"]?((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)(?:[”"]\s*[.,;]|[.,;][”"]?)/u;
/** "Industrialists … refer to alterations in the earth’s climate as “global warming.”": what someone calls a thing */
const REFER_AS_QUOTED = /\brefers?\s+to\s+[^;:]{3,160}?\s+as\s+[“"]/u;

const NAMED_THING =
  /^The\s+((?:[\p{L}-]+\s+){0,2}(?:unit|measure|instrument|device|method|technique|branch|science)\s+(?:for|of|used for|used to|that|\p{Ll}+ing)\s+[^,;]{4,100}?)\s+(?:is|are)\s+(?:the|an?)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)(?:\s*\([^()]{1,12}\))?(?=\s*[,.;]|\s+and\s)/u;

/** The name a description is given (cue "is-the": the item asks "What is <the description>?") */
export function namedThing(text: string): ConceptCandidate | null {
  if (!text.startsWith("The ")) return null;
  const m = NAMED_THING.exec(text);
  if (!m) return null;
  const term = m[2]!;
  if (!termOk(term) || UPPER_START.test(term)) return null;
  const a = m[0].lastIndexOf(term);
  const gloss = phraseAt(text, 0, 4 + m[1]!.length);
  const genus = headOf(m[1]!.split(/\s+(?:for|of|used|that|\p{Ll}+ing)\s/u)[0]!);
  return make("definition", { text: term, a, b: a + term.length }, gloss, genus, false, "is-the");
}

const TERM_USED =
  /\b(?:(?:use|uses|used|using|coined|introduced)\s+the\s+(?:term|word|phrase|concept)\s+(.{2,50}?)\s+(?:to\s+(?:describe|refer\s+to|mean|denote|name|identify|characterize)|for)|the\s+(?:term|word|phrase|concept)\s+(.{2,50}?)\s+(?:is|was|has been)\s+(?:often\s+|commonly\s+)?used\s+(?:to\s+(?:describe|refer\s+to|mean|denote|name)|for))\s+/i;

/** "Sociologists use the term high culture to describe …", "the term X is used to refer to …" */
export function termUsedFor(text: string): ConceptCandidate | null {
  if ((cues(text) & CUE_TERM_WORD) === 0) return null;
  const m = TERM_USED.exec(text);
  if (!m) return null;
  // ("the term job as shorthand for …": the term is "job")
  const termText = (m[1] ?? m[2]!)
    .replace(/^[“"]|[”"]$/g, "")
    .replace(/\s+as\s+(?:a\s+)?(?:shorthand|label|name|short)$/, "");
  if (!termOk(termText)) return null;
  return definitionAfter(text, m, termText, 3);
}

/** The term where the match names it and the gloss from the match's end to its clause's end (null: a short gloss). */
function definitionAfter(
  text: string,
  m: RegExpExecArray,
  termText: string,
  minWords: number,
): ConceptCandidate | null {
  const termAt = m.index + m[0].indexOf(termText);
  const ga = m.index + m[0].length;
  const gloss = phraseAt(text, ga, clauseEnd(text, ga));
  if (gloss.text.split(/\s+/).length < minWords) return null;
  return make(
    "definition",
    { text: termText, a: termAt, b: termAt + termText.length },
    gloss,
    genusOf(gloss.text),
    false,
  );
}

/** "Bourdieu defined social capital as the nonmonetary resources people use …" (the present, "The Treaty defines
 * aggression as …", is a definer's definition the entity family asks: "How does the Treaty define aggression?") */
const DEFINED_AS =
  /\bdefined\s+(?:the\s+(?:term|concept|word)\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+as\s+(?=(?:an?|the|any|those)\s)/u;

/** "X defined Y as the …": the writer's definition of a term (not "is defined as", which the copula patterns read) */
export function definedAs(text: string): ConceptCandidate | null {
  // ("defined" holds the cue "define": the sentence's cue bits, already found, answer most sentences)
  if ((cues(text) & CUE_REFER_DEFINE) === 0 || !text.includes("defined")) return null;
  const m = DEFINED_AS.exec(text);
  // ("… was defined as …": the passive has its term before it)
  if (!m || /\b(?:is|are|was|were|be|been)\s+$/.test(text.slice(0, m.index))) return null;
  const termText = m[1]!;
  if (!termOk(termText) || /^(?:it|this|that|them|these|those|him|her|itself)$/i.test(termText)) return null;
  return definitionAfter(text, m, termText, 4);
}

/** "… a major contribution to thanatology: the systematic study of death and dying." */
export function colonDefinition(text: string, s0: number, toks: Tok[]): ConceptCandidate | null {
  const c = text.indexOf(": ");
  if (c < 0 || text.indexOf(":", c + 1) >= 0) return null;
  const after = text.slice(c + 2);
  // "two sequential stages: the light-dependent reactions and the light-independent reactions" is a list
  // ("… perform safety behaviors: mental or behavioral acts that reduce anxiety …": a plural genus without an article)
  if (
    !(/^(?:the|a|an)\s/i.test(after) || BARE_PLURAL_GLOSS.test(after)) ||
    /,\s+(?:and|or)\s|\s(?:and|or)\s+(?:the|a|an)\s/.test(after)
  )
    return null;
  const j = tokAt(toks, s0 + c) - 1;
  const np = npBackward(toks, j, 4);
  if (!np) return null;
  const term = phraseOf(text, s0, toks, np);
  if (!termOk(term.text) || term.b !== c || /^(?:two|three|four|five|six|several|many|\d+)\s/i.test(term.text))
    return null;
  // "… progressions that led to modern chemistry: the isolation of drugs …": what follows a verb's object explains
  // the clause (what the progressions led to), not the object's name
  // ("only one stomach function necessary to life: the production of …": so does an adjective's object)
  if (
    /\b(?:to|into|from|of|by|for|with)\s+$/i.test(text.slice(0, term.a)) &&
    (VERB_BEFORE.test(text.slice(0, term.a)) || ADJECTIVE_BEFORE.test(text.slice(0, term.a)))
  )
    return null;
  const gloss = phraseAt(text, c + 2, clauseEnd(text, c + 2));
  const n = gloss.text.split(/\s+/).length;
  if (n < 3 || n > 20 || !nounPhraseOnly(toks, s0 + c + 2, s0 + gloss.b)) return null;
  const genus = genusOf(gloss.text);
  // "… an economic structure to support and reward researchers: a structure dependent on profitability": a gloss
  // whose head noun the sentence named before the term renames that earlier noun, not the term
  const head = /^(?:the|an?)\s+([\p{L}-]{4,})/iu.exec(gloss.text)?.[1];
  if (head && new RegExp(`\\b${head}\\b`, "iu").test(text.slice(0, term.a))) return null;
  return genus ? make("definition", term, gloss, genus, false) : null;
}

const OBJECT_START = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;
/** "mental or behavioral acts that …": up to three modifiers, a plural head, and its clause */
const BARE_PLURAL_GLOSS = /^(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*s\s+(?:that|which|who|whose|in which|used|of)\s/u;
/** a verb and its preposition right before a phrase: "led to", "gave rise to", "resulted in" */
const VERB_BEFORE = /\b\p{Ll}+(?:ed|s)\s+(?:\p{Ll}+\s+)?(?:to|into|from|of|by|for|with)\s+$/u;
/** an adjective and its preposition right before a phrase: "necessary to", "essential for", "similar to" */
const ADJECTIVE_BEFORE =
  /\b(?:necessary|essential|important|critical|vital|crucial|central|key|common|similar|equal|relevant|related|due|subject|prone|resistant|sensitive)\s+(?:to|for|of|with|in)\s+$/i;
const NAMING_PARTICIPLE = /^(?:called|named|termed|dubbed|labeled|labelled)$/i;

/** No finite verb of its own between a and b: a verb only inside a relative clause ("that moves") or as a participle. */
function nounPhraseOnly(toks: Tok[], a: number, b: number): boolean {
  for (let k = tokAt(toks, a); k < toks.length && toks[k]!.s < b; k++) {
    const t = toks[k]!;
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    // ("the king rewarded successful conquistadors": a verb in -ed with an object after it is the clause's own)
    const next = toks[k + 1];
    const object = !!next && OBJECT_START.test(next.pos) && !NAMING_PARTICIPLE.test(t.v);
    if (/(?:ed|ing|en)$/i.test(t.v) && t.pos === "VERB" && !(object && /ed$/i.test(t.v))) continue;
    const back = [toks[k - 1]?.v, toks[k - 2]?.v].map((v) => (v ?? "").toLowerCase());
    if (back.some((v) => /^(?:that|which|who|whom|whose|to|where)$/.test(v))) continue;
    return false;
  }
  return true;
}

/**
 * "Durkheim called the communal beliefs, morals, and attitudes of a society the collective conscience.": someone
 * calls a described thing by a name at the end of the sentence (the last article or quotation mark starts the name).
 */
const CALLS_THING =
  /^(?:[^,;:]{2,40},\s+)?[^,;:]{1,60}?\s(?:called|calls|call|termed|terms|dubbed|labell?ed)\s+((?:the|a|an|these|those|such)\s[^;:]{8,160}?)\s+(?:(?:the|an?)\s+)?[“"]?((?:[\p{Ll}][\p{Ll}-]*\s+){0,2}[\p{Ll}][\p{Ll}-]*)[”"]?[.!]?[”"]?$/u;

/**
 * "Scientists call reactions that have a negative ∆G and consequently release free energy exergonic reactions.": a
 * kind described by a relative clause and named at the sentence end by the same plural noun with its modifier.
 */
const CALLS_KIND =
  /\s(?:call|calls|called|term|terms|termed)\s+((\p{Ll}{3,}s)\s+(?:that|which|who|whose|in which)\s[^;:]{8,160}?)\s+(\p{Ll}[\p{Ll}-]*\s+\2)[.!]?$/u;

export function callsThing(text: string): ConceptCandidate | null {
  if ((cues(text) & CUE_NAMING) === 0) return null;
  const kind = CALLS_KIND.exec(text);
  if (kind && termOk(kind[3]!)) return nameGiven(kind, kind[1]!, kind[3]!);
  const m = CALLS_THING.exec(text);
  if (!m) return null;
  const g = m[1]!;
  const t = m[2]!;
  // "He called the president a liar": a two-word object is a person or a thing, not a description
  if (g.split(/\s+/).length < 4 || !termOk(t) || /\b(?:and|or)$/.test(g)) return null;
  return nameGiven(m, g, t);
}

/** A naming found by a pattern: the description (its first place in the match) called by the name (its last). */
function nameGiven(m: RegExpExecArray, description: string, name: string): ConceptCandidate {
  const ga = m.index + m[0].indexOf(description);
  const ta = m.index + m[0].lastIndexOf(name);
  return make(
    "naming",
    { text: name, a: ta, b: ta + name.length },
    { text: description, a: ga, b: ga + description.length },
    "",
    false,
    "called",
  );
}

/** "Coercive power involves forcing someone to comply with one’s wishes": what a term's act consists of */
// ("Allopatric speciation (allo- = "other"; …) involves geographic separation of populations from a parent species and
// subsequent evolution": an aside after the term, and an act named by a noun phrase of six words or more)
const INVOLVES =
  /^((?:[\p{L}][\p{L}'’-]*\s+){1,3}?[\p{L}][\p{L}'’-]*)(\s*\([^()]{1,60}\))?\s+(?:involves|entails)\s+(\p{Ll}{3,}ing\s[^;:]{10,200}?|(?!(?:many|several|some|both|various|more|less|a|an|the|two|three|four|multiple|different|other|one|this|these|its|their)\s)\p{Ll}+\s(?:[^\s;:]+\s){4,30}[^\s;:]+?)\s*[.;]?$/u;

export function involvesAct(text: string): ConceptCandidate | null {
  // (the cue bits of the sentence, already found: no scan of it for either word)
  if ((cues(text) & CUE_INVOLVES) === 0) return null;
  const m = INVOLVES.exec(text);
  if (!m) return null;
  const term = m[1]!.replace(/^(?:a|an|the)\s+/i, "");
  // ("The process involves …", "This step involves …": termOk takes no pointer or general noun for a term)
  if (!termOk(term)) return null;
  const ta = m[1]!.length - term.length;
  const ga = m[0].indexOf(m[3]!, m[1]!.length + (m[2]?.length ?? 0));
  return make(
    "definition",
    { text: term, a: ta, b: ta + term.length },
    { text: m[3]!, a: ga, b: ga + m[3]!.length },
    "",
    true,
    "involves",
  );
}
