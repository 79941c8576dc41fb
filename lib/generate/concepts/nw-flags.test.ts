// From the blind ratings of pool nW (contemporary mathematics, university physics, organic chemistry, accounting,
// intellectual property, business law): a label of a figure the student does not see, a step's number asked as a term,
// a definition of the noun after "is a", a second sentence run on after a comma, what a thing is to another asked as
// its name, a formula's symbol cut loose, and an opening that leans on the sentence before.
import { describe, expect, it } from "vitest";
import { lintItem } from "../items/lint";
import type { Item } from "../types";
import { notDefining } from "./definition-guards";
import { definitionGloss } from "./gloss-trim";
import { dangles, leansOnContext } from "./prompt";
import { askedOf, cardItem, clozeItem, judgeDefinitions, readSentence } from "./testing";
import { loadWordNet } from "../../lexicon/wordnet";

const flaws = (item: Item) => lintItem(item).flaws;

describe("a label of a figure or a step", () => {
  it("refuses a point, a graph or an edge named by letters, and a step asked by its number", () => {
    expect(
      flaws(clozeItem("The farthest point is the _____ and is labeled point B in the figure.", "aphelion")),
    ).toContain("figure-reference");
    expect(
      flaws(
        clozeItem(
          "Two graphs like Graph A and Graph F are considered equal, or in graph theory terms, _____.",
          "isomorphic",
        ),
      ),
    ).toContain("figure-reference");
    expect(
      flaws(
        clozeItem("The _____ is a bridge because, if it were removed, the graph would be disconnected.", "edge AC"),
      ),
    ).toContain("figure-reference");
    const step = "Step 2b: the tax from that bracket is the bracket tax rate applied to the difference from Step 2a.";
    expect(flaws(cardItem("What is step 2b?", "the tax from that bracket", step))).toContain("figure-reference");
  });

  it("keeps a vitamin, a hepatitis or a personality type named by a letter", () => {
    expect(flaws(clozeItem("A lack of vitamin A in the diet causes _____.", "night blindness"))).not.toContain(
      "figure-reference",
    );
    expect(flaws(clozeItem("People with a Type A personality are prone to _____.", "hostility"))).not.toContain(
      "figure-reference",
    );
  });
});

describe("what a definition's gloss says", () => {
  const text =
    "An individual dot is a vertex, which is one object of a set of objects, some of which may be connected.";
  it("is not the subject's definition when a relative clause defines the noun after 'is a'", () => {
    expect(judgeDefinitions(text, (c, g) => notDefining(c, text, g))).toContain(true);
  });

  const glossOf = (sentence: string) => {
    const c = readSentence(sentence).find((x) => x.rel === "definition" && x.gloss)!;
    return definitionGloss(c.gloss!, c.term.text, sentence);
  };
  it("stops where a second sentence runs on after a comma", () => {
    expect(glossOf("A corporation is a separate legal entity, it provides limited liability for its owners.")).toBe(
      "a separate legal entity",
    );
  });
});

describe("an answer that names nothing", () => {
  const q =
    "The transition of electrons between energy levels in atoms is the theoretical basis of atomic spectroscopy.";
  it("refuses what a thing is to another (its basis) and a formula's symbol cut loose", () => {
    expect(
      flaws(
        cardItem(
          "What is the term for the transition of electrons between energy levels in atoms?",
          "theoretical basis of atomic spectroscopy",
          q,
        ),
      ),
    ).toContain("answer-is-frame");
    const w = "The weight of the fluid displaced by the object is equal wfl.";
    expect(
      flaws(cardItem("What is the term for the weight of the fluid displaced by the object?", "equal wfl", w)),
    ).toContain("broken-formula");
  });

  it("keeps a unit after its number and the chemist's sp", () => {
    const u = "The wavelength of the wave is 12 cm in air.";
    expect(flaws(cardItem("What is the wavelength of the wave in air?", "12 cm", u))).not.toContain("broken-formula");
    const sp = "Two equivalent orbitals that point 180° apart are sp orbitals.";
    expect(
      flaws(cardItem("What is the term for two equivalent orbitals that point 180° apart?", "sp orbitals", sp)),
    ).not.toContain("broken-formula");
  });
});

