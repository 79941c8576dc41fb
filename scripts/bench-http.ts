// HTTP throughput of the built app (next start) with 20 signed-in students on loopback: the deck
// page, progress, and answering a quiz question (the real server action), each measured in
// phases that alternate with a trivial route (the sign-in page, rendered for the same signed-in
// student: proxy, session check and layout, no data of its own), so that the ratio compares
// them under the same machine load. Prints a table; exits non-zero only if it could not run.
//   npm run bench:http [-- sqlite|postgres]     (BENCH_PHASE_S, BENCH_ROUNDS: phase length, rounds)
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import autocannon from "autocannon";
import type { TestProvider } from "@/lib/server/testing/test-db";
import { ensureBuild, machineNote, seededDatabase, signIn, startApp, table, type BenchDb } from "./lib/bench-app";
import { toolEnv } from "@/lib/server/env";

const STUDENTS = 20;
const PHASE_S = toolEnv().BENCH_PHASE_S;
const ROUNDS = toolEnv().BENCH_ROUNDS;
const PORT = toolEnv().BENCH_PORT ?? 3170;

interface Route {
  name: string;
  method: "GET" | "POST";
  path: (student: number) => string;
  /** the body and extra headers of the next request of this student (answers: the next open question) */
  next?: (student: number) => { body: string; headers: Record<string, string> };
  /** what a good response contains */
  ok: (status: number, body: string) => boolean;
  /** fraction of the trivial route's requests a second it must reach */
  target?: number;
}
interface Measure {
  name: string;
  responses: number;
  seconds: number;
  latencies: number[];
  errors: number;
  bytes: number;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};

/** One phase: every student on one connection, for PHASE_S seconds, on one route. */
async function phase(baseURL: string, cookies: string[], route: Route, m: Measure): Promise<void> {
  let clients = 0;
  const instance = autocannon({
    url: baseURL,
    connections: STUDENTS,
    duration: PHASE_S,
    timeout: 30,
    requests: [
      {
        method: route.method,
        setupRequest: (req: Record<string, unknown>, ctx: Record<string, unknown>) => {
          if (ctx.student === undefined) ctx.student = clients++ % STUDENTS;
          const s = ctx.student as number;
          const extra = route.next?.(s);
          return {
            ...req,
            path: route.path(s),
            body: extra?.body,
            headers: { ...(req.headers as object), cookie: cookies[s]!, ...extra?.headers },
          };
        },
        onResponse: (status: number, body: string) => {
          if (!route.ok(status, body)) m.errors++;
        },
      },
    ],
  });
  instance.on("response", (_client: unknown, _status: number, bytes: number, ms: number) => {
    m.responses++;
    m.bytes += bytes;
    m.latencies.push(ms);
  });
  const r = await instance;
  m.seconds += r.duration;
  m.errors += r.errors + r.timeouts;
}

/** The server action's id from the build's manifest. */
function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const hit = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!hit) throw new Error(`no server action ${exportedName} in the build`);
  return hit[0];
}

async function countAnswered(db: BenchDb): Promise<number> {
  const sql = `SELECT COUNT(*) AS n FROM "AttemptQuestion" WHERE "answeredAt" IS NOT NULL`;
  if (db.provider === "sqlite") {
    const c = new Database(db.url.replace(/^file:/, ""), { readonly: true });
    try {
      return Number((c.prepare(sql).get() as { n: number }).n);
    } finally {
      c.close();
    }
  }
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  try {
    return Number((await c.query<{ n: string }>(sql)).rows[0]!.n);
  } finally {
    await c.end();
  }
}

