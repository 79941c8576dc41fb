// A year of reviews as a calendar (SVG), drawn on the server but for its 365 squares and its
// table: those are drawn in the browser (components/heatmap-squares.tsx) from the first day and
// the counts, since on the server they were a third of the progress page's HTML and hydrating
// them cost as much as drawing them (decision 071). The description and the labels are computed
// here, not in the browser (the first use of Intl costs a phone tens of milliseconds).
import { plural } from "@/lib/format";
import { HeatmapSquares, HeatmapTable } from "./heatmap-squares";
import { CELL, GAP } from "./heatmap-geometry";
import "./charts.css";

export interface CalendarDayView {
  date: string;
  reviews: number;
}

const MONTH = new Intl.DateTimeFormat("en", { month: "short", timeZone: "UTC" });

/** A year of reviews as a calendar: one square per day (consecutive days), a column per week, Monday first. */
export function ReviewHeatmap({ days }: { days: CalendarDayView[] }) {
  const max = Math.max(1, ...days.map((d) => d.reviews));
  const first = days[0] ? new Date(`${days[0].date}T00:00:00Z`) : new Date();
  const offset = (first.getUTCDay() + 6) % 7;
  const weeks = Math.ceil((days.length + offset) / 7);
  const active = days.filter((d) => d.reviews > 0);
  // one array for both client parts: the payload carries it once
  const counts = days.map((d) => d.reviews);
  const firstDate = days[0]?.date ?? "1970-01-01";
  const total = days.reduce((n, d) => n + d.reviews, 0);
  const desc = `Reviews per day over the last ${days.length} days: ${plural(total, "review")} on ${plural(active.length, "day")}, at most ${max} in a day.`;
  const months = days.flatMap((d, i) =>
    d.date.endsWith("-01")
      ? [{ x: Math.floor((i + offset) / 7) * (CELL + GAP), label: MONTH.format(new Date(`${d.date}T00:00:00Z`)) }]
      : [],
  );
  const width = weeks * (CELL + GAP) + 24;
  const height = 7 * (CELL + GAP) + 18;
  return (
    <figure data-testid="heatmap">
      {/* a scroll area on narrow screens, scrolled to the latest weeks; focusable so keyboards can scroll it */}
      <div
        className="chart"
        tabIndex={0}
        role="region"
        aria-label="Calendar of reviews (scrolls sideways on a narrow screen)"
      >
        <svg
          className="heatmap"
          role="img"
          aria-label={desc}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
        >
          {months.map((m) => (
            <text key={`${m.x}${m.label}`} x={m.x + 24} y={10} fontSize={9}>
              {m.label}
            </text>
          ))}
          {["Mon", "Wed", "Fri"].map((l, i) => (
            <text key={l} x={0} y={16 + (i * 2 + 1) * (CELL + GAP) - 3} fontSize={8}>
              {l}
            </text>
          ))}
          <HeatmapSquares first={firstDate} counts={counts} offset={offset} max={max} />
        </svg>
      </div>
      <figcaption className="small muted">{desc} The stronger the colour, the more reviews.</figcaption>
      <HeatmapTable first={firstDate} counts={counts} />
    </figure>
  );
}
