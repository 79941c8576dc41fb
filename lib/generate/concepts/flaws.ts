// Item flaws that issue 10 names, checked on every item (both families): an option of another category than the
// key, a citation year as the answer, a prompt that opens on a dangling reference.
import { backgroundedBlank } from "./backgrounded";
import type { Item } from "../types";
import { DEMONYM_SUFFIX } from "../lexicon";
import { apparatusRanges, inRanges } from "./apparatus";
import { clauseThis, dangles, thatPointsBack } from "./prompt";

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const ACRONYM_LIKE = /^\p{Lu}[\p{Lu}\d&.-]{1,9}s?$/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER_LAST_WORD = /\s\p{Ll}$/u;
// (the checks below run on every item built: their \p{…} patterns are module constants too; the /g ones are used only
// with String.match, which starts at 0 and leaves lastIndex at 0)
const POINTS_BACK_NOUN = /\b(?:this|these|those)\s+\p{Ll}/iu;
const MODIFIED_NOUN = /^(\p{Ll}+)\s+(\p{L}[\p{L}\s-]*)$/u;
const WORDS_3 = /\p{L}{3,}/gu;
const WORDS_4 = /\p{L}{4,}/gu;
const HEAD_OF = /^\p{L}+ of /iu;
const NEGATING_PREFIX =
  /^(?:anti|ant|non|un|in|im|ir|il|dis|endo|exo|hyper|hypo|intra|inter|extra|homo|hetero|mono|poly|pre|post|sub|super|bio|psycho|neuro|micro|macro|socio|electro|thermo|hydro|tele)(?=\p{L}{5,})/u;
const CAPITAL_RUN = /\b\p{Lu}{2,4}\b/gu;
/** a sentence ends and another begins (not after an abbreviation: "U.S. Congress") */
export const SENTENCE_END = /[\p{Ll}\d)]{2}[.!?]["”’]?\s+\p{Lu}/u;
const NAME_OR_BLANK = /(?:^|\s)(?:X\b|\S+\s+\p{Lu}\p{Ll}+)/u;
const TWO_NAMES_START = /^\p{Lu}\p{Ll}+\s+\p{Lu}/u;

/** The shape of an answer or option: a year, another number, a name, an acronym, a phrase in lower case. */
export function shapeOf(s: string): "year" | "number" | "name" | "acronym" | "phrase" {
  const t = s.trim();
  if (/^(?:1[0-9]{3}|20[0-9]{2})s?$/.test(t)) return "year";
  if (/^[$€£]?[\d.,]+\s*(?:%|percent|million|billion|thousand)?$/.test(t)) return "number";
  if (ACRONYM_LIKE.test(t)) return "acronym";
  if (UPPER_START.test(t)) return "name";
  return "phrase";
}

const compatible = (a: string, b: string) =>
  a === b || (a !== "year" && a !== "number" && b !== "year" && b !== "number" && (a === "name" || b === "name"));

/** Flaws of `item` (empty when none): option-category, citation-year-answer, dangling-start. */
const CUT_REFERENCE =
  /\b(?:described|shown|illustrated|listed|summari[sz]ed|presented|depicted|outlined)\s+(?:in|below|above)\s*(?:[:.;,]|_{3,}|$)/;

/** a people's or language's name: "British", "Japanese" (DEMONYM_SUFFIX), "Kazakh" */
const PEOPLE_WORD = new RegExp(`^\\p{Lu}\\p{Ll}{3,}(?:${DEMONYM_SUFFIX.source.replace(/\$$/, "")}|h)$`, "u");

/** "given _____’s geographic characteristics …, the British can produce …" -> Great Britain: the people named give the place */
function demonymInPrompt(prompt: string, answer: string): boolean {
  const names = answer.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w));
  // (a people's word shares a name's first four letters: without them in the prompt it is not split into words)
  if (!names.some((n) => prompt.includes(n.slice(0, 4)))) return false;
  const people = prompt.split(/[^\p{L}]+/u).filter((w) => PEOPLE_WORD.test(w) && !names.includes(w));
  return names.some((n) =>
    people.some((p) => {
      let k = 0;
      while (k < n.length && n[k] === p[k]) k++;
      return k >= 4 && k >= 0.55 * Math.min(n.length, p.length);
    }),
  );
}

