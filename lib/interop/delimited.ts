// Rows of a delimited text file (CSV, TSV, Anki's text import): a field may be quoted with ",
// a doubled "" is a quote inside it, and a quoted field may hold the separator and line breaks.

export function parseDelimited(text: string, sep: string): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let atFieldStart = true;
  let line = 1;
  let rowLine = 1;
  const endField = () => {
    cells.push(field);
    field = "";
    atFieldStart = true;
  };
  const endRow = () => {
    endField();
    if (!(cells.length === 1 && cells[0] === "")) rows.push({ cells, line: rowLine });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
      continue;
    }
    if (ch === sep) {
      endField();
      continue;
    }
    if (ch === "\r" && text[i + 1] === "\n") continue;
    if (ch === "\n" || ch === "\r") {
      endRow();
      line++;
      rowLine = line;
      continue;
    }
    field += ch;
    atFieldStart = false;
  }
  if (field !== "" || cells.length > 0) endRow();
  return rows;
}
