// Item flaws that issue 10 names, checked on every item (both families): an option of another category than the
// key, a citation year as the answer, a prompt that opens on a dangling reference.
import type { Item } from "../types";
import { apparatusRanges, inRanges } from "./apparatus";
import { dangles, thatPointsBack } from "./prompt";

/** The shape of an answer or option: a year, another number, a name, an acronym, a phrase in lower case. */
export function shapeOf(s: string): "year" | "number" | "name" | "acronym" | "phrase" {
  const t = s.trim();
  if (/^(?:1[0-9]{3}|20[0-9]{2})s?$/.test(t)) return "year";
  if (/^[$€£]?[\d.,]+\s*(?:%|percent|million|billion|thousand)?$/.test(t)) return "number";
  if (/^\p{Lu}[\p{Lu}\d&.-]{1,9}s?$/u.test(t)) return "acronym";
  if (/^\p{Lu}/u.test(t)) return "name";
  return "phrase";
}

const compatible = (a: string, b: string) =>
  a === b || (a !== "year" && a !== "number" && b !== "year" && b !== "number" && (a === "name" || b === "name"));

/** Flaws of `item` (empty when none): option-category, citation-year-answer, dangling-start. */
export function extraFlaws(item: Item): string[] {
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
  if (item.type !== "truefalse" && numberInPrompt(item.prompt, tested)) flaws.push("number-in-prompt");
  if (unresolvedReference(item.prompt)) flaws.push("unresolved-reference");
  // (only for a short answer: a definition as the answer shares words with its term by nature)
  if (
    item.kind === "term" &&
    item.type !== "truefalse" &&
    tested.split(/\s+/).length <= 4 &&
    stemInPrompt(item.prompt, tested)
  )
    flaws.push("stem-in-prompt");
  return [...new Set(flaws)];
}

/** "The _____ refers to … in the 1800 election" for "Revolution of 1800": a number of the answer stands in the prompt. */
export function numberInPrompt(prompt: string, answer: string): boolean {
  const nums = answer.match(/\d{2,}/g);
  if (!nums) return false;
  const p = prompt.replace(/_{3,}/g, " ");
  return nums.some((n) => new RegExp(`(?<![\\d.,])${n}(?![\\d])`).test(p));
}

/** endings too common in English to cue anything */
const COMMON_SUFFIX =
  /(?:tion|sion|ment|ness|ity|ism|ist|ogy|ence|ance|ical|ally|ship|ious|eous|ible|able|ing|ers|ies|ive|ted|ent|ant|ary|ory)$/;

/**
 * The prompt gives the answer away: "… colloidal dimensions … _____ are prepared" for "colloids", "the thyroid
 * gland … releases _____" for "thyroid hormone", "formal rules …" for "informal rules", "agonists and _____" for
 * "antagonists", "geo- means …" for "geology". The head noun of a compound may be shared ("ionic bond" beside
 * "covalent bonds" is a sibling, not a cue).
 */
export function stemInPrompt(prompt: string, answer: string): boolean {
  const all = answer.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  // the head noun may be shared with a sibling: the last word, or the first before "of" ("period of illness")
  const words = all.length > 1 ? (/^\p{L}+ of /iu.test(answer) ? all.slice(1) : all.slice(0, -1)) : all;
  const p = " " + prompt.toLowerCase().replace(/_{3,}/g, " ") + " ";
  for (const w0 of words) {
    // "informal" after "formal", "antagonists" after "agonists", "endogenous" after "exogenous"
    const w = w0.replace(
      /^(?:anti|ant|non|un|in|im|ir|il|dis|endo|exo|hyper|hypo|intra|inter|extra|homo|hetero|mono|poly|pre|post|sub|super)(?=\p{L}{5,})/u,
      "",
    );
    if (w.length < 5 && w0.length < 5) continue;
    const stem = w.slice(0, Math.max(4, Math.min(6, w.length - 2)));
    // with a prefix taken off, the rest may sit inside a prompt word ("exogenous" for "endogenous")
    if (w === w0 ? wordStart(p, stem) : p.includes(w.slice(0, Math.max(5, Math.min(7, w.length - 1))))) return true;
    // what looked like a prefix may be the word's own start ("intimacy" beside "intimate")
    if (w !== w0 && w0.length >= 6 && wordStart(p, w0.slice(0, Math.min(6, w0.length - 2)))) return true;
  }
  // a suffix shared with a word of the prompt ("propranolol" … "metoprolol")
  const promptWords = p.match(/\p{L}{4,}/gu) ?? [];
  for (const w0 of all) {
    if (
      w0.length >= 7 &&
      !COMMON_SUFFIX.test(w0) &&
      promptWords.some((pw) => pw !== w0 && pw.length >= 7 && pw.slice(-4) === w0.slice(-4))
    )
      return true;
  }
  // "X, Y, and Z" spell "XYZ affair"
  for (const a of answer.match(/\b\p{Lu}{2,4}\b/gu) ?? []) {
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
/** "another close election": another of something the prompt has not named ("another name for" asks, it points nowhere) */
const ANOTHER = /\banother\s+(?:\p{Ll}+\s+)?(\p{Ll}{3,})/u;

function anotherUnnamed(p: string): boolean {
  const m = ANOTHER.exec(p);
  if (
    !m ||
    /^(?:name|term|word|way|example|type|kind|form)$/.test(m[1]!) ||
    /^(?:one|name|term|word)\b/.test(m[0].slice(8))
  )
    return false;
  const stem = m[1]!.replace(/s$/, "").slice(0, Math.max(4, m[1]!.length - 2));
  return !p.slice(0, m.index).toLowerCase().includes(stem);
}

export function unresolvedReference(prompt: string): boolean {
  const p = prompt.replace(/_{3,}/g, "X");
  const pro = /\b(?:he|him|his|she|her)\b/i.exec(p);
  if (pro) {
    const before = p.slice(0, pro.index);
    // a name (a capitalised word after the first) or the blank itself, which may be the person
    if (!/(?:^|\s)(?:X\b|\S+\s+\p{Lu}\p{Ll}+)/u.test(before) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(before)) return true;
  }
  // a window cut out of a long sentence that opens on a reference ("… its partner in …")
  if (/^\s*(?:…|\.\.\.)\s*(?:its|his|her|their|it|he|she|they|this|these|those|which|who|whose)\b/i.test(p))
    return true;
  // "this week", "these meetings", "this is easier" point out of the prompt, unless a sentence before it says what
  // (a sentence ends after a word, not after an abbreviation: "U.S. adults")
  const low = p.toLowerCase();
  // (the patterns are tried only where their words occur: this check runs on every item built)
  const dem =
    (low.includes("th") ? POINTS_BACK.exec(p) : null) ??
    (low.includes("such ") ? SUCH.exec(p) : null) ??
    (low.includes("as well") ? AS_WELL.exec(p) : null);
  // (a sentence before the reference, given as context, may say what it is)
  const sentenceBefore = (at: number) => /[\p{Ll}\d)]{2}[.!?]["”’]?\s+\p{Lu}/u.test(p.slice(0, at + 1));
  const that = thatPointsBack(p);
  if (that >= 0 && !sentenceBefore(that)) return true;
  const another = low.includes("another ") ? ANOTHER.exec(p) : null;
  if (another && anotherUnnamed(p) && !sentenceBefore(another.index)) return true;
  return (
    !!dem &&
    (dem.index > 0 || !/^(?:this|these|those)\b/i.test(dem[0])) &&
    !/[\p{Ll}\d)]{2}[.!?]["”’]?\s+\p{Lu}/u.test(p.slice(0, dem.index + 1))
  );
}
