// Items h35's blind rater flagged (biology, chemistry and calculus sections), each rule checked on its own sentence.
import { describe, expect, it } from "vitest";
import { askedOf, deckOf, readTriples } from "./testing";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { blankFlaws, oppositeInPrompt } from "./flaws";
import { Sections } from "./sections";
import { stemInside, vagueGloss } from "./glosses";
import { isMetaDiscourse, isObjective } from "./apparatus";
import { ILLUSTRATION_START, insideOf } from "./mention-items";

describe("what a sentence does not define", () => {
  it("'a dam, or a person about to skydive': one indefinite thing or another is an alternative", () => {
    const t = readTriples(
      "Other examples of potential energy include water's energy held behind a dam, or a person about to skydive from an airplane.",
    );
    expect(t.filter((x) => x[1] === "dam")).toEqual([]);
  });
  it("', which is a general assumption of evolution' speaks of the whole clause, not of the noun before it", () => {
    const t = readTriples(
      "The first is that living things are related by descent from a common ancestor, which is a general assumption of evolution.",
    );
    expect(t.filter((x) => x[1] === "common ancestor")).toEqual([]);
  });
  it("'were first found in …' is a participle the tagger may read as a noun, no gloss", () => {
    expect(readTriples("Ediacaran fossils were first found in the Ediacaran hills of Southern Australia.")).toEqual([]);
    expect(readTriples("Income is money earned from work.")[0]?.[1]).toBe("Income");
  });
  it("'the most reactive in group 12' lacks its noun; 'the lightest of the … metals' has it", () => {
    expect(vagueGloss("the most reactive in group 12")).toBe(true);
    expect(vagueGloss("the lightest of the widely used structural metals")).toBe(false);
  });
  it("', including …' lists what the gloss covers; ', joining …' is a remark after the genus", () => {
    expect(vagueGloss("the study of psychological disorders, including their symptoms, etiology, and treatment")).toBe(
      false,
    );
    expect(vagueGloss("the aging process, including biological, emotional, and social changes")).toBe(false);
    expect(vagueGloss("a special physical quantity, joining a very short list of quantities")).toBe(true);
    const asked = askedOf(
      "Psychopathology is the study of psychological disorders, including their symptoms, etiology (i.e., their causes), and treatment. The term psychopathology can also refer to the manifestation of a psychological disorder. Psychopathology is a broad field.",
      "Psychological Disorders",
      loadWordNet()!,
    );
    expect(asked).toContainEqual([
      "What is psychopathology?",
      "the study of psychological disorders, including their symptoms, etiology (i.e., their causes), and treatment",
    ]);
  });
  it("'A popular effect is …', said once, brings in an instance; 'a simple machine', used again, is a term", () => {
    const asked = askedOf(
      "A popular effect is the making of “smoke” from dry ice, which is solid carbon dioxide. Dry ice is cold. A simple machine is a device that changes the direction or magnitude of a force. A simple machine has few parts.",
      "Dry Ice and Machines",
      loadWordNet()!,
    );
    expect(asked.map(([, a]) => a)).not.toContain("popular effect");
    expect(asked).toContainEqual([
      "What is a simple machine?",
      "a device that changes the direction or magnitude of a force",
    ]);
  });
});

describe("names", () => {
  it("'a single clade, also called a monophyletic group': the count is no part of the name", () => {
    const t = readTriples(
      "Consequently, all of these organisms also have amniotic eggs and make a single clade, also called a monophyletic group.",
    );
    expect(t).toContainEqual(["alias", "clade", "monophyletic group"]);
  });
  it("'call reactions that … exergonic reactions': a kind named at the end by its own plural noun", () => {
    expect(
      readTriples(
        "Scientists call reactions that have a negative ∆G and consequently release free energy exergonic reactions.",
      ),
    ).toContainEqual([
      "naming",
      "exergonic reactions",
      "reactions that have a negative ∆G and consequently release free energy",
    ]);
  });
  it("'animals with no pattern or symmetry' spells 'asymmetrical' by its negated stem", () => {
    expect(stemInside("animals with no pattern or symmetry", "asymmetrical animals")).toBe(true);
    expect(stemInside("animals with a plane of symmetry", "asymmetrical animals")).toBe(false);
  });
});

describe("blanks and sentences that cannot be asked", () => {
  it("a term's possessive blank, a number cut from its series, a variable, a layout label, a formula cut off", () => {
    const q = "The activation energy's source is heat.";
    expect(blankFlaws("The _____'s source is heat.", "activation energy", q, true)).toEqual(["possessive-blank"]);
    expect(blankFlaws("According to _____'s worldview, Russia cannot be vanquished.", "Putin", q, false)).toEqual([]);
    expect(blankFlaws("It occurs for the metals in _____ and 2.", "groups 1", q, true)).toEqual(["number-series-cut"]);
    expect(blankFlaws("For any _____, the limit of f(x) is L.", "function f", q, true)).toEqual(["variable-answer"]);
    expect(blankFlaws("(Informal) We say the _____ has a limit.", "function", q, true)).toEqual(["layout-label"]);
    expect(blankFlaws("We say the _____ has a limit at infinity and write", "function", "… and write", true)).toEqual([
      "cut-before-formula",
    ]);
    expect(blankFlaws("The _____ is a table of the elements.", "periodic table", q, true)).toEqual([]);
  });
  it("'Earlier, we used the terms … to define …' is talk about the text", () => {
    expect(
      isMetaDiscourse(
        "Earlier, we used the terms arbitrarily close, arbitrarily large, and sufficiently large to define limits at infinity informally.",
      ),
    ).toBe(true);
  });
  it("'group 1 of the _____': a blank after a numbered part's 'of' completes a set phrase", () => {
    expect(insideOf("The alkali metals lithium, sodium and francium constitute group 1 of the ", ".")).toBe(true);
    expect(insideOf("Negative feedback is the maintenance of ", ".")).toBe(false);
  });
});

