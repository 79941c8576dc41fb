import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { generateDeck } from "./index";
import type { GenerateProfile } from "./types";

const TEXT = `Kazakhstan in turmoil

On Jan. 11, President Kassym-Jomart Tokayev announced a deadline for the departure of the roughly 2,500 foreign troops he had invited into the country. Tokayev had asked the Collective Security Treaty Organization (CSTO), a Russia-led security alliance, for assistance. In December 1991, Kazakhstan declared its independence from the Soviet Union. The country shares a land border of 7,500 kilometers with Russia.`;
const docs = [{ id: "k", title: "Kazakhstan in turmoil", text: TEXT }];

function recorder(extra: Partial<GenerateProfile> = {}): { profile: GenerateProfile; lines: string[] } {
  const lines: string[] = [];
  return { profile: { write: (l) => void lines.push(l), ...extra }, lines };
}

describe("profiling is an option, not the environment", () => {
  it("writes the CPU time of each phase to the given profile, and the deck is the same as without it", () => {
    let t = 0;
    let collected = 0;
    const { profile, lines } = recorder({ cpuMs: () => (t += 5), gc: () => void collected++ });
    const profiled = generateDeck(docs, { seed: 3, profile });
    expect(profiled).toEqual(generateDeck(docs, { seed: 3 }));
    const phases = lines.filter((l) => /^\[profile\] \S/.test(l)).map((l) => l.replace(/[:(].*/s, "").trim());
    expect(phases).toEqual([
      "[profile] read + extract",
      "[profile] registry",
      "[profile] retype + merge + rank",
      "[profile] concepts",
      "[profile] build items",
      "[profile] true/false",
    ]);
    expect(lines.some((l) => /^\[profile\] {3}segment \d+ ms, wink \d+ ms/.test(l))).toBe(true);
    expect(collected).toBe(6);
  });

  it("traces every ranked fact when asked, and nothing without a clock or the trace flag", () => {
    const traced = recorder({ traceFacts: true });
    generateDeck(docs, { seed: 3, profile: traced.profile });
    expect(traced.lines.some((l) => /^FACT \d+\.\d\d person \[Tokayev\]/.test(l))).toBe(true);
    const quiet = recorder();
    generateDeck(docs, { seed: 3, profile: quiet.profile });
    expect(quiet.lines).toEqual([]);
  });

  it("no module of the engine reads process.env", () => {
    const files: string[] = [];
    (function walk(dir: string) {
      for (const f of fs.readdirSync(dir)) {
        const p = path.join(dir, f);
        if (fs.statSync(p).isDirectory()) walk(p);
        else if (p.endsWith(".ts") && !p.endsWith(".test.ts")) files.push(p);
      }
    })(import.meta.dirname);
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((f) => fs.readFileSync(f, "utf8").includes("process.env"))).toEqual([]);
  });
});
