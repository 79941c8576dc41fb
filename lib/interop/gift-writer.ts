// Moodle GIFT writer: multiple choice, true/false, and short answer (flashcards and cloze, whose
// prompt keeps its blank). The citation is the general feedback (####); a comment line before
// each question carries its stable id and tags ([id:…] [tag:…]: gift-pegjs and our reader use them;
// Moodle's importer skips comment lines, so in Moodle they are only notes).
import { BLANK, type ExportDeck, type ExportItem } from "./types";
import { itemGuid } from "./ids";
import { oneLine } from "./text";

/** Escapes what GIFT reserves (\ ~ = # { } :) and writes line breaks as \n, as Moodle does. */
export function giftEscape(s: string): string {
  return s
    .replace(/\r/g, "")
    .replace(/[\\~=#{}:]/g, (ch) => `\\${ch}`)
    .replace(/\n/g, "\\n");
}

export function citationSentence(item: ExportItem): string {
  if (item.citations.length === 0)
    return "Uncited: no sentence of the source documents was found that proves this answer.";
  return `Source: ${item.citations.map((c) => `“${oneLine(c.quote)}” — ${oneLine(c.documentTitle)}`).join(" / ")}`;
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** A Moodle question name: its number and the start of the prompt. */
export function questionName(item: ExportItem, n: number): string {
  return `${String(n).padStart(3, "0")} ${truncate(oneLine(item.prompt.replace(BLANK, "…")), 60)}`;
}

/** Moodle category path: "/" separates levels, so a title's own slash is doubled. */
export const categoryPath = (title: string) => `$course$/top/${oneLine(title).replace(/\//g, "//")}`;

const tagWord = (s: string) => oneLine(s).replace(/[\]\s]+/g, "_");

function answersBlock(item: ExportItem, feedback: string): string {
  const gf = `\t####[plain]${giftEscape(feedback)}\n`;
  switch (item.type) {
    case "mcq":
      return `{\n${item.options.map((o) => `\t${o === item.answer ? "=" : "~"}${giftEscape(o)}\n`).join("")}${gf}}`;
    case "truefalse":
      return `{${item.answer === "True" ? "TRUE" : "FALSE"}\n${gf}}`;
    default:
      return `{\n\t=${giftEscape(item.answer)}\n${gf}}`;
  }
}

export function giftQuestion(item: ExportItem, n: number): string {
  const tags = [`kind-${tagWord(item.kind)}`, `type-${item.type}`, ...(item.citations.length ? [] : ["uncited"])];
  const comment = `// [id:${itemGuid(item.key)}] ${tags.map((t) => `[tag:${t}]`).join(" ")}`;
  return `${comment}\n::${giftEscape(questionName(item, n))}::[plain]${giftEscape(item.prompt.trim())}${answersBlock(item, citationSentence(item))}\n`;
}

export function writeGift(deck: ExportDeck): string {
  const head = `// ${oneLine(deck.title)}: ${deck.items.length} questions exported from CiteDeck; the general feedback quotes the sentence that proves each answer.\n$CATEGORY: ${categoryPath(deck.title)}\n\n`;
  return head + deck.items.map((item, i) => giftQuestion(item, i + 1)).join("\n");
}
