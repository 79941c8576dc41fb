// One entry point for every export format: the deck in, the file's bytes and type out.
import { writeAnkiTsv } from "./anki-text";
import { writeApkg } from "./apkg-writer";
import { writeCsv } from "./csv";
import { writeGift } from "./gift-writer";
import { writeMoodleXml } from "./moodle-xml-writer";
import { writeQti } from "./qti-writer";
import { writeQuizlet } from "./quizlet";
import type { ExportDeck, ExportedFile, ExportFormat } from "./types";

const text = (s: string, contentType: string, extension: string): ExportedFile => ({
  bytes: new TextEncoder().encode(s),
  contentType,
  extension,
});

export async function exportDeck(deck: ExportDeck, format: ExportFormat, now: Date): Promise<ExportedFile> {
  switch (format) {
    case "apkg":
      return { bytes: await writeApkg(deck, now), contentType: "application/octet-stream", extension: ".apkg" };
    case "qti":
      return { bytes: await writeQti(deck, now), contentType: "application/zip", extension: ".qti.zip" };
    case "tsv":
      return text(writeAnkiTsv(deck), "text/tab-separated-values; charset=utf-8", ".anki.txt");
    case "quizlet":
      return text(writeQuizlet(deck), "text/plain; charset=utf-8", ".quizlet.txt");
    case "gift":
      return text(writeGift(deck), "text/plain; charset=utf-8", ".gift.txt");
    case "moodle-xml":
      return text(writeMoodleXml(deck), "application/xml; charset=utf-8", ".moodle.xml");
    case "csv":
      return text(writeCsv(deck), "text/csv; charset=utf-8", ".csv");
  }
}
