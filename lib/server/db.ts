// The Prisma client for the configured database. Both generated clients share one model set, so
// the SQLite client's type serves as the single Db type (docs/decisions/002).
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PgClient } from "@/lib/generated/postgres/client";
import { getEnv, providerOf } from "./env";

export type Db = SqliteClient;
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createDb(url: string): Db {
  if (providerOf(url) === "postgres") {
    return new PgClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) }) as unknown as Db;
  }
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: url.replace(/^file:/, "") }) });
}

const g = globalThis as unknown as { citedeckDb?: { url: string; db: Db } };

/** The process-wide client (one per DATABASE_URL; survives Next's dev reloads). */
export function db(): Db {
  const url = getEnv().DATABASE_URL;
  if (!g.citedeckDb || g.citedeckDb.url !== url) g.citedeckDb = { url, db: createDb(url) };
  return g.citedeckDb.db;
}
