// The concept family's own types: what a sentence says about a term, and the sentence it says it in.
import type { Tok } from "../read/nlp";

/**
 * definition: "A set point is the physiological value around which …" (term, gloss = the definition)
 * naming:     "… branching extensions known as dendrites" (term, gloss = what is named, may be empty)
 * alias:      "glial cells (also known as glia)", "the soma, or cell body" (term, gloss = the other name)
 * list:       "two basic cell types: glial cells and neurons" (members, gloss = the listed text)
 * example:    "Childbirth … are two examples of positive feedback loops" (term = the example, genus = the class)
 * cause:      "The electrical charge … is caused by charged molecules" (term = the cause, gloss = the effect)
 * process:    "A hydrogen bond is formed when …" (term, gloss = the when-clause, cue = the verb: "formed", "occur")
 * superlative: "Perhaps the most important set of rules … is its constitution" (term = the answer, cue = the question)
 * contrast:   "Under original jurisdiction, a case is heard …, whereas under appellate jurisdiction, …" (term = each
 *             setting, gloss = its clause, cue = "in" / "under")
 */
export type ConceptRelation =
  "definition" | "naming" | "alias" | "list" | "example" | "cause" | "process" | "superlative" | "contrast";

/** A phrase of the sentence: its text and offsets relative to the sentence start. */
export interface Phrase {
  text: string;
  a: number;
  b: number;
}

export interface ConceptCandidate {
  rel: ConceptRelation;
  term: Phrase;
  gloss: Phrase | null;
  /** head noun of the definition or class ("component", "feedback loop"), singular, lower case */
  genus: string;
  /** list members (list) or the other examples (example) */
  members: Phrase[];
  /** the sentence text before the listed members or before the term ("The soma has branching extensions known as") */
  cue: string;
  /** the term is the grammatical subject of the sentence */
  subject: boolean;
  /** list members that are adjectives ("epithelial, connective, muscle, and nervous"): a list card, but no terms */
  adjectival?: boolean;
  /** a list that is the whole of a class its cue names ("The components of atoms are …"), though no count says so */
  closed?: boolean;
  /**
   * a line of a term list: the class its lead-in names ("the major stages of most ritual acts" from "… outlines the
   * major stages of most ritual acts:"), which the card asks within ("Which of the major stages … is …?")
   */
  frame?: string;
}

/** A sentence as the concept family sees it (offsets absolute; `toks` are wink tokens of the sentence). */
export interface ConceptSentence {
  doc: number;
  start: number;
  end: number;
  text: string;
  toks: Tok[];
  /** the previous sentence of the same paragraph, if any */
  prevText: string | undefined;
  /** the paragraph index */
  block: number;
}

/** Every askable sentence, kept small: questions that blank a key term are built from it once terms are known. */
export interface SentenceRecord {
  doc: number;
  start: number;
  end: number;
  text: string;
  /** the subject noun phrase, offsets relative to the sentence, without its article (null when none) */
  subj: Phrase | null;
  /** the verb right after the subject: its offset in the sentence and whether it is a present-tense lexical verb */
  verbAt: number;
  presentVerb: boolean;
  /** the article or determiner written before it ("The", "A", "") */
  det: string;
  /** a leading phrase ending with a comma ("In healthy individuals, ") that comes before the subject */
  lead: string;
  block: number;
  prevText: string | undefined;
  /** token starts and ends (relative to the sentence) and part-of-speech codes (see POS_CODES) */
  tokS: Int32Array;
  tokE: Int32Array;
  tokPos: Uint8Array;
}

export const POS_CODES: Record<string, number> = {
  NOUN: 1,
  PROPN: 2,
  ADJ: 3,
  VERB: 4,
  AUX: 5,
  NUM: 6,
  ADP: 7,
  DET: 8,
  PRON: 9,
  ADV: 10,
  CCONJ: 11,
  SCONJ: 12,
  PART: 13,
  PUNCT: 14,
};
