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
