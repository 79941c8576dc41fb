import { extractText, getDocumentProxy } from "unpdf";
import { IngestError } from "./errors";
import { looksLikePdf, sniffedKind } from "./detect";
import { MIN_TEXT_CHARS } from "./limits";
import { countNonSpace, normalizeText } from "./normalize";

/**
 * Text of a PDF, pages separated by a blank line.
 *
 * We call extractText page by page (mergePages: false) and join pages
 * ourselves: unpdf's mergePages: true collapses every whitespace run, line
 * breaks and page breaks included, into a single space.
 */
export async function pdfToText(bytes: Uint8Array, displayName: string): Promise<string> {
  if (!looksLikePdf(bytes)) {
    const kind = sniffedKind(bytes);
    throw new IngestError(
      "PDF_UNREADABLE",
      kind
        ? `“${displayName}” is named .pdf but its contents look like ${kind}. Rename it with the right extension and upload it again.`
        : `“${displayName}” is not a valid PDF file. Re-export or re-download the PDF and upload it again.`,
    );
  }

  let pages: string[];
  // pdf.js transfers (detaches) the buffer it is given: hand it a copy so the
  // caller's bytes stay usable.
  let doc: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    pages = (await extractText(doc, { mergePages: false })).text;
  } catch (cause) {
    const name = cause instanceof Error ? cause.name : "";
    throw new IngestError(
      "PDF_UNREADABLE",
      name === "PasswordException"
        ? `“${displayName}” is password-protected. Remove the password (e.g. print it to a new PDF) and upload it again.`
        : `“${displayName}” could not be read: the PDF file is damaged or incomplete. Re-export or re-download it and upload it again.`,
      { cause },
    );
  } finally {
    await doc?.destroy().catch(() => undefined);
  }

  const text = normalizeText(pages.map((p) => normalizeText(p)).filter((p) => p.length > 0).join("\n\n"));
  if (countNonSpace(text) < MIN_TEXT_CHARS) {
    throw new IngestError(
      "PDF_NO_TEXT",
      `This PDF has no text layer (it is probably scanned images), so there is no text to study from. Run it through OCR (e.g. "Make searchable" in your PDF app) and upload the result, or paste the text instead.`,
    );
  }
  return text;
}
