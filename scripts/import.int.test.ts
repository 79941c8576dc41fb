import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { importPaths } from "./import";
import { db } from "@/lib/server/db";

it("imports a folder with a line per file: added, duplicate, or the reason it was refused", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "citedeck-import-"));
  mkdirSync(path.join(dir, "sub"));
  writeFileSync(
    path.join(dir, "a.md"),
    "# Steppe notes\n\nAlmaty is the largest city of Kazakhstan. It was the capital until 1997.",
  );
  writeFileSync(
    path.join(dir, "sub", "copy.txt"),
    "Steppe notes\n\nAlmaty is the largest city of Kazakhstan. It was the capital until 1997.",
  );
  writeFileSync(path.join(dir, "empty.txt"), "  \n ");
  writeFileSync(path.join(dir, "photo.png"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  const lines: string[] = [];
  const counts = await importPaths([dir, path.join(dir, "missing.txt")], (l) => lines.push(l));
  expect(counts).toEqual({ added: 1, duplicate: 1, refused: 3 });
  expect(lines.find((l) => l.includes("a.md"))).toMatch(/^added .*“Steppe notes”/);
  expect(lines.find((l) => l.includes("copy.txt"))).toMatch(/^duplicate .*already in the library as “Steppe notes”/);
  expect(lines.find((l) => l.includes("empty.txt"))).toMatch(/^refused .*empty/i);
  expect(lines.find((l) => l.includes("photo.png"))).toMatch(/^refused .*\.txt/);
  expect(lines.find((l) => l.includes("missing.txt"))).toMatch(/^refused .*no such file/);
  expect(await db().document.count()).toBe(1);
  // The Markdown heading is kept as a formatting span beside the text.
  const doc = await db().document.findFirstOrThrow({ select: { text: true, spans: true } });
  expect(JSON.parse(doc.spans)).toEqual([{ start: 0, end: "Steppe notes".length, kind: "heading" }]);
  expect(doc.text.startsWith("Steppe notes\n\n")).toBe(true);
});
