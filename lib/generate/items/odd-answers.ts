// Answers that are no name of a thing: what it is to another ("the basis of …"), a step's number or a pointer ("step
// 3", "doing so"), or a formula's symbol cut loose ("equal wfl"). The lint refuses them as answers; the concept family
// refuses them as terms, so that a card does not turn round and ask "What is equal wfl?".
import { SEQUENCE_PLACE } from "./figure-talk";

/**
 * "theoretical basis of atomic spectroscopy", "best source of keywords": what a thing is to another (its basis, its
 * source), no name of it (kept blind ratings: "not a term", "the question is inverted")
 */
const ROLE_ANSWER =
  /^(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+)?(?:basis|source|foundation|cornerstone|backbone|hallmark|centerpiece|heart|essence)\s+of\s/iu;
/** a word of two to four consonants ("wfl" of "equal wfl", "ml, ms"): a symbol of a formula the text lost, or a unit */
const CONSONANTS = /(?:^|[^\p{L}\p{N}])([b-df-hj-np-tv-xz]{2,4})(?![\p{L}\p{N}])/gu;
const UNIT =
  /^(?:cm|mm|km|nm|kg|mg|ml|dl|hz|khz|mhz|ghz|kpa|kcal|kj|kw|kwh|mw|gw|ms|ns|pm|lb|lbs|ft|pt|qt|yd|mph|bp|kb|kbp|hr|hrs)$/;
/** The answer holds a word of consonants that is no unit after a number (nor "sp"): a formula's symbol cut loose. */
export function symbolWord(answer: string): boolean {
  for (const m of answer.matchAll(CONSONANTS)) {
    // ("sp orbitals": the chemist's name of a hybrid)
    if (m[1] === "sp") continue;
    const before = answer.slice(0, m.index + m[0].length - m[1]!.length);
    if (!UNIT.test(m[1]!) || !/\d\s*$/.test(before)) return true;
  }
  return false;
}

/** "step 3", "rule 2", "doing so", "this": a place in a sequence or a word that points back, no name of a thing */
const POINTER_ANSWER = new RegExp(
  `^(?:(?:the\\s+)?${SEQUENCE_PLACE}|doing so|so doing|this|that|these|those|it|they|them|such)$`,
  "i",
);

/**
 * The phrase names no thing: it says what a thing is to another (its basis, its source) in at most six words, or it
 * is a place in a sequence or a word that points back.
 */
export function roleAnswer(t: string): boolean {
  return (ROLE_ANSWER.test(t) && t.split(/\s+/).length <= 6) || POINTER_ANSWER.test(t.trim());
}
