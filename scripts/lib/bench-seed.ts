// Seed data for the benchmarks: one deck of 2,500 cited items over 20 documents, students
// with a year of review history made by the real scheduler, and students with a month each.
// Written straight into a migrated database (better-sqlite3 or pg), far faster than the app.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import type { TestProvider } from "@/lib/server/testing/test-db";
import { newCard, review, dayNumber, reviewLogRow, type SchedCard } from "@/lib/scheduling";

export const ITEMS = 2500;
const DAY = 86_400_000;

export interface SeedOptions {
  /** the end of the history (the bench's "now") */
  now: Date;
  /** students with a year of history, and the cards and reviews each has */
  heavy: { users: number; cards: number; reviews: number; days: number };
  /** students with a month of history */
  light: { users: number; cards: number; reviews: number; days: number };
  /** one password hash for every seeded account (so the benches can sign in) */
  passwordHash?: string;
  /** unfinished quizzes on the deck for each student with a year of history */
  quizzes?: { attempts: number; questions: number };
}

export function prng(seed: number) {
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
export interface Seed {
  users: Row[];
  documents: Row[];
  decks: Row[];
  deckDocs: Row[];
  items: Row[];
  citations: Row[];
  cards: Row[];
  logs: Row[];
  stats: Row[];
  attempts: Row[];
  questions: Row[];
}
export interface Seeded {
  seed: Seed;
  heavy: { id: string; email: string; name: string }[];
  deckId: string;
}

/** Review histories made by the real scheduler: each card reviewed at random times over the span. */
function history(
  rand: () => number,
  now: Date,
  userId: string,
  itemIds: string[],
  reviews: number,
  days: number,
  out: Seed,
) {
  const perCard = Math.max(1, Math.floor(reviews / itemIds.length));
  const stats = new Map<number, Row>();
  for (const itemId of itemIds) {
    const cardId = randomUUID();
    const start = now.getTime() - days * DAY + rand() * days * DAY * 0.3;
    const times = Array.from({ length: perCard }, () => start + rand() * (now.getTime() - start - 3_600_000)).sort(
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
        ...reviewLogRow(l, { userId, itemId, cardId }, { durationMs: 3000, source: "review", clientKey: null }),
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

const TYPES = ["flashcard", "mcq", "truefalse", "cloze"];
const KINDS = ["person", "date", "number", "place", "org", "term"];
const sentence = (d: number, i: number) =>
  `In document ${d}, fact number ${i} was recorded by the archive in the year ${1800 + (i % 200)}.`;

/** The item of position i: multiple choice and true/false items can be quizzed on. */
function item(i: number, deckId: string): Row {
  const d = i % 20,
    local = Math.floor(i / 20),
    year = 1800 + (local % 200),
    type = TYPES[i % 4]!;
  const base = {
    id: randomUUID(),
    deckId,
    position: i,
    type,
    kind: KINDS[i % KINDS.length]!,
    optionCitations: "{}",
    score: 0,
    status: "active",
    genKey: `b${i}`,
  };
  if (type === "mcq")
    return {
      ...base,
      prompt: `When was fact ${local} of document ${d} recorded?`,
      answer: String(year),
      options: JSON.stringify([year, year + 7, year - 13, year + 21].map(String)),
    };
  if (type === "truefalse")
    return {
      ...base,
      prompt: `Fact ${local} of document ${d} was recorded in ${year + (i % 8 === 2 ? 0 : 3)}.`,
      answer: i % 8 === 2 ? "True" : "False",
      options: JSON.stringify(["True", "False"]),
    };
  return { ...base, prompt: `When was fact ${local} of document ${d} recorded?`, answer: String(year), options: "[]" };
}

/** Unfinished quizzes, as startQuiz makes them: questions snapshot the item they show. */
function quizzes(
  userId: string,
  deckId: string,
  items: Row[],
  q: { attempts: number; questions: number },
  now: Date,
  out: Seed,
) {
  const quizzable = items.filter((i) => i.type === "mcq" || i.type === "truefalse");
  for (let a = 0; a < q.attempts; a++) {
    const attemptId = randomUUID();
    out.attempts.push({
      id: attemptId,
      userId,
      deckId,
      status: "in_progress",
      questionCount: q.questions,
      correctCount: 0,
      startedAt: new Date(now.getTime() - (a + 1) * 60_000),
    });
    for (let p = 0; p < q.questions; p++) {
      const it = quizzable[(a * q.questions + p) % quizzable.length]!;
      out.questions.push({
        id: randomUUID(),
        attemptId,
        itemId: it.id as string,
        position: p,
        options: it.options as string,
        itemVersion: 1,
        prompt: it.prompt as string,
        answer: it.answer as string,
      });
    }
  }
}

export function makeSeed(o: SeedOptions): Seeded {
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
    attempts: [],
    questions: [],
  };
  const user = (i: number) => ({
    id: randomUUID(),
    email: `bench${i}@example.test`,
    name: `Bench ${i}`,
    passwordHash: o.passwordHash ?? "x",
    role: "student",
    retention: 0.9,
    dailyNewLimit: 20,
    createdAt: new Date(o.now.getTime() - 400 * DAY),
  });
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
      starter: true,
      createdAt: o.now,
    });
  }
  // A starter deck: every account may open it.
  const deckId = randomUUID();
  s.decks.push({
    id: deckId,
    title: "Bench deck",
    description: "",
    seed: 1,
    createdById: null,
    createdAt: o.now,
    warnings: "[]",
    starter: true,
  });
  for (const doc of s.documents) s.deckDocs.push({ deckId, documentId: doc.id as string });
  for (let i = 0; i < ITEMS; i++) {
    const d = i % 20,
      local = Math.floor(i / 20);
    const doc = s.documents[d]!;
    const start = (doc.text as string).indexOf(sentence(d, local));
    const it = item(i, deckId);
    s.items.push(it);
    s.citations.push({
      id: randomUUID(),
      itemId: it.id as string,
      documentId: doc.id as string,
      position: 0,
      start,
      end: start + sentence(d, local).length,
    });
  }
  const itemIds = s.items.map((i) => i.id as string);
  const heavy: Seeded["heavy"] = [];
  for (let u = 0; u < o.heavy.users; u++) {
    const hu = user(u);
    s.users.push(hu);
    heavy.push({ id: hu.id, email: hu.email, name: hu.name });
    const offset = Math.floor(rand() * (ITEMS - o.heavy.cards));
    history(rand, o.now, hu.id, itemIds.slice(offset, offset + o.heavy.cards), o.heavy.reviews, o.heavy.days, s);
    if (o.quizzes) quizzes(hu.id, deckId, s.items, o.quizzes, o.now, s);
  }
  for (let u = 0; u < o.light.users; u++) {
    const lu = user(o.heavy.users + u);
    s.users.push(lu);
    const offset = Math.floor(rand() * (ITEMS - o.light.cards));
    history(rand, o.now, lu.id, itemIds.slice(offset, offset + o.light.cards), o.light.reviews, o.light.days, s);
  }
  return { seed: s, heavy, deckId };
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
  ["attempts", "Attempt"],
  ["questions", "AttemptQuestion"],
];

export async function insertAll(url: string, provider: TestProvider, seed: Seed) {
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
