"use client";
// The calendar's squares (components/review-heatmap.tsx), drawn in the browser after hydration
// as one string of markup the browser parses natively: 730 elements made by React were most of
// the progress page's main-thread work (decision 071). Then the calendar is scrolled to its
// latest weeks (it scrolls sideways on a narrow screen).
import { useEffect, useRef } from "react";
import { useBrowserValue } from "./use-browser-value";
import { CELL, GAP } from "./heatmap-geometry";

/** Dates and counts only, but escaped all the same: this goes in as markup. */
const esc = (v: string | number) => String(v).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function squares(dates: string[], counts: number[], offset: number, max: number): string {
  return dates
    .map((date, i) => {
      const n = counts[i] ?? 0;
      const level = n === 0 ? 0 : Math.min(4, Math.ceil((n / max) * 4));
      const k = i + offset;
      const x = 24 + Math.floor(k / 7) * (CELL + GAP);
      const y = 14 + (k % 7) * (CELL + GAP);
      const tip = `${date}: ${n} review${n === 1 ? "" : "s"}`;
      return `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" rx="2" class="h${level}" data-date="${esc(date)}" data-count="${n}"><title>${esc(tip)}</title></rect>`;
    })
    .join("");
}

export function HeatmapSquares(props: { dates: string[]; counts: number[]; offset: number; max: number }) {
  const { dates, counts, offset, max } = props;
  const ref = useRef<SVGGElement>(null);
  const drawn = useBrowserValue(() => true, false);
  useEffect(() => {
    const scroller = ref.current?.closest(".chart");
    if (drawn && scroller) scroller.scrollLeft = scroller.scrollWidth;
  }, [drawn]);
  return <g ref={ref} dangerouslySetInnerHTML={{ __html: drawn ? squares(dates, counts, offset, max) : "" }} />;
}
