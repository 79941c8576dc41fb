// Small helpers shared by the concept patterns: phrases from token spans, term sanity checks.
import type { Tok } from "../read/nlp";
import { FIRST_NAMES } from "../lexicon";
import { VAGUE_HEADS, headOf, isStop, type Span } from "./np";
import type { Phrase } from "./types";

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const UPPER_START = /^\p{Lu}/u;

/** a possessive or a pointer: the noun after it is someone's or one named before, no term ("Their opponents") */
export const OWNER_OR_POINTER = /^(?:their|its|his|her|our|your|my|this|these|those|own)$/;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** heads of terms named after a person ("Parkinson's disease", "Newton's laws", "Occam's razor") */
const EPONYM_HEAD =
  /^(?:disease|syndrome|disorder|law|laws|principle|theorem|rule|constant|effect|equation|paradox|hypothesis|theory|model|test|cycle|method|razor|complex|stages?|hierarchy|sign|reflex|gland|organ|ducts?|loop|layer|number|ratio|scale|experiment)$/i;

const CATEGORY =
  /^(?:drug|drugs|antibiotic|antibiotics|compound|element|enzyme|hormone|protein|gene|mineral|bacterium|virus|species|molecule|chemical)$/;
/** a specific name after the category word: not a common abstract noun ("drug resistance", "protein synthesis") */
const NAMEISH = /^\p{Ll}{6,}$(?<!ion|ance|ence|ment|ness|ity|ing|sis|ure|age|ship|ism|ics|ogy|ery|ary|y)/u;

export function phraseOf(text: string, s0: number, toks: Tok[], span: Span): Phrase {
  // a name's possessive belongs to the term: "Parkinson's disease", not "disease"
  const pos = toks[span.ts - 1];
  const owner = toks[span.ts - 2];
  const named =
    pos &&
    owner &&
    /^['’]s$/.test(pos.v) &&
    CAPITALISED_WORD.test(owner.v) &&
    owner.pos === "PROPN" &&
    EPONYM_HEAD.test(toks[span.te]!.v);
  // "the drug rifampin", "the element carbon": the category word is no part of the name
  const ts =
    span.te === span.ts + 1 && CATEGORY.test(toks[span.ts]!.v) && NAMEISH.test(toks[span.te]!.v) ? span.te : span.ts;
  const a = (named ? owner.s : toks[ts]!.s) - s0;
  const b = toks[span.te]!.e - s0;
  return { text: text.slice(a, b), a, b };
}

export function phraseAt(text: string, a: number, b: number): Phrase {
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /[\s.,;:]/.test(text[b - 1]!)) b--;
  return { text: text.slice(a, b), a, b };
}

const ORDINAL =
  /^(?:first|second|third|fourth|fifth|last|next|final|previous|following|other|another|same|main|major|important|key|new|different|certain|particular|specific|whole|entire|latter|former|above|below|present|current)$/i;
const EXAMPLE_HEAD = /^(?:examples?|instances?|illustrations?|cases?)$/i;
const RELATIONAL_HEAD = /^(?:equivalents?|counterparts?|opposites?|analogu?es?|analogs?)$/i;
const COMPARATIVE_WORD =
  /^(?:higher|lower|greater|lesser|larger|smaller|bigger|deeper|thicker|thinner|wider|narrower|shorter|longer|stronger|weaker|older|newer|earlier|later|more|less|fewer)$/i;
const SUPERLATIVE_WORD =
  /^(?:highest|lowest|largest|smallest|greatest|biggest|longest|shortest|oldest|newest|earliest|latest|strongest|weakest|simplest|deepest|fastest|slowest|widest|closest|nearest|farthest|furthest|most|least)$/i;
const RELATIVE_PLACE =
  /^(?:underlying|overlying|adjacent|adjoining|neighbou?ring|surrounding|nearby|opposite|nearest|outermost|innermost)$/i;
const COUNT_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|several|numerous|various|few|\d+)$/i;
const PRONOUNISH =
  /^(it|its|they|them|this|that|these|those|he|she|we|you|i|one|ones|such|each|both|another|other|others|some|many|most|all|any|none|which|what|who|there|here|itself|themselves|himself|herself|everyone|everybody|everything|someone|somebody|something|anyone|anybody|anything|nobody|nothing|either|neither)$/i;

