// PDF page geometry: text runs -> lines -> reading order (columns), and the page furniture
// (page numbers, running headers and footers) found across pages. Pure; decision 011.

/** One positioned run of text as pdf.js gives it (PDF points, y up from the page bottom). */
export interface PdfRun {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  bold: boolean;
  italic: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: PdfRun[];
}

/** A line of one column: runs on one baseline, not split by a column gap. */
export interface PdfLine {
  page: number;
  runs: PdfRun[];
  x0: number;
  x1: number;
  y: number;
  /** The size most of its characters have. */
  size: number;
  text: string;
  /** Lines of one column of one page (or of one full-width stretch) share it. */
  column: string;
  colLeft: number;
  colRight: number;
}

/** A gap wider than this (in font sizes) between runs on one baseline separates columns. */
const COLUMN_GAP_EMS = 1.5;
/** Runs this close to another's baseline (in font sizes) are on its line. */
const SAME_LINE_EMS = 0.45;

/** The lines of a page, top to bottom, each cut at column gaps (not yet in reading order). */
export function pageLines(page: PdfPage, pageIndex: number): PdfLine[] {
  const runs = dedupe(page.runs).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfRun[][] = [];
  for (const run of runs) {
    const row = rows[rows.length - 1];
    const head = row?.[0];
    if (row && head && Math.abs(head.y - run.y) <= SAME_LINE_EMS * Math.max(head.size, run.size)) row.push(run);
    else rows.push([run]);
  }
  const lines: PdfLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let piece: PdfRun[] = [];
    for (const run of row) {
      const prev = piece[piece.length - 1];
      if (prev && run.x - (prev.x + prev.width) > COLUMN_GAP_EMS * Math.max(prev.size, run.size)) {
        lines.push(makeLine(piece, pageIndex));
        piece = [];
      }
      piece.push(run);
    }
    if (piece.length > 0) lines.push(makeLine(piece, pageIndex));
  }
  return lines;
}

