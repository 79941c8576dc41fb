// Applies the committed migration.sql files of the configured provider, recording them in
// Prisma's _prisma_migrations table (same format, so `prisma migrate deploy` agrees). Used at
// first start and for fresh test databases: no Prisma CLI, no 10 s advisory-lock stall.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { providerOf } from "./env";

const root = path.resolve(import.meta.dirname, "../..");

/** The committed migrations in order; with `before`, only those older than the one so named. */
function migrations(provider: "sqlite" | "postgres", before?: string) {
  const dir = path.join(root, "prisma", provider, "migrations");
  const names = readdirSync(dir)
    .filter((d) => /^\d{14}_/.test(d))
    .sort();
  const stop = before ? names.findIndex((d) => d.slice(15) === before) : -1;
  return (stop >= 0 ? names.slice(0, stop) : names).map((name) => {
    const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
    return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
  });
}

export function sqliteFile(url: string): string {
  return url.replace(/^file:/, "");
}

/** Returns the names of the migrations it applied. `before` (tests of an upgrade): stop short of
 *  the migration with that name. */
export async function migrate(url: string, opts: { before?: string } = {}): Promise<string[]> {
  const provider = providerOf(url);
  const all = migrations(provider, opts.before);
  const applied: string[] = [];
  if (provider === "sqlite") {
    const file = sqliteFile(url);
    if (file !== ":memory:" && !existsSync(path.dirname(path.resolve(file))))
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const conn = new Database(file);
    try {
      conn.pragma("journal_mode = WAL");
      conn.exec(
        `CREATE TABLE IF NOT EXISTS "_prisma_migrations" ("id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`,
      );
      const done = new Set(
        (
          conn.prepare(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`).all() as {
            migration_name: string;
          }[]
        ).map((r) => r.migration_name),
      );
      // Prisma rebuilds a table to change it (CREATE new_X, copy, DROP X, rename). Its own
      // `PRAGMA foreign_keys=OFF` is ignored inside a transaction, and with foreign keys on, the
      // DROP would cascade and empty every table that references X. So they are off for the
      // whole run and checked before each migration commits.
      conn.pragma("foreign_keys = OFF");
      for (const m of all) {
        if (done.has(m.name)) continue;
        conn.transaction(() => {
          conn.exec(m.sql);
          const broken = conn.pragma("foreign_key_check") as unknown[];
          if (broken.length > 0)
            throw new Error(`Migration ${m.name} leaves ${broken.length} rows pointing at missing rows`);
          conn
            .prepare(
              `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, current_timestamp, ?, 1)`,
            )
            .run(randomUUID(), m.checksum, m.name);
        })();
        applied.push(m.name);
      }
      conn.pragma("foreign_keys = ON");
    } finally {
      conn.close();
    }
    return applied;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(72707369)`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`,
    );
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`,
    );
    const done = new Set(rows.map((r) => r.migration_name));
    for (const m of all) {
      if (done.has(m.name)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(e as Error).message}`);
      }
      applied.push(m.name);
    }
  } finally {
    await client.query(`SELECT pg_advisory_unlock(72707369)`).catch(() => undefined);
    await client.end();
  }
  return applied;
}
