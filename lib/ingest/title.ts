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

const bullet = (t: string) => /^[•·*\-–—|>]/.test(t);

/**
 * The headline: among the title-like lines before the body (at most
 * MAX_DERIVED_TITLE_LENGTH characters, not ending with a period), the first of three words or
 * more, passing over short furniture above it ("English News", "• youtube"); else the first
 * title-like line ("Lecture 4").
 */
export function titleFromFirstLine(text: string): string | undefined {
  let first: string | undefined;
  let seen = 0;
  for (const line of text.split("\n")) {
    const t = cleanTitle(line);
    if (t.length === 0) continue;
    if (++seen > 8 || t.length > MAX_DERIVED_TITLE_LENGTH || t.endsWith(".")) break;
    if (bullet(t)) continue;
    if (t.split(" ").length >= 3) return t;
    first ??= t;
  }
  return first;
}

/** File names made by machines ("001_11634e0741914211", "IMG_2041") say nothing to a reader. */
export function machineFileName(fileName: string): boolean {
  const stem = fileStem(fileName);
  return (
    /^[\d_\-. ]*(?:[0-9a-f]{6,}|\d{3,}|img|scan|doc|document|untitled)[\w\-. ]*$/i.test(stem) &&
    !/[a-z]{4,}[ _-][a-z]{4,}/i.test(stem)
  );
}

/** The opening words of the text, cut at a word boundary: a title when nothing better exists. */
export function titleFromOpening(text: string, max = 80): string | undefined {
  const t = cleanTitle(text.slice(0, max * 3));
  if (!t) return undefined;
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > 30 ? cut.slice(0, space) : cut).replace(/[,;:—–-]+$/, "")}…`;
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
