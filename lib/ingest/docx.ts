// Word .docx to text with formatting spans: mammoth converts it to HTML (headings from the
// paragraph styles, bold, italic, lists), read by the HTML path (decision 011).
import mammoth from "mammoth";
import { IngestError } from "./errors";
import { looksLikeOle, looksLikeZip, sniffedKind } from "./detect";
import { htmlToText } from "./html";
import type { TextWithSpans } from "./spans";

export interface DocxExtraction extends TextWithSpans {
  /** The first Heading 1 or Title paragraph. */
  title: string | undefined;
}

/** Beyond mammoth's defaults (Heading 1–6, lists, Strong): the Title and Subtitle styles. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p.Title => h1:fresh",
  "p.Subtitle => h2:fresh",
];

interface MammothElement {
  type: string;
  children?: MammothElement[];
}

/** Footnote and endnote markers are apparatus: dropping the references drops the notes too. */
function withoutNotes<T>(element: T): T {
  const e = element as MammothElement;
  if (e.children) e.children = e.children.filter((c) => c.type !== "noteReference").map(withoutNotes);
  return element;
}

/** Text and spans of a .docx file; paragraphs are separated by a blank line. */
export async function docxToText(bytes: Uint8Array, displayName: string): Promise<DocxExtraction> {
  if (!looksLikeZip(bytes)) {
    const kind = sniffedKind(bytes);
    const message = looksLikeOle(bytes)
      ? `“${displayName}” is an old-format Word (.doc) or password-protected file. Open it in Word, remove any password, save it as .docx, and upload it again.`
      : kind
        ? `“${displayName}” is named .docx but its contents look like ${kind}. Rename it with the right extension and upload it again.`
        : `“${displayName}” is not a valid Word .docx file. Re-save it from Word as .docx and upload it again.`;
    throw new IngestError("DOCX_UNREADABLE", message);
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        transformDocument: withoutNotes,
        // Images carry no text: skip reading them into data URLs.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })),
      },
    );
    html = result.value;
  } catch (cause) {
    throw new IngestError(
      "DOCX_UNREADABLE",
      `“${displayName}” could not be read as a Word document: the file is damaged or is not a .docx. Re-save it from Word as .docx and upload it again.`,
      { cause },
    );
  }
  return htmlToText(html);
}
