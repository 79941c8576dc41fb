// Test helper: xmllint (Debian libxml2-utils), the XML parser and XSD validator we did not write.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export function xmllint(files: { name: string; data: string }[], args: string[]): { ok: boolean; output: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "citedeck-xmllint-"));
  const paths = files.map((f) => {
    const p = path.join(dir, f.name.replace(/\//g, "__"));
    writeFileSync(p, f.data);
    return p;
  });
  const r = spawnSync("xmllint", ["--noout", "--nonet", ...args, ...paths], { encoding: "utf8" });
  if (r.error) throw new Error(`xmllint is not installed (Debian: apt-get install libxml2-utils): ${r.error.message}`);
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

export const XSD = path.join(import.meta.dirname, "testdata/xsd");
