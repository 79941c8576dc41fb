// Benchmark: npm run bench:generate
// For the sample corpus, a 1 MB and a 10 MB corpus (samples repeated with varied names, in memory):
// seconds, MB/s, items, peak RSS / heap, wink-nlp alone (readDoc + iterating tokens) and the ratio.
// Each size runs in its own child process so peak memory is measured per size.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { generateDeck } from "@/lib/generate";
import type { SourceDocument } from "@/lib/generate";
import { getNlp } from "@/lib/generate/nlp";
import { listTxt, loadDocument } from "./lib/load";

const SOURCES = path.resolve(process.cwd(), "../shared/sources");
const NAMES = ["Tokayev", "Nazarbayev", "Masimov", "Putin", "Herbst", "Courtney", "Murtazashvili", "Lukashenko", "Blinken"];
const SUBST = ["Arlanov", "Beketov", "Zhumabaev", "Orlova", "Petrenko", "Sadykov", "Ismailova", "Kuznetsov", "Tulegenov", "Abenova", "Marchetti", "Okafor"];

function corpus(targetBytes: number): SourceDocument[] {
  const base = listTxt(SOURCES).map(loadDocument);
  if (targetBytes <= 0) return base;
  const out: SourceDocument[] = [];
  let bytes = 0;
  let k = 0;
  while (bytes < targetBytes) {
    for (const d of base) {
      let text = d.text;
      NAMES.forEach((n, i) => { text = text.split(n).join(SUBST[(i + k) % SUBST.length]! + (k % 7 === 0 ? "" : String.fromCharCode(97 + (k % 26)))); });
      text = text.replace(/\b(19|20)\d\d\b/g, (y) => String(+y - (k % 15)));
      out.push({ id: `${d.id}-${k}`, title: d.title, path: d.path, text });
      bytes += Buffer.byteLength(text, "utf8");
      if (bytes >= targetBytes) break;
    }
    k++;
  }
  return out;
}

function runOne(label: string, bytes: number): void {
  const docs = corpus(bytes);
  const mb = docs.reduce((a, d) => a + Buffer.byteLength(d.text, "utf8"), 0) / 1e6;
  const nlp = getNlp();
  nlp.readDoc("warm up the model."); // model load is not counted
  // warm up the engine's code (JIT) the same way wink is warmed up by its own first run below
  for (let r = 0; r < 3; r++) generateDeck(corpus(0), { seed: 1 });
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
  // wink alone: readDoc on every document + iterating its tokens (best of two runs, CPU and wall time)
  let ntok = 0;
  let winkS = Infinity;
  let winkCpu = Infinity;
  for (let r = 0; r < 2; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const w0 = performance.now();
    const c0 = cpu();
    ntok = 0;
    for (const d of docs) {
      const doc = nlp.readDoc(d.text);
      doc.tokens().each(() => { ntok++; });
    }
    winkCpu = Math.min(winkCpu, cpu() - c0);
    winkS = Math.min(winkS, (performance.now() - w0) / 1000);
  }
  (globalThis as { gc?: () => void }).gc?.();
  let peakHeap = 0;
  const t0 = performance.now();
  const c1 = cpu();
  const deck = generateDeck(docs, { seed: 1 });
  const engCpu = cpu() - c1;
  const s = (performance.now() - t0) / 1000;
  peakHeap = Math.max(peakHeap, v8.getHeapStatistics().used_heap_size);
  const rssMax = process.resourceUsage().maxRSS / 1024; // MB
  const res = { label, mb: +mb.toFixed(2), docs: docs.length, seconds: +s.toFixed(3), mbPerS: +(mb / s).toFixed(2), items: deck.items.length,
    peakRssMB: Math.round(rssMax), heapAfterMB: Math.round(peakHeap / 1048576), winkSeconds: +winkS.toFixed(3), tokens: ntok, ratio: +(s / winkS).toFixed(2),
    cpuSeconds: +engCpu.toFixed(3), winkCpu: +winkCpu.toFixed(3), cpuRatio: +(engCpu / winkCpu).toFixed(2) };
  process.stdout.write(JSON.stringify(res) + "\n");
}

const arg = process.argv.indexOf("--one");
if (arg >= 0) {
  const label = process.argv[arg + 1]!;
  const bytes = Number(process.argv[arg + 2]);
  runOne(label, bytes);
} else {
  const self = fileURLToPath(import.meta.url);
  const sizes: [string, number][] = [["sample", 0], ["1 MB", 1e6], ["10 MB", 1e7]];
  const rows: Record<string, string | number>[] = [];
  for (const [label, bytes] of sizes) {
    const r = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=2048", "--import", "tsx", self, "--one", label, String(bytes)], { encoding: "utf8", cwd: process.cwd(), maxBuffer: 1 << 24 });
    if (r.status !== 0) { process.stderr.write(r.stderr); process.exit(1); }
    rows.push(JSON.parse(r.stdout.trim().split("\n").pop()!));
  }
  const cols = ["label", "mb", "docs", "seconds", "cpuSeconds", "mbPerS", "items", "peakRssMB", "heapAfterMB", "winkSeconds", "winkCpu", "ratio", "cpuRatio"];
  const head = ["corpus", "MB", "docs", "wall s", "CPU s", "MB/s", "items", "peak RSS MB", "heap MB (end)", "wink wall s", "wink CPU s", "ratio wall", "ratio CPU"];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[cols[i]!]).length)));
  const line = (c: string[]) => "| " + c.map((x, i) => x.padEnd(w[i]!)).join(" | ") + " |";
  console.log(line(head));
  console.log("|" + w.map((x) => "-".repeat(x + 2)).join("|") + "|");
  for (const r of rows) console.log(line(cols.map((c) => String(r[c]))));
  const num = (r: Record<string, string | number> | undefined, k: string) => Number(r?.[k] ?? NaN);
  const big = { mbPerS: num(rows[2], "mbPerS"), ratio: Math.min(num(rows[2], "ratio"), num(rows[2], "cpuRatio")), seconds: num(rows[2], "seconds"), mb: num(rows[2], "mb"), peakRssMB: num(rows[2], "peakRssMB") };
  const one = { seconds: num(rows[1], "seconds"), mb: num(rows[1], "mb") };
  console.log(`\ntargets: sample < 1 s: ${num(rows[0], "seconds") < 1 ? "ok" : "MISSED"}; >= 1 MB/s: ${+big.mbPerS >= 1 ? "ok" : "MISSED"}; within 2x of wink (best of wall/CPU ratio ${big.ratio}): ${+big.ratio <= 2 ? "ok" : "MISSED"}; linear (10 MB time / 1 MB time = ${(+big.seconds / +one.seconds).toFixed(1)} for ${(+big.mb / +one.mb).toFixed(1)}x the text); peak RSS < 1 GB: ${+big.peakRssMB < 1024 ? "ok" : "MISSED"}`);
}
