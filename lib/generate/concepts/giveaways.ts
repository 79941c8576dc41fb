// What gives a blank away without the text: the sentence names the other half of a pair the blank belongs to.
import { isStop } from "./np";

const CONTRAST = /\b(?:whereas|while|unlike|rather than|in contrast|opposing|opposite|as opposed to|but not)\b/i;
/** modifiers that come in known pairs or series */
const PAIRS = [
  "alpha beta gamma delta",
  "first second third fourth",
  "primary secondary tertiary quaternary",
  "upper lower",
  "left right",
  "inner outer middle",
  "anterior posterior",
  "superior inferior",
  "medial lateral",
  "internal external",
  "positive negative",
  "major minor",
  "greater lesser",
  "short long",
  "dorsal ventral",
  "afferent efferent",
  "north south east west northern southern eastern western",
  "low moderate high medium intermediate",
  "open closed isolated",
  "weak strong",
  "small large",
  "early late",
].map((p) => new Set(p.split(" ")));
/**
 * "two of which are called alpha chains and two of which are called _____", "sucrose, commonly referred to as _____;
 * lactose, or milk sugar; …": names given side by side are a pair (or a set) as much as a contrast is
 */
const NAMING_CUE = /\b(?:called|known as|referred to as|termed)\s|,\s+or\s/gi;

/**
 * A blank its contrast gives away: "… by _____, whereas hard tissues, such as bone, …" (soft tissues), "Abduction moves
 * the limb away …, while _____ is the opposing movement" (adduction): the sentence names the other half of the pair.
 */
export function contrastGivesAway(text: string, answer: string): boolean {
  if (prefixedTwin(text, answer)) return true;
  const contrast = CONTRAST.test(text);
  // (names given side by side give each other away only as a known pair: "alpha chains" and "beta chains", not "the
  // Coercive Acts" and "the Intolerable Acts")
  if (!contrast && (text.match(NAMING_CUE) ?? []).length < 2) return false;
  const words = answer.toLowerCase().split(/\s+/);
  const others = (text.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []).filter((w) => !words.includes(w));
  const head = words[words.length - 1]!;
  // "soft tissues" beside "hard tissues": the same head with another modifier
  const rest = text.replace(answer, " ").toLowerCase();
  const modifiers = [...rest.matchAll(/(\p{L}+)\s+(?=(\p{L}[\p{L}-]*))/gu)]
    .filter((x) => x[2] === head)
    .map((x) => x[1]!);
  const paired = (w: string) => contrast || PAIRS.some((p) => p.has(w) && p.has(words[0]!));
  if (words.length === 2 && modifiers.some((w) => w !== words[0] && !isStop(w) && paired(w))) return true;
  if (!contrast) return false;
  // "adduction" beside "abduction", "retraction" beside "protraction": one word that differs only in its first letters
  return (
    words.length === 1 &&
    head.length >= 7 &&
    others.some((w) => sharedEnd(w, head) >= Math.max(w.length, head.length) - 3)
  );
}

/**
 * "The tectospinal tract projects from the midbrain to the _____" (spinal cord): a compound word of the sentence, one
 * no dictionary lists, ends in the answer's first word, so the blank is read off the sentence ("contraction" beside
 * "action potential" is a word of its own).
 */
export function compoundGivesAway(text: string, answer: string, unknown: (w: string) => boolean): boolean {
  const first = /^\p{L}{5,}/u.exec(answer.toLowerCase())?.[0];
  if (!first) return false;
  const rest =
    text
      .replace(answer, " ")
      .toLowerCase()
      .match(/\p{L}{8,}/gu) ?? [];
  return rest.some((w) => w !== first && w.endsWith(first) && unknown(w));
}

function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * "each called a carpal bone, and … five bones, each called a(n) _____" (metacarpal bone): the same head with a
 * modifier that the answer's holds or that holds the answer's, with or without a contrast word
 */
function prefixedTwin(text: string, answer: string): boolean {
  const words = answer.toLowerCase().split(/\s+/);
  if (words.length !== 2 || words[0]!.length < 4) return false;
  const [mod, head] = words as [string, string];
  const rest = text.replace(answer, " ").toLowerCase();
  for (const x of rest.matchAll(/(\p{L}+)\s+(?=(\p{L}+))/gu)) {
    const m = x[1]!;
    if (x[2] === head && m !== mod && m.length >= 4 && (m.endsWith(mod) || mod.endsWith(m))) return true;
  }
  return false;
}

/**
 * "molecules of adenosine triphosphate, better known as _____" (ATP): an abbreviation whose letters the initials of
 * words the sentence spells out start (in order, "A", "T" of "ATP") is read off the sentence
 */
