// An answer that opens on the kind of thing it is ("the process of differentiation", "the field of transcriptomics", "a
// state of leptin resistance"), and a "term for" whose description is a state ("What is the term for having the
// highest risk …?"): the kind is no part of the term, and a state is no thing a term names. Kept blind ratings accepted
// none of 22 answers of the first kind and none of the second's questions.
import { BLANK, indefinite } from "./prompt";
import type { ItemType } from "../types";

const KIND_OF = /^(?:state|field|process|condition|phenomenon|area|practice|science|study)\s+of\s+(?=\S)/i;
/** the blank with the article before it ("the _____", "a(n) _____", "an _____") */
const ARTICLE_BLANK = new RegExp(String.raw`\b(the|a\(n\)|an?)\s+${BLANK}`, "i");

/**
 * The prompt and answer with the kind word out of a term answer: a blank keeps it in its sentence ("Development
 * includes the process of _____, in which …" → differentiation), a card asks for the term alone; null where it cannot
 * (options built for the whole phrase, a blank with no article before it).
 */
export function withoutKindWord(
  type: ItemType,
  prompt: string,
  answer: string,
  options: string[] | undefined,
): { prompt: string; answer: string } | null {
  const m = KIND_OF.exec(answer);
  if (!m) return { prompt, answer };
  const rest = answer.slice(m[0].length);
  if (options) return null;
  if (type !== "cloze") return { prompt, answer: rest };
  const a = ARTICLE_BLANK.exec(prompt);
  if (!a) return null;
  const kind = m[0].trim().toLowerCase();
  const article = a[1]!.toLowerCase() === "the" ? "the" : indefinite(kind).trim();
  const written = /^\p{Lu}/u.test(a[1]!) ? article.charAt(0).toUpperCase() + article.slice(1) : article;
  return { prompt: prompt.replace(ARTICLE_BLANK, `${written} ${kind} ${BLANK}`), answer: rest };
}

/** "What is the term for having the highest risk …?", "… for being the lengths between …?" */
const TERM_FOR_STATE = /(?:^|:\s)What (?:is|are) the term for (?:having|being)\s/;

/** A "term for" whose description is a state ("having …", "being …"): a term names a thing, not a state of one. */
export function termForAState(prompt: string): boolean {
  return TERM_FOR_STATE.test(prompt);
}

/**
 * "The basic structures of the urinary tract are common in males and females" -> "_____." answered "common in males and
 * females"; "In 2017, the first year graduates were eligible for the PSLF program" -> "who were …?" answered "eligible
 * for …": an adjective with its preposition says what the subject is like, not what or who it is.
 */
const PREDICATE_ADJECTIVE =
  /^(?:eligible|responsible|able|unable|likely|unlikely|available|necessary|common|similar|different|subject|due|essential|important|critical|crucial|useful|capable|aware|prone|susceptible|resistant|sensitive|vulnerable|free|equal|equivalent|identical|related|relevant|specific|unique|present|absent|typical|characteristic|native|central|vital|abundant|rare|dependent|independent|consistent|compatible|comparable|separate|distinct)\s+(?:for|to|in|of|from|with|on|at|among|between)\s/i;

/** An answer of a list or a rank that is a property of its subject ("common in males and females"). */
export function predicateAnswer(answer: string): boolean {
  return PREDICATE_ADJECTIVE.test(answer);
}
