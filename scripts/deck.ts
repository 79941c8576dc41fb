// CLI: npm run -s deck -- --json [--seed N] <files...>
import { generateDeck } from "@/lib/generate";
import { loadDocument } from "./lib/load";
import { profileFromEnv } from "./lib/profile";
import { loadWordNet } from "@/lib/lexicon/wordnet";

const lexicon = loadWordNet() ?? undefined;

const args = process.argv.slice(2);
let json = false;
let seed = 1;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === "--json") json = true;
  else if (a === "--seed") seed = Number(args[++i] ?? "1");
  else if (a.startsWith("--seed=")) seed = Number(a.slice(7));
  else if (a === "--") continue;
  else files.push(a);
}
if (!files.length) {
  process.stderr.write("usage: npm run -s deck -- [--json] [--seed N] <files...>\n");
  process.exit(2);
}
const docs = [];
for (const f of files) {
  try {
    docs.push(loadDocument(f));
  } catch (e) {
    process.stderr.write(`warning: cannot read ${f}: ${(e as Error).message}\n`);
  }
}
const deck = generateDeck(docs, { lexicon, seed: Number.isFinite(seed) ? seed : 1, profile: profileFromEnv() });
for (const w of deck.warnings) process.stderr.write("warning: " + w + "\n");
if (json) {
  const out = {
    documents: docs.map((d) => ({ id: d.id, path: d.path ?? "", title: d.title })),
    items: deck.items.map((it) => {
      const o: Record<string, unknown> = {
        id: it.id,
        type: it.type,
        kind: it.kind,
        prompt: it.prompt,
        answer: it.answer,
      };
      if (it.options) o.options = it.options;
      o.citations = it.citations.map((c) => ({
        documentId: c.documentId,
        path: c.path ?? "",
        start: c.start,
        end: c.end,
        quote: c.quote,
      }));
      if (it.optionCitations) o.optionCitations = it.optionCitations;
      if (it.trueAnswer !== undefined) o.trueAnswer = it.trueAnswer;
      if (it.score !== undefined) o.score = it.score;
      if (it.form !== undefined) o.form = it.form;
      return o;
    }),
    warnings: deck.warnings,
  };
  process.stdout.write(JSON.stringify(out, null, 2) + "\n");
} else {
  for (const d of docs) process.stdout.write(`# ${d.title}  (${d.path})\n`);
  process.stdout.write(`\n${deck.items.length} items\n\n`);
  deck.items.forEach((it, i) => {
    process.stdout.write(`${i + 1}. [${it.type}/${it.kind}] ${it.prompt}\n`);
    if (it.options)
      it.options.forEach((o, k) => process.stdout.write(`     ${"ABCD"[k]}) ${o}${o === it.answer ? "  *" : ""}\n`));
    process.stdout.write(`   -> ${it.answer}${it.trueAnswer ? ` (fact: ${it.trueAnswer})` : ""}\n`);
    for (const c of it.citations) process.stdout.write(`   [${c.path ?? c.documentId} ${c.start}-${c.end}]\n`);
  });
}
