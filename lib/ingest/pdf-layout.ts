// Reading a PDF's lines as a person does: paragraphs from line geometry, end-of-line hyphens
// undone, headings from size and weight, bold and italic runs as spans. Pure; decision 011.
import { furniture, pageLines, readingOrder, wordGap, type PdfLine, type PdfPage, type PdfRun } from "./pdf-lines";
import { TextBuilder, type OpenSpan, type TextWithSpans } from "./spans";

export type { PdfPage, PdfRun };

/** What separates a line from the one before it ("hyphen-kept": nothing, the lines run on). */
type Join = "paragraph" | "line" | "space" | "hyphen-kept" | "hyphen-dropped";

interface Metrics {
  /** The font size most characters have. */
  body: number;
  /** The usual distance between baselines of body lines in a paragraph. */
  pitch: number;
  /** Columns whose lines mostly end flush with the right margin (justified text). */
  justified: ReadonlySet<string>;
}

/** A line is a heading by size when its text is this much larger than the body text. */
const HEADING_RATIO = 1.15;
const LIST_MARKER = /^(?:[•◦▪▫‣●○■□◆◇►▸–—*-]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)/;
const SENTENCE_END = /[.!?:;]["”’)\]]*$/;
/** A word broken at the end of a line: a hyphen-minus, a Unicode hyphen (Chromium prints one where it breaks at a soft hyphen) or a soft hyphen. */
const LINE_END_HYPHEN = /(\p{L}+)([-\u2010\u00AD])$/u;

export function layoutPdf(pages: readonly PdfPage[]): TextWithSpans {
  const perPage = pages.map((p, i) => pageLines(p, i));
  const body = bodySize(perPage.flat());
  const drop = furniture(
    perPage,
    pages.map((p) => p.height),
    body,
  );
  const lines = perPage.flatMap((ls) => readingOrder(ls.filter((l) => !drop.has(l))));
  const metrics: Metrics = { body, pitch: linePitch(lines, body), justified: justifiedColumns(lines) };
  const headings = lines.map((l) => isHeading(l, metrics));
  const words = wordCounts(lines);
  const joins = lines.map((line, i) => (i === 0 ? "paragraph" : joinOf(lines, headings, i, metrics, words)));
  return write(lines, headings, joins);
}

function bodySize(lines: readonly PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const l of lines)
    for (const r of l.runs) {
      const size = Math.round(r.size * 2) / 2;
      chars.set(size, (chars.get(size) ?? 0) + r.text.length);
    }
  return [...chars].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 10;
}

/** The most common baseline distance between consecutive body lines of a column. */
function linePitch(lines: readonly PdfLine[], body: number): number {
  const gaps = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.column !== b.column || Math.abs(a.size - body) > 0.5 || Math.abs(b.size - body) > 0.5) continue;
    const gap = Math.round((a.y - b.y) * 2) / 2;
    if (gap >= 0.9 * body && gap <= 2.5 * body) gaps.set(gap, (gaps.get(gap) ?? 0) + 1);
  }
  return [...gaps].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 1.2 * body;
}

const flush = (l: PdfLine): boolean => l.x1 >= l.colRight - 0.5 * l.size;

function justifiedColumns(lines: readonly PdfLine[]): Set<string> {
  const counts = new Map<string, [number, number]>();
  for (const l of lines) {
    const c = counts.get(l.column) ?? [0, 0];
    counts.set(l.column, [c[0] + (flush(l) ? 1 : 0), c[1] + 1]);
  }
  return new Set([...counts].filter(([, [n, all]]) => all >= 4 && n / all >= 0.6).map(([id]) => id));
}

/** Larger than the body text, or a short line all in bold that does not end like a sentence. */
function isHeading(line: PdfLine, m: Metrics): boolean {
  if (line.size >= m.body * HEADING_RATIO) return true;
  const words = line.text.split(" ").length;
  return line.runs.every((r) => r.bold) && words <= 12 && !/[.,;]$/.test(line.text) && !LIST_MARKER.test(line.text);
}

