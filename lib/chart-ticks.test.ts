import { describe, expect, it } from "vitest";
import { countTicks, slotTicks } from "./chart-ticks";

describe("countTicks", () => {
  it("rounds the top up to a step of 1, 2 or 5 times a power of ten", () => {
    expect(countTicks(642)).toEqual({
      top: 800,
      ticks: [0, 200, 400, 600, 800].map((v) => ({ at: v / 800, label: String(v) })),
    });
    expect(countTicks(7).top).toBe(8);
    expect(countTicks(10).ticks.map((t) => t.label)).toEqual(["0", "5", "10"]);
  });

  it("gives an axis of 0 to 1 when there is nothing to count", () => {
    expect(countTicks(0).top).toBe(1);
    expect(countTicks(0).ticks.map((t) => t.label)).toEqual(["0", "1"]);
  });

  it("never labels a fraction: the figures are counts", () => {
    expect(countTicks(1).ticks.map((t) => t.label)).toEqual(["0", "1"]);
    expect(countTicks(3).ticks.map((t) => t.label)).toEqual(["0", "1", "2", "3"]);
  });
});

describe("slotTicks", () => {
  it("labels at most `most` slots, evenly, each at the centre of its slot", () => {
    const days = Array.from({ length: 30 }, (_, i) => `d${i}`);
    const ticks = slotTicks(days, 6);
    expect(ticks.map((t) => t.label)).toEqual(["d0", "d5", "d10", "d15", "d20", "d25"]);
    expect(ticks[0]!.at).toBeCloseTo(0.5 / 30);
  });

  it("labels every slot when they are few", () => {
    expect(slotTicks(["a", "b"]).map((t) => t.at)).toEqual([0.25, 0.75]);
  });
});
