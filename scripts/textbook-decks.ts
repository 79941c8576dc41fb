// The decks of a folder of textbook sections, as JSON for a blind rating (scripts/rating/pair.py), with each item's
// covered key terms, and the key-term coverage printed per section and overall.
// usage: npm run decks:textbooks -- DIR OUT.json   (DIR holds section .txt files and an answers.json)
import fs from "node:fs";
import { loadTextbooks, evaluateSection, coversTerm } from "./lib/textbook-eval";

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  console.error("usage: npm run decks:textbooks -- DIR OUT.json");
  process.exit(2);
}
const sections = [];
let hit = 0;
let total = 0;
let items = 0;
let words = 0;
let baseHit = 0;
let baseCandidates = 0;
for (const mod of loadTextbooks(dir)) {
  const r = evaluateSection(dir, mod, 1);
  hit += r.terms.hit;
  total += r.terms.total;
  items += r.deck.items.length;
  words += r.words;
  baseHit += r.baseline.terms;
  baseCandidates += r.baseline.candidates;
  sections.push({
    file: mod.file,
    items: r.deck.items.map((it) => ({
      id: it.id,
      type: it.type,
      kind: it.kind,
      form: it.form,
      score: it.score,
      prompt: it.prompt,
      options: it.options,
      answer: it.answer,
      quote: it.citations[0]?.quote,
      coversTerm: mod.terms.filter((t) => coversTerm([it], t.term)).map((t) => t.term),
    })),
  });
  const per1k = ((1000 * r.deck.items.length) / r.words).toFixed(1);
  console.log(`${mod.file}: ${r.deck.items.length} items, ${per1k}/1k, key terms ${r.terms.hit}/${r.terms.total}`);
}
const pct = (n: number) => (total ? ((100 * n) / total).toFixed(1) : "n/a");
const per1k = (n: number) => ((1000 * n) / Math.max(1, words)).toFixed(1);
// (beside it, the plain definition baseline of issue 10: its candidates and the key terms they cover)
console.log(
  `baseline: ${baseCandidates} candidates, ${per1k(baseCandidates)}/1k, key terms ${baseHit}/${total} = ${pct(baseHit)}%`,
);
console.log(`all: ${items} items, ${per1k(items)}/1k, key terms ${hit}/${total} = ${pct(hit)}%`);
fs.writeFileSync(out, JSON.stringify({ sections }, null, 1));
