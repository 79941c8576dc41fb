// Benchmark: npm run bench:generate
// For the sample corpus, a 1 MB and a 10 MB corpus (samples repeated with varied names, in memory):
// median wall and CPU seconds over several alternating runs (and, beside them, a steady-state figure after five
// warm-up runs), MB/s, items, peak RSS, wink-nlp alone (readDoc + iterating
// tokens) on the same text and the engine/wink ratios, with the targets and PASS/FAIL. "wink alone" is wink-nlp out of
// the box; the stricter ratio against wink with only the annotations the engine uses (pos, ner) is printed too.
// Each size runs in its own child process so peak memory is measured per size.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { generateDeck } from "@/lib/generate";
import type { SourceDocument } from "@/lib/generate";
import { getNlp } from "@/lib/generate/read/nlp";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { listTxt, loadDocument } from "./lib/load";
import { profileFromEnv } from "./lib/profile";
import { loadWordNet } from "@/lib/lexicon/wordnet";

const lexicon = loadWordNet() ?? undefined;

const profile = profileFromEnv(); // CITEDECK_PROFILE / CITEDECK_DEBUG, as in npm run deck
const SOURCES = path.resolve(process.cwd(), "../shared/sources");
const NAMES = [
  "Tokayev",
  "Nazarbayev",
  "Masimov",
  "Putin",
  "Herbst",
  "Courtney",
  "Murtazashvili",
  "Lukashenko",
  "Blinken",
];
const SUBST = [
  "Arlanov",
  "Beketov",
  "Zhumabaev",
  "Orlova",
  "Petrenko",
  "Sadykov",
  "Ismailova",
  "Kuznetsov",
  "Tulegenov",
  "Abenova",
  "Marchetti",
  "Okafor",
];

function corpus(targetBytes: number): SourceDocument[] {
  const base = listTxt(SOURCES).map(loadDocument);
  if (targetBytes <= 0) return base;
  const out: SourceDocument[] = [];
  let bytes = 0;
  let k = 0;
  while (bytes < targetBytes) {
    for (const d of base) {
      let text = d.text;
      NAMES.forEach((n, i) => {
        text = text
          .split(n)
          .join(SUBST[(i + k) % SUBST.length]! + (k % 7 === 0 ? "" : String.fromCharCode(97 + (k % 26))));
      });
      text = text.replace(/\b(19|20)\d\d\b/g, (y) => String(+y - (k % 15)));
      out.push({ id: `${d.id}-${k}`, title: d.title, path: d.path, text });
      bytes += Buffer.byteLength(text, "utf8");
      if (bytes >= targetBytes) break;
    }
    k++;
  }
  return out;
}

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const median = (xs: number[]) => {
  const a = xs.slice().sort((x, y) => x - y);
  const m = a.length >> 1;
  return a.length % 2 ? a[m]! : (a[m - 1]! + a[m]!) / 2;
};
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/**
 * Steady state, printed beside the medians (which it does not replace): the runs after five warm-up runs of the
 * engine (the untimed one and the first four timed ones), where V8 has compiled what the engine runs; on 1 MB the
 * first timed runs still cost more than the later ones. Median engine CPU, MB per CPU-second and the CPU ratio to
 * wink alone over the same runs; "n/a" with fewer than five timed runs (10 MB: three).
 */
function steadyState(mb: number, engCpu: number[], winkCpu: number[]): Record<string, number | string> {
  if (engCpu.length < 5) return { steadyCpu: "n/a", steadyMbPerCpuS: "n/a", steadyCpuRatio: "n/a" };
  const c = median(engCpu.slice(4));
  return {
    steadyCpu: +c.toFixed(3),
    steadyMbPerCpuS: +(mb / c).toFixed(2),
    steadyCpuRatio: +(c / median(winkCpu.slice(4))).toFixed(2),
  };
}

