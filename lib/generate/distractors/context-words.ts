// The content word before a name ("president" in "the president Tokayev"): a wrong option seen elsewhere after the
// same word could also be true ("also true" check). Keys are recorded while reading and consulted for options.
import type { Tok } from "../read/nlp";
import { EN_STOPWORDS } from "../lexicon";

const isLetterCode = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);

/** The last non-stopword among the (up to) four words before position `at` of `t`; a char loop, no regex. */
export function prevContentWordAt(t: string, at: number): string {
  let i = at;
  for (let w = 0; w < 4; w++) {
    while (i > 0 && !isLetterCode(t.charCodeAt(i - 1))) i--;
    if (i <= 0) return "";
    const e = i;
    while (i > 0 && isLetterCode(t.charCodeAt(i - 1))) i--;
    const word = t.slice(i, e).toLowerCase();
    if (!EN_STOPWORDS.has(word)) return word;
  }
  return "";
}

/** The last non-stopword among the (up to) four tokens before token i. */
export function prevContentWord(toks: Tok[], i: number): string {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const w = toks[k]!.low;
    if (/^[a-z]+$/.test(w) && !EN_STOPWORDS.has(w)) return w;
  }
  return "";
}

/**
 * The "also true" keys of a corpus: which names were seen after which content word. A map from the word to its
 * names (the word is lower-case letters only) instead of a set of joined "word>name" strings: no string is built
 * and hashed per mention.
 */
export class ContextKeys {
  private readonly names = new Map<string, Set<string>>();
  /** number of (word, name) pairs */
  size = 0;

  add(word: string, name: string): void {
    let set = this.names.get(word);
    if (set === undefined) {
      set = new Set<string>();
      this.names.set(word, set);
    }
    // (one probe of the set, not a test and an add: its size tells whether the name was new)
    const before = set.size;
    set.add(name);
    this.size += set.size - before;
  }

  /** Was `name` seen right after `word`? */
  has(word: string, name: string): boolean {
    const set = this.names.get(word);
    return set !== undefined && set.has(name);
  }
}
