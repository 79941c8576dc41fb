// Wrong options a reader rules out (a general kind of the key, its abbreviation, a letter's name lower-cased) and
// appositives that are no definition of the noun before them (a title, the description of a name that follows).
import { describe, expect, it } from "vitest";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { abbreviates } from "./siblings";
import { deckOf, readTriples, stubLexicon } from "./testing";

const CELLS = [
  "Granulocytes",
  "",
  "Neutrophils are granulocytes that engulf and destroy bacteria. Eosinophils are granulocytes that protect against protozoa and helminths. Basophils are granulocytes that release histamine. Leukocytes are cells of the immune system that circulate in the blood. Mast cells are granulocytes that reside in tissues. Activated complement fragments act as anaphylatoxins by inducing degranulation of basophils and inflammatory responses in the tissues.",
].join("\n");

const LYMPHOCYTES = [
  "Lymphocytes",
  "",
  "Natural killer cells are lymphocytes that recognize cells infected with viruses. NK cells are lymphocytes that kill tumor cells without prior sensitization. T cells are lymphocytes that mature in the thymus. B cells are lymphocytes that make antibodies.",
].join("\n");

describe("a wrong option is no kind of the key, nor the key by another name", () => {
  it("general English knows a basophil as a kind of leukocyte: the one is no wrong option for the other", () => {
    const wn = loadWordNet()!;
    expect(wn.kindOf("basophil", "leukocyte")).toBe(true);
    expect(wn.kindOf("leukocyte", "basophil")).toBe(false);
    expect(wn.kindOf("axon", "dendrite")).toBe(false);
    // (the small stand-in lexicon, told only that one fact, keeps the test to the rule)
    const lexicon = { ...stubLexicon(), kindOf: (a: string, b: string) => a === "basophil" && b === "leukocyte" };
    const items = deckOf(CELLS, "Granulocytes", lexicon);
    const basophils = items.find((i) => i.answer === "basophils" && i.type === "mcq");
    expect(basophils?.options?.length).toBe(4);
    expect(basophils?.options).not.toContain("leukocytes");
  });
  it("'NK cells' abbreviates 'natural killer cells'; 'T cells' keeps its capital", () => {
    expect(abbreviates("NK cells", "natural killer cells")).toBe(true);
    expect(abbreviates("HSCs", "hematopoietic stem cells")).toBe(true);
    expect(abbreviates("natural killer cells", "NK cells")).toBe(true);
    expect(abbreviates("B cells", "natural killer cells")).toBe(false);
    expect(abbreviates("T cells", "B cells")).toBe(false);
    const items = deckOf(LYMPHOCYTES, "Lymphocytes");
    const t = items.find((i) => i.answer === "T cells");
    expect(t).toBeDefined();
    for (const i of items) {
      const shown = [i.answer, ...(i.options ?? [])];
      expect(shown.includes("NK cells") && shown.includes("natural killer cells")).toBe(false);
      for (const o of shown) expect(o).not.toMatch(/^[a-z] cells$/);
    }
    expect(items.some((i) => i.options?.includes("B cells"))).toBe(true);
  });
});

describe("an appositive that is no definition of the noun before it", () => {
  it("the description of a name that follows ('…, a leader sequence …, called the Shine-Dalgarno sequence')", () => {
    const t = readTriples(
      "In E. coli mRNA, a leader sequence upstream of the first AUG codon, called the Shine-Dalgarno sequence, interacts with the rRNA molecules of the ribosome.",
    );
    expect(t).not.toContainEqual(["definition", "coli mRNA", "a leader sequence upstream of the first AUG codon"]);
    expect(t).toContainEqual([
      "naming",
      "Shine-Dalgarno sequence",
      "a leader sequence upstream of the first AUG codon",
    ]);
  });
  it("a title ('the five-volume Bergey’s Manual of Systematic Bacteriology') names one work", () => {
    const t = readTriples(
      "A more recent sister publication, the five-volume Bergey’s Manual of Systematic Bacteriology, expands on the original manual.",
    );
    expect(t.filter((x) => x[0] === "definition")).toEqual([]);
  });
  it("what a verb acts on is renamed, not the act ('releasing miracidia, an intermediate growth stage …')", () => {
    const t = readTriples(
      "The eggs hatch in the water, releasing miracidia, an intermediate growth stage of the parasite that infects snails.",
    );
    expect(t.some((x) => x[1] === "releasing miracidia")).toBe(false);
  });
  it("an example of a term is no term ('An example of neutralism is the coexistence of …')", () => {
    const items = deckOf(
      [
        "Symbiosis",
        "",
        "Neutralism is a relationship in which neither species affects the other. An example of neutralism is the coexistence of metabolically active bacteria and endospores in one habitat.",
      ].join("\n"),
      "Symbiosis",
      stubLexicon(),
    );
    expect(items.some((i) => /example of neutralism/i.test(i.answer))).toBe(false);
    expect(items.some((i) => i.answer === "neutralism" || /^What is neutralism\?$/.test(i.prompt))).toBe(true);
  });
});

describe("a heading completes a noun only where the noun is its head", () => {
  it("'the blood' under 'White Blood Cells' stays 'the blood'", () => {
    const items = deckOf(
      [
        "White Blood Cells",
        "",
        "Leukocytes are cells of the immune system that circulate in the blood. Neutrophils are leukocytes that engulf bacteria.",
      ].join("\n"),
      "Immunity",
    );
    const leukocytes = items.find((i) => i.answer === "leukocytes");
    expect(leukocytes?.prompt).toContain("circulate in the blood");
    expect(items.some((i) => i.prompt.includes("White Blood"))).toBe(false);
  });
});

describe("a blank before a relative clause is fair only where a mention's blank is", () => {
  it("'in urine and _____, which can contaminate …' is the second of a pair: no blank", () => {
    const items = deckOf(
      [
        "Schistosomiasis",
        "",
        "Feces are the solid waste of the body. Infected human hosts shed Schistosoma eggs in urine and feces, which can contaminate freshwater habitats of snails that serve as intermediate hosts.",
      ].join("\n"),
      "Schistosomiasis",
    );
    expect(items.some((i) => i.prompt.includes("in urine and _____"))).toBe(false);
  });
});

describe("wrong options the text itself relates to the key", () => {
  const wn = loadWordNet()!;
  it("options of the key's WordNet class alone make no multiple choice; the card asks for the term", () => {
    const hardware = [
      "Networks",
      "",
      "Gateways are devices that link one local area network to other networks. Desktop computers are personal workstations that are set up at a fixed location. Mainframe computers are large computers that serve many users at once. Laptops are portable computers that run on a battery. Workstations are powerful single-user computers that are used for design work.",
    ].join("\n");
    const gateways = deckOf(hardware, "Networks", wn).find((i) => i.answer === "gateways");
    expect(gateways?.type).toBe("flashcard");
    // (options of the key's own genus still make one: see the granulocytes above)
  });
  it("a condition of a plural the lexicon does not know is asked in the plural ('do dysrhythmias occur')", () => {
    const items = deckOf(
      [
        "Cardiac Emergencies",
        "",
        "Cardiac emergencies include angina, dysrhythmias and shock. Dysrhythmias begin when the conduction system of the heart loses its blood supply. Dysrhythmias are treated with antiarrhythmic drugs. Angina occurs when the heart muscle does not receive enough oxygen.",
      ].join("\n"),
      "Cardiac Emergencies",
    );
    expect(items.map((i) => i.prompt)).toContain("When do dysrhythmias begin?");
  });
});
