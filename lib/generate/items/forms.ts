// The item forms: which to try for a fact and in what order (mcq, flashcard, cloze, now and then a true/false
// statement for a number or a date), and what an mcq (options) and a true/false statement (a swapped value) add to an item.
import type { Citation, Item, ItemType } from "../types";
import type { Fact } from "../facts/fact";
import { parseDate, parseNumber } from "../facts/numbers-dates";
import { shuffle, type Rng } from "../prng";
import { cite, type BuildCtx, type Distractor } from "./context";
import { CITIES, PLACES } from "../lexicon";
import { objectArray } from "../arrays";

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const NAME_BEFORE = /\p{Lu}[\p{L}.-]*\s+(?:of\s+)?$/u;

/** A form to try and its prompt. */
export interface Form {
  type: ItemType;
  prompt: string;
}

/** kinds asked by name */
export const ENTITY_KINDS = new Set(["person", "org", "place", "other"]);
/**
 * Kinds a textbook section asks only as a question ("In 1843, who was the young Englishman who …?"): blind raters of
 * pA-pO accepted 8 of 11 such flashcards but 9 of 31 multiple-choice items and blanks of names and dates there (wrong
 * options of another era or kind, a blank any name of the chapter fits).
 */
const ASKED_ONLY_AS_QUESTION = new Set(["person", "org", "place", "other", "date", "number", "money", "quote"]);

/**
 * The forms to try for a fact, in order (the first that passes the lint is kept): with three wrong options an mcq
 * (or, about a third of the time, the flashcard or cloze first); without them a flashcard or a cloze. The true/false
 * pass asks only for a statement. In exposition the options come first, always, and a name, a place or an
 * organisation is never a bare blank ("Kavanaugh's previous nomination … by President _____ in 2003": any president
 * of the chapter fits as asked).
 */
export function formsToTry(
  f: Fact,
  canMcq: boolean,
  r0: number,
  tfOnly: boolean,
  exposition = false,
  noAgent = false,
): Form[] {
  // (an array of objects even when no form is pushed: see arrays.ts; buildItem's code was thrown away at an empty one)
  const prompts: Form[] = objectArray();
  const r = exposition ? 0 : r0;
  const options = canMcq && !bounded(f);
  // a sentence that needs the one before ("… resigned the next day") is asked as a cloze shown after it: a question
  // has no room for that sentence ("Who resigned the next day?")
  // ("Who had presented difficulties for its neighbors …?" -> Spanish Florida: a name the corpus does not type as a
  // person, ending in a place's name, is no "who")
  // ("Who justified in Americans' minds their right …?" -> Manifest Destiny: an idea, by the lexicon, is no "who")
  const wh = f.ctxPrefix || placeAskedWho(f) || (noAgent && asksWho(f)) ? undefined : f.wh;
  const cloze = f.cloze ?? "";
  // (the blank may still be an mcq's prompt: with options it is no bare blank)
  const bare = cloze && !(exposition && ENTITY_KINDS.has(f.kind));
  if (tfOnly) {
    if (canMcq && statementOk(f)) prompts.push({ type: "truefalse", prompt: f.tfText! });
  } else if (exposition && ASKED_ONLY_AS_QUESTION.has(f.kind)) {
    // in a textbook section a name, a date or a number is asked as a question of its own or not at all
    if (wh) prompts.push({ type: "flashcard", prompt: wh });
  } else if (options) {
    // now and then a number or a date in a short sentence is asked as a statement to judge (a true/false item of
    // its own, not a second item restating a fact another item asks)
    if (
      r >= 0.88 &&
      (f.kind === "number" || f.kind === "money" || f.kind === "date") &&
      f.sentWords <= 35 &&
      statementOk(f)
    )
      prompts.push({ type: "truefalse", prompt: f.tfText! });
    if (r < 0.65) prompts.push({ type: "mcq", prompt: wh ?? cloze });
    else prompts.push(wh ? { type: "flashcard", prompt: wh } : { type: "cloze", prompt: cloze });
    prompts.push({ type: "mcq", prompt: wh ?? cloze });
    if (wh) prompts.push({ type: "flashcard", prompt: wh });
    if (bare) prompts.push({ type: "cloze", prompt: cloze });
  } else {
    if (wh && (f.whType === "flashcard" || r < 0.7)) prompts.push({ type: "flashcard", prompt: wh });
    if (bare) prompts.push({ type: "cloze", prompt: cloze });
    if (wh) prompts.push({ type: "flashcard", prompt: wh });
  }
  return prompts;
}

/** The fact's question asks "who" ("Who …?", "In 1967, who …?"). */
function asksWho(f: Fact): boolean {
  return !!f.wh && /^(?:.*,\s+)?who\b/i.test(f.wh);
}

