// First start: migrate the database, import the sample documents into the read-only starter
// collection every account sees, build a starter deck per document and one for the whole set,
// create the demo accounts. Safe to run again: it adds only what is missing.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getEnv, toolEnv } from "@/lib/server/env";
import { migrate } from "@/lib/server/migrate";
import { db } from "@/lib/server/db";
import { buildDeck } from "@/lib/server/decks";
import { createAccount } from "@/lib/server/accounts";
import { importPaths } from "./import";

export const DEMO = { email: "demo@citedeck.local", password: "citedeck-demo", name: "Demo Student" };
export const DEMO_INSTRUCTOR = {
  email: "instructor@citedeck.local",
  password: "citedeck-demo",
  name: "Demo Instructor",
};

function ensureSecret() {
  const file = path.resolve(".env.local");
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  if (/^NEXTAUTH_SECRET=/m.test(current) || toolEnv().NEXTAUTH_SECRET) return;
  writeFileSync(
    file,
    `${current}${current && !current.endsWith("\n") ? "\n" : ""}NEXTAUTH_SECRET=${randomBytes(32).toString("hex")}\n`,
  );
  console.log("setup: wrote a new NEXTAUTH_SECRET to .env.local");
}

async function main() {
  const t0 = Date.now();
  const env = getEnv();
  ensureSecret();
  const applied = await migrate(env.DATABASE_URL);
  console.log(
    `setup: database ${env.DATABASE_URL.replace(/:[^:@/]*@/, ":***@")} ${applied.length ? `migrated (${applied.join(", ")})` : "up to date"}`,
  );

  const samples = env.CITEDECK_SAMPLES ?? "../shared/sources";
  if (existsSync(samples)) {
    const c = await importPaths([samples], (l) => console.log(`  ${l}`));
    console.log(`setup: samples from ${samples}: ${c.added} added, ${c.duplicate} already there, ${c.refused} refused`);
    const docs = await db().document.findMany({
      where: { starter: true },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true },
    });
    const existing = new Set(
      (await db().deck.findMany({ where: { starter: true, deletedAt: null }, select: { title: true } })).map(
        (d) => d.title,
      ),
    );
    for (const d of docs) {
      if (existing.has(d.title)) continue;
      const deck = await buildDeck({ documentIds: [d.id], title: d.title }, "starter");
      console.log(`  deck “${deck.title}”: ${deck.itemCount} items`);
    }
    const all = "All sample documents";
    if (docs.length > 1 && !existing.has(all)) {
      const deck = await buildDeck({ documentIds: docs.map((d) => d.id), title: all }, "starter");
      console.log(`  deck “${deck.title}”: ${deck.itemCount} items`);
    }
  } else {
    console.log(`setup: no sample folder at ${samples}; the library starts empty (add documents on the Library page)`);
  }

  if (!(await db().user.findUnique({ where: { email: DEMO.email } }))) await createAccount(DEMO);
  if (!(await db().user.findUnique({ where: { email: DEMO_INSTRUCTOR.email } })))
    await createAccount(DEMO_INSTRUCTOR, { role: "instructor" });
  console.log(`setup: demo student: ${DEMO.email} / ${DEMO.password}`);
  console.log(`setup: demo instructor: ${DEMO_INSTRUCTOR.email} / ${DEMO_INSTRUCTOR.password}`);
  console.log(`setup: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  process.exit(0);
}
void main();
