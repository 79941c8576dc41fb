"use client";
// A chart's figures as a table under "Show the numbers", rendered only once opened: a year of
// days is hundreds of rows that most visits never open, and the server rendered and sent
// them on every visit (decision 071).
import { useEffect, useRef, useState } from "react";

export function TableAlt({ summary, children }: { summary: string; children: () => React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  // opened before the page hydrated: show it now
  useEffect(() => {
    if (ref.current?.open) setOpen(true);
  }, []);
  return (
    <details className="table-alt" ref={ref} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="small">{summary}</summary>
      {open && children()}
    </details>
  );
}
