// The sample documents and corpora beside the project (../shared), which CI always has. A test
// that needs one fails when it is missing: a skipped test passes without testing anything.
import { existsSync } from "node:fs";
import path from "node:path";

/** The path of `relative` under ../shared (from the project root); throws when it is missing. */
export function sharedPath(relative: string): string {
  return mustExist(path.resolve(process.cwd(), "../shared", relative));
}

/** `file` itself; throws, naming it, when it is missing. */
export function mustExist(file: string): string {
  if (!existsSync(file))
    throw new Error(`${file} is missing: the sample documents and corpora (../shared) must sit beside the project`);
  return file;
}