function runOne(label: string, bytes: number, reps: number): void {
  const docs = corpus(bytes);
  const mb = docs.reduce((a, d) => a + Buffer.byteLength(d.text, "utf8"), 0) / 1e6;
  const nlp = getNlp(); // wink as the engine configures it: only the annotations it uses (pos, ner)
  const nlpDefault = winkNLP(model); // wink-nlp out of the box: every annotation of the model (sbd, negation, sentiment, pos, ner, cer)
  nlp.readDoc("warm up the model."); // model load is not counted
  nlpDefault.readDoc("warm up the model.");
  // warm-up, not timed: the engine on the sample corpus, then one run of each contestant on the measured text
  // (V8 compiles the code paths a large input takes on its first run; both sides get the same treatment; the
  // cold figure is printed apart)
  for (let r = 0; r < 3; r++) generateDeck(corpus(0), { lexicon, seed: 1, profile });
  let c0 = cpuNow();
  generateDeck(docs, { lexicon, seed: 1, profile });
  const coldCpu = cpuNow() - c0;
  for (const d of docs)
    nlpDefault
      .readDoc(d.text)
      .tokens()
      .each(() => {});
  for (const d of docs)
    nlp
      .readDoc(d.text)
      .tokens()
      .each(() => {});
  // alternate wink alone and the engine on the same text, `reps` times each; report medians.
  // wink alone = readDoc on every document + iterating its tokens (unchanged definition).
  const winkWall: number[] = [];
  const winkCpu: number[] = [];
  const pipeWall: number[] = [];
  const pipeCpu: number[] = [];
  const engWall: number[] = [];
  const engCpu: number[] = [];
  let ntok = 0;
  let items = 0;
  let peakHeap = 0;
  for (let r = 0; r < reps; r++) {
    gc();
    let w0 = performance.now();
    c0 = cpuNow();
    ntok = 0;
    for (const d of docs) {
      const doc = nlpDefault.readDoc(d.text);
      doc.tokens().each(() => {
        ntok++;
      });
    }
    winkCpu.push(cpuNow() - c0);
    winkWall.push((performance.now() - w0) / 1000);
    gc();
    w0 = performance.now();
    c0 = cpuNow();
    for (const d of docs)
      nlp
        .readDoc(d.text)
        .tokens()
        .each(() => {});
    pipeCpu.push(cpuNow() - c0);
    pipeWall.push((performance.now() - w0) / 1000);
    gc();
    w0 = performance.now();
    c0 = cpuNow();
    const deck = generateDeck(docs, { lexicon, seed: 1, profile });
    engCpu.push(cpuNow() - c0);
    engWall.push((performance.now() - w0) / 1000);
    items = deck.items.length;
    peakHeap = Math.max(peakHeap, v8.getHeapStatistics().used_heap_size);
  }
  const rssMax = process.resourceUsage().maxRSS / 1024; // MB
  const s = median(engWall);
  const c = median(engCpu);
  const ws = median(winkWall);
  const wc = median(winkCpu);
  const res = {
    label,
    mb: +mb.toFixed(2),
    docs: docs.length,
    reps,
    seconds: +s.toFixed(3),
    cpuSeconds: +c.toFixed(3),
    mbPerS: +(mb / s).toFixed(2),
    mbPerCpuS: +(mb / c).toFixed(2),
    items,
    peakRssMB: Math.round(rssMax),
    heapAfterMB: Math.round(peakHeap / 1048576),
    winkSeconds: +ws.toFixed(3),
    winkCpu: +wc.toFixed(3),
    tokens: ntok,
    ratio: +(s / ws).toFixed(2),
    cpuRatio: +(c / wc).toFixed(2),
    pipeCpu: +median(pipeCpu).toFixed(3),
    pipeRatio: +(c / median(pipeCpu)).toFixed(2),
    coldCpu: +coldCpu.toFixed(2),
    ...steadyState(mb, engCpu, winkCpu),
    engCpuAll: engCpu.map((x) => +x.toFixed(2)).join("/"),
    winkCpuAll: winkCpu.map((x) => +x.toFixed(2)).join("/"),
  };
  process.stdout.write(JSON.stringify(res) + "\n");
}

