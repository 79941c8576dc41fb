import { describe, expect, it } from "vitest";
import { contentHash, extractDocument, fromPastedText, normalizeText } from "./index";
import { utf8 } from "./test-helpers";

describe("normalizeText", () => {
  it("strips BOM, unifies line endings, trims trailing spaces, collapses blank lines", () => {
    expect(normalizeText("\uFEFF  Title  \r\nline one \t\r\rline two\n\n\n\n\nend  \n\n")).toBe(
      "Title\nline one\n\nline two\n\nend",
    );
  });

  it("applies NFC and keeps typography", () => {
    const decomposed = "Cafe\u0301 — “quoted” ‘single’ …";
    const out = normalizeText(decomposed);
    expect(out).toBe("Café — “quoted” ‘single’ …");
    expect(out.normalize("NFC")).toBe(out);
  });

  it("is idempotent", () => {
    const samples = ["\uFEFF\uFEFFa \r\n\r\n\r\n b\u2028c  ", "x\n \n \n \ny", "  lead\ttrail\t"];
    for (const s of samples) expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
  });
});

describe("contentHash", () => {
  it("is sha256 hex of the normalised text", () => {
    expect(contentHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("gives the same hash for the same text with different line endings", async () => {
    const body = ["The Trial", "", "Karim Masimov was arrested.", "He was charged."];
    const lf = await extractDocument({ fileName: "a.txt", bytes: utf8(body.join("\n")) });
    const crlf = await extractDocument({ fileName: "b.txt", bytes: utf8(`\uFEFF${body.join("\r\n")}\r\n`) });
    const cr = fromPastedText({ text: body.join("\r") });
    expect(crlf.contentHash).toBe(lf.contentHash);
    expect(cr.contentHash).toBe(lf.contentHash);
    expect(lf.contentHash).toBe(contentHash(lf.text));
    expect(fromPastedText({ text: "Karim Masimov was arrested today." }).contentHash).not.toBe(lf.contentHash);
  });
});

describe("titles a reader recognises", () => {
  it("passes over furniture lines above a web article's headline", async () => {
    const { extractDocument } = await import("./index");
    const text =
      "English News\n\n  • youtube\n  • facebook\n\nKazakhstan: Return of Russia and the end of the Nazarbayev era\n\nRussia acted with alacrity to curb the unrest in Kazakhstan. More text follows here.";
    const doc = await extractDocument({ fileName: "004_ba96a2582a58de1c.txt", bytes: new TextEncoder().encode(text) });
    expect(doc.title).toBe("Kazakhstan: Return of Russia and the end of the Nazarbayev era");
  });
  it("uses the opening words, not a machine file name, when there is no headline", async () => {
    const { extractDocument } = await import("./index");
    const text =
      "The Kremlin was caught off guard by the sudden crisis in Kazakhstan, which, having started as a protest against fuel price hikes, spread fast.";
    const doc = await extractDocument({ fileName: "001_11634e0741914211.txt", bytes: new TextEncoder().encode(text) });
    expect(doc.title).toBe("The Kremlin was caught off guard by the sudden crisis in Kazakhstan, which…");
    const named = await extractDocument({
      fileName: "Trenin on the Kremlin.txt",
      bytes: new TextEncoder().encode(text),
    });
    expect(named.title).toBe("Trenin on the Kremlin");
  });
});
