// Progress and review speed: seeds one student with a year of history (2,000 cards, 100,000
// reviews) and 500 students with a month each, then times, in this process, the progress page
// data, the next-card query and a rating. Runs on a fresh temporary SQLite file and a fresh
// PostgreSQL database (TEST_PG_URL, default postgresql://postgres@127.0.0.1:5432/postgres).
//   npm run bench:progress [-- sqlite|postgres]
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import pg from "pg";
import { createTestDatabase, type TestProvider } from "@/lib/server/testing/test-db";
import { setDatabaseUrl, toolEnv } from "@/lib/server/env";
import { newCard, review, dayNumber, type SchedCard } from "@/lib/scheduling";

const TARGET = { progress: 100, next: 20, rate: 20 };
const HEAVY = { cards: 2000, reviews: 100_000, days: 365 };
const LIGHT = { users: 500, cards: 40, reviews: 150, days: 30 };
const ITEMS = 2500;
const NOW = new Date("2026-11-20T12:00:00Z");
const DAY = 86_400_000;

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Row = Record<string, string | number | boolean | null | Date>;
interface Seed {
  users: Row[];
  documents: Row[];
  decks: Row[];
  deckDocs: Row[];
  items: Row[];
  citations: Row[];
  cards: Row[];
  logs: Row[];
  stats: Row[];
}

/** Review histories made by the real scheduler: each card reviewed at random times over the span. */
function history(rand: () => number, userId: string, itemIds: string[], reviews: number, days: number, out: Seed) {
  const perCard = Math.max(1, Math.floor(reviews / itemIds.length));
  const stats = new Map<number, Row>();
  for (const itemId of itemIds) {
    const cardId = randomUUID();
    const start = NOW.getTime() - days * DAY + rand() * days * DAY * 0.3;
    const times = Array.from({ length: perCard }, () => start + rand() * (NOW.getTime() - start - 3_600_000)).sort(
      (a, b) => a - b,
    );
    let card: SchedCard = newCard(new Date(start));
    for (const [i, t] of times.entries()) {
      const r = rand();
      const rating = r < 0.12 ? 1 : r < 0.2 ? 2 : r < 0.93 ? 3 : 4;
      const res = review(card, rating, new Date(t), { retention: 0.9 });
      const l = res.log;
      out.logs.push({
        id: randomUUID(),
        userId,
        itemId,
        cardId,
        rating,
        state: l.state,
        due: l.due,
        stability: l.stability,
        difficulty: l.difficulty,
        elapsedDays: l.elapsedDays,
        lastElapsedDays: l.lastElapsedDays,
        scheduledDays: l.scheduledDays,
        learningSteps: l.learningSteps,
        review: l.review,
        durationMs: 3000,
        source: "review",
        clientKey: null,
      });
      const day = dayNumber(l.review);
      const s = stats.get(day) ?? { userId, day, reviews: 0, passed: 0, newCards: 0, quiz: 0, durationMs: 0 };
      s.reviews = (s.reviews as number) + 1;
      s.passed = (s.passed as number) + (rating > 1 ? 1 : 0);
      s.newCards = (s.newCards as number) + (i === 0 ? 1 : 0);
      s.durationMs = (s.durationMs as number) + 3000;
      stats.set(day, s);
      card = res.card;
    }
    out.cards.push({
      id: cardId,
      userId,
      itemId,
      due: card.due,
      stability: card.stability,
      difficulty: card.difficulty,
      elapsedDays: card.elapsedDays,
      scheduledDays: card.scheduledDays,
      learningSteps: card.learningSteps,
      reps: card.reps,
      lapses: card.lapses,
      state: card.state,
      lastReview: card.lastReview,
    });
  }
  out.stats.push(...stats.values());
}

