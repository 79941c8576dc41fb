// What the words around a name say about it (read after the name itself, see names.ts): a role noun before it, a
// speech verb beside it, a nickname after a dash, an appositive ", the head of …,".
import type { Tok } from "../read/nlp";
import { PLACES, SPEECH_VERBS, TITLE_WORDS } from "../lexicon";
import { tokText, type Mention } from "./mention";
import { isSpaceCode } from "../text/scan";

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const LOWER_START = /^\p{Ll}/u;
// (tried for names: module constants, not literals that make a new RegExp object at each evaluation)
const ROLE_HEAD = /^(partner|ally|leader|founder|member|architect|author|head)$/;
const APPOSITIVE_OPENER = /^(a|an|former|one)$/;

/** What describeName reads of the name: its tokens (first, last, last with a facility word), end, title, acronym. */
export interface NameSpanView {
  a: number;
  b: number;
  fb: number;
  e: number;
  role: string | undefined;
  acronym: string | undefined;
  lowText: string;
}

/** a word that can head a role description ("the head of ...", "a close ally of ...") */
function roleish(x: Tok | undefined): boolean {
  return !!x && (TITLE_WORDS.has(x.low) || ROLE_HEAD.test(x.low));
}

/** What the words around a name say about it: a role noun before it, a speech verb, a nickname, an appositive. */
export function describeName(doc: string, toks: Tok[], m: Mention, c: NameSpanView, firstWord: number): void {
  const a = c.a;
  const fb = c.fb;
  // role from a lowercase noun right before the name: "Kazakh analyst Aiman Zhussupova"
  if (
    !m.role &&
    a >= 1 &&
    toks[a - 1]!.pos === "NOUN" &&
    LOWER_START.test(toks[a - 1]!.v) &&
    TITLE_WORDS.has(toks[a - 1]!.low)
  ) {
    let ra = a - 1;
    while (ra - 1 >= 0 && (toks[ra - 1]!.pos === "ADJ" || (toks[ra - 1]!.pos === "PROPN" && ra - 1 !== firstWord)))
      ra--;
    m.role = tokText(doc, toks, ra, a - 1, 0);
    if (m.kind === "other" || m.strength === 1) {
      m.kind = "person";
      m.strength = 2;
    }
  }
  // speech verbs next to a name mark a person
  const after = toks[fb + 1];
  const before = toks[a - 1];
  if (
    (m.kind === "other" || m.kind === "person") &&
    ((after && SPEECH_VERBS.has(after.low)) ||
      (before && SPEECH_VERBS.has(before.low) && (c.role || m.kind === "person")))
  ) {
    if (m.kind === "other" && a === c.b && !PLACES.has(c.lowText)) {
      m.kind = "person";
      m.strength = 1;
    }
  }
  // nicknames: Nazarbayev – "Elbasi" or "Father of the Nation"
  // (only where a dash follows the name, after white space: most names have none, and then no slice or regex)
  if (dashAfter(doc, c.e)) {
    const rest = doc.slice(c.e, Math.min(doc.length, c.e + 80));
    const nm = NICKNAME.exec(rest);
    if (nm) m.nick = [nm[1]!, nm[2]].filter((x): x is string => !!x);
  }
  appositive(doc, toks, m, c.acronym ? c.b + 4 : fb + 1);
}

const NICKNAME = /^\s*[–—-]\s*[“"]([^”"]{2,40})[”"](?:\s+or\s+[“"]([^”"]{2,40})[”"])?/;

/** Is the first character at or after `at` that is no white space (\s) a dash (–, — or -) within the next 80? */
function dashAfter(doc: string, at: number): boolean {
  const end = Math.min(doc.length, at + 80);
  let i = at;
  while (i < end && isSpaceCode(doc.charCodeAt(i))) i++;
  if (i >= end) return false;
  const c = doc.charCodeAt(i);
  return c === 0x2d || c === 0x2013 || c === 0x2014;
}

/** An appositive after the name at token k: ", a Russia-led security alliance," / ", the head of ..., has". */
function appositive(doc: string, toks: Tok[], m: Mention, k: number): void {
  const n = toks.length;
  if (toks[k]?.v !== ",") return;
  const st = k + 1;
  const f = toks[st];
  const okStart =
    f &&
    LOWER_START.test(f.v) &&
    (APPOSITIVE_OPENER.test(f.v) ||
      (f.v === "the" && (roleish(toks[st + 1]) || roleish(toks[st + 2]) || roleish(toks[st + 3]))));
  if (!okStart) return;
  let q = st;
  while (q < n && toks[q]!.v !== "," && toks[q]!.v !== "." && toks[q]!.v !== ";" && toks[q]!.v !== "—" && q - st < 20)
    q++;
  if (q < n && q - st >= 2 && q - st < 20 && toks[q]!.v !== ";") {
    m.desc = tokText(doc, toks, st, q - 1, 0);
    if (m.kind === "other" && TITLE_WORDS.has((toks[q - 1]!.v || "").toLowerCase())) {
      m.kind = "person";
      m.strength = 2;
    }
  }
}