export function extraFlaws(item: Item, everyday?: EverydayWord): string[] {
  const flaws: string[] = [];
  if (item.type === "mcq" && item.options) {
    const k = shapeOf(item.answer);
    // a year among names, a name among numbers, a lower-case phrase among names: the odd option out
    if (item.options.some((o) => !compatible(shapeOf(o), k))) flaws.push("option-category");
  }
  const tested = item.type === "truefalse" ? (item.trueAnswer ?? "") : item.answer;
  if (/^(?:1[5-9]\d\d|20\d\d)$/.test(tested.trim())) {
    for (const c of item.citations) {
      const at = c.quote.indexOf(tested.trim());
      if (at >= 0 && inRanges(apparatusRanges(c.quote), at, at + tested.trim().length))
        flaws.push("citation-year-answer");
    }
  }
  if (dangles(item.prompt)) flaws.push("dangling-start");
  if (backgroundedBlank(item.prompt)) flaws.push("backgrounded-blank");
  if (item.type !== "truefalse") {
    if (numberInPrompt(item.prompt, tested)) flaws.push("number-in-prompt");
    if (oppositeInPrompt(item.prompt, tested)) flaws.push("opposite-in-prompt");
    if (item.kind !== "term" && demonymInPrompt(item.prompt, tested)) flaws.push("demonym-in-prompt");
    // "one of the two basic models described in: _____": a pointer to a figure or table whose number was cut
    if (CUT_REFERENCE.test(item.prompt)) flaws.push("cut-reference");
    // ("Who has played a pivotal role in Me Too gaining momentum?" -> "Z", of "Gen Z"): a name is no single letter
    if (item.kind !== "term" && /^\p{L}\.?$/u.test(tested.trim())) flaws.push("cut-answer");
    // "The passage of this law", "Collectively, these essential workers": an answer that points back says nothing alone
    if (tested.split(/\s+/).length <= 8 && POINTS_BACK_NOUN.test(tested)) flaws.push("answer-points-back");
  }
  if (unresolvedReference(item.prompt)) flaws.push("unresolved-reference");
  flaws.push(...blankFlaws(item.prompt, tested, item.citations[0]?.quote ?? "", item.kind === "term"));
  // (only for a short answer: a definition as the answer shares words with its term by nature)
  if (
    item.kind === "term" &&
    item.type !== "truefalse" &&
    tested.split(/\s+/).length <= 4 &&
    // ("What is another name for loose connective tissue?" -> "areolar connective tissue": two names of one thing
    // share their head; the other word is what is asked)
    !ANOTHER_NAME.test(item.prompt) &&
    stemInPrompt(item.prompt, tested, everyday)
  )
    flaws.push("stem-in-prompt");
  if (item.type !== "truefalse" && nameInPrompt(item.prompt, tested)) flaws.push("name-in-prompt");
  return [...new Set(flaws)];
}

const ANOTHER_NAME = /^What is another name for /;

