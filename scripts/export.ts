// npm run -s export -- --format apkg|tsv|quizlet|gift|moodle-xml|qti|csv --out FILE [--approved] [--title T] [--seed N] <deck id | files...>
// Writes one file. Given a deck id, exports that deck from the database; given document files,
// builds the deck from them with the engine (as `npm run deck` does) and exports it.
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateDeck } from "@/lib/generate";
import { EXPORT_FORMATS, exportDeck, type ExportDeck, type ExportFormat } from "@/lib/interop";
import { hashHex } from "@/lib/generate/prng";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { loadDocument } from "./lib/load";

const USAGE = `usage: npm run -s export -- --format ${EXPORT_FORMATS.join("|")} --out FILE [--approved] [--title T] [--seed N] <deck id | files...>`;

export interface ExportArgs {
  format: ExportFormat;
  out: string;
  approved: boolean;
  title?: string;
  seed: number;
  inputs: string[];
}

export function parseArgs(argv: string[]): ExportArgs | string {
  const a: Partial<ExportArgs> & { inputs: string[] } = { inputs: [], approved: false, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? "";
    if (arg === "--") continue;
    else if (arg === "--format") a.format = value() as ExportFormat;
    else if (arg === "--out") a.out = value();
    else if (arg === "--approved") a.approved = true;
    else if (arg === "--title") a.title = value();
    else if (arg === "--seed") a.seed = Number(value());
    else if (arg.startsWith("--")) return `unknown option ${arg}\n${USAGE}`;
    else a.inputs.push(arg);
  }
  if (!a.format || !(EXPORT_FORMATS as readonly string[]).includes(a.format))
    return `--format must be one of ${EXPORT_FORMATS.join(", ")}\n${USAGE}`;
  if (!a.out) return `--out FILE is required\n${USAGE}`;
  if (a.inputs.length === 0) return `give a deck id or document files\n${USAGE}`;
  if (!Number.isInteger(a.seed)) return `--seed must be a whole number\n${USAGE}`;
  return a as ExportArgs;
}

/** The engine's deck for document files, as `npm run deck` builds it. */
export function deckFromFiles(files: string[], title: string | undefined, seed: number): ExportDeck {
  const docs = files.map((f) => loadDocument(f));
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  const deck = generateDeck(docs, { seed, lexicon: loadWordNet() ?? undefined });
  for (const w of deck.warnings) process.stderr.write(`warning: ${w}\n`);
  return {
    id: `files:${hashHex(
      docs
        .map((d) => d.id)
        .sort()
        .join("|"),
    )}`,
    title:
      title ??
      (docs.length === 1
        ? docs[0]!.title
        : `${docs.length} documents: ${docs.map((d) => d.title).join(", ")}`.slice(0, 200)),
    items: deck.items.map((it) => ({
      key: it.id,
      type: it.type,
      kind: it.kind,
      prompt: it.prompt,
      answer: it.answer,
      options: it.options ?? [],
      score: it.score,
      citations: it.citations.map((c) => ({
        documentId: c.documentId,
        documentTitle: titles.get(c.documentId) ?? path.basename(c.path ?? ""),
        quote: c.quote,
        start: c.start,
        end: c.end,
      })),
    })),
  };
}

async function deckFromDatabase(
  id: string,
  approved: boolean,
  format: ExportFormat,
): Promise<{ bytes: Uint8Array; count: string }> {
  const { migrate } = await import("@/lib/server/migrate");
  const { getEnv } = await import("@/lib/server/env");
  const { exportDeckFile, loadExportDeck } = await import("@/lib/server/deck-export");
  await migrate(getEnv().DATABASE_URL);
  const scope = approved ? "approved" : "all";
  const deck = await loadExportDeck("cli", id, scope);
  const file = await exportDeckFile("cli", id, { format, scope });
  return { bytes: file.bytes, count: `${deck.items.length} items of “${deck.title}”` };
}

export async function runExport(
  argv: string[],
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<number> {
  const a = parseArgs(argv);
  if (typeof a === "string") {
    log(a);
    return 2;
  }
  const files = a.inputs.every((p) => existsSync(p));
  try {
    let result: { bytes: Uint8Array; count: string };
    if (files) {
      const deck = deckFromFiles(a.inputs, a.title, a.seed);
      if (deck.items.length === 0) {
        log("no items: the engine found nothing to ask in these files");
        return 1;
      }
      result = {
        bytes: (await exportDeck(deck, a.format, new Date())).bytes,
        count: `${deck.items.length} items of “${deck.title}”`,
      };
    } else if (a.inputs.length === 1) {
      result = await deckFromDatabase(a.inputs[0]!, a.approved, a.format);
    } else {
      log(`no such files: ${a.inputs.filter((p) => !existsSync(p)).join(", ")}\n${USAGE}`);
      return 2;
    }
    writeFileSync(a.out, result.bytes);
    log(`wrote ${a.out}: ${result.count} as ${a.format}`);
    return 0;
  } catch (e) {
    log(`export failed: ${(e as Error).message}`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  void runExport(process.argv.slice(2)).then((code) => process.exit(code));
