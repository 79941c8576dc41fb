// Words people say every day, by how often film subtitles say them (the lexicon's optional `spoken` counts, per 51
// million words): a blank or a gloss made of them is guessed, not learned.
import { isStop, singular } from "./np";
import type { Lexicon } from "./lexical";

/** how often a word must be spoken to be everyday English: "soap" 775, "laser" 433, "mayonnaise" 115; "enzyme" 54,
 * "neurons" 51, "anemia" 35, "ion" 20 are not */
const EVERYDAY_SPOKEN = 100;
/** how often each word of a short gloss must be spoken to make it one anyone knows */
const GLOSS_EVERYDAY_SPOKEN = 250;

/** How often a lower-case word is spoken, as written or in the singular ("lasers" counts as "laser"). */
function spokenCount(w: string, spoken: NonNullable<Lexicon["spoken"]>): number {
  return Math.max(spoken(w), spoken(singular(w)));
}

/** A written word this frequent in general English (WordNet's tagged counts: "water", "law") is no answer to learn. */
const COMMON_ANSWER = 60;

/**
 * A one-word answer everyone knows ("water", "laws", "elections"): a plural is counted as its singular, which is what
 * the lexicon counts.
 */
export function commonWordAnswer(answer: string, lexicon: Pick<Lexicon, "frequency">): boolean {
  return /^\p{L}+$/u.test(answer) && lexicon.frequency(singular(answer.toLowerCase())) >= COMMON_ANSWER;
}

/** A one-word phrase people say often ("soap", "lasers", "milk"): as a blank it is guessed, not recalled. */
export function everydayWord(phrase: string, lexicon: Pick<Lexicon, "spoken">): boolean {
  if (!lexicon.spoken || /\s/.test(phrase)) return false;
  return spokenCount(phrase.toLowerCase(), lexicon.spoken) >= EVERYDAY_SPOKEN;
}

/**
 * A gloss of a few everyday words ("a general increase in price levels", "a measure of the size of an economy", "a
 * tool that can help us be better decision makers"): it fits many terms, or its everyday term is known without study.
 */
export function everydayGloss(gloss: string, lexicon: Pick<Lexicon, "spoken">): boolean {
  const spoken = lexicon.spoken;
  if (!spoken) return false;
  const words = (gloss.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !isStop(w));
  // (said very often: "price" 2,722, "economy" 296; "punishments for violating norms" is a sociologist's gloss,
  // "violating" 114)
  return words.length > 0 && words.length <= 4 && words.every((w) => spokenCount(w, spoken) >= GLOSS_EVERYDAY_SPOKEN);
}
