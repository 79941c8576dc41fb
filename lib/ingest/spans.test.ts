import { describe, expect, it } from "vitest";
import { makeDocx } from "./docx-fixture";
import { extractDocument, fromPastedText, normalizeText, type FormatSpan } from "./index";
import { normalizeWithSpans, TextBuilder } from "./spans";
import { utf8 } from "./test-helpers";

/** The text under each span of `kind`, in order. */
const under = (doc: { text: string; spans: FormatSpan[] }, kind: FormatSpan["kind"]) =>
  doc.spans.filter((s) => s.kind === kind).map((s) => doc.text.slice(s.start, s.end));

/** Spans are sorted, inside the text, and never start or end on whitespace. */
function expectWellFormed(doc: { text: string; spans: FormatSpan[] }) {
  for (const [i, s] of doc.spans.entries()) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(doc.text.length);
    expect(s.end).toBeGreaterThan(s.start);
    expect(doc.text.slice(s.start, s.end)).toBe(doc.text.slice(s.start, s.end).trim());
    if (i > 0) expect(s.start).toBeGreaterThanOrEqual(doc.spans[i - 1]!.start);
  }
  expect(normalizeText(doc.text)).toBe(doc.text);
}

describe("spans follow the normalised text", () => {
  it("maps offsets through CRLF, trailing spaces, blank-line runs and a BOM", () => {
    const raw = "\uFEFF  \r\nTitle  \r\n\r\n\r\n\r\nThe   **cell** body\u2028Next line \t\n";
    const bold = raw.indexOf("cell");
    const title = raw.indexOf("Title");
    const out = normalizeWithSpans(raw, [
      { start: title, end: title + 7, kind: "heading" },
      { start: bold, end: bold + 4, kind: "bold" },
      { start: raw.indexOf("Next"), end: raw.length, kind: "italic" },
    ]);
    expect(out.text).toBe(normalizeText(raw));
    expect(under(out, "heading")).toEqual(["Title"]);
    expect(under(out, "bold")).toEqual(["cell"]);
    expect(under(out, "italic")).toEqual(["Next line"]);
  });

  it("drops spans that are only whitespace", () => {
    const out = normalizeWithSpans("a   \n\n\n b", [{ start: 1, end: 6, kind: "bold" }]);
    expect(out).toEqual({ text: "a\n\n b", spans: [] });
  });

  it("the builder writes owed separators only before text, so spans never hold them", () => {
    const b = new TextBuilder();
    b.write("One");
    b.space();
    const s = b.openSpan("bold");
    b.inline("  two  three ");
    b.closeSpan(s);
    b.breakBefore(2);
    b.write("Four");
    const out = b.finish();
    expect(out.text).toBe("One two three\n\nFour");
    expect(under(out, "bold")).toEqual(["two three"]);
  });
});

describe("markdown spans (micromark / mdast)", () => {
  const md = [
    "---",
    "title: ignored front matter",
    "---",
    "Cells",
    "=====",
    "",
    "A **cell** is the *basic unit* of __life__; see [the **key** idea](https://x.org).",
    "",
    "## Four  tissue types",
    "",
    "- **epithelial** tissue",
    "- connective",
    "  - bone",
    "  - blood",
    "1. muscle",
    "",
    "| term | meaning |",
    "|------|---------|",
    "| *mitosis* | division |",
    "",
    "Text with `**code**` and a footnote[^1].",
    "",
    "[^1]: The note is apparatus.",
  ].join("\n");

  it("keeps headings, bold, italic and list items as spans over the final text", async () => {
    const doc = await extractDocument({ fileName: "cells.md", bytes: utf8(md) });
    expectWellFormed(doc);
    expect(doc.title).toBe("Cells");
    expect(doc.text).toBe(
      [
        "Cells",
        "",
        "A cell is the basic unit of life; see the key idea.",
        "",
        "Four tissue types",
        "",
        "- epithelial tissue",
        "- connective",
        "  - bone",
        "  - blood",
        "1. muscle",
        "",
        "term | meaning",
        "mitosis | division",
        "",
        "Text with **code** and a footnote.",
      ].join("\n"),
    );
    expect(under(doc, "heading")).toEqual(["Cells", "Four tissue types"]);
    expect(under(doc, "bold")).toEqual(["cell", "life", "key", "epithelial"]);
    expect(under(doc, "italic")).toEqual(["basic unit", "mitosis"]);
    // An item's own text, without its bullet and without the list nested in it.
    expect(under(doc, "item")).toEqual(["epithelial tissue", "connective", "bone", "blood", "muscle"]);
  });

  it("lecture notes as a bullet list: one item span per bullet", async () => {
    const notes = "# Lecture 3: Homeostasis\n\n* set point\n* *negative* feedback loop\n* positive feedback\n";
    const doc = await extractDocument({ fileName: "notes.md", bytes: utf8(notes) });
    expect(doc.text).toBe("Lecture 3: Homeostasis\n\n- set point\n- negative feedback loop\n- positive feedback");
    expect(under(doc, "item")).toEqual(["set point", "negative feedback loop", "positive feedback"]);
    expect(under(doc, "italic")).toEqual(["negative"]);
  });
});

