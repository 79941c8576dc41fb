// Public entry points of the generation engine (pure TypeScript: no Next, React or Prisma).
import type { Deck, GenerateOptions, SourceDocument } from "./types";
import { generate } from "./engine";

export type * from "./types";
export { splitSentences, detectTitle, normAnswer, countWords, looksEnglish } from "./text";
export type { Sentence, SentenceRole } from "./text";
export { lintItem } from "./lint";
export type { LintContext } from "./lint";
export { NOT_ENGLISH_WARNING } from "./engine";
export { skeleton, EntityRegistry } from "./entities";
export type { Lexicon } from "./concepts/lexical";
export { NO_LEXICON } from "./concepts/lexical";

/** Turn documents into a deck of cited study items. Deterministic for a given seed. */
export function generateDeck(documents: SourceDocument[], options: GenerateOptions = {}): Deck {
  return generate(documents, options);
}
