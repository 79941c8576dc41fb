"use client";
// A chart's figures as a table under "Show the numbers", rendered only once opened: a year of
// days is hundreds of rows that most visits never open, so they travel as data, not as HTML
// (decision 071). The charts themselves are drawn on the server; this is their only client part.
import { useEffect, useRef, useState } from "react";

export type TableCell = string | number;

export function TableAlt({
  summary,
  head,
  rows,
  testId,
}: {
  summary: string;
  head: string[];
  rows: TableCell[][];
  testId?: string;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  // opened before the page hydrated: show it now
  useEffect(() => {
    if (ref.current?.open) setOpen(true);
  }, []);
  return (
    <details className="table-alt" ref={ref} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="small">{summary}</summary>
      {open && (
        <table data-testid={testId}>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) => (
                  <td key={j}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