/** A "Who …?" question whose answer, not typed as a person, ends in a country's, a state's or a city's name. */
export function placeAskedWho(f: Fact): boolean {
  if (f.kind === "person" || !asksWho(f)) return false;
  const last = f.answer.toLowerCase().split(/\s+/).pop() ?? "";
  return PLACES.has(last) || CITIES.has(last);
}

/** a number written as a bound: "60% or fewer", "at least 30", "up to 90 percent" */
const BOUND_AFTER =
  /^(?:\s+(?:percent|per cent|%))?\s+or\s+(?:fewer|more|less|greater|higher|lower|above|below|over|under)\b/;
const BOUND_BEFORE =
  /\b(?:at\s+least|at\s+most|up\s+to|more\s+than|fewer\s+than|less\s+than|over|under|nearly|almost)\s+$/;

/**
 * "votes of 60% or fewer", "in more than 47 languages": a number written as a bound is still true of other values, so
 * no statement swaps it and no other number is a wrong option ("more than 28" is as true).
 */
function bounded(f: Fact): boolean {
  if (f.kind !== "number" && f.kind !== "money" && f.kind !== "date") return false;
  const before = f.sentText.slice(Math.max(0, f.aRel - 24), f.aRel);
  return BOUND_AFTER.test(f.sentText.slice(f.aEnd)) || BOUND_BEFORE.test(before);
}

/** A fair true/false statement can be made of the fact's sentence by swapping its answer. */
function statementOk(f: Fact): boolean {
  // swapping a person is only a fair true/false question for "who said what", not for titles ("Russian President X")
  const personOk =
    f.kind !== "person" ||
    (!f.mention?.role &&
      /^\s+(says|said|argues|argued|adds|added|cautions|agrees|notes|believes|warns|claims|contends|told|diverges)\b/.test(
        f.sentText.slice(f.aEnd),
      ));
  // a number inside a name ("the Revolution of 1800", "the Judicial Act of 1789") is part of the name: changing
  // it makes a statement about something that does not exist
  const before = f.sentText.slice(Math.max(0, f.aRel - 24), f.aRel);
  const inName = (f.kind === "date" || f.kind === "number") && NAME_BEFORE.test(before);
  return !!f.tfText && !f.ctxPrefix && personOk && !inName && !bounded(f);
}

/** An mcq's four options in a seeded order, and where the wrong options taken from the documents appear. */
export function addOptions(item: Item, f: Fact, distractors: Distractor[], rng: Rng, ctx: BuildCtx): void {
  // (filled by push, not spread: see buildItem's citations)
  const texts = [f.answer];
  for (let i = 0; i < distractors.length && i < 3; i++) texts.push(distractors[i]!.text);
  const opts = shuffle(texts, rng);
  item.options = opts;
  const oc: Record<string, Citation[]> = {};
  for (const d of distractors.slice(0, 3)) if (d.cite) oc[d.text] = [cite(ctx, d.cite)];
  if (Object.keys(oc).length) item.optionCitations = oc;
}

/** A true/false statement: the sentence as it is, or (half the time) with the wrong option nearest the key. */
export function makeStatement(item: Item, f: Fact, distractors: Distractor[], rng: Rng): void {
  const makeFalse = rng() < 0.5 && distractors.length > 0;
  const tf = f.tfText!;
  item.prompt = makeFalse ? tf.slice(0, f.tfA) + closestDistractor(f, distractors) + tf.slice(f.tfB) : tf;
  item.answer = makeFalse ? "False" : "True";
  item.trueAnswer = f.answer;
}

/**
 * The wrong value for a false statement: the option nearest the key (a year or two off, a number of the same
 * size), so the statement cannot be judged false from general knowledge ("during its 1989 war with Azerbaijan").
 */
function closestDistractor(f: Fact, ds: Distractor[]): string {
  const m = f.mention;
  let best = ds[0]!.text;
  if (!m) return best;
  let bd = Infinity;
  for (const d of ds) {
    let dist = Infinity;
    if (f.kind === "date") {
      const pd = parseDate(d.text);
      if (pd && m.year !== undefined && pd.year !== undefined)
        dist = Math.abs(pd.year - m.year) * 12 + Math.abs((pd.month ?? 1) - (m.month ?? 1));
      else if (pd && m.month !== undefined && pd.month !== undefined)
        dist = Math.abs(pd.month - m.month) * 31 + Math.abs((pd.day ?? 1) - (m.day ?? 1));
    } else {
      const pn = parseNumber(d.text);
      if (pn && m.value) dist = Math.abs(Math.log(pn.value / m.value));
    }
    if (dist < bd) {
      bd = dist;
      best = d.text;
    }
  }
  return best;
}
