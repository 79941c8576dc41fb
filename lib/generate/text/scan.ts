// Cheap string tests in place of regular expressions that scan the whole text for what only its end can hold
// (an end-anchored regex such as /\?["”’]?$/ is still tried at every position).

const QUESTION_MARK = 0x3f;
const SPACE = 0x20;
const QUOTE = 0x22;
const RIGHT_DOUBLE_QUOTE = 0x201d;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** Does `t` end with "?", optionally followed by one closing quotation mark (/\?["”’]?$/)? */
export function endsAsQuestion(t: string): boolean {
  const n = t.length;
  const last = t.charCodeAt(n - 1);
  if (last === QUESTION_MARK) return true;
  return (
    (last === QUOTE || last === RIGHT_DOUBLE_QUOTE || last === RIGHT_SINGLE_QUOTE) &&
    t.charCodeAt(n - 2) === QUESTION_MARK
  );
}

/** Is the code unit one of \s in a regular expression (ECMAScript white space and line terminators, what trim removes)? */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Is `needle` in `hay` with a space or an end of `hay` on each side ((" " + hay + " ").includes(" " + needle + " "))?
 * The same answer without building the two padded strings (the build phase asks this for every option and flaw).
 */
export function hasSpacedWords(hay: string, needle: string): boolean {
  if (!needle) return (" " + hay + " ").includes("  ");
  const n = needle.length;
  for (let p = hay.indexOf(needle); p >= 0; p = hay.indexOf(needle, p + 1)) {
    if ((p === 0 || hay.charCodeAt(p - 1) === SPACE) && (p + n === hay.length || hay.charCodeAt(p + n) === SPACE))
      return true;
  }
  return false;
}

/** Is `needle` in `hay` with a space right before and after it (hay.includes(" " + needle + " "))? */
export function hasBetweenSpaces(hay: string, needle: string): boolean {
  if (!needle) return hay.includes("  ");
  const n = needle.length;
  for (let p = hay.indexOf(needle, 1); p >= 0; p = hay.indexOf(needle, p + 1)) {
    if (hay.charCodeAt(p - 1) === SPACE && hay.charCodeAt(p + n) === SPACE) return true;
  }
  return false;
}

/** `s` as a literal inside a regular expression ("(autonomic" matches the bracket, not a group) */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Is a ".", "!" or "?" followed, after at most one quotation mark, by something other than a space, a line break or
 * the end? A capital or a blank glued to a stop (the item lint's GLUED_NOTE and RUN_ON) needs one; most prompts have
 * none, and this loop is cheaper than the Unicode regexes that would scan them to fail.
 */
export function stopBeforeWord(t: string): boolean {
  for (let i = 0; i < t.length - 1; i++) {
    const c = t.charCodeAt(i);
    if (c !== 0x2e && c !== 0x21 && c !== QUESTION_MARK) continue;
    let n = t.charCodeAt(i + 1);
    // (NaN past the end: no character follows)
    if (n === QUOTE || n === 0x201c || n === RIGHT_DOUBLE_QUOTE || n === RIGHT_SINGLE_QUOTE) n = t.charCodeAt(i + 2);
    if (n > SPACE) return true;
  }
  return false;
}
