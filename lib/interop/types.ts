// The shapes that cross the interop boundary: a deck to export, and a bank of items read from a
// file to import. Pure data; the server fills and stores them.

export type ItemType = "mcq" | "flashcard" | "cloze" | "truefalse";

export const EXPORT_FORMATS = ["apkg", "tsv", "quizlet", "gift", "moodle-xml", "qti", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const IMPORT_FORMATS = ["gift", "moodle-xml", "apkg", "tsv", "quizlet", "csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The blank a cloze prompt (and some multiple-choice prompts) carries where the answer goes. */
export const BLANK = "_____";

export interface ExportCitation {
  documentTitle: string;
  /** the cited sentence, exactly as it stands in the document */
  quote: string;
  documentId?: string;
  start?: number;
  end?: number;
}

export interface ExportItem {
  /** Stable identity of the item (database id, or the engine's id for a deck built from files):
   *  Anki GUIDs, Moodle idnumbers and QTI identifiers derive from it, so a later export of the
   *  same item updates it instead of duplicating it. */
  key: string;
  type: ItemType;
  kind: string;
  prompt: string;
  answer: string;
  /** every option including the answer (mcq); empty otherwise */
  options: string[];
  /** empty: the item is uncited (imported without a sentence that proves it) */
  citations: ExportCitation[];
  status?: string;
  approved?: boolean;
  version?: number;
  score?: number;
}

export interface ExportDeck {
  /** stable id of the deck (Anki deck id, QTI package id) */
  id: string;
  title: string;
  items: ExportItem[];
}

export interface ImportedItem {
  type: ItemType;
  /** "other" when the file does not say */
  kind: string;
  prompt: string;
  answer: string;
  /** every option including the answer (mcq); empty otherwise */
  options: string[];
  /** the identity the file gave the item (Anki GUID, Moodle idnumber), when it had one */
  sourceKey?: string;
  /** a sentence the file says proves the answer (our own exports carry one); only a hint:
   *  citations are always found in the user's own documents */
  citationHint?: string;
  tags: string[];
}

export interface ImportedBank {
  format: ImportFormat;
  /** a title the file suggests (Anki deck name, GIFT or Moodle category) */
  title?: string;
  items: ImportedItem[];
  /** what was skipped and why, one plain sentence each */
  warnings: string[];
}

export interface ExportedFile {
  bytes: Uint8Array;
  contentType: string;
  /** with the dot, e.g. ".apkg" */
  extension: string;
}
