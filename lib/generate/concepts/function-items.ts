// "_____ intensifies a change in the body's physiological condition.": a term asked from what it does, from a sentence
// whose subject is the term and whose verb, in the general present, says its function or effect.
import { BLANK, leansOnContext } from "./prompt";
import { clauseEnd } from "./phrase";
import { type TermInfo } from "./terms";
import type { Phrase, SentenceRecord } from "./types";
import { finish, surface, type ConceptBuildCtx, type ConceptItem, type StatedSentence } from "./item-kit";

/**
 * "Positive feedback intensifies a change in the body’s physiological condition rather than reversing it." ->
 * "_____ intensifies a change in the body’s physiological condition." / "positive feedback". Only a present-tense verb
 * right after the subject (a statement of what the thing does in general, not a narrative); the predicate, up to its
 * clause end, is the clue.
 */
export function functionItem(
  ctx: ConceptBuildCtx,
  r: SentenceRecord,
  m: Phrase,
  info: TermInfo,
  s: StatedSentence,
): ConceptItem | null {
  if (!r.presentVerb || r.verbAt < 0 || r.lead) return null;
  // "What do sociologists do?": people are not a concept whose function is asked
  if (info.classes[0] === "person" || info.genusClasses[0] === "person") return null;
  // "What do metaethics do?": a theory, a field or an idea holds, it does not act
  if (/^(?:cognition|communication)$/.test(info.classes[0] ?? "") || /(?:ism|ics|ology|ory)$/.test(info.key))
    return null;
  // "What does the brain do?" asks about everything a brain does: only for a term the text states or an unusual one
  if (!info.defined && !info.named && !info.key.includes(" ") && ctx.lexicon.frequency(info.key) >= 12) return null;
  const end = clauseEnd(r.text, r.verbAt);
  // "thrive in a vast array of environments: Some grow …": what follows a colon is the detail, not the function
  const answer = r.text
    .slice(r.verbAt, end)
    .split(/:\s/)[0]!
    .replace(/[\s,;:]+$/, "");
  const n = answer.split(/\s+/).length;
  if (n < 5 || n > 28 || leansOnContext(answer)) return null;
  // "What does a bone do?" -> "grows in length …", "What does formal education do?" -> "describes …": only a verb
  // of function or effect answers that question
  if (!specificFunction(answer)) return null;
  // the verb acts on a thing of its own ("produces abundant, inexpensive natural gas …"; not "turns out to be …")
  if (!functionAsked(answer)) return null;
  const term = surface(m.text, info);
  const it = finish(ctx, s, "cloze", functionCloze(r.det, answer), term, undefined, "function", info);
  if (it) it.term = info.key;
  return it;
}

/**
 * The term asked from what it does ("The _____ sends branches to both the SA and AV nodes." -> vagus nerve): asked the
 * other way, "What does the vagus nerve send?" has many answers (blind raters of pA-pV accepted 2 of 15 such cards).
 */
export function functionCloze(det: string, predicate: string): string {
  const d = det.toLowerCase();
  const article = d === "a" || d === "an" ? "A(n) " : d ? "The " : "";
  return `${article}${BLANK} ${predicate}.`;
}

/** "turns out to be", "allows us to assume", "helps them to": a verb whose object is no thing it makes or acts on */
const NO_OBJECT = /^(?:out|up|on|off|in|into|to|that|us|you|them|people|one|it|him|her|me|individuals|researchers)\b/i;

/**
 * "produces abundant, inexpensive natural gas …" -> { verb: "produce", object: "abundant, inexpensive natural gas …" }:
 * the function's verb in its plain form and what it acts on (null where the verb takes no object of its own)
 */
export function functionAsked(predicate: string): { verb: string; object: string } | null {
  const m = /^(\p{Ll}+)\s+(.+)$/u.exec(predicate);
  if (!m || NO_OBJECT.test(m[2]!) || m[2]!.split(/\s+/).length < 3) return null;
  const verb = m[1]!
    .replace(/ies$/, "y")
    .replace(/(ss|sh|ch|x|z)es$/, "$1")
    .replace(/([^s])s$/, "$1");
  // "inhibits osteoclast activity and stimulates calcium uptake …": the object ends before a second verb of function
  const second = SECOND_FUNCTION.exec(m[2]!);
  return { verb, object: second && FUNCTION_VERB.test(second[1]!) ? m[2]!.slice(0, second.index) : m[2]! };
}

const SECOND_FUNCTION = /\s+and\s+(\p{Ll}+s)\s/u;

/** verbs that say what a thing does for or to something else (its function or effect) */
const FUNCTION_VERB =
  /^(?:regulat|control|produc|secret|transport|carr|convert|stor|protect|caus|prevent|allow|enabl|increas|decreas|reduc|inhibit|stimulat|break|bind|absorb|releas|maintain|detect|transmit|receiv|send|connect|separat|remov|synthesi[sz]|digest|filter|support|promot|block|activat|generat|trigger|limit|coordinat|signal|mimic|destroy|kill|form|turn|link|hold|lower|rais|slow|speed)\w*\b/i;
/**
 * "What does the caste system do?" -> "determines all aspects of an individual's life", "What do life tables do?" ->
 * "provide important information about …": a verb ("determines", "provides", "helps", "makes") or an object ("all
 * aspects", "a role") that fits most things a term does answers nothing; FUNCTION_VERB leaves those verbs out
 */
const GENERIC_FUNCTION = /\b(?:all aspects|an? (?:important |key |major |central )?role)\b/i;

/** What a term does, said with a verb of function and not in words that fit most things ("provide information about"). */
export function specificFunction(answer: string): boolean {
  return FUNCTION_VERB.test(answer) && !GENERIC_FUNCTION.test(answer);
}