export function initialsGiveAway(text: string, answer: string): boolean {
  if (!/^\p{Lu}[\p{Lu}\d]{1,5}s?$/u.test(answer)) return false;
  const letters = answer.replace(/s$/, "").replace(/\d/g, "").toUpperCase();
  if (letters.length < 2) return false;
  const ws = text.split(/[\s,;:()]+/).filter((w) => /^\p{L}/u.test(w) && !isStop(w.toLowerCase()));
  for (let i = 0; i + 1 < ws.length; i++) {
    if (ws[i]!.charAt(0).toUpperCase() !== letters[0] || ws[i] === answer) continue;
    // two or more words in a row whose initials are letters of the abbreviation, in its order
    let k = 1;
    let j = i + 1;
    while (j < ws.length && k < letters.length) {
      const at = letters.indexOf(ws[j]!.charAt(0).toUpperCase(), k);
      if (at < 0) break;
      k = at + 1;
      j++;
    }
    if (j - i >= 2 && j - i >= letters.length - 1) return true;
  }
  return false;
}

/** short words that tell no name apart: articles, prepositions, pronouns, forms of "be" */
const NOT_TELLING = new Set(
  "the a an of and or in on to for with by as at from is are was were be its their his her this that these those which who".split(
    " ",
  ),
);
const tellingWords = (s: string) =>
  (s.toLowerCase().match(/[a-z][a-z-]+/g) ?? []).filter((w) => w.length >= 3 && !NOT_TELLING.has(w));
/** a word as its first five letters: "income" and "incomes", "sales" and "sales" meet; "sold" and "sales" do not */
const rootOf = (w: string) => w.slice(0, 5);

/** how many words of `text` have `root` as their root */
function rootCount(text: string, root: string): number {
  const re = new RegExp(`(?<![a-z-])${root}${root.length < 5 ? "(?![a-z])" : ""}`, "gi");
  return text.match(re)?.length ?? 0;
}

/** a modifier the document uses this often or more is its topic ("sleep" of "sleep spindles" in a section on sleep) */
const TOPIC_WORD = 6;

/**
 * "_____ are based on the income received by businesses" (income taxes), "… this baby boom resulted in the cohort known
 * as the _____" (baby boomers): the blank's modifier is written in the stem, the head is left to guess, and the
 * modifier is no word the document keeps using, so the stem spells out what tells the name apart. Blind raters
 * accepted 3 of 46 such blanks (17 items over the kept ratings of 019s-019zc: "met in Ostend" -> Ostend Manifesto, "a
 * clot that lodges in the pulmonary vessels" -> pulmonary embolism). Where the document keeps using the modifier it is
 * the topic, not a cue ("… brief bursts of activity known as _____" -> sleep spindles in a section on sleep: 55% of
 * 253). A list's blank is not one (its members share the class the stem names).
 */
export function modifierGivenAway(prompt: string, answer: string, text: string): boolean {
  const words = tellingWords(answer);
  if (words.length < 2) return false;
  const stem = new Set(tellingWords(prompt.replace(/_{3,}/g, " ")).map(rootOf));
  const head = words[words.length - 1]!;
  if (stem.has(rootOf(head))) return false;
  return words.slice(0, -1).some((w) => stem.has(rootOf(w)) && rootCount(text, rootOf(w)) < TOPIC_WORD);
}

/** four letters that open many unrelated words ("transport", "transcription"): no echo of one word in another */
const COMMON_OPENING = /^(?:inte|tran|cont|comp|conf|cons|conv|subs|supe|unde|over|proc|prod|disc|dist)/;
const WORDS = /\p{L}{4,}/gu;

/**
 * "a species containing a positively charged, divalent halogen" (`text`, a gloss) -> halonium ion: a word of the
 * answer (its head aside) opens as a word of the gloss does, so among options the answer stands out ("enamine" ->
 * Stork enamine reaction, "thiol" -> thiolate ion). Kept blind ratings accepted 8 of 37 such multiple-choice items,
 * and 238 of 316 such "What is the term for …?" cards.
 */
export function answerEchoed(text: string, answer: string): boolean {
  const ws = answer.toLowerCase().match(WORDS) ?? [];
  const telling = ws.length > 1 ? ws.slice(0, -1) : ws;
  const openings = new Set(telling.map((w) => w.slice(0, 4)).filter((o) => !COMMON_OPENING.test(o)));
  return (text.toLowerCase().match(WORDS) ?? []).some((w) => openings.has(w.slice(0, 4)));
}
