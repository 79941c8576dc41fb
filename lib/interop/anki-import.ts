// Anki notes as CiteDeck items. Our own note types come back exactly (type, options, kind, the
// citation as a hint); any other note type is read by its fields: a cloze note gives one cloze
// item per deletion number, a standard note a flashcard from its first two fields.
import { BLANK, type ImportedBank, type ImportedItem } from "./types";
import { htmlToPlain, listItems, TRUE_FALSE_PREFIX } from "./text";
import { MAX_IMPORT_ITEMS } from "./errors";

export interface NoteRow {
  guid: string;
  mid: number;
  tags: string;
  flds: string;
}
export interface NoteTypeInfo {
  name: string;
  cloze: boolean;
  fields: string[];
}

interface Skips {
  media: number;
  empty: number;
  unknownType: number;
}

const tagValue = (tags: string[], prefix: string) => tags.find((t) => t.startsWith(prefix))?.slice(prefix.length);
const plain = (html: string | undefined) => htmlToPlain(html ?? "");

/** The text of a citation field: the quoted sentence(s). */
function citationHint(html: string | undefined): string | undefined {
  if (!html) return undefined;
  const m = /<blockquote>([\s\S]*?)<\/blockquote>/i.exec(html);
  const t = plain(m ? m[1] : html).text;
  return t || undefined;
}

const CLOZE_RE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

/** One item per cloze number: its deletions blanked (with the hint, if any), the others shown. */
export function clozeItems(html: string): { prompt: string; answer: string }[] {
  const numbers = [...new Set([...html.matchAll(CLOZE_RE)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  return numbers.flatMap((n) => {
    const answers: string[] = [];
    const masked = html.replace(CLOZE_RE, (_all, num: string, answer: string, hint?: string) => {
      if (Number(num) !== n) return answer;
      answers.push(plain(answer).text);
      return hint ? `${BLANK} (${hint})` : BLANK;
    });
    const prompt = plain(masked).text;
    const answer = answers.filter(Boolean).join(" … ");
    return prompt && answer ? [{ prompt, answer }] : [];
  });
}

function ownNote(
  type: NoteTypeInfo,
  f: Record<string, string>,
  tags: string[],
): Omit<ImportedItem, "tags" | "kind" | "sourceKey">[] | null {
  const hint = citationHint(f.Citation);
  if (type.name === "CiteDeck Multiple choice") {
    const options = listItems(f.Options ?? "");
    const answer = plain(f.Answer).text;
    return [{ type: "mcq", prompt: plain(f.Question).text, answer, options, citationHint: hint }];
  }
  if (type.name === "CiteDeck Cloze")
    return clozeItems(f.Text ?? "").map((c) => ({ type: "cloze" as const, ...c, options: [], citationHint: hint }));
  if (type.name === "CiteDeck Q/A") {
    const front = plain(f.Front).text;
    const back = plain(f.Back).text;
    const tf =
      tagValue(tags, "type::") === "truefalse" &&
      front.startsWith(TRUE_FALSE_PREFIX.trim()) &&
      /^(True|False)$/.test(back);
    return [
      {
        type: tf ? "truefalse" : "flashcard",
        prompt: tf ? front.slice(TRUE_FALSE_PREFIX.length).trim() : front,
        answer: back,
        options: [],
        citationHint: hint,
      },
    ];
  }
  return null;
}

function noteItems(note: NoteRow, type: NoteTypeInfo, skips: Skips): ImportedItem[] {
  const values = note.flds.split("\x1f");
  const f: Record<string, string> = Object.fromEntries(type.fields.map((name, k) => [name, values[k] ?? ""]));
  const tags = note.tags.split(/\s+/).filter(Boolean);
  const own = ownNote(type, f, tags);
  const kind = tagValue(tags, "kind::") ?? "other";
  const extra = { kind, sourceKey: note.guid, tags: tags.filter((t) => !/^(kind|type|document)::|^uncited$/.test(t)) };
  if (own) return own.filter((i) => i.prompt && i.answer).map((i) => ({ ...i, ...extra }));
  const isCloze = type.cloze || values.some((v) => /\{\{c\d+::/.test(v));
  if (isCloze) {
    const text = values.find((v) => /\{\{c\d+::/.test(v)) ?? "";
    const items = clozeItems(text);
    if (items.length === 0) skips.empty++;
    return items.map((c) => ({ type: "cloze" as const, ...c, options: [], ...extra }));
  }
  const [front, back] = [plain(values[0]), plain(values[1])];
  if (!front.text || !back.text) {
    if (front.hadMedia || back.hadMedia) skips.media++;
    else skips.empty++;
    return [];
  }
  return [{ type: "flashcard", prompt: front.text, answer: back.text, options: [], ...extra }];
}

export function notesToBank(
  notes: readonly NoteRow[],
  types: Map<number, NoteTypeInfo>,
  deckName: string | undefined,
): ImportedBank {
  const skips: Skips = { media: 0, empty: 0, unknownType: 0 };
  const items: ImportedItem[] = [];
  for (const note of notes) {
    const type = types.get(Number(note.mid));
    if (!type) {
      skips.unknownType++;
      continue;
    }
    items.push(...noteItems(note, type, skips));
    if (items.length > MAX_IMPORT_ITEMS) break;
  }
  const warnings: string[] = [];
  if (skips.media)
    warnings.push(
      `${skips.media} note${skips.media === 1 ? "" : "s"} held only images or sound and ${skips.media === 1 ? "was" : "were"} skipped (media are not imported).`,
    );
  if (skips.empty)
    warnings.push(
      `${skips.empty} note${skips.empty === 1 ? "" : "s"} had an empty front or back and ${skips.empty === 1 ? "was" : "were"} skipped.`,
    );
  if (skips.unknownType)
    warnings.push(
      `${skips.unknownType} note${skips.unknownType === 1 ? "" : "s"} used a note type missing from the package and ${skips.unknownType === 1 ? "was" : "were"} skipped.`,
    );
  return {
    format: "apkg",
    title: deckName && deckName !== "Default" ? deckName.split("::").pop() : undefined,
    items,
    warnings,
  };
}
