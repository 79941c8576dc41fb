// Quizlet's import: one card a line, the term, a tab, the definition. Plain text only: tabs and
// line breaks inside a text become spaces. The definition is the answer alone, so Quizlet's
// typed-answer modes still work; the citation does not travel (see docs/decisions/050).
import { MAX_IMPORT_ITEMS } from "./errors";
import { BLANK, type ExportDeck, type ExportItem, type ImportedBank, type ImportedItem } from "./types";
import { oneLine, TRUE_FALSE_PREFIX } from "./text";

function term(item: ExportItem): string {
  if (item.type === "truefalse") return TRUE_FALSE_PREFIX + item.prompt;
  if (item.type === "mcq") return `${item.prompt} (${item.options.join(" / ")})`;
  return item.prompt;
}

export function writeQuizlet(deck: ExportDeck): string {
  return deck.items.map((i) => `${oneLine(term(i))}\t${oneLine(i.answer)}`).join("\n") + "\n";
}

/** Quizlet exports use a tab by default; a file with no tab at all is read with ";" or ",". */
export function readQuizlet(text: string): ImportedBank {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const sep = lines.some((l) => l.includes("\t")) ? "\t" : lines.every((l) => l.includes(";")) ? ";" : ",";
  const items: ImportedItem[] = [];
  let skipped = 0;
  for (const line of lines) {
    const at = line.indexOf(sep);
    const prompt = at >= 0 ? oneLine(line.slice(0, at)) : "";
    const answer = at >= 0 ? oneLine(line.slice(at + 1)) : "";
    if (!prompt || !answer) {
      skipped++;
      continue;
    }
    const tf = prompt.startsWith(TRUE_FALSE_PREFIX.trim()) && /^(True|False)$/.test(answer);
    items.push({
      type: tf ? "truefalse" : prompt.includes(BLANK) ? "cloze" : "flashcard",
      kind: "other",
      prompt: tf ? prompt.slice(TRUE_FALSE_PREFIX.length).trim() : prompt,
      answer,
      options: [],
      tags: [],
    });
    if (items.length > MAX_IMPORT_ITEMS) break;
  }
  const warnings = skipped
    ? [
        `${skipped} line${skipped === 1 ? " had" : "s had"} no term or no definition and ${skipped === 1 ? "was" : "were"} skipped.`,
      ]
    : [];
  return { format: "quizlet", items, warnings };
}
