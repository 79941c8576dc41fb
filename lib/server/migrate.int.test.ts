// An existing database upgraded by the ownership migration (docs/decisions/040) keeps every row:
// on SQLite, Prisma rebuilds Document, Deck and ItemCitation, which with foreign keys on would
// have cascaded and emptied the tables that reference them. The samples (no owner) become the
// starter collection; what a person added stays theirs, now private.
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { migrate, sqliteFile } from "./migrate";
import { toolEnv } from "./env";
import { createTestDatabase } from "./testing/test-db";

const provider = toolEnv().TEST_DB;
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const d of drops) await d();
});

/** Runs SQL statements against the test database, whichever provider it is. */
async function sql(url: string, statements: string[], query?: string): Promise<Record<string, unknown>[]> {
  if (provider === "sqlite") {
    const c = new Database(sqliteFile(url));
    try {
      for (const s of statements) c.exec(s);
      return query ? (c.prepare(query).all() as Record<string, unknown>[]) : [];
    } finally {
      c.close();
    }
  }
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    for (const s of statements) await c.query(s);
    return query ? (await c.query<Record<string, unknown>>(query)).rows : [];
  } finally {
    await c.end();
  }
}

it("keeps every row through the ownership migration and marks the samples as the starter collection", async () => {
  const { url, drop } = await createTestDatabase(provider, { before: "ownership_and_sharing" });
  drops.push(drop);
  const now = provider === "sqlite" ? "'2026-01-01T00:00:00.000Z'" : "'2026-01-01T00:00:00Z'";
  await sql(url, [
    `INSERT INTO "User" ("id","email","name","passwordHash","role","createdAt") VALUES ('u1','a@x.test','Ann','h','student',${now})`,
    `INSERT INTO "Document" ("id","title","text","format","contentHash","wordCount","addedById","createdAt") VALUES ('d1','Sample','Alpha beta. Gamma delta.','txt','h1',4,NULL,${now}), ('d2','Ann notes','Epsilon zeta.','txt','h2',2,'u1',${now})`,
    `INSERT INTO "Sentence" ("id","documentId","idx","start","end") VALUES ('s1','d1',0,0,11), ('s2','d1',1,12,24)`,
    `INSERT INTO "Deck" ("id","title","createdById","createdAt") VALUES ('k1','Sample deck',NULL,${now}), ('k2','Ann deck','u1',${now})`,
    `INSERT INTO "DeckDocument" ("deckId","documentId") VALUES ('k1','d1'), ('k2','d2')`,
    `INSERT INTO "Item" ("id","deckId","position","type","kind","prompt","answer","genKey") VALUES ('i1','k1',0,'flashcard','other','Alpha?','beta','g1'), ('i2','k2',0,'flashcard','other','Epsilon?','zeta','g2')`,
    `INSERT INTO "ItemCitation" ("id","itemId","documentId","position","start","end") VALUES ('c1','i1','d1',0,0,11), ('c2','i2','d2',0,0,13)`,
    `INSERT INTO "Attempt" ("id","userId","deckId","questionCount","startedAt") VALUES ('a1','u1','k1',1,${now})`,
    `INSERT INTO "AttemptQuestion" ("id","attemptId","itemId","position","options") VALUES ('q1','a1','i1',0,'[]')`,
  ]);
  expect(await migrate(url)).toContain(
    (await import("node:fs"))
      .readdirSync(`prisma/${provider}/migrations`)
      .find((d) => d.endsWith("_ownership_and_sharing")),
  );
  const count = async (table: string) => Number((await sql(url, [], `SELECT COUNT(*) AS n FROM "${table}"`))[0]!.n);
  for (const [table, n] of [
    ["Document", 2],
    ["Sentence", 2],
    ["Deck", 2],
    ["DeckDocument", 2],
    ["Item", 2],
    ["ItemCitation", 2],
    ["Attempt", 1],
    ["AttemptQuestion", 1],
  ] as const)
    expect(await count(table), table).toBe(n);
  const flag = (v: unknown) => v === true || v === 1 || v === 1n;
  const docs = await sql(url, [], `SELECT "id", "starter" FROM "Document" ORDER BY "id"`);
  expect(docs.map((d) => [d.id, flag(d.starter)])).toEqual([
    ["d1", true],
    ["d2", false],
  ]);
  const decks = await sql(url, [], `SELECT "id", "starter" FROM "Deck" ORDER BY "id"`);
  expect(decks.map((d) => [d.id, flag(d.starter)])).toEqual([
    ["k1", true],
    ["k2", false],
  ]);
});
