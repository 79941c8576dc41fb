// PDF to text with formatting spans: pdf.js (through unpdf) gives positioned text runs and
// their fonts; pdf-layout.ts reads them as a person would (decision 011).
import { getDocumentProxy } from "unpdf";
import { IngestError } from "./errors";
import { looksLikePdf, sniffedKind } from "./detect";
import { MIN_TEXT_CHARS } from "./limits";
import { countNonSpace } from "./normalize";
import { layoutPdf, type PdfPage, type PdfRun } from "./pdf-layout";
import type { TextWithSpans } from "./spans";

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;
type PdfPageProxy = Awaited<ReturnType<PdfDocument["getPage"]>>;

/** Font names that mark a bold or an italic face (e.g. "ABCDEF+Calibri-Bold", "Times-Italic"). */
const BOLD_FONT = /bold|black|heavy|semibold|demibold|extrabold|ultrabold/i;
const ITALIC_FONT = /italic|oblique/i;

/**
 * Text of a PDF in reading order: paragraphs joined from their lines, end-of-line hyphens
 * undone, page numbers and running headers/footers dropped, two columns read one after the
 * other; headings and bold/italic runs kept as spans. Normalised.
 */
export async function pdfToText(bytes: Uint8Array, displayName: string): Promise<TextWithSpans> {
  if (!looksLikePdf(bytes)) {
    const kind = sniffedKind(bytes);
    throw new IngestError(
      "PDF_UNREADABLE",
      kind
        ? `“${displayName}” is named .pdf but its contents look like ${kind}. Rename it with the right extension and upload it again.`
        : `“${displayName}” is not a valid PDF file. Re-export or re-download the PDF and upload it again.`,
    );
  }

  let pages: PdfPage[];
  // pdf.js transfers (detaches) the buffer it is given: hand it a copy so the
  // caller's bytes stay usable.
  let doc: PdfDocument | undefined;
  try {
    doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    pages = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(await doc.getPage(n)));
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

  const result = layoutPdf(pages);
  if (countNonSpace(result.text) < MIN_TEXT_CHARS) {
    throw new IngestError(
      "PDF_NO_TEXT",
      `This PDF has no text layer (it is probably scanned images), so there is no text to study from. Run it through OCR (e.g. "Make searchable" in your PDF app) and upload the result, or paste the text instead.`,
    );
  }
  return result;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/** The horizontal text runs of one page with their size and font face; rotated text is left out. */
async function readPage(page: PdfPageProxy): Promise<PdfPage> {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const content = await page.getTextContent();
  const items = (content.items as unknown[]).filter(
    (i): i is TextItem => typeof i === "object" && i !== null && "str" in i && "transform" in i,
  );
  const faces = await fontFaces(page, items);
  const runs: PdfRun[] = [];
  for (const item of items) {
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
    if (item.str.trim() === "" || Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0) continue;
    const face = faces.get(item.fontName) ?? "";
    runs.push({
      text: item.str,
      x: e - x0,
      y: f - y0,
      width: item.width,
      size: Math.abs(d),
      bold: BOLD_FONT.test(face),
      italic: ITALIC_FONT.test(face),
    });
  }
  page.cleanup();
  return { width: x1 - x0, height: y1 - y0, runs };
}

/** pdf.js resolves a page's fonts (and their real names) only once its operators are read. */
async function fontFaces(page: PdfPageProxy, items: TextItem[]): Promise<Map<string, string>> {
  const faces = new Map<string, string>();
  if (items.length === 0) return faces;
  try {
    await page.getOperatorList();
  } catch {
    return faces;
  }
  for (const id of new Set(items.map((i) => i.fontName))) {
    try {
      const font = page.commonObjs.get(id) as { name?: unknown } | undefined;
      if (typeof font?.name === "string") faces.set(id, font.name);
    } catch {
      // Not resolved: the run keeps a regular face.
    }
  }
  return faces;
}
