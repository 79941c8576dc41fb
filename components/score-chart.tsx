"use client";
// Score distribution of an assignment as a bar chart (Recharts); the same numbers are in the
// table next to it for screen readers and for copying.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export function ScoreChart({ buckets }: { buckets: { label: string; count: number }[] }) {
  return (
    <div aria-hidden="true" data-testid="score-chart" style={{ height: 220, maxWidth: 640 }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 220 }}>
        <BarChart data={buckets} margin={{ top: 10, right: 10, bottom: 10, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} width={30} />
          <Tooltip />
          <Bar dataKey="count" name="Students" fill="var(--chart-1)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
