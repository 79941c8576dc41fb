// Noun phrases over wink tokens: where a term starts and ends, its head word, its singular key.
// wink's tagger is good but not perfect on technical prose ("membrane potential/ADJ", "monitors/NOUN"), so the
// chunker leans on word shapes and a closed list of function words as much as on tags.
import pluralize from "pluralize";
import type { Tok } from "../read/nlp";

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/** Function words that never belong inside a term. */
const STOP = new Set(
  (
    "a an the this that these those its their his her our your my which who whom whose what where when why how " +
    "is are was were be been being am has have had do does did will would can could may might must shall should " +
    "and or but nor so yet if then than as of at by for from in into on onto to with within without about above " +
    "below between among through during before after under over via per not no also only just very more most less " +
    "such both each every all any some many much few several other another same own it they them we us he she " +
    "i you one ones there here while whereas because although though since until unless"
  ).split(" "),
);

/** Heads too vague to be a term on their own ("the result", "a number", "one type"). */
export const VAGUE_HEADS = new Set(
  (
    "result results way ways thing things lot lots number numbers part parts kind kinds sort sorts type types " +
    "example examples case cases fact facts point aspect aspects time times area areas amount level levels " +
    "form forms set sets group groups variety range series instance instances idea ideas issue issues matter " +
    "situation situations term terms word words name names step steps one ones others people person individual " +
    "individuals section chapter figure table page side end beginning rest reason reasons role roles use uses " +
    "order process effect effects factor factors element elements feature features means purpose mechanism mechanisms"
  ).split(" "),
);

export function isStop(w: string): boolean {
  return STOP.has(w.toLowerCase());
}

