// Expands command-line paths (files or folders) into a sorted list of files.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export function expandPaths(args: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (p: string) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith(".")) walk(path.join(p, name));
    } else files.push(p);
  };
  for (const a of args) walk(a);
  return { files, missing };
}
