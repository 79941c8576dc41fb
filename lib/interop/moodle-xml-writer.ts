// Moodle XML writer: a category named after the deck, then multichoice, truefalse and shortanswer
// questions (flashcards and cloze), element for element in the order Moodle's own exports use
// (question/format/xml/tests/fixtures). The citation is the general feedback; the item's stable
// id is the idnumber; its kind and type are tags.
import type { ExportDeck, ExportItem } from "./types";
import { itemGuid } from "./ids";
import { escapeHtml, escapeXml, oneLine } from "./text";
import { categoryPath, questionName } from "./gift-writer";

const text = (s: string) => `<text>${escapeXml(s)}</text>`;
const html = (tag: string, s: string, attrs = "") => `<${tag}${attrs} format="html">${text(s)}</${tag}>`;
const para = (s: string) => `<p>${escapeHtml(s.trim()).replace(/\n/g, "<br>")}</p>`;

export function citationFeedbackHtml(item: ExportItem): string {
  if (item.citations.length === 0)
    return "<p><strong>Uncited:</strong> no sentence of the source documents was found that proves this answer.</p>";
  return `<p>Source:</p>${item.citations.map((c) => `<blockquote>“${escapeHtml(oneLine(c.quote))}”</blockquote><p>— ${escapeHtml(c.documentTitle)}</p>`).join("")}`;
}

const tagsXml = (item: ExportItem) =>
  `<tags>${[`kind-${item.kind}`, `type-${item.type}`, ...(item.citations.length ? [] : ["uncited"])].map((t) => `<tag>${text(t)}</tag>`).join("")}</tags>`;

function head(item: ExportItem, n: number, penalty: string): string[] {
  return [
    `<name>${text(questionName(item, n))}</name>`,
    html("questiontext", para(item.prompt)),
    html("generalfeedback", citationFeedbackHtml(item)),
    "<defaultgrade>1.0000000</defaultgrade>",
    `<penalty>${penalty}</penalty>`,
    "<hidden>0</hidden>",
    `<idnumber>${escapeXml(itemGuid(item.key))}</idnumber>`,
  ];
}

const answer = (fraction: number, body: string, format = "moodle_auto_format") =>
  `<answer fraction="${fraction}" format="${format}">${text(body)}<feedback format="html"><text></text></feedback></answer>`;

function questionXml(item: ExportItem, n: number): string {
  let type: string;
  let parts: string[];
  if (item.type === "mcq") {
    type = "multichoice";
    parts = [
      ...head(item, n, "0.3333333"),
      "<single>true</single>",
      "<shuffleanswers>true</shuffleanswers>",
      "<answernumbering>abc</answernumbering>",
      html("correctfeedback", ""),
      html("partiallycorrectfeedback", ""),
      html("incorrectfeedback", ""),
      ...item.options.map((o) => answer(o === item.answer ? 100 : 0, escapeHtml(o), "html")),
    ];
  } else if (item.type === "truefalse") {
    type = "truefalse";
    const isTrue = item.answer === "True";
    parts = [...head(item, n, "1.0000000"), answer(isTrue ? 100 : 0, "true"), answer(isTrue ? 0 : 100, "false")];
  } else {
    type = "shortanswer";
    parts = [...head(item, n, "0.3333333"), "<usecase>0</usecase>", answer(100, item.answer)];
  }
  return `<!-- question: ${n}  -->\n  <question type="${type}">\n    ${[...parts, tagsXml(item)].join("\n    ")}\n  </question>\n`;
}

export function writeMoodleXml(deck: ExportDeck): string {
  const category = `<!-- question: 0  -->\n  <question type="category">\n    <category>${text(categoryPath(deck.title))}</category>\n    <info format="html">${text(`<p>${escapeHtml(`${deck.items.length} questions exported from CiteDeck; the general feedback quotes the sentence that proves each answer.`)}</p>`)}</info>\n    <idnumber></idnumber>\n  </question>\n`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${category}\n${deck.items.map((item, i) => questionXml(item, i + 1)).join("\n")}\n</quiz>\n`;
}
