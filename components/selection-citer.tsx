"use client";
// Instructors select a passage of the document text to cite it: for a new question in a deck,
// or as the new citation of an item being edited. Offsets are UTF-16 code units into the stored
// text, counted from the start of the text element (the same units citations use).
import Link from "@/components/link";
import { useEffect, useState } from "react";

export function SelectionCiter({
  containerId,
  targets,
}: {
  containerId: string;
  targets: { label: string; base: string }[];
}) {
  const [span, setSpan] = useState<{ start: number; end: number; text: string } | null>(null);
  useEffect(() => {
    const onChange = () => {
      const el = document.getElementById(containerId);
      const sel = window.getSelection();
      if (!el || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      const r = sel.getRangeAt(0);
      if (!el.contains(r.startContainer) || !el.contains(r.endContainer)) return;
      const pre = document.createRange();
      pre.setStart(el, 0);
      pre.setEnd(r.startContainer, r.startOffset);
      const raw = r.toString();
      let start = pre.toString().length;
      let end = start + raw.length;
      // Trim spaces and line breaks the selection picked up at its ends.
      const lead = raw.length - raw.trimStart().length;
      const trail = raw.length - raw.trimEnd().length;
      start += lead;
      end -= trail;
      if (end > start) setSpan({ start, end, text: raw.trim() });
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [containerId]);
  return (
    <aside
      className="card"
      aria-label="Cite a passage"
      data-testid="selection-citer"
      style={{ position: "sticky", top: 0, zIndex: 1 }}
    >
      {!span ? (
        <p className="small muted" style={{ margin: 0 }}>
          Select a sentence in the text below to cite it in a question.
        </p>
      ) : (
        <>
          <p className="small" style={{ margin: 0 }}>
            Selected characters {span.start}–{span.end}:{" "}
            <q data-testid="selected-text">{span.text.length > 140 ? `${span.text.slice(0, 140)}…` : span.text}</q>
          </p>
          <p className="row" style={{ margin: ".4rem 0 0" }}>
            {targets.map((t) => (
              <Link
                key={t.base}
                className="btn secondary"
                href={`${t.base}${t.base.includes("?") ? "&" : "?"}start=${span.start}&end=${span.end}`}
              >
                {t.label}
              </Link>
            ))}
          </p>
        </>
      )}
    </aside>
  );
}
