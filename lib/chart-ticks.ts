// Where the labels go along a chart's axes (components/svg-chart.tsx draws them): round counts, percent,
// and at most a few labels along a row of days or weeks.
export interface Tick {
  /** 0 at the start of the axis (left, or bottom), 1 at its end */
  at: number;
  label: string;
}

/** Nice round ticks from 0 to at least `max` (0, 5, 10 …), about `count` of them. */
export function countTicks(max: number, count = 4): { top: number; ticks: Tick[] } {
  const raw = Math.max(1, max) / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  // whole numbers only: these are counts (cards, students)
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? raw);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => ({
    at: (i * step) / top,
    label: String(i * step),
  }));
  return { top, ticks };
}

export const PERCENT_TICKS: Tick[] = [0, 25, 50, 75, 100].map((p) => ({ at: p / 100, label: `${p}%` }));

/** At most `most` labels along an axis of `n` slots, evenly spaced, centred on their slot. */
export function slotTicks(labels: string[], most = 6): Tick[] {
  const every = Math.max(1, Math.ceil(labels.length / most));
  return labels.flatMap((label, i) => (i % every === 0 ? [{ at: (i + 0.5) / labels.length, label }] : []));
}
