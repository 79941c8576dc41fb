// npm run import -- <files or folders>: adds documents to the starter collection (read-only, seen
// by every account; docs/decisions/040), a line per file.
import { readFileSync } from "node:fs";
import { extractDocument, IngestError } from "@/lib/ingest";
import { storeExtracted } from "@/lib/server/documents";
import { getEnv } from "@/lib/server/env";
import { migrate } from "@/lib/server/migrate";
import { expandPaths } from "./lib/files";

export async function importPaths(
  paths: string[],
  log: (line: string) => void = console.log,
): Promise<{ added: number; duplicate: number; refused: number }> {
  const { files, missing } = expandPaths(paths);
  const counts = { added: 0, duplicate: 0, refused: 0 };
  for (const m of missing) {
    log(`refused    ${m}: no such file or folder`);
    counts.refused++;
  }
  for (const file of files) {
    try {
      const doc = await extractDocument({ fileName: file, bytes: new Uint8Array(readFileSync(file)) });
      const res = await storeExtracted(doc, null);
      if (res.status === "added") {
        counts.added++;
        log(`added      ${file}  →  “${res.document.title}”`);
      } else {
        counts.duplicate++;
        log(`duplicate  ${file}  (already in the library as “${res.document.title}”)`);
      }
    } catch (e) {
      counts.refused++;
      log(`refused    ${file}: ${e instanceof IngestError ? e.message : (e as Error).message}`);
    }
  }
  return counts;
}

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.length === 0) {
    console.error(
      "usage: npm run import -- <files or folders>\n  accepts .txt .md .html .pdf .docx; a folder is read recursively",
    );
    process.exit(2);
  }
  await migrate(getEnv().DATABASE_URL);
  const c = await importPaths(args);
  console.log(`\n${c.added} added, ${c.duplicate} duplicate, ${c.refused} refused`);
  process.exit(c.refused > 0 ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