describe("an opening that leans on the sentence before", () => {
  it("leans: 'The resultant ions', 'At some point', a passive's 'it'", () => {
    expect(leansOnContext("The resultant ions are held together by the electrical attraction of unlike charges.")).toBe(
      true,
    );
    expect(
      leansOnContext("At some point, a structure of maximum energy is reached, a structure called the _____."),
    ).toBe(true);
    expect(leansOnContext("In many regions, it is marked by a level of migration to the cities.")).toBe(true);
  });

  it("stands alone: the blank's own 'it', an expletive 'it is'", () => {
    expect(
      leansOnContext(
        "The _____ is the more superior subdivision of the anterior cavity, and it is enclosed by the rib cage.",
      ),
    ).toBe(false);
    expect(leansOnContext("It is important that the _____ keeps a record of every sale.")).toBe(false);
  });
});

describe("a gloss that opens on an adverb", () => {
  it("is a property, no definition ('particularly noticeable in phenols …')", () => {
    const text =
      "The acidifying effect is particularly noticeable in phenols with a nitro group at the ortho or para position.";
    const asked = askedOf(`Acidity of Phenols\n\n${text}`, "Acidity of Phenols", loadWordNet()!);
    expect(asked.some(([, a]) => a === "acidifying effect")).toBe(false);
  });
});

// From the blind ratings of pool nX (the same six books): a step's number or "doing so" as the term, "the first one"
// of a set never named, a series of names that gives its last member away, an opening that leans on the sentence
// before in a sentence that introduces a term in bold, and a plural in -ics.
describe("what pool nX's raters refused", () => {
  it("asks no step's number and no 'doing so' as a term", () => {
    const q = "What is the term for a loading reaction in which acetyl CoA is carboxylated to yield malonyl CoA?";
    expect(flaws(cardItem(q, "step 3", "Step 3 is a loading reaction in which acetyl CoA is carboxylated."))).toContain(
      "answer-is-frame",
    );
    expect(
      flaws(
        cardItem(
          "What is the term for multiplying by the conjugate?",
          "doing so",
          "Doing so is multiplying by the conjugate.",
        ),
      ),
    ).toContain("answer-is-frame");
  });

  it("refuses 'the first one' of a set the question never names", () => {
    const q = "The negatively charged particle was the first one to be discovered.";
    expect(flaws(cardItem("What was the first one to be discovered?", "The negatively charged particle", q))).toContain(
      "one-of-nothing",
    );
    expect(
      flaws(
        cardItem(
          "What was the first one of the planets to be discovered with a telescope?",
          "Uranus",
          "Uranus was the first one of the planets to be discovered with a telescope.",
        ),
      ),
    ).not.toContain("one-of-nothing");
  });

  const wn = loadWordNet()!;
  it("blanks no member of a series of names that share a head ('a low dose, … a moderate dose, … a(n) _____')", () => {
    const text =
      "Any dose less than 100 mSv is called a low dose, 0.1 Sv to 1 Sv is called a moderate dose, and anything greater than 1 Sv is called a high dose. Doses are measured in sieverts by radiation physicists.";
    const asked = askedOf(text, "Radiation Dose", wn);
    expect(asked.some(([, a]) => /dose$/.test(a))).toBe(false);
  });

  it("asks 'What are …?' of a plural in -ics that the sentence says 'are'", () => {
    const text = [
      "In general, polymers can be divided into four major categories, depending on their physical behavior: thermoplastics, fibers, elastomers, and thermosetting resins.",
      "Thermoplastics are the polymers most people think of when the word plastic is mentioned.",
      "Because thermoplastics have little or no cross-linking, the individual chains can slip past one another in the melt.",
      "Among the better-known thermoplastics is poly(ethylene terephthalate), or PET, used for making plastic bottles.",
    ].join(" ");
    const asked = askedOf(text, "Polymer Structure and Physical Properties", wn);
    expect(asked.map(([q]) => q)).toContain("What are thermoplastics?");
    expect(asked.map(([q]) => q)).not.toContain("What is thermoplastics?");
  });
});

describe("an opening that points back", () => {
  it("dangles: a fronted 'Called the …,' and 'Doing so'", () => {
    expect(dangles("Called the _____, it lies 3.8 kJ/mol higher in energy than the anti conformation.")).toBe(true);
    expect(dangles("Doing so involves _____ the numerator and denominator by the conjugate.")).toBe(true);
    expect(dangles("Cells called _____ line the airways.")).toBe(false);
  });
});