/** Text drawn twice at the same place (a fake bold, a shadow) is read once. */
function dedupe(runs: readonly PdfRun[]): PdfRun[] {
  const seen = new Set<string>();
  return runs.filter((r) => {
    const key = `${r.text}\u0000${Math.round(r.x)}\u0000${Math.round(r.y)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function makeLine(runs: PdfRun[], page: number): PdfLine {
  const x0 = Math.min(...runs.map((r) => r.x));
  const x1 = Math.max(...runs.map((r) => r.x + r.width));
  const bySize = new Map<number, number>();
  for (const r of runs) bySize.set(r.size, (bySize.get(r.size) ?? 0) + r.text.length);
  const size = [...bySize].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  const main = runs.filter((r) => r.size === size);
  const y = main.length > 0 ? Math.min(...main.map((r) => r.y)) : (runs[0]?.y ?? 0);
  return { page, runs, x0, x1, y, size, text: joinRuns(runs), column: "", colLeft: x0, colRight: x1 };
}

/**
 * Whether the gap between two runs on a line is a word space: wider than an eighth of the
 * font size (tight justified text sets spaces of about a sixth; kerning moves letters far less).
 */
export const wordGap = (prev: PdfRun, run: PdfRun): boolean =>
  run.x - (prev.x + prev.width) > 0.12 * Math.max(prev.size, run.size);

/** The runs of a line as text: a space where the gap between two runs is a word space. */
export function joinRuns(runs: readonly PdfRun[]): string {
  let text = "";
  let prev: PdfRun | undefined;
  for (const run of runs) {
    if (prev && wordGap(prev, run) && !/\s$/.test(text)) text += " ";
    text += run.text;
    prev = run;
  }
  return text.replace(/\s+/g, " ").trim();
}

/** Lines in reading order: a page's columns (left, then right) within each full-width band. */
export function readingOrder(lines: readonly PdfLine[]): PdfLine[] {
  return order(lines, `${lines[0]?.page ?? 0}`, 0);
}

function order(lines: readonly PdfLine[], id: string, depth: number): PdfLine[] {
  const sorted = [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const gutter = depth < 2 ? findGutter(sorted) : undefined;
  if (gutter === undefined) return assignColumn(mergeRows(sorted), id);
  const out: PdfLine[] = [];
  let left: PdfLine[] = [];
  let right: PdfLine[] = [];
  let band = 0;
  const flush = () => {
    out.push(...order(left, `${id}.${band}L`, depth + 1), ...order(right, `${id}.${band}R`, depth + 1));
    left = [];
    right = [];
    band++;
  };
  for (const line of sorted) {
    if (line.x1 <= gutter) left.push(line);
    else if (line.x0 >= gutter) right.push(line);
    else {
      flush();
      out.push(...assignColumn([line], `${id}.${band}S`, sorted));
    }
  }
  flush();
  return out;
}

/**
 * Within one column, pieces of a row cut at wide gaps are one line again (a justified line of
 * a few long words has gaps as wide as a gutter).
 */
function mergeRows(sorted: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (const line of sorted) {
    const prev = out[out.length - 1];
    if (prev && Math.abs(prev.y - line.y) <= SAME_LINE_EMS * Math.max(prev.size, line.size)) {
      out[out.length - 1] = makeLine(
        [...prev.runs, ...line.runs].sort((a, b) => a.x - b.x),
        line.page,
      );
    } else {
      out.push(line);
    }
  }
  return out;
}

/**
 * Marks lines as one column and records its left and right edges, those of its lines in the
 * size most of its text has (a heading's width says nothing of the measure), or of `extent`.
 */
function assignColumn(lines: PdfLine[], id: string, extent: readonly PdfLine[] = lines): PdfLine[] {
  const chars = new Map<number, number>();
  for (const l of extent) chars.set(l.size, (chars.get(l.size) ?? 0) + l.text.length);
  const main = [...chars].sort((a, b) => b[1] - a[1])[0]?.[0];
  const body = extent.filter((l) => l.size === main);
  const colLeft = Math.min(...body.map((l) => l.x0));
  const colRight = Math.max(...body.map((l) => l.x1));
  for (const l of lines) Object.assign(l, { column: id, colLeft, colRight });
  return lines;
}

/**
 * The x of a gap between two columns of text, if the lines show one: in the middle three
 * fifths of the text's width, the x that the fewest lines cross (at most a fifth of them,
 * the full-width ones), with lines on both sides standing side by side (three pairs, or as
 * many as the shorter side has).
 */
function findGutter(lines: readonly PdfLine[]): number | undefined {
  if (lines.length < 3) return undefined;
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  const width = right - left;
  if (width < 100) return undefined;
  let best: { cover: number; from: number; to: number } | undefined;
  let run: { cover: number; from: number; to: number } | undefined;
  for (let x = Math.ceil(left + 0.2 * width); x <= left + 0.8 * width; x++) {
    const cover = lines.reduce((n, l) => n + (l.x0 < x && l.x1 > x ? 1 : 0), 0);
    if (run && run.cover === cover && run.to === x - 1) run.to = x;
    else run = { cover, from: x, to: x };
    if (!best || run.cover < best.cover || (run.cover === best.cover && run.to - run.from > best.to - best.from))
      best = { ...run };
  }
  if (!best || best.cover > lines.length / 5 || best.to - best.from < 4) return undefined;
  const gutter = (best.from + best.to) / 2;
  const l = lines.filter((x) => x.x1 <= gutter);
  const r = lines.filter((x) => x.x0 >= gutter);
  if (l.length < 2 || r.length < 1) return undefined;
  // The last page of a two-column text may hold a single line on the right.
  const sideBySide = l.filter((a) => r.some((b) => Math.abs(a.y - b.y) < 2 * a.size)).length;
  return sideBySide >= Math.min(3, l.length, r.length) ? gutter : undefined;
}

// ---------------------------------------------------------------------------------------
// Page furniture

const PAGE_NUMBER = /^(?:page\s*)?[-–—([]?\s*(?:#+|[ivxlcdm]+)\s*[-–—)\]]?(?:\s*(?:of|\/)\s*#+)?$/i;

/** The furniture key of a line: lower case, digits as #, spaces collapsed. */
const furnitureKey = (text: string): string => text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();

/**
 * Lines that are page furniture, not text: in the top or bottom two rows of a page, set apart
 * from the text, and no bigger than the body text, a page number alone ("12", "Page 3 of 9", "iv", "- 4 -"), or a
 * line repeated (digits aside) at about the same height on at least two pages and at least
 * 40% of them (running headers and footers, alternating ones included).
 */
export function furniture(pages: readonly PdfLine[][], heights: readonly number[], bodySize: number): Set<PdfLine> {
  const out = new Set<PdfLine>();
  const byKey = new Map<string, PdfLine[]>();
  pages.forEach((lines) => {
    for (const line of marginLines(lines)) {
      if (line.size > bodySize * 1.15) continue;
      const key = furnitureKey(line.text);
      if (PAGE_NUMBER.test(key)) out.add(line);
      else byKey.set(key, [...(byKey.get(key) ?? []), line]);
    }
  });
  const needed = Math.max(2, Math.ceil(0.4 * pages.length));
  for (const lines of byKey.values()) {
    const ys = lines.map((l) => l.y).sort((a, b) => a - b);
    const median = ys[Math.floor(ys.length / 2)] ?? 0;
    const near = lines.filter((l) => Math.abs(l.y - median) <= 0.04 * (heights[l.page] ?? 800));
    if (new Set(near.map((l) => l.page)).size >= needed) for (const l of near) out.add(l);
  }
  return out;
}

/**
 * The lines on the top two and the bottom two baselines of a page that stand apart from the
 * text: more than 1.6 font sizes from the nearest other baseline (body lines are closer).
 */
function marginLines(lines: readonly PdfLine[]): PdfLine[] {
  const ys = [...new Set(lines.map((l) => Math.round(l.y)))].sort((a, b) => b - a);
  const edge = new Set([...ys.slice(0, 2), ...ys.slice(-2)]);
  return lines.filter((l) => {
    if (!edge.has(Math.round(l.y))) return false;
    const nearest = Math.min(...ys.filter((y) => y !== Math.round(l.y)).map((y) => Math.abs(y - l.y)));
    return nearest > 1.6 * l.size;
  });
}
