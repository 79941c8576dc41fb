import { describe, expect, it } from "vitest";
import { columnsMarkup, esc, lineMarkup } from "./svg-markup";

describe("svg markup", () => {
  it("escapes text that goes into markup", () => {
    expect(esc(`<a href="x">R&D's</a>`)).toBe("&#60;a href=&#34;x&#34;&#62;R&#38;D&#39;s&#60;/a&#62;");
  });

  it("draws a titled bar per non-zero value, scaled to the top", () => {
    const m = columnsMarkup([0, 5, 10], 10, ["a", "b <5>", "c"]);
    expect(m.match(/<rect /g)).toHaveLength(2);
    expect(m).toContain(`y="50" width="26.67" height="50"><title>b &#60;5&#62;</title></rect>`);
    expect(m).toContain(`y="0" width="26.67" height="100"><title>c</title>`);
  });

  it("draws a line through each slot's middle, a hover area per slot, and dots only when asked", () => {
    const m = lineMarkup([100, 50], 100, ["w1", "w2"], false);
    expect(m).toContain(`points="25,0 75,50"`);
    expect(m.match(/class="chart-hover"/g)).toHaveLength(2);
    expect(m).not.toContain("chart-dots");
    expect(lineMarkup([100, 50], 100, ["w1", "w2"], true)).toContain(`d="M25 0h0M75 50h0"`);
  });
});
