export interface MarkdownExtraction {
  text: string;
  /** Text of the first level-1 heading ("# Title" or a setext "Title\n====="). */
  title: string | undefined;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+.*$/;
const TABLE_SEPARATOR = /^ {0,3}\|?[ \t]*:?-{1,}:?[ \t]*(\|[ \t]*:?-{1,}:?[ \t]*)*\|?[ \t]*$/;

// Private-use placeholders protect escaped characters and code spans from the
// emphasis/link rewrites; they are restored at the end.
const OPEN = "\uE000";
const CLOSE = "\uE001";

/**
 * Markdown to readable plain text for students: heading hashes, emphasis
 * markers, link/image syntax, code fence lines, blockquote markers, HTML
 * comments and YAML front matter are removed; list bullets become "- ";
 * code blocks keep their content verbatim.
 * The result is not yet passed through normalizeText.
 */
export function markdownToText(source: string): MarkdownExtraction {
  const lines = source.replace(/\r\n?/g, "\n").replace(/<!--[\s\S]*?-->/g, "").split("\n");
  const out: string[] = [];
  let title: string | undefined;
  let fence: string | undefined;

  let i = 0;
  // YAML front matter at the very top.
  if (/^\uFEFF?---[ \t]*$/.test(lines[0] ?? "")) {
    const end = lines.findIndex((l, k) => k > 0 && /^(---|\.\.\.)[ \t]*$/.test(l));
    if (end > 0) i = end + 1;
  }

  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";

    const f = FENCE.exec(line);
    if (fence !== undefined) {
      if (f && f[1]?.[0] === fence[0] && (f[1]?.length ?? 0) >= fence.length && line.trim() === f[1]) {
        fence = undefined;
        out.push("");
      } else {
        out.push(line);
      }
      continue;
    }
    if (f) {
      fence = f[1];
      out.push("");
      continue;
    }

    const h = ATX_HEADING.exec(line);
    if (h) {
      const text = inline(h[2] ?? "");
      if (h[1] === "#" && title === undefined && text.trim()) title = text.trim();
      out.push("", text, "");
      continue;
    }

    // Setext heading: a text line followed by === or ---.
    const next = lines[i + 1];
    const prevBlank = out.length === 0 || (out[out.length - 1] ?? "").trim() === "";
    if (next !== undefined && line.trim() && prevBlank && SETEXT_UNDERLINE.test(next) && !isListItem(line)) {
      const text = inline(line.trim());
      if (next.trim().startsWith("=") && title === undefined && text.trim()) title = text.trim();
      out.push("", text, "");
      i++;
      continue;
    }

    if (THEMATIC_BREAK.test(line)) {
      out.push("");
      continue;
    }
    if (REFERENCE_DEFINITION.test(line)) continue;
    if (TABLE_SEPARATOR.test(line) && line.includes("-") && line.includes("|")) continue;

    let l = line;
    // Blockquote markers.
    l = l.replace(/^( {0,3}>[ \t]?)+/, "");
    // List bullets -> "- ", task boxes dropped; ordered list numbers kept.
    l = l.replace(/^(\s*)[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/, "$1- ");
    l = l.replace(/^(\s*\d{1,9}[.)][ \t]+)\[[ xX]\][ \t]+/, "$1");
    // Table rows: drop the outer pipes.
    if (/^\s*\|.*\|\s*$/.test(l)) l = l.trim().slice(1, -1).trim().replace(/\s*\|\s*/g, " | ");
    out.push(inline(l));
  }

  return { text: out.join("\n"), title };
}

function isListItem(line: string): boolean {
  return /^\s*([-*+]|\d{1,9}[.)])[ \t]+/.test(line);
}

/** Strip inline markdown syntax from one line. */
function inline(text: string): string {
  const saved: string[] = [];
  const protect = (s: string): string => `${OPEN}${saved.push(s) - 1}${CLOSE}`;

  let t = text;
  // Code spans: keep their content literally.
  t = t.replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (_m, _ticks: string, code: string) => protect(code.trim() || code));
  // Backslash escapes.
  t = t.replace(/\\([\\`*_{}[\]()#+\-.!>~|<])/g, (_m, ch: string) => protect(ch));
  // Images (removed), then links -> their text.
  t = t.replace(/!\[([^\]]*)\]\([^)]*\)/g, "");
  t = t.replace(/!\[([^\]]*)\]\[[^\]]*\]/g, "");
  t = t.replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, "$1");
  t = t.replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1");
  // Autolinks <https://...> and <a@b.c>.
  t = t.replace(/<((?:https?|ftp|mailto):[^>\s]+|[^>\s@]+@[^>\s@]+)>/g, "$1");
  // Emphasis and strikethrough (the markers must hug non-space text).
  for (let pass = 0; pass < 3; pass++) {
    t = t.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, (m, marker: string, inner: string, offset: number, all: string) =>
      marker === "__" && !underscoreBoundary(all, offset, m.length) ? m : inner,
    );
    t = t.replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1");
    t = t.replace(/\*(?=[^\s*])([^*]*?[^\s*])\*|\*([^\s*])\*/g, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? "");
    t = t.replace(/_(?=[^\s_])([^_]*?[^\s_]|[^\s_])_/g, (m, inner: string, offset: number, all: string) =>
      underscoreBoundary(all, offset, m.length) ? inner : m,
    );
  }
  // Restore protected text.
  return t.replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, "g"), (_m, n: string) => saved[Number(n)] ?? "");
}

/** `_x_` is emphasis only when not inside a word (snake_case stays intact). */
function underscoreBoundary(all: string, offset: number, length: number): boolean {
  const before = all[offset - 1];
  const after = all[offset + length];
  const word = /[\p{L}\p{N}]/u;
  return !(before && word.test(before)) && !(after && word.test(after));
}
