// Typed, user-facing errors for document ingest.
//
// Every failure the ingest module can report is an `IngestError` with a stable
// `code` (for callers to branch on, e.g. to map to an HTTP status) and a plain
// `message` that can be shown to the user as-is: it says what went wrong and
// what to do about it.

export const INGEST_ERROR_CODES = [
  "EMPTY_TEXT",
  "FILE_TOO_LARGE",
  "UNSUPPORTED_TYPE",
  "BINARY_FILE",
  "PDF_NO_TEXT",
  "PDF_UNREADABLE",
  "DOCX_UNREADABLE",
  "INVALID_UTF8",
  "TITLE_TOO_LONG",
] as const;

export type IngestErrorCode = (typeof INGEST_ERROR_CODES)[number];

export class IngestError extends Error {
  readonly code: IngestErrorCode;

  constructor(code: IngestErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "IngestError";
    this.code = code;
  }
}

export function isIngestError(value: unknown): value is IngestError {
  return value instanceof IngestError;
}