function routes(db: BenchDb): { trivial: Route; measured: Route[]; sent: () => number; acked: () => number } {
  const { seeded } = db;
  const byId = new Map(seeded.seed.attempts.map((a) => [a.id as string, a.userId as string]));
  const student = new Map(seeded.heavy.map((h, i) => [h.id, i]));
  // Each student's open questions, answered in order (70% right): every request answers a new one.
  const queues: { attemptId: string; questionId: string; chosen: string }[][] = seeded.heavy.map(() => []);
  let n = 0;
  for (const q of seeded.seed.questions) {
    const options = JSON.parse(q.options as string) as string[];
    const right = n++ % 10 < 7;
    const chosen = right ? (q.answer as string) : options.find((o) => o !== q.answer)!;
    queues[student.get(byId.get(q.attemptId as string)!)!]!.push({
      attemptId: q.attemptId as string,
      questionId: q.id as string,
      chosen,
    });
  }
  const head = queues.map((q) => q[0]!);
  const action = actionId("answerQuestionAction");
  let sent = 0,
    acked = 0;
  return {
    trivial: {
      name: "/signin (trivial)",
      method: "GET",
      path: () => "/signin",
      ok: (s, b) => s === 200 && b.includes("<h1>Sign in</h1>"),
    },
    measured: [
      {
        name: "deck page",
        method: "GET",
        path: () => `/decks/${seeded.deckId}`,
        ok: (s, b) => s === 200 && b.includes("Bench deck"),
      },
      {
        name: "progress",
        method: "GET",
        path: () => "/progress",
        ok: (s, b) => s === 200 && b.includes("Your progress"),
        target: 0.3,
      },
      {
        name: "answer a question",
        method: "POST",
        path: (s) => `/quiz/${head[s]!.attemptId}`,
        target: 0.5,
        next: (s) => {
          const q = queues[s]!.shift();
          if (!q) throw new Error("a student ran out of open questions: seed more quizzes");
          head[s] = queues[s]![0] ?? q;
          sent++;
          return {
            body: JSON.stringify([q.attemptId, q.questionId, q.chosen]),
            headers: { "next-action": action, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
          };
        },
        ok: (s, b) => {
          const ok = s === 200 && b.includes('"ok":true') && b.includes('"alreadyAnswered":false');
          if (ok) acked++;
          return ok;
        },
      },
    ],
    sent: () => sent,
    acked: () => acked,
  };
}

async function runOne(provider: TestProvider): Promise<string> {
  const db = await seededDatabase(provider, {
    now: new Date(),
    heavy: { users: STUDENTS, cards: 2000, reviews: 20_000, days: 365 },
    light: { users: 200, cards: 40, reviews: 150, days: 30 },
    quizzes: { attempts: 8, questions: 100 },
  });
  try {
    const app = await startApp(db.url, PORT);
    try {
      const cookies: string[] = [];
      for (const h of db.seeded.heavy) cookies.push(await signIn(app.baseURL, h.email));
      const { trivial, measured, sent, acked } = routes(db);
      const fresh = (name: string): Measure => ({ name, responses: 0, seconds: 0, latencies: [], errors: 0, bytes: 0 });
      const warm = fresh("warm-up");
      for (const r of [trivial, ...measured]) await phase(app.baseURL, cookies, r, warm);
      const rows: (string | number)[][] = [];
      for (const r of measured) {
        const t = fresh(trivial.name),
          m = fresh(r.name);
        for (let i = 0; i < ROUNDS; i++) {
          await phase(app.baseURL, cookies, trivial, t);
          await phase(app.baseURL, cookies, r, m);
        }
        const rate = (x: Measure) => x.responses / x.seconds;
        const ratio = rate(m) / rate(t);
        const pass = m.errors === 0 && t.errors === 0 && (r.target === undefined || ratio >= r.target);
        for (const [x, isTrivial] of [
          [t, true],
          [m, false],
        ] as const)
          rows.push([
            `${provider}`,
            isTrivial ? `  ${x.name}` : x.name,
            rate(x).toFixed(1),
            pct(x.latencies, 50).toFixed(0),
            pct(x.latencies, 95).toFixed(0),
            x.errors,
            (x.bytes / Math.max(1, x.responses) / 1024).toFixed(1),
            isTrivial ? "" : ratio.toFixed(2),
            isTrivial ? "" : r.target !== undefined ? `≥ ${r.target}` : "0 errors",
            isTrivial ? "" : pass ? "PASS" : "FAIL",
          ]);
      }
      // A phase ends with up to one request per student in flight: posted, never acknowledged,
      // and perhaps still being written. The seeded quizzes start with no answer.
      await new Promise((r) => setTimeout(r, 3000));
      const recorded = await countAnswered(db);
      const note = `${provider}: answers (warm-up included): ${acked()} acknowledged, ${sent()} posted (with those in flight when a phase ended), ${recorded} recorded in the database: ${acked() <= recorded && recorded <= sent() ? "every acknowledged answer recorded" : "MISMATCH"}`;
      return [
        table(["db", "route", "req/s", "p50 ms", "p95 ms", "errors", "KB/resp", "ratio", "target", "result"], rows),
        note,
        `${provider}: ${machineNote()}`,
      ].join("\n");
    } finally {
      await app.stop();
    }
  } finally {
    await db.drop();
  }
}

const which = process.argv[2];
const providers: TestProvider[] = which === "sqlite" || which === "postgres" ? [which] : ["sqlite", "postgres"];
try {
  ensureBuild();
  console.log(
    `bench:http: ${STUDENTS} signed-in students (each a year of history: 2,000 cards, 20,000 reviews, open quizzes), ${ROUNDS} rounds of ${PHASE_S} s per route, each phase beside an equal phase of the trivial route; ratio = req/s over the trivial route's req/s in the same rounds`,
  );
  for (const p of providers) console.log(`\n${await runOne(p)}`);
} catch (e) {
  console.error(e);
  process.exit(1);
}
