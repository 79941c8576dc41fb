// Which format an uploaded file is in (by its bytes first, then its name), and reading it into a
// checked bank of items: size limit, text encoding, at least one item, sane lengths and options.
import { readApkg, readCollection } from "./apkg-reader";
import { readAnkiTsv } from "./anki-text";
import { readCsv } from "./csv";
import { InteropError, MAX_IMPORT_BYTES, MAX_IMPORT_ITEMS } from "./errors";
import { readGift } from "./gift-reader";
import { readMoodleXml } from "./moodle-xml-reader";
import { readQuizlet } from "./quizlet";
import { IMPORT_FORMATS, type ImportedBank, type ImportedItem, type ImportFormat } from "./types";
import { FORMAT_LABEL } from "./labels";

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, k) => b[k] === v);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const SQLITE = [...Buffer.from("SQLite format 3\0", "latin1")];

function decode(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InteropError("INVALID_TEXT", `“${fileName}” is not UTF-8 text. Save it as UTF-8 and try again.`);
  }
}

const ext = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";

/** The format of a text file, from its name and its first lines. */
export function detectTextFormat(fileName: string, text: string): ImportFormat {
  const e = ext(fileName);
  const head = text.replace(/^\uFEFF/, "").trimStart();
  if (e === "xml" || head.startsWith("<?xml") || head.startsWith("<quiz")) return "moodle-xml";
  if (e === "gift") return "gift";
  if (/^#(separator|html|guid column|notetype|deck|tags|columns):/im.test(head.slice(0, 2000)) || e === "tsv")
    return "tsv";
  if (e === "csv") return "csv";
  const lines = head.split(/\r?\n/).filter((l) => l.trim());
  if (lines.length > 0 && lines.every((l) => (l.match(/\t/g) ?? []).length === 1)) return "quizlet";
  if (/\{[^}]*[=~#][^}]*\}|\{\s*(T|F|TRUE|FALSE)\s*\}|^::.+::/m.test(head)) return "gift";
  if (lines.some((l) => l.includes("\t"))) return "tsv";
  throw new InteropError(
    "UNSUPPORTED_FORMAT",
    `CiteDeck cannot tell what format “${fileName}” is in. It reads Moodle GIFT (.gift or .txt), Moodle XML (.xml), Anki packages (.apkg), Anki or Quizlet text (.txt, .tsv) and CSV (.csv); choose the format in the list if the file name does not say.`,
  );
}

const MAX_PROMPT = 2000;
const MAX_ANSWER = 500;

/** Keeps items CiteDeck can show and grade; says how many it dropped and why. */
export function checkItems(bank: ImportedBank): ImportedBank {
  const kept: ImportedItem[] = [];
  let tooLong = 0;
  let badChoice = 0;
  for (const item of bank.items.slice(0, MAX_IMPORT_ITEMS)) {
    if (item.prompt.length > MAX_PROMPT || item.answer.length > MAX_ANSWER) {
      tooLong++;
      continue;
    }
    if (item.type !== "mcq") {
      kept.push({ ...item, options: [] });
      continue;
    }
    const options = [...new Map(item.options.map((o) => [o.toLowerCase(), o])).values()];
    if (options.length < 2 || options.length > 8 || !options.includes(item.answer)) {
      badChoice++;
      continue;
    }
    kept.push({ ...item, options });
  }
  const warnings = [...bank.warnings];
  if (bank.items.length > MAX_IMPORT_ITEMS) warnings.push(`Only the first ${MAX_IMPORT_ITEMS} questions were read.`);
  if (tooLong)
    warnings.push(
      `${tooLong} question${tooLong === 1 ? " was" : "s were"} skipped: longer than ${MAX_PROMPT} characters (or an answer longer than ${MAX_ANSWER}).`,
    );
  if (badChoice)
    warnings.push(
      `${badChoice} multiple-choice question${badChoice === 1 ? " was" : "s were"} skipped: the right answer is not one of 2 to 8 distinct options.`,
    );
  return { ...bank, items: kept, warnings };
}

export async function readBank(fileName: string, bytes: Uint8Array, format?: ImportFormat): Promise<ImportedBank> {
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new InteropError(
      "FILE_TOO_LARGE",
      `“${fileName}” is ${(bytes.length / 1048576).toFixed(1)} MB; the limit for an import is ${MAX_IMPORT_BYTES / 1048576} MB.`,
    );
  if (bytes.length === 0) throw new InteropError("EMPTY_BANK", `“${fileName}” is empty.`);
  if (format && !(IMPORT_FORMATS as readonly string[]).includes(format))
    throw new InteropError("UNSUPPORTED_FORMAT", `Unknown import format “${format}”.`);
  let bank: ImportedBank;
  if (format === "apkg" || (!format && startsWith(bytes, ZIP))) bank = await readApkg(bytes);
  else if (!format && startsWith(bytes, SQLITE)) bank = readCollection(bytes);
  else {
    const text = decode(bytes, fileName);
    const f = format ?? detectTextFormat(fileName, text);
    bank =
      f === "gift"
        ? readGift(text)
        : f === "moodle-xml"
          ? readMoodleXml(text)
          : f === "quizlet"
            ? readQuizlet(text)
            : f === "csv"
              ? readCsv(text)
              : readAnkiTsv(text);
  }
  const checked = checkItems(bank);
  if (checked.items.length === 0)
    throw new InteropError(
      "EMPTY_BANK",
      `No questions CiteDeck can use were found in “${fileName}” (read as ${FORMAT_LABEL[bank.format]}).${checked.warnings.length ? ` ${checked.warnings.join(" ")}` : ""}`,
    );
  return checked;
}
