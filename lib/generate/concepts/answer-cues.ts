// Answers a stem points back to or names in other words: "The resulting saturation, or …" ("resulting saturation" is
// no term), "the predominant white blood cells" for leukocytes (the lexicon's other name of the answer).
import type { Lexicon } from "./lexical";
import { singular } from "./np";

/** "resulting saturation", "a related vein", "the latter": a phrase that points back to something told before */
const BACK_WORD = /^(?:resulting|such|same|latter|former|aforementioned|above|related|previous|preceding)(?=\s)/i;
/** "Such an explosion is also called …", "another constant quantity: …": the term stands for one thing told before */
const BACK_BEFORE = /\b(?:such\s+an?|this|these|those|another)\s+$/i;

/**
 * The term, or the answer, points back: "The resulting saturation, or inundation of information, …" makes no card
 * "What is the term for inundation of information?" -> "resulting saturation"; "Such an explosion is also called a
 * supernova" no card "What is another name for explosion?" (where the text first uses the term).
 */
export function pointsBack(sentence: string, term: string, answer: string): boolean {
  if (BACK_WORD.test(term) || BACK_WORD.test(answer)) return true;
  if (!term) return false;
  const at = sentence.toLowerCase().indexOf(term.toLowerCase());
  return at > 0 && BACK_BEFORE.test(sentence.slice(Math.max(0, at - 14), at));
}

/**
 * "What is the term for the predominant white blood cells …?" -> leukocytes: the stem holds a phrase the lexicon gives
 * as another name of the answer (or of its first word).
 */
export function synonymInPrompt(prompt: string, answer: string, lexicon: Lexicon): boolean {
  const a = answer.toLowerCase();
  if (a.split(/\s+/).length > 4) return false;
  const first = a.split(/\s+/)[0]!;
  const lookup = (w: string) => {
    const ss = lexicon.synonyms(w);
    return ss.length ? ss : lexicon.synonyms(singular(w));
  };
  const syns = new Set([...lookup(a), ...(first !== a && first.length >= 6 ? lookup(first) : [])]);
  const low = prompt.toLowerCase();
  for (const syn of syns) {
    // (a single word is another name only in some sense: "organization" for constitution, "ancestry" for kinship)
    if (!syn.includes(" ") || a.includes(syn)) continue;
    if (new RegExp(`\\b${syn.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:e?s)?\\b`).test(low)) return true;
  }
  return false;
}
