// Items a blind rater flagged on a set of science sections (chemistry, physics, astronomy, blood), each rule checked
// on its own sentence: what the rater saw and what a student now gets instead.
import { describe, expect, it } from "vitest";
import { deckOf, readTriples, stubLexicon } from "./testing";
import { FORMULA_BEFORE, modifierBlank } from "./mention-items";
import { everydayWord } from "./everyday";
import { spokenCount } from "@/lib/lexicon/spoken";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { apparatusRanges, cutRanges, isApparatusSentence } from "./apparatus";
import { leansOnContext } from "./prompt";
import { refersBack, withContext } from "./stand-alone";
import { superlativeClaim } from "./superlatives";
import { termOk } from "./phrase";
import { blankFlaws, stemInPrompt } from "./flaws";

const prompts = (text: string, title = "Test") => deckOf(text, title).map((i) => i.prompt);

describe("what a sentence does not define", () => {
  it("'the synaptic vesicles release their …' after a fronted clause is a clause, not an appositive", () => {
    expect(
      readTriples(
        "As noted earlier, when the action potential arrives at the terminal button, the synaptic vesicles release their neurotransmitters into the synaptic cleft.",
      ),
    ).toEqual([]);
  });
  it("'—a definite advantage for …', '—an impressive victory for …' judge the clause before, they define nothing", () => {
    expect(
      readTriples(
        "Soaps form insoluble calcium and magnesium compounds in hard water; detergents form water-soluble products—a definite advantage for detergents.",
      ),
    ).toEqual([]);
    expect(
      readTriples(
        "A CERN experiment discovered particles in the 1980s with precisely these masses—an impressive victory for the model.",
      ),
    ).toEqual([]);
    // a failure of an organ is what a condition is
    expect(
      readTriples(
        "It is essential to provide sufficient folic acid during the early stages of pregnancy to reduce the risk of neurological defects, including spina bifida, a failure of the neural tube to close.",
      ),
    ).toContainEqual(["definition", "spina bifida", "a failure of the neural tube to close"]);
  });
  it("'is metastable and, thus, stores energy' ranks nothing: the answer would be cut at its conjunction", () => {
    expect(readTriples("The first excited state of helium is metastable and, thus, stores energy.")).toEqual([]);
  });
  it("'The name laser is …': the term is what follows 'name'", () => {
    expect(
      readTriples("The name laser is an acronym for light amplification by stimulated emission of radiation."),
    ).toEqual([["definition", "laser", "an acronym for light amplification by stimulated emission of radiation"]]);
  });
});

describe("what points outside the sentence", () => {
  it("'As a consequence', 'therefore', 'just described', 'the original' lean on what came before", () => {
    expect(leansOnContext("As a consequence, dirt particles become suspended as colloidal particles.")).toBe(true);
    expect(leansOnContext("The electromagnetic force is therefore a long-range force.")).toBe(true);
    expect(leansOnContext("an acronym for stimulated emission of radiation, the process just described")).toBe(true);
    expect(leansOnContext("The original devices were called masers.")).toBe(true);
    expect(leansOnContext("As a consequence of the war, prices rose sharply in the cities.")).toBe(false);
    // a sentence's own first clause is what its "; therefore" follows from
    expect(leansOnContext("Each iron ion can bind one oxygen molecule; therefore, each molecule carries four.")).toBe(
      false,
    );
  });
  it("'The original devices were called _____.' is shown after a sentence that names the devices, else dropped", () => {
    const s = (prevText: string) => ({ doc: 0, start: 0, end: 10, text: "x", prevText });
    const prompt = "The original devices were called _____.";
    expect(
      withContext(prompt, s("The Nobel Prize in 1981 went to Arthur Schawlow for pioneering laser applications.")),
    ).toBe(null);
    expect(
      withContext(prompt, s("Townes built the first devices that amplified microwaves by stimulated emission.")),
    ).toBe(
      "Townes built the first devices that amplified microwaves by stimulated emission. The original devices were called _____.",
    );
  });
  it("the legend of a formula ('Where n is the neutron, p is a proton, …') is no sentence and no context", () => {
    expect(isApparatusSentence("Where n is the neutron, p is a proton, and e is an electron.")).toBe(true);
    expect(isApparatusSentence("Where rivers meet the sea, deltas form.")).toBe(false);
    const text =
      "Nuclei can change. Where n is the neutron, p is a proton, e is an electron, and ν is a nearly massless electron neutrino. This process, called beta decay, is important in many physical processes.";
    expect(prompts(text).filter((p) => p.includes("Where n is"))).toEqual([]);
  });
});