/** "The _____'s required source": a blank in a possessive */
const POSSESSIVE_BLANK = /_{3,}['’]s\b/;
/** "… only occurs for the metals in _____ and 2." (groups 1): one number of a series blanked with its noun */
const NUMBER_SERIES_AFTER = /_{3,}\s*(?:,|and|or|to|through|–|-)\s*\d/;
/** a blank that a court's verb follows */
const COURT_VERB_AFTER = /_{3,}\s+(?:ruled|upheld|overturned|struck\s+down|held\s+that|decided\s+that)\b/;
/** "(Informal) If the values of f(x) …": a label of the book's layout opens the sentence */
const LABEL_START = /^\(\p{Lu}\p{Ll}+\)\s/u;
/**
 * "… we say the function has a limit at infinity and write": the sentence stops where a formula was (tried on the
 * quote's last eight characters, which hold the word and the character before it: on the whole quote it was tried at
 * every position)
 */
const CUT_BEFORE_FORMULA =
  /\b(?:write|writes|get|gets|obtain|obtains|have|has|find|is|are|by|as|of|to|and|gives?|yields?|becomes?)$/;

/**
 * Flaws of a blank or of the sentence around it: a term's blank in a possessive, a number cut from its series, an answer
 * ending in a variable ("function f", which "f(x)" in the prompt gives away), a layout label, a sentence cut before
 * its formula, a court blanked before "ruled".
 */
export function blankFlaws(prompt: string, answer: string, quote: string, term: boolean): string[] {
  const out: string[] = [];
  // (a person's possessive is a fair blank: "According to _____'s worldview, …")
  if (term && POSSESSIVE_BLANK.test(prompt)) out.push("possessive-blank");
  if (/\d$/.test(answer.trim()) && NUMBER_SERIES_AFTER.test(prompt)) out.push("number-series-cut");
  if (LOWER_LAST_WORD.test(answer.trim())) out.push("variable-answer");
  if (LABEL_START.test(prompt)) out.push("layout-label");
  // "… akin to _____’ understanding": a bare apostrophe says the name ends in s
  if (/_{3,}[’'](?!s\b)/.test(prompt)) out.push("apostrophe-after-blank");
  if (CUT_BEFORE_FORMULA.test(quote.trim().slice(-8))) out.push("cut-before-formula");
  // "In Lochner v. New York, the _____ ruled …": only a court rules
  if (/\bCourt\b/.test(answer) && COURT_VERB_AFTER.test(prompt)) out.push("court-ruled");
  // "producing 1.96 _____" (eV photons): after a number the blank is its unit and what is counted
  if (/\d\s+_{3,}/.test(prompt)) out.push("unit-after-number");
  return out;
}

// (the capital first, then the lookbehind that checks the character before it: the same matches, and no lookbehind
// tried at every position)
const CAPITALISED_WORDS = /\p{Lu}(?<![\p{L}\d]\p{Lu})\p{Ll}{2,}[\p{L}\d]*/gu;

/** "… passed the Interstate Commerce Act in 1887, which created the _____" (Interstate Commerce Commission) */
export function nameInPrompt(prompt: string, answer: string): boolean {
  const caps = answer.match(CAPITALISED_WORDS) ?? [];
  if (caps.length < 2) return false;
  // (a word the prompt does not hold is no word of it: the prompt is scanned for its words only where enough could be)
  const held = caps.filter((w) => prompt.includes(w)).length;
  if (held < 2 || held < caps.length - 1) return false;
  // (words compared as words: a name may hold ")" or "." that a pattern built from it would misread)
  const words = new Set(prompt.match(CAPITALISED_WORDS));
  const shared = caps.filter((w) => words.has(w)).length;
  return shared >= 2 && shared >= caps.length - 1;
}

/** "The _____ refers to … in the 1800 election" for "Revolution of 1800": a number of the answer stands in the prompt. */
export function numberInPrompt(prompt: string, answer: string): boolean {
  const nums = answer.match(/\d{2,}/g);
  if (!nums) return false;
  const p = prompt.replace(/_{3,}/g, " ");
  // (the number must stand in the prompt: a regex is built only where it does)
  return nums.some((n) => p.includes(n) && new RegExp(`(?<![\\d.,])${n}(?![\\d])`).test(p));
}

const OPPOSITES: [string, string][] = [
  ["left", "right"],
  ["upper", "lower"],
  ["inner", "outer"],
  ["anterior", "posterior"],
  ["internal", "external"],
  ["positive", "negative"],
  ["major", "minor"],
  ["male", "female"],
  ["early", "late"],
  ["input", "output"],
  ["medial", "lateral"],
  ["superior", "inferior"],
  ["proximal", "distal"],
  ["dorsal", "ventral"],
  ["afferent", "efferent"],
];

/** "… greater than the pressure generated by the right ventricle" for "left ventricle": the other of a pair is named */
export function oppositeInPrompt(prompt: string, answer: string): boolean {
  const m = MODIFIED_NOUN.exec(answer.trim().toLowerCase());
  if (!m) return false;
  const pair = OPPOSITES.find(([a, b]) => a === m[1] || b === m[1]);
  if (!pair) return false;
  const other = pair[0] === m[1] ? pair[1] : pair[0];
  return prompt.toLowerCase().includes(other + " " + m[2]!.replace(/s$/, ""));
}

/** endings too common in English to cue anything */
const COMMON_SUFFIX =
  /(?:tion|sion|ment|ness|ity|ism|ist|ogy|ence|ance|ical|ally|ship|ious|eous|ible|able|ing|ers|ies|ive|ted|ent|ant|ary|ory|cytes?|blasts?|clasts?|phages?|somes?|plasm|ases?|itis|osis|emia)$/;

const HYPHENATED = /^\p{L}+-\p{L}+$/u;

/**
 * The prompt gives the answer away: "… colloidal dimensions … _____ are prepared" for "colloids", "the thyroid
 * gland … releases _____" for "thyroid hormone", "formal rules …" for "informal rules", "agonists and _____" for
 * "antagonists", "geo- means …" for "geology". The head noun of a compound may be shared ("ionic bond" beside
 * "covalent bonds" is a sibling, not a cue).
 */
export function stemInPrompt(prompt: string, answer0: string, everyday: EverydayWord = () => true): boolean {
  // ("gross domestic product (GDP)": the abbreviation after the name is no part of it, and "product" stays its head)
  const answer = answer0.replace(/\s*\([^()]*\)\s*$/, "") || answer0;
  const all = answer.toLowerCase().match(WORDS_3) ?? [];
  // the head noun may be shared with a sibling: the last word, or the first before "of" ("period of illness"); the
  // last part of a hyphenated word too ("group" of "in-group")
  const hyphenHead = all.length === 1 && HYPHENATED.test(answer);
  const words = all.length > 1 ? nameParts(answer, all).mods : hyphenHead ? [] : all;
  const p = " " + prompt.toLowerCase().replace(/_{3,}/g, " ") + " ";
  // a modifier of a longer name in the prompt gives it away only with its head (see modifierCues)
  const cued = all.length === 1 || modifierCues(p, answer, everyday, all);
  for (const w0 of cued ? words : []) {
    // "informal" after "formal", "antagonists" after "agonists", "endogenous" after "exogenous"
    const w = w0.replace(NEGATING_PREFIX, "");
    if (w.length < 5 && w0.length < 5) continue;
    const stem = w.slice(0, Math.max(4, Math.min(6, w.length - 2)));
    // with a prefix taken off, the rest may sit inside a prompt word ("exogenous" for "endogenous")
    if (w === w0 ? wordStart(p, stem) : p.includes(w.slice(0, Math.max(5, Math.min(7, w.length - 1))))) return true;
    // what looked like a prefix may be the word's own start ("intimacy" beside "intimate")
    if (w !== w0 && w0.length >= 6 && wordStart(p, w0.slice(0, Math.min(6, w0.length - 2)))) return true;
  }
  // a suffix shared with a word of the prompt ("propranolol" … "metoprolol")
  const promptWords = p.match(WORDS_4) ?? [];
  // (not the head of a longer name: "cognitive therapy" is a kind of "psychotherapy" by its head, which may be shared)
  for (const w0 of !cued ? [] : all.length > 1 ? words : all) {
    if (
      w0.length >= 7 &&
      !COMMON_SUFFIX.test(w0) &&
      promptWords.some((pw) => pw !== w0 && pw.length >= 7 && pw.slice(-4) === w0.slice(-4))
    )
      return true;
  }
  // "X, Y, and Z" spell "XYZ affair"
  for (const a of answer.match(CAPITAL_RUN) ?? []) {
    if (new RegExp(`\\b${a.split("").join("\\b[^_]{0,8}\\b")}\\b`, "u").test(prompt.replace(/_{3,}/g, " ")))
      return true;
  }
  // a short prefix given as such ("geo- means …")
  return words.some((w) => {
    const pre = w.slice(0, 3) + "-";
    for (let i = p.indexOf(pre, 1); i >= 0; i = p.indexOf(pre, i + 1))
      if (!LETTER.test(p.charAt(i - 1)) && /\s/.test(p.charAt(i + pre.length))) return true;
    return false;
  });
}

const LETTER = /\p{L}/u;

/** whether a word is one of everyday English (a lexicon's, or every word where none is given) */
export type EverydayWord = (word: string) => boolean;

/**
 * A modifier of a name of several words, written in a stem, gives the name away only beside its head ("the domestic
 * value of goods" does not spell gross domestic product; "… the price over time is called _____" leaves "skimming" of
 * price skimming to recall), where the name is two words and its head an everyday one ("a graph in the shape of a
 * bell" -> bell curve), or where the stem holds every modifier of a longer name ("the median voter" -> median voter
 * theory). Kept ratings accepted such items as often as others (3 of 5; 177 of 274 with the head in the stem, 542 of
 * 931 with neither); the fresh raters of pAR-pAS flagged "median voter theory" and "top of the pyramid" -> pyramid
 * scheme as obvious (a head as rare as "scheme" is no everyday word; lowering the bar to it lost consumer surplus,
 * social capital and division of labor).
 */
export function modifierCues(p: string, answer: string, everyday: EverydayWord, words = wordsOf(answer)): boolean {
  const { head, mods } = nameParts(answer, words);
  // (the head in the prompt `p`, lower case and padded with spaces, whole or by its start)
  if (head.length > 0 && wordStart(p, startOf(head))) return true;
  if (words.length === 2) return everyday(head);
  // ("… to what pleases the median voter" -> median voter theory: every modifier of a longer name)
  return mods.every((w) => wordStart(p, startOf(w)));
}

function wordsOf(answer: string): string[] {
  return answer.toLowerCase().match(WORDS_3) ?? [];
}

/** A name's words (`words`, of `answer`) as its head and its modifiers: the last word, or the first before "of". */
function nameParts(answer: string, words: string[]): { head: string; mods: string[] } {
  return HEAD_OF.test(answer)
    ? { head: words[0] ?? "", mods: words.slice(1) }
    : { head: words[words.length - 1] ?? "", mods: words.slice(0, -1) };
}

/** The start of a word that stands for it in a prompt ("divis" of "division", "dat" of "data"). */
function startOf(w: string): string {
  return w.slice(0, Math.max(3, Math.min(5, w.length - 1)));
}

/** `part` occurs in `p` right after a character that is not a letter (p starts with a space). */
function wordStart(p: string, part: string): boolean {
  for (let i = p.indexOf(part, 1); i >= 0; i = p.indexOf(part, i + 1)) if (!LETTER.test(p.charAt(i - 1))) return true;
  return false;
}

/**
 * A reference the prompt does not resolve: "he", "him", "her" with no name before it in the prompt ("… no one knows
 * where he is; … removed him"), a demonstrative that points out of the prompt ("these meetings", "this week"), or a
 * prompt that starts mid-sentence ("… its partner in …").
 */
const POINTS_BACK =
  /\b(?:this|these|those)\b|\b(?:since|after|before|at|by|until)\s+that\s+(?:time|point|year|date|moment|period|stage)\b/i;
const SUCH = /(?:^|\b(?:more|many|other|several|some|all|no|any|few|two|three)\s+)such\s+(?!as\b)[a-z]+/i;
const AS_WELL = /\bas well\s*[:,]/i;
/** "At the lowest level is the _____", "An example is _____": a scale or a class the prompt never named */
const LEVEL_BACK =
  /\bthe\s+(?:lowest|highest|next|top|bottom)\s+(?:level|stage|step|tier|rung)\b(?!\s+of\b)|^(?:An|Another|One)\s+example\s+is\b/u;
/** "Once again, in the lunch example, …": an example the prompt never gave */
const EXAMPLE_BACK =
  /^(?:Once again|Going back)\b|\b(?:in|from|of|with|to)\s+(?:the|our|this|that)\s+(?:[\p{L}-]+\s+)?example\b/iu;
/** "Humans have a similar temperature regulation system": similar to what the prompt does not say */
const SIMILAR = /\b(?:an?|other)\s+similar\s+\p{L}+(?!\s+to\b)/iu;
/** "another close election": another of something the prompt has not named ("another name for" asks, it points nowhere) */
const ANOTHER = /\banother\s+(?:\p{Ll}+\s+)?(\p{Ll}{3,})/u;

/** `m`: ANOTHER's match in `p` */
function anotherUnnamed(p: string, m: RegExpExecArray): boolean {
  if (/^(?:name|term|word|way|example|type|kind|form)$/.test(m[1]!) || /^(?:one|name|term|word)\b/.test(m[0].slice(8)))
    return false;
  // "messages … sent by another individual", "passed from one cell to another cell": after a preposition of an exchange,
  // "another" is a different one of a kind, not one more of a list the text gave before ("In another study, …")
  if (EXCHANGE_BEFORE.test(p.slice(Math.max(0, m.index - 9), m.index)) && !DISCOURSE_NOUN.test(m[1]!)) return false;
  const stem = m[1]!.replace(/s$/, "").slice(0, Math.max(4, m[1]!.length - 2));
  return !p.slice(0, m.index).toLowerCase().includes(stem);
}

const EXCHANGE_BEFORE = /\b(?:by|from|to|with|toward|towards|onto|into|against)\s+$/i;
/** nouns of the text's own course: "another study", "another example" are one more of those the text gave */
const DISCOURSE_NOUN =
  /^(?:study|studies|experiment|example|case|way|reason|factor|approach|method|step|stage|level|phase|theory|view|perspective|survey|source|version|aspect|point|issue|problem|type|kind|form|category|class|group|model)$/;

/** A sentence of `p` ends before `at`: given as context, it may say what a reference there is. */
function sentenceBefore(p: string, at: number): boolean {
  return SENTENCE_END.test(p.slice(0, at + 1));
}

/** "an individual … she", "someone … his": a pronoun that speaks of anyone */
const ANYONE =
  /\b(?:an?|each|every|any|the)\s+(?:individual|person|child|student|patient|worker|member|employee|consumer|voter|citizen|leader|learner|speaker|listener)\b|\b(?:someone|somebody|anyone|everyone)\b/i;
/**
 * "In his book High School Confidential, _____ details …": a pronoun in a leading phrase points ahead to the subject
 * named (or blanked) right after its comma
 */
const POINTS_AHEAD = /^(?:In|On|At|During|After|Before|Upon|Throughout|With|From|Through)\s[^,;.]*$/;
const NAMED_NEXT = /^[^,;.]{0,80},\s+(?:X\b|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)/u;

export function unresolvedReference(prompt: string): boolean {
  const p = clauseThis(prompt.replace(/_{3,}/g, "X"));
  const pro = /\b(?:he|him|his|she|her)\b/i.exec(p);
  if (pro) {
    const before = p.slice(0, pro.index);
    // a name (a capitalised word after the first) or the blank itself, which may be the person
    if (
      !NAME_OR_BLANK.test(before) &&
      !TWO_NAMES_START.test(before) &&
      // ("the group that an individual feels she belongs to": anyone)
      !ANYONE.test(before) &&
      !(POINTS_AHEAD.test(p.slice(0, pro.index)) && NAMED_NEXT.test(p.slice(pro.index)))
    )
      return true;
  }
  // a window cut out of a long sentence that opens on a reference ("… its partner in …")
  if (/^\s*(?:…|\.\.\.)\s*(?:its|his|her|their|it|he|she|they|this|these|those|which|who|whose)\b/i.test(p))
    return true;
  // "this week", "these meetings", "this is easier" point out of the prompt, unless a sentence before it says what
  // (a sentence ends after a word, not after an abbreviation: "U.S. adults")
  const low = p.toLowerCase();
  // (the patterns are tried only where their words occur: this check runs on every item built)
  const dem =
    (pointsBackWord(low) ? POINTS_BACK.exec(p) : null) ??
    (low.includes("such ") ? SUCH.exec(p) : null) ??
    (low.includes("as well") ? AS_WELL.exec(p) : null) ??
    (low.includes("similar ") ? SIMILAR.exec(p) : null) ??
    (low.includes("example") || low.startsWith("once") ? EXAMPLE_BACK.exec(p) : null) ??
    (low.includes("level") || low.includes("stage") || low.includes("example") ? LEVEL_BACK.exec(p) : null);
  const that = thatPointsBack(p);
  if (that >= 0 && !sentenceBefore(p, that)) return true;
  const another = low.includes("another ") ? ANOTHER.exec(p) : null;
  if (another && anotherUnnamed(p, another) && !sentenceBefore(p, another.index)) return true;
  return (
    !!dem &&
    (dem.index > 0 || !/^(?:this|these|those)\b/i.test(dem[0])) &&
    !sentenceBefore(p, dem.index) &&
    !namedBefore(p, dem.index)
  );
}

/** A word every POINTS_BACK match holds ("the", which nearly every prompt has, let POINTS_BACK run on nearly all) */
function pointsBackWord(low: string): boolean {
  return low.includes("this") || low.includes("these") || low.includes("those") || low.includes("that");
}

/** "… owes certain duties to others … and bind us to these duties": the prompt names what "these" points to */
function namedBefore(p: string, at: number): boolean {
  const noun = /^(?:this|these|those)\s+(\p{L}{4,})/iu.exec(p.slice(at))?.[1];
  if (!noun) return false;
  const stem = noun
    .toLowerCase()
    .replace(/(?:ies|es|s)$/, "")
    .slice(0, Math.max(4, noun.length - 3));
  return new RegExp(`\\b${stem}`, "iu").test(p.slice(0, at));
}
