// The textbook table of `npm run eval`: per section, how many of the authors' key terms and review-question
// answers a deck asks, beside a plain definition baseline (the subject of "X is a/an/the …" and the phrase
// after "called / known as"). A folder holds section files and an answers.json ({ modules: [...] }).
import fs from "node:fs";
import path from "node:path";
import pluralize from "pluralize";
import { countWords, generateDeck, normAnswer } from "@/lib/generate";
import type { Deck, Item, SourceDocument } from "@/lib/generate";
import { loadDocument } from "./load";
import { loadWordNet } from "@/lib/lexicon/wordnet";

const lexicon = loadWordNet() ?? undefined;

export interface TextbookModule {
  file: string;
  title: string;
  terms: { term: string; meaning: string }[];
  mcq: { question: string; options: string[]; answer: string }[];
}

export interface SectionResult {
  file: string;
  doc: SourceDocument;
  deck: Deck;
  words: number;
  terms: { total: number; hit: number; missed: string[] };
  review: { total: number; hit: number; missed: string[] };
  baseline: { candidates: number; terms: number; review: number };
}

/** Latin plurals pluralize leaves alone: "lacunae" = "lacuna", "canaliculi" = "canaliculus". */
function latinSingular(w: string): string {
  if (w.length > 5 && w.endsWith("ae")) return w.slice(0, -1);
  if (w.length > 5 && /[^aeiou]i$/.test(w)) return w.slice(0, -1) + "us";
  return w;
}

/** Normalised answer with each word singular ("dendrites" = "dendrite", "polar covalent bonds" = "… bond"). */
export function normTerm(s: string): string {
  return normAnswer(s)
    .split(" ")
    .map((w) => (w.length > 3 && /^[a-z]+$/.test(w) ? latinSingular(pluralize.singular(w)) : w))
    .join(" ");
}

/**
 * The ways a glossary term can be written: as given, without its parenthetical ("rapid eye movement sleep"),
 * with the parenthetical in place of what it abbreviates ("REM sleep"), the parenthetical alone ("NREM").
 */
export function termVariants(term: string): string[] {
  const out = new Set<string>([term]);
  const m = /^(.*?)\s*\(([^)]+)\)\s*(.*)$/.exec(term);
  if (m) {
    const [, before, inner, after] = m as unknown as [string, string, string, string];
    out.add(`${before} ${after}`.trim());
    out.add(`${inner} ${after}`.trim());
    if (!after) out.add(inner);
  }
  return [...out].map(normTerm).filter(Boolean);
}

const within = (hay: string, needle: string) => (" " + hay + " ").includes(" " + needle + " ");

/** A term is covered when an item's answer is the term, or an item of kind `term` names it in its prompt. */
export function coversTerm(items: Item[], term: string): boolean {
  const vs = termVariants(term);
  return items.some((it) => {
    const ans = normTerm(it.type === "truefalse" ? "" : it.answer);
    if (vs.includes(ans)) return true;
    if (it.kind !== "term") return false;
    const p = normTerm(it.prompt);
    return vs.some((v) => within(p, v));
  });
}

/** A review question counts when an item's answer is the authors' answer (case, articles, plurals aside). */
export function answersReview(answers: Set<string>, answer: string): boolean {
  return answers.has(normTerm(answer));
}

const BASELINE_IS = /(?:^|[.;:]\s+)((?:(?:a|an|the)\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:is|are)\s+(?:a|an|the)\s/gi;
const BASELINE_CALLED =
  /\b(?:called|known as)\s+(?:(?:a|an|the)\s+)?["“]?([\w-]+(?:\s+[\w-]+){0,3}?)(?=["”]?[.,;:)]|\s+(?:and|or|because|which|that|in|of|by)\b)/gi;

/** The plain definition baseline of issue 10: candidates a ten-line regular expression finds. */
export function baselineCandidates(text: string): string[] {
  const out = new Set<string>();
  for (const s of text.split(/(?<=[.!?])\s+/)) {
    for (const m of s.matchAll(BASELINE_IS)) out.add(m[1]!.replace(/^(a|an|the)\s+/i, ""));
    for (const m of s.matchAll(BASELINE_CALLED)) out.add(m[1]!);
  }
  return [...out].filter((c) => !/^(it|this|that|there|these|those|he|she|they|which|what|who)$/i.test(c));
}

export function loadTextbooks(dir: string): TextbookModule[] {
  const file = path.join(dir, "answers.json");
  if (!fs.existsSync(file)) throw new Error(`textbook corpus: ${file} not found`);
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { modules: TextbookModule[] }).modules;
}

export function evaluateSection(dir: string, mod: TextbookModule, seed: number): SectionResult {
  const doc = loadDocument(path.join(dir, mod.file));
  const deck = generateDeck([doc], { lexicon, seed });
  const items = deck.items;
  const missedTerms = mod.terms.filter((t) => !coversTerm(items, t.term)).map((t) => t.term);
  const answers = new Set(items.filter((i) => i.type !== "truefalse").map((i) => normTerm(i.answer)));
  const missedReview = mod.mcq.filter((q) => !answersReview(answers, q.answer)).map((q) => q.answer);
  const base = baselineCandidates(doc.text);
  const baseSet = new Set(base.map(normTerm));
  const baseItems: Item[] = base.map((b) => ({
    id: "",
    type: "flashcard",
    kind: "other",
    prompt: "",
    answer: b,
    citations: [],
  }));
  return {
    file: mod.file,
    doc,
    deck,
    words: countWords(doc.text),
    terms: { total: mod.terms.length, hit: mod.terms.length - missedTerms.length, missed: missedTerms },
    review: { total: mod.mcq.length, hit: mod.mcq.length - missedReview.length, missed: missedReview },
    baseline: {
      candidates: base.length,
      terms: mod.terms.filter((t) => coversTerm(baseItems, t.term)).length,
      review: mod.mcq.filter((q) => answersReview(baseSet, q.answer)).length,
    },
  };
}
