// Prisma CLI configuration: picks the provider's schema folder and a driver adapter, so the
// CLI runs on the bundled WASM engines and never downloads a binary (see docs/decisions/002).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { toolEnv } from "./lib/server/env";

const isPg = (u: string) => /^postgres(ql)?:\/\//.test(u);
const env = toolEnv();
const given = env.DATABASE_URL ?? "file:./data/citedeck.db";
const provider = env.CITEDECK_PROVIDER ?? (isPg(given) ? "postgres" : "sqlite");
// Commands that need no real database (generate, diff) still open the adapter: give each
// provider a sensible URL when the configured one is for the other provider.
const url =
  provider === "postgres"
    ? isPg(given)
      ? given
      : "postgresql://postgres@127.0.0.1:5432/postgres"
    : isPg(given)
      ? "file:./data/citedeck.db"
      : given;

type Factory = PrismaBetterSQLite3 | PrismaPg;
type Adapter = Awaited<ReturnType<Factory["connectToShadowDb"]>>;

// Prisma 6.19's WASM schema engine replays each migration.sql on the shadow database through
// executeRaw, which runs one prepared statement and rejects a script (P3006). Send argument-less
// raw statements to executeScript instead (docs/decisions/002-one-schema-two-databases.md).
function scriptAware(adapter: Adapter): Adapter {
  return new Proxy(adapter, {
    get(target, key) {
      if (key === "executeRaw") {
        return async (q: { sql: string; args: unknown[] }) => {
          if (q.args.length === 0) {
            await target.executeScript(q.sql);
            return 0;
          }
          return target.executeRaw(q as Parameters<Adapter["executeRaw"]>[0]);
        };
      }
      const v = Reflect.get(target, key, target) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

// adapter-pg drops its shadow database before closing the pool connected to it, so the drop
// fails ("being accessed by other users"). Here the pool is closed first, then the drop forced.
async function pgShadow(config: PgConfig): Promise<Adapter> {
  const main = await pgConnect(config);
  const database = `citedeck_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
  await main.executeScript(`CREATE DATABASE "${database}"`);
  const shadow = await pgConnect({ ...config, database });
  const dispose = shadow.dispose.bind(shadow);
  shadow.dispose = async () => {
    await dispose();
    await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await main.dispose();
  };
  return shadow;
}

// adapter-pg cannot deserialize the catalog types "char" (OID 18) and name (OID 19) that the
// schema engine reads while describing a schema (prisma/orm#27403): present them as text (25).
async function pgConnect(config: PgConfig): Promise<Adapter> {
  const conn = await new PrismaPg(config).connect();
  const io = conn as unknown as { performIO(q: unknown): Promise<{ fields: { dataTypeID: number }[] }> };
  const performIO = io.performIO.bind(conn);
  io.performIO = async (q) => {
    const result = await performIO(q);
    for (const f of result.fields) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25;
    return result;
  };
  return conn;
}

type PgConfig = { host: string; port: number; user: string; password: string; database: string };

function withShadowFix(f: Factory, pg?: PgConfig) {
  return {
    provider: f.provider,
    adapterName: f.adapterName,
    connect: () => (pg ? pgConnect(pg) : f.connect()),
    connectToShadowDb: async () => scriptAware(pg ? await pgShadow(pg) : await f.connectToShadowDb()),
  } as unknown as Factory;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", provider),
  migrations: { path: path.join("prisma", provider, "migrations") },
  async adapter() {
    if (provider === "postgres") {
      const u = new URL(url);
      const config: PgConfig = {
        host: u.hostname,
        port: Number(u.port || 5432),
        user: decodeURIComponent(u.username || "postgres"),
        password: decodeURIComponent(u.password),
        database: u.pathname.slice(1),
      };
      return withShadowFix(new PrismaPg(config), config);
    }
    // better-sqlite3 creates the file but not its folder (a fresh clone has no data/).
    const file = url.replace(/^file:/, "");
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    return withShadowFix(new PrismaBetterSQLite3({ url: file }));
  },
});
