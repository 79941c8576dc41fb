// Misreadings found on the learning pools pC and pD (government, psychology and astronomy sections), in sentences
// written for the tests in the shape of the misread ones.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { deckOf, readTriples } from "./testing";

const wn = loadWordNet()!;
const cards = (text: string) => deckOf(text, text.split("\n")[0]!, wn).map((i) => `${i.prompt} -> ${i.answer}`);

describe("a class and its members without a count", () => {
  it("'The basic parts of a flower are …' is a list card, not a definition of 'basic parts of a flower'", () => {
    expect(
      readTriples("The basic parts of a flower are the sepals, the petals, and the stamens (see Flower Anatomy)."),
    ).toEqual([["list", "", "the sepals, the petals, and the stamens (see Flower Anatomy)"]]);
    const deck = cards(
      "Flowers\n\nFlowers are the reproductive organs of many plants. The basic parts of a flower are the sepals, the petals, and the stamens (see Flower Anatomy). The petals attract pollinating insects with their colour and scent.",
    );
    expect(deck).toContain("The basic parts of a flower are _____. -> the sepals, the petals, and the stamens");
    expect(deck.some((c) => /_____ are the sepals/.test(c))).toBe(false);
  });
  it("a subject that is no class of things stays out: 'The leaders of the revolt were …'", () => {
    expect(readTriples("The leaders of the revolt were Adams and Jefferson.").some((t) => t[0] === "list")).toBe(false);
  });
});

describe("readings that are no definitions", () => {
  it("'X refer to A as “B.”' says what X call A: no card 'What are X?'", () => {
    expect(
      readTriples("Farmers and their lobbyists refer to rules on pesticide use as “red tape.”").filter(
        (t) => t[0] === "definition",
      ),
    ).toEqual([]);
  });
  it("'Their rivals, the owners of …' : a noun after a possessive is nobody's term", () => {
    expect(
      readTriples(
        "Their rivals, the owners of large farms and others who hire seasonal workers, could fund groups such as the Rural Jobs Council.",
      ),
    ).toEqual([]);
  });
  it("'…, worst case scenario, a number of options that are likely to work would remain': a clause is no gloss", () => {
    expect(
      readTriples(
        "Sam believes that, worst case scenario, a number of plans that are likely to succeed would be ready.",
      ).filter((t) => t[0] === "definition"),
    ).toEqual([]);
  });
});

describe("a relative clause names nothing", () => {
  it("after a quantity or a phrase of everyday words ('some weighing over forty tons, that …', 'After a brief pause, during which …')", () => {
    const deck = cards(
      "Ancient Builders\n\nThe builders raised temples of cut granite blocks, some weighing over forty tons, that were set together without any mortar. The temples still stand today. After a brief pause, during which the other parts of the test go on, the patient is asked to name the three objects. Sleep has a stage, called REM sleep, during which most dreams occur.",
    );
    expect(deck.some((c) => /forty tons|brief pause/.test(c))).toBe(false);
    expect(deck).toContain("Sleep has a stage, called _____, during which most dreams occur. -> REM sleep");
  });
});

describe("another name given in passing", () => {
  it("'…, forming tetraiodothyronine, also known as thyroxine': the verb of making is no part of the name", () => {
    expect(
      readTriples(
        "Two molecules of the intermediate then bond, forming dinitrotoluene, also known as DNT powder, a pale yellow solid.",
      ).find((t) => t[0] === "alias"),
    ).toEqual(["alias", "dinitrotoluene", "DNT powder"]);
  });
});

describe("a ranking word inside a name", () => {
  it("'Area 4 is the primary motor cortex …' ranks nothing where the text keeps saying 'primary motor cortex'", () => {
    const deck = cards(
      "Motor Areas\n\nThe primary visual cortex receives signals from the eyes. Area 17 is the primary visual cortex in the occipital lobe, whereas area 18 is the secondary visual cortex. Damage to the primary visual cortex causes blindness in part of the visual field. The most abundant gas on Venus is carbon dioxide, which traps heat.",
    );
    expect(deck.some((c) => /^What is the primary visual cortex/.test(c))).toBe(false);
    expect(deck).toContain("What is the most abundant gas on Venus? -> carbon dioxide");
  });
});

describe("a blank that describes", () => {
  it("'The _____ between settlers and the tribes …' -> history of intergroup relations (a heading's words): a common noun and its 'of' phrase", () => {
    const text = [
      "Groups in the Valley",
      "",
      "Native Peoples",
      "",
      "History of Intergroup Relations",
      "",
      "The history of intergroup relations between European settlers and the river tribes is a brutal one. Contact brought disease, war and the loss of land to the tribes.",
      "",
      "Later Settlers",
      "",
      "History of Intergroup Relations",
      "",
      "Settlers from the north arrived after the railway was built. They bought land from the earlier farmers and opened mills along the river.",
    ].join("\n");
    expect(cards(text).some((c) => /-> history of intergroup relations$/.test(c))).toBe(false);
  });
});

describe("a term brought in to compare", () => {
  it("'… not unlike that used in tomography, a type of imaging …' defines no term of the section", () => {
    const deck = cards(
      "Seismic Waves\n\nEarthquakes send waves through the interior of the planet. This way of mapping the interior is not unlike that used in tomography, a type of imaging used to see inside solid objects. Seismographs record the arrival of the waves at stations around the world. A seismograph is an instrument that records the motion of the ground.",
    );
    expect(deck.some((c) => /-> tomography$/.test(c))).toBe(false);
    expect(deck).toContain("A(n) _____ is an instrument that records the motion of the ground. -> seismograph");
  });
});
