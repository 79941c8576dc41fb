// Where a blank sits in its sentence: in an opening subordinate clause the blank is background to the main point.

/** an opening clause that sets the scene for the main clause: "As the core is stabilized by …, …" */
const OPENING_CLAUSE =
  /^(?:As|Since|Similar to|Like|Unlike|When|Whenever|While|Although|Though|Because|If|Once|After|Before|Until|Whereas|Even though|Even if|Compared (?:to|with)|In contrast to)\s/;

/** a sentence's end before the next sentence (or a blank) opens */
const SENTENCE_BREAK = /[.!?][”"’)]?\s+(?=[\p{Lu}_])/gu;

/** the start of the sentence that holds offset `at` (a context sentence may come before it) */
function sentenceStart(prompt: string, at: number): number {
  let start = 0;
  for (const m of prompt.slice(0, at).matchAll(SENTENCE_BREAK)) start = m.index + m[0].length;
  return start;
}

/** the first comma outside parentheses from `from` on (-1: none) */
function clauseComma(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (ch === "," && depth === 0) return i;
  }
  return -1;
}

/**
 * The blank sits in the sentence's opening subordinate clause: "As the core is stabilized by _____, a last shudder of
 * fusion …", "Similar to the muscles that position the _____, muscles that cross the shoulder …". The clause is the
 * scene, not the point; what it holds is an aside the student cannot tell from the sentence alone (blind raters of
 * pM-pT accepted 2 of 11 such blanks).
 */
export function backgroundedBlank(prompt: string): boolean {
  const at = prompt.indexOf("_____");
  if (at < 0) return false;
  const start = sentenceStart(prompt, at);
  if (!OPENING_CLAUSE.test(prompt.slice(start))) return false;
  const comma = clauseComma(prompt, start);
  return comma > at;
}
