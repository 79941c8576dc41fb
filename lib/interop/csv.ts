// CSV of every field of every item, for spreadsheets (RFC 4180 through lib/analytics' toCsv,
// which also defuses spreadsheet formulas). The reader takes this file back, or any CSV with
// "prompt" and "answer" columns (else the first two columns).
import { toCsv } from "@/lib/analytics";
import { parseDelimited } from "./delimited";
import { MAX_IMPORT_ITEMS } from "./errors";
import { itemGuid } from "./ids";
import { BLANK, type ExportDeck, type ImportedBank, type ImportedItem, type ItemType } from "./types";
import { oneLine } from "./text";

export const CSV_COLUMNS = [
  "guid",
  "deck",
  "position",
  "type",
  "kind",
  "prompt",
  "answer",
  "options",
  "document",
  "quote",
  "citation_start",
  "citation_end",
  "uncited",
  "status",
  "approved",
  "version",
  "score",
] as const;

export function writeCsv(deck: ExportDeck): string {
  return toCsv(
    CSV_COLUMNS,
    deck.items.map((i, k) => [
      itemGuid(i.key),
      deck.title,
      k + 1,
      i.type,
      i.kind,
      i.prompt,
      i.answer,
      i.options.join("\n"),
      i.citations.map((c) => c.documentTitle).join("\n"),
      i.citations.map((c) => c.quote).join("\n"),
      i.citations.map((c) => c.start ?? "").join("\n"),
      i.citations.map((c) => c.end ?? "").join("\n"),
      i.citations.length ? "no" : "yes",
      i.status ?? "active",
      i.approved ? "yes" : "no",
      i.version ?? 1,
      i.score ?? "",
    ]),
  );
}

/** toCsv prefixes a quote to cells that would run as formulas; reading takes it off again. */
const unguard = (s: string) => (/^'[=+\-@]/.test(s) ? s.slice(1) : s);
const TYPES = new Set(["mcq", "flashcard", "cloze", "truefalse"]);

export function readCsv(text: string): ImportedBank {
  const rows = parseDelimited(text.replace(/^\uFEFF/, ""), text.includes("\t") && !text.includes(",") ? "\t" : ",");
  const header = (rows[0]?.cells ?? []).map((h) => h.trim().toLowerCase());
  const hasHeader = header.includes("prompt") && header.includes("answer");
  const col = (name: string, fallback: number) => (hasHeader ? header.indexOf(name) : fallback);
  const items: ImportedItem[] = [];
  let skipped = 0;
  for (const r of rows.slice(hasHeader ? 1 : 0)) {
    const get = (name: string, fallback = -1) => {
      const k = col(name, fallback);
      return k >= 0 ? unguard(r.cells[k] ?? "") : "";
    };
    const prompt = oneLine(get("prompt", 0));
    const answer = oneLine(get("answer", 1));
    if (!prompt || !answer) {
      skipped++;
      continue;
    }
    const options = get("options").split(/\r?\n/).map(oneLine).filter(Boolean);
    const declared = get("type").trim();
    const type: ItemType = TYPES.has(declared)
      ? (declared as ItemType)
      : options.length > 1
        ? "mcq"
        : prompt.includes(BLANK)
          ? "cloze"
          : "flashcard";
    const quote = get("quote").split(/\r?\n/)[0]?.trim();
    items.push({
      type,
      kind: get("kind").trim() || "other",
      prompt,
      answer,
      options: type === "mcq" ? options : [],
      sourceKey: get("guid").trim() || undefined,
      citationHint: quote || undefined,
      tags: [],
    });
    if (items.length > MAX_IMPORT_ITEMS) break;
  }
  const warnings = skipped
    ? [
        `${skipped} row${skipped === 1 ? " had" : "s had"} no prompt or no answer and ${skipped === 1 ? "was" : "were"} skipped.`,
      ]
    : [];
  const title =
    hasHeader && header.includes("deck") ? rows[1]?.cells[header.indexOf("deck")]?.trim() || undefined : undefined;
  return { format: "csv", title, items, warnings };
}
