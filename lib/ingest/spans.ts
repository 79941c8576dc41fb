// Formatting spans kept at ingest (headings, bold, italic, list items): a text builder that
// records them while the parsers write plain text, and their mapping onto the normalised text.
import type { FormatKind, FormatSpan } from "@/lib/generate/types";
import { normalizeText } from "./normalize";

export type { FormatKind, FormatSpan };

/** Text with the formatting spans that index into it. */
export interface TextWithSpans {
  text: string;
  spans: FormatSpan[];
}

/** A span being written; `start` is -1 until its first character is written. */
export interface OpenSpan {
  readonly kind: FormatKind;
  start: number;
  closed: boolean;
}

/**
 * Append-only plain-text writer. Separators (line breaks, a space) are owed and written only
 * before the next text, so no character is ever taken back and every offset recorded stays
 * true. A span starts at the first character written after `open` and ends where `close` is
 * called: markers such as list bullets written with `marker` stay outside it.
 */
export class TextBuilder {
  private readonly chunks: string[] = [];
  private length = 0;
  private owedBreaks = 0;
  private owedSpace = false;
  private readonly all: OpenSpan[] = [];
  private waiting: OpenSpan[] = [];
  private readonly spans: FormatSpan[] = [];

  /** Owe at least `n` newlines (1: new line, 2: new paragraph) before the next text. */
  breakBefore(n: number): void {
    this.owedBreaks = Math.max(this.owedBreaks, n);
  }

  /** Owe one more newline (a <br>), at most a blank line. */
  lineBreak(): void {
    this.owedBreaks = Math.min(2, this.owedBreaks + 1);
  }

  /** Owe a space, unless at the start of a line. */
  space(): void {
    if (!this.atLineStart()) this.owedSpace = true;
  }

  atLineStart(): boolean {
    return this.length === 0 || this.owedBreaks > 0 || this.chunks[this.chunks.length - 1]?.endsWith("\n") === true;
  }

  /** Write text as it is (owed separators first); the spans still waiting start here. */
  write(text: string): void {
    if (text.length === 0) return;
    this.flush();
    for (const s of this.waiting) if (!s.closed) s.start = this.length;
    this.waiting = [];
    this.push(text);
  }

  /** Write a marker (a list bullet, a cell separator) that belongs to no span opened after it. */
  marker(text: string): void {
    if (text.length === 0) return;
    this.flush();
    this.push(text);
  }

  /** Write a run of inline text: whitespace runs become owed single spaces. */
  inline(text: string): void {
    const parts = text.split(/[ \t\n\r\f]+/);
    parts.forEach((part, i) => {
      if (i > 0) this.space();
      this.write(part);
    });
  }

  openSpan(kind: FormatKind): OpenSpan {
    const s: OpenSpan = { kind, start: -1, closed: false };
    this.all.push(s);
    this.waiting.push(s);
    return s;
  }

  closeSpan(s: OpenSpan | undefined): void {
    if (!s || s.closed) return;
    s.closed = true;
    if (s.start >= 0 && this.length > s.start) this.spans.push({ start: s.start, end: this.length, kind: s.kind });
  }

  /** The normalised text and the spans mapped onto it (see normalizeWithSpans). */
  finish(): TextWithSpans {
    for (const s of this.all) this.closeSpan(s);
    return normalizeWithSpans(this.chunks.join(""), this.spans);
  }

  private flush(): void {
    if (this.length > 0) {
      if (this.owedBreaks > 0) this.push("\n".repeat(this.owedBreaks));
      else if (this.owedSpace) this.push(" ");
    }
    this.owedBreaks = 0;
    this.owedSpace = false;
  }

  private push(text: string): void {
    const s = text.normalize("NFC");
    this.chunks.push(s);
    this.length += s.length;
  }
}

/**
 * normalizeText(raw), with spans given as offsets into `raw` moved onto the normalised text
 * and trimmed of surrounding whitespace; empty spans are dropped, the rest sorted.
 *
 * normalizeText only deletes whitespace (and a BOM), turns line endings into \n and applies
 * NFC, so the normalised text is matched against `raw` left to right. Should a character not
 * match (NFC composing across a chunk boundary, which parsers avoid by writing NFC text), the
 * spans are dropped rather than risk pointing at the wrong words.
 */
export function normalizeWithSpans(raw: string, spans: readonly FormatSpan[]): TextWithSpans {
  const text = normalizeText(raw);
  if (spans.length === 0) return { text, spans: [] };
  const map = alignToNormalised(raw.normalize("NFC") === raw ? raw : undefined, text);
  if (!map) return { text, spans: [] };
  const out: FormatSpan[] = [];
  for (const span of spans) {
    const mapped = mapSpan(map, text, span);
    if (mapped) out.push(mapped);
  }
  return { text, spans: sortSpans(out) };
}

const LINE_END = new Set(["\r", "\u2028", "\u2029"]);
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/** For each index of `raw`, its index in `text`, or -1 where normalisation deleted it. */
function alignToNormalised(raw: string | undefined, text: string): Int32Array | undefined {
  if (raw === undefined) return undefined;
  const map = new Int32Array(raw.length).fill(-1);
  let j = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    const t = text[j];
    if (c === t || (LINE_END.has(c) && t === "\n" && raw[i + 1] !== "\n")) {
      map[i] = j++;
    } else if (!isSpace(c) && c !== "\uFEFF") {
      return undefined;
    }
  }
  return j === text.length ? map : undefined;
}

function mapSpan(map: Int32Array, text: string, span: FormatSpan): FormatSpan | undefined {
  let start = -1;
  for (let i = Math.max(0, span.start); i < Math.min(span.end, map.length); i++) {
    if (map[i]! >= 0) {
      start = map[i]!;
      break;
    }
  }
  let last = -1;
  for (let i = Math.min(span.end, map.length) - 1; i >= Math.max(0, span.start); i--) {
    if (map[i]! >= 0) {
      last = map[i]!;
      break;
    }
  }
  if (start < 0 || last < start) return undefined;
  let end = last + 1;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return end > start ? { start, end, kind: span.kind } : undefined;
}

/** By start, then longest first, then kind; exact duplicates removed. */
export function sortSpans(spans: readonly FormatSpan[]): FormatSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || a.kind.localeCompare(b.kind));
  return sorted.filter((s, i) => {
    const p = sorted[i - 1];
    return !p || p.start !== s.start || p.end !== s.end || p.kind !== s.kind;
  });
}
