#!/usr/bin/env node
// npm test: every tier in order (lint, formatting, types, migration drift, unit, integration on SQLite and on
// PostgreSQL, generation eval bars, end-to-end in Chromium), with a timing per stage and the
// total count of tests at the end. Stops at the first failing stage.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const tmp = mkdtempSync(path.join(os.tmpdir(), "citedeck-test-"));
const only = process.argv.slice(2);
let passed = 0,
  failed = 0,
  skipped = 0;

const vitest = (name, config, env = {}) => ({
  name,
  env,
  cmd: [
    "node_modules/.bin/vitest",
    "run",
    ...(config ? ["-c", config] : []),
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${path.join(tmp, `${name}.json`)}`,
  ],
  json: path.join(tmp, `${name}.json`),
});

const stages = [
  { name: "lint", cmd: ["node_modules/.bin/eslint", ".", "--max-warnings", "0"] },
  { name: "format", cmd: ["node_modules/.bin/prettier", "--check", "."] },
  { name: "typecheck", cmd: ["node_modules/.bin/tsc", "--noEmit", "-p", "."] },
  { name: "migrations", cmd: ["node", "scripts/prisma.mjs", "check"] },
  vitest("unit"),
  vitest("integration-sqlite", "vitest.int.config.ts", { TEST_DB: "sqlite" }),
  vitest("integration-postgres", "vitest.int.config.ts", { TEST_DB: "postgres" }),
  { name: "eval", cmd: ["node_modules/.bin/tsx", "scripts/eval.ts"] },
  { name: "build", cmd: ["node_modules/.bin/next", "build"] },
  vitest("e2e", "vitest.e2e.config.ts"),
].filter((s) => only.length === 0 || only.includes(s.name));

const timings = [];
for (const s of stages) {
  const t0 = Date.now();
  console.log(`\n━━ ${s.name} ━━ ${s.cmd.join(" ")}`);
  const r = spawnSync(s.cmd[0], s.cmd.slice(1), { stdio: "inherit", env: { ...process.env, ...s.env } });
  const secs = (Date.now() - t0) / 1000;
  timings.push(`${s.name.padEnd(22)} ${secs.toFixed(1).padStart(6)} s  ${r.status === 0 ? "ok" : "FAILED"}`);
  if (s.json && existsSync(s.json)) {
    const j = JSON.parse(readFileSync(s.json, "utf8"));
    passed += j.numPassedTests;
    failed += j.numFailedTests;
    skipped += j.numPendingTests + (j.numTodoTests ?? 0);
  }
  if (r.status !== 0) {
    if (!s.json) failed += 1;
    console.log(`\n${timings.join("\n")}\n\nstage "${s.name}" failed`);
    console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    process.exit(1);
  }
}
console.log(`\n${timings.join("\n")}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
