// The analysis of one sentence: its mentions, whether it can stand alone, then the fact candidates of each family
// (numbers and dates, names, roles, phrases, causes) in a fixed order.
import type { Tok } from "../read/nlp";
import { contentKeys } from "../read/content-words";
import type { Sentence } from "../text/sentences";
import { isSpaceCode } from "../text/scan";
import { causeFacts } from "./causes";
import { sentenceContext } from "./context";
import { extractMentions } from "./extract-mentions";
import type { Fact, SentBase } from "./fact";
import type { Mention } from "./mention";
import { nameFacts } from "./name-facts";
import { dateFact, numberFact } from "./numbers-dates";
import { phraseFacts } from "./phrases";
import { predicateFacts, roleFacts } from "./roles";
import {
  apparatusRanges,
  isApparatusSentence,
  isMetaDiscourse,
  isObjective,
  overlapsRanges,
  type Range,
} from "../concepts/apparatus";

const NO_RANGES: Range[] = [];

export interface Analysis {
  mentions: Mention[];
  facts: Fact[];
  keys: Int32Array;
}

/**
 * Mentions and fact candidates of one sentence. `text` is the document text, `lastPersons` the people of the
 * previous sentences of the paragraph (for he/she), `prevText` the previous sentence of the paragraph.
 */
export function analyseSentence(
  text: string,
  s: Sentence,
  toks: Tok[],
  di: number,
  lastPersons: string[],
  prevText?: string,
): Analysis {
  // run-on "sentences" (lists, tables, text without punctuation) are not askable; skipping them keeps cost linear
  if (toks.length > 400) return { mentions: [], facts: [], keys: new Int32Array(0) };
  const mentions = extractMentions(text, toks);
  const isQuestion = endsWithQuestionMark(s.text);
  const keys = contentKeys(toks);
  const facts: Fact[] = [];
  // a question in the text asks nothing; a sentence that cannot stand alone gives no facts either; nor does the
  // apparatus (a reference entry, a caption, a pasted footnote), a learning objective or talk about the text
  if (
    isQuestion ||
    isApparatusSentence(s.text) ||
    isObjective(s.text) ||
    isMetaDiscourse(s.text) ||
    readerScene(s.text) ||
    authorBio(s.text)
  )
    return { mentions, facts, keys };
  const b = sentenceContext(text, s, toks, di, mentions, keys, lastPersons, prevText);
  if (b === null) return { mentions, facts, keys };
  for (const m of mentions) if (!m.modifier) mentionFacts(b, m, facts);
  roleFacts(b, facts);
  predicateFacts(b, facts);
  phraseFacts(b, facts);
  causeFacts(b, facts);
  // a citation's year or author, a figure number: never an answer
  const cut = s.text.includes(")") || s.text.includes("[") ? apparatusRanges(s.text) : NO_RANGES;
  if (cut.length) return { mentions, facts: facts.filter((f) => !overlapsRanges(cut, f.aRel, f.aEnd)), keys };
  return { mentions, facts, keys };
}

/** "…?" or "…?”" (one closing quote after the question mark), trailing whitespace aside; no regex, no trimmed copy. */
function endsWithQuestionMark(text: string): boolean {
  let e = text.length;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  let last = text.charCodeAt(e - 1);
  if (last === 0x22 || last === 0x201d || last === 0x2019) last = text.charCodeAt(e - 2);
  return last === 0x3f && e > 0;
}

/** The facts of one mention: a date, a number or amount, or a name (trivia answers were dropped with the mentions). */
function mentionFacts(b: SentBase, m: Mention, facts: Fact[]): void {
  const a = m.s - b.sref.s;
  const e = m.e - b.sref.s;
  const posBonus = 0.3 * (a / Math.max(1, b.text.length));
  if (m.kind === "date") facts.push(dateFact(b, m, a, e, posBonus));
  else if (m.kind === "number" || m.kind === "money") facts.push(numberFact(b, m, a, e, posBonus));
  else nameFacts(b, m, a, e, posBonus, facts);
}

const BIO =
  /^\(?\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:columnist|journalist|writer|correspondent|reporter|editor|contributor|commentator|analyst|fellow|professor|lecturer|researcher|scholar|author|doctoral candidate|PhD candidate)s?\b/u;

/**
 * "Aditi Bhaduri is a columnist specialising in Eurasian geopolitics.", "Nargis Kassenova is a senior fellow at …":
 * who the writer or the person interviewed is, the byline's note, not what the text teaches.
 */
export function authorBio(text: string): boolean {
  return BIO.test(text);
}

/**
 * A scene the text sets for its reader ("Suppose you were given the task of mapping New York City", "You could do a
 * much better job from a helicopter …"): an illustration, not content. Words in quotation marks are someone's speech.
 */
export function readerScene(text: string): boolean {
  const bare = text.includes('"') || text.includes("“") ? text.replace(/[“"][^”"]*[”"]/g, " ") : text;
  return (
    /^(?:Suppose|Imagine|Picture|Consider|Think of|Let's|Let us)\b/.test(bare) || /\b(?:you|yourself)\b/i.test(bare)
  );
}
