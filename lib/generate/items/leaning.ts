// Prompts that lean on what the student does not see: a name blanked among the names it is listed with, and words that
// compare with what the text said before (holdout hA's flags: blind raters marked these vague).
import type { Item } from "../types";
import { ENTITY_KINDS } from "./forms";

/**
 * A name blanked beside another name it is listed with: "fought in the trenches of France and _____", "Britain, France,
 * and _____ were to share control …", "led by Venustiano Carranza, _____, and Pancho Villa": any member of the set fits
 * the blank as asked, and the other members name the set
 */
const NAME_MEMBER =
  /\p{Lu}[\p{L}.’'-]*,?\s+(?:and|or|nor)\s+(?:the\s+)?_{3,}|_{3,}(?:[’']s)?,?\s+(?:and|or|nor)\s+(?:the\s+)?\p{Lu}|\p{Lu}[\p{L}.’'-]*,\s+_{3,},/u;
/**
 * What each of NAME_MEMBER's patterns holds beside the blank: "and"/"or"/"nor" before or after it, or commas around it.
 * NAME_MEMBER, which starts at every capital letter of the prompt, runs only where this cheap test finds one (it
 * cost 5 µs a prompt).
 */
const MEMBER_SIGN = /\s(?:and|or|nor)\s+(?:the\s+)?_{3}|,\s+_{3,},|_(?:[’']s)?,?\s+(?:and|or|nor)\s/u;
/**
 * Words that compare with what the text said before: "is catching hold in the _____ as well", "have faced similar
 * forms of …", "expanded the government's role … even more", "In _____, for example, the Battle of Verdun began", "In
 * sum, …": the prompt asks about half of a comparison the student does not see
 */
const COMPARED_BACK =
  /\bas well(?!\s+as\b)|\bsimilar(?:ly)?\b(?!\s+to\b)|\beven (?:more|less|further)\b|,\s+for (?:example|instance),|^In (?:sum|short|brief),/i;
/**
 * "On February 27, who was the journalist …": a day without its year leans on the year the text gave before (the
 * student does not see it)
 */
const YEARLESS_DAY =
  /^(?:On|By|Since|Until|Before|After)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b(?![^.?!]*\b\d{4}\b)/;
/**
 * "What was the first one to be discovered?": "one" of a set the text named before (the constituents of the atom), which
 * the question never names
 */
const ONE_OF_NOTHING = /\bthe (?:first|second|third|last|next|other|final|only|latest|earliest) one\b(?!\s+of\b)/i;
/** "then First Lord of the _____" -> Admiralty: after "of the" a blank holds an office, a body or a place, not a person */
const OFFICE_BLANK = /\bof the\s+_{3,}/;

/**
 * The flaws of a prompt that leans on names or statements beside it ("member-blank", "compared-back", "yearless-day",
 * "one-of-nothing"), and a person's blank where the words before it ask for an office ("office-as-person").
 */
export function leaningFlaws(item: Item): string[] {
  const flaws: string[] = [];
  // (both blank patterns need a blank: a question without one is not scanned for them)
  const blank = item.prompt.includes("___");
  if (
    blank &&
    ENTITY_KINDS.has(item.kind) &&
    item.type !== "truefalse" &&
    MEMBER_SIGN.test(item.prompt) &&
    NAME_MEMBER.test(item.prompt)
  )
    flaws.push("member-blank");
  if (item.kind !== "term" && COMPARED_BACK.test(item.prompt)) flaws.push("compared-back");
  if (item.kind !== "term" && YEARLESS_DAY.test(item.prompt)) flaws.push("yearless-day");
  if (blank && item.kind === "person" && OFFICE_BLANK.test(item.prompt)) flaws.push("office-as-person");
  if (ONE_OF_NOTHING.test(item.prompt)) flaws.push("one-of-nothing");
  return flaws;
}
