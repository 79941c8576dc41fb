import JSZip from "jszip";
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { extractDocument } from "./index";
import { expectIngestError, utf8 } from "./test-helpers";

async function makePdf(pages: string[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font }));
  }
  return pdf.save();
}

async function makeDocx(paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`,
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("pdf", () => {
  it("extracts the text of a real PDF, pages separated by a blank line", async () => {
    const bytes = await makePdf([
      ["Court Report", "Karim Masimov was arrested.", "He was charged with treason."],
      ["The trial began in 2023."],
    ]);
    const before = bytes.slice();
    const doc = await extractDocument({ fileName: "report.pdf", bytes });
    expect(doc.format).toBe("pdf");
    expect(doc.text).toContain("Karim Masimov was arrested.");
    expect(doc.text).toContain("He was charged with treason.");
    expect(doc.text).toMatch(/treason\.\n\nThe trial began in 2023\.$/);
    expect(doc.title).toBe("Court Report");
    expect(bytes).toEqual(before); // the caller's buffer is not detached or changed
  });

  it("reports a scanned PDF (no text layer) as PDF_NO_TEXT", async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.5, 0.5, 0.5) });
    const bytes = await pdf.save();
    const err = await expectIngestError(() => extractDocument({ fileName: "scan.pdf", bytes }), "PDF_NO_TEXT");
    expect(err.message).toMatch(/no text layer/);
  });

  it("reports corrupt PDF bytes as PDF_UNREADABLE", async () => {
    const good = await makePdf([["Karim Masimov was arrested."]]);
    const truncated = new Uint8Array([...utf8("%PDF-1.7\n"), ...new Uint8Array(200).fill(0x41)]);
    await expectIngestError(() => extractDocument({ fileName: "broken.pdf", bytes: truncated }), "PDF_UNREADABLE");
    await expectIngestError(
      () => extractDocument({ fileName: "half.pdf", bytes: good.slice(0, 120) }),
      "PDF_UNREADABLE",
    );
  });

  it("explains a DOCX renamed to .pdf", async () => {
    const err = await expectIngestError(
      async () => extractDocument({ fileName: "essay.pdf", bytes: await makeDocx(["Hello there"]) }),
      "PDF_UNREADABLE",
    );
    expect(err.message).toMatch(/\.docx/);
  });
});

describe("docx", () => {
  it("extracts both paragraphs of a real DOCX", async () => {
    const bytes = await makeDocx(["Photosynthesis", "Plants convert light into chemical energy &amp; oxygen."]);
    const doc = await extractDocument({ fileName: "bio.docx", bytes });
    expect(doc.format).toBe("docx");
    expect(doc.text).toBe("Photosynthesis\n\nPlants convert light into chemical energy & oxygen.");
    expect(doc.title).toBe("Photosynthesis");
  });

  it("reports a corrupt DOCX as DOCX_UNREADABLE", async () => {
    await expectIngestError(
      () => extractDocument({ fileName: "bad.docx", bytes: utf8("this is not a zip file at all, sorry") }),
      "DOCX_UNREADABLE",
    );
    // A zip that is not a Word document.
    const zip = new JSZip();
    zip.file("hello.txt", "hi");
    const notWord = await zip.generateAsync({ type: "uint8array" });
    await expectIngestError(() => extractDocument({ fileName: "fake.docx", bytes: notWord }), "DOCX_UNREADABLE");
    // A real DOCX cut short.
    const real = await makeDocx(["One paragraph of text here."]);
    await expectIngestError(
      () => extractDocument({ fileName: "cut.docx", bytes: real.slice(0, 60) }),
      "DOCX_UNREADABLE",
    );
  });

  it("explains an old .doc file renamed to .docx", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(64)]);
    const err = await expectIngestError(() => extractDocument({ fileName: "old.docx", bytes: ole }), "DOCX_UNREADABLE");
    expect(err.message).toMatch(/save it as \.docx/);
  });
});
