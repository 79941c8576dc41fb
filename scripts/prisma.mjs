#!/usr/bin/env node
// Offline Prisma CLI wrapper: keeps both provider schemas in step with prisma/*.prisma,
// and never lets the CLI try to download an engine (PRISMA_QUERY_ENGINE_LIBRARY=/dev/null).
//   node scripts/prisma.mjs generate            generate both clients
//   node scripts/prisma.mjs migration <name>    write a new migration for both providers (no database needed)
//   node scripts/prisma.mjs check               exit 1 when a model change has no migration
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const providers = ["sqlite", "postgres"];
const bin = path.join(root, "node_modules/.bin/prisma");
const env = {
  ...process.env,
  PRISMA_QUERY_ENGINE_LIBRARY: "/dev/null",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};

// Every prisma/*.prisma file (models.prisma, classes.prisma, ...) is copied into each provider folder.
function sync() {
  const files = readdirSync(path.join(root, "prisma")).filter((f) => f.endsWith(".prisma"));
  for (const p of providers)
    for (const f of files) copyFileSync(path.join(root, "prisma", f), path.join(root, `prisma/${p}/${f}`));
}

function prisma(args, provider, opts = {}) {
  const r = spawnSync(bin, args, {
    cwd: root,
    env: { ...env, CITEDECK_PROVIDER: provider },
    encoding: "utf8",
    stdio: opts.capture ? "pipe" : "inherit",
  });
  if (r.error) throw r.error;
  return r;
}

const [cmd, arg] = process.argv.slice(2);
sync();
if (cmd === "generate") {
  for (const p of providers) {
    const r = prisma(["generate", "--schema", `prisma/${p}`], p, { capture: true });
    if (r.status !== 0) {
      process.stderr.write(r.stdout + r.stderr);
      process.exit(r.status ?? 1);
    }
  }
  console.log("prisma: generated clients for sqlite and postgres in lib/generated/");
} else if (cmd === "migration") {
  if (!arg || !/^[a-z0-9_]+$/.test(arg)) {
    console.error("usage: node scripts/prisma.mjs migration <snake_case_name>");
    process.exit(2);
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  for (const p of providers) {
    const dir = path.join(root, `prisma/${p}/migrations`);
    const hasAny = existsSync(dir) && readdirSync(dir).some((d) => /^\d{14}_/.test(d));
    const from = hasAny ? ["--from-migrations", `prisma/${p}/migrations`] : ["--from-empty"];
    const r = prisma(["migrate", "diff", ...from, "--to-schema-datamodel", `prisma/${p}`, "--script"], p, {
      capture: true,
    });
    if (r.status !== 0) {
      process.stderr.write(r.stdout + r.stderr);
      process.exit(1);
    }
    if (/This is an empty migration/.test(r.stdout)) {
      console.log(`${p}: no changes`);
      continue;
    }
    const out = path.join(dir, `${stamp}_${arg}`);
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, "migration.sql"), r.stdout);
    if (!existsSync(path.join(dir, "migration_lock.toml")))
      writeFileSync(
        path.join(dir, "migration_lock.toml"),
        `provider = "${p === "postgres" ? "postgresql" : "sqlite"}"\n`,
      );
    console.log(`${p}: wrote ${path.relative(root, out)}/migration.sql`);
  }
} else if (cmd === "check") {
  let bad = false;
  for (const p of providers) {
    const r = prisma(
      [
        "migrate",
        "diff",
        "--from-migrations",
        `prisma/${p}/migrations`,
        "--to-schema-datamodel",
        `prisma/${p}`,
        "--exit-code",
      ],
      p,
      { capture: true },
    );
    if (r.status === 2) {
      bad = true;
      console.error(`${p}: models.prisma has changes with no migration. Run: node scripts/prisma.mjs migration <name>`);
    } else if (r.status !== 0) {
      bad = true;
      process.stderr.write(r.stdout + r.stderr);
    } else console.log(`${p}: migrations match the models`);
  }
  process.exit(bad ? 1 : 0);
} else {
  console.error("usage: node scripts/prisma.mjs generate|migration <name>|check");
  process.exit(2);
}
