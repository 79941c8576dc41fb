// Text helpers shared by the format writers and readers: HTML and XML escaping, HTML fields to
// plain text, one-line text, and safe names for tags and files.
import { Parser } from "htmlparser2";

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** XML 1.0 text or attribute value: escaped, and characters XML cannot hold at all removed. */
export function escapeXml(s: string): string {
  return escapeHtml(stripXmlInvalid(s));
}

// eslint-disable-next-line no-control-regex -- XML 1.0 forbids these control characters: removing them is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function stripXmlInvalid(s: string): string {
  return s
    .replace(XML_INVALID, "")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}

/** Every run of whitespace (newlines and tabs too) as one space, trimmed. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Plain text as an HTML field: escaped, line breaks as <br>. */
export function textToHtml(s: string): string {
  return escapeHtml(s.trim()).replace(/\r?\n/g, "<br>");
}

const BREAKS = new Set([
  "br",
  "p",
  "div",
  "li",
  "tr",
  "blockquote",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ol",
  "ul",
  "hr",
]);
const DROPPED = new Set(["script", "style", "head", "title"]);

export interface FieldText {
  text: string;
  /** the field held images, audio or video, which are not imported */
  hadMedia: boolean;
}

/** An HTML field (Anki, Moodle) as plain one-line text: tags dropped, entities decoded, block
 *  elements and line breaks as spaces, Anki's [sound:…] references removed. */
export function htmlToPlain(html: string): FieldText {
  let out = "";
  let drop = 0;
  let hadMedia = /\[sound:[^\]]*\]/.test(html);
  const parser = new Parser(
    {
      onopentag(name) {
        if (DROPPED.has(name)) drop++;
        if (name === "img" || name === "audio" || name === "video" || name === "object") hadMedia = true;
        if (BREAKS.has(name)) out += " ";
      },
      ontext(t) {
        if (drop === 0) out += t;
      },
      onclosetag(name) {
        if (DROPPED.has(name)) drop = Math.max(0, drop - 1);
        if (BREAKS.has(name)) out += " ";
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return { text: oneLine(out.replace(/\[sound:[^\]]*\]/g, " ").replace(/\u00a0/g, " ")), hadMedia };
}

/** The text of each <li> of an HTML list (Anki multiple-choice options field). */
export function listItems(html: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = "";
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === "li") {
          depth++;
          current = "";
        }
      },
      ontext(t) {
        if (depth > 0) current += t;
      },
      onclosetag(name) {
        if (name === "li" && depth > 0) {
          depth--;
          items.push(oneLine(current));
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return items.filter(Boolean);
}

/** A tag without spaces (Anki splits tags on whitespace). */
export function tagSafe(s: string): string {
  return oneLine(s).replace(/\s/g, "_").replace(/["]/g, "");
}

/** A file name stem from a title: letters, digits and dashes only. */
export function fileStem(title: string): string {
  const s = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\w-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
  return s || "deck";
}

export const TRUE_FALSE_PREFIX = "True or false: ";
