// npm run -s import:deck -- [--format gift|moodle-xml|apkg|tsv|quizlet|csv] [--title T] FILE
// Imports a question bank into a new deck; each item is cited from the library where a sentence
// holds its answer, else stored uncited. One line of result, then the warnings.
import { readFileSync } from "node:fs";
import path from "node:path";
import { IMPORT_FORMATS, type ImportFormat } from "@/lib/interop";
import { importDeck } from "@/lib/server/deck-import";
import { getEnv } from "@/lib/server/env";
import { migrate } from "@/lib/server/migrate";
import { isAppError } from "@/lib/errors";

const USAGE = `usage: npm run -s import:deck -- [--format ${IMPORT_FORMATS.join("|")}] [--title T] FILE`;

export async function runImportDeck(argv: string[], log: (line: string) => void = console.log): Promise<number> {
  let format: ImportFormat | undefined;
  let title: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") continue;
    if (arg === "--format") format = argv[++i] as ImportFormat;
    else if (arg === "--title") title = argv[++i];
    else files.push(arg);
  }
  if (files.length !== 1 || (format && !(IMPORT_FORMATS as readonly string[]).includes(format))) {
    log(USAGE);
    return 2;
  }
  const file = files[0]!;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    log(`refused ${file}: no such file`);
    return 1;
  }
  try {
    const r = await importDeck(null, { fileName: path.basename(file), bytes, format, title });
    log(
      `imported ${r.itemCount} items into the deck “${r.title}” (${r.deckId}): ${r.citedCount} cited from the library, ${r.uncitedCount} uncited`,
    );
    for (const w of r.warnings) log(`warning: ${w}`);
    return 0;
  } catch (e) {
    if (isAppError(e)) {
      log(`refused ${file}: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

async function main() {
  await migrate(getEnv().DATABASE_URL);
  process.exit(await runImportDeck(process.argv.slice(2)));
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
