// Interop: decks out to Anki, Quizlet, Moodle, QTI and CSV, and question banks in (pure: no Next,
// React or Prisma; the clock is a parameter). docs/decisions/050-deck-interop.md
export type * from "./types";
export { BLANK, EXPORT_FORMATS, IMPORT_FORMATS } from "./types";
export { InteropError, MAX_IMPORT_BYTES } from "./errors";
export type { InteropErrorCode } from "./errors";
export { exportDeck } from "./export";
export { EXPORT_LABEL, FORMAT_LABEL } from "./labels";
export { readBank, detectTextFormat } from "./detect";
export { CitationFinder, normalize } from "./match";
export type { LibraryDocument, FoundCitation } from "./match";
export { fileStem } from "./text";
export { itemGuid } from "./ids";
