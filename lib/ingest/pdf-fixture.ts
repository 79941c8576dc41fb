// A small typesetter for the PDF ingest tests: flows paragraphs into one or two justified
// columns over pages with pdf-lib, with running headers, page numbers, bold words (**x**),
// headings, and line-end hyphenation at soft hyphens (U+00AD) or real hyphens. It reports
// the words it broke across lines, so a test can check that they were really broken.
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";

export interface Paragraph {
  /** Words between ** are bold; U+00AD marks where a word may be hyphenated. */
  text: string;
  size?: number;
  bold?: boolean;
  /** Extra space above, in points (default: half the size). */
  gapBefore?: number;
  /** First-line indent, in points. */
  indent?: number;
}

export interface PageLayout {
  columns: 1 | 2;
  /** Running header printed at the top of the page (none when undefined). */
  header?: string;
  /** Print the page number at the bottom. */
  pageNumber?: boolean;
}

export interface TypesetResult {
  bytes: Uint8Array;
  /** Words broken at a line end, as "left-|right" (the hyphen shown at the end of the line). */
  broken: string[];
}

const PAGE = { width: 595, height: 842, margin: 90, top: 770, bottom: 80, gutter: 30 };
const SOFT = "\u00AD";

interface Word {
  text: string;
  bold: boolean;
}
interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Typesets `paragraphs` over as many pages as they need; `layout(n)` gives page n's layout. */
export async function typeset(paragraphs: Paragraph[], layout: (page: number) => PageLayout): Promise<TypesetResult> {
  const pdf = await PDFDocument.create();
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.TimesRoman),
    bold: await pdf.embedFont(StandardFonts.TimesRomanBold),
  };
  const broken: string[] = [];
  let pageNo = 0;
  let page!: PDFPage;
  let columns: { x: number; width: number }[] = [];
  let col = 0;
  let y = 0;
  const newPage = () => {
    pageNo++;
    page = pdf.addPage([PAGE.width, PAGE.height]);
    const l = layout(pageNo);
    if (l.header) page.drawText(l.header, { x: PAGE.margin, y: 800, size: 9, font: fonts.regular });
    if (l.pageNumber) page.drawText(String(pageNo), { x: PAGE.width / 2 - 4, y: 40, size: 9, font: fonts.regular });
    const inner = PAGE.width - 2 * PAGE.margin;
    const w = l.columns === 1 ? inner : (inner - PAGE.gutter) / 2;
    columns =
      l.columns === 1
        ? [{ x: PAGE.margin, width: w }]
        : [
            { x: PAGE.margin, width: w },
            { x: PAGE.margin + w + PAGE.gutter, width: w },
          ];
    col = 0;
    y = PAGE.top;
  };
  const nextLine = (leading: number) => {
    y -= leading;
    if (y < PAGE.bottom) {
      if (++col >= columns.length) newPage();
      else y = PAGE.top - leading;
    }
  };
  newPage();
  for (const para of paragraphs) {
    const size = para.size ?? 12;
    const leading = size * 1.4;
    y -= para.gapBefore ?? size / 2;
    const queue = words(para);
    // Each line is filled to the width of the column it lands in (a paragraph may run on into
    // a narrower column on the next page).
    for (let first = true; queue.length > 0; first = false) {
      nextLine(leading);
      const c = columns[col]!;
      const indent = first ? (para.indent ?? 0) : 0;
      const line = fillLine(queue, c.width - indent, size, fonts, broken);
      drawLine(page, line, c.x + indent, y, queue.length > 0 ? c.width - indent : undefined, size, fonts);
    }
  }
  return { bytes: await pdf.save(), broken };
}

function words(para: Paragraph): Word[] {
  const out: Word[] = [];
  para.text.split(/(\*\*[^*]+\*\*)/).forEach((part) => {
    const bold = para.bold === true || /^\*\*.*\*\*$/.test(part);
    for (const w of part.replace(/^\*\*|\*\*$/g, "").split(/\s+/)) if (w) out.push({ text: w, bold });
  });
  return out;
}

const width = (w: Word, size: number, f: Fonts) =>
  (w.bold ? f.bold : f.regular).widthOfTextAtSize(w.text.replaceAll(SOFT, ""), size);

/** Takes from `queue` the words of one line; a word that does not fit is split at its last soft or real hyphen that fits. */
function fillLine(queue: Word[], avail: number, size: number, f: Fonts, broken: string[]): Word[] {
  const line: Word[] = [];
  let used = 0;
  const space = f.regular.widthOfTextAtSize(" ", size);
  while (queue.length > 0) {
    const w = queue[0]!;
    const room = avail - used - (line.length > 0 ? space : 0);
    if (width(w, size, f) <= room || line.length === 0) {
      queue.shift();
      line.push({ ...w, text: w.text.replaceAll(SOFT, "") });
      used += (line.length > 1 ? space : 0) + width(w, size, f);
      continue;
    }
    const split = splitToFit(w, room, size, f);
    if (split) {
      queue[0] = split.tail;
      line.push(split.head);
      broken.push(`${split.head.text}|${split.tail.text.replaceAll(SOFT, "")}`);
    }
    break;
  }
  return line;
}

function splitToFit(w: Word, room: number, size: number, f: Fonts): { head: Word; tail: Word } | undefined {
  for (let i = w.text.length - 1; i > 0; i--) {
    const c = w.text[i];
    if (c !== SOFT && !(c === "-" && i < w.text.length - 1)) continue;
    const head = { text: `${w.text.slice(0, i).replaceAll(SOFT, "")}-`, bold: w.bold };
    if (width(head, size, f) <= room) return { head, tail: { text: w.text.slice(i + 1), bold: w.bold } };
  }
  return undefined;
}

/** Draws a line word by word, justified to `justify` points when given. */
function drawLine(
  page: PDFPage,
  line: Word[],
  x: number,
  y: number,
  justify: number | undefined,
  size: number,
  f: Fonts,
): void {
  const total = line.reduce((s, w) => s + width(w, size, f), 0);
  const natural = f.regular.widthOfTextAtSize(" ", size);
  const gap =
    justify !== undefined && line.length > 1 ? Math.min((justify - total) / (line.length - 1), natural * 3) : natural;
  let at = x;
  for (const w of line) {
    page.drawText(w.text, { x: at, y, size, font: w.bold ? f.bold : f.regular });
    at += width(w, size, f) + gap;
  }
}
