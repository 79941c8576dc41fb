// The sentence that opens a section under a heading that names a term: "Liquidity Ratios" / "Liquidity ratios measure
// the firm's ability to pay its short-term debts as they come due." The section is about the term, and its first
// sentence, with the term as its subject and a verb in the general present, says what the term is for or does. It is
// asked as a blank of the term ("_____ measure the firm's ability …"), as function-items.ts asks a sentence record's.
// Most such sentences state no "X is a …" definition, so the readers of sentence.ts find nothing in them: on ten unseen
// pools of four books a fifth of the authors' missed key terms were a section's heading.
import type { Tok } from "../read/nlp";
import { escapeRegExp } from "../text/scan";
import { functionCloze } from "./function-items";
import { finish, statedOf, surface, type ConceptBuildCtx, type ConceptItem, type StatedSentence } from "./item-kit";
import { singular } from "./np";
import { BLANK, leansOnContext } from "./prompt";
import type { ConceptSentence, Phrase } from "./types";

/** A section's opening sentence that says what its heading's term does. */
export interface HeadingLead {
  s: StatedSentence;
  term: Phrase;
  /** the article before the term in the sentence ("the", "a", or "") */
  det: string;
  /** where the predicate starts in the sentence */
  verbAt: number;
}

/** one to four words of letters: a name of a thing, not a question or a sentence */
const TERM_HEADING = /^(?:(?:the|an?)\s+)?(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,3})$/iu;
/** words no term heading holds: a pair ("Exports and Imports"), a question, a heading of the book's apparatus */
const NOT_TERM_WORD =
  /^(?:and|or|vs|versus|what|how|why|who|when|where|which|is|are|the|a|an|in|on|for|to|with|by|from|at|as|about|introduction|overview|summary|conclusion|review|examples?|types?|kinds?|forms?|key|terms?)$/i;
/** an adverb of frequency or manner between the subject and its verb ("Liquidity ratios typically measure …") */
const HEDGE = /^(?:also|often|usually|typically|generally|simply|normally|commonly|primarily|mainly)$/i;
/** verbs that say nothing the term does (being, having, seeming) or that tell of the text, not the thing */
const EMPTY_VERB =
  /^(?:has|have|does|do|gets|get|goes|go|seems?|appears?|becomes?|remains?|comes?|makes?|takes?|gives?|plays?|refers?|occurs?|exists?|varies|vary|differs?|depends?|matters?|happens?|lies|lie|sits?|stands?)$/i;

const OBJECT_START = /^(?:DET|PRON|ADV)$/;

/** The heading's words as a pattern the sentence's subject must match (its last word in either number). */
function headingPattern(heading: string): RegExp | null {
  const m = TERM_HEADING.exec(heading.trim());
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  // ("Division of Labor": "of" inside a term, never at its ends)
  const ofInside = (w: string, i: number) => w.toLowerCase() === "of" && i > 0 && i < words.length - 1;
  if (words.some((w, i) => NOT_TERM_WORD.test(w) && !ofInside(w, i))) return null;
  const last = words[words.length - 1]!.toLowerCase();
  const one = singular(last);
  const lastForms = [...new Set([last, one, one + "s", one.replace(/y$/, "ies")])].map(escapeRegExp).join("|");
  const head = words.slice(0, -1).map(escapeRegExp);
  return new RegExp(`^(?:(an?|the)\\s+)?(${[...head, `(?:${lastForms})`].join("\\s+")})(?=[\\s,])`, "iu");
}

/** The token that starts at or after `at` (sentence offsets). */
function tokenAt(toks: Tok[], s0: number, at: number): number {
  let k = 0;
  while (k < toks.length && toks[k]!.s - s0 < at) k++;
  return k;
}

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const LOWER_WORD = /^\p{Ll}+$/u;

/** a copula and a participle: "are issued by", "is based on", "is characterized by" (not a naming: "is called") */
const PASSIVE_AUX = /^(?:is|are)$/i;
const NAMING_PARTICIPLE =
  /^(?:called|known|termed|named|defined|referred|considered|seen|thought|regarded|said|given)$/i;

/**
 * The verb that follows the term at token k: a present-tense verb of its own agreeing with the term ("ratios measure",
 * "segmentation uses"; not "measured", "using"), or a copula with a participle ("are issued by"); the offset of the
 * predicate in the sentence, or -1.
 */
