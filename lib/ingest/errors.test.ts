import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, MAX_TITLE_LENGTH, extractDocument, fromPastedText } from "./index";
import { expectIngestError, utf8 } from "./test-helpers";

describe("rejected input, with messages a user can act on", () => {
  it("invalid UTF-8 -> INVALID_UTF8", async () => {
    const bytes = new Uint8Array([...utf8("Caf"), 0xc3, 0x28, ...utf8(" is a lovely place to study.")]);
    const err = await expectIngestError(() => extractDocument({ fileName: "latin1.txt", bytes }), "INVALID_UTF8");
    expect(err.message).toMatch(/not valid UTF-8/);
    expect(err.message).toMatch(/re-save it .*UTF-8/);
  });

  it("NUL bytes in a .txt -> BINARY_FILE", async () => {
    const bytes = new Uint8Array([...utf8("Looks like text"), 0, 0, 0, ...utf8(" but is not.")]);
    await expectIngestError(() => extractDocument({ fileName: "data.txt", bytes }), "BINARY_FILE");
  });

  it("a PDF renamed to .txt -> BINARY_FILE that says it is a PDF", async () => {
    const err = await expectIngestError(
      () => extractDocument({ fileName: "paper.txt", bytes: utf8("%PDF-1.4\n1 0 obj << >> endobj") }),
      "BINARY_FILE",
    );
    expect(err.message).toMatch(/PDF/);
    expect(err.message).toMatch(/\.pdf/);
  });

  it(".exe and .png -> UNSUPPORTED_TYPE naming the accepted types", async () => {
    const exe = await expectIngestError(
      () => extractDocument({ fileName: "setup.exe", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0]) }),
      "UNSUPPORTED_TYPE",
    );
    expect(exe.message).toContain(".txt .md .html .pdf .docx");
    expect(exe.message).toContain(".exe");
    const png = await expectIngestError(
      () =>
        extractDocument({
          fileName: "photo.png",
          bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
          mimeType: "image/png",
        }),
      "UNSUPPORTED_TYPE",
    );
    expect(png.message).toContain(".txt .md .html .pdf .docx");
    const noExt = await expectIngestError(
      () =>
        extractDocument({
          fileName: "README",
          bytes: utf8("hello world, this is text"),
          mimeType: "application/octet-stream",
        }),
      "UNSUPPORTED_TYPE",
    );
    expect(noExt.message).toContain(".pdf");
  });

  it("empty and whitespace-only -> EMPTY_TEXT", async () => {
    const expected = "The document is empty: paste or upload a file with some text.";
    expect(
      (await expectIngestError(() => extractDocument({ fileName: "empty.txt", bytes: new Uint8Array() }), "EMPTY_TEXT"))
        .message,
    ).toBe(expected);
    expect(
      (
        await expectIngestError(
          () => extractDocument({ fileName: "blank.md", bytes: utf8(" \r\n\t\n  ") }),
          "EMPTY_TEXT",
        )
      ).message,
    ).toBe(expected);
    expect(
      (
        await expectIngestError(
          () => extractDocument({ fileName: "s.html", bytes: utf8("<script>only()</script><nav>menu</nav>") }),
          "EMPTY_TEXT",
        )
      ).message,
    ).toBe(expected);
    expect((await expectIngestError(() => fromPastedText({ text: "\uFEFF  \n\n " }), "EMPTY_TEXT")).message).toBe(
      expected,
    );
    const tiny = await expectIngestError(() => fromPastedText({ text: "Hi there" }), "EMPTY_TEXT");
    expect(tiny.message).toMatch(/at least 20 characters/);
  });

  it("over-size file -> FILE_TOO_LARGE naming the size and the limit", async () => {
    const bytes = new Uint8Array(Math.round(12.3 * 1024 * 1024));
    const err = await expectIngestError(() => extractDocument({ fileName: "huge.pdf", bytes }), "FILE_TOO_LARGE");
    expect(err.message).toContain("is 12.3 MB; the limit is 10 MB");
    const justOver = await expectIngestError(
      () => extractDocument({ fileName: "x.txt", bytes: new Uint8Array(MAX_FILE_BYTES + 1) }),
      "FILE_TOO_LARGE",
    );
    expect(justOver.message).toContain("is 10.1 MB; the limit is 10 MB");
    await expectIngestError(() => fromPastedText({ text: "a".repeat(MAX_FILE_BYTES + 1) }), "FILE_TOO_LARGE");
  });

  it("a given title over the limit -> TITLE_TOO_LONG (never truncated)", async () => {
    const err = await expectIngestError(
      () => fromPastedText({ title: "T".repeat(MAX_TITLE_LENGTH + 1), text: "Enough text to be a real document." }),
      "TITLE_TOO_LONG",
    );
    expect(err.message).toContain(String(MAX_TITLE_LENGTH));
    expect(
      fromPastedText({ title: "T".repeat(MAX_TITLE_LENGTH), text: "Enough text to be a real document." }).title,
    ).toHaveLength(MAX_TITLE_LENGTH);
    const longName = `${"n".repeat(MAX_TITLE_LENGTH + 1)}.txt`;
    await expectIngestError(
      () => extractDocument({ fileName: longName, bytes: utf8("A first line that ends with a period.\nBody.") }),
      "TITLE_TOO_LONG",
    );
  });

  it("errors carry a stable code and name", async () => {
    const err = await expectIngestError(
      () => extractDocument({ fileName: "x.exe", bytes: new Uint8Array(1) }),
      "UNSUPPORTED_TYPE",
    );
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe("IngestError");
  });
});
