// Sentence splitting with exact offsets, page-furniture detection, headlines and bylines.
import { ABBR_MAYBE, ABBR_NEVER, FIRST_NAMES, NAV_WORDS, ORG_HEADS, SENTENCE_STARTERS, SHARE_WORDS } from "../lexicon";
import { englishRatio, words } from "./words";

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const DOTTED_INITIALS = /^(\p{L}\.)+\p{L}$/u;
const STARTS_LOWER = /^\s*\p{Ll}/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const BYLINE = /^(?:by\s+|[-–—]\s*)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*$/u;

export type SentenceRole = "body" | "headline" | "byline" | "furniture";

export interface Sentence {
  start: number;
  end: number;
  /** Exactly text.slice(start, end). */
  text: string;
  role?: SentenceRole;
  /** Index of the paragraph (block) the sentence belongs to. */
  block?: number;
}

export interface Block {
  start: number;
  end: number;
  index: number;
  role: SentenceRole;
}

const TERMINAL_END = /[.!?…"”’)\]]\s*$/;
/** a line that ends in a closing bracket with no sentence's end inside it ("Pertussis (Whooping Cough)") */
const BRACKETED_HEADING = /^\P{Ll}[^.!?…:;]*[)\]]\s*$/u;

const COMMENT_FORM =
  /\b(leave a (reply|comment)|your email address will not be published|required fields are marked|post comment|deja una respuesta|tu direcci[oó]n de correo|campos obligatorios|laisser un commentaire|votre adresse e-?mail|hinterlasse einen kommentar)\b/i;

/**
 * An entry of a reference list, a line of its own: "Derthick, Martha, ed. 1999. Dilemmas of Scale in America's Federal
 * Democracy. New York: Cambridge University Press." (its title, split off as a sentence, would read as text)
 */
