// Names, dates and numbers a blank gives away or cuts: what blind raters of holdout pH flagged in history and
// government sections, where these items are asked most.
import type { Fact } from "../facts/fact";

/** "between 85 and _____", "from 10 to _____": the end of a range (often a round bound) is guessed from its start */
const RANGE_END = /\b(?:between|from)\s+[\d.,]+\s*(?:%|percent|per cent)?\s+(?:and|to)\s+$/i;

/** "Students for a _____" (Democratic Society): the blank is the tail of a name the words before it begin */
// (a capitalised word inside the sentence: "Members of the _____" at its start is no name)
const NAME_BEFORE = /[\p{L},]\s+\p{Lu}\p{L}+\s+(?:(?:for|of)\s+(?:(?:a|an|the)\s+)?|v\.\s+)$/u;

/** "Many were older, married women …": a sentence whose subject is a bare quantifier (many of whom?) */
const QUANTIFIER_SUBJECT = /^(?:Many|Most|Some|Few|Others|All|Both|Several) (?:were|are|was|is|had|have|did|do)\b/;

const QUANTIFIED_ANSWER = /^(?:Several|Many|Some|Most|Few|Other|Others|Both|All)\s/;
/** "such as Captain _____,": a rank or title inside a list of titles, right before the blank */
const TITLE_HALF = /\b(?:such as|like|including)\s+(?:Captain|Mister|Mr\.|Doctor|Dr\.|Uncle|Aunt|Lady|Sir)\s+$/;

/**
 * An entity fact whose blank or question a student cannot fairly answer: the end of a range, the tail of a name cut by
 * the blank ("Worcester v. _____"), or a sentence (or the one shown before it) whose subject is a bare quantifier.
 */
export function unfairEntityBlank(f: Fact): boolean {
  const before = f.sentText.slice(Math.max(0, f.aRel - 60), f.aRel);
  // "Several White Caps" (a quantifier is no part of a name); "shows such as Captain _____, Romper Room" (Kangaroo:
  // half a title, its first word left in the sentence)
  if (QUANTIFIED_ANSWER.test(f.answer) || (f.kind === "person" && TITLE_HALF.test(before))) return true;
  if ((f.kind === "number" || f.kind === "money") && RANGE_END.test(before)) return true;
  if (f.kind !== "date" && f.kind !== "number" && NAME_BEFORE.test(before)) return true;
  return QUANTIFIER_SUBJECT.test(f.ctxPrefix ?? f.sentText);
}