/** A pronoun ("it", "this", "everyone", "neither"): it stands for something, it names no term. */
export function pronounish(word: string): boolean {
  return PRONOUNISH.test(word);
}
const TITLES = /^(president|king|queen|dr|mr|mrs|ms|sir|lord|senator|governor|general|professor|prof|saint|st)\.?$/i;

const GERUND_PREP = /^\p{L}+ing\s+(?:with|in|on|at|for|to|by|from|upon|into)$/iu;
const PARTICIPLE_PREP = /^\p{Ll}+ed\s+(?:into|in|to|from|by|with|on|at|for|as)$/u;
const EVALUATIVE =
  /^(?:crucial|important|significant|essential|vital|great|big|good|bad|interesting|useful|valuable|notable|famous|well-known|remarkable|latest|newest|unique|prototypical|mortal|striking|notorious)$/i;

const WORK_KIND = /^(?:book|novel|film|movie|article|essay|poem|play|song|paper|report|treatise|pamphlet|speech)$/i;
const MEASURE_OF =
  /^(?:unit|piece|amount|quantity|portion|drop|bit|sample|volume|mass|sheet|slice|lump|cup|bottle|abundance|plethora|wealth|host|multitude|handful)s?$/i;

/** termOk's verdicts by term (with and without vague heads allowed): the patterns ask about the same terms often. */
const TERM_OK = new Map<string, boolean>();
const TERM_OK_VAGUE = new Map<string, boolean>();

/**
 * A phrase that can be a key term: 1–6 words, starts with a letter, not a pronoun, not a person's name
 * ("John Adams": people are asked by the entity family), not a lone vague head ("the result").
 */
export function termOk(term: string, allowVague = false): boolean {
  if (term.length < 3 || term.length > 60) return false;
  const known = allowVague ? TERM_OK_VAGUE : TERM_OK;
  let ok = known.get(term);
  if (ok === undefined) {
    if (known.size > 100_000) known.clear();
    ok = termOkRaw(term, allowVague);
    known.set(term, ok);
  }
  return ok;
}

/** verbs that join a subject to its object ("include", "release"): never inside a term */
const CLAUSE_VERB =
  /^(?:include[sd]?|contain(?:s|ed)?|release[sd]?|involve[sd]?|cause[sd]?|become[s]?|became|remain(?:s|ed)?|mean(?:s|t)?|represent(?:s|ed)?|produce[sd]?|require[sd]?|consist(?:s|ed)?)$/i;

const RANKED_ROLE =
  /^(?:primary|main|major|chief|principal|key|central|biggest|greatest|leading|single)\s+(?:source|cause|reason|point|issue|focus|concern|problem|goal|aim|obstacle|question)s?\s+of\s/i;

/** "Just as attachment (is the main milestone …)": a comparison's opening word, which opens no term */
export const COMPARISON_OPENING = /^(?:just|even|only|like|unlike)$/i;

const GENERIC_HEAD =
  /^(?:(?:net|end|final|overall|main|only|real|whole|basic|general|direct|ultimate|same|other|primary|major|chief|principal|key|biggest|greatest|leading|single)\s+(?:result|outcome|consequence|reason|way|thing|fact|case|matter|idea|effect)s?|(?:precise|exact|actual|real|true|main|sole)\s+(?:cause|origin|purpose)s?|(?:area|point|source|matter|subject|bone)s?\s+of\s+(?:controversy|contention|debate|conflict|disagreement|concern|dispute))$/i;
/**
 * "the sole mansa", "the most abundant cell": a word that singles out or ranks a thing is no part of its name (the
 * title is "mansa"; "abundant cell" names no kind of cell)
 */
const AFTER_LATIN_A = /^(?:priori|posteriori|fortiori|cappella)$/i;
const RANKING_WORD =
  /^(?:sole|mere|very|entire|abundant|numerous|prevalent|frequent|important|significant|notable|prominent|typical|ordinary|various|certain|particular|respective)$/i;
const POSITION_WORD =
  /^(?:anterior|posterior|superior|inferior|medial|lateral|proximal|distal|dorsal|ventral|former|latter|upper|lower|inner|outer|front|back|top|bottom|first|second|third|last|left|right)$/i;
