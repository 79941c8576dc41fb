import { createHash } from "node:crypto";

/**
 * Canonical form of document text. Sentence/citation offsets are stored
 * against the string this returns, so it must be deterministic and idempotent
 * (normalizeText(normalizeText(x)) === normalizeText(x)).
 *
 * - strips a leading UTF-8 BOM (U+FEFF)
 * - line endings (\r\n, \r, U+2028, U+2029) become \n
 * - Unicode NFC
 * - trailing whitespace at the end of each line is removed
 * - runs of blank lines collapse to a single blank line (3+ consecutive \n -> 2)
 * - leading/trailing whitespace of the whole text is trimmed
 *
 * Typography (curly quotes, em dashes, non-breaking spaces inside lines) is kept
 * as-is: no ASCII folding.
 */
export function normalizeText(text: string): string {
  let t = text.startsWith("\uFEFF") ? text.slice(1) : text;
  t = t.replace(/\r\n?|[\u2028\u2029]/g, "\n");
  t = t.normalize("NFC");
  t = t.replace(/[^\S\n]+$/gm, "");
  t = t.replace(/\n{3,}/g, "\n\n");
  return t.trim();
}

/** sha256 (hex) of the normalised text: equal for texts that differ only in line endings, BOM, trailing spaces, etc. */
export function contentHash(text: string): string {
  return createHash("sha256").update(normalizeText(text), "utf8").digest("hex");
}

/** Number of non-whitespace characters (UTF-16 code units). */
export function countNonSpace(text: string): number {
  return text.replace(/\s+/g, "").length;
}
