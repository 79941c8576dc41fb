// A PDF printed by Chromium from an HTML page (as "Save as PDF" does): headings, bold and
// italic words, soft hyphens broken at line ends, a two-column section, and Chromium's own
// running header (the page title) and footer (page n / total) on every page.
import { existsSync, readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { toolEnv } from "@/lib/server/env";
import { sharedPath } from "@/lib/testing/shared";
import { extractDocument, type FormatSpan } from "./index";
import { CHROMIUM_OFFLINE_FLAGS } from "@/lib/testing/chromium";

const CHROMIUM = toolEnv().CHROMIUM_PATH;
const under = (doc: { text: string; spans: FormatSpan[] }, kind: FormatSpan["kind"]) =>
  doc.spans.filter((s) => s.kind === kind).map((s) => doc.text.slice(s.start, s.end));

const ORGANS = [
  "brain",
  "spinal cord",
  "retina",
  "cochlea",
  "olfactory bulb",
  "cerebellum",
  "brainstem",
  "hypothalamus",
  "pituitary gland",
  "thalamus",
  "hippocampus",
  "amygdala",
];
/** Paragraph n, with soft hyphens (&shy;) where Chromium may break the long words. */
const paragraph = (n: number) =>
  `Paragraph ${n} is about the ${ORGANS[n - 1]}. The <b>nervous system</b> is one of the body's major controlling, regu&shy;la&shy;tory and com&shy;mu&shy;ni&shy;cat&shy;ing systems, together with the <i>endocrine</i> system, and its neurons transmit electrical signals over long distances.`;
const plain = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&shy;/g, "");

async function printToPdf(html: string, format: "A5" | "Letter" = "A5"): Promise<Uint8Array> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", ...CHROMIUM_OFFLINE_FLAGS],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    const small = "font-size:9px; width:100%; text-align:center;";
    return new Uint8Array(
      await page.pdf({
        format,
        displayHeaderFooter: true,
        headerTemplate: `<div style="${small}">Biology notes: <span class="title"></span></div>`,
        footerTemplate: `<div style="${small}"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
        margin: { top: "22mm", bottom: "22mm", left: "15mm", right: "15mm" },
      }),
    );
  } finally {
    await browser.close();
  }
}

describe.skipIf(!existsSync(CHROMIUM))("a page printed to PDF by Chromium", () => {
  it("reads paragraphs, headings and columns in order, without Chromium's header and footer", async () => {
    const first = [1, 2, 3, 4, 5, 6].map(paragraph);
    const columns = [7, 8, 9, 10, 11, 12].map(paragraph);
    const html = `<!doctype html><html lang="en"><head><title>The Nervous System</title>
      <style>body { font: 12pt serif; margin: 0 } p { margin: 0 0 0.8em } .cols { column-count: 2; column-gap: 2em }</style></head>
      <body><h1>The Nervous System</h1>${first.map((p) => `<p>${p}</p>`).join("")}
      <h2>Parts of the Brain</h2><div class="cols">${columns.map((p) => `<p>${p}</p>`).join("")}</div></body></html>`;
    const bytes = await printToPdf(html);
    // What pdf.js alone gives: the header, footers and broken words this test is about.
    const raw = (await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true })).text;
    expect(raw).toMatch(/Biology notes: The Nervous System/);
    expect(raw).toMatch(/2 \/ 2/);
    expect(raw).toMatch(/com\u2010 municating/);

    const doc = await extractDocument({ fileName: "nervous-system.pdf", bytes });

    expect(doc.text).toBe(
      ["The Nervous System", ...first.map(plain), "Parts of the Brain", ...columns.map(plain)].join("\n\n"),
    );
    expect(doc.title).toBe("The Nervous System");
    expect(under(doc, "heading")).toEqual(["The Nervous System", "Parts of the Brain"]);
    expect(under(doc, "bold").filter((b) => b === "nervous system")).toHaveLength(12);
    expect(under(doc, "italic")).toEqual(Array(12).fill("endocrine"));
    expect(doc.text).not.toMatch(/Biology notes|\d+ \/ \d+/);
  }, 60_000);
});

describe.skipIf(!existsSync(CHROMIUM))("a textbook section printed in two justified columns", () => {
  it("comes back paragraph for paragraph, in order, with no text lost or gained", async () => {
    const paras = readFileSync(sharedPath("corpus/textbooks/psychology-m82173.txt"), "utf8")
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, " ").trim())
      .filter(Boolean);
    const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    const html = `<html><head><title>Section</title><style>body { font: 11pt serif; text-align: justify } .c { column-count: 2; column-gap: 2em } p { margin: 0 0 0.6em }</style></head>
      <body><div class="c">${paras.map((p) => `<p>${esc(p)}</p>`).join("")}</div></body></html>`;
    const doc = await extractDocument({ fileName: "section.pdf", bytes: await printToPdf(html, "Letter") });
    const got = doc.text.split("\n\n");
    expect(got).toHaveLength(paras.length);
    // Letters and digits in the same order: nothing dropped, doubled or moved.
    const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, "");
    expect(letters(doc.text)).toBe(letters(paras.join("")));
    // Word for word, except where a real compound broken at its hyphen lost it (decision 011).
    const exact = paras.filter((p, i) => got[i] === p).length;
    expect(exact / paras.length).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
});
