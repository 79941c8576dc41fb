// Progress and review speed: seeds one student with a year of history (2,000 cards, 100,000
// reviews) and 500 students with a month each, then times, in this process, the progress page
// data, the next-card query and a rating. Runs on a fresh temporary SQLite file and a fresh
// PostgreSQL database (TEST_PG_URL, default postgresql://postgres@127.0.0.1:5432/postgres).
//   npm run bench:progress [-- sqlite|postgres]
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { createTestDatabase, type TestProvider } from "@/lib/server/testing/test-db";
import { dayNumber } from "@/lib/scheduling";
import { insertAll, makeSeed } from "./lib/bench-seed";
import { setDatabaseUrl, toolEnv } from "@/lib/server/env";

const TARGET = { progress: 100, next: 20, rate: 20 };
const NOW = new Date("2026-11-20T12:00:00Z");
const HEAVY = { users: 1, cards: 2000, reviews: 100_000, days: 365 };
const LIGHT = { users: 500, cards: 40, reviews: 150, days: 30 };

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

async function timeIt(
  n: number,
  warm: number,
  f: (i: number) => Promise<unknown>,
): Promise<{ p50: number; p95: number; max: number }> {
  for (let i = 0; i < warm; i++) await f(-1 - i);
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await f(i);
    xs.push(performance.now() - t);
  }
  return { p50: pct(xs, 50), p95: pct(xs, 95), max: Math.max(...xs) };
}

async function runOne(provider: TestProvider): Promise<boolean> {
  const t0 = performance.now();
  const { url, drop } = await createTestDatabase(provider);
  setDatabaseUrl(url);
  try {
    const { seed, heavy, deckId } = makeSeed({ now: NOW, heavy: HEAVY, light: LIGHT });
    const heavyId = heavy[0]!.id;
    const tGen = performance.now();
    await insertAll(url, provider, seed);
    const tSeed = performance.now();
    console.log(
      `${provider}: seeded ${seed.users.length} students, ${seed.items.length} items, ${seed.cards.length} cards, ${seed.logs.length} reviews (generate ${((tGen - t0) / 1000).toFixed(1)} s, insert ${((tSeed - tGen) / 1000).toFixed(1)} s)`,
    );
    const { db } = await import("@/lib/server/db");
    const { getProgress, getStudyProgress } = await import("@/lib/server/progress");
    const { getReviewQueue, rateCard } = await import("@/lib/server/review");
    const actor = { id: heavyId, email: "bench0@example.test", name: "Bench 0", role: "student" as const };
    if (toolEnv().BENCH_PROFILE) {
      const studied = { cards: { some: { userId: heavyId } } };
      const parts: [string, () => Promise<unknown>][] = [
        ["attempts", () => getProgress(actor)],
        [
          "dayStats",
          () => db().userDayStat.findMany({ where: { userId: heavyId, day: { gt: dayNumber(NOW) - 400 } } }),
        ],
        [
          "cards",
          () =>
            db().cardState.findMany({
              where: { userId: heavyId },
              select: {
                itemId: true,
                due: true,
                stability: true,
                state: true,
                lastReview: true,
                lapses: true,
                reps: true,
              },
            }),
        ],
        ["decks", () => db().deck.findMany({ where: { items: { some: studied } }, select: { id: true } })],
        [
          "items",
          () => db().item.findMany({ where: studied, select: { id: true, deckId: true, kind: true, status: true } }),
        ],
        [
          "firstCites",
          () =>
            db().itemCitation.findMany({
              where: { position: 0, item: studied },
              select: { itemId: true, documentId: true },
            }),
        ],
        [
          "kindCounts",
          () =>
            db().item.groupBy({
              by: ["kind"],
              where: { deckId: { in: [deckId] }, status: "active" },
              _count: { _all: true },
            }),
        ],
        [
          "docCounts",
          () =>
            db().itemCitation.groupBy({
              by: ["documentId"],
              where: { position: 0, item: { deckId: { in: [deckId] }, status: "active" } },
              _count: { _all: true },
            }),
        ],
        ["whole", () => getStudyProgress(actor, NOW)],
      ];
      for (const [name, f] of parts) {
        const r = await timeIt(10, 2, f);
        console.log(`  ${name.padEnd(12)} p50 ${r.p50.toFixed(1)} p95 ${r.p95.toFixed(1)}`);
      }
    }
    const progress = await timeIt(30, 3, () => Promise.all([getProgress(actor), getStudyProgress(actor, NOW)]));
    const next = await timeIt(100, 5, (i) => getReviewQueue(actor, i % 2 ? { deckId } : {}, NOW));
    // Ratings on the cards due now, each the next card of the session.
    const due = await db().cardState.findMany({
      where: { userId: heavyId, due: { lte: NOW } },
      orderBy: { due: "asc" },
      take: 120,
      select: { itemId: true },
    });
    let k = 0;
    const rate = await timeIt(100, 5, () =>
      rateCard(actor, { itemId: due[k++]!.itemId, rating: 3, clientKey: randomUUID(), durationMs: 2500 }, NOW),
    );
    const sp = await getStudyProgress(actor, NOW);
    console.log(
      `${provider}: heavy student: ${sp.totals.cards} cards, ${sp.totals.reviews} reviews in the last 365 days, ${sp.totals.dueNow} due now, streak ${sp.streak.current}`,
    );
    const line = (name: string, r: { p50: number; p95: number; max: number }, target: number) => {
      const ok = r.p95 < target;
      console.log(
        `${provider}: ${name.padEnd(22)} p50 ${r.p50.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms   max ${r.max.toFixed(1).padStart(6)} ms   target p95 < ${target} ms  ${ok ? "OK" : "MISSED"}`,
      );
      return ok;
    };
    console.log(
      `${provider}: load average during the run ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(" ")} on ${os.cpus().length} cores (other work on the machine shows in p95)`,
    );
    const ok = [
      line("progress page data", progress, TARGET.progress),
      line("next card", next, TARGET.next),
      line("submit a rating", rate, TARGET.rate),
    ].every(Boolean);
    await db().$disconnect();
    return ok;
  } finally {
    await drop();
  }
}

const which = process.argv[2];
if (which === "sqlite" || which === "postgres") {
  const ok = await runOne(which);
  process.exit(ok ? 0 : 1);
} else {
  // One process per database: the configuration (DATABASE_URL) is read once per process.
  let failed = false;
  for (const p of ["sqlite", "postgres"]) {
    const r = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, p], { stdio: "inherit" });
    if (r.status !== 0) failed = true;
  }
  process.exit(failed ? 1 : 0);
}
