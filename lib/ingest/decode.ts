import { IngestError } from "./errors";
import { looksLikePdf, looksLikeZip, sniffedKind, startsWith } from "./detect";

/**
 * Decode the bytes of a file that claims to be text (.txt/.md/.html).
 *
 * - A file whose bytes are really a PDF/DOCX/image, or that contains NUL bytes,
 *   is rejected with BINARY_FILE.
 * - UTF-16 files with a byte-order mark (Windows Notepad "Unicode") are decoded
 *   as UTF-16; everything else must be valid UTF-8, or INVALID_UTF8 is thrown.
 *   Nothing is ever decoded leniently (no U+FFFD replacement characters).
 */
export function decodeTextFile(bytes: Uint8Array, displayName: string): string {
  const utf16 = startsWith(bytes, [0xff, 0xfe]) ? "utf-16le" : startsWith(bytes, [0xfe, 0xff]) ? "utf-16be" : undefined;
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch (cause) {
      throw invalidUtf8(displayName, cause);
    }
  }

  if (looksLikePdf(bytes) || looksLikeZip(bytes) || bytes.includes(0)) {
    const kind = sniffedKind(bytes);
    const actual = kind ? ` Its contents look like ${kind}.` : "";
    const fix = looksLikePdf(bytes)
      ? " Rename it to .pdf and upload it again."
      : looksLikeZip(bytes)
        ? " If it is a Word document, rename it to .docx and upload it again."
        : " Upload a plain text file instead, or one of: .pdf .docx.";
    throw new IngestError("BINARY_FILE", `“${displayName}” is not a text file.${actual}${fix}`);
  }

  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (cause) {
    throw invalidUtf8(displayName, cause);
  }
}

function invalidUtf8(displayName: string, cause: unknown): IngestError {
  return new IngestError(
    "INVALID_UTF8",
    `“${displayName}” is not valid UTF-8 text. Open it in a text editor, re-save it with UTF-8 encoding, and upload it again.`,
    { cause },
  );
}
