// The place or the body a text is about is guessed from the topic, like its protagonist (hW's raters: "In the
// _____, … the urge to privatize …" -> United States, "several _____ rulings" -> Supreme Court, flagged obvious).
import { describe, expect, it } from "vitest";
import { generateDeck } from "..";

const court = (i: number) =>
  [
    `The Supreme Court ruled on commerce in case ${i}.`,
    `In the next term the Supreme Court narrowed the clause again.`,
  ].join(" ");

describe("the body a text is about", () => {
  it("is no blank when the text names it far more than any other", () => {
    const text =
      "Federalism and the Courts\n\n" +
      Array.from({ length: 5 }, (_, i) => court(i)).join("\n\n") +
      "\n\nCongress passed the Sherman Act in 1890 after the Interstate Commerce Commission was created in 1887.";
    const items = generateDeck([{ id: "d", title: "Federalism and the Courts", text }], {
      seed: 1,
      maxItemsPer1000Words: 1000,
    }).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((i) => i.answer === "Supreme Court").map((i) => i.prompt)).toEqual([]);
  });

  it("is asked where it is one name among others", () => {
    const text =
      "Federalism and the Courts\n\n" +
      court(1) +
      "\n\nCongress passed the Sherman Act in 1890 after the Interstate Commerce Commission was created in 1887.";
    const items = generateDeck([{ id: "d", title: "Federalism and the Courts", text }], {
      seed: 1,
      maxItemsPer1000Words: 1000,
    }).items;
    expect(items.some((i) => i.answer === "Supreme Court")).toBe(true);
  });
});

describe("a point counted off ('First, …', 'Second, …')", () => {
  it("is asked with the sentence that announces it, or not at all", () => {
    const text =
      "Reconstruction\n\nThe war changed federal power in two lasting ways. First, the Union victory in 1865 put an end to the right of states to secede. Second, Congress imposed several conditions for readmitting the Confederate states in 1867.\n\n" +
      "Later historians debated these changes at length in 1901 and again in 1935 after the Depression began in 1929.";
    const items = generateDeck([{ id: "d", title: "Reconstruction", text }], {
      seed: 1,
      maxItemsPer1000Words: 1000,
    }).items;
    const counted = items.filter((i) => /(?:^|\s)(?:First|Second),/.test(i.prompt));
    expect(counted.length).toBeGreaterThan(0);
    for (const i of counted)
      expect(i.prompt.startsWith("The war changed federal power in two lasting ways.")).toBe(true);
  });
});
