// Charts as SVG inside a little CSS grid, no chart library (recharts was the progress page's 109
// KB script; decision 071). Plain components: the gradebook's score chart renders them on the
// server, the progress charts (components/progress-charts.tsx) in a client leaf, so that page's
// payload carries their numbers, not their markup. The plot is an SVG stretched to its box
// (viewBox 0–100 both ways, strokes that do not scale); axis labels are HTML placed in percent,
// so text stays sharp at any width. Colours are CSS variables (components/charts.css), so the
// dark theme applies. Each mark has a <title>: the figure under the pointer. The marks are one
// string of markup per chart (lib/svg-markup.ts), not an element each.
import "./charts.css";
import type { Tick } from "@/lib/chart-ticks";
import { columnsMarkup, lineMarkup, r2 } from "@/lib/svg-markup";

export { PERCENT_TICKS, countTicks, slotTicks, type Tick } from "@/lib/chart-ticks";

/** Horizontal grid lines, dashed, at the ticks (y measured from the bottom). */
function GridRows({ ticks }: { ticks: Tick[] }) {
  return <path className="chart-grid" d={ticks.map((t) => `M0 ${r2(100 - t.at * 100)}H100`).join("")} />;
}

/** The frame: y labels on the left, the plot, x labels under it. */
export function Plot({
  label,
  height,
  yTicks,
  xTicks,
  children,
}: {
  label: string;
  height: number;
  yTicks: Tick[];
  xTicks: Tick[];
  children: React.ReactNode;
}) {
  return (
    <div role="img" aria-label={label} className="plot svg-plot" style={{ height }}>
      <div className="y-ticks" aria-hidden="true">
        {yTicks.map((t) => (
          <span key={t.label} style={{ top: `${r2(100 - t.at * 100)}%` }}>
            {t.label}
          </span>
        ))}
      </div>
      <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
        <GridRows ticks={yTicks} />
        {children}
      </svg>
      <div className="x-ticks" aria-hidden="true">
        {xTicks.map((t) => (
          <span key={`${t.at}`} style={{ left: `${r2(t.at * 100)}%` }}>
            {t.label}
          </span>
        ))}
      </div>
    </div>
  );
}

/** One bar per slot, from 0 to value / top; none for a zero. */
export function Columns({
  values,
  top,
  titles,
  className,
}: {
  values: number[];
  top: number;
  titles: string[];
  className: string;
}) {
  return <g className={className} dangerouslySetInnerHTML={{ __html: columnsMarkup(values, top, titles) }} />;
}

/** A line through one point per slot (value / top), dots when there are few, and a hover area
 *  per slot whose title gives the figure. */
export function Line({
  values,
  top,
  titles,
  dots,
}: {
  values: number[];
  top: number;
  titles: string[];
  dots: boolean;
}) {
  return <g dangerouslySetInnerHTML={{ __html: lineMarkup(values, top, titles, dots) }} />;
}