/** "the middle layer", "the outer region": a part by its place, which the text names as a term elsewhere */
const POSITIONED_PART =
  /^(?:outer|inner|middle|upper|lower|top|bottom|front|back|deep|deeper|superficial|central|first|second|third|last)\s+(?:layer|region|part|portion|section|zone|segment|area|side|end)s?$/i;
/** a part of a figure or a table ("top panel", "left column") */
const FIGURE_PART =
  /^(?:panel|row|column|graph|figure|image|picture|photo|diagram|chart|plot|frame|box|table|curve|bar)s?$/i;
/** words in lower case, then a first name and a surname */
const ROLE_AND_NAME = /^(?:\p{Ll}[\p{Ll}-]*\s+){1,3}\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}+$/u;

const FREQUENCY_ADVERB =
  /^(?:often|usually|typically|generally|sometimes|always|frequently|commonly|normally|mostly|rarely|seldom|occasionally)$/i;

function termOkRaw(term: string, allowVague: boolean): boolean {
  const ws = term.trim().split(/\s+/);
  // (termOk has checked the length)
  if (ws.length === 0 || ws.length > 6) return false;
  if (!/^[\p{L}“"]/u.test(term)) return false;
  // "Often, merchandising firms (are referred to as …)": a comma ends a fronted word, no term holds one
  if (term.includes(", ")) return false;
  const first = ws[0]!.replace(/[“"]/g, "");
  if (pronounish(first) || isStop(first)) return false;
  // "(… is called) sometimes the term foster parent": a frequency adverb opens no term
  if (ws.length > 1 && FREQUENCY_ADVERB.test(first)) return false;
  if (ws.length > 1 && COMPARISON_OPENING.test(first)) return false;
  // "cultural icon Freddy Mercury", "journalist Walter Cronkite": a person's role before the name names a person;
  // "The net result is …": a result or a reason of what the text told before
  if (ROLE_AND_NAME.test(term) || GENERIC_HEAD.test(term)) return false;
  if (ws.length > 1 && RANKING_WORD.test(first)) return false;
  // "(a) priori knowledge": a Latin phrase whose "a" was read as an article; "keep in mind that knowledge": a clause
  if (AFTER_LATIN_A.test(first) || ws.some((w) => /^(?:that|which|whom)$/i.test(w))) return false;
  // "The posterior is the anal triangle": a word of position or order alone stands for a part named before
  if (POSITION_WORD.test(term) || POSITIONED_PART.test(term)) return false;
  // "The top panel is the population distributions of …": a part of a figure by its place, no term
  if (ws.length === 2 && /^(?:top|bottom|left|right|middle)$/i.test(first) && FIGURE_PART.test(ws[1]!)) return false;
  // "(signals travel) down the axon": a path is no term
  if (
    ws.length > 1 &&
    /^(?:down|up|across|through|along|into|onto|toward|towards|around|over|under|past|via)$/i.test(first)
  )
    return false;
  // "Popular culture tends to (refer to …)", "investment does not (refer to …)": a phrase cut before its verb's
  // complement is no term; nor is one cut before its verb after a frequency adverb ("Pheromonal communication often
  // (involves …)")
  if (
    ws.length > 1 &&
    /^(?:to|of|and|or|the|a|an|that|which|in|on|for|with|by|as|not|never|does|do|did|can|may|will|would|should|is|are|was|were|has|have|had|often|usually|typically|generally|sometimes|always|frequently|commonly|also|normally|mostly|largely|primarily|mainly|rarely|seldom|actually|really|simply)$/i.test(
      ws[ws.length - 1]!,
    )
  )
    return false;
  if (TITLES.test(first)) return false;
  if (ORDINAL.test(first)) return false;
  // "the primary source of contention (was the fate of prisoners)": a ranked role in a debate is no term
  if (RANKED_ROLE.test(term)) return false;
  // "Two groups, the Sons of Liberty and …", "two distinct components, a small and a large subunit": a count
  if (ws.length > 1 && COUNT_WORD.test(first)) return false;
  // "A recent example is …", "even higher temperatures": an example or a comparison, no term
  if (ws.length > 1 && EXAMPLE_HEAD.test(ws[ws.length - 1]!)) return false;
  // "An example of neutralism (is the coexistence of …)", "common example of facilitated diffusion": an example of a
  // term is no term of its own
  if (ws.length > 2 && ws.slice(0, -1).some((w, i) => EXAMPLE_HEAD.test(w) && /^of$/i.test(ws[i + 1]!))) return false;
  // "her book Caring: …", "the film Metropolis": a work's title after its kind is a name, not a term
  if (ws.length > 1 && WORK_KIND.test(first) && /^\p{Lu}/u.test(ws[1]!)) return false;
  // "a unit of water, or H2O", "a piece of tissue": a measure of a substance is no term, the substance is
  if (ws.length > 2 && MEASURE_OF.test(ws[0]!) && /^of$/i.test(ws[1]!)) return false;
  // "The male equivalent was a “sheik”": a thing named by its relation to another is no term
  if (RELATIONAL_HEAD.test(ws[ws.length - 1]!)) return false;
  if (ws.length > 1 && COMPARATIVE_WORD.test(first)) return false;
  // "the highest federal court (, the Supreme Court)": a rank names its holder, no term
  if (ws.length > 1 && SUPERLATIVE_WORD.test(first)) return false;
  // "a large submuscular bursa": a size says which one, the term is what follows
  if (ws.length > 1 && /^(?:large|small|big|little|huge|tiny|giant|enormous|massive)$/i.test(first)) return false;
  // "an underlying bone", "the adjacent muscles": where a thing lies beside another says which one, no term
  if (ws.length > 1 && RELATIVE_PLACE.test(first)) return false;
  if (ws.length >= 2 && ws.length <= 3 && FIRST_NAMES.has(first.toLowerCase()) && UPPER_START.test(ws[1]!))
    return false;
  if (!allowVague && ws.length === 1 && VAGUE_HEADS.has(headOf(term))) return false;
  if (/\d{4}/.test(term) && !/\p{L}{3,}/u.test(term.replace(/\d+/g, ""))) return false;
  // "Acting with integrity (means …)": an action, no term; "a(n) crucial Roman value": a judgement, no term
  if (ws.length > 1 && GERUND_PREP.test(ws[0] + " " + ws[1])) return false;
  // "(their energy is) converted into heat": a participle and its phrase, no term
  if (ws.length > 1 && PARTICIPLE_PREP.test(ws[0] + " " + ws[1])) return false;
  if (ws.length > 1 && EVALUATIVE.test(first)) return false;
  // "Ignition is defined to (occur when …)": a clause, no term
  if (ws.length > 1 && ws.some((w) => /^(?:is|are|was|were)$/i.test(w))) return false;
  // "(the curvatures of the) spine include kyphosis", "basophils release heparin": a verb between two nouns is a
  // clause the reader cut, no term
  if (ws.length > 2 && ws.slice(1, -1).some((w) => CLAUSE_VERB.test(w))) return false;
  // "cyclical in nature": a quality, no term
  if (/\s+in\s+nature$/i.test(term)) return false;
  // "Marketing facilitates what (is known as …)": a clause, no term
  if (ws.length > 1 && /^(?:what|which|who|whom|whose|how|why|where|when)$/i.test(ws[ws.length - 1]!)) return false;
  return true;
}

/** An opening parenthesis before `at` is not closed before it. */
export function insideParens(t: string, at: number): boolean {
  const open = t.lastIndexOf("(", at);
  return open >= 0 && t.lastIndexOf(")", at) < open;
}

/**
 * Where a clause stops (". provides a brief overview …": a stop after a word, then a lower-case word, is a sentence
 * whose opening name the copy lost, glued to this one). One object for every call (reset before each use): a \p{…}
 * literal in the function body was a new RegExp per call once esbuild (tsx) lowers it.
 */
// (", which meant that same-sex couples were denied …": a clause about the whole event, no part of a gloss)
// (the stop is matched before the lookbehind that checks the word before it: a lookbehind first was tried at every
// position, and the regex scanned a text ~13x slower; the matches are the same)
const CLAUSE_STOP =
  /;|,\s+which\s+(?:meant|led|leads|resulted|results|caused|causes|made|makes|allowed|allows|forced|forces|required|requires|prompted|sparked)\b|,\s+(?:and|but|while|whereas|so|although|though|yet)\s+(?=\S+\s+\S+)|\s[—–]\s|—|\.(?<=\p{Ll}{4}\.)\s+(?=\p{Ll})/gu;

/**
 * "from the placenta—the organ of gas exchange between the pregnant person and fetus—to bypass the fetal liver": a
 * short aside between two dashes, with the clause going on after it, ends nothing (the scan goes on after it).
 */
function skipsDashAside(rest: string, m: RegExpExecArray, re: RegExp): boolean {
  if (!m[0].includes("—")) return false;
  const from = m.index + m[0].length;
  const close = rest.indexOf("—", from);
  if (close < 0 || close - from > 90 || /[;—]/.test(rest.slice(from, close))) return false;
  if (!/^\s*\p{Ll}/u.test(rest.slice(close + 1))) return false;
  re.lastIndex = close + 1;
  return true;
}

/** Cut a definition at the end of its clause: "; …", ", and <clause>" (not the last item of a series), ", but …", ", while …", " — …". */
export function clauseEnd(t: string, from: number): number {
  const rest = t.slice(from);
  const re = CLAUSE_STOP;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  // ", and" closing a series ("organized, interpreted, and consciously experienced") ends no clause
  // (nor does a semicolon inside parentheses: "(Cropley, 2006; Gilford, 1967)")
  while (
    (m = re.exec(rest)) &&
    ((/^,\s+(?:and|or)\s/.test(m[0]) && /,\s*[^\s,;]+(?:\s+[^\s,;]+){0,2}$/.test(rest.slice(0, m.index))) ||
      insideParens(rest, m.index) ||
      skipsDashAside(rest, m, re))
  );
  let end = m ? from + m.index : t.length;
  while (end > from && /[\s.!?,:;”"’)]/.test(t[end - 1]!) && !/[”"’)]/.test(t[end - 1]!)) end--;
  // keep a closing quote or parenthesis only when its opening one is inside
  const inner = t.slice(from, end);
  if (/[)]$/.test(inner) && !inner.includes("(")) end--;
  if (/[”"]$/.test(inner) && (inner.match(/[“"]/g) ?? []).length < 2 && !inner.includes("“")) end--;
  return end;
}

