import { describe, expect, it } from "vitest";
import { extractDocument, fromPastedText } from "./index";
import { utf8 } from "./test-helpers";

describe("plain text files", () => {
  it("strips the BOM and CRLF line endings, keeps typography", async () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...utf8("The Trial of Masimov\r\n\r\nHe said “no” — twice.   \r\nIt was 1998.\r\n"),
    ]);
    const doc = await extractDocument({ fileName: "notes.txt", bytes });
    expect(doc.format).toBe("txt");
    expect(doc.text).toBe("The Trial of Masimov\n\nHe said “no” — twice.\nIt was 1998.");
    expect(doc.text.startsWith("\uFEFF")).toBe(false);
    expect(doc.title).toBe("The Trial of Masimov");
    expect(doc.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("uses the file name as title when the first line is a sentence", async () => {
    const doc = await extractDocument({
      fileName: "C:\\fakepath\\week 3.notes.txt",
      bytes: utf8("Karim Masimov was arrested in 2016.\nMore text follows here."),
    });
    expect(doc.title).toBe("week 3.notes");
  });

  it("decodes UTF-16 files that have a byte-order mark", async () => {
    const s = "Résumé of the lecture on thermodynamics";
    const le = new Uint8Array(2 + s.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < s.length; i++) le[2 + i * 2] = s.charCodeAt(i);
    const doc = await extractDocument({ fileName: "u16.txt", bytes: le });
    expect(doc.text).toBe(s);
  });

  it("falls back to the MIME type when the name has no extension", async () => {
    const doc = await extractDocument({
      fileName: "clipboard",
      bytes: utf8("# Cells\n\nThe **cell** is the unit of life."),
      mimeType: "text/markdown; charset=utf-8",
    });
    expect(doc.format).toBe("md");
    expect(doc.title).toBe("Cells");
  });
});

describe("markdown", () => {
  const md = [
    "---",
    "tags: [biology]",
    "---",
    "# Photosynthesis *basics*",
    "",
    'Plants turn **light** into _chemical_ energy; see [the chapter](https://example.com/ch3 "Ch 3").',
    "![diagram of a leaf](leaf.png)",
    "",
    "* chlorophyll absorbs light",
    "+ water is split",
    "- [x] oxygen is released",
    "1. Step one",
    "",
    "> Quoted ~~wrong~~ idea with `snake_case_name` and 2 * 3 * 4.",
    "",
    "```python",
    'print("**not emphasis**")',
    "```",
    "",
    "## Summary ##",
    "Escaped \\*stars\\* stay.",
  ].join("\n");

  it("is readable without markdown syntax", async () => {
    const doc = await extractDocument({ fileName: "photo.md", bytes: utf8(md) });
    expect(doc.format).toBe("md");
    expect(doc.title).toBe("Photosynthesis basics");
    expect(doc.text).toBe(
      [
        "Photosynthesis basics",
        "",
        "Plants turn light into chemical energy; see the chapter.",
        "",
        "- chlorophyll absorbs light",
        "- water is split",
        "- oxygen is released",
        "1. Step one",
        "",
        "Quoted wrong idea with snake_case_name and 2 * 3 * 4.",
        "",
        'print("**not emphasis**")',
        "",
        "Summary",
        "",
        "Escaped *stars* stay.",
      ].join("\n"),
    );
    expect(doc.text).not.toContain("tags:");
    expect(doc.text).not.toContain("https://");
    expect(doc.text).not.toContain("leaf.png");
  });

  it("uses the first-line rule when there is no # heading", async () => {
    const doc = await extractDocument({
      fileName: "x.markdown",
      bytes: utf8("Some **bold** opening line\n\nAnd a body paragraph of text."),
    });
    expect(doc.title).toBe("Some bold opening line");
  });
});

describe("html", () => {
  const html = `<!doctype html><html><head><title>The Masimov Case &amp; Aftermath</title>
    <style>p { color: red }</style><script>var secret = "tracking";</script></head>
    <body>
      <nav><a href="/">Home</a> | <a href="/news">News</a></nav>
      <header><div class="logo">Daily Site</div></header>
      <article>
        <h1>Arrest in Astana</h1>
        <p>Karim Masimov was arrested on 8&nbsp;January&nbsp;2022.<br>He had been head of the KNB &mdash; the security service.</p>
        <p>Officials said &ldquo;treason&rdquo; &lt;sic&gt;.</p>
        <ul><li>First point</li><li>Second <b>bold</b> point</li></ul>
        <script>alert("x")</script>
      </article>
      <aside>Related stories</aside>
      <form><input name="q"><button>Search</button></form>
      <footer>© Daily Site</footer>
    </body></html>`;

  it("keeps the article, drops scripts and navigation, decodes entities", async () => {
    const doc = await extractDocument({ fileName: "page.html", bytes: utf8(html) });
    expect(doc.format).toBe("html");
    expect(doc.title).toBe("The Masimov Case & Aftermath");
    expect(doc.text).toBe(
      [
        "Arrest in Astana",
        "",
        "Karim Masimov was arrested on 8 January 2022.",
        "He had been head of the KNB — the security service.",
        "",
        "Officials said “treason” <sic>.",
        "",
        "- First point",
        "- Second bold point",
      ].join("\n"),
    );
    for (const gone of ["secret", "alert", "Home", "Daily Site", "Related", "Search", "color"])
      expect(doc.text).not.toContain(gone);
  });

  it("takes the title from the first <h1> when there is no <title>", async () => {
    const doc = await extractDocument({
      fileName: "x.htm",
      bytes: utf8("<h1>Cell &amp; Biology</h1><div>Cells are the basic unit of life.</div>"),
    });
    expect(doc.title).toBe("Cell & Biology");
    expect(doc.text).toBe("Cell & Biology\n\nCells are the basic unit of life.");
  });

  it("keeps headlines in an article <header> but drops the page header", async () => {
    const doc = await extractDocument({
      fileName: "a.html",
      bytes: utf8(
        "<header>Site menu</header><article><header><h2>Byline: A. Author</h2></header><p>Body text of the article goes here.</p></article>",
      ),
    });
    expect(doc.text).toBe("Byline: A. Author\n\nBody text of the article goes here.");
  });
});

describe("pasted text", () => {
  it("uses the given title, trimmed", () => {
    const doc = fromPastedText({ title: "  Week 1  ", text: "Mitochondria are the powerhouse of the cell." });
    expect(doc).toMatchObject({ title: "Week 1", format: "txt", text: "Mitochondria are the powerhouse of the cell." });
  });

  it("derives a title from a short first line, else falls back", () => {
    expect(fromPastedText({ text: "Lecture 4\nMitochondria are the powerhouse." }).title).toBe("Lecture 4");
    expect(fromPastedText({ title: "   ", text: "Mitochondria are the powerhouse of the cell." }).title).toBe(
      "Pasted text",
    );
  });
});
