// Typed errors of reading a question bank; the message is written for the person importing.

export type InteropErrorCode =
  "FILE_TOO_LARGE" | "CORRUPT_ZIP" | "UNKNOWN_SCHEMA" | "SYNTAX" | "EMPTY_BANK" | "UNSUPPORTED_FORMAT" | "INVALID_TEXT";

export class InteropError extends Error {
  constructor(
    readonly code: InteropErrorCode,
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = "InteropError";
  }
}

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Unpacked size allowed for one entry of a package (a zip bomb stops here). */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
export const MAX_IMPORT_ITEMS = 5000;
