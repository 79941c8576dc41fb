// Public entry points of the generation engine (pure TypeScript: no Next, React or Prisma).
import type { Deck, GenerateOptions, SourceDocument } from "./types";
import { generate } from "./pipeline";

export type * from "./types";
export { splitSentences, detectTitle } from "./text/sentences";
export { normAnswer, countWords, looksEnglish } from "./text/words";
export type { Sentence, SentenceRole } from "./text/sentences";
export { lintItem } from "./items/lint";
export type { LintContext } from "./items/lint";
export { NOT_ENGLISH_WARNING } from "./read/corpus-reader";
export { skeleton, EntityRegistry } from "./facts/entities";
export type { Lexicon } from "./concepts/lexical";
export { NO_LEXICON } from "./concepts/lexical";

/** Turn documents into a deck of cited study items. Deterministic for a given seed. */
export function generateDeck(documents: SourceDocument[], options: GenerateOptions = {}): Deck {
  return generate(documents, options);
}
