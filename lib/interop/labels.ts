// Names of the formats as the pages show them (no Node modules here: client forms import it).
import type { ExportFormat, ImportFormat } from "./types";
export { EXPORT_FORMATS, IMPORT_FORMATS } from "./types";

export const EXPORT_LABEL: Record<ExportFormat, string> = {
  apkg: "Anki package (.apkg)",
  tsv: "Anki text (.txt, tab-separated)",
  quizlet: "Quizlet (.txt)",
  gift: "Moodle GIFT (.txt)",
  "moodle-xml": "Moodle XML (.xml)",
  qti: "QTI 2.1 package for Canvas, Blackboard (.zip)",
  csv: "CSV, every field (.csv)",
};

export const FORMAT_LABEL: Record<ImportFormat, string> = {
  gift: "Moodle GIFT",
  "moodle-xml": "Moodle XML",
  apkg: "Anki package (.apkg)",
  tsv: "Anki text (tab-separated)",
  quizlet: "Quizlet (term, tab, definition)",
  csv: "CSV",
};
