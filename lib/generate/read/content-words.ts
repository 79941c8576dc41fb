// Content words of a sentence as sorted unique word ids (for merging the same fact across documents and for
// word frequencies). The vocabulary lives for one deck; cleared by the pipeline at the start of each.
import type { Tok } from "./nlp";
import { EN_STOPWORDS } from "../lexicon";

const VOCAB = new Map<string, number>();

const SURFACE = new Map<string, number>();

/** scratch buffer reused by contentKeys (no per-sentence array growth) */
const KEY_BUF = new Int32Array(1024);

/** Forget the previous deck's words (word ids restart at 1). */
export function resetContentWords(): void {
  VOCAB.clear();
  SURFACE.clear();
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
    const v = toks[i]!.v;
    if (v.length < 4) continue;
    // surface form -> word id (0: not a content word), so each distinct token is lowercased and stemmed once
    let id = SURFACE.get(v);
    if (id === undefined) {
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
    }
    if (id !== 0) out[m++] = id;
  }
  const view = out.subarray(0, m).sort();
  let n = 0;
  for (let i = 0; i < m; i++) if (i === 0 || view[i] !== view[n - 1]) view[n++] = view[i]!;
  return view.slice(0, n);
}
