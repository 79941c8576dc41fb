// "What causes …?" asks with the text's own verb, and never of a bare "the inflammation" the card does not name.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { generateDeck } from "../index";

const deck = (text: string) =>
  generateDeck([{ id: "d", title: text.split("\n")[0]!, text }], {
    lexicon: loadWordNet()!,
    seed: 1,
    maxItemsPer1000Words: 1000,
  }).items;

describe("cause cards", () => {
  it("ask what produces a thing the text says is produced", () => {
    const items = deck(`The Cytoskeleton

Microtubules

Microtubules are hollow tubes of tubulin that help cells keep their shape. The mitotic spindle is produced by two centrosomes at opposite ends of the cell. The spindle separates the chromosomes during mitosis.
`);
    const card = items.find((i) => i.form === "cause");
    expect(card?.prompt).toMatch(/What produces the mitotic spindle\?$/);
  });
  it("ask nothing of 'the inflammation' alone", () => {
    const items = deck(`Viral Hepatitis

Hepatitis Viruses

Five viruses infect the liver and cause hepatitis. Hepatocytes infected by the virus replicate it and release more virions into the blood. The inflammation is caused by immune cells attacking the infected hepatocytes. Most infections clear within months.
`);
    expect(items.filter((i) => /What causes the inflammation\?/.test(i.prompt))).toEqual([]);
  });
});
