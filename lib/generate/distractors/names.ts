// Names a reader would not take for a person's or a body's wrong option: a name the recogniser misread (a title
// inside it, two sentences run together, the tail of a longer name) and the key written another way.
import { isStop } from "../concepts/np";

/** a regnal number and the next sentence's first word read as one name: "Henry VIII. Promoters" ("James I." could be
 * an initial) */
const NUMERAL_RUN_ON = /\b(?:II|III|IV|VI|VII|VIII)\.(?:\s|$)/;
/** a particle, an initial or a suffix: what a long name holds ("Henry T. P. Comstock", "Martin Luther King Jr.") */
const NAME_PART = /^(?:\p{Lu}\.|de|da|del|della|van|von|der|la|le|bin|ibn|al|Jr\.?|Sr\.?|II|III|IV)$/u;
/** titles and ranks written before a name */
const TITLE_WORD =
  /^(?:Mr|Mrs|Ms|Dr|President|Vice|Chief|Justice|Senator|Representative|Congressman|Congresswoman|Governor|King|Queen|Emperor|Pope|General|Colonel|Major|Captain|Admiral|Lieutenant|Sergeant|Secretary|Prime|Minister|Judge|Reverend|Father|Sister|Saint|Sir|Lord|Chairman|Speaker|Mayor|Senior|Junior)\.?$/;

/** "Smith and Jones": a capitalised word after "and" or "&" */
const AND_CAPITAL = /\s(?:and|&)\s+\p{Lu}/u;
/** "… Edward I. Wilson": a regnal numeral run on into the next name (needs "I.": tested only where it occurs) */
const NUMERAL_I_RUN_ON = /\bI\.\s+(\p{Lu}\p{Ll}+)$/u;

/**
 * A name the recogniser misread, no wrong option: a title inside it ("Virginia Representative James Madison"), two
 * sentences run together ("James I. Promoters"), four full words and no initial ("Billy Bush Access Hollywood", a
 * name and a show), two bodies joined by "and" ("Brooklyn College and Columbia University"), or the tail of a longer
 * name the text never writes alone ("Bird Johnson" of Lady Bird Johnson, "James Version" of the King James Version,
 * "the Treasury Henry Paulson"; a capitalised word that opens a sentence, "As George Washington", or ends a title,
 * "Secretary of State John Quincy Adams", does not count).
 */
export function misreadName(t: string, kind: string, text: string): boolean {
  const words = t.split(/\s+/);
  if (kind === "org")
    return AND_CAPITAL.test(t) && /^(?:[^,]*\b(?:University|College|Court|Congress|Company|Party|Board)\b){2}/.test(t);
  if (kind !== "person") return false;
  const runOn = t.includes("I.") ? NUMERAL_I_RUN_ON.exec(t) : null;
  if (runOn && new RegExp(`\\b${runOn[1]!.toLowerCase()}\\b`).test(text)) return true;
  if (NUMERAL_RUN_ON.test(t) || words.slice(1).some((w) => TITLE_WORD.test(w))) return true;
  if (words.length >= 4 && !words.some((w) => NAME_PART.test(w))) return true;
  return words.length >= 2 && nameTail(text, t);
}

/**
 * Every time the text writes `word` (not as the start of a longer word) the `window` characters before it pass
 * `follows`; false where the text never writes it.
 */
function alwaysAfter(text: string, word: string, window: number, follows: (before: string) => boolean): boolean {
  let seen = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (LETTER.test(text.charAt(i + word.length))) continue;
    seen++;
    if (!follows(text.slice(Math.max(0, i - window), i))) return false;
  }
  return seen > 0;
}

/** a capitalised word right before (module-level regexes: a \p{…} literal in a function body is a new RegExp per call
 * once esbuild lowers it) */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}.'’-]*\s$/u;
const LETTER = /\p{L}/u;
/** "the" or a capitalised word right before */
const THE_OR_CAPITALISED_BEFORE = /(?:^|\s)(\p{Lu}[\p{L}'’-]*|the)\s$/u;
/** "Secretary of State ", "Secretary of the Treasury ": a title's end right before */
const OF_TITLE_BEFORE = /\bof\s+(?:the\s+)?\S+\s$/;

/** Every time the text writes this word it follows another capitalised word: "Francisco" of San Francisco. */
export function tailOfName(text: string, word: string): boolean {
  return alwaysAfter(text, word, 30, (before) => CAPITALISED_BEFORE.test(before));
}

/** Every time the text writes `name` it follows "the" or a capitalised word that is no title. */
function nameTail(text: string, name: string): boolean {
  return alwaysAfter(text, name, 40, (before) => {
    const m = THE_OR_CAPITALISED_BEFORE.exec(before);
    if (!m) return false;
    if (m[1] === "the") return true;
    return !(TITLE_WORD.test(m[1]!) || isStop(m[1]!.toLowerCase()) || OF_TITLE_BEFORE.test(before));
  });
}

/** the short forms of given names a text may use for the same person */
const NICKNAMES: Record<string, string> = {
  Bill: "William",
  Will: "William",
  Bob: "Robert",
  Rob: "Robert",
  Jim: "James",
  Jimmy: "James",
  Joe: "Joseph",
  Tom: "Thomas",
  Dick: "Richard",
  Ted: "Edward",
  Ed: "Edward",
  Abe: "Abraham",
  Teddy: "Theodore",
  Jack: "John",
  Mike: "Michael",
  Dan: "Daniel",
  Ben: "Benjamin",
  Sam: "Samuel",
};
function givenName(w: string): string {
  return NICKNAMES[w] ?? w;
}
/**
 * "James Blaine" and "James G. Blaine", "Bill Clinton" and "William Jefferson Clinton": one person written twice; a
 * middle name written out tells a person apart ("John Adams", "John Quincy Adams")
 */
export function samePerson(a: string, b: string): boolean {
  const x = a.replace(/,?\s+(?:Jr|Sr)\.?$/, "").split(/\s+/);
  const y = b.replace(/,?\s+(?:Jr|Sr)\.?$/, "").split(/\s+/);
  if (x.length < 2 || y.length < 2 || x[x.length - 1] !== y[y.length - 1]) return false;
  if (givenName(x[0]!) !== givenName(y[0]!)) return false;
  const middle = (w: string[]) => w.slice(1, -1).some((m) => !/^\p{Lu}\.$/u.test(m));
  return x[0] !== y[0] || !(middle(x) || middle(y));
}
