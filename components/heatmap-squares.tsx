"use client";
// The calendar's squares and its table (components/review-heatmap.tsx), from the first day's date
// and one count per day: the RSC payload carries those numbers once, not a date per square nor a
// row per day (decision 071). The squares are drawn in the browser after hydration as one string
// of markup the browser parses natively: 730 elements made by React were most of the progress
// page's main-thread work. Then the calendar is scrolled to its latest weeks (it scrolls sideways
// on a narrow screen).
import { useEffect, useRef } from "react";
import { useBrowserValue } from "./use-browser-value";
import { CELL, GAP } from "./heatmap-geometry";
import { TableAlt } from "./table-alt";
import { esc } from "@/lib/svg-markup";

const DAY_MS = 86_400_000;

/** The dates (YYYY-MM-DD) of `n` consecutive days from `first`. */
export function dayDates(first: string, n: number): string[] {
  const t0 = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => new Date(t0 + i * DAY_MS).toISOString().slice(0, 10));
}

function squares(first: string, counts: number[], offset: number, max: number): string {
  return dayDates(first, counts.length)
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

export function HeatmapSquares(props: { first: string; counts: number[]; offset: number; max: number }) {
  const { first, counts, offset, max } = props;
  const ref = useRef<SVGGElement>(null);
  const drawn = useBrowserValue(() => true, false);
  useEffect(() => {
    const scroller = ref.current?.closest(".chart");
    if (drawn && scroller) scroller.scrollLeft = scroller.scrollWidth;
  }, [drawn]);
  return <g ref={ref} dangerouslySetInnerHTML={{ __html: drawn ? squares(first, counts, offset, max) : "" }} />;
}

/** The days with reviews, latest first, under "Show the days with reviews". */
export function HeatmapTable({ first, counts }: { first: string; counts: number[] }) {
  const dates = dayDates(first, counts.length);
  const rows = counts.flatMap((n, i) => (n > 0 ? [[dates[i]!, n]] : [])).reverse();
  return <TableAlt summary="Show the days with reviews" head={["Day", "Reviews"]} rows={rows} />;
}
