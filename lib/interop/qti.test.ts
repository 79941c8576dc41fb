import JSZip from "jszip";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { qtiFiles, writeQti } from "./qti-writer";
import { trickyDeck } from "./test-fixtures";
import { XSD, xmllint } from "./xmllint";

const QTI_XSD = path.join(XSD, "qtiv2p1/imsqti_v2p1.xsd");
const CP_XSD = path.join(XSD, "imscp_v1p1.xsd");

describe("QTI 2.1 package", () => {
  it("is a zip with imsmanifest.xml, the assessment test and one item file per item", async () => {
    const deck = trickyDeck();
    const zip = await JSZip.loadAsync(await writeQti(deck, new Date("2026-03-01T00:00:00Z")));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    expect(names.filter((n) => n.startsWith("items/"))).toHaveLength(deck.items.length);
    expect(names).toContain("imsmanifest.xml");
    expect(names).toContain("assessment.xml");
    const manifest = await zip.file("imsmanifest.xml")!.async("string");
    for (const n of names.filter((x) => x !== "imsmanifest.xml")) expect(manifest).toContain(`href="${n}"`);
  });

  it("validates against the IMS QTI 2.1 XSD (items and test) and IMS Content Packaging 1.1 (manifest) with xmllint", () => {
    const files = qtiFiles(trickyDeck());
    const qti = xmllint(
      files.filter((f) => f.name !== "imsmanifest.xml"),
      ["--schema", QTI_XSD],
    );
    expect(qti.output).not.toMatch(/fails to validate|error/i);
    expect(qti.ok).toBe(true);
    const cp = xmllint(
      files.filter((f) => f.name === "imsmanifest.xml"),
      ["--schema", CP_XSD],
    );
    expect(cp.output).toMatch(/validates/);
    expect(cp.ok).toBe(true);
  });

  it("the validation can fail: an item with its feedback before the body is refused", () => {
    const item = qtiFiles(trickyDeck()).find((f) => f.name.startsWith("items/"))!;
    const fb = /<modalFeedback[\s\S]*<\/modalFeedback>/.exec(item.data)![0];
    const broken = item.data.replace(fb, "").replace("<itemBody>", `${fb}<itemBody>`);
    const r = xmllint([{ name: "broken.xml", data: broken }], ["--schema", QTI_XSD]);
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/fails to validate/);
  });

  it("asks each item the way the deck does: choices, the true key, an entry box in the cloze's blank, the citation as feedback", () => {
    const files = qtiFiles(trickyDeck());
    const [mcq, cloze, tf, , uncited] = files.filter((f) => f.name.startsWith("items/")).map((f) => f.data);
    expect(mcq).toContain(`<simpleChoice identifier="C2">Almaty = &quot;Alma-Ata&quot;</simpleChoice>`);
    expect(mcq).toContain("<correctResponse><value>C2</value></correctResponse>");
    expect(cloze).toContain(
      `<p>The capital moved to Astana in <textEntryInteraction responseIdentifier="RESPONSE" expectedLength="10"/>, after a decree`,
    );
    expect(cloze).toContain(`<mapEntry mapKey="1997" mappedValue="1" caseSensitive="false"/>`);
    expect(tf).toContain("<correctResponse><value>FALSE</value></correctResponse>");
    expect(mcq).toMatch(
      /<modalFeedback [^>]*showHide="show"[^>]*><p>Source:<\/p><blockquote><p>Almaty = &quot;Alma-Ata&quot; was the capital until 1997.<\/p><\/blockquote><p>Kazakhstan: a history &lt;1&gt;<\/p><\/modalFeedback>/,
    );
    expect(uncited).toContain("<p>Uncited: no sentence of the source documents");
    const test = files.find((f) => f.name === "assessment.xml")!.data;
    expect(test).toContain(`title="Steppe :: notes / &quot;2024&quot; &lt;draft&gt; &amp; more"`);
  });
});
