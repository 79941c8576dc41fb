// HTML to readable plain text with formatting spans, through htmlparser2 (decision 011).
import { Parser } from "htmlparser2";
import { TextBuilder, type FormatKind, type OpenSpan, type TextWithSpans } from "./spans";

/** Elements whose content is never study material (chrome, code, widgets). */
const DROP = new Set([
  "script",
  "style",
  "noscript",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "iframe",
  "svg",
  "template",
  "object",
  "canvas",
  "audio",
  "video",
]);
/**
 * header/footer are only page chrome at page level; inside <article>/<main> they
 * hold the article's own headline and byline, which we keep.
 */
const CHROME_ONLY_AT_PAGE_LEVEL = new Set(["header", "footer"]);
const CONTENT_ROOTS = new Set(["article", "main"]);

/** Blocks that start a new paragraph (blank line before and after). */
const PARAGRAPH = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "section",
  "article",
  "main",
  "ul",
  "ol",
  "dl",
  "table",
  "figure",
  "hr",
  "address",
  "details",
  "fieldset",
]);
/** Blocks that start a new line. */
const LINE = new Set(["div", "li", "tr", "dt", "dd", "figcaption", "summary", "caption", "center"]);
const CELL = new Set(["td", "th"]);
const LISTS = new Set(["ul", "ol"]);

/** Elements kept as formatting spans; a term in a definition list (dt) reads as bold. */
const SPAN_OF: Readonly<Record<string, FormatKind>> = {
  h1: "heading",
  h2: "heading",
  h3: "heading",
  h4: "heading",
  h5: "heading",
  h6: "heading",
  b: "bold",
  strong: "bold",
  dt: "bold",
  i: "italic",
  em: "italic",
  li: "item",
};

export interface HtmlExtraction extends TextWithSpans {
  /** From <title>, else the first <h1>; undefined if neither has text. */
  title: string | undefined;
}

interface OpenElement {
  name: string;
  dropped: boolean;
  span?: OpenSpan;
}

/**
 * Readable plain text from HTML: drops scripts, styles and page chrome, turns
 * block elements into line breaks (paragraphs separated by a blank line),
 * decodes entities, collapses HTML whitespace (except inside <pre>). Headings,
 * b/strong, i/em, li and dt become spans. The text is normalised (normalizeText)
 * and the spans index it.
 */
export function htmlToText(html: string): HtmlExtraction {
  const reader = new HtmlReader();
  const parser = new Parser(reader, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  const clean = (s: string | undefined): string | undefined => {
    const t = s?.replace(/\s+/g, " ").trim();
    return t ? t : undefined;
  };
  return { ...reader.out.finish(), title: clean(reader.titleText) ?? clean(reader.h1Text) };
}

class HtmlReader {
  readonly out = new TextBuilder();
  titleText = "";
  h1Text: string | undefined;
  private titleDone = false;
  private inTitle = false;
  private firstH1Done = false;
  private h1Depth = 0;
  private dropDepth = 0;
  private contentRootDepth = 0;
  private preDepth = 0;
  private cellsInRow = 0;
  private readonly stack: OpenElement[] = [];

  onopentag(name: string): void {
    const dropped =
      DROP.has(name) && !(CHROME_ONLY_AT_PAGE_LEVEL.has(name) && this.contentRootDepth > 0 && this.dropDepth === 0);
    const element: OpenElement = { name, dropped };
    this.stack.push(element);
    if (dropped) this.dropDepth++;
    if (this.dropDepth > 0) return;
    if (name === "title") {
      this.inTitle = true;
      return;
    }
    if (CONTENT_ROOTS.has(name)) this.contentRootDepth++;
    if (name === "pre") this.preDepth++;
    if (name === "h1") {
      this.h1Depth++;
      if (!this.firstH1Done) this.h1Text ??= "";
    }
    const nestedList = LISTS.has(name) && this.endEnclosingItem();
    if (name === "tr") this.cellsInRow = 0;
    if (name === "br") this.out.lineBreak();
    else if (nestedList) this.out.breakBefore(1);
    else if (PARAGRAPH.has(name)) this.out.breakBefore(2);
    else if (LINE.has(name)) this.out.breakBefore(1);
    else if (CELL.has(name) && this.cellsInRow++ > 0 && !this.out.atLineStart()) this.out.marker("\t");
    if (name === "li") this.out.marker("- ");
    const kind = SPAN_OF[name];
    if (kind) element.span = this.out.openSpan(kind);
  }

  onclosetag(name: string): void {
    const element = this.stack.pop();
    if (element?.dropped) {
      this.dropDepth--;
      return;
    }
    if (this.dropDepth > 0) return;
    if (name === "title") {
      this.inTitle = false;
      this.titleDone = true;
      return;
    }
    this.out.closeSpan(element?.span);
    if (CONTENT_ROOTS.has(name)) this.contentRootDepth = Math.max(0, this.contentRootDepth - 1);
    if (name === "pre") this.preDepth = Math.max(0, this.preDepth - 1);
    if (name === "h1" && this.h1Depth > 0 && --this.h1Depth === 0 && this.h1Text?.trim()) this.firstH1Done = true;
    if (LISTS.has(name) && this.inItem()) this.out.breakBefore(1);
    else if (PARAGRAPH.has(name)) this.out.breakBefore(2);
    else if (LINE.has(name)) this.out.breakBefore(1);
  }

  ontext(raw: string): void {
    if (this.inTitle) {
      if (!this.titleDone) this.titleText += raw;
      return;
    }
    if (this.dropDepth > 0) return;
    const data = raw.replace(/\u00a0/g, " ");
    if (this.h1Depth > 0 && !this.firstH1Done) this.h1Text = (this.h1Text ?? "") + data;
    if (this.preDepth > 0) this.out.write(data);
    else this.out.inline(data);
  }

  /** An item's own text ends where a list nested in it begins; true when there is one. */
  private endEnclosingItem(): boolean {
    const item = this.enclosingItem(this.stack.length - 2);
    this.out.closeSpan(item?.span);
    return item !== undefined;
  }

  /** Whether the element just closed sat in a list item (a nested list). */
  private inItem(): boolean {
    return this.enclosingItem(this.stack.length - 1) !== undefined;
  }

  private enclosingItem(from: number): OpenElement | undefined {
    for (let i = from; i >= 0; i--) {
      const e = this.stack[i]!;
      if (e.name === "li") return e;
      if (LISTS.has(e.name)) return undefined;
    }
    return undefined;
  }
}
