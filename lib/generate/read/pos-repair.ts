// Repairs of wink's part-of-speech tags where a pattern of tokens shows the tag is wrong, applied once per read.
import type { Tok } from "./nlp";

const DETERMINER = /^(?:a|an|the|this|that|these|those|its|their|his|her|our|your|my|each|every|any|some|no)$/i;
const LETTERS = /^\p{L}+$/u;

/**
 * "offer a money-back guarantee, an agreement …": after a determiner, a hyphenated modifier whose second part is no
 * noun ("money-back", "cost-plus", "built-in") needs a head, so the word after it is a noun, whatever wink says
 * ("guarantee" as a verb). A compound whose second part is a noun may be the head itself ("the stock-market fell").
 */
export function repairHyphenHeads(toks: Tok[]): void {
  for (let k = 2; k + 2 < toks.length; k++) {
    const h = toks[k]!;
    if (h.v !== "-") continue;
    const a = toks[k - 1]!;
    const b = toks[k + 1]!;
    const head = toks[k + 2]!;
    if (a.e !== h.s || h.e !== b.s || head.s === b.e) continue;
    if (!LETTERS.test(a.v) || !LETTERS.test(b.v) || !LETTERS.test(head.v)) continue;
    if (b.pos === "NOUN" || b.pos === "PROPN" || head.pos !== "VERB") continue;
    if (!DETERMINER.test(toks[k - 2]!.v)) continue;
    head.pos = "NOUN";
  }
}

const WARD = /^\p{L}{2,}wards?$/u;

/**
 * "research on downward social mobility", "an upward shift": after a determiner or a preposition, a word in -ward
 * before an adjective or a noun modifies it (wink tags it an adverb, and the noun phrase lost it: "social mobility").
 */
export function repairWardModifiers(toks: Tok[]): void {
  for (let k = 1; k + 1 < toks.length; k++) {
    const t = toks[k]!;
    if (t.pos !== "ADV" || !WARD.test(t.v)) continue;
    const prev = toks[k - 1]!;
    const next = toks[k + 1]!;
    if ((DETERMINER.test(prev.v) || prev.pos === "ADP") && (next.pos === "ADJ" || next.pos === "NOUN")) t.pos = "ADJ";
  }
}
