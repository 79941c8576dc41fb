// Starts the built app on a fresh SQLite database prepared by the first-start script.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { childEnv, toolEnv } from "../lib/server/env";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    dbFile: string;
    instructorCode: string;
  }
}

const PORT = toolEnv().E2E_PORT;
/** Sign-up code that makes an instructor account in the e2e app (e2e/classes.e2e.test.ts). */
export const E2E_INSTRUCTOR_CODE = "e2e-instructor-code";
let server: ChildProcess | undefined;
let dir: string | undefined;

export async function setup(project: TestProject) {
  dir = mkdtempSync(path.join(os.tmpdir(), "citedeck-e2e-"));
  const dbFile = path.join(dir, "e2e.db");
  const env = childEnv({
    DATABASE_URL: `file:${dbFile}`,
    NEXTAUTH_URL: `http://localhost:${PORT}`,
    NEXTAUTH_SECRET: "e2e-secret-0123456789abcdef",
    NODE_ENV: "production",
    INSTRUCTOR_CODE: E2E_INSTRUCTOR_CODE,
  });
  if (!existsSync(".next/BUILD_ID")) {
    const b = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env });
    if (b.status !== 0) throw new Error("next build failed");
  }
  const s = spawnSync("node", ["--conditions=react-server", "--import", "tsx", "scripts/setup.ts"], {
    stdio: "inherit",
    env,
  });
  if (s.status !== 0) throw new Error("setup script failed");
  const baseURL = `http://localhost:${PORT}`;
  // another server on the port would answer in our place and the tests would run against it
  if (await answers(baseURL)) throw new Error(`port ${PORT} is already in use: stop what runs there or set E2E_PORT`);
  server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  let exited: number | null | undefined;
  server.on("exit", (code) => (exited = code));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`the app exited (code ${exited}) before it answered`);
    try {
      const r = await fetch(`${baseURL}/signin`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error("the app did not start within 60 s");
    await new Promise((r) => setTimeout(r, 250));
  }
  project.provide("baseURL", baseURL);
  project.provide("dbFile", dbFile);
  project.provide("instructorCode", E2E_INSTRUCTOR_CODE);
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

export function teardown() {
  server?.kill("SIGTERM");
  if (dir) rmSync(dir, { recursive: true, force: true });
}