function predicateAt(s: ConceptSentence, k: number, plural: boolean, isVerb: (w: string) => boolean): number {
  if (s.toks[k] && HEDGE.test(s.toks[k]!.v)) k++;
  const verb = s.toks[k];
  if (!verb || EMPTY_VERB.test(verb.v) || !LOWER_WORD.test(verb.v)) return -1;
  if (PASSIVE_AUX.test(verb.v) && (verb.v === "are") === plural) {
    const j = s.toks[k + 1]?.pos === "ADV" ? k + 2 : k + 1;
    const part = s.toks[j];
    const participle = !!part && part.pos === "VERB" && /(?:ed|en|t)$/.test(part.v) && !NAMING_PARTICIPLE.test(part.v);
    return participle ? verb.s - s.start : -1;
  }
  // ("Liquidity ratios measure the firm's …": a verb after a plural subject is often tagged as a noun; the lexicon knows
  // it as a verb, and an object's determiner or a "how" follows it)
  const taggedNoun = verb.pos === "NOUN" && isVerb(verb.v) && OBJECT_START.test(s.toks[k + 1]?.pos ?? "");
  if (verb.pos !== "VERB" && !taggedNoun) return -1;
  if (/(?:ed|ing)$/.test(verb.v) || plural === /[^s]s$/.test(verb.v)) return -1;
  return verb.s - s.start;
}

/** "In a joint venture, two or more companies form …": the term sets the scene of a clause of the present */
const SETTING = /^In\s+(an?|the)\s+$/i;

/**
 * "Liquidity Ratios" over "Liquidity ratios measure the firm's ability to pay …": the term opens the sentence and a
 * verb of its own follows (not a copula with a noun, which sentence.ts reads as a definition, nor a verb of being or
 * having), or the sentence opens "In a joint venture, …"; null where the sentence is no such opening. (A sentence some
 * reader asked is not asked again: ConceptCollector.build.)
 */
export function headingLead(heading: string, s: ConceptSentence, isVerb: (w: string) => boolean): HeadingLead | null {
  const re = headingPattern(heading);
  const setting = /^In\s+/i.test(s.text);
  const m = re?.exec(setting ? s.text.slice(3) : s.text);
  if (!m) return null;
  const at = setting ? 3 : 0;
  const term: Phrase = { text: m[2]!, a: at + m[0].indexOf(m[2]!), b: at + m[0].indexOf(m[2]!) + m[2]!.length };
  const low = term.text.toLowerCase();
  const stated = statedOf(s);
  if (setting) {
    // "In a joint venture, two or more companies form …" (the article is the sentence's own: "In a", "In the")
    if (!SETTING.test(s.text.slice(0, term.a)) || s.text.charAt(term.b) !== ",") return null;
    return { s: stated, term, det: m[1] ?? "", verbAt: -1 };
  }
  const last = low.split(/\s+/).pop()!;
  const verbAt = predicateAt(s, tokenAt(s.toks, s.start, m[0].length), singular(last) !== last, isVerb);
  return verbAt < 0 ? null : { s: stated, term, det: m[1] ?? "", verbAt };
}

/** a figure's reference or an in-text citation: "(see b)", "(Irwin 1975)" */
const APPARATUS = /\((?:see\b|[\p{Lu}][\p{L}-]+(?: et al\.)?,? \d{4}\))/u;

/** The sentence from `from` to its end (or to a semicolon, a colon or a dash that opens another clause). */
function restOf(text: string, from: number): string {
  return text
    .slice(from)
    .split(/;|:\s|\s[—–]\s|—/)[0]!
    .replace(/[\s,.;:]+$/, "");
}

/**
 * "_____ measure how well a firm uses its assets." -> activity ratios; "In a(n) _____, two or more companies form an
 * alliance …" -> joint venture
 */
export function headingLeadItem(ctx: ConceptBuildCtx, lead: HeadingLead): ConceptItem | null {
  const info = ctx.inv.get(lead.term.text);
  if (!info) return null;
  const text = lead.s.text;
  const clause = restOf(text, lead.verbAt < 0 ? lead.term.b + 1 : lead.verbAt).trim();
  const n = clause.split(/\s+/).length;
  if (n < 5 || n > 32 || leansOnContext(clause) || APPARATUS.test(clause)) return null;
  const prompt =
    lead.verbAt < 0
      ? `In ${lead.det.toLowerCase() === "the" ? "the" : "a(n)"} ${BLANK}, ${clause}.`
      : functionCloze(lead.det, clause);
  const it = finish(ctx, lead.s, "cloze", prompt, surface(lead.term.text, info), undefined, "function", info);
  if (it) it.term = info.key;
  return it;
}
