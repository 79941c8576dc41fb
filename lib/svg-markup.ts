// SVG marks as one string of markup, for charts that draw many of them (decision 071): a few
// hundred React elements per chart cost the server a render and the browser a hydration, and
// the browser parses one string natively. Text that goes in is escaped.

/** Escapes text for markup (element content and double-quoted attributes). */
export const esc = (v: string | number) => String(v).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Coordinates in a 0–100 box: two decimals are finer than a pixel, and much shorter in the page. */
export const r2 = (n: number) => Math.round(n * 100) / 100;

/** An element with a title (the figure under the pointer), e.g. a bar. */
export const titled = (tag: string, attrs: string, title: string) =>
  `<${tag} ${attrs}><title>${esc(title)}</title></${tag}>`;

/** One bar per slot, from 0 to value / top, in a 0–100 box; none for a zero (nothing to point at:
 *  the table has its zero). */
export function columnsMarkup(values: number[], top: number, titles: string[]): string {
  const w = 100 / Math.max(1, values.length);
  return values
    .map((v, i) => {
      const h = (Math.max(0, v) / top) * 100;
      if (h === 0) return "";
      const at = `x="${r2(i * w + w * 0.1)}" y="${r2(100 - h)}" width="${r2(w * 0.8)}" height="${r2(h)}"`;
      return titled("rect", at, titles[i] ?? "");
    })
    .join("");
}

/** A line through one point per slot (value / top), dots when asked, and a hover area per slot
 *  whose title gives the figure. */
export function lineMarkup(values: number[], top: number, titles: string[], dots: boolean): string {
  const w = 100 / Math.max(1, values.length);
  const pts = values.map((v, i) => [r2(i * w + w / 2), r2(100 - (Math.max(0, v) / top) * 100)] as const);
  const line = `<polyline class="chart-line" points="${pts.map(([x, y]) => `${x},${y}`).join(" ")}"></polyline>`;
  const dotPath = dots ? `<path class="chart-dots" d="${pts.map(([x, y]) => `M${x} ${y}h0`).join("")}"></path>` : "";
  const hover = values
    .map((_, i) =>
      titled("rect", `class="chart-hover" x="${r2(i * w)}" y="0" width="${r2(w)}" height="100"`, titles[i] ?? ""),
    )
    .join("");
  return line + dotPath + hover;
}
