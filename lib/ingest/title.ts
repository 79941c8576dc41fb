import { IngestError } from "./errors";
import { MAX_DERIVED_TITLE_LENGTH, MAX_TITLE_LENGTH } from "./limits";

/** Collapse internal whitespace (incl. newlines) to single spaces, NFC, trim. */
export function cleanTitle(title: string): string {
  return title.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** A candidate title is usable if it is non-empty and fits MAX_TITLE_LENGTH. */
export function usableTitle(candidate: string | undefined): string | undefined {
  if (candidate === undefined) return undefined;
  const t = cleanTitle(candidate);
  return t.length > 0 && t.length <= MAX_TITLE_LENGTH ? t : undefined;
}

/**
 * The first non-empty line, if it looks like a title: at most
 * MAX_DERIVED_TITLE_LENGTH characters and not ending with a period.
 */
export function titleFromFirstLine(text: string): string | undefined {
  for (const line of text.split("\n")) {
    const t = cleanTitle(line);
    if (t.length === 0) continue;
    if (t.length <= MAX_DERIVED_TITLE_LENGTH && !t.endsWith(".")) return t;
    return undefined;
  }
  return undefined;
}

/** Base name of an uploaded file (browsers may send "C:\fakepath\x.pdf"). */
export function baseName(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] ?? "";
}

/** File name without directory and without its (last) extension. */
export function fileStem(fileName: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Title from the file name; never truncated: a name over the limit is an error. */
export function titleFromFileName(fileName: string): string {
  const t = cleanTitle(fileStem(fileName));
  if (t.length === 0) return "Untitled";
  assertTitleLength(t, "file name");
  return t;
}

/** Throws TITLE_TOO_LONG if `title` exceeds MAX_TITLE_LENGTH. */
export function assertTitleLength(title: string, what: "title" | "file name" = "title"): void {
  if (title.length <= MAX_TITLE_LENGTH) return;
  const message =
    what === "title"
      ? `The title is ${title.length} characters long; the limit is ${MAX_TITLE_LENGTH}. Please shorten it.`
      : `The file name is ${title.length} characters long, too long to use as a title (the limit is ${MAX_TITLE_LENGTH}). Rename the file and upload it again.`;
  throw new IngestError("TITLE_TOO_LONG", message);
}
