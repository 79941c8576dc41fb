// Names the document writes in one paragraph only: the firm, the place, the people or the person of an example. An
// answer that is such a name, other than the term the item teaches, asks about the example, not the subject: "What is
// another name for student ambassadors?" -> Marketeers (one firm's word), "In the United States, what is the largest
// private employer?" -> Walmart, "What is WhatsApp?" -> "an … app owned by Meta Platforms". Kept ratings accepted 35%
// of such answers against 75% of items without a passing name (pAG-pAX, current engine). In a prompt the same test
// also caught the content of history and government sections (Plessy v. Ferguson, the Puritans, the hajj), where
// names are the subject: prompts are left alone.
import { DEMONYM_SUFFIX, MONTH_NAMES, WEEKDAYS } from "../lexicon";

/** a capitalised word or run of them inside a sentence (after a lower-case word or a comma), not its first word */
const INNER_NAME = /(?<=[\p{Ll},;:]\s)\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+)*(?![\p{L}\d])/gu;
/** peoples' and languages' adjectives that DEMONYM_SUFFIX does not end: no example's name ("Latin names") */
const PEOPLES_WORD = /^(?:Latin|French|Greek|Dutch|English|Thai|Swiss)$/;
/** a people's or a language's adjective, a month or a day ("In May"): no example's name */
function notAName(name: string): boolean {
  return PEOPLES_WORD.test(name) || MONTH_NAMES.includes(name) || WEEKDAYS.has(name.toLowerCase());
}
/**
 * "Anthropologist Arnold van Gennep identified three stages …", "Julian Steward developed an approach called _____": a
 * person credited with the term belongs to it
 */
const CREDITED =
  /\b(?:identified|developed|coined|proposed|introduced|devised|formulated|pioneered|used the term|named it)\b/;

/** The paragraph of `text` around `at`, as [start, end). */
function paragraphAt(text: string, at: number): [number, number] {
  const a = text.lastIndexOf("\n\n", at);
  const b = text.indexOf("\n\n", at);
  return [a < 0 ? 0 : a + 2, b < 0 ? text.length : b];
}

/** The name (or its first word) stands nowhere in the text outside [a, b). */
function onlyWithin(text: string, name: string, a: number, b: number): boolean {
  const first = name.split(/[\s-]/)[0]!;
  for (const w of first === name ? [name] : [name, first]) {
    if (a - w.length >= 0 && text.lastIndexOf(w, a - w.length) >= 0) return false;
    if (text.indexOf(w, b) >= 0) return false;
  }
  return true;
}

/**
 * `asked` (an item's answer) holds a name its sentence's paragraph alone writes in `text` (the document), other than
 * the item's own term (`term`, a name taught as such: "the Commerce Clause"), a credited person's (`sentence` credits
 * the term: see CREDITED) and a word in common use (`common`: "the Earth’s atmosphere").
 */
export function leansOnPassingName(
  text: string,
  at: number,
  sentence: string,
  asked: string,
  term: string,
  common: (word: string) => boolean = () => false,
): boolean {
  // (every name starts with a capital: most answers hold none, and the paragraph is not read for them)
  if (!/\p{Lu}/u.test(asked) || CREDITED.test(sentence)) return false;
  const [a, b] = paragraphAt(text, at);
  // (a text of one paragraph, or one that is most of it, has no paragraph of its own for an example)
  if (2 * (b - a) > text.length) return false;
  const para = text.slice(a, b);
  for (const [written] of para.matchAll(INNER_NAME)) {
    // ("Foucault’s biopolitics": the name without its possessive)
    const name = written.replace(/['’]s?$/, "");
    if (notAName(name) || (!name.includes(" ") && (DEMONYM_SUFFIX.test(name) || common(name)))) continue;
    if (!asked.includes(name) || term.includes(name)) continue;
    if (onlyWithin(text, name, a, b)) return true;
  }
  return false;
}