const REFERENCE_LINE = /^\p{Lu}[\p{L}'’-]+,\s+[^.!?]{1,90}?\.?\s+\(?(?:1[5-9]|20)\d\d[a-z]?\)?\.\s+\S/u;
const REFERENCE_MARK =
  /\b(?:Press|Publishers?|Publishing|Books|Journal|Review|Quarterly|University|Vol\.|pp\.|eds?\.|doi|https?:)|\d+\s*[–-]\s*\d+\.?$/;

const CREDIT_LINE =
  /^\s*\(?\s*(courtesy|source|photo|photos|image|images|credit|credits|photograph|picture|illustration|file photo)\s*:/i;

const PHOTO_CREDIT =
  /\((?:[^()]*\/[^()]*|[^()]*\b(?:Shutterstock|Getty Images|Reuters|AFP|AP Photo|EPA|Photo|Credit|Sputnik|TASS)\b[^()]*)\)\s*$/;

const DISCLAIMER =
  /^(views expressed|the views expressed|all rights reserved|copyright|©|this article (was|is) (originally )?(published|republished)|sign up for|subscribe to|click here|read more|related:|follow us)/i;

const BULLET = /^\s*[•·▪◦‣*–—-]\s*/;

/** a few of the commonest English words between spaces: such a line is English without counting stopwords */
const COMMON_EN = / (the|and|of|to|is|was|that|with) /i;

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers
// it (these are tried per character or per hit in loops)
const TITLE_START = /^[\p{Lu}\d]/u;
const LETTER_OR_DOT = /[\p{L}.]/u;
const ONE_LETTER = /[\p{L}]/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

function isTitleCaseWord(w: string): boolean {
  return TITLE_START.test(w);
}

function classifyLine(line: string, lineNo: number, seen: Set<string>, isLast: boolean): SentenceRole {
  const t = line.trim().replace(/\u00a0/g, " ");
  const key = t.length > 300 ? t.slice(0, 300) : t;
  if (seen.has(key)) return "furniture";
  seen.add(key);
  if (COMMENT_FORM.test(t)) return "furniture";
  if (CREDIT_LINE.test(t)) return "furniture";
  if (t.length < 500 && REFERENCE_LINE.test(t) && REFERENCE_MARK.test(t)) return "furniture";
  // (t is trimmed: PHOTO_CREDIT, which ends in ")\s*$", can match only a line ending in ")")
  if (t.endsWith(")") && PHOTO_CREDIT.test(t)) return "furniture";
  if (t.length > 250) {
    // long lines are body text unless they are a foreign-language block
    if (COMMON_EN.test(t.slice(0, 300))) return "body";
    const r = englishRatio(t.slice(0, 300));
    if (r.en < 0.08 && r.foreign >= 0.15) return "furniture";
    return "body";
  }
  const ws = words(t);
  const lower = ws.map((w) => w.toLowerCase());
  if (BULLET.test(t) && ws.length <= 4 && lower.some((w) => SHARE_WORDS.has(w))) return "furniture";
  if (ws.length <= 3 && lower.length > 0 && lower.every((w) => SHARE_WORDS.has(w))) return "furniture";
  if (
    ws.length <= 3 &&
    !/[.!?]$/.test(t) &&
    lower.some((w) => NAV_WORDS.has(w)) &&
    lower.every((w) => NAV_WORDS.has(w) || w.length <= 8)
  ) {
    if (lower.some((w) => NAV_WORDS.has(w))) return "furniture";
  }
  if (ws.length >= 6 && !COMMON_EN.test(t.length > 300 ? t.slice(0, 300) : t)) {
    const r = englishRatio(t.length > 300 ? t.slice(0, 300) : t);
    if (r.en < 0.08 && r.foreign >= 0.15) return "furniture";
  }
  if (ws.length === 0) return "furniture";
  // Byline: "By Jane Doe", "- Dmitri Trenin", or a bare 2-4 word name near the top or at the end.
  const by = BYLINE.exec(t);
  if (by && !lower.some((w) => ORG_HEADS.has(w))) {
    const hasPrefix = /^(by\s+|[-–—]\s*)/i.test(t);
    const first = (words(by[1] ?? "")[0] ?? "").toLowerCase();
    if (hasPrefix || ((lineNo <= 4 || isLast) && FIRST_NAMES.has(first))) return "byline";
  }
  // Headline: a short line that does not end like a sentence, or a title-cased question.
  if (ws.length <= 25 && !TERMINAL_END.test(t)) return "headline";
  // "Pertussis (Whooping Cough)", "Acute Otitis Media (AOM)": a short title-cased line whose bracket closes no sentence
  if (ws.length <= 10 && BRACKETED_HEADING.test(t) && ws.filter(isTitleCaseWord).length / ws.length >= 0.5)
    return "headline";
  if (ws.length <= 20 && /[?!]$/.test(t)) {
    const caps = ws.filter(isTitleCaseWord).length;
    if (caps / ws.length >= 0.6) return "headline";
  }
  return "body";
}

/** Split a document into blocks (paragraphs); a line continues a paragraph when it starts in lowercase after an unfinished line. */
export function splitBlocks(text: string): Block[] {
  const lines: { start: number; end: number }[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    lines.push({ start: pos, end: nl });
    pos = nl + 1;
  }
  const raw: { start: number; end: number }[] = [];
  let cur: { start: number; end: number } | null = null;
  for (const ln of lines) {
    const s = text.slice(ln.start, ln.end);
    if (!s.trim()) {
      if (cur) raw.push(cur);
      cur = null;
      continue;
    }
    if (cur) {
      const prev = text.slice(cur.start, cur.end).trimEnd();
      const startsLower = STARTS_LOWER.test(s);
      if (startsLower && !/[.!?:;"”]$/.test(prev)) {
        cur.end = ln.end;
        continue;
      }
      raw.push(cur);
    }
    cur = { start: ln.start, end: ln.end };
  }
  if (cur) raw.push(cur);
  const seen = new Set<string>();
  const out: Block[] = [];
  let lineNo = 0;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    // trim whitespace
    let s = b.start;
    let e = b.end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e <= s) continue;
    const role = classifyLine(text.slice(s, e), lineNo, seen, i === raw.length - 1);
    lineNo++;
    out.push({ start: s, end: e, index: out.length, role });
  }
  return out;
}

function wordBefore(text: string, i: number, lo: number): string {
  let j = i - 1;
  while (j >= lo && LETTER_OR_DOT.test(text[j]!)) j--;
  return text.slice(j + 1, i);
}

function nextWord(text: string, k: number, hi: number): string {
  let e = k;
  while (e < hi && ONE_LETTER.test(text[e]!)) e++;
  return text.slice(k, e);
}

/** the lower-case word before a one-letter word, at the end of the text */
const LOWER_WORD_BEFORE = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s+$/u;
/** nouns a capital numbers or labels: "angiotensin I", "type II", "vitamin A", "photosystem I" */
const LABELLED =
  /^(?:type|phase|stage|class|group|angiotensin|vitamin|hepatitis|factor|complex|photosystem|prophase|metaphase|anaphase|telophase|meiosis|collagen|level|grade|category|schedule|appendix|exhibit|plan|option|model)$/;

/**
 * A capital after a lower-case noun it numbers ("… produce angiotensin I. Angiotensin I is …", "… type A. People
 * …"): the stop ends the sentence where the noun labelled is one of the kind or opens the next sentence again.
 */
function labelEnds(before: string, next: string): boolean {
  const w = LOWER_WORD_BEFORE.exec(before)?.[1];
  return !!w && (LABELLED.test(w) || w === next.toLowerCase());
}
/** two lower-case letters, a full stop, a capital and a lower-case letter or an initial's stop: "ns.The", "nt.A. Bandura" */
const GLUED_START = /^\p{Ll}{2}\.\p{Lu}[\p{Ll}.]/u;

const CLOSERS = new Set([".", "!", "?", '"', "”", "’", "'", ")", "]"]);

const OPENERS = /[\p{Lu}\d"“‘'([]/u;

/** Push the sentence text[a, b) (trimmed; a parenthesis enclosing it or left open by a neighbour is dropped). */
function pushSentence(text: string, a: number, b: number, out: Sentence[], role: SentenceRole, block: number): void {
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  // Drop a parenthesis that encloses the whole sentence: "(In 2020, ... integration.)"
  if (text[a] === "(" && text[b - 1] === ")" && text.slice(a + 1, b - 1).indexOf(")") < 0) {
    a++;
    b--;
  }
  // a parenthesis opened or closed in another sentence: "(Aditi Bhaduri is ... geopolitics." / "... India Narrative)"
  if (text[a] === "(" && text.slice(a + 1, b).indexOf(")") < 0) a++;
  if (text[b - 1] === ")" && text.slice(a, b - 1).indexOf("(") < 0) b--;
  if (b > a && LETTER_OR_DIGIT.test(text.slice(a, b))) {
    const t = text.slice(a, b);
    out.push({ start: a, end: b, text: t, role: DISCLAIMER.test(t) ? "furniture" : role, block });
  }
}

/**
 * A run-in heading that the sentence repeats: "Lineal kinship: Lineal kinship (…) is a form of kinship reckoning …".
 * Textbooks and notes label a paragraph with the term it goes on to define; read as one sentence, the label hides
 * the subject ("Lineal kinship: Lineal kinship … is" states nothing).
 */
const RUN_IN = /^(\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,4}):[ \t]+(?=\p{Lu})/u;

/** The length of a run-in heading at text[lo…] whose words the sentence after it repeats first, else 0. */
function runInLength(text: string, lo: number, hi: number): number {
  // the heading ends in a colon within the 80 characters read: a block without one is not tried (the regex, which
  // backtracks through the opening words of every block, and the slice are skipped)
  const end = Math.min(hi, lo + 80);
  let colon = lo;
  while (colon < end && text.charCodeAt(colon) !== 0x3a) colon++;
  if (colon >= end) return 0;
  const m = RUN_IN.exec(text.slice(lo, end));
  if (!m) return 0;
  const label = m[1]!;
  const after = text.slice(lo + m[0].length, lo + m[0].length + label.length + 1);
  return after.toLowerCase().startsWith(label.toLowerCase()) && /^\P{L}?$/u.test(after.slice(label.length))
    ? m[0].length
    : 0;
}

function splitBlock(text: string, lo: number, hi: number, out: Sentence[], role: SentenceRole, block: number): void {
  if (role !== "body") {
    out.push({ start: lo, end: hi, text: text.slice(lo, hi), role, block });
    return;
  }
  const runIn = runInLength(text, lo, hi);
  if (runIn > 0) {
    out.push({ start: lo, end: lo + runIn - 2, text: text.slice(lo, lo + runIn - 2), role: "headline", block });
    lo += runIn;
  }
  let sStart = lo;
  for (let i = lo; i < hi; i++) {
    // (a code unit compared first: most characters end no sentence, and no one-character string is read for them)
    const cc = text.charCodeAt(i);
    if (cc !== 0x2e && cc !== 0x21 && cc !== 0x3f) continue;
    const ch = text[i]!;
    let j = i + 1;
    while (j < hi && CLOSERS.has(text[j]!)) j++;
    if (j >= hi) break;
    if (!/\s/.test(text[j]!)) {
      // "… highest potential.Fred Miller, “Aristotle's …”": a footnote pasted without a space after a word's full stop
      if (ch === "." && j === i + 1 && GLUED_START.test(text.slice(i - 2, i + 3))) {
        pushSentence(text, sStart, j, out, role, block);
        sStart = j;
      }
      continue;
    }
    let k = j;
    while (k < hi && /\s/.test(text[k]!)) k++;
    if (k >= hi) break;
    const c = text[k]!;
    if (!OPENERS.test(c)) continue;
    if (ch === ".") {
      const w = wordBefore(text, i, lo);
      const wl = w.toLowerCase().replace(/\.$/, "");
      // an initial ("J. Smith"), unless a word that opens sentences follows ("… in prophase I. Such …", "vitamin A. The …")
      // (after a lower-case word a capital is a numeral or a label and its stop ends the sentence: "… to produce
      // angiotensin I. Angiotensin I is …"; an initial follows a name or opens one: "J. Smith", "George W. Bush")
      if (ONE_CAPITAL.test(w)) {
        const next = nextWord(text, k, hi);
        if (
          !SENTENCE_STARTERS.has(next.toLowerCase()) &&
          !labelEnds(text.slice(Math.max(lo, i - 40), i - w.length), next)
        )
          continue;
      }
      if (ABBR_NEVER.has(wl)) continue;
      if (ABBR_MAYBE.has(wl) || DOTTED_INITIALS.test(w)) {
        const nw = nextWord(text, k, hi).toLowerCase();
        if (!SENTENCE_STARTERS.has(nw)) continue;
      }
      if (/\d$/.test(text.slice(Math.max(lo, i - 1), i)) && /\d/.test(c) && j === i + 1) continue;
    }
    pushSentence(text, sStart, j, out, role, block);
    sStart = k;
    i = k - 1;
  }
  pushSentence(text, sStart, hi, out, role, block);
}

/** All sentences of a text, with roles (body, headline, byline, furniture). */
export function segment(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const b of splitBlocks(text)) splitBlock(text, b.start, b.end, out, b.role, b.index);
  return out;
}

/**
 * Sentences with exact offsets (UTF-16 code units) into `text`; page furniture (share buttons, photo credits,
 * comment forms, duplicated captions) is skipped. Headlines and bylines are kept and marked by `role`.
 */
export function splitSentences(text: string): Sentence[] {
  return segment(text).filter((s) => s.role !== "furniture");
}

/** Document title: the first non-furniture line if it looks like a headline, else the fallback. */
export function detectTitle(text: string, fallback: string): string {
  for (const b of splitBlocks(text)) {
    if (b.role === "furniture") continue;
    if (b.role === "headline") return text.slice(b.start, b.end).trim();
    return fallback;
  }
  return fallback;
}
