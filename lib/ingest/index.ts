// CiteDeck document ingest: uploaded files / pasted text -> normalised plain text.
// Pure module: no framework, database or environment access.

import { ACCEPTED_EXTENSIONS, detectFormat } from "./detect";
import type { DocumentFormat } from "./detect";
import { decodeTextFile } from "./decode";
import { docxToText } from "./docx";
import { IngestError } from "./errors";
import { htmlToText } from "./html";
import { MAX_FILE_BYTES, MIN_TEXT_CHARS } from "./limits";
import { markdownToText } from "./markdown";
import { contentHash, countNonSpace, normalizeText } from "./normalize";
import { pdfToText } from "./pdf";
import type { FormatSpan, TextWithSpans } from "./spans";
import {
  assertTitleLength,
  baseName,
  cleanTitle,
  machineFileName,
  titleFromFileName,
  titleFromFirstLine,
  titleFromOpening,
  usableTitle,
} from "./title";

export { IngestError, INGEST_ERROR_CODES, isIngestError } from "./errors";
export type { IngestErrorCode } from "./errors";
export { MAX_FILE_BYTES, MAX_TITLE_LENGTH, MIN_TEXT_CHARS } from "./limits";
export { contentHash, normalizeText } from "./normalize";
export { ACCEPTED_EXTENSIONS };
export type { DocumentFormat, FormatSpan };

export interface ExtractedDocument {
  title: string;
  /** Normalised text (see normalizeText); citation offsets index into this string. */
  text: string;
  /** Headings, bold, italic and list items of the source, [start, end) offsets into `text`, sorted. */
  spans: FormatSpan[];
  format: DocumentFormat;
  /** sha256 hex of `text`. */
  contentHash: string;
}

export interface FileInput {
  fileName: string;
  bytes: Uint8Array;
  mimeType?: string;
}

export interface PastedInput {
  title?: string;
  text: string;
}

const PASTED_FALLBACK_TITLE = "Pasted text";

/**
 * Extract readable, normalised text and a title from an uploaded file.
 * Throws IngestError (with a user-facing message) for anything it cannot use.
 */
export async function extractDocument(input: FileInput): Promise<ExtractedDocument> {
  const { fileName, bytes, mimeType } = input;
  const displayName = baseName(fileName) || "The file";

  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw tooLarge(`“${displayName}”`, bytes.byteLength, "Split it into smaller files or paste the part you need.");
  }

  const format = detectFormat(fileName, bytes, mimeType);
  if (bytes.byteLength === 0) throw emptyText();

  const { text, spans, title: preferredTitle } = await readFormat(format, bytes, displayName);
  assertEnoughText(text);
  const title =
    usableTitle(preferredTitle) ??
    titleFromFirstLine(text) ??
    (machineFileName(fileName) ? titleFromOpening(text) : undefined) ??
    titleFromFileName(fileName);
  return { title, text, spans, format, contentHash: contentHash(text) };
}

/** Build a document from text pasted into the app (format "txt"). */
export function fromPastedText(input: PastedInput): ExtractedDocument {
  const size = new TextEncoder().encode(input.text).byteLength;
  if (size > MAX_FILE_BYTES) {
    throw tooLarge("The pasted text", size, "Paste a shorter part of it.");
  }
  const given = input.title === undefined ? "" : cleanTitle(input.title);
  if (given) assertTitleLength(given);

  const text = normalizeText(input.text);
  assertEnoughText(text);
  const title = given || titleFromFirstLine(text) || PASTED_FALLBACK_TITLE;
  return { title, text, spans: [], format: "txt", contentHash: contentHash(text) };
}

/** The normalised text of one format, its spans, and the title the format itself names. */
async function readFormat(
  format: DocumentFormat,
  bytes: Uint8Array,
  displayName: string,
): Promise<TextWithSpans & { title?: string }> {
  switch (format) {
    case "txt":
      return { text: normalizeText(decodeTextFile(bytes, displayName)), spans: [] };
    case "md":
      return markdownToText(decodeTextFile(bytes, displayName));
    case "html":
      return htmlToText(decodeTextFile(bytes, displayName));
    case "pdf":
      return pdfToText(bytes, displayName);
    case "docx":
      return docxToText(bytes, displayName);
  }
}

function assertEnoughText(text: string): void {
  const n = countNonSpace(text);
  if (n === 0) throw emptyText();
  if (n < MIN_TEXT_CHARS) {
    throw new IngestError(
      "EMPTY_TEXT",
      `The document has almost no text (${n} characters). Paste or upload a file with at least ${MIN_TEXT_CHARS} characters of text.`,
    );
  }
}

function emptyText(): IngestError {
  return new IngestError("EMPTY_TEXT", "The document is empty: paste or upload a file with some text.");
}

/** Megabytes (MiB) with at most one decimal, e.g. "12.3 MB", "10 MB". */
function formatMb(bytes: number, round: (x: number) => number = Math.round): string {
  const mb = round((bytes / (1024 * 1024)) * 10) / 10;
  return `${Number.isInteger(mb) ? mb.toFixed(0) : mb.toFixed(1)} MB`;
}

/** "“x.pdf” is 12.3 MB; the limit is 10 MB." — a size just over the limit never prints as the limit itself. */
function tooLarge(subject: string, bytes: number, advice: string): IngestError {
  const limit = formatMb(MAX_FILE_BYTES);
  let size = formatMb(bytes);
  if (size === limit) size = formatMb(bytes, Math.ceil);
  return new IngestError("FILE_TOO_LARGE", `${subject} is ${size}; the limit is ${limit}. ${advice}`);
}
