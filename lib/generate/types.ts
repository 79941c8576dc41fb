// Public types of the generation engine: documents in, cited study items out.
import type { Lexicon } from "./concepts/lexical";

export type ItemType = "mcq" | "flashcard" | "cloze" | "truefalse";
export type FactKind = "person" | "org" | "place" | "date" | "number" | "money" | "quote" | "term" | "cause" | "other";

export interface SourceDocument {
  /** Stable id chosen by the caller (database id, or a hash for the CLI). */
  id: string;
  title: string;
  /** The stored plain text; citation offsets are UTF-16 code units into it. */
  text: string;
  /** Optional path as given on the command line (echoed into citations). */
  path?: string;
  /** Formatting kept at ingest (headings, bold, italic, list items), offsets into `text`. */
  spans?: FormatSpan[];
}

export type FormatKind = "heading" | "bold" | "italic" | "item";

/** A formatted stretch of a document's text: [start, end) in UTF-16 code units. */
export interface FormatSpan {
  start: number;
  end: number;
  kind: FormatKind;
}

export interface Citation {
  documentId: string;
  path?: string;
  start: number;
  end: number;
  /** Exactly text.slice(start, end). */
  quote: string;
}

export interface Item {
  /** Deterministic id derived from content (same input + seed gives same id). */
  id: string;
  type: ItemType;
  kind: FactKind;
  prompt: string;
  answer: string;
  /** mcq only: four options including the answer. */
  options?: string[];
  citations: Citation[];
  /** mcq only: where wrong options taken from the documents really appear. */
  optionCitations?: Record<string, Citation[]>;
  /** Ranking score, higher is better (informative; not part of the contract). */
  score?: number;
  /** How the item was found (informative): "definition", "naming", "subject", "mention", "list", "example", … */
  form?: string;
  /** truefalse only: the true answer (grounded in the citations) tested by the statement. */
  trueAnswer?: string;
}

export interface GenerateOptions {
  seed?: number;
  /** Upper bound on items per 1,000 words (default around 35). */
  maxItemsPer1000Words?: number;
  /** Absolute upper bound on the deck size (default 1500), keeps huge inputs bounded. */
  maxItems?: number;
  /**
   * Items one sentence may give (default 2: the second only for a strong fact of its own). Tests of item forms
   * raise it to see every form a sentence supports.
   */
  maxItemsPerSentence?: number;
  /** Profiling and tracing for the scripts (the engine itself reads no environment variables). */
  profile?: GenerateProfile;
  /**
   * A general English lexicon (WordNet through lib/lexicon): word frequency, noun classes, synonyms. Optional: the
   * concept family then relies on the documents alone. See docs/decisions/012-concept-facts.md.
   */
  lexicon?: Lexicon;
}

/** Where profile and trace lines go, and what to measure; every field but `write` is optional. */
export interface GenerateProfile {
  /** Receives each line (ending with a newline). */
  write(line: string): void;
  /** A CPU clock in milliseconds: when given, the CPU time of each phase is written. */
  cpuMs?: () => number;
  /** Called after each timed phase, so that each phase is charged its own garbage (e.g. `gc` under --expose-gc). */
  gc?: () => void;
  /** Write every ranked fact with its score, and every fact that gave no item. */
  traceFacts?: boolean;
}

export interface Deck {
  items: Item[];
  /** Present when the deck is empty or documents were skipped: a plain reason. */
  warnings: string[];
}

/** Extra fields carried by items (optional; the contract fields above are unchanged). */
export interface ItemExtras {
  /** truefalse only: the grounded fact tested by the statement (the true answer). */
  trueAnswer?: string;
}

/** Result of the item-writing lint: empty flaws means the item is clean. */
export interface LintResult {
  ok: boolean;
  flaws: string[];
}
