// Shared integration-test fixtures: accounts and the sample documents from ../shared/sources
// (CITEDECK_SAMPLES). A test that needs the samples fails when they are missing, never skips.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { mustExist } from "@/lib/testing/shared";
import { createAccount, type SessionUser } from "../accounts";
import { addDocument } from "../documents";
import { toolEnv } from "../env";

export const SAMPLES = path.resolve(process.cwd(), toolEnv().CITEDECK_SAMPLES);

let n = 0;
export async function makeUser(role: "student" | "instructor" = "student"): Promise<SessionUser> {
  n += 1;
  return createAccount(
    { name: `User ${n}`, email: `user${n}-${Date.now()}@example.test`, password: "correct horse" },
    { role },
  );
}

export function sampleFiles(): string[] {
  return readdirSync(mustExist(SAMPLES))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => path.join(SAMPLES, f));
}

export async function addSample(file: string, by: SessionUser | "starter" = "starter") {
  return addDocument({ kind: "file", fileName: path.basename(file), bytes: new Uint8Array(readFileSync(file)) }, by);
}
