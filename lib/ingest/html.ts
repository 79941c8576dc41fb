import { Parser } from "htmlparser2";

/** Elements whose content is never study material (chrome, code, widgets). */
const DROP = new Set([
  "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
  "template", "object", "canvas", "audio", "video",
]);
/**
 * header/footer are only page chrome at page level; inside <article>/<main> they
 * hold the article's own headline and byline, which we keep.
 */
const CHROME_ONLY_AT_PAGE_LEVEL = new Set(["header", "footer"]);
const CONTENT_ROOTS = new Set(["article", "main"]);

/** Blocks that start a new paragraph (blank line before and after). */
const PARAGRAPH = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "main",
  "ul", "ol", "dl", "table", "figure", "hr", "address", "details", "fieldset",
]);
/** Blocks that start a new line. */
const LINE = new Set(["div", "li", "tr", "br", "dt", "dd", "figcaption", "summary", "caption", "center"]);
const CELL = new Set(["td", "th"]);

export interface HtmlExtraction {
  text: string;
  /** From <title>, else the first <h1>; undefined if neither has text. */
  title: string | undefined;
}

/**
 * Readable plain text from HTML: drops scripts, styles and page chrome, turns
 * block elements into line breaks (paragraphs separated by a blank line),
 * decodes entities, collapses HTML whitespace (except inside <pre>).
 * The result is not yet passed through normalizeText.
 */
export function htmlToText(html: string): HtmlExtraction {
  let out = "";
  let pendingBreaks = 0; // newlines owed before the next text
  let dropDepth = 0;
  let contentRootDepth = 0;
  let preDepth = 0;
  let inTitle = false;
  let titleText = "";
  let titleDone = false;
  let h1Depth = 0;
  let h1Text: string | undefined;
  let firstH1Done = false;
  let cellsInRow = 0;
  // Which open tags incremented dropDepth (so the close tag can decrement exactly).
  const dropStack: boolean[] = [];

  const requestBreak = (n: number): void => {
    pendingBreaks = Math.max(pendingBreaks, n);
  };
  const flush = (): void => {
    if (pendingBreaks > 0 && out.length > 0) {
      out = out.replace(/[ \t]+$/, "") + "\n".repeat(pendingBreaks);
    }
    pendingBreaks = 0;
  };
  const atLineStart = (): boolean => out.length === 0 || out.endsWith("\n") || pendingBreaks > 0;

  const parser = new Parser(
    {
      onopentag(name) {
        const drop =
          DROP.has(name) && !(CHROME_ONLY_AT_PAGE_LEVEL.has(name) && contentRootDepth > 0 && dropDepth === 0);
        dropStack.push(drop);
        if (drop) dropDepth++;
        if (dropDepth > 0) return;
        if (name === "title") {
          inTitle = true;
          return;
        }
        if (CONTENT_ROOTS.has(name)) contentRootDepth++;
        if (name === "pre") preDepth++;
        if (name === "h1") {
          h1Depth++;
          if (!firstH1Done) h1Text ??= "";
        }
        if (name === "tr") cellsInRow = 0;
        if (name === "br") pendingBreaks = Math.min(2, pendingBreaks + 1);
        else if (PARAGRAPH.has(name)) requestBreak(2);
        else if (LINE.has(name)) requestBreak(1);
        else if (CELL.has(name) && cellsInRow++ > 0 && !atLineStart()) out += "\t";
        if (name === "li") {
          flush();
          out += "- ";
        }
      },
      onclosetag(name) {
        const dropped = dropStack.pop() ?? false;
        if (dropped) {
          dropDepth--;
          return;
        }
        if (dropDepth > 0) return;
        if (name === "title") {
          inTitle = false;
          titleDone = true;
          return;
        }
        if (CONTENT_ROOTS.has(name)) contentRootDepth = Math.max(0, contentRootDepth - 1);
        if (name === "pre") preDepth = Math.max(0, preDepth - 1);
        if (name === "h1" && h1Depth > 0 && --h1Depth === 0 && h1Text !== undefined && h1Text.trim()) {
          firstH1Done = true;
        }
        if (PARAGRAPH.has(name)) requestBreak(2);
        else if (LINE.has(name) && name !== "br") requestBreak(1);
      },
      ontext(raw) {
        if (inTitle) {
          if (!titleDone) titleText += raw;
          return;
        }
        if (dropDepth > 0) return;
        const data = raw.replace(/\u00a0/g, " ");
        if (h1Depth > 0 && !firstH1Done) h1Text = (h1Text ?? "") + data;
        if (preDepth > 0) {
          flush();
          out += data;
          return;
        }
        let s = data.replace(/[ \t\n\r\f]+/g, " ");
        if (s.length === 0) return;
        if (s === " ") {
          if (!atLineStart() && !out.endsWith(" ") && !out.endsWith("\t")) out += " ";
          return;
        }
        if (atLineStart() || out.endsWith(" ") || out.endsWith("\t")) s = s.replace(/^ /, "");
        flush();
        out += s;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();

  const clean = (s: string | undefined): string | undefined => {
    const t = s?.replace(/\s+/g, " ").trim();
    return t ? t : undefined;
  };
  return { text: out, title: clean(titleText) ?? clean(h1Text) };
}
