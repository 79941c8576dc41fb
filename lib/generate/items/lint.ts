// Item-writing lint: used as a filter inside the engine and by the eval to report a flaw rate (the options of a
// multiple-choice item are judged in option-flaws.ts).
import { listCued } from "./list-cues";
import type { Item, LintResult } from "../types";
import { extraFlaws, modifierCues, type EverydayWord } from "../concepts/flaws";
import { glossOf } from "../concepts/glosses";
import { TRIVIA_ANSWERS } from "../lexicon";
import { leaningFlaws } from "./leaning";
import { pointsToFigure } from "./figure-talk";
import { roleAnswer, symbolWord } from "./odd-answers";
import { initialsOf, normAnswer } from "../text/words";
import { parseNumber } from "../facts/numbers-dates";
import { stopBeforeWord } from "../text/scan";
import {
  containsWords,
  derivedAnswerWordIn,
  derivedCue,
  derivedWordIn,
  mcqFlaws,
  stemInsideAnswer,
  contractedIn,
} from "./option-flaws";

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const UPPER_START = /^\p{Lu}/u;
const CAPITALS_START = /^\p{Lu}{2,}/u;
/** "… they expect.The bottom line …": a sentence end with no space after it */
const RUN_ON = /\p{Ll}{2}[.!?][“"]?\p{Lu}\p{Ll}/u;
const CLAUSE_OPENER = /[,:]\s+(The|This|These|Those|It|Its|We|Our|They|Their|There|An?)\s+\p{Ll}/u;
/** a word of the prompt with a letter in it (barePrompt tests every word of every linted prompt) */
const HAS_LETTER = /\p{L}/u;

export interface LintContext {
  /** other names of the same entity as the answer (aliases), if known */
  aliases?: string[];
  /** source texts by document id, to check that quotes equal the text at their offsets */
  texts?: Map<string, string>;
  /**
   * words that start several key terms of the documents ("hair" of hair shaft, hair root, hair matrix): the name of a
   * family of terms, which no more tells one member than the others
   */
  family?: ReadonlySet<string>;
  /** a word of everyday English (by default every word): see flaws.modifierCues */
  everyday?: EverydayWord;
  /**
   * The caller reads only `ok`: the lint stops at the first of its groups of checks that found a flaw (the flaws
   * returned are then some of them). The deck builder lints every form it tries, and most forms it refuses fail early.
   */
  firstFlaw?: boolean;
}

/** A person's family name (the last word, four letters or more) stands in the normalised prompt. */
function familyNameIn(np: string, nt: string): boolean {
  const last = nt.split(" ").pop()!;
  return last.length >= 4 && containsWords(np, last);
}

const CITY_AS_ACTOR =
  /\bwhich city\s+(?:has|have|had|is|was|were|will|would|can|could|may|might|must|should|does|did|do|said|says|say|wants?|wanted|decided|decides|believes?|believed|fears?|feared|hopes?|hoped|insist\w*|warn\w*|announc\w*|agree\w*|refus\w*|consider\w*|sees|saw|react\w*|respond\w*|support\w*|oppos\w*|welcom\w*|condemn\w*|sent|sends|deploy\w*|tried|tries|sought|seeks|claim\w*|accus\w*|view\w*|regard\w*)\b/i;
const PRONOUN_START = /^(he|she|they|it|this|these|those|his|her|its|their|we|i)\b/i;

export function numberUnitOf(s: string): string {
  const p = parseNumber(s);
  return p ? p.format : "";
}

/**
 * The prompt names the key by its initials: "Article 4 of the _____ states … one CSTO state" for "Collective
 * Security Treaty" (an acronym in the prompt starts with the key's initials), or "_____ … the Collective Security
 * Treaty Organization" for "CSTO" (capitalised words of the prompt spell the key).
 */
export function acronymCue(prompt: string, key: string): boolean {
  const caps = key.split(/[\s-]+/).filter((w) => UPPER_START.test(w) && !/^(of|and|the|for)$/i.test(w));
  if (caps.length >= 2) {
    const initials = initialsOf(caps);
    for (const m of prompt.matchAll(/\b[A-Z]{2,7}\b/g)) if (m[0].startsWith(initials)) return true;
  }
  if (/^[A-Z]{2,7}$/.test(key)) {
    const words = prompt
      .replace(/_{3,}/g, " ")
      .split(/[\s-]+/)
      .filter((w) => UPPER_START.test(w) && !/^(Of|And|The|For)$/.test(w));
    for (let i = 0; i + key.length <= words.length; i++) {
      if (initialsOf(words, i, i + key.length) === key) return true;
    }
  }
  return false;
}

/**
 * The stem holds a word from the root of the key's telling word (a one-word key, or a phrase's modifiers), or the start
 * of a compound key, that no wrong option shares ("melanin" for "melanocyte", "bond" for "bondholder").
 */
function rootCue(item: Item, family: ReadonlySet<string> | undefined, everyday: EverydayWord = () => true): boolean {
  // (a definition as the answer, "The ionized form of fluorine", is written out, not recalled from a cue)
  const ws = item.answer.toLowerCase().split(/\s+/);
  const stem = item.prompt.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  if (listCued(item.answer, stem)) return true;
  if (ws.length > 3) return false;
  // the word that tells the key apart: the last of one word, the modifiers of a phrase ("lucid" of "lucid dreams")
  const telling = (ws.length === 1 ? ws : ws.slice(0, -1)).filter((w) => /^[a-z-]{4,}$/.test(w) && !family?.has(w));
  // "binds to the fas molecule" -> "fas ligand": a short modifier of a phrase, written in the stem
  const words = new Set(item.prompt.toLowerCase().match(/[a-z]+/g) ?? []);
  if (ws.length > 1 && ws.slice(0, -1).some((w) => /^[a-z]{3}$/.test(w) && !SHORT_WORD.test(w) && words.has(w)))
    return true;
  const others = (item.options ?? []).filter((o) => o !== item.answer).map((o) => o.toLowerCase());
  // (a modifier of a name of several words cues it only beside its head: see flaws.modifierCues)
  if (ws.length > 1 && !modifierCues(" " + item.prompt.toLowerCase() + " ", item.answer, everyday)) return false;
  for (const key of telling) {
    const root = key.slice(0, 5);
    const cue = stem.find(
      (w) =>
        (ws.length > 1 || w.replace(/s$/, "") !== key.replace(/s$/, "")) &&
        ((key.length >= 6 && w.length >= 5 && w.startsWith(root)) ||
          // "owns a bond" -> bondholder, "incorporates" -> corporation, "the shape of a bell" -> bell curve
          (ws.length === 1 && key.length - w.length >= 4 && key.startsWith(w) && !STOP_CUE.test(w)) ||
          (ws.length > 1 && w.replace(/s$/, "") === key.replace(/s$/, "")) ||
          (key.length >= 8 && sharesRun(w, key, 7)) ||
          derivedCue(w, key) ||
          // "the ulnar head" -> ulna, "the highest class" -> high culture: a short word of the key with an ending
          (key.length >= 4 && key.length <= 5 && w.length - key.length <= 3 && w.startsWith(key)) ||
          // "each called a carpal bone" -> metacarpal bone: a word of the stem ends the key's telling word
          (key.length - w.length >= 3 && w.length >= 6 && key.endsWith(w) && !STOP_CUE.test(w)) ||
          // "the protein portion of hemoglobin" -> globin, "… is a metatarsal bone" -> tarsal bone: the key (or its
          // telling word) ends a longer word of the stem
          (key.length >= 5 &&
            (ws.length === 1 || COMBINING_PREFIX.test(w.slice(0, w.length - key.length))) &&
            w.length - key.length >= 3 &&
            w.length - key.length <= (key.length >= 6 ? 8 : 5) &&
            w.endsWith(key))),
    );
    if (cue && !others.some((o) => o.includes(cue.slice(0, 4)))) return true;
  }
  return false;
}

/** a prefix that makes a sibling term of a word ("meta" + "tarsal"; "contr" + "action" is none) */
const COMBINING_PREFIX =
  /^(?:meta|para|inter|intra|super|supra|infra|hyper|hypo|endo|exo|peri|post|trans|extra|retro|ultra|micro|macro)$/;

/** three-letter words of everyday English, no cue when the stem repeats them */
const SHORT_WORD =
  /^(?:the|and|for|not|but|all|any|one|two|six|ten|new|old|low|big|top|end|use|day|way|men|own|per|non|pre|sub|off|out|key|red|raw|net)$/;

/** everyday words a longer key may start with and still not be cued by ("over" in "overtone") */
const STOP_CUE =
  /^(?:over|under|with|from|into|more|less|some|that|this|they|them|then|than|also|back|down|self|well|high|long)$/;

/** Does `a` hold the first `n` letters of `key` ("incorporates" holds "corporat" of "corporation")? */
function sharesRun(a: string, key: string, n: number): boolean {
  return a.length >= n && a.includes(key.slice(0, n));
}

/** 0–12 written as words, by value (a count of years is rarely larger) */
const COUNT_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split(" ");
/** "Three years later", "two decades after", "10 years earlier" */
const YEARS_LATER = new RegExp(
  String.raw`\b(\d{1,2}|${COUNT_WORDS.join("|")})\s+(years?|decades?)\s+(later|after|afterwards?|earlier|before)\b`,
  "gi",
);

/**
 * The stem names a year one off the key's ("went into effect on January 1, 1808" for 1807), gives it by arithmetic
 * ("in 1887 … Three years later, … _____" -> 1890), or names the decades before it ("the 1970s, 1980s, and _____").
 */
function yearCued(prompt: string, answer: string): boolean {
  const decade = /\b(1\d{2}0|20\d0)[’']?s\b/.exec(answer)?.[1];
  if (decade) {
    const ds = [...prompt.matchAll(/\b(1\d{2}0|20\d0)[’']?s\b/g)].map((m) => +m[1]!);
    return ds.some((d) => Math.abs(d - +decade) === 10);
  }
  const y = /\b(1\d{3}|20\d{2})\b/.exec(answer)?.[1];
  if (!y) return false;
  const years = [...prompt.matchAll(/\b(1\d{3}|20\d{2})\b/g)].map((m) => +m[1]!);
  if (years.some((z) => Math.abs(z - +y) === 1)) return true;
  for (const m of prompt.matchAll(YEARS_LATER)) {
    const w = m[1]!.toLowerCase();
    const n = (/^\d+$/.test(w) ? +w : COUNT_WORDS.indexOf(w)) * (/^decade/i.test(m[2]!) ? 10 : 1);
    if (years.some((z) => Math.abs(z - +y) === n)) return true;
  }
  return false;
}

/** The word paired with the blank by "and"/"or"/"versus" shares the key's ending: majority and minority. */
function pairedWord(prompt: string, answer: string): boolean {
  const at = prompt.indexOf("_____");
  if (at < 0) return false;
  const first = answer.toLowerCase().split(/\s+/)[0] ?? "";
  const after = /^_+\s+(?:and|or|versus|vs\.?)\s+([a-z-]+)/i.exec(prompt.slice(at))?.[1];
  const before = /([a-z-]+)\s+(?:and|or|versus|vs\.?)\s+(?:the\s+)?$/i.exec(prompt.slice(0, at))?.[1];
  return [after, before].some(
    (w) =>
      !!w &&
      w.length >= 6 &&
      first.length >= 6 &&
      w.toLowerCase() !== first &&
      w.slice(-5).toLowerCase() === first.slice(-5),
  );
}

const INTENSIFIER_BLANK = /\b(?:very|quite|extremely|too|rather|fairly|highly|so)\s+_{3,}/i;
const SHARED_HEAD_AFTER = /_{3,}\s+(?:and|or)\s+(?!(?:the|a|an|its|their)\s)\p{L}[\p{L}-]*\s+\p{Ll}{3,}s\b/u;
/** "hold legal and _____" -> "cultural views": an adjective before the blank shares the answer's head */
const SHARED_HEAD_BEFORE = /\b\p{Ll}+(?:al|ic|ous|ive|ary|ful|less|able|ible)\s+(?:and|or)\s+_{3,}/u;
const ADJECTIVE_FIRST = /^\p{Ll}+(?:al|ic|ous|ive|ary|ful|less|able|ible)\s+\p{Ll}+$/u;
/** (tried on a prompt's last ten characters, which hold any match's last space, word and stop: on the whole prompt it was
 * tried at every space) */
const CUT_AT_CONJUNCTION = /[,;]?\s+(?:but|and|or|because|so|while|although|though|whereas|which|that)[.?]$/i;
const BLANK_THEN_PERIOD = /_{3,}\.\s+\p{Ll}/u;

/** "A Dominican friar, who had been one of the earliest settlers …?": a noun phrase and its relative clause, no question */
/** "The _____, in which two hormones have opposing effects.": a list item's fragment, no sentence */
const FRAGMENT =
  /^(?:The|An?)\s+(?:[\p{L}-]+\s+){0,2}_{3,}(?:\s+[\p{L}-]+){0,2},\s+(?:in which|whereby|where|which|when)\b[^,;:]*\.$/u;
const NOT_A_QUESTION = /^(?:A|An|The)\s+[^,?]{1,60},\s+(?:who|which)\b[^?]*\?$/;

const GARBLED =
  /\.\s+(?:shows?|breaks|lists|summarizes|illustrates|depicts|compares|gives|presents|outlines|displays)\s|(?:^|\s)As (?:shows|illustrates|depicts)\b/;

const GLUED_NOTE = /(?:\p{Ll}{2}|_{3,})[.!?]["”’]?(?:\p{Lu}\p{Ll}+\s|_{3,})/u;

const FRAME_ANSWER = /^(?:an?|the|one)\s+(?:example|instance|case|kind|type|form|sort|part)\s+of\s/i;

/** A "(" that no ")" closes after it. */
const BROKEN_FORMULA = /\b[A-Z][a-z]?\s\d{1,2}\s(?:[A-Z]|,|\d)/;

function unclosedParen(t: string): boolean {
  if (!t.includes("(")) return false;
  let open = 0;
  for (const ch of t) {
    if (ch === "(") open++;
    else if (ch === ")" && open > 0) open--;
  }
  return open > 0;
}

/**
 * an answer that ends on a conjunction, a relative word, a preposition or an article: cut where its clause went on;
 * one that opens "either" without its "or" ("either a convex lens"): cut before its other half
 */
const CUT_ANSWER =
  /\s(?:and|or|but|that|which|who|whose|of|the|a|an|to|with|by|for|in|as|than)$|^(?:either|neither)\s(?!.*\s(?:or|nor)\s)/i;

/**
 * "_____.", "Norman: _____.", true or false "August 6, 2024.", "<a sentence before>. _____.": the sentence of the blank
 * (or the statement) has almost nothing around it and asks nothing (a sentence of a note cut alone)
 */
function barePrompt(prompt: string): boolean {
  const at = prompt.indexOf("___");
  const from = at < 0 ? 0 : Math.max(0, prompt.slice(0, at).search(/[.!?]["”’]?\s+(?=[^.!?]*$)/) + 1);
  const words = prompt.slice(from).replace(/_{3,}/g, " ").split(/\s+/);
  return words.filter((w) => HAS_LETTER.test(w)).length < 4;
}

/**
 * "What is the term for the seat of … functions, such as memory and learning, language?" (or "What is the cerebrum?"
 * answered so) where the text goes on ", and conscious perception": a definition cut inside its list
 */
function cutList(item: Item, quotes: string[]): boolean {
  const gloss = item.type === "truefalse" ? "" : glossOf(item.prompt, item.answer);
  if (!gloss.includes(",")) return false;
  const tail = normAnswer(gloss.split(/\s+/).slice(-3).join(" "));
  return quotes.some((q) => {
    const i = q.indexOf(tail);
    return i >= 0 && /^\s*(?:and|or)\s/.test(q.slice(i + tail.length));
  });
}

/**
 * "… antislavery supporters—called _____." where the text goes on "—called Barnburners because …—spoke in favor": the
 * prompt stops inside a dash aside that the sentence closes later.
 */
function cutInAside(item: Item): boolean {
  const p = item.prompt.trim();
  if (!/_{3,}[.?]$/.test(p) || p.split("—").length % 2 === 1) return false;
  const q = item.citations[0]?.quote ?? "";
  const i = q.indexOf(item.answer);
  return i >= 0 && /—\s*\p{L}/u.test(q.slice(i + item.answer.length));
}

/** "Under what conditions does something similar happen?": what it is similar to is in another sentence */
const SIMILAR_TO_BEFORE = /\b(?:something similar|the same thing)\b/i;

/** "al-Qaeda leader _____ bin Laden": a blank before a name's particle */
const BLANK_BEFORE_PARTICLE = /_{3,}\s+(?:bin|ibn|al|el|de|da|del|della|van|von|der|den|la|le|du)[\s-]+\p{Lu}/u;

/** Check one item for grounding and item-writing flaws. */
const QUOTED_BLANK = /[“"]([^”"]*_{3,}[^”"]*)[”"]/;
/** quotation marks, brackets and stops around a word of a quotation */
const QUOTE_TRIM = /^[‘'(“]+|[’'),:;.”]+$/g;
/** The blank lies in a quoted title: most of the quotation's longer words are capitalised. */
export function blankInTitle(prompt: string): boolean {
  const m = QUOTED_BLANK.exec(prompt);
  if (!m) return false;
  // (a loop that counts: the chain of map and filter threw lintItem's optimised code away on an array of another kind
  // ("wrong map"), and the \p{…} literal in the filter was a new RegExp per word under esbuild)
  let words = 0;
  let capitalised = 0;
  for (const part of m[1]!.replace(/_{3,}/, " ").split(/\s+/)) {
    const w = part.replace(QUOTE_TRIM, "");
    if (w.length < 4) continue;
    words++;
    if (UPPER_START.test(w)) capitalised++;
  }
  return words >= 3 && capitalised * 2 >= words;
}

export function lintItem(item: Item, ctx: LintContext = {}): LintResult {
  const flaws: string[] = [];
  // (filled by push: the result of citations.map did not always have one map, and the array built-ins inlined on it
  // here and in mcqFlaws deoptimised both when they met the other one)
  const quotes: string[] = [];
  for (const c of item.citations) quotes.push(normAnswer(c.quote));
  if (item.citations.length === 0) flaws.push("no-citation");
  if (ctx.texts) {
    for (const c of item.citations) {
      const t = ctx.texts.get(c.documentId);
      if (t === undefined || t.slice(c.start, c.end) !== c.quote) flaws.push("quote-offset-mismatch");
    }
  }
  const tested = item.type === "truefalse" ? (item.trueAnswer ?? "") : item.answer;
  const nt = normAnswer(tested);
  if (!nt || !quotes.some((q) => containsWords(q, nt))) flaws.push("answer-not-grounded");
  if (item.type === "truefalse" && item.answer !== "True" && item.answer !== "False") flaws.push("tf-answer");
  if (TRIVIA_ANSWERS.has(nt) || TRIVIA_ANSWERS.has(tested.toLowerCase())) flaws.push("trivia-answer");
  // "… that produce melanin" -> melanocytes: a word of the stem from the key's own root gives it away
  if (item.type !== "truefalse" && item.kind === "term" && rootCue(item, ctx.family, ctx.everyday))
    flaws.push("stem-cues-key");
  // "… a ban that went into effect on January 1, 1808" -> 1807: a year next to the key's in the stem gives it away
  if (item.kind === "date" && yearCued(item.prompt, tested)) flaws.push("date-cued");
  // "In what year did … write: Truly does New-Orleans …?": a quotation without its marks reads as the prompt's own words
  if (
    /\b(?:write|wrote|say|said|declare|declared|proclaim|proclaimed|remark|remarked|state|stated)\s*:\s*(?![“"‘'])\S/.test(
      item.prompt,
    )
  )
    flaws.push("quote-in-question");
  // "“Gendering Human Capital Development in _____”": a word of a work's title is bibliography, not content
  if (blankInTitle(item.prompt)) flaws.push("blank-in-title");
  // "The summary in is assuming …": a figure's name cut out of the sentence leaves a preposition before a verb
  if (/\b(?:in|on|of|at|from|by|with|for)\s+(?:is|are|was|were)\b/.test(item.prompt)) flaws.push("garbled-text");
  // "the _____ and minority leaders" -> majority: the other half of a pair names the blank
  if (item.kind === "term" && item.type !== "truefalse" && pairedWord(item.prompt, tested)) flaws.push("paired-blank");
  // "… (101.3 kPa). shows the variation in …", "… must first produce. breaks down …": a figure's name was dropped
  if (GARBLED.test(item.prompt)) flaws.push("garbled-text");
  // "… is known as _____.Robert Jervis, “Realism, …": a note glued to the sentence without a space
  const stopThenWord = stopBeforeWord(item.prompt);
  if (stopThenWord && GLUED_NOTE.test(item.prompt)) flaws.push("glued-note");
  // "What prompted your pupils?": a question about the reader's own body or life is a scene, not a fact to recall
  // (a definition's "your" speaks to anyone: "the term for a faulty way of thinking, in which you … your perception")
  if (!/^What (?:is the )?term\b/.test(item.prompt) && /\byour\b/i.test(item.prompt.replace(/[“"][^”"]*[”"]/g, "")))
    flaws.push("reader-address");
  // "As the name suggests, debt accumulation is the buildup of _____": the sentence spells out its own name
  if (
    item.type !== "truefalse" &&
    /\bas (?:the|its|their) names? (?:suggests?|implies|imply|indicates?)\b/i.test(item.prompt)
  )
    flaws.push("name-explained");
  // "this is _____" -> "an example of convection": the frame is no part of what the student recalls
  // (a longer answer says what sets its kind apart: "a form of psychotherapy that focuses on …" answers "What is …?")
  // (roleAnswer bounds its own length)
  if ((FRAME_ANSWER.test(tested) && tested.split(/\s+/).length <= 6) || roleAnswer(tested))
    flaws.push("answer-is-frame");
  if (item.type !== "truefalse" && symbolWord(item.answer)) flaws.push("broken-formula");
  // "… that pass a specified point in space in a specified amount of time (in the SI system?": a parenthesis cut open
  // (and "… a vowel sound (e.g., coo": an answer cut inside its bracket)
  if (unclosedParen(item.prompt) || unclosedParen(item.answer)) flaws.push("unclosed-parenthesis");
  // "H 2 PO 4 , HPO 4 2− , and PO 4 3−": a formula whose subscripts the text lost
  if (BROKEN_FORMULA.test(item.prompt) || BROKEN_FORMULA.test(item.answer)) flaws.push("broken-formula");
  // "What prompted a number of contentious debates?" -> "The question of slavery stood as … Convention and": an answer
  // cut where its clause went on
  if (item.type !== "truefalse" && CUT_ANSWER.test(item.answer)) flaws.push("cut-answer");
  if (ctx.firstFlaw && flaws.length) return failed(flaws);
  const np = normAnswer(item.prompt);
  flaws.push(...extraFlaws(item, ctx.everyday));
  if (ctx.firstFlaw && flaws.length) return failed(flaws);
  // "Rapid eye movement (_____) sleep": the expansion right before the blank gives the abbreviation away
  if (/\(\s*_{3,}\s*\)/.test(item.prompt)) flaws.push("blank-in-parentheses");
  // "The conflict of _____ I mobilized …" -> "World War": the blank cuts a name before its numeral
  if (/_{3,}\s+(?:I{1,3}|IV|V|VI{1,3})\b/.test(item.prompt)) flaws.push("split-phrase");
  // "al-Qaeda leader _____ bin Laden" -> "Osama": the blank cuts a name before its particle
  if (BLANK_BEFORE_PARTICLE.test(item.prompt)) flaws.push("split-phrase");
  if (item.type !== "truefalse") {
    if (containsWords(np, nt)) flaws.push("answer-in-prompt");
    // "French scientist _____'s daughter, Irène Joliot-Curie, …" -> "Marie Curie": the family name gives the person
    else if (item.kind === "person" && nt.includes(" ") && familyNameIn(np, nt)) flaws.push("answer-in-prompt");
    // "… non-REM (NREM) sleep, typically followed by _____" -> "REM sleep": every word of the answer is in the stem
    // (with options, mcqFlaws judges the words the options do not share)
    else if (!item.options && nt.includes(" ") && nt.split(" ").every((w) => containsWords(np, w)))
      flaws.push("stem-repeats-key");
    // "the now-ionized atom (called a(n) _____)" -> ion: the word the answer makes is in the stem
    else if (!item.options && derivedWordIn(np, nt)) flaws.push("stem-repeats-key");
    else if (item.type === "cloze" && nt.includes(" ") && derivedAnswerWordIn(np, nt)) flaws.push("stem-repeats-key");
    // (a list names its members' class in its stem: "three kinds of … filaments: microfilaments, …")
    else if (item.type === "cloze" && item.form !== "list" && stemInsideAnswer(np, nt)) flaws.push("stem-repeats-key");
    else if (!item.options && contractedIn(np, nt)) flaws.push("stem-repeats-key");
    for (const a of ctx.aliases ?? []) {
      const na = normAnswer(a);
      if (na && na.length >= 3 && containsWords(np, na)) {
        flaws.push("alias-in-prompt");
        break;
      }
    }
  }
  if (
    item.type !== "truefalse" &&
    (item.kind !== "term" || CAPITALS_START.test(tested)) &&
    acronymCue(item.prompt, tested)
  )
    flaws.push("acronym-in-prompt");
  if (PRONOUN_START.test(item.prompt.trim())) flaws.push("unresolved-pronoun");
  if ((item.type === "truefalse" || item.prompt.includes("___")) && barePrompt(item.prompt)) flaws.push("no-context");
  if (cutList(item, quotes)) flaws.push("cut-list");
  if (cutInAside(item)) flaws.push("garbled-text");
  if (SIMILAR_TO_BEFORE.test(item.prompt)) flaws.push("no-context");
  if (ctx.firstFlaw && flaws.length) return failed(flaws);
  flaws.push(...leaningFlaws(item));
  // "which city has been careful ...": a city acting like a person stands for its government
  if (CITY_AS_ACTOR.test(item.prompt)) flaws.push("city-as-actor");
  // "government.”?" / "government.?": stray punctuation before the question mark
  // "… before it is _____. has a significant impact" (the key was an abbreviation with its period): a sentence torn
  if (/[.,;:!]\s*[”"’]*\?$/.test(item.prompt.trim()) || BLANK_THEN_PERIOD.test(item.prompt))
    flaws.push("stray-punctuation");
  // "Some schools charge very _____": an intensifier before the blank leaves an adjective's half of the answer
  // "referred to as _____ and beta receptors" -> alpha: a modifier whose head the other member carries
  if (
    INTENSIFIER_BLANK.test(item.prompt) ||
    (!tested.includes(" ") && !/s$/i.test(tested) && SHARED_HEAD_AFTER.test(item.prompt)) ||
    (ADJECTIVE_FIRST.test(tested) && SHARED_HEAD_BEFORE.test(item.prompt))
  )
    flaws.push("split-phrase");
  // "You may occasionally see platelets referred to as _____, but.": a sentence cut at its conjunction
  const trimmed = item.prompt.trim();
  if (CUT_AT_CONJUNCTION.test(trimmed.slice(-10)) || NOT_A_QUESTION.test(trimmed) || FRAGMENT.test(trimmed))
    flaws.push("garbled-text");
  // "According to X, The entry of ...": a capitalised common word after a comma (a removed opening quote)
  if (CLAUSE_OPENER.test(item.prompt)) flaws.push("stray-capital");
  // "the _____ (Treaty) states": a parenthetical right after the blank hints at the key
  // ("the _____ (6 years to puberty)": an age or a figure in parentheses hints at nothing)
  if (/_{3,}[’']?s?\s*\((?!\d)[^()]{1,60}\)/.test(item.prompt)) flaws.push("parenthetical-hint");
  if (item.prompt.length > 600) flaws.push("prompt-too-long");
  // "as noted in _____ above": a pointer into the page's layout; "is _____ =hf0": a symbol of a formula
  if (/_{3,}\s+(?:above|below)\b|_{3,}\s*=|=\s*_{3,}/.test(item.prompt)) flaws.push("layout-blank");
  // "… what they expect.The bottom line …": two sentences run together; "… called the _____:" lost what followed
  if ((stopThenWord && RUN_ON.test(item.prompt)) || /:\s*$/.test(item.prompt)) flaws.push("run-on");
  // "… at both ends, as illustrated.", "… can be seen in." (the figure's name was dropped), "the electric field (E)
  // shown surrounding the wire": a figure the student cannot see
  if (pointsToFigure(item.prompt, item.answer)) flaws.push("figure-reference");
  if (/\ball of the above\b|\bnone of the above\b/i.test(item.prompt + " " + (item.options ?? []).join(" ")))
    flaws.push("all-of-the-above");
  if (
    /^(which|what|who|when|where|how)\b/i.test(item.prompt) &&
    (/\b(NOT|EXCEPT)\b|\bwhich of the following is not\b/.test(item.prompt) ||
      // "Who may not have been the originator of …?": countless people were not
      /^(?:Who|What|Which)\s+(?:may|might|did|does|do|was|were|is|are|has|have|had|could|would)\s+(?:not|never)\b/.test(
        item.prompt,
      ))
  )
    flaws.push("negative-stem");
  // "The Sun's annual path is not linked with Earth's _____" among options: which one it is not linked with
  if (item.type === "mcq" && /\b(?:not|never|no longer)\b[^.;,]*_{3,}/i.test(item.prompt)) flaws.push("negative-stem");
  if (item.type === "mcq" && !(ctx.firstFlaw && flaws.length)) mcqFlaws(item, nt, np, quotes, ctx.aliases, flaws);
  return { ok: flaws.length === 0, flaws: [...new Set(flaws)] };
}

/** The result of a lint that found flaws. */
function failed(flaws: string[]): LintResult {
  return { ok: false, flaws: [...new Set(flaws)] };
}