const WORDY = /^[\p{L}][\p{L}\d'’-]*$/u;
const isWordTok = (t: Tok) => WORDY.test(t.v);

/** -ing forms that take an object and never modify a term */
const GERUND_VERB =
  /^(?:using|making|taking|having|getting|giving|including|allowing|causing|providing|being|doing|involving|becoming|creating|producing|keeping|requiring|leading|helping|letting|putting|bringing|showing|finding|seeing)$/i;

/** adjective endings ("chronometric", "relative", "social"): a capitalised first word with one is no name, and a
 *  word in -ing after one is part of a compound noun ("a relative dating method") */
export const ADJECTIVE_END = /^\p{Ll}{2,}(?:ive|al|ic|ous|ful|less|able|ible|ary|ory)$/u;

function modifierOk(t: Tok, prev?: Tok, prevFirst = false): boolean {
  if (!isWordTok(t) && !/^\d+$/.test(t.v)) return false;
  if (STOP.has(t.low)) return false;
  if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ") return true;
  // participles used as modifiers: "branching extensions", "charged molecules"
  // ("using dopamine agonists" is a verb with its object, not a term; "Chronometric dating methods": an adjective
  // that opens the sentence is capitalised, not a name)
  if (t.pos === "VERB" && /(?:ing|ed)$/i.test(t.v))
    return (
      !GERUND_VERB.test(t.v) &&
      (!prev || !(prev.pos === "NOUN" || (prev.pos === "PROPN" && !(prevFirst && ADJECTIVE_END.test(prev.low)))))
    );
  if (t.pos === "NUM") return true;
  return false;
}

const LETTERS_ONLY = /^\p{L}+$/u;

/** "a", "an" or "the" (of a lower-cased word) */
function isArticle(low: string): boolean {
  return low === "a" || low === "an" || low === "the";
}

export interface Span {
  /** token index range [ts, te] inclusive */
  ts: number;
  te: number;
}

/**
 * The noun phrase that starts at token `i` (after an optional article), at most `max` words: modifiers and nouns,
 * words joined by hyphens, ending on a noun. Null when no noun phrase starts there.
 */
export function npForward(toks: Tok[], i: number, max = 5): Span | null {
  let k = i;
  if (k < toks.length && isArticle(toks[k]!.low)) k++;
  const start = k;
  let lastNoun = -1;
  let words = 0;
  while (k < toks.length && words < max + 2) {
    const t = toks[k]!;
    // a hyphen inside a word ("slow-wave"): join it when no space separates the parts
    if (t.v === "-" && k > start && k + 1 < toks.length && toks[k - 1]!.e === t.s && toks[k + 1]!.s === t.e) {
      k++;
      continue;
    }
    // "the Alien and Sedition Acts", "the Virginia and Kentucky Resolutions": one name
    if (
      (t.v === "and" || t.v === "&") &&
      k > start &&
      UPPER_START.test(toks[k - 1]!.v) &&
      toks[k + 1] &&
      UPPER_START.test(toks[k + 1]!.v) &&
      toks[k + 1]!.pos === "PROPN"
    ) {
      k++;
      continue;
    }
    // "in-group", "by-product": the first part of a hyphenated word belongs to it whatever its own part of speech
    const hy = toks[k + 1];
    const joined = !!hy && hy.v === "-" && hy.s === t.e && toks[k + 2]?.s === hy.e && /^\p{L}+$/u.test(t.v);
    // ("money-back guarantee", "cost-plus contract": so does the second part, whatever wink makes of it)
    const prevTok = k > start ? toks[k - 1] : undefined;
    const afterHyphen = !!prevTok && prevTok.v === "-" && prevTok.e === t.s && LETTERS_ONLY.test(t.v);
    if (!joined && !afterHyphen && !modifierOk(t, prevTok, k - 1 === 0)) break;
    if (t.pos === "NOUN" || t.pos === "PROPN" || (t.pos === "ADJ" && k > start && isTerminator(toks[k + 1])))
      lastNoun = k;
    if (t.pos === "NUM" && k > start && lastNoun === k - 1) lastNoun = k; // "stage 3"
    words++;
    k++;
  }
  if (lastNoun < start) return null;
  // "stage 3 sleep" keeps its number; a phrase never ends on a hyphen
  return lastNoun - start + 1 > max + 1 ? null : { ts: start, te: lastNoun };
}

/** The noun phrase that ends at token `j` (its head), reading backwards over modifiers; never crosses a stop word. */
export function npBackward(toks: Tok[], j: number, max = 5): Span | null {
  const head = toks[j];
  if (!head || !(head.pos === "NOUN" || head.pos === "PROPN" || head.pos === "ADJ")) return null;
  let k = j;
  let words = 1;
  while (k - 1 >= 0 && words < max) {
    const t = toks[k - 1]!;
    if (t.v === "-" && k - 2 >= 0 && toks[k - 2]!.e === t.s && t.e === toks[k]!.s) {
      k -= 2;
      words++;
      continue;
    }
    // "the self-made man": a hyphenated modifier is one word whatever its second part's tag
    const hy = toks[k - 2];
    if (hy && hy.v === "-" && k - 3 >= 0 && toks[k - 3]!.e === hy.s && hy.e === t.s && /^\p{L}+$/u.test(t.v)) {
      k -= 3;
      words++;
      continue;
    }
    if (!modifierOk(t, k - 2 >= 0 ? toks[k - 2] : undefined, k - 2 === 0)) break;
    k--;
    words++;
  }
  return { ts: k, te: j };
}

function isTerminator(t: Tok | undefined): boolean {
  return !t || /^[,.;:()!?—–]$/.test(t.v) || /^(and|or|is|are|was|were)$/i.test(t.v);
}

/** Index of the first token that starts at or after `abs` (absolute offset), or toks.length. */
export function tokAt(toks: Tok[], abs: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.s < abs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const KEYS = new Map<string, string>();

/** Singular, lower-case key of a term: "Polar Covalent Bonds" -> "polar covalent bond" (memoised). */
export function termKey(term: string): string {
  let k = KEYS.get(term);
  if (k === undefined) {
    k = termKeyRaw(term);
    if (KEYS.size > 100_000) KEYS.clear();
    KEYS.set(term, k);
  }
  return k;
}

function termKeyRaw(term: string): string {
  const ws = term
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[“”"‘’]/g, "")
    .replace(/^(a|an|the)\s+/, "")
    .trim()
    .split(/\s+/);
  const last = ws.length - 1;
  if (last >= 0 && /^[a-z][a-z-]{2,}$/.test(ws[last]!)) ws[last] = singular(ws[last]!);
  return ws.join(" ");
}

const SINGULAR = new Map<string, string>();
/** words whose plural does not end in -s: only these reach pluralize when they do not end in s */
const IRREGULAR_END = /(?:i|a|men|ren|ople|eeth|eet|ice|ae)$/;

/** pluralize's singular, but leaves Latin/Greek singulars ("-us", "-is", "-ss") and short words alone; memoised. */
export function singular(w: string): string {
  if (w.length <= 3 || /(?:ss|us|is)$/.test(w) || SINGULAR_ICS.test(w) || (!w.endsWith("s") && !IRREGULAR_END.test(w)))
    return w;
  let r = SINGULAR.get(w);
  if (r === undefined) {
    r = pluralize.singular(w);
    if (SINGULAR.size > 50_000) SINGULAR.clear();
    SINGULAR.set(w, r);
  }
  return r;
}

/** True when the phrase's last word is plural ("dendrites", "glial cells"). */
const SINGULAR_ICS =
  /^(?:physics|genetics|economics|politics|mathematics|statistics|ethics|linguistics|logistics|acoustics|optics|mechanics|dynamics|electronics|athletics|aesthetics|metaphysics|ergonomics|kinematics|thermodynamics|epigenetics|bioethics|semantics|phonetics|ethics)$/;

const PLURAL_ICS =
  /(?:critics|skeptics|sceptics|cynics|mystics|heretics|fanatics|topics|tactics|basics|characteristics|specifics|clinics|comics|lyrics|graphics|relics|antibiotics|narcotics|diabetics|epileptics|classics|academics|mechanics|alcoholics|catholics|republics|domestics|ceramics|cosmetics|pharmaceuticals)$/;

const OF_PHRASE = /^(.+?)\s+of\s/i;

export function isPluralPhrase(term: string): boolean {
  if (!pluralWord(term.trim().split(/\s+/).pop() ?? "")) return pluralHeadOf(term);
  // ("kingdom of ends", "status of corporations": a plural after "of" leaves the head before it singular; "economies of
  // scale curve" ends on its head)
  const before = OF_PHRASE.exec(term)?.[1];
  return before === undefined || pluralWord(before.trim().split(/\s+/).pop() ?? "");
}

/** "underpinnings of economic growth", "economies of scale": a plural head before "of" and a short singular after it */
function pluralHeadOf(term: string): boolean {
  const m = OF_PHRASE.exec(term);
  const after = m ? term.slice(m[0].length).trim().split(/\s+/) : [];
  // (one word after "of", or an adjective and its noun: "economies of scale curve" ends on its own head, "curve")
  if (!m || after.length > 2 || (after.length === 2 && !ADJECTIVE_END.test(after[0]!))) return false;
  return pluralWord(m[1]!.trim().split(/\s+/).pop() ?? "");
}

function pluralWord(last: string): boolean {
  const l = last.toLowerCase();
  if (!/^[a-z-]+$/.test(l) || l.length <= 3 || /(?:ss|us|is|ias|gas|tlas)$/.test(l) || SINGULAR_ICS.test(l))
    return false;
  // ("cladistics", "necropolitics", "genomics": a field in -ics is one, unless it is a person or a thing in -ic)
  if (/ics$/.test(l)) return PLURAL_ICS.test(l);
  return singular(l) !== l;
}

/** The phrase with its last word made plural or singular, keeping the writer's case. */
export function inflectPhrase(term: string, plural: boolean): string {
  const m = /^(.*?)([\p{L}-]+)$/u.exec(term);
  if (!m) return term;
  const [, pre, last] = m as unknown as [string, string, string];
  if (ALL_CAPITALS.test(last)) return term; // acronyms stay
  const want = plural ? pluralize.plural(last) : singular(last.toLowerCase());
  const cased = UPPER_START.test(last) ? want.charAt(0).toUpperCase() + want.slice(1) : want;
  return pre + cased;
}

/** The head word of a phrase, singular and lower-case ("the central building blocks" -> "block"). */
export function headOf(phrase: string): string {
  const ws = phrase
    .toLowerCase()
    .replace(/[^\p{L}\s-]/gu, " ")
    .trim()
    .split(/\s+/);
  return singular(ws[ws.length - 1] ?? "");
}

/** The comma at token `k` stands between two adjectives of one noun: "cold, calculating reason", "a long, thin bone". */
export function adjectivesInRow(toks: Tok[], k: number): boolean {
  const before = toks[k - 1];
  const next = toks[k + 1];
  if (before?.pos !== "ADJ" || !next) return false;
  return next.pos === "ADJ" || (next.pos === "VERB" && /ing$/.test(next.v) && toks[k + 2]?.pos === "NOUN");
}