describe("html spans", () => {
  it("keeps h1–h6, b/strong, i/em, li and dt (as bold)", async () => {
    const html = `<html><head><title>T</title></head><body><article>
      <h1>  Anatomy
        and Physiology </h1>
      <p>Anatomy is the study of <strong>structure</strong>, and <i>physiology</i> of function.</p>
      <h3>Levels</h3>
      <ul><li>The <b>cell</b> level<ul><li>organelles</li></ul></li><li>tissue level</li></ul>
      <dl><dt>Homeostasis</dt><dd>a stable internal state</dd></dl>
      </article></body></html>`;
    const doc = await extractDocument({ fileName: "a.html", bytes: utf8(html) });
    expectWellFormed(doc);
    expect(doc.text).toBe(
      "Anatomy and Physiology\n\nAnatomy is the study of structure, and physiology of function.\n\nLevels\n\n- The cell level\n- organelles\n- tissue level\n\nHomeostasis\na stable internal state",
    );
    expect(under(doc, "heading")).toEqual(["Anatomy and Physiology", "Levels"]);
    expect(under(doc, "bold")).toEqual(["structure", "cell", "Homeostasis"]);
    expect(under(doc, "italic")).toEqual(["physiology"]);
    expect(under(doc, "item")).toEqual(["The cell level", "organelles", "tissue level"]);
  });

  it("keeps text inside <pre> and its spans exact", async () => {
    const doc = await extractDocument({
      fileName: "p.html",
      bytes: utf8("<h2>Code</h2><pre>  a  =  1\r\n  <b>b</b> = 2  </pre><p>After the code block.</p>"),
    });
    expectWellFormed(doc);
    expect(doc.text).toBe("Code\n\n  a  =  1\n  b = 2\n\nAfter the code block.");
    expect(under(doc, "bold")).toEqual(["b"]);
  });
});

describe("docx spans (mammoth's HTML)", () => {
  it("keeps Title and Heading styles as headings, bold and italic runs, and bulleted paragraphs as items", async () => {
    const bytes = await makeDocx([
      { runs: "Cell Biology", style: "Title" },
      { runs: "Tissues", style: "Heading1" },
      {
        runs: [
          { text: "There are " },
          { text: "four broad", bold: true },
          { text: " categories, " },
          { text: "roughly", italic: true },
          { text: "." },
        ],
      },
      { runs: "epithelial", bullet: true },
      { runs: [{ text: "connective", bold: true, italic: true }], bullet: true },
    ]);
    const doc = await extractDocument({ fileName: "bio.docx", bytes });
    expectWellFormed(doc);
    expect(doc.title).toBe("Cell Biology");
    expect(doc.text).toBe(
      "Cell Biology\n\nTissues\n\nThere are four broad categories, roughly.\n\n- epithelial\n- connective",
    );
    expect(under(doc, "heading")).toEqual(["Cell Biology", "Tissues"]);
    expect(under(doc, "bold")).toEqual(["four broad", "connective"]);
    expect(under(doc, "italic")).toEqual(["roughly", "connective"]);
    expect(under(doc, "item")).toEqual(["epithelial", "connective"]);
  });

  it("an empty document is still EMPTY_TEXT", async () => {
    const bytes = await makeDocx([]);
    await expect(extractDocument({ fileName: "empty.docx", bytes })).rejects.toMatchObject({ code: "EMPTY_TEXT" });
  });
});

describe("plain text has no spans", () => {
  it("for files and pasted text", async () => {
    expect(
      (await extractDocument({ fileName: "a.txt", bytes: utf8("# Not markdown\n\n**not bold** here at all") })).spans,
    ).toEqual([]);
    expect(fromPastedText({ text: "Mitochondria are the powerhouse of the cell." }).spans).toEqual([]);
  });
});
