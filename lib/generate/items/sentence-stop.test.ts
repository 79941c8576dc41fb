import { describe, expect, it } from "vitest";
import { generateDeck } from "..";

describe("a blank at the end of a sentence", () => {
  it("leaves the full stop in the prompt, not in the answer", () => {
    const text =
      "Trade Between the Wars\n\nThe Great War began in 1914 and ended in 1918. Trade grew steadily from the 1870s until World War I. After the war, the major economies raised tariffs against one another. Trade fell by two thirds between 1929 and 1934.";
    const items = generateDeck([{ id: "d", title: "Trade Between the Wars", text }], {
      seed: 1,
      maxItemsPer1000Words: 1000,
    }).items;
    const end = items.filter((i) => i.type === "cloze" && /_____\.?$/.test(i.prompt));
    expect(end.length).toBeGreaterThan(0);
    for (const i of end) {
      expect(i.prompt.endsWith("_____.")).toBe(true);
      expect(i.answer).not.toMatch(/^[^.]*\p{L}\.$/u);
    }
  });
});