function joinOf(
  lines: readonly PdfLine[],
  headings: readonly boolean[],
  i: number,
  m: Metrics,
  words: ReadonlyMap<string, number>,
): Join {
  const prev = lines[i - 1]!;
  const line = lines[i]!;
  const gap = prev.y - line.y;
  const sameColumn = prev.column === line.column && prev.page === line.page;
  if (headings[i - 1] !== headings[i]) return "paragraph";
  if (headings[i]) {
    return sameColumn && Math.abs(prev.size - line.size) < 0.5 && gap > 0 && gap <= 1.6 * line.size
      ? "space"
      : "paragraph";
  }
  if (LIST_MARKER.test(line.text)) return "line";
  // A word broken at the line end ("physio-" then "logical"), or a break at a dash or a slash,
  // continues whatever the line's length.
  const broken =
    (/\p{L}[-\u2010\u00AD—–/]$/u.test(prev.text) && /^[\p{L}\p{N}]/u.test(line.text)) ||
    /^[—–][\p{L}\p{N}]/u.test(line.text);
  const wraps = broken || wrapsInto(prev, line);
  if (!sameColumn) return runsOn(prev, line, wraps, m) ? continuation(prev, line, words) : "paragraph";
  if (gap > m.pitch * 1.3 + 0.5 || gap < -0.5 * line.size) return "paragraph";
  const indent = line.x0 - line.colLeft;
  const prevIndent = prev.x0 - prev.colLeft;
  if (
    indent > 0.8 * line.size &&
    prevIndent < 0.5 * line.size &&
    !paragraphIsList(lines, i) &&
    SENTENCE_END.test(prev.text)
  )
    return "paragraph";
  if (!wraps) return SENTENCE_END.test(prev.text) ? "paragraph" : "line";
  return continuation(prev, line, words);
}

/**
 * Across a column or page break there is no gap to read: a paragraph goes on when the line
 * before the break wrapped and does not end a sentence, or, in justified text, when it is
 * flush with the margin (a paragraph's last line rarely is) and the next line is not indented.
 */
function runsOn(prev: PdfLine, line: PdfLine, wraps: boolean, m: Metrics): boolean {
  if (!wraps) return false;
  if (!SENTENCE_END.test(prev.text)) return true;
  return m.justified.has(prev.column) && flush(prev) && line.x0 - line.colLeft < 0.5 * line.size;
}

/**
 * The previous line ended because the next word did not fit: it ran into the right margin.
 * Lines narrower than the next on both sides are centred (titles, slides), not wrapped.
 */
function wrapsInto(prev: PdfLine, line: PdfLine): boolean {
  const centred =
    prev.column === line.column && prev.x0 - line.x0 > 0.8 * line.size && line.x1 - prev.x1 > 0.8 * line.size;
  if (centred) return false;
  const first = line.text.split(" ")[0] ?? "";
  const perChar = (line.x1 - line.x0) / Math.max(1, line.text.length);
  return prev.x1 + perChar * (first.length + 1) > prev.colRight - 0.5 * prev.size;
}

