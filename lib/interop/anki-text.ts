// Anki's text format: tab-separated notes with Anki's header lines (#separator, #html, #guid
// column, #notetype column, #deck, #tags column). Uses Anki's stock "Basic" and "Cloze" note
// types, so it imports into any collection; the GUID column makes a second import update the
// same notes. The reader also takes headerless files (front, back, … per line).
import { ankiHtml, clozeText, noteTags } from "./anki-notes";
import { clozeItems } from "./anki-import";
import { parseDelimited } from "./delimited";
import { MAX_IMPORT_ITEMS } from "./errors";
import { itemGuid } from "./ids";
import { escapeHtml, htmlToPlain, listItems, oneLine, TRUE_FALSE_PREFIX } from "./text";
import type { ExportDeck, ExportItem, ImportedBank, ImportedItem, ItemType } from "./types";
import { citationHtml } from "./anki-notes";
import { ankiDeckName } from "./apkg-writer";

const cell = (html: string) => html.replace(/[\t\r\n]+/g, " ");
const CITATION_DIV = (item: ExportItem) =>
  item.citations.length ? `<div class="citation">${citationHtml(item.citations)}</div>` : "";

function row(item: ExportItem): string[] {
  const guid = itemGuid(item.key);
  const tags = noteTags(item).join(" ");
  if (item.type === "cloze") return [guid, "Cloze", clozeText(item.prompt, item.answer), CITATION_DIV(item), tags];
  const front =
    item.type === "mcq"
      ? `${ankiHtml(item.prompt)}<ol class="options">${item.options.map((o) => `<li>${ankiHtml(o)}</li>`).join("")}</ol>`
      : ankiHtml(item.type === "truefalse" ? TRUE_FALSE_PREFIX + item.prompt : item.prompt);
  return [guid, "Basic", front, `${ankiHtml(item.answer)}${CITATION_DIV(item)}`, tags];
}

export function writeAnkiTsv(deck: ExportDeck): string {
  const head = [
    "#separator:Tab",
    "#html:true",
    "#guid column:1",
    "#notetype column:2",
    `#deck:${oneLine(ankiDeckName(deck.title))}`,
    "#tags column:5",
    "",
  ].join("\n");
  return head + deck.items.map((i) => row(i).map(cell).join("\t")).join("\n") + "\n";
}

const SEPARATORS: Record<string, string> = { tab: "\t", comma: ",", semicolon: ";", pipe: "|", colon: ":", space: " " };

interface Headers {
  sep: string;
  html: boolean;
  guid?: number;
  notetype?: number;
  deck?: number;
  tags?: number;
  deckName?: string;
  notetypeName?: string;
}

function readHeaders(lines: string[]): { h: Headers; bodyStart: number } {
  const h: Headers = { sep: "\t", html: false };
  let k = 0;
  for (; k < lines.length && lines[k]!.startsWith("#"); k++) {
    const m = /^#([a-z ]+):(.*)$/i.exec(lines[k]!);
    if (!m) continue;
    const key = m[1]!.trim().toLowerCase();
    const value = m[2]!.trim();
    const col = Number(value) - 1;
    if (key === "separator") h.sep = SEPARATORS[value.toLowerCase()] ?? value.slice(0, 1) ?? "\t";
    else if (key === "html") h.html = value.toLowerCase() === "true";
    else if (key === "guid column") h.guid = col;
    else if (key === "notetype column") h.notetype = col;
    else if (key === "deck column") h.deck = col;
    else if (key === "tags column") h.tags = col;
    else if (key === "deck") h.deckName = value;
    else if (key === "notetype") h.notetypeName = value;
  }
  return { h, bodyStart: k };
}

function rowItems(cells: string[], h: Headers): ImportedItem[] {
  const special = new Set([h.guid, h.notetype, h.deck, h.tags].filter((c): c is number => c !== undefined));
  const fields = cells.filter((_, k) => !special.has(k));
  const tags = h.tags !== undefined ? (cells[h.tags] ?? "").split(/\s+/).filter(Boolean) : [];
  const notetype = h.notetype !== undefined ? cells[h.notetype] : h.notetypeName;
  const plain = (s: string | undefined) => (h.html ? htmlToPlain(s ?? "").text : oneLine(s ?? ""));
  const base = {
    kind: tags.find((t) => t.startsWith("kind::"))?.slice(6) ?? "other",
    tags: tags.filter((t) => !/^(kind|type|document)::|^uncited$/.test(t)),
    sourceKey: h.guid !== undefined ? cells[h.guid] : undefined,
  };
  const [first = "", second = ""] = fields;
  const citeAt = second.indexOf('<div class="citation">');
  const hint =
    citeAt >= 0
      ? htmlToPlain(/<blockquote>([\s\S]*?)<\/blockquote>/.exec(second)?.[1] ?? "").text || undefined
      : undefined;
  if (notetype ? /cloze/i.test(notetype) : /\{\{c\d+::/.test(first))
    return clozeItems(h.html ? first : escapeHtml(first)).map((c) => ({
      ...base,
      type: "cloze",
      ...c,
      options: [],
      citationHint: hint,
    }));
  const back = plain(citeAt >= 0 ? second.slice(0, citeAt) : second);
  const options =
    h.html && first.includes('<ol class="options">')
      ? listItems(first.slice(first.indexOf('<ol class="options">')))
      : [];
  let prompt = plain(options.length ? first.slice(0, first.indexOf('<ol class="options">')) : first);
  let type: ItemType = options.length > 1 ? "mcq" : "flashcard";
  if (tags.includes("type::truefalse") && prompt.startsWith(TRUE_FALSE_PREFIX.trim()) && /^(True|False)$/.test(back)) {
    type = "truefalse";
    prompt = prompt.slice(TRUE_FALSE_PREFIX.length).trim();
  }
  return prompt && back ? [{ ...base, type, prompt, answer: back, options, citationHint: hint }] : [];
}

export function readAnkiTsv(text: string): ImportedBank {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const { h, bodyStart } = readHeaders(lines);
  if (bodyStart === 0 && !lines.some((l) => l.includes("\t"))) h.sep = lines.some((l) => l.includes(";")) ? ";" : ",";
  const items: ImportedItem[] = [];
  let skipped = 0;
  for (const r of parseDelimited(lines.slice(bodyStart).join("\n"), h.sep)) {
    const got = rowItems(r.cells, h);
    if (got.length === 0) skipped++;
    items.push(...got);
    if (items.length > MAX_IMPORT_ITEMS) break;
  }
  const warnings = skipped
    ? [
        `${skipped} line${skipped === 1 ? " had" : "s had"} an empty front or back and ${skipped === 1 ? "was" : "were"} skipped.`,
      ]
    : [];
  return { format: "tsv", title: h.deckName?.split("::").pop(), items, warnings };
}
