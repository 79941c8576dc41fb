// Definitions written the other way round: the subject describes, the predicate names ("An atom that has an electrical
// charge is an ion.").
import type { Tok } from "../read/nlp";
import { headOf, isStop, tokAt } from "./np";
import { phraseAt, termOk } from "./phrase";
import type { ConceptCandidate } from "./types";
import { make } from "./definitions";

/**
 * The definition written the other way round: "An atom that has an electrical charge is an ion.", "Cells that carry
 * oxygen are called red blood cells." The subject describes (a head noun and its clause), the predicate names: a
 * short noun phrase that ends the sentence.
 */
const REVERSE =
  /^((?:An?|The)\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+(?:that|which|who|whose|with|in which|where)\s+.{8,200}?[^,](?:\s+|\s*[—–]\s*)(?:is|are)\s+(?:called\s+|known\s+as\s+|termed\s+)?(?:(an?|the)\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\.$/u;

export function reverseDefinition(text: string, s0: number, toks: Tok[]): ConceptCandidate | null {
  // (a cheap look first: a relative word early on and "is"/"are" near the end)
  const opening = text.slice(0, 60);
  if (!/ (?:that|which|who|whose|with|where) /.test(opening) || !/(?:is|are) /.test(text.slice(-70))) return null;
  const m = REVERSE.exec(text);
  if (!m) return null;
  const term = m[4]!;
  // the name is a noun ("… are contradictory" describes)
  const last = toks[tokAt(toks, s0 + text.length - 1) - 1];
  if (!last || !(last.pos === "NOUN" || last.pos === "PROPN")) return null;
  // the describing subject must be a thing with a head noun, the term no adjective or pronoun ("… is important")
  const genus = headOf(m[2]!);
  const words = m[2]!.split(/\s+/);
  // "An additional area that … is the internal audit staff": one more of something said before, no definition
  if (/^(?:additional|other|another|further|second|third|next|last|final)$/i.test(words[0]!)) return null;
  if (words.some((w) => isStop(w)) || (!m[1] && !/s$/.test(words[words.length - 1]!))) return null;
  if (!genus || !termOk(term) || /^(?:one|this|that|it|them|true|false|possible|necessary|likely|known)$/i.test(term))
    return null;
  if (/(?:ly|ful|ous|ive|able|ible|ic|al|ed)$/i.test(term) && !term.includes(" ")) return null;
  // "Two giant bubbles that … are emitting gamma rays": a verb in -ing after "is"/"are" is what the subject does
  if (!m[3] && /^\p{Ll}{3,}ing\s/u.test(term)) return null;
  const a = text.length - 1 - term.length;
  const cut = m[0].lastIndexOf(" " + (m[3] ? m[3] + " " : "") + term + ".");
  const head = text.slice(0, cut).replace(/(?:\s+|\s*[—–]\s*)(?:is|are)(?:\s+(?:called|known\s+as|termed))?$/, "");
  const gloss = phraseAt(text, 0, head.length);
  gloss.text = gloss.text.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  if (gloss.text.split(/\s+/).length < 5 || new RegExp(`\\b${headOf(term)}`, "i").test(gloss.text)) return null;
  return make("definition", { text: term, a, b: a + term.length }, gloss, genus.toLowerCase(), false);
}

/**
 * A part named after its description: "The upper margin of the anterior orbit is the supraorbital margin.", "The
 * rounded depression in the floor of the sella turcica is the hypophyseal fossa." The subject is a definite part or
 * place of something ("the upper margin of …"), the predicate a short name that ends the sentence (or a clause after
 * it).
 */
const PART_NAMED =
  /^The\s+((?:[\p{Ll}-]+,?\s+){0,3}[\p{Ll}-]+)\s+(?:of|in|on|at|between|along|around|within|near)\s+[^,;:()]{4,120}?\s+(?:is|are)\s+the\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)(?=(?:,\s+which\b[^.]*)?\.$)/u;
/** the parts and places a body, a structure or a system has: the heads of a part's description */
const PART_HEAD =
  /^(?:margin|border|edge|surface|end|tip|part|portion|region|area|layer|wall|space|opening|depression|groove|ridge|projection|process|notch|cavity|chamber|lining|boundary|junction|point|branch|segment|base|apex|floor|roof|side)$/;

const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|sixth|last|final|next|other|main|major|primary|chief)$/;

export function partNamed(text: string, s0: number, toks: Tok[]): ConceptCandidate | null {
  if (!text.startsWith("The ") || !/ (?:is|are) the /.test(text)) return null;
  const m = PART_NAMED.exec(text);
  if (!m) return null;
  const words = m[1]!.replace(/,/g, "").split(/\s+/);
  const head = words[words.length - 1]!;
  // ("The third branch of the U.S. government is the judicial system": a rank in a list is asked as such elsewhere)
  if (!PART_HEAD.test(head) || words.some((w) => ORDINAL_WORD.test(w))) return null;
  const term = m[2]!;
  // ("The outer edge of the cell is the most …": a superlative or a bare adjective is no name)
  if (!termOk(term) || /^(?:most|least|same|only|first|last|main|primary|largest|smallest)\b/.test(term)) return null;
  const a = m[0].length - term.length;
  const last = toks[tokAt(toks, s0 + a + term.length) - 1];
  if (!last || !(last.pos === "NOUN" || last.pos === "PROPN")) return null;
  // the description ends before "is the <name>"
  const named = m[0].lastIndexOf(" the " + term);
  const cut = named - (m[0].slice(0, named).match(/\s+(?:is|are)$/)?.[0].length ?? 0);
  const gloss = phraseAt(text, 0, cut);
  gloss.text = gloss.text.replace(/^The/, "the");
  return make("definition", { text: term, a, b: a + term.length }, gloss, head, false, "part");
}
