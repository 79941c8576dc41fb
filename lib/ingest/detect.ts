import { IngestError } from "./errors";
import { baseName } from "./title";

export type DocumentFormat = "txt" | "md" | "html" | "pdf" | "docx";

export const ACCEPTED_EXTENSIONS = ".txt .md .html .pdf .docx";

const BY_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
  pdf: "pdf",
  docx: "docx",
};

const BY_MIME: Readonly<Record<string, DocumentFormat>> = {
  "text/plain": "txt",
  "text/markdown": "md",
  "text/x-markdown": "md",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

/** Extension hints for common wrong uploads, appended to UNSUPPORTED_TYPE messages. */
const HINTS: Readonly<Record<string, string>> = {
  doc: " For an old Word .doc file, open it in Word and save it as .docx.",
  rtf: " Save it as .docx or .txt first.",
  odt: " Save it as .docx first.",
  pages: " Export it as .docx or .pdf first.",
};

/** Lower-case extension without the dot, or undefined if the name has none. */
export function extensionOf(fileName: string): string | undefined {
  const base = baseName(fileName);
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(base);
  return m && m.index > 0 ? m[1]?.toLowerCase() : undefined;
}

export function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((b, i) => bytes[at + i] === b);
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04"
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // legacy .doc / encrypted Office

/** pdf.js accepts a header anywhere in the first 1024 bytes; so do we. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let i = 0; i <= limit; i++) if (startsWith(bytes, PDF_MAGIC, i)) return true;
  return false;
}
export const looksLikeZip = (bytes: Uint8Array): boolean => startsWith(bytes, ZIP_MAGIC);
export const looksLikeOle = (bytes: Uint8Array): boolean => startsWith(bytes, OLE_MAGIC);

/** What the bytes really look like, for "renamed file" messages. */
export function sniffedKind(bytes: Uint8Array): string | undefined {
  if (looksLikePdf(bytes)) return "a PDF";
  if (looksLikeZip(bytes)) return "a Word .docx (or other zip) file";
  if (looksLikeOle(bytes)) return "an old Word .doc (or password-protected Office) file";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return "a PNG image";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "a JPEG image";
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return "a GIF image";
  if (startsWith(bytes, [0x4d, 0x5a])) return "a Windows program";
  return undefined;
}

/**
 * Format by file extension; if the name has no recognised extension, by MIME
 * type; if it has no extension at all and no usable MIME type, by magic bytes.
 */
export function detectFormat(fileName: string, bytes: Uint8Array, mimeType?: string): DocumentFormat {
  const ext = extensionOf(fileName);
  const byExt = ext === undefined ? undefined : BY_EXTENSION[ext];
  if (byExt) return byExt;

  const mime = mimeType?.split(";")[0]?.trim().toLowerCase();
  const byMime = mime ? BY_MIME[mime] : undefined;
  if (byMime) return byMime;

  if (ext === undefined) {
    if (looksLikePdf(bytes)) return "pdf";
    if (looksLikeZip(bytes)) return "docx";
  }

  const what = ext !== undefined ? `.${ext} files` : "Files without an extension";
  throw new IngestError(
    "UNSUPPORTED_TYPE",
    `${what} can't be imported. Upload one of these types: ${ACCEPTED_EXTENSIONS}.${(ext && HINTS[ext]) ?? ""}`,
  );
}
