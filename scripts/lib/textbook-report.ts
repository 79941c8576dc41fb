// Prints the textbook table of `npm run eval` and checks its bars (grounding and option validity on every
// section's deck; key terms, review-question answers and deck size against the targets of issue 10).
import { corpusRegistry, isGrounded, isValidMcq } from "./deck-checks";
import { evaluateSection, loadTextbooks, type SectionResult } from "./textbook-eval";

type Row = (metric: string, value: string, bar: string, pass: boolean | null) => void;

const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(0)}%`);

/** `hard`: the bars decide the eval's exit code (off while the concept family is being wired in). */
export function textbookReport(dir: string, seed: number, row: Row, verbose = false, hard = false): SectionResult[] {
  const mods = loadTextbooks(dir);
  const results = mods.map((m) => evaluateSection(dir, m, seed));
  const header = [
    "section",
    "words",
    "items",
    "/1k",
    "key terms",
    "review answers",
    "baseline terms",
    "baseline review",
    "baseline /1k",
  ];
  const lines: string[][] = [header];
  const sum = { words: 0, items: 0, tH: 0, tN: 0, rH: 0, rN: 0, bT: 0, bR: 0, bC: 0 };
  let grounded = 0,
    items = 0,
    valid = 0,
    mcqs = 0;
  for (const r of results) {
    const n = r.deck.items.length;
    lines.push([
      r.file.replace(/\.txt$/, ""),
      String(r.words),
      String(n),
      ((1000 * n) / r.words).toFixed(1),
      `${r.terms.hit}/${r.terms.total} ${pct(r.terms.hit, r.terms.total)}`,
      `${r.review.hit}/${r.review.total} ${pct(r.review.hit, r.review.total)}`,
      `${r.baseline.terms}/${r.terms.total} ${pct(r.baseline.terms, r.terms.total)}`,
      `${r.baseline.review}/${r.review.total}`,
      ((1000 * r.baseline.candidates) / r.words).toFixed(1),
    ]);
    sum.words += r.words;
    sum.items += n;
    sum.tH += r.terms.hit;
    sum.tN += r.terms.total;
    sum.rH += r.review.hit;
    sum.rN += r.review.total;
    sum.bT += r.baseline.terms;
    sum.bR += r.baseline.review;
    sum.bC += r.baseline.candidates;
    const texts = new Map([[r.doc.id, r.doc.text]]);
    const reg = corpusRegistry([r.doc]);
    for (const it of r.deck.items) {
      items++;
      if (isGrounded(it, texts)) grounded++;
      else console.error(`ungrounded (${r.file}):`, JSON.stringify(it).slice(0, 300));
      if (it.type !== "mcq") continue;
      mcqs++;
      if (isValidMcq(it, [r.doc.text], (a, b) => reg.sameEntity(a, b) && reg.count(a) > 0)) valid++;
      else console.error(`invalid mcq (${r.file}):`, JSON.stringify(it).slice(0, 300));
    }
    if (verbose)
      console.error(
        `${r.file}: missed terms: ${r.terms.missed.join(", ") || "none"}; missed review answers: ${r.review.missed.join(" | ") || "none"}`,
      );
  }
  lines.push([
    "all",
    String(sum.words),
    String(sum.items),
    ((1000 * sum.items) / sum.words).toFixed(1),
    `${sum.tH}/${sum.tN} ${pct(sum.tH, sum.tN)}`,
    `${sum.rH}/${sum.rN} ${pct(sum.rH, sum.rN)}`,
    `${sum.bT}/${sum.tN} ${pct(sum.bT, sum.tN)}`,
    `${sum.bR}/${sum.rN}`,
    ((1000 * sum.bC) / sum.words).toFixed(1),
  ]);
  const w = header.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  console.log(`\nTextbook sections (${dir}), seed ${seed}`);
  for (const [k, l] of lines.entries()) {
    console.log("| " + l.map((c, i) => c.padEnd(w[i]!)).join(" | ") + " |");
    if (k === 0) console.log("|" + w.map((x) => "-".repeat(x + 2)).join("|") + "|");
  }
  console.log("");
  // hard bars on the development corpus: grounding, option validity, key terms and deck size; the review-question
  // target is printed as a target ("below target" does not fail the eval: see docs/decisions/012)
  const bar = (ok: boolean) => (hard ? ok : ok ? true : null);
  row("textbooks: grounding", `${grounded}/${items} = ${pct(grounded, items)}`, "100%", bar(grounded === items));
  row("textbooks: mcq validity", `${valid}/${mcqs} = ${pct(valid, mcqs)}`, "100%", bar(valid === mcqs));
  row(
    "textbooks: key terms covered",
    `${sum.tH}/${sum.tN} = ${pct(sum.tH, sum.tN)} (baseline ${pct(sum.bT, sum.tN)})`,
    ">= 75%",
    bar(sum.tH / sum.tN >= 0.75),
  );
  // (a folder without review questions has no figure to fall below)
  const reviewOk = sum.rN === 0 || sum.rH / sum.rN >= 0.5;
  row(
    "textbooks: review-question answers",
    `${sum.rH}/${sum.rN} = ${pct(sum.rH, sum.rN)} (baseline ${pct(sum.bR, sum.rN)})${reviewOk ? "" : "  below target"}`,
    "target >= 50%",
    null,
  );
  const worst = Math.max(...results.map((r) => (1000 * r.deck.items.length) / r.words));
  row("textbooks: items per 1,000 words (largest section)", worst.toFixed(1), "<= 40", bar(worst <= 40));
  return results;
}
