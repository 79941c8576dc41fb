import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { detectTextFormat, readBank } from "./detect";
import { InteropError, MAX_IMPORT_BYTES } from "./errors";
import { writeAnkiTsv } from "./anki-text";
import { writeGift } from "./gift-writer";
import { writeMoodleXml } from "./moodle-xml-writer";
import { writeQuizlet } from "./quizlet";
import { writeCsv } from "./csv";
import { writeApkg } from "./apkg-writer";
import { trickyDeck } from "./test-fixtures";

const enc = (s: string) => new TextEncoder().encode(s);
const fail = (p: Promise<unknown>) =>
  p.then(
    () => "no error",
    (e: unknown) => (e instanceof InteropError ? `${e.code}: ${e.message}` : `other: ${String(e)}`),
  );

describe("telling formats apart", () => {
  it("recognises each export by its content, whatever the file is called", () => {
    const deck = trickyDeck();
    expect(detectTextFormat("bank.txt", writeGift(deck))).toBe("gift");
    expect(detectTextFormat("bank.txt", writeMoodleXml(deck))).toBe("moodle-xml");
    expect(detectTextFormat("bank.txt", writeAnkiTsv(deck))).toBe("tsv");
    expect(detectTextFormat("bank.txt", writeQuizlet(deck))).toBe("quizlet");
    expect(detectTextFormat("bank.csv", writeCsv(deck))).toBe("csv");
    expect(detectTextFormat("q.txt", "What is 2+2?{=4 ~5}")).toBe("gift");
  });

  it("reads an .apkg whatever its name, and each text format into the same items", async () => {
    const deck = trickyDeck();
    const apkg = await readBank("download", await writeApkg(deck, new Date()));
    expect(apkg.format).toBe("apkg");
    for (const [name, text] of [
      ["a.txt", writeGift(deck)],
      ["b.xml", writeMoodleXml(deck)],
      ["c.txt", writeAnkiTsv(deck)],
      ["d.csv", writeCsv(deck)],
    ] as const)
      expect((await readBank(name, enc(text))).items).toHaveLength(deck.items.length);
  });
});

describe("bad input", () => {
  it("refuses a file over the size limit, an empty file, non-UTF-8 text and an unknown format, each with a plain message", async () => {
    expect(await fail(readBank("big.gift", new Uint8Array(MAX_IMPORT_BYTES + 1)))).toBe(
      "FILE_TOO_LARGE: “big.gift” is 10.0 MB; the limit for an import is 10 MB.",
    );
    expect(await fail(readBank("empty.gift", new Uint8Array()))).toBe("EMPTY_BANK: “empty.gift” is empty.");
    expect(await fail(readBank("latin1.txt", new Uint8Array([0x51, 0x3f, 0x7b, 0x3d, 0xe9, 0x7d])))).toMatch(
      /^INVALID_TEXT: “latin1.txt” is not UTF-8 text/,
    );
    expect(await fail(readBank("notes.txt", enc("Just some prose.\nNothing to import here.")))).toMatch(
      /^UNSUPPORTED_FORMAT: CiteDeck cannot tell what format “notes.txt” is in/,
    );
  });

  it("refuses a bank with no usable question, and says what was skipped", async () => {
    expect(await fail(readBank("essays.gift", enc("Discuss the steppe.{}\n\nMatch.{=a -> b =c -> d}")))).toBe(
      "EMPTY_BANK: No questions CiteDeck can use were found in “essays.gift” (read as Moodle GIFT). 1 essay question was skipped: CiteDeck has no such item. 1 matching question was skipped: CiteDeck has no such item.",
    );
    const zip = new JSZip();
    zip.file("imsmanifest.xml", "<manifest/>");
    expect(await fail(readBank("qti.zip", await zip.generateAsync({ type: "uint8array" })))).toMatch(
      /^UNKNOWN_SCHEMA: This zip is not an Anki package/,
    );
  });

  it("drops multiple-choice items whose key is not an option, and items too long to show", async () => {
    const bank = await readBank(
      "x.csv",
      enc(
        `prompt,answer,type,options\nPick,zeta,mcq,"alpha\nbeta"\nOK?,Yes,flashcard,\n${"L".repeat(2100)},x,flashcard,\n`,
      ),
    );
    expect(bank.items.map((i) => i.prompt)).toEqual(["OK?"]);
    expect(bank.warnings).toEqual([
      "1 question was skipped: longer than 2000 characters (or an answer longer than 500).",
      "1 multiple-choice question was skipped: the right answer is not one of 2 to 8 distinct options.",
    ]);
  });
});