describe("what a prompt shows", () => {
  it("a figure's panel letter '(a)' before a stop and a pointer '(see Earth as a Planet)' are cut", () => {
    const t =
      "It consists of four folded chains of a protein called globin, designated alpha 1 and 2, and beta 1 and 2 (a).";
    expect(cutRanges(t, apparatusRanges(t))).toBe(
      "It consists of four folded chains of a protein called globin, designated alpha 1 and 2, and beta 1 and 2.",
    );
    const u =
      "We are protected from the solar wind by our atmosphere and Earth’s magnetic field (see Earth as a Planet).";
    expect(cutRanges(u, apparatusRanges(u))).toBe(
      "We are protected from the solar wind by our atmosphere and Earth’s magnetic field.",
    );
    // a list's own letters open their items and stay
    const v = "Bonds are of two kinds: (a) ionic bonds and (b) covalent bonds.";
    expect(cutRanges(v, apparatusRanges(v))).toBe(v);
  });
  it("a blank right after a number ('producing 1.96 _____') is its unit and what is counted", () => {
    const prompt = "The most likely transition is to the nearby state, producing 1.96 _____, which appear red.";
    expect(blankFlaws(prompt, "eV photons", prompt.replace("_____", "eV photons"), true)).toContain(
      "unit-after-number",
    );
    const fine = "Group 2 elements are called _____ because their oxides are basic.";
    expect(blankFlaws(fine, "alkaline earth metals", fine, true)).toEqual([]);
  });
});

describe("what a student guesses without the text", () => {
  const text =
    "A soap is a salt of a fatty acid that cleans by surrounding grease. Soaps are called surfactants because they act at surfaces. Pioneers made soap by boiling fats with a strongly basic solution made by leaching potassium carbonate from wood ashes with hot water.";
  const blanks = (spoken: number) =>
    deckOf(text, "Cleaning Agents", { ...stubLexicon(), spoken: (w) => (w === "soap" ? spoken : 0) })
      .filter((i) => i.type === "cloze")
      .map((i) => i.prompt);
  it("a mention's blank of a word people say every day ('Pioneers made _____ by boiling fats …') is no item", () => {
    // (nor is the blank of a word the text defines: soap is asked where the text says what a soap is)
    expect(blanks(0)).toEqual([]);
    expect(blanks(775)).toEqual([]);
    expect(everydayWord("soap", { spoken: () => 775 })).toBe(true);
    expect(everydayWord("soap", { spoken: () => 0 })).toBe(false);
  });
  it("everyday words by spoken English (SUBTLEX-US), technical ones not, whatever WordNet's counts say", () => {
    const lexicon = { spoken: spokenCount };
    expect(["soap", "lasers", "milk", "mayonnaise"].filter((w) => everydayWord(w, lexicon))).toEqual([
      "soap",
      "lasers",
      "milk",
      "mayonnaise",
    ]);
    expect(
      ["enzyme", "neurons", "anemia", "ion", "hypoxemia", "solar wind"].filter((w) => everydayWord(w, lexicon)),
    ).toEqual([]);
  });
});

describe("a blank that modifies", () => {
  it("'_____ light from a laser' (coherent): a word the lexicon knows as no noun, before a noun, is a modifier", () => {
    const lexicon = { ...stubLexicon(), isNoun: (w: string) => !["coherent"].includes(w) };
    const text = "Coherent light from a laser is split by a mirror.";
    expect(modifierBlank(text, { text: "Coherent", a: 0, b: 8 }, lexicon)).toBe(true);
    // a plural whose singular is a noun ("dendrites serve as input sites") is the thing itself
    const u = "Dendrites serve as input sites where signals are received.";
    const plural = { ...stubLexicon(), isNoun: (w: string) => w === "dendrite" || w === "serve" };
    expect(modifierBlank(u, { text: "Dendrites", a: 0, b: 9 }, plural)).toBe(false);
  });
});

describe("a definition of an everyday word", () => {
  it("'_____ is an emulsion of oil in vinegar, with egg yolk …' (mayonnaise) is guessed from the gloss: no blank", () => {
    const wordnet = loadWordNet()!;
    const silent = new Proxy(wordnet, {
      get: (t, k) => (k === "spoken" ? () => 0 : (Reflect.get(t, k) as unknown)),
    });
    const text =
      "An emulsion may be prepared by shaking together or blending two immiscible liquids. This breaks one liquid into droplets of colloidal size, which then disperse throughout the other liquid. Oil spills in the ocean may be difficult to clean up, partly because wave action can cause the oil and water to form an emulsion. In many emulsions, however, the dispersed phase tends to coalesce, form large drops, and separate. Therefore, emulsions are usually stabilized by an emulsifying agent, a substance that inhibits the coalescence of the dispersed liquid. For example, a little soap will stabilize an emulsion of kerosene in water. Milk is an emulsion of butterfat in water, with the protein casein serving as the emulsifying agent. Mayonnaise is an emulsion of oil in vinegar, with egg yolk components as the emulsifying agents.";
    const clozes = (lexicon: typeof wordnet) =>
      deckOf(text, "Colloids", lexicon)
        .filter((i) => i.type === "cloze")
        .map((i) => i.answer);
    expect(clozes(silent)).toEqual(["Mayonnaise"]);
    expect(clozes(wordnet)).toEqual([]);
  });
});

