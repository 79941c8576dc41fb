"use client";
// Progress charts (components/svg-chart.tsx; the calendar is components/review-heatmap.tsx). A
// client leaf: the server renders them into the page's HTML, and the RSC payload carries only
// their figures, not the markup a second time (decision 071); their marks are one string of
// SVG each, so hydrating a chart is a few elements. Each chart has a text alternative: an aria
// description with the gist, and the full figures in a table under "Show the numbers".
import { plural } from "@/lib/format";
import { TableAlt } from "./table-alt";
import { Columns, Line, PERCENT_TICKS, Plot, countTicks, slotTicks } from "./svg-chart";
import { titled } from "@/lib/svg-markup";

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

export function AccuracyChart({ points }: { points: AccuracyPointView[] }) {
  if (points.length === 0)
    return <p className="muted">No reviews yet: accuracy appears after your first week of study.</p>;
  const last = points.at(-1)!;
  const desc = `Share of reviews you recalled, per week, over ${plural(points.length, "week")} with reviews. Latest week (from ${last.weekStart}): ${last.accuracyPercent}% of ${plural(last.reviews, "review")}.`;
  return (
    <figure className="chart" data-testid="accuracy-chart">
      <Plot label={desc} height={220} yTicks={PERCENT_TICKS} xTicks={slotTicks(points.map((p) => short(p.weekStart)))}>
        <Line
          values={points.map((p) => p.accuracyPercent)}
          top={100}
          dots={points.length < 20}
          titles={points.map((p) => `Week of ${p.weekStart}: ${p.accuracyPercent}% recalled`)}
        />
      </Plot>
      <figcaption className="small muted">{desc}</figcaption>
      <TableAlt
        summary="Show the numbers"
        head={["Week of", "Reviews", "Recalled", "Accuracy"]}
        rows={points.map((p) => [p.weekStart, p.reviews, p.passed, `${p.accuracyPercent}%`])}
      />
    </figure>
  );
}

export function DueChart({ days }: { days: DueDayView[] }) {
  const total = days.reduce((n, d) => n + d.due, 0);
  const desc = `${plural(total, "card")} ${total === 1 ? "falls" : "fall"} due in the next ${days.length} days; ${days[0]?.due ?? 0} today (overdue included).`;
  const { top, ticks } = countTicks(Math.max(0, ...days.map((d) => d.due)));
  return (
    <figure className="chart" data-testid="due-chart">
      <Plot label={desc} height={200} yTicks={ticks} xTicks={slotTicks(days.map((d) => short(d.date)))}>
        <Columns
          className="bar-due"
          values={days.map((d) => d.due)}
          top={top}
          titles={days.map((d) => `${d.date}: ${plural(d.due, "card")} due`)}
        />
      </Plot>
      <figcaption className="small muted">{desc}</figcaption>
      <TableAlt
        summary="Show the numbers"
        testId="due-table"
        head={["Day", "Cards due"]}
        rows={days.map((d) => [d.date, d.due])}
      />
    </figure>
  );
}

/** A row's two bars (mastered, predicted recall) in a 0–100 box, as markup. */
function masteryMarkup(r: MasteryView): string {
  const bar = (p: number, y: number) => `d="M0 ${y}H${p}V${y + 38}H0Z"`;
  return (
    `<path class="chart-grid" d="M25 0V100M50 0V100M75 0V100"></path>` +
    `<g class="bar-mastered">${titled("path", bar(r.masteryPercent, 10), `${r.label}: ${r.masteryPercent}% mastered`)}</g>` +
    `<g class="bar-recall">${titled("path", bar(r.recallPercent, 52), `${r.label}: ${r.recallPercent}% predicted recall`)}</g>`
  );
}

/** Two bars per row (mastered, predicted recall), 0–100 %, the row's name on the left. */
function MasteryBars({ rows, label }: { rows: MasteryView[]; label: string }) {
  return (
    <div role="img" aria-label={label} className="plot hbars">
      {rows.map((r) => (
        <div key={r.group} className="hbar-row" aria-hidden="true">
          <span className="hbar-label">{r.label}</span>
          <svg
            viewBox="0 0 100 100"
            preserveAspectRatio="none"
            dangerouslySetInnerHTML={{ __html: masteryMarkup(r) }}
          />
        </div>
      ))}
      <div className="hbar-row" aria-hidden="true">
        <span />
        <div className="x-ticks">
          {PERCENT_TICKS.map((t) => (
            <span key={t.label} style={{ left: `${t.at * 100}%` }}>
              {t.label}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}

export function MasteryChart({ rows, what, testId }: { rows: MasteryView[]; what: string; testId: string }) {
  if (rows.length === 0) return <p className="muted">Nothing studied yet.</p>;
  const top = rows.slice(0, 12);
  const desc = `Mastery by ${what}: ${top.map((r) => `${r.label} ${r.masteryPercent}%`).join(", ")}.`;
  return (
    <figure className="chart" data-testid={testId}>
      <MasteryBars rows={top} label={desc} />
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
      <TableAlt
        summary="Show the numbers"
        head={[what, "Items", "Studied", "Mastered", "Mastery", "Recall now"]}
        rows={rows.map((r) => [r.label, r.items, r.studied, r.mastered, `${r.masteryPercent}%`, `${r.recallPercent}%`])}
      />
    </figure>
  );
}
