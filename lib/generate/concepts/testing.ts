// Helpers for the concept family's tests: one sentence read through every pattern, a small lexicon stand-in, and a
// deck of a short text without the size cap. Used by tests only.
import { generateDeck, type Item } from "..";
import { tokenize } from "../read/nlp";
import type { Lexicon } from "./lexical";
import { conceptCandidates } from "./sentence";
import type { ConceptCandidate } from "./types";

/** What one sentence states, as the reader would see it (the whole text as one sentence of document 0). */
export function readSentence(text: string): ConceptCandidate[] {
  return conceptCandidates({
    doc: 0,
    start: 0,
    end: text.length,
    text,
    toks: tokenize(text, 0, text.length),
    prevText: undefined,
    block: 0,
  });
}

/** A small lexicon stand-in: every word is rare and known as a noun of one class, unless listed as everyday. */
export function stubLexicon(everyday: string[] = []): Lexicon {
  return {
    nounClasses: () => ["process"],
    frequency: (w) => (everyday.includes(w) ? 100 : 0),
    isNoun: () => true,
    isVerb: () => false,
    senseCount: () => 1,
    synonyms: () => [],
    siblings: () => [],
  };
}

/** The items of a short text's deck, without the size cap (a 100-word text allows only three items). */
export function deckOf(text: string, title: string, lexicon: Lexicon = stubLexicon()): Item[] {
  return generateDeck([{ id: "d", title, text }], { seed: 1, lexicon, maxItemsPer1000Words: 1000 }).items;
}

/** A short text's deck as [prompt, answer] pairs, its title as the first line (what a reader of the deck sees). */
export function askedOf(text: string, title: string, lexicon: Lexicon): (readonly [string, string])[] {
  return deckOf(`${title}\n\n${text}`, title, lexicon).map((i) => [i.prompt, i.answer] as const);
}

/** For each definition one sentence states, what `judge` says of it and its gloss (a guard's verdicts, in order). */
export function judgeDefinitions<T>(text: string, judge: (c: ConceptCandidate, gloss: string) => T): T[] {
  return readSentence(text)
    .filter((c) => c.rel === "definition" && c.gloss)
    .map((c) => judge(c, c.gloss!.text));
}

/** What one sentence states, as [relation, term, gloss] triples (a compact form to compare in a test). */
export function readTriples(text: string): (string | undefined)[][] {
  return readSentence(text).map((c) => [c.rel, c.term.text, c.gloss?.text]);
}

/** A cloze item citing its sentence, by default the prompt with the answer in the blank (for the lint's tests). */
export function clozeItem(
  prompt: string,
  answer: string,
  kind: Item["kind"] = "term",
  quote = prompt.replace("_____", answer),
): Item {
  return {
    id: "x",
    type: "cloze",
    kind,
    prompt,
    answer,
    citations: [{ documentId: "d", start: 0, end: quote.length, quote }],
  };
}

/** A term card citing `quote` (for the lint's tests). */
export function cardItem(prompt: string, answer: string, quote: string): Item {
  return {
    id: "x",
    type: "flashcard",
    kind: "term",
    prompt,
    answer,
    citations: [{ documentId: "d", start: 0, end: quote.length, quote }],
  };
}