/** "Jefferson", "the Federalists", "John Adams": names are asked by the entity family, not as terms. */
export function properName(phrase: string, sentenceStart: boolean): boolean {
  const ws = phrase.split(/\s+/);
  if (FIRST_NAMES.has(ws[0]!.toLowerCase()) && ws.length <= 3) return true;
  const caps = ws.filter((w) => UPPER_START.test(w)).length;
  if (ws.length === 1) return UPPER_START.test(phrase) && !sentenceStart;
  return caps === ws.length && !sentenceStart;
}

const NAMING_VERB =
  /^(?:called|named|termed|dubbed|known as|considered|deemed|regarded as|labell?ed|(?:forming|producing|making|creating|yielding|becoming|generating|releasing|including|containing)(?=\s+\p{Ll}))\s+/iu;

/**
 * "called atomos", "called zoonotic disease", "forming tetraiodothyronine": a naming verb, or a verb of making, read
 * into a noun phrase is no part of the term.
 */
export function withoutNamingVerb(p: Phrase): Phrase {
  const verb = NAMING_VERB.exec(p.text);
  return verb ? { text: p.text.slice(verb[0].length), a: p.a + verb[0].length, b: p.b } : p;
}

/**
 * A capitalised word (not the sentence's first) or an initial right before a term, or before the one or two words of
 * the name that go before it ("Rocky Mountain spotted fever"): the name the term ends is cut.
 */
const CUT_FROM_NAME = /(?:[\p{L},;)]\s+\p{Lu}[\p{L}-]*|\b\p{Lu}\.)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2})$/u;
const NAMING_WORD = /^(?:named|called|termed|dubbed|known|titled|entitled|labell?ed)$/;
export function cutFromName(before: string): boolean {
  const m = CUT_FROM_NAME.exec(before);
  // ("a Kurdish general named _____": a word that names is no part of the name)
  return !!m && (m[1] ?? "").split(/\s+/).every((w) => !w || (!isStop(w) && !NAMING_WORD.test(w)));
}
