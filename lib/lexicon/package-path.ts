// Where an installed package's data file is, for the lexicon's loaders (WordNet's dictionary, SUBTLEX's counts).
import { createRequire } from "node:module";
import path from "node:path";

/**
 * The places `file` of package `pkg` may be, in order: under the working directory first (a bundled server may not
 * resolve modules by path), then where Node resolves the package from here.
 */
export function packagePaths(pkg: string, file: string): string[] {
  const out = [path.join(process.cwd(), "node_modules", pkg, file)];
  try {
    out.push(path.join(path.dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`)), file));
  } catch {
    // not resolvable from here: the working directory's copy is the only one
  }
  return out;
}
