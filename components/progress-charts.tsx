"use client";
// Progress charts (Recharts, and an SVG calendar). Each chart has a text alternative: an
// aria description with the gist, and the full figures in a table under "Show the numbers".
import { useEffect, useRef } from "react";
import { plural } from "@/lib/format";
import { TableAlt } from "./table-alt";
import { useBrowserValue } from "./use-browser-value";
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface AccuracyPointView {
  weekStart: string;
  reviews: number;
  passed: number;
  accuracyPercent: number;
}
export interface DueDayView {
  date: string;
  due: number;
}
export interface CalendarDayView {
  date: string;
  reviews: number;
}
export interface MasteryView {
  group: string;
  label: string;
  items: number;
  studied: number;
  mastered: number;
  recallPercent: number;
  masteryPercent: number;
}

const short = (iso: string) => iso.slice(5);
/** Recharts hands tooltips loosely typed values; ours are numbers and ISO dates. */
const percent = (v: unknown) => (typeof v === "number" ? `${v}%` : "");
const text = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");

export function AccuracyChart({ points }: { points: AccuracyPointView[] }) {
  if (points.length === 0)
    return <p className="muted">No reviews yet: accuracy appears after your first week of study.</p>;
  const last = points.at(-1)!;
  const desc = `Share of reviews you recalled, per week, over ${plural(points.length, "week")} with reviews. Latest week (from ${last.weekStart}): ${last.accuracyPercent}% of ${plural(last.reviews, "review")}.`;
  return (
    <figure className="chart" data-testid="accuracy-chart">
      <div role="img" aria-label={desc} className="plot" style={{ height: 220 }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" />
            <XAxis dataKey="weekStart" tickFormatter={short} fontSize={12} minTickGap={20} />
            <YAxis domain={[0, 100]} unit="%" fontSize={12} width={44} />
            <Tooltip formatter={(v) => [percent(v), "Recalled"]} labelFormatter={(l) => `Week of ${text(l)}`} />
            <Line
              type="monotone"
              dataKey="accuracyPercent"
              stroke="var(--chart-1)"
              strokeWidth={2}
              dot={points.length < 20}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="small muted">{desc}</figcaption>
      <TableAlt summary="Show the numbers">
        {() => (
          <table>
            <thead>
              <tr>
                <th>Week of</th>
                <th>Reviews</th>
                <th>Recalled</th>
                <th>Accuracy</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.weekStart}>
                  <td>{p.weekStart}</td>
                  <td>{p.reviews}</td>
                  <td>{p.passed}</td>
                  <td>{p.accuracyPercent}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </TableAlt>
    </figure>
  );
}

export function DueChart({ days }: { days: DueDayView[] }) {
  const total = days.reduce((n, d) => n + d.due, 0);
  const desc = `${plural(total, "card")} ${total === 1 ? "falls" : "fall"} due in the next ${days.length} days; ${days[0]?.due ?? 0} today (overdue included).`;
  return (
    <figure className="chart" data-testid="due-chart">
      <div role="img" aria-label={desc} className="plot" style={{ height: 200 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={days} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="date" tickFormatter={short} fontSize={12} minTickGap={16} />
            <YAxis allowDecimals={false} fontSize={12} width={40} />
            <Tooltip formatter={(v) => [v, "Cards due"]} />
            <Bar dataKey="due" fill="var(--chart-3)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="small muted">{desc}</figcaption>
      <TableAlt summary="Show the numbers">
        {() => (
          <table data-testid="due-table">
            <thead>
              <tr>
                <th>Day</th>
                <th>Cards due</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.date}>
                  <td>{d.date}</td>
                  <td>{d.due}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </TableAlt>
    </figure>
  );
}

export function MasteryChart({ rows, what, testId }: { rows: MasteryView[]; what: string; testId: string }) {
  if (rows.length === 0) return <p className="muted">Nothing studied yet.</p>;
  const top = rows.slice(0, 12);
  const desc = `Mastery by ${what}: ${top.map((r) => `${r.label} ${r.masteryPercent}%`).join(", ")}.`;
  return (
    <figure className="chart" data-testid={testId}>
      <div role="img" aria-label={desc} className="plot" style={{ height: Math.max(120, top.length * 30 + 40) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={top}
            layout="vertical"
            margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} unit="%" fontSize={12} />
            <YAxis
              type="category"
              dataKey="label"
              width={150}
              fontSize={12}
              tickFormatter={(l: string) => (l.length > 22 ? `${l.slice(0, 21)}…` : l)}
            />
            <Tooltip
              formatter={(v, name) => [percent(v), name === "masteryPercent" ? "Mastered" : "Predicted recall"]}
            />
            <Bar
              dataKey="masteryPercent"
              fill="var(--chart-1)"
              isAnimationActive={false}
              name="masteryPercent"
              className="bar-mastered"
            />
            <Bar
              dataKey="recallPercent"
              fill="var(--chart-2)"
              isAnimationActive={false}
              name="recallPercent"
              className="bar-recall"
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      {/* a key by colour swatch, not by "dark" and "light": the dark theme swaps which bar is lighter */}
      <figcaption className="small muted" data-testid="mastery-key">
        <span className="key">
          <span className="swatch c1" aria-hidden="true" />
          Mastered: share of the items remembered after three weeks or more.
        </span>{" "}
        <span className="key">
          <span className="swatch c2" aria-hidden="true" />
          Predicted recall today of the items you studied.
        </span>
      </figcaption>
      <TableAlt summary="Show the numbers">
        {() => (
          <table>
            <thead>
              <tr>
                <th>{what}</th>
                <th>Items</th>
                <th>Studied</th>
                <th>Mastered</th>
                <th>Mastery</th>
                <th>Recall now</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.group}>
                  <td>{r.label}</td>
                  <td>{r.items}</td>
                  <td>{r.studied}</td>
                  <td>{r.mastered}</td>
                  <td>{r.masteryPercent}%</td>
                  <td>{r.recallPercent}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </TableAlt>
    </figure>
  );
}

/** A year of reviews as a calendar: one square per day, a column per week. */
export function ReviewHeatmap({ days }: { days: CalendarDayView[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  // The 365 squares are drawn in the browser, like the other charts: on the server they were a
  // third of the page's HTML (decision 071). The figure's size and its description are served.
  const drawn = useBrowserValue(() => true, false);
  useEffect(() => {
    const el = scroller.current;
    if (drawn && el) el.scrollLeft = el.scrollWidth;
  }, [drawn]);
  const max = Math.max(1, ...days.map((d) => d.reviews));
  const level = (n: number) => (n === 0 ? 0 : Math.min(4, Math.ceil((n / max) * 4)));
  const first = days[0] ? new Date(`${days[0].date}T00:00:00Z`) : new Date();
  const offset = (first.getUTCDay() + 6) % 7; // Monday first
  const cell = 11,
    gap = 2;
  const weeks = Math.ceil((days.length + offset) / 7);
  const active = days.filter((d) => d.reviews > 0).length;
  const total = days.reduce((n, d) => n + d.reviews, 0);
  const desc = `Reviews per day over the last ${days.length} days: ${plural(total, "review")} on ${plural(active, "day")}, at most ${max} in a day.`;
  const months = days.flatMap((d, i) =>
    d.date.endsWith("-01")
      ? [
          {
            x: Math.floor((i + offset) / 7) * (cell + gap),
            label: new Date(`${d.date}T00:00:00Z`).toLocaleString("en", { month: "short", timeZone: "UTC" }),
          },
        ]
      : [],
  );
  return (
    <figure data-testid="heatmap">
      {/* a scroll area on narrow screens, scrolled to the latest weeks; focusable so keyboards can scroll it */}
      <div
        className="chart"
        ref={scroller}
        tabIndex={0}
        role="region"
        aria-label="Calendar of reviews (scrolls sideways on a narrow screen)"
      >
        <svg
          className="heatmap"
          role="img"
          aria-label={desc}
          width={weeks * (cell + gap) + 24}
          height={7 * (cell + gap) + 18}
          viewBox={`0 0 ${weeks * (cell + gap) + 24} ${7 * (cell + gap) + 18}`}
        >
          {months.map((m) => (
            <text key={`${m.x}${m.label}`} x={m.x + 24} y={10} fontSize={9}>
              {m.label}
            </text>
          ))}
          {["Mon", "Wed", "Fri"].map((l, i) => (
            <text key={l} x={0} y={16 + (i * 2 + 1) * (cell + gap) - 3} fontSize={8}>
              {l}
            </text>
          ))}
          {drawn &&
            days.map((d, i) => {
              const k = i + offset;
              return (
                <rect
                  key={d.date}
                  x={24 + Math.floor(k / 7) * (cell + gap)}
                  y={14 + (k % 7) * (cell + gap)}
                  width={cell}
                  height={cell}
                  rx={2}
                  className={`h${level(d.reviews)}`}
                  data-date={d.date}
                  data-count={d.reviews}
                >
                  <title>{`${d.date}: ${d.reviews} review${d.reviews === 1 ? "" : "s"}`}</title>
                </rect>
              );
            })}
        </svg>
      </div>
      <figcaption className="small muted">{desc} The stronger the colour, the more reviews.</figcaption>
      <TableAlt summary="Show the days with reviews">
        {() => (
          <table>
            <thead>
              <tr>
                <th>Day</th>
                <th>Reviews</th>
              </tr>
            </thead>
            <tbody>
              {days
                .filter((d) => d.reviews > 0)
                .reverse()
                .map((d) => (
                  <tr key={d.date}>
                    <td>{d.date}</td>
                    <td>{d.reviews}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </TableAlt>
    </figure>
  );
}
