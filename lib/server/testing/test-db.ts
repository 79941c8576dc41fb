// Fresh databases for integration tests: a temporary SQLite file, or a new PostgreSQL database,
// migrated from the committed migration.sql files (no Prisma CLI: fast enough per test file).
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { toolEnv } from "../env";
import { migrate } from "../migrate";

export type TestProvider = "sqlite" | "postgres";
export const PG_ADMIN_URL = toolEnv().TEST_PG_URL;

/** `before`: migrate only up to (not including) the migration of that name, to test an upgrade. */
export async function createTestDatabase(
  provider: TestProvider,
  opts: { before?: string } = {},
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `citedeck_t_${process.pid}_${randomBytes(4).toString("hex")}`;
  if (provider === "sqlite") {
    const file = path.join(os.tmpdir(), `${name}.db`);
    const url = `file:${file}`;
    await migrate(url, opts);
    return {
      url,
      drop: async () => {
        for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
      },
    };
  }
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${name}`;
  const url = u.toString();
  await migrate(url, opts);
  return {
    url,
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
