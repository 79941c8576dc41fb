import mammoth from "mammoth";
import { IngestError } from "./errors";
import { looksLikeOle, looksLikeZip, sniffedKind } from "./detect";

/** Raw text of a .docx file; mammoth separates paragraphs with a blank line. */
export async function docxToText(bytes: Uint8Array, displayName: string): Promise<string> {
  if (!looksLikeZip(bytes)) {
    const kind = sniffedKind(bytes);
    const message = looksLikeOle(bytes)
      ? `“${displayName}” is an old-format Word (.doc) or password-protected file. Open it in Word, remove any password, save it as .docx, and upload it again.`
      : kind
        ? `“${displayName}” is named .docx but its contents look like ${kind}. Rename it with the right extension and upload it again.`
        : `“${displayName}” is not a valid Word .docx file. Re-save it from Word as .docx and upload it again.`;
    throw new IngestError("DOCX_UNREADABLE", message);
  }
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return result.value;
  } catch (cause) {
    throw new IngestError(
      "DOCX_UNREADABLE",
      `“${displayName}” could not be read as a Word document: the file is damaged or is not a .docx. Re-save it from Word as .docx and upload it again.`,
      { cause },
    );
  }
}
