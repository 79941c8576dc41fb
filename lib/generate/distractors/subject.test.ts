// Wrong options come from the key's own subject: a deck of two unrelated documents never mixes their terms or names.
import { describe, expect, it } from "vitest";
import { generateDeck } from "..";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { possessorPlace } from "./entities";

const DIGESTION = [
  "Digestion",
  "Ingestion is the process by which food enters the mouth. Peristalsis is the process by which muscles push food along the gut. Absorption is the process by which nutrients pass into the blood. Assimilation is the process by which cells use the absorbed nutrients. Egestion is the process by which undigested waste leaves the body.",
].join("\n\n");
const LANDFORMS = [
  "Landforms",
  "Weathering is the process by which rock breaks down in place. Erosion is the process by which wind and water carry rock away. Deposition is the process by which carried sediment settles out. Subduction is the process by which one plate sinks beneath another. Uplift is the process by which the crust rises over long periods.",
].join("\n\n");

describe("wrong options of the key's subject", () => {
  it("a term's wrong options are terms of its own document", () => {
    const deck = generateDeck(
      [
        { id: "gut", title: "Digestion", text: DIGESTION },
        { id: "land", title: "Landforms", text: LANDFORMS },
      ],
      { seed: 3, lexicon: loadWordNet()!, maxItemsPer1000Words: 1000 },
    );
    const gut = ["ingestion", "peristalsis", "absorption", "assimilation", "egestion"];
    const mcqs = deck.items.filter((i) => i.type === "mcq" && i.options);
    expect(mcqs.length).toBeGreaterThan(0);
    for (const q of mcqs) {
      const gutKey = gut.includes(q.answer);
      for (const o of q.options!) expect(gut.includes(o), `${q.prompt}: ${o}`).toBe(gutKey);
    }
  });
});

describe("wrong options of the key's part", () => {
  it("'President _____' is offered only people the documents call President", () => {
    const text = [
      "Federal Power",
      "President Andrew Jackson fought the national bank in 1832. President Abraham Lincoln led the Union through the Civil War. " +
        "Governor Franklin Roosevelt proposed relief in 1930. President Ronald Reagan cut federal grants in 1981. " +
        "Senator Arlen Specter changed parties in 2009. Chief Justice John Marshall wrote the ruling in 1819. " +
        "Eric Cantor lost his seat in 2014. Social Security began in 1935. " +
        "Under President Andrew Jackson, the tariff crisis grew. Andrew Jackson vetoed the bank charter. " +
        "Abraham Lincoln, Franklin Roosevelt and Ronald Reagan all widened federal power. John Marshall and Arlen Specter shaped the law.",
    ].join("\n\n");
    const deck = generateDeck([{ id: "f", title: "Federal Power", text }], {
      seed: 2,
      lexicon: loadWordNet()!,
      maxItemsPer1000Words: 1000,
    });
    const presidents = [
      "Andrew Jackson",
      "Abraham Lincoln",
      "Franklin Roosevelt",
      "Ronald Reagan",
      "Jackson",
      "Lincoln",
      "Roosevelt",
      "Reagan",
    ];
    // asked all the same (a cloze when too few presidents make a set)
    expect(deck.items.some((i) => /President _____/.test(i.prompt))).toBe(true);
    const asked = deck.items.filter((i) => i.type === "mcq" && /President _____/.test(i.prompt));
    for (const q of asked) for (const o of q.options!) expect(presidents, `${q.prompt}: ${o}`).toContain(o);
  });
});

describe("wrong options of the key's place", () => {
  it("a blank that belongs to a country ('Kazakhstan's largest city, _____') names that country", () => {
    expect(possessorPlace("Protests spread to Kazakhstan's largest city, ")).toBe("kazakhstan");
    expect(possessorPlace("Leaders met in Minsk and ")).toBe("");
    expect(possessorPlace("It was Nazarbayev's favourite city, ")).toBe("");
  });
});