const arg = process.argv.indexOf("--one");
if (arg >= 0) {
  const label = process.argv[arg + 1]!;
  const bytes = Number(process.argv[arg + 2]);
  runOne(label, bytes, Number(process.argv[arg + 3] ?? 3));
} else {
  const self = fileURLToPath(import.meta.url);
  const sizes: [string, number, number][] = [
    ["sample", 0, 7],
    ["1 MB", 1e6, 7],
    ["10 MB", 1e7, 3],
  ];
  const rows: Record<string, string | number>[] = [];
  for (const [label, bytes, reps] of sizes) {
    const r = spawnSync(
      process.execPath,
      [
        "--expose-gc",
        "--max-old-space-size=2048",
        "--import",
        "tsx",
        self,
        "--one",
        label,
        String(bytes),
        String(reps),
      ],
      { encoding: "utf8", cwd: process.cwd(), maxBuffer: 1 << 24 },
    );
    if (r.status !== 0) {
      process.stderr.write(r.stderr);
      process.exit(1);
    }
    rows.push(JSON.parse(r.stdout.trim().split("\n").pop()!) as Record<string, string | number>);
  }
  const cols = [
    "label",
    "mb",
    "docs",
    "reps",
    "seconds",
    "cpuSeconds",
    "mbPerS",
    "mbPerCpuS",
    "items",
    "peakRssMB",
    "winkSeconds",
    "winkCpu",
    "ratio",
    "cpuRatio",
    "pipeCpu",
    "pipeRatio",
    "coldCpu",
    "steadyCpu",
    "steadyMbPerCpuS",
    "steadyCpuRatio",
    "engCpuAll",
    "winkCpuAll",
  ];
  const head = [
    "corpus",
    "MB",
    "docs",
    "runs",
    "wall s",
    "CPU s",
    "MB/s wall",
    "MB/s CPU",
    "items",
    "peak RSS MB",
    "wink wall s",
    "wink CPU s",
    "ratio wall",
    "ratio CPU",
    "wink pos+ner CPU s",
    "ratio CPU vs pos+ner",
    "engine cold CPU s",
    "steady CPU s (after 5 warm-ups)",
    "MB/s CPU steady",
    "ratio CPU steady",
    "engine CPU s (each run)",
    "wink CPU s (each run)",
  ];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[cols[i]!]).length)));
  const line = (c: string[]) => "| " + c.map((x, i) => x.padEnd(w[i]!)).join(" | ") + " |";
  console.log(
    "medians of the runs after one untimed warm-up run of each on the same text (the engine's cold first run is shown apart);",
  );
  console.log(
    "engine and wink alone (readDoc + iterating tokens) alternate on the same text in the same process, a full GC before each",
  );
  console.log(
    "wink = wink-nlp out of the box (all annotations); wink pos+ner = wink with only the annotations the engine asks for",
  );
  console.log(
    "steady = median of the runs after five warm-up runs of the engine (the untimed one and the first four timed ones), beside the medians above",
  );
  console.log(line(head));
  console.log("|" + w.map((x) => "-".repeat(x + 2)).join("|") + "|");
  for (const r of rows) console.log(line(cols.map((c) => String(r[c]))));
  const num = (r: Record<string, string | number> | undefined, k: string) => Number(r?.[k] ?? NaN);
  const [sm, one, big] = rows;
  const pf = (ok: boolean) => (ok ? "PASS" : "FAIL");
  const lin = num(big, "cpuSeconds") / num(one, "cpuSeconds");
  const size = num(big, "mb") / num(one, "mb");
  console.log(
    "\ntargets (one core = CPU time; wall time shown for reference, it depends on other jobs on this machine):",
  );
  console.log(
    `  sample corpus < 1 s              : wall ${num(sm, "seconds")} s, CPU ${num(sm, "cpuSeconds")} s -> ${pf(num(sm, "cpuSeconds") < 1)}`,
  );
  console.log(
    `  >= 1 MB/s                        : 1 MB: ${num(one, "mbPerCpuS")} MB/CPU-s (wall ${num(one, "mbPerS")}); 10 MB: ${num(big, "mbPerCpuS")} MB/CPU-s (wall ${num(big, "mbPerS")}) -> ${pf(num(one, "mbPerCpuS") >= 1 && num(big, "mbPerCpuS") >= 1)}`,
  );
  console.log(
    `  within 2x of wink alone          : 1 MB: CPU ${num(one, "cpuRatio")}x, wall ${num(one, "ratio")}x; 10 MB: CPU ${num(big, "cpuRatio")}x, wall ${num(big, "ratio")}x -> ${pf(num(one, "cpuRatio") <= 2 && num(big, "cpuRatio") <= 2)}`,
  );
  console.log(
    `  (stricter: vs wink pos+ner only) : 1 MB: CPU ${num(one, "pipeRatio")}x; 10 MB: CPU ${num(big, "pipeRatio")}x -> ${pf(num(one, "pipeRatio") <= 2 && num(big, "pipeRatio") <= 2)}`,
  );
  console.log(
    `  (steady state, after 5 warm-ups) : 1 MB: ${num(one, "steadyMbPerCpuS")} MB/CPU-s, CPU ${num(one, "steadyCpuRatio")}x wink (reported, not a target)`,
  );
  console.log(
    `  cost linear in size              : 10 MB CPU / 1 MB CPU = ${lin.toFixed(1)} for ${size.toFixed(1)}x the text -> ${pf(lin <= size * 1.25)}`,
  );
  console.log(
    `  peak memory < 1 GB for 10 MB     : ${num(big, "peakRssMB")} MB RSS -> ${pf(num(big, "peakRssMB") < 1024)}`,
  );
}
