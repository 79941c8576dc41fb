// The one place that reads process.env: validated with zod, failing with a message that names
// the variable and why.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default("file:./data/citedeck.db")
    .refine(
      (u) => /^(file:|postgres(ql)?:\/\/)/.test(u),
      "must start with file: (SQLite) or postgresql:// (PostgreSQL)",
    ),
  NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.url().default("http://localhost:3000"),
  /** Sign-up code that makes the new account an instructor; unset means no instructor sign-up. */
  INSTRUCTOR_CODE: z.string().min(4).optional(),
  CITEDECK_SAMPLES: z.string().optional(),
  /** Reverse proxies in front of the app that append to X-Forwarded-For: the client address
   *  for sign-in throttling is the entry this many places from the right (docs/decisions/004). */
  TRUSTED_PROXY_HOPS: z.coerce
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(10, "must be at most 10")
    .default(1),
});

export type Env = z.infer<typeof schema> & { NEXTAUTH_SECRET: string };

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`CiteDeck configuration is invalid:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  let secret = env.NEXTAUTH_SECRET;
  if (!secret) {
    if (env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build")
      throw new Error(
        "CiteDeck configuration is invalid:\n  NEXTAUTH_SECRET: required in production (npm run setup writes one to .env.local)",
      );
    secret = "citedeck-development-secret-not-for-production";
  }
  cached = { ...env, NEXTAUTH_SECRET: secret };
  return cached;
}

/** Served over https (NEXTAUTH_URL): secure cookies, HSTS, upgrade-insecure-requests. */
export function servedOverHttps(env: Pick<Env, "NEXTAUTH_URL"> = getEnv()): boolean {
  return env.NEXTAUTH_URL.startsWith("https://");
}

/** Settings of the tools around the app: tests, scripts, benchmarks and the Prisma CLI. Read
 *  apart from getEnv() so that a test run or a migration needs none of the app's production
 *  settings; read again at each call (a test harness may have set DATABASE_URL meanwhile). */
const toolSchema = z.object({
  /** the configured database, unvalidated: the Prisma CLI gives each provider a fallback */
  DATABASE_URL: z.string().optional(),
  /** which schema folder the Prisma CLI works on (scripts/prisma.mjs sets it per provider) */
  CITEDECK_PROVIDER: z.enum(["sqlite", "postgres"]).optional(),
  /** integration tests: the database each test file gets a fresh copy of */
  TEST_DB: z.enum(["sqlite", "postgres"]).default("sqlite"),
  /** integration tests on PostgreSQL: a server where test databases may be created */
  TEST_PG_URL: z.string().default("postgresql://postgres@127.0.0.1:5432/postgres"),
  CITEDECK_SAMPLES: z.string().default("../shared/sources"),
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
  E2E_PORT: z.coerce.number().int().min(1).max(65535).default(3123),
  /** the engine's profiling switches for the CLI scripts (scripts/lib/profile.ts) */
  CITEDECK_PROFILE: z.string().optional(),
  CITEDECK_DEBUG: z.string().optional(),
  BENCH_PROFILE: z.string().optional(),
  /** bench:http and bench:pages (docs/decisions/071) */
  BENCH_PHASE_S: z.coerce.number().positive().default(4),
  BENCH_ROUNDS: z.coerce.number().int().min(1).default(3),
  BENCH_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  BENCH_CDP_PORT: z.coerce.number().int().min(1).max(65535).default(9333),
  BENCH_BUILD: z.string().optional(),
  /** bench:pages: a folder to write each page's Lighthouse report (JSON) to */
  BENCH_LHR_DIR: z.string().optional(),
  /** bench:pages: Lighthouse runs per page (the median run is reported) */
  BENCH_RUNS: z.coerce.number().int().min(1).max(9).default(1),
  /** set in the environment, not only in .env.local (scripts/setup.ts writes one when neither) */
  NEXTAUTH_SECRET: z.string().optional(),
});

export type ToolEnv = z.infer<typeof toolSchema>;

export function toolEnv(): ToolEnv {
  const parsed = toolSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`CiteDeck tool configuration is invalid:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** The environment for a child process this one starts (the app server in e2e tests, a CLI in
 *  a test): this process's own, with `overrides`. */
export function childEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

/** Points this process's app code at another database (integration tests, benchmarks): call
 *  it before the first database access; getEnv() reads the new value. */
export function setDatabaseUrl(url: string): void {
  process.env.DATABASE_URL = url;
  cached = undefined;
}

export function providerOf(url: string): "sqlite" | "postgres" {
  return /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";
}
