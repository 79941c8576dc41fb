// Cheap string tests in place of regular expressions that scan the whole text for what only its end can hold
// (an end-anchored regex such as /\?["”’]?$/ is still tried at every position).

const QUESTION_MARK = 0x3f;
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