function makeSeed(): { seed: Seed; heavyId: string; deckId: string } {
  const rand = prng(42);
  const s: Seed = {
    users: [],
    documents: [],
    decks: [],
    deckDocs: [],
    items: [],
    citations: [],
    cards: [],
    logs: [],
    stats: [],
  };
  const user = (i: number) => ({
    id: randomUUID(),
    email: `bench${i}@example.test`,
    name: `Bench ${i}`,
    passwordHash: "x",
    role: "student",
    retention: 0.9,
    dailyNewLimit: 20,
    createdAt: new Date(NOW.getTime() - 400 * DAY),
  });
  const heavy = user(0);
  s.users.push(heavy);
  const sentence = (d: number, i: number) =>
    `In document ${d}, fact number ${i} was recorded by the archive in the year ${1800 + (i % 200)}.`;
  const perDoc = ITEMS / 20;
  for (let d = 0; d < 20; d++) {
    const text = Array.from({ length: perDoc }, (_, i) => sentence(d, i)).join(" ");
    s.documents.push({
      id: randomUUID(),
      title: `Bench document ${d}`,
      text,
      format: "txt",
      contentHash: `bench-${d}-${randomUUID()}`,
      wordCount: perDoc * 15,
      addedById: null,
      createdAt: NOW,
    });
  }
  const deckId = randomUUID();
  s.decks.push({
    id: deckId,
    title: "Bench deck",
    description: "",
    seed: 1,
    createdById: null,
    createdAt: NOW,
    warnings: "[]",
  });
  for (const doc of s.documents) s.deckDocs.push({ deckId, documentId: doc.id as string });
  const kinds = ["person", "date", "number", "place", "org", "term"];
  const types = ["flashcard", "mcq", "truefalse", "cloze"];
  for (let i = 0; i < ITEMS; i++) {
    const d = i % 20,
      local = Math.floor(i / 20);
    const doc = s.documents[d]!;
    const start = (doc.text as string).indexOf(sentence(d, local));
    const id = randomUUID();
    s.items.push({
      id,
      deckId,
      position: i,
      type: types[i % 4]!,
      kind: kinds[i % kinds.length]!,
      prompt: `When was fact ${local} of document ${d} recorded?`,
      answer: String(1800 + (local % 200)),
      options: "[]",
      optionCitations: "{}",
      score: 0,
      status: "active",
      genKey: `b${i}`,
    });
    s.citations.push({
      id: randomUUID(),
      itemId: id,
      documentId: doc.id as string,
      position: 0,
      start,
      end: start + sentence(d, local).length,
    });
  }
  const itemIds = s.items.map((i) => i.id as string);
  history(rand, heavy.id, itemIds.slice(0, HEAVY.cards), HEAVY.reviews, HEAVY.days, s);
  for (let u = 1; u <= LIGHT.users; u++) {
    const lu = user(u);
    s.users.push(lu);
    const offset = Math.floor(rand() * (ITEMS - LIGHT.cards));
    history(rand, lu.id, itemIds.slice(offset, offset + LIGHT.cards), LIGHT.reviews, LIGHT.days, s);
  }
  return { seed: s, heavyId: heavy.id, deckId };
}

const TABLES: [keyof Seed, string][] = [
  ["users", "User"],
  ["documents", "Document"],
  ["decks", "Deck"],
  ["deckDocs", "DeckDocument"],
  ["items", "Item"],
  ["citations", "ItemCitation"],
  ["cards", "CardState"],
  ["logs", "ReviewLog"],
  ["stats", "UserDayStat"],
];

async function insertAll(url: string, provider: TestProvider, seed: Seed) {
  if (provider === "sqlite") {
    const conn = new Database(url.replace(/^file:/, ""));
    conn.pragma("journal_mode = WAL");
    // Prisma's SQLite adapter stores DateTime as ISO text with +00:00.
    const val = (v: Row[string]) =>
      v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? (v ? 1 : 0) : v;
    conn.transaction(() => {
      for (const [key, table] of TABLES) {
        const rows = seed[key];
        if (!rows.length) continue;
        const cols = Object.keys(rows[0]!);
        const stmt = conn.prepare(
          `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(",")}) VALUES (${cols.map(() => "?").join(",")})`,
        );
        for (const r of rows) stmt.run(...cols.map((c) => val(r[c]!)));
      }
    })();
    conn.exec("ANALYZE");
    conn.close();
    return;
  }
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query("BEGIN");
  for (const [key, table] of TABLES) {
    const rows = seed[key];
    if (!rows.length) continue;
    const cols = Object.keys(rows[0]!);
    const batch = Math.floor(30000 / cols.length);
    for (let i = 0; i < rows.length; i += batch) {
      const part = rows.slice(i, i + batch);
      const params: unknown[] = [];
      const tuples = part.map(
        (r) =>
          `(${cols
            .map((col) => {
              params.push(r[col]);
              return `$${params.length}`;
            })
            .join(",")})`,
      );
      await c.query(
        `INSERT INTO "${table}" (${cols.map((x) => `"${x}"`).join(",")}) VALUES ${tuples.join(",")}`,
        params,
      );
    }
  }
  await c.query("COMMIT");
  await c.query("ANALYZE");
  await c.end();
}

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
    const { seed, heavyId, deckId } = makeSeed();
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
