// Moodle GIFT reader, as lenient as Moodle's own importer (question/format/gift/format.php): a
// blank line ends a question, // starts a comment, the first { … } holds the answers. Multiple
// choice with one right answer, true/false, short answer (a prompt with a blank is a cloze) and
// numerical questions become items; matching, essay, description and multiple-answer questions
// are skipped with a warning. A malformed question stops the import with its line number.
import { InteropError, MAX_IMPORT_ITEMS } from "./errors";
import { BLANK, type ImportedBank, type ImportedItem } from "./types";
import { htmlToPlain, oneLine } from "./text";

interface Block {
  line: number;
  lines: string[];
}

/** Questions are separated by blank lines; each keeps the line it starts on. */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  let current: Block | null = null;
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n|\r/)
    .forEach((raw, k) => {
      if (raw.trim() === "") {
        current = null;
        return;
      }
      if (!current) {
        current = { line: k + 1, lines: [] };
        out.push(current);
      }
      current.lines.push(raw);
    });
  return out;
}

// Escaped reserved characters become private-use placeholders while the structure is parsed.
const ESC: Record<string, string> = {
  ":": "\uE001",
  "#": "\uE002",
  "=": "\uE003",
  "{": "\uE004",
  "}": "\uE005",
  "~": "\uE006",
  n: "\uE007",
  "\\": "\uE008",
};
const UNESC: Record<string, string> = {
  "\uE001": ":",
  "\uE002": "#",
  "\uE003": "=",
  "\uE004": "{",
  "\uE005": "}",
  "\uE006": "~",
  "\uE007": "\n",
  "\uE008": "\\",
};
const protect = (s: string) => s.replace(/\\([:#={}~n\\])/g, (_m, ch: string) => ESC[ch]!);
const restore = (s: string) => s.replace(/[\uE001-\uE008]/g, (ch) => UNESC[ch]!);

type Format = "moodle" | "html" | "plain" | "markdown";

/** Text after an optional [format] marker (else `format`, the question's), as one-line text. */
function textOf(raw: string, format: Format = "moodle"): string {
  const m = /^\s*\[(moodle|html|plain|markdown)\]/.exec(raw);
  const f = (m?.[1] as Format | undefined) ?? format;
  const body = restore(m ? raw.slice(m[0].length) : raw);
  return f === "plain" || f === "markdown" ? oneLine(body) : htmlToPlain(body.replace(/\n/g, "<br>")).text;
}

const formatOf = (raw: string): Format =>
  (/^\s*\[(moodle|html|plain|markdown)\]/.exec(raw)?.[1] as Format | undefined) ?? "moodle";

const syntax = (line: number, msg: string) => new InteropError("SYNTAX", `Line ${line}: ${msg}`, line);

type Parsed = { kind: "item"; item: ImportedItem } | { kind: "skip"; why: string } | { kind: "category"; path: string };

const WEIGHT = /^%(-?\d{1,3}(?:\.\d+)?)%/;

interface Answer {
  mark: string;
  weight: number | null;
  text: string;
}

/** Answers of a { … } block: each starts at one of `markers`; a weight %n% and a #feedback may follow. */
function splitAnswers(body: string, markers: string, format: Format): Answer[] {
  const parts: { mark: string; raw: string }[] = [];
  for (const ch of body) {
    if (markers.includes(ch)) parts.push({ mark: ch, raw: "" });
    else if (parts.length > 0) parts[parts.length - 1]!.raw += ch;
    else parts.push({ mark: "", raw: ch });
  }
  return parts.flatMap(({ mark, raw }) => {
    let s = raw.trim();
    if (!mark && !s) return [];
    let weight: number | null = null;
    const w = WEIGHT.exec(s);
    if (w) {
      weight = Number(w[1]);
      s = s.slice(w[0].length);
    }
    const hash = s.indexOf("#");
    return [{ mark, weight, text: textOf((hash >= 0 ? s.slice(0, hash) : s).trim(), format) }];
  });
}

function parseBlock(block: Block, tags: string[], id: string | undefined): Parsed | null {
  // Errors name the question's first line (after its comment lines).
  const b = {
    ...block,
    line:
      block.line +
      Math.max(
        0,
        block.lines.findIndex((l) => !l.trim().startsWith("//")),
      ),
  };
  let text = protect(b.lines.filter((l) => !l.trim().startsWith("//")).join("\n")).trim();
  if (!text) return null;
  if (text.startsWith("$CATEGORY:")) return { kind: "category", path: restore(text.slice(10)).trim() };
  if (text.startsWith("::")) {
    const end = text.indexOf("::", 2);
    if (end >= 0) text = text.slice(end + 2).trim();
  }
  const open = text.indexOf("{");
  const close = text.indexOf("}");
  if (open < 0 && close < 0) return { kind: "skip", why: "description" };
  if (open < 0 || close < 0 || close < open)
    throw syntax(
      b.line,
      `a question's answers must be inside { and }: ${open < 0 ? "the “{” is missing" : "the “}” is missing"}. Escape a literal brace as \\{ or \\}.`,
    );
  let answers = text.slice(open + 1, close).trim();
  const stem = text.endsWith("}")
    ? text.slice(0, open) + text.slice(close + 1)
    : `${text.slice(0, open)}${BLANK}${text.slice(close + 1)}`;
  const gfAt = answers.lastIndexOf("####");
  const feedback = gfAt >= 0 ? textOf(answers.slice(gfAt + 4), formatOf(stem)) : "";
  if (gfAt >= 0) answers = answers.slice(0, gfAt).trim();
  const format = formatOf(stem);
  const prompt = textOf(stem);
  const base = {
    kind: tags.find((t) => t.startsWith("kind-"))?.slice(5) ?? "other",
    tags: tags.filter((t) => !/^(kind|type)-|^uncited$/.test(t)),
    sourceKey: id,
    citationHint: hintOf(feedback),
  };
  if (!prompt) throw syntax(b.line, "the question has no text before its answers.");
  if (answers === "") return { kind: "skip", why: "essay" };
  if (answers.startsWith("#")) {
    const first = splitAnswers(answers.slice(1).split("~")[0]!, "=", format)[0];
    const value = first?.text.replace(/:.*$/, "").trim();
    if (!value) throw syntax(b.line, "a numerical question needs a number after {#.");
    return { kind: "item", item: { ...base, type: "flashcard", prompt, answer: value, options: [] } };
  }
  if (answers.includes("~")) {
    const all = splitAnswers(answers, "~=", format).filter((a) => a.text);
    if (all.length < 2) throw syntax(b.line, "a multiple-choice question needs at least two answers.");
    const right = all.filter(
      (a) => (a.mark === "=" && (a.weight === null || a.weight >= 100)) || (a.weight ?? 0) >= 100,
    );
    if (right.length !== 1) return { kind: "skip", why: "multiple-answer" };
    return {
      kind: "item",
      item: { ...base, type: "mcq", prompt, answer: right[0]!.text, options: all.map((a) => a.text) },
    };
  }
  if (answers.includes("=") && answers.includes("->")) return { kind: "skip", why: "matching" };
  const tf = answers.split("#")[0]!.trim();
  if (/^(T|TRUE|F|FALSE)$/.test(tf))
    return {
      kind: "item",
      item: { ...base, type: "truefalse", prompt, answer: tf.startsWith("T") ? "True" : "False", options: [] },
    };
  const shorts = splitAnswers(answers, "=", format).filter((a) => a.text);
  const best = shorts.find((a) => a.weight === null || a.weight >= 100) ?? shorts[0];
  if (!best) throw syntax(b.line, "a short-answer question needs an answer after “=”.");
  return {
    kind: "item",
    item: { ...base, type: prompt.includes(BLANK) ? "cloze" : "flashcard", prompt, answer: best.text, options: [] },
  };
}

/** The quoted sentence of our own "Source: “…” — Title" feedback, else the feedback itself. */
function hintOf(feedback: string): string | undefined {
  const m = /“([^”]+)”/.exec(feedback);
  return (m ? m[1]! : feedback.replace(/^Uncited:.*/, "")).trim() || undefined;
}

function commentTags(lines: string[]): { tags: string[]; id?: string } {
  const comments = lines.filter((l) => l.trim().startsWith("//")).join(" ");
  return {
    tags: [...comments.matchAll(/\[tag:([^\]]+)\]/g)].map((m) => m[1]!.trim()),
    id: /\[id:([^\]]+)\]/.exec(comments)?.[1]?.trim(),
  };
}

const SKIPPED: Record<string, string> = {
  description: "description (text without answers)",
  essay: "essay",
  "multiple-answer": "multiple-answer (more than one right option)",
  matching: "matching",
};

export function readGift(text: string): ImportedBank {
  const items: ImportedItem[] = [];
  const skipped = new Map<string, number>();
  let category: string | undefined;
  for (const b of blocks(text)) {
    const { tags, id } = commentTags(b.lines);
    const parsed = parseBlock(b, tags, id);
    if (!parsed) continue;
    if (parsed.kind === "category") category ??= parsed.path;
    else if (parsed.kind === "skip") skipped.set(parsed.why, (skipped.get(parsed.why) ?? 0) + 1);
    else items.push(parsed.item);
    if (items.length > MAX_IMPORT_ITEMS) break;
  }
  const warnings = [...skipped].map(
    ([why, n]) => `${n} ${SKIPPED[why]} question${n === 1 ? " was" : "s were"} skipped: CiteDeck has no such item.`,
  );
  const title = category
    ?.replace(/^\$(course|cat\d|system|module)\$\//, "")
    .split(/(?<!\/)\/(?!\/)/)
    .filter((p) => p && p !== "top")
    .pop()
    ?.replace(/\/\//g, "/");
  return { format: "gift", title, items, warnings };
}
