// Shared integration-test fixtures: accounts and the sample documents from ../shared/sources.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createAccount, type SessionUser } from "../accounts";
import { addDocument } from "../documents";

export const SAMPLES = path.resolve(process.cwd(), process.env.CITEDECK_SAMPLES ?? "../shared/sources");
export const hasSamples = existsSync(SAMPLES);

let n = 0;
export async function makeUser(role: "student" | "instructor" = "student"): Promise<SessionUser> {
  n += 1;
  return createAccount({ name: `User ${n}`, email: `user${n}-${Date.now()}@example.test`, password: "correct horse" }, { role });
}

export function sampleFiles(): string[] {
  return readdirSync(SAMPLES).filter((f) => f.endsWith(".txt")).sort().map((f) => path.join(SAMPLES, f));
}

export async function addSample(file: string, by: SessionUser | "starter" = "starter") {
  return addDocument({ kind: "file", fileName: path.basename(file), bytes: new Uint8Array(readFileSync(file)) }, by);
}
