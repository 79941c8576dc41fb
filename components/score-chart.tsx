// Score distribution of an assignment as a bar chart, drawn on the server (components/svg-chart.tsx);
// the same numbers are in the table next to it for screen readers and for copying.
import { Columns, Plot, countTicks, slotTicks } from "./svg-chart";

export function ScoreChart({ buckets }: { buckets: { label: string; count: number }[] }) {
  const { top, ticks } = countTicks(Math.max(0, ...buckets.map((b) => b.count)));
  return (
    <div aria-hidden="true" data-testid="score-chart" style={{ maxWidth: 640 }}>
      <Plot
        label="Students per score band"
        height={220}
        yTicks={ticks}
        xTicks={slotTicks(
          buckets.map((b) => b.label),
          5,
        )}
      >
        <Columns
          className="bar-score"
          values={buckets.map((b) => b.count)}
          top={top}
          titles={buckets.map((b) => `${b.label}: ${b.count} student${b.count === 1 ? "" : "s"}`)}
        />
      </Plot>
    </div>
  );
}
