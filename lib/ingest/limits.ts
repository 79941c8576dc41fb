/** Largest upload accepted, in bytes (10 MiB). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Longest title accepted, in UTF-16 code units (what `string.length` counts). */
export const MAX_TITLE_LENGTH = 200;
/** Fewest non-whitespace characters a document must contain to be useful. */
export const MIN_TEXT_CHARS = 20;
/** A first line longer than this is treated as prose, not as a title. */
export const MAX_DERIVED_TITLE_LENGTH = 150;