/** Whether the paragraph `i` continues began with a list marker (its lines hang indented). */
function paragraphIsList(lines: readonly PdfLine[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 30; k--) {
    const l = lines[k]!;
    if (LIST_MARKER.test(l.text)) return true;
    if (l.x0 - l.colLeft < 0.5 * l.size) return false;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// End-of-line hyphens

/** Left parts that keep their hyphen (self-esteem, well-known, ex-president, all-round). */
const HYPHEN_PREFIXES = new Set(["self", "ex", "all", "well", "half", "quasi"]);

/**
 * How a line that ends in a hyphen runs on into the next ("physio-" + "logical"). In order:
 * the hyphen goes when the joined word is written elsewhere in the document; it stays when the
 * hyphenated word is, when the next part starts with a capital or a digit (post-World,
 * COVID-19), after self, ex, all, well, half and quasi, and when both parts are words the
 * document uses on their own (long-standing, sodium-potassium); otherwise it goes, since a
 * hyphen at a line end that joins no two words is the typesetter's. A soft hyphen always goes.
 */
function continuation(prev: PdfLine, line: PdfLine, words: ReadonlyMap<string, number>): Join {
  // A line may end after a dash or a slash, or begin with a dash (environment—|it, water|—the): no space is lost there.
  if (/[—–/]$/.test(prev.text) || /^[—–]\S/.test(line.text)) return "hyphen-kept";
  const head = LINE_END_HYPHEN.exec(prev.text);
  if (!head) return "space";
  if (head[2] === "\u00AD") return "hyphen-dropped";
  // A web address or a file path broken at one of its own hyphens keeps it.
  if (/[/@]|www\.|\.\w+\//.test(prev.text.slice(prev.text.lastIndexOf(" ") + 1))) return "hyphen-kept";
  const tail = /^([\p{L}\p{N}]+)/u.exec(line.text);
  if (!tail) return "hyphen-kept";
  const left = head[1]!.toLowerCase();
  const right = tail[1]!;
  const lower = right.toLowerCase();
  if (/^(?:and|or|nor|to)$/.test(right)) return "space";
  if (words.has(left + lower)) return "hyphen-dropped";
  if (words.has(`${left}-${lower}`)) return "hyphen-kept";
  if (/^[\p{Lu}\p{N}]/u.test(right) || HYPHEN_PREFIXES.has(left)) return "hyphen-kept";
  if (left.length >= 3 && lower.length >= 3 && words.has(left) && words.has(lower)) return "hyphen-kept";
  return "hyphen-dropped";
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/**
 * The words of the document (hyphenated ones whole), lower case, with how often they occur;
 * the two parts of a word broken at a line end are not counted, so that "elsewhere" means it.
 */
function wordCounts(lines: readonly PdfLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  let brokenBefore = false;
  for (const l of lines) {
    const text = l.text.toLowerCase().replace(/\u2010/g, "-");
    const words = text.match(WORD) ?? [];
    const brokenAfter = /\p{L}[-\u00AD]$/u.test(text);
    const from = brokenBefore ? 1 : 0;
    const to = brokenAfter ? words.length - 1 : words.length;
    for (const w of words.slice(from, Math.max(from, to))) counts.set(w, (counts.get(w) ?? 0) + 1);
    brokenBefore = brokenAfter;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------
// Writing

function write(lines: readonly PdfLine[], headings: readonly boolean[], joins: readonly Join[]): TextWithSpans {
  const out = new TextBuilder();
  let heading: OpenSpan | undefined;
  const style = new StyleSpans(out);
  lines.forEach((line, i) => {
    const join = joins[i]!;
    if (join === "paragraph" || join === "line") {
      style.close();
      out.closeSpan(heading);
      heading = undefined;
      out.breakBefore(join === "paragraph" ? 2 : 1);
    } else if (join === "space") {
      out.space();
    }
    if (headings[i] && !heading) heading = out.openSpan("heading");
    const dropHyphen = joins[i + 1] === "hyphen-dropped";
    writeRuns(out, style, line.runs, dropHyphen);
  });
  style.close();
  out.closeSpan(heading);
  return out.finish();
}

function writeRuns(out: TextBuilder, style: StyleSpans, runs: readonly PdfRun[], dropHyphen: boolean): void {
  let prev: PdfRun | undefined;
  runs.forEach((run, k) => {
    if (prev && wordGap(prev, run)) out.space();
    style.set(run.bold, run.italic);
    const text = dropHyphen && k === runs.length - 1 ? run.text.replace(/[-\u2010\u00AD]\s*$/u, "") : run.text;
    if (/^\s/.test(text)) out.space();
    out.inline(text.trim());
    if (/\s$/.test(text)) out.space();
    prev = run;
  });
}

/** Bold and italic spans kept open across consecutive runs (and lines) in the same face. */
class StyleSpans {
  private bold: OpenSpan | undefined;
  private italic: OpenSpan | undefined;
  constructor(private readonly out: TextBuilder) {}

  set(bold: boolean, italic: boolean): void {
    if (bold && !this.bold) this.bold = this.out.openSpan("bold");
    if (!bold && this.bold) this.bold = this.end(this.bold);
    if (italic && !this.italic) this.italic = this.out.openSpan("italic");
    if (!italic && this.italic) this.italic = this.end(this.italic);
  }

  close(): void {
    this.bold = this.end(this.bold);
    this.italic = this.end(this.italic);
  }

  private end(span: OpenSpan | undefined): undefined {
    this.out.closeSpan(span);
    return undefined;
  }
}