describe("from h36's blind rating (biology, chemistry, algebra)", () => {
  const wn = loadWordNet()!;
  it("no gloss after an adjective's noun ('indeterminate growth, meaning they …'), a verb, or a verb's object", () => {
    const growth =
      "Plants exhibit indeterminate growth, meaning they do not have a final body form, but continue to grow.";
    expect(readTriples(growth).filter((x) => x[1] === "growth")).toEqual([]);
    const oxidize =
      "The two complexes differ on the basis of what they oxidize (that is, the source of the low-energy electron supply) and what they reduce.";
    expect(readTriples(oxidize).filter((x) => x[1] === "oxidize")).toEqual([]);
    const chemistry =
      "From alchemy came the historical progressions that led to modern chemistry: the isolation of drugs from natural sources, such as plants and animals.";
    expect(readTriples(chemistry).filter((x) => x[1] === "modern chemistry")).toEqual([]);
  });
  it("'lack a neural tube, a true notochord and the endostyle …' is a series, no appositive", () => {
    const t = readTriples(
      "In addition, hemichordates have a dorsal nerve cord, but lack a neural tube, a true notochord and the endostyle and post-anal tail characteristic of chordates.",
    );
    expect(t.filter((x) => x[1] === "neural tube")).toEqual([]);
  });
  it("'the opposite of X' gives the answer away: what follows it defines, or nothing does", () => {
    expect(vagueGloss("the opposite movement, in which the palm faces backward")).toBe(true);
    const prompts = deckOf(
      "Movements\n\nEversion is the opposite of inversion, movement of the sole of the foot outward, away from the midline of the body. Inversion is the turning of the sole of the foot toward the midline. Eversion and inversion happen at the ankle.",
      "Movements",
      wn,
    ).map((i) => i.prompt);
    expect(prompts).toContain(
      "What is the term for movement of the sole of the foot outward, away from the midline of the body?",
    );
    expect(prompts.filter((p) => /opposite of inversion/.test(p))).toEqual([]);
  });
  it("'medial rotation' beside 'lateral rotation' is named by its other half", () => {
    expect(
      oppositeInPrompt(
        "Rotation can be toward the midline, which is referred to as _____, or away from it, which is referred to as lateral rotation.",
        "medial rotation",
      ),
    ).toBe(true);
  });
  it("'Objective 1: Solve …' is a learning objective; 'Notice how …' looks at a figure", () => {
    expect(isObjective("Objective 1: Solve counting problems using the addition principle.")).toBe(true);
    expect(ILLUSTRATION_START.test("Notice how each pigment has a distinct set of peaks and troughs.")).toBe(true);
  });
  it("an adjective is asked by its meaning, a plural as the text says", () => {
    const plants = deckOf(
      "Plants\n\nDiplontic refers to a life cycle in which the diploid stage is the dominant stage, and the haploid number is seen only briefly. Gametangia (singular, gametangium) are structures on the gametophytes of seedless plants in which gametes are produced by mitosis. Gametangia are small. Towering trees are the diplontic phase in the lifecycles of plants such as sequoias and pines. Towering trees grow slowly.",
      "Plants",
      wn,
    );
    const prompts = plants.map((i) => i.prompt);
    expect(prompts).toContain("What does “diplontic” mean?");
    expect(prompts.filter((p) => /^What is gametangia\?/.test(p))).toEqual([]);
    expect(plants.filter((i) => /towering trees/i.test(i.answer))).toEqual([]);
  });
});

describe("a heading's words are no name for a noun", () => {
  const text =
    "The Light-Dependent Reaction of Photosynthesis\n\nPermutations of n Non-Distinct Objects\n\nThe reaction center contains a pair of chlorophyll molecules. Because all of the objects are not distinct, many permutations are duplicates.";
  const sections = new Sections();
  sections.addDocument(0, "The Light-Dependent Reaction of Photosynthesis", text);
  sections.addHeading(0, 48, "Permutations of n Non-Distinct Objects");
  it("where the noun modifies the next ('The reaction center …')", () => {
    expect(sections.resolve("The reaction center contains a pair of _____.", 0, 100, "chlorophyll molecules")).toBe(
      "The reaction center contains a pair of _____.",
    );
  });
  it("where only the heading's own line writes them ('n Non-Distinct Objects')", () => {
    expect(
      sections.resolve(
        "Because all of the objects are not distinct, many _____ are duplicates.",
        0,
        150,
        "permutations",
      ),
    ).toBe("Because all of the objects are not distinct, many _____ are duplicates.");
  });
});
