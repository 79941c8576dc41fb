// Charts drawn on the server as SVG inside a little CSS grid: no client JavaScript (recharts
// was the progress page's 109 KB script; decision 071). The plot is an SVG stretched to its box
// (viewBox 0–100 both ways, strokes that do not scale); axis labels are HTML placed in percent,
// so text stays sharp at any width. Colours are CSS variables (components/charts.css), so the
// dark theme applies. Each mark has a <title>: the figure under the pointer.
import "./charts.css";
import type { Tick } from "@/lib/chart-ticks";

export { PERCENT_TICKS, countTicks, slotTicks, type Tick } from "@/lib/chart-ticks";

/** Coordinates in a 0–100 box: two decimals are finer than a pixel, and much shorter in the page. */
const r2 = (n: number) => Math.round(n * 100) / 100;

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
  const w = 100 / Math.max(1, values.length);
  return (
    <g className={className}>
      {values.map((v, i) => {
        const h = (Math.max(0, v) / top) * 100;
        // no bar, nothing to point at: an empty slot (the table has its zero)
        if (h === 0) return null;
        return (
          <rect key={i} x={r2(i * w + w * 0.1)} y={r2(100 - h)} width={r2(w * 0.8)} height={r2(h)}>
            <title>{titles[i]}</title>
          </rect>
        );
      })}
    </g>
  );
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
  const w = 100 / Math.max(1, values.length);
  const pts = values.map((v, i) => [r2(i * w + w / 2), r2(100 - (Math.max(0, v) / top) * 100)] as const);
  return (
    <g>
      <polyline className="chart-line" points={pts.map(([x, y]) => `${x},${y}`).join(" ")} />
      {dots && <path className="chart-dots" d={pts.map(([x, y]) => `M${x} ${y}h0`).join("")} />}
      {values.map((_, i) => (
        <rect key={i} className="chart-hover" x={r2(i * w)} y={0} width={r2(w)} height={100}>
          <title>{titles[i]}</title>
        </rect>
      ))}
    </g>
  );
}
