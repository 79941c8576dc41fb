// Moodle XML reader: multichoice (one right answer), truefalse, shortanswer (a prompt with a
// blank is a cloze) and numerical questions become items; categories give the title; other
// question types are skipped with a warning. XML that is not well-formed stops the import with
// the line of the error.
import { DOMParser, type Element } from "@xmldom/xmldom";
import { InteropError, MAX_IMPORT_ITEMS } from "./errors";
import { BLANK, type ImportedBank, type ImportedItem } from "./types";
import { htmlToPlain, oneLine } from "./text";

const children = (el: Element, name: string): Element[] => {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (n as Element).nodeName === name) out.push(n as Element);
  return out;
};
const child = (el: Element, name: string) => children(el, name)[0];
const rawText = (el: Element | undefined) => (el ? (child(el, "text")?.textContent ?? "") : "");

/** The text of a <questiontext>/<answer>/… element, by its format attribute, as plain text. */
function textOf(el: Element | undefined): string {
  if (!el) return "";
  const raw = rawText(el);
  const format = el.getAttribute("format") ?? "html";
  return format === "plain_text" || format === "markdown" ? oneLine(raw) : htmlToPlain(raw).text;
}

function parse(xml: string): Element {
  try {
    const doc = new DOMParser({
      onError: (level, msg, ctx) => {
        const line = (ctx as { locator?: { lineNumber?: number } } | undefined)?.locator?.lineNumber;
        if (level !== "warning")
          throw new InteropError(
            "SYNTAX",
            `${line ? `Line ${line}: ` : ""}this is not well-formed XML (${msg}).`,
            line,
          );
      },
    }).parseFromString(xml, "text/xml");
    const root = doc.documentElement;
    if (!root || root.nodeName !== "quiz")
      throw new InteropError(
        "UNKNOWN_SCHEMA",
        `This XML file is not a Moodle question bank: its root element is <${root?.nodeName ?? "none"}>, not <quiz>.`,
      );
    return root;
  } catch (e) {
    if (e instanceof InteropError) throw e;
    const line = (e as { locator?: { lineNumber?: number } }).locator?.lineNumber;
    throw new InteropError(
      "SYNTAX",
      `${line ? `Line ${line}: ` : ""}this is not well-formed XML (${(e as Error).message}).`,
      line,
    );
  }
}

function hintOf(feedback: Element | undefined): string | undefined {
  const raw = rawText(feedback);
  const quote = /<blockquote>([\s\S]*?)<\/blockquote>/i.exec(raw);
  const t = htmlToPlain(quote ? quote[1]! : raw)
    .text.replace(/^“|”$/g, "")
    .replace(/^Uncited:.*/, "")
    .trim();
  return t || undefined;
}

type Result = { item: ImportedItem } | { skip: string } | null;

function questionItem(q: Element): Result {
  const type = q.getAttribute("type") ?? "";
  const prompt = textOf(child(q, "questiontext"));
  const tags = children(child(q, "tags") ?? q, "tag")
    .map((t) => rawText(t).trim())
    .filter(Boolean);
  const base = {
    kind: tags.find((t) => t.startsWith("kind-"))?.slice(5) ?? "other",
    tags: tags.filter((t) => !/^(kind|type)-|^uncited$/.test(t)),
    sourceKey: child(q, "idnumber")?.textContent?.trim() || undefined,
    citationHint: hintOf(child(q, "generalfeedback")),
    prompt,
  };
  // Short and numerical answers are compared as typed, so Moodle keeps them as plain strings.
  const plainAnswers = type === "shortanswer" || type === "numerical";
  const answers = children(q, "answer").map((a) => ({
    text: plainAnswers ? oneLine(rawText(a)) : textOf(a),
    fraction: Number(a.getAttribute("fraction") ?? "0"),
  }));
  const right = answers.filter((a) => a.fraction >= 100);
  if (!prompt) return type === "category" ? null : { skip: "without text" };
  switch (type) {
    case "multichoice": {
      const single = (child(q, "single")?.textContent ?? "true").trim() !== "false";
      if (!single || right.length !== 1 || answers.length < 2) return { skip: "multiple-answer" };
      return {
        item: { ...base, type: "mcq", answer: right[0]!.text, options: answers.map((a) => a.text).filter(Boolean) },
      };
    }
    case "truefalse":
      if (right.length !== 1) return { skip: "without a right answer" };
      return {
        item: {
          ...base,
          type: "truefalse",
          answer: right[0]!.text.toLowerCase() === "true" ? "True" : "False",
          options: [],
        },
      };
    case "shortanswer":
    case "numerical": {
      const best = right[0] ?? [...answers].sort((a, b) => b.fraction - a.fraction)[0];
      if (!best?.text || best.text === "*") return { skip: "without a right answer" };
      return {
        item: {
          ...base,
          type: prompt.includes(BLANK) || /_{3,}/.test(prompt) ? "cloze" : "flashcard",
          prompt: prompt.replace(/_{3,}/, BLANK),
          answer: best.text,
          options: [],
        },
      };
    }
    default:
      return { skip: type || "unknown" };
  }
}

export function readMoodleXml(xml: string): ImportedBank {
  const root = parse(xml.replace(/^\uFEFF/, ""));
  const items: ImportedItem[] = [];
  const skipped = new Map<string, number>();
  let title: string | undefined;
  for (const q of children(root, "question")) {
    if (q.getAttribute("type") === "category") {
      const path = rawText(child(q, "category")).trim();
      title ??= path
        .split(/(?<!\/)\/(?!\/)/)
        .filter((p) => p && !/^\$\w+\$$/.test(p) && p !== "top")
        .pop()
        ?.replace(/\/\//g, "/");
      continue;
    }
    const r = questionItem(q);
    if (!r) continue;
    if ("skip" in r) skipped.set(r.skip, (skipped.get(r.skip) ?? 0) + 1);
    else items.push(r.item);
    if (items.length > MAX_IMPORT_ITEMS) break;
  }
  const warnings = [...skipped].map(
    ([why, n]) => `${n} ${why} question${n === 1 ? " was" : "s were"} skipped: CiteDeck has no such item.`,
  );
  return { format: "moodle-xml", title, items, warnings };
}
