// CiteDeck items as Anki notes: three note types (Q/A, Anki's own cloze, multiple choice), each
// with the citation in its own field, and the tags that say the kind of fact and the document.
// Shared by the .apkg writer and reader and the tab-separated text export.
import type { ExportCitation, ExportItem } from "./types";
import { BLANK } from "./types";
import { escapeHtml, tagSafe, TRUE_FALSE_PREFIX } from "./text";
import { itemGuid, numericId } from "./ids";

export type NoteKind = "qa" | "cloze" | "mcq";

export interface NoteType {
  kind: NoteKind;
  id: number;
  name: string;
  /** 0 standard, 1 cloze */
  type: 0 | 1;
  fields: string[];
  qfmt: string;
  afmt: string;
  /** which fields a card needs (Anki's "req"; cloze note types have none) */
  req: [number, "any" | "all", number[]][];
}

const CITATION = `{{#Citation}}<div class="citation">{{Citation}}</div>{{/Citation}}`;

/** Versioned names and ids: Anki matches note types by id, so they never change once published. */
export const NOTE_TYPES: Record<NoteKind, NoteType> = {
  qa: {
    kind: "qa",
    id: numericId("notetype:qa:v1"),
    name: "CiteDeck Q/A",
    type: 0,
    fields: ["Front", "Back", "Citation"],
    qfmt: "{{Front}}",
    afmt: `{{FrontSide}}<hr id="answer">{{Back}}${CITATION}`,
    req: [[0, "all", [0]]],
  },
  cloze: {
    kind: "cloze",
    id: numericId("notetype:cloze:v1"),
    name: "CiteDeck Cloze",
    type: 1,
    fields: ["Text", "Back Extra", "Citation"],
    qfmt: "{{cloze:Text}}",
    afmt: `{{cloze:Text}}<br>{{Back Extra}}${CITATION}`,
    req: [],
  },
  mcq: {
    kind: "mcq",
    id: numericId("notetype:mcq:v1"),
    name: "CiteDeck Multiple choice",
    type: 0,
    fields: ["Question", "Options", "Answer", "Citation"],
    qfmt: `{{Question}}<div class="options">{{Options}}</div>`,
    afmt: `{{FrontSide}}<hr id="answer"><b>{{Answer}}</b>${CITATION}`,
    req: [[0, "any", [0, 1]]],
  },
};

export const NOTE_CSS = `.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: left; color: black; background-color: white; }
.citation { margin-top: 1em; font-size: 16px; color: #444; }
.citation blockquote { margin: 0 0 .25em; padding-left: .75em; border-left: 3px solid #999; }
.cloze { font-weight: bold; color: blue; }`;

export interface AnkiNote {
  guid: string;
  type: NoteType;
  /** HTML field contents, in the note type's field order */
  fields: string[];
  tags: string[];
}

/** Text as an Anki HTML field: escaped, braces as entities (no text can open a {{cloze}} or
 *  {{field}}), line breaks as <br>. */
export function ankiHtml(s: string): string {
  return escapeHtml(s.trim())
    .replace(/[{}]/g, (ch) => `&#${ch.charCodeAt(0)};`)
    .replace(/\r?\n/g, "<br>");
}

/** The citation field: each cited sentence quoted, then its document's title. */
export function citationHtml(citations: readonly ExportCitation[]): string {
  return citations
    .map((c) => `<blockquote>${ankiHtml(c.quote)}</blockquote><div class="source">— ${ankiHtml(c.documentTitle)}</div>`)
    .join("");
}

/** Anki's cloze syntax closes at "}}" and splits a hint at "::": both are written as entities
 *  inside the deletion so any answer survives. */
function clozeAnswer(answer: string): string {
  return escapeHtml(answer).replace(/[{}:]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function clozeText(prompt: string, answer: string): string {
  const i = prompt.indexOf(BLANK);
  const deletion = `{{c1::${clozeAnswer(answer)}}}`;
  // Braces outside the deletion are entities too, so no text can start another cloze.
  const html = (s: string) =>
    escapeHtml(s)
      .replace(/[{}]/g, (ch) => `&#${ch.charCodeAt(0)};`)
      .replace(/\r?\n/g, "<br>");
  if (i < 0) return `${html(prompt.trim())} ${deletion}`;
  return `${html(prompt.slice(0, i))}${deletion}${html(prompt.slice(i + BLANK.length))}`.trim();
}

export function noteTags(item: ExportItem): string[] {
  const docs = [...new Set(item.citations.map((c) => c.documentTitle))];
  return [
    `kind::${tagSafe(item.kind)}`,
    `type::${item.type}`,
    ...docs.map((d) => `document::${tagSafe(d)}`),
    ...(item.citations.length === 0 ? ["uncited"] : []),
  ];
}

export function itemToNote(item: ExportItem): AnkiNote {
  const citation = citationHtml(item.citations);
  const base = { guid: itemGuid(item.key), tags: noteTags(item) };
  switch (item.type) {
    case "cloze":
      return { ...base, type: NOTE_TYPES.cloze, fields: [clozeText(item.prompt, item.answer), "", citation] };
    case "mcq":
      return {
        ...base,
        type: NOTE_TYPES.mcq,
        fields: [
          ankiHtml(item.prompt),
          `<ol class="options">${item.options.map((o) => `<li>${ankiHtml(o)}</li>`).join("")}</ol>`,
          ankiHtml(item.answer),
          citation,
        ],
      };
    case "truefalse":
      return {
        ...base,
        type: NOTE_TYPES.qa,
        fields: [ankiHtml(TRUE_FALSE_PREFIX + item.prompt), ankiHtml(item.answer), citation],
      };
    default:
      return { ...base, type: NOTE_TYPES.qa, fields: [ankiHtml(item.prompt), ankiHtml(item.answer), citation] };
  }
}