describe("cards of properties and fields", () => {
  it("'is a gas at room temperature' is a state, not a definition; a relative clause gives no 'What is the term for' card", () => {
    const text =
      "Nitrosyl fluoride (ONF, molecular mass 49 amu) is a gas at room temperature. Holography is sometimes called lensless photography, because it uses the wave characteristics of light as contrasted to normal photography, which uses geometric optics and so requires lenses. Normal photography records only the intensity of light.";
    expect(deckOf(text, "Forces", loadWordNet()!).map((i) => i.prompt)).toEqual([]);
  });
});

describe("a measure of a substance", () => {
  it("'a unit of water, or H2O, is a compound' defines no 'unit of water'", () => {
    expect(
      readTriples("Thus, a unit of water, or H2O, is a compound, as is a single molecule of the gas methane, or CH4."),
    ).toEqual([]);
  });
});

describe("a blank after a formula", () => {
  it("'a massive influx of Na+ _____' (ions): the formula before the blank leaves only its generic head", () => {
    const before = (t: string) => FORMULA_BEFORE.test(t);
    expect(["causing a massive influx of Na+ ", "the Ca2+ ", "one H2O ", "the Cl– "].map(before)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["causing a massive influx of ", "the US ", "Vitamin D ", "in 1998 "].map(before)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("a term of science capitalised only where a sentence starts", () => {
  it("'Phosphorescence is the de-excitation of …', 'Thalassemia is an inherited condition …' define terms, not names", () => {
    const wordnet = loadWordNet()!;
    const answers = (text: string) => deckOf(text, "Light and Blood", wordnet).map((i) => i.answer);
    expect(
      answers(
        "Phosphorescence is the de-excitation of a metastable state by the slow emission of light. Phosphorescence is used in glow-in-the-dark toys.",
      ),
    ).toContain("phosphorescence");
    expect(
      answers(
        "Thalassemia is an inherited condition typically occurring in individuals from the Middle East, in which maturation of the RBCs does not proceed normally. Thalassemia is treated with transfusions.",
      ),
    ).toContain("thalassemia");
  });
});

describe("a suffix of a family of terms", () => {
  it("'an immature erythrocyte, known as a(n) _____' (reticulocyte): '-cyte' says a cell, not which one", () => {
    expect(
      stemInPrompt("An immature erythrocyte, known as a(n) _____, still contains organelles.", "reticulocyte"),
    ).toBe(false);
    // a drug's own suffix still gives its sibling away
    expect(stemInPrompt("Propranolol blocks beta receptors, and so does _____.", "metoprolol")).toBe(true);
  });
});

describe("from the last two sets' ratings (neurons, relativity, stars, finance, polymers, lobbying)", () => {
  it("a formula's legend that continues its sentence in lower case ('where G is …') is apparatus too", () => {
    expect(isApparatusSentence("where G is the universal gravitational constant, M is the mass of the body.")).toBe(
      true,
    );
  });
  it("'the fourth largest U.S. investment bank' is not cut at 'U.'; a ranked magnate is a 'who'", () => {
    expect(
      superlativeClaim("In 2008, Lehman Brothers was the fourth largest U.S. investment bank, with 25,000 employees.")
        ?.cue,
    ).toBe("In 2008, what was the fourth largest U.S. investment bank?");
    expect(
      superlativeClaim(
        "Jay Gould was perhaps the first prominent railroad magnate to be tarred with the “robber baron” brush.",
      )?.cue,
    ).toBe("Who was perhaps the first prominent railroad magnate to be tarred with the “robber baron” brush?");
  });
  it("'mechanism' alone is no term; 'The mechanism is …' leans on the sentence before", () => {
    expect(termOk("mechanism")).toBe(false);
    expect(
      refersBack(
        "The mechanism is the creation of a particle pair near the event horizon.",
        "Hawking radiation was predicted in 1974.",
      ),
    ).toBe(true);
  });
});

describe("a particular substance", () => {
  it("'Radon-222 is an α emitter with …' asks 'What is Radon-222?', not 'the term for' a numbered thing", () => {
    const text =
      "Radon-222 is an α emitter with a half–life of 3.82 days. Radon-222 is a product of uranium decay in soil. Radon-222 seeps into basements.";
    expect(deckOf(text, "Radiation", loadWordNet()!).map((i) => i.prompt)).toEqual(["What is Radon-222?"]);
  });
});

describe("a pronoun in the genus's own clause", () => {
  it("'the structure on which it rests' (a telescope's mount): 'it' is another thing, no card asks for the term", () => {
    const text =
      "A telescope collects light. The mount of a telescope (the structure on which it rests) is one of its most critical elements. A telescope on a shaky mount gives blurred images.";
    expect(deckOf(text, "Telescopes", loadWordNet()!).filter((i) => /on which it rests/.test(i.prompt))).toEqual([]);
  });
});
