// Content words of a sentence as sorted unique word ids (for merging the same fact across documents and for
// word frequencies). The vocabulary lives for one deck; cleared by the pipeline at the start of each.
import type { Tok } from "./nlp";
import { EN_STOPWORDS } from "../lexicon";

const VOCAB = new Map<string, number>();

const SURFACE = new Map<string, number>();

/** scratch buffer reused by contentKeys (no per-sentence array growth) */
const KEY_BUF = new Int32Array(1024);

/**
 * The sentences' keys, written one after another: a sentence's keys are a view into a pool (a copy of their own, made
 * by `slice`, cost a backing store outside the heap for each sentence of more than 16 words; measured alone, a view
 * costs a third of that). A full pool is left to the views that still use it, never written again.
 */
const KEY_POOL_SIZE = 1 << 16;
let keyPool = new Int32Array(KEY_POOL_SIZE);
let keyPoolUsed = 0;

/**
 * The word id + 1 of each wink lexeme id met in this deck (0: not looked up yet): an array read instead of a string
 * hash lookup for most tokens. A token whose text is not wink's own spelling (lex -1) goes through SURFACE.
 */
let BY_LEXEME = new Int32Array(1 << 16);

/** Forget the previous deck's words (word ids restart at 1). */
export function resetContentWords(): void {
  VOCAB.clear();
  SURFACE.clear();
  BY_LEXEME.fill(0);
}

/** The word id of a surface form (0: not a content word), so each distinct token is lowercased and stemmed once. */
function surfaceId(v: string): number {
  let id = SURFACE.get(v);
  if (id !== undefined) return id;
  id = 0;
  const c = v.charCodeAt(0);
  if (!(c < 65 || (c > 90 && c < 97) || (c > 122 && c < 192))) {
    const w = v.toLowerCase();
    if (!EN_STOPWORDS.has(w)) {
      const stem = w.endsWith("ing")
        ? w.slice(0, -3)
        : w.endsWith("ed")
          ? w.slice(0, -2)
          : w.endsWith("s")
            ? w.slice(0, -1)
            : w;
      id = VOCAB.get(stem) ?? 0;
      if (id === 0) {
        id = VOCAB.size + 1;
        VOCAB.set(stem, id);
      }
    }
  }
  SURFACE.set(v, id);
  return id;
}

/** The word id of a token by its wink lexeme (one array read once the lexeme was seen in this deck). */
function tokenId(t: Tok): number {
  const lex = t.lex;
  if (lex < 0) return surfaceId(t.v);
  if (lex >= BY_LEXEME.length) {
    const g = new Int32Array(Math.max(BY_LEXEME.length * 2, lex + 1));
    g.set(BY_LEXEME);
    BY_LEXEME = g;
  }
  const known = BY_LEXEME[lex]!;
  if (known !== 0) return known - 1;
  const id = surfaceId(t.v);
  BY_LEXEME[lex] = id + 1;
  return id;
}

/** Number of distinct content words seen in this deck (the largest word id). */
export function vocabularySize(): number {
  return VOCAB.size;
}

/** Content words of a sentence (for same-fact merging), from its tokens, as sorted unique word ids. */
export function contentKeys(toks: Tok[]): Int32Array {
  const out = KEY_BUF;
  let m = 0;
  for (let i = 0; i < toks.length && m < KEY_BUF.length; i++) {
    const t = toks[i]!;
    if (t.v.length < 4) continue;
    const id = tokenId(t);
    if (id !== 0) out[m++] = id;
  }
  // insertion sort that drops repeats (a sentence has a few dozen content words; no typed-array sort and its copy)
  let n = 0;
  for (let i = 0; i < m; i++) {
    const x = out[i]!;
    let j = n - 1;
    while (j >= 0 && out[j]! > x) j--;
    if (j >= 0 && out[j] === x) continue;
    for (let k = n; k > j + 1; k--) out[k] = out[k - 1]!;
    out[j + 1] = x;
    n++;
  }
  if (keyPoolUsed + n > keyPool.length) {
    keyPool = new Int32Array(KEY_POOL_SIZE);
    keyPoolUsed = 0;
  }
  const pool = keyPool;
  const at = keyPoolUsed;
  for (let i = 0; i < n; i++) pool[at + i] = out[i]!;
  keyPoolUsed = at + n;
  return pool.subarray(at, at + n);
}
