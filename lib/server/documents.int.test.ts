import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { addDocument, requireDocument, listDocuments } from "./documents";
import { addSample, makeUser, sampleFiles } from "./testing/fixtures";

describe("library", () => {
  it("stores a pasted document with its sentences at exact offsets, and finds the same text again as a duplicate", async () => {
    const u = await makeUser();
    const text =
      "Karim Masimov was arrested on Jan. 8 in Almaty.\n\nThe CSTO sent about 2,500 troops. They left by Jan. 19.";
    const first = await addDocument({ kind: "paste", title: "Arrests", text }, u);
    expect(first.status).toBe("added");
    const doc = await requireDocument(u, first.document.id);
    expect(doc.title).toBe("Arrests");
    expect(doc.addedBy).toBe(u.name);
    expect(doc.owner).toEqual({ kind: "yours" });
    const sentences = doc.sentences.map((s) => doc.text.slice(s.start, s.end));
    expect(sentences).toContain("Karim Masimov was arrested on Jan. 8 in Almaty.");
    expect(sentences).toContain("The CSTO sent about 2,500 troops.");
    const again = await addDocument({ kind: "paste", title: "Other title", text: text.replace(/\n/g, "\r\n") }, u);
    expect(again).toEqual({ status: "duplicate", document: { id: first.document.id, title: "Arrests" } });
    expect((await listDocuments(u)).items.filter((d) => d.id === first.document.id)).toHaveLength(1);
  });

  it("refuses empty text and unreadable files with a plain message, storing nothing", async () => {
    const u = await makeUser();
    const before = (await listDocuments(u)).total;
    await expect(addDocument({ kind: "paste", text: "   \n\t " }, u)).rejects.toMatchObject({ code: "EMPTY_TEXT" });
    await expect(
      addDocument({ kind: "file", fileName: "scan.pdf", bytes: new TextEncoder().encode("%PDF-1.4 garbage") }, u),
    ).rejects.toMatchObject({ code: "PDF_UNREADABLE" });
    await expect(
      addDocument({ kind: "file", fileName: "bad.txt", bytes: new Uint8Array([0x48, 0xc3, 0x28, 0x41]) }, u),
    ).rejects.toMatchObject({ code: "INVALID_UTF8" });
    await expect(
      addDocument({ kind: "paste", title: "x".repeat(300), text: "Some real text that is long enough to keep." }, u),
    ).rejects.toMatchObject({ code: "TITLE_TOO_LONG" });
    expect((await listDocuments(u)).total).toBe(before);
  });

  it("imports the sample articles with their headline as title and text kept exactly", async () => {
    const file = sampleFiles()[0]!;
    const res = await addSample(file);
    expect(res.status).toBe("added");
    const u = await makeUser();
    const doc = await requireDocument(u, res.document.id);
    expect(doc.title).toBe("Why Kazakhstan will not be returning to Russia’s fold");
    expect(readFileSync(file, "utf8")).toContain(doc.text.slice(0, 200));
    expect(doc.text).toContain("On Jan. 11, President Kassym-Jomart Tokayev announced a deadline");
    expect(doc.sentences.length).toBeGreaterThan(20);
  });
});
