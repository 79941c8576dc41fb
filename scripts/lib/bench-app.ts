// The built app for the benchmarks: a fresh seeded database (SQLite file or PostgreSQL
// database, dropped afterwards), `next start` on it, and students signed in over HTTP.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import { hash } from "@node-rs/argon2";
import { createTestDatabase, type TestProvider } from "@/lib/server/testing/test-db";
import { insertAll, makeSeed, type SeedOptions, type Seeded } from "./bench-seed";
import { childEnv, toolEnv } from "@/lib/server/env";

export const BENCH_PASSWORD = "bench password 1234";
const SECRET = "bench-secret-0123456789abcdef0123";

export interface BenchDb {
  provider: TestProvider;
  url: string;
  seeded: Seeded;
  drop: () => Promise<void>;
}

export async function seededDatabase(
  provider: TestProvider,
  opts: Omit<SeedOptions, "passwordHash">,
): Promise<BenchDb> {
  const t0 = Date.now();
  const { url, drop } = await createTestDatabase(provider);
  try {
    const seeded = makeSeed({ ...opts, passwordHash: await hash(BENCH_PASSWORD) });
    await insertAll(url, provider, seeded.seed);
    const s = seeded.seed;
    console.error(
      `${provider}: seeded ${s.users.length} students, ${s.items.length} items, ${s.cards.length} cards, ${s.logs.length} reviews, ${s.questions.length} open quiz questions in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    return { provider, url, seeded, drop };
  } catch (e) {
    await drop();
    throw e;
  }
}

/** `next build` unless a build is there (BENCH_BUILD=1 builds anyway). */
export function ensureBuild(): void {
  if (existsSync(".next/BUILD_ID") && !toolEnv().BENCH_BUILD) return;
  const b = spawnSync("node_modules/.bin/next", ["build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: childEnv({ NODE_ENV: "production" }),
  });
  if (b.status !== 0) throw new Error("next build failed");
}

export interface App {
  baseURL: string;
  stop: () => Promise<void>;
}

/** `next start` on the database; resolves once it answers. */
export async function startApp(url: string, port: number): Promise<App> {
  const baseURL = `http://localhost:${port}`;
  const env = childEnv({ DATABASE_URL: url, NEXTAUTH_URL: baseURL, NEXTAUTH_SECRET: SECRET, NODE_ENV: "production" });
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((r) => server.once("exit", () => r()));
  const stop = async () => {
    server.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${baseURL}/signin`)).ok) return { baseURL, stop };
    } catch {
      /* not up yet */
    }
    if (server.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error("the app did not start");
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

const cookiesOf = (r: Response) => r.headers.getSetCookie().map((c) => c.split(";")[0]!);

/** Signs in as the app's form does (csrf token, then the credentials callback): the Cookie header. */
export async function signIn(baseURL: string, email: string, password = BENCH_PASSWORD): Promise<string> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const r = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${baseURL}/decks` }),
  });
  const session = cookiesOf(r).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email} (${r.status})`);
  return session;
}

/** A line for the report: when, and how busy the machine was. */
export function machineNote(): string {
  const cpus = os.cpus();
  return `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${cpus.length} × ${cpus[0]?.model.trim() ?? "cpu"}, load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}, Node ${process.version}`;
}

/** A plain text table. */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}
