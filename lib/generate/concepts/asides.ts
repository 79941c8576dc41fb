// Definitions given in an aside: a parenthesis after the term ("the key cash crop (a crop grown to sell …)", "metals
// (elements that are shiny …); nonmetals (…)") and a restatement after "that is" ("the antebellum era—that is, in the
// years before the Civil War—").
import { CUE_THAT_IS, cues } from "../text/cues";
import { candidate } from "./embedded";
import { phraseAt, termOk } from "./phrase";
import type { ConceptCandidate, Phrase } from "./types";

// ("The caliphate (an area …)", "The new Islamic state, or caliphate (an area …)": a sentence's first article, or the
// other name after ", or")
const PAREN_GLOSS =
  /(?:\b(?:a|an|the|A|An|The)\s+|,\s+or\s+)((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+\(((?:an?\s+|the\s+)?(?![\p{Ll}-]+(?:ed|ing|en)\b)[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3}\s+(?:that|which|who|used|of|in which|with|\p{Ll}+(?:ed|en|wn)\s+(?:to|by|for|in|from|as))\s+[^()]{3,80})\)/gu;

/** "the antebellum era—that is, in the years before the Civil War—", "homeostasis (that is, a steady state)" */
const THAT_IS =
  /(?:\b(?:the|a|an)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)|(?<=\s)([\p{Ll}-]{5,}))\s*(?:—|\(|,)\s*that is,?\s+(?:(?:in|at|on|during|of|for)\s+)?((?:the|a|an)\s+[^—(),;]{3,80}?)\s*(?:—|\)|,|;|\.$)/gu;

const POINTING_BEFORE =
  /\b(?:this|that|these|those|half|its|their|his|her|our|some|any|each|one|they|we|you|it|what)\s+$/i;
const INTENSIFIER = /\b(?:absolutely|completely|totally|entirely|really|very|truly|utterly|quite|rather|extremely)\b/i;

const AFTER_PREPOSITION = /\p{Ll}{3,}\s+(?:for|from|in|on|with|to|at|by|between|among)\s+$/u;

/** "In the antebellum era—that is, in the years before the Civil War—…": what "that is" restates defines the term. */
export function thatIsDefinitions(text: string): ConceptCandidate[] {
  // (the cue bits of the sentence, already found: no scan of it for the words)
  if ((cues(text) & CUE_THAT_IS) === 0) return [];
  const out: ConceptCandidate[] = [];
  THAT_IS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = THAT_IS.exec(text))) {
    const name = m[1] ?? m[2]!;
    const ta = m.index + m[0].indexOf(name);
    const term: Phrase = { text: name, a: ta, b: ta + name.length };
    // "a precedent, that is, an absolutely new phenomenon": a comment on the word, not what it means
    // "Half this distance—that is, …": a word after "this" or "half" points back, it names nothing
    if (!termOk(term.text) || INTENSIFIER.test(m[3]!) || (!m[1] && POINTING_BEFORE.test(text.slice(0, ta)))) continue;
    // "a base year for the index number—that is, the year …": the restatement tells of the whole phrase
    if (m[0].includes("—") && AFTER_PREPOSITION.test(text.slice(0, m.index))) continue;
    const ga = m.index + m[0].lastIndexOf(m[3]!);
    out.push(candidate("definition", term, { text: m[3]!, a: ga, b: ga + m[3]!.length }));
  }
  return out;
}

const PAREN_LIST_GLOSS =
  /(?:[:;]\s+|,\s+(?:and\s+)?|\band\s+)([\p{Ll}-]{4,}(?:\s+[\p{Ll}-]+)?)\s+\((\p{Ll}+s\s+(?:that|which|who)\s+[^()]{3,160})\)/gu;
/**
 * "(especially …)", "(the closer …)", "(superior to the spine of the scapula)": a comment, a proportion or a place;
 * "(thereby bypassing …)", "(although both …)": a clause of the sentence's own
 */
const NO_PAREN_GLOSS =
  /^(?:(?:superior|inferior|anterior|posterior|lateral|medial|proximal|distal|superficial|deep|dorsal|ventral|adjacent|next|close|near|similar|equal|opposite|parallel|perpendicular|prior)\s+to|\p{Ll}+ly|the\s+(?:more|less|\p{Ll}+er)|in|of|for|with|from|at|on|by|as|see|e\.g\.|i\.e\.|who|which|that|whom|whose|where|thereby|although|though|because|while|whereas|if|when|since|unless|so|thus|hence|even|not|and|or|but)\s/u;

const RANKING_WORD = /^(?:key|main|major|chief|principal|primary|leading|important|most important)\s+(?=\S+\s)/;

/** "chlorophyll, a pigment (molecule that absorbs light) responsible for …": a definition in parentheses. */
export function parentheticalDefinitions(text: string): ConceptCandidate[] {
  if (!text.includes("(")) return [];
  const out: ConceptCandidate[] = [];
  PAREN_GLOSS.lastIndex = 0;
  let m: RegExpExecArray | null;
  // "…: metals (elements that are shiny …); nonmetals (elements that appear dull …); and metalloids (…)"
  PAREN_LIST_GLOSS.lastIndex = 0;
  while ((m = PAREN_LIST_GLOSS.exec(text))) {
    const ta = m.index + m[0].indexOf(m[1]!);
    const term: Phrase = { text: m[1]!, a: ta, b: ta + m[1]!.length };
    if (!termOk(term.text)) continue;
    const ga = m.index + m[0].lastIndexOf("(") + 1;
    // ("—shaded green": a pointer into a figure ends the gloss)
    const dash = m[2]!.search(/\s*[—–]/);
    out.push(candidate("definition", term, phraseAt(text, ga, ga + (dash > 0 ? dash : m[2]!.length)), "paren"));
  }
  PAREN_GLOSS.lastIndex = 0;
  while ((m = PAREN_GLOSS.exec(text))) {
    // "the key cash crop (a crop grown to sell …)": a word that ranks the term is no part of it
    const name = m[1]!.replace(RANKING_WORD, "");
    const ta = m.index + m[0].indexOf(m[1]!) + (m[1]!.length - name.length);
    const term: Phrase = { text: name, a: ta, b: ta + name.length };
    // "(especially the extinguishing of …)", "(the closer to that one person …)": a comment or a proportion
    if (!termOk(term.text) || NO_PAREN_GLOSS.test(m[2]!)) continue;
    const ga = m.index + m[0].lastIndexOf("(") + 1;
    out.push(candidate("definition", term, phraseAt(text, ga, ga + m[2]!.length), "paren"));
  }
  return out;
}
