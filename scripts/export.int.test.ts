import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { readApkg } from "@/lib/interop/apkg-reader";
import { makeClassDeck } from "@/lib/server/testing/class-fixtures";
import { sampleFiles } from "@/lib/server/testing/fixtures";
import { db } from "@/lib/server/db";
import { runExport } from "./export";
import { runImportDeck } from "./import-deck";

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "citedeck-export-"));

describe("npm run export", () => {
  it("the CLI contract: document files in, one file out, nothing on stdout", () => {
    const out = path.join(tmp(), "deck.gift.txt");
    const r = spawnSync("npm", ["run", "-s", "export", "--", "--format", "gift", "--out", out, sampleFiles()[0]!], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^wrote .*deck\.gift\.txt: \d+ items of “.+” as gift\n$/);
    const questions = parse(readFileSync(out, "utf8")).filter((q) => q.type !== "Category");
    expect(questions.length).toBe(Number(/: (\d+) items/.exec(r.stderr)![1]));
    // The same deck `npm run deck` builds from the same file, item for item.
    const deck = spawnSync("npm", ["run", "-s", "deck", "--", "--json", sampleFiles()[0]!], { encoding: "utf8" });
    const prompts = (JSON.parse(deck.stdout) as { items: { prompt: string }[] }).items.map((i) => i.prompt);
    expect(questions.map((q) => ("stem" in q ? q.stem.text : ""))).toEqual(prompts);
  });

  it("exports a deck from the database by its id, and says why when it cannot", async () => {
    const { deckId } = await makeClassDeck("CLI deck");
    const out = path.join(tmp(), "deck.apkg");
    const lines: string[] = [];
    expect(await runExport(["--format", "apkg", "--out", out, deckId], (l) => lines.push(l))).toBe(0);
    expect(lines).toEqual([`wrote ${out}: 5 items of “CLI deck” as apkg`]);
    const bank = await readApkg(readFileSync(out));
    expect(bank.items.map((i) => i.answer)).toEqual(["1903", "Paris", "100", "Tokyo", "Nepal and China"]);
    expect(await runExport(["--format", "apkg", "--out", out, "--approved", deckId], (l) => lines.push(l))).toBe(1);
    expect(lines.at(-1)).toMatch(/^export failed: This deck has no approved items yet/);
    expect(await runExport(["--format", "pdf", "--out", out, deckId], (l) => lines.push(l))).toBe(2);
  });
});

describe("npm run import:deck", () => {
  it("imports a bank into a new deck, cites what the library proves, and refuses the same file twice", async () => {
    await makeClassDeck("Library for import");
    const file = path.join(tmp(), "facts.gift");
    writeFileSync(
      file,
      "In which city does the Eiffel Tower stand?{=Paris ~Lyon}\n\nWho painted the Mona Lisa?{=Leonardo da Vinci}\n",
    );
    const lines: string[] = [];
    expect(await runImportDeck([file], (l) => lines.push(l))).toBe(0);
    expect(lines[0]).toMatch(/^imported 2 items into the deck “facts” \(\w+\): 1 cited from the library, 1 uncited$/);
    expect(await runImportDeck([file], (l) => lines.push(l))).toBe(1);
    expect(lines.at(-1)).toMatch(/^refused .*facts\.gift: “facts.gift” was already imported/);
    expect(await db().deck.count({ where: { title: "facts" } })).toBe(1);
  });
});
