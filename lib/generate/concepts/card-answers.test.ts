// A term is asked "What is …?" once, however many sentences define it; an everyday word in the plural is no answer;
// a term cut from the name it ends ("fever" of "Rocky Mountain spotted fever") is none either.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { deckOf } from "./testing";
import { commonWordAnswer } from "./everyday";
import { describesSomethingElse } from "./definition-guards";

describe("one card per term", () => {
  it("asks what a family is once, not also what families are", () => {
    const text = `Families and Kinship

Kinship Today

Sociologists study how people define family. In other words, families are groups in which people come together to form a strong primary group connection and maintain emotional ties to one another over a long period of time. A family is a socially recognized group that forms an emotional connection and serves as an economic unit of society. Kinship can be traced through the mother, the father or both.
`;
    const items = deckOf(text, "Families and Kinship", loadWordNet()!);
    const whatIs = items.filter((i) => /^What (?:is a family|are families)\?$/.test(i.prompt));
    expect(whatIs.map((i) => i.prompt)).toEqual(["What is a family?"]);
  });
});

describe("an everyday word as the answer", () => {
  it("is everyday in the plural too ('elections', 'laws'), and a term of study is not", () => {
    const wn = loadWordNet()!;
    expect(commonWordAnswer("elections", wn)).toBe(true);
    expect(commonWordAnswer("laws", wn)).toBe(true);
    expect(commonWordAnswer("water", wn)).toBe(true);
    expect(commonWordAnswer("catalysts", wn)).toBe(false);
    expect(commonWordAnswer("torts", wn)).toBe(false);
  });
});

describe("a term cut from the name it ends", () => {
  it("asks nothing of 'fever' in 'Rocky Mountain spotted fever' or of 'aeruginosa' in 'P. aeruginosa'", () => {
    const text = `Proteobacteria

Rickettsias

Rickettsias live only inside host cells. For example, R. rickettsii causes Rocky Mountain spotted fever, a life-threatening form of meningoencephalitis (inflammation of the membranes that wrap the brain). Another species, R. prowazekii, causes epidemic typhus, a severe infectious disease common during warfare.

Pseudomonads

The pseudomonads are gram-negative rods. Among them, P. aeruginosa, a pathogen responsible for diverse infections in various regions of the body, resists many antibiotics. Pyoverdin is a pigment that helps the cells take up iron.
`;
    const items = deckOf(text, "Proteobacteria", loadWordNet()!);
    const answers = items.map((i) => i.answer.toLowerCase());
    expect(answers).not.toContain("fever");
    expect(answers).not.toContain("aeruginosa");
  });
});

describe("a species named as biologists name it", () => {
  it("keeps the genus capitalised and asks of one species, and reads 'an ubiquitous' as 'a ubiquitous'", () => {
    const text = `Parasitic Infections of the Nervous System

Neurotoxoplasmosis

Toxoplasma gondii is an ubiquitous intracellular parasite that can cause neonatal infections. Infection with T. gondii is common in people who handle cat litter. In healthy adults, T. gondii infection rarely causes disease.

Cryptococcal Meningitis

Cryptococcus neoformans is a fungal pathogen that can cause meningitis. C. neoformans lives in soil rich in bird droppings, and C. neoformans cells are surrounded by a thick capsule.
`;
    const items = deckOf(text, "Parasitic Infections of the Nervous System", loadWordNet()!);
    const species = items.filter((i) => /gondii|neoformans/i.test(i.prompt + " " + i.answer));
    expect(species.length).toBeGreaterThan(0);
    for (const i of species) {
      expect(i.prompt + " " + i.answer).not.toMatch(/toxoplasma gondii|cryptococcus neoformans|What are Cryptococcus/);
      expect(i.prompt).not.toMatch(/\ban ubiquitous|aubiquitous/);
    }
    expect(items.find((i) => i.answer === "Toxoplasma gondii")?.prompt).toBe(
      "What is the term for a ubiquitous intracellular parasite that can cause neonatal infections?",
    );
  });
});

describe("a phrase beside a term that describes something else", () => {
  const at = (text: string, term: string, gloss: string) => {
    const a = text.indexOf(term);
    const g = text.indexOf(gloss, a + term.length);
    return describesSomethingElse(
      {
        rel: "definition",
        term: { text: term, a, b: a + term.length },
        gloss: { text: gloss, a: g, b: g + gloss.length },
        genus: "",
        members: [],
        cue: "",
        subject: false,
      },
      text,
      gloss,
    );
  };
  it("is no definition: a series of alternatives, the idea of a thing, the act a verb names", () => {
    const series =
      "Any shift can cause a recession, including a drop in government spending or a rise in taxes, or a fall in exports or a rise in imports.";
    expect(at(series, "taxes", "a fall in exports or a rise in imports")).toBe(true);
    const idea =
      "Social Darwinism added a layer of pseudoscience to the idea of the self-made man, a desirable thought for all.";
    expect(at(idea, "self-made man", "a desirable thought for all")).toBe(true);
    const act = "Businesses only need seven lines of code to handle payments—a process that once took weeks.";
    expect(at(act, "payments", "a process that once took weeks")).toBe(true);
    // (and a gloss cut inside the clause a comma opened: "a situation where, because of …" before its verb)
    const cut = "A trade imbalance is a situation where, because of a net inflow of foreign capital, savings lag.";
    expect(at(cut, "trade imbalance", "a situation where, because of a net inflow of foreign capital")).toBe(true);
  });
  it("leaves a definition with a clause the commas close, and an appositive of its own", () => {
    const imbalance =
      "A trade imbalance is a situation where, because of a net inflow of foreign capital, domestic savings are not aligned with domestic investment.";
    expect(
      at(
        imbalance,
        "trade imbalance",
        "a situation where, because of a net inflow of foreign capital, domestic savings are not aligned with domestic investment",
      ),
    ).toBe(false);
    const necrosis = "Necrosis, or accidental cell death, causes inflammation.";
    expect(at(necrosis, "Necrosis", "accidental cell death")).toBe(false);
  });
});

describe("a list named in its sentence, a doubled stop, a species named once", () => {
  const text = `The Eukaryotic Cell Cycle

Interphase

One turn of the cell cycle consists of two general phases: interphase and the mitotic phase.. The three stages of interphase are called G1, S, and G2. During the S phase the cell copies its DNA. A cell that leaves the cycle enters a resting state called G0.

Cell Walls and Capsules

Some bacteria are surrounded by a capsule. Streptococcus pyogenes is a bacterium that causes strep throat and various other infections of the skin and throat. Its capsule helps it escape phagocytes.
`;
  const items = deckOf(text, "The Eukaryotic Cell Cycle", loadWordNet()!);
  it("keeps 'called' in the stem of a list, and ends a prompt on one stop", () => {
    const list = items.find((i) => i.answer.includes("G1, S, and G2"));
    expect(list?.answer).toBe("G1, S, and G2");
    expect(list?.prompt).toMatch(/are called _____\.$/);
    for (const i of items) expect(i.prompt).not.toMatch(/[^.]\.\.$/);
  });
  it("writes a species with its capital even where the text names it once", () => {
    const all = items.map((i) => i.prompt + " " + i.answer + " " + (i.options ?? []).join(" ")).join(" ");
    expect(all).not.toMatch(/streptococcus pyogenes/);
  });
});

describe("a naming told to the reader", () => {
  it("is no blank: 'You sometimes hear the back side of the Moon called the _____'", () => {
    const text = `The Moon

Phases and Faces

The Moon always keeps the same face toward Earth because its rotation is locked to its orbit. You sometimes hear the back side of the Moon called the dark side, although it receives as much sunlight as the near side. The near side is marked by dark plains of basalt called maria.
`;
    const items = deckOf(text, "The Moon", loadWordNet()!);
    expect(items.filter((i) => /\byou\b/i.test(i.prompt))).toEqual([]);
  });
});

describe("what is no species", () => {
  it("an adjective before a plural noun, or before a disease's name", () => {
    const text = `Oxygen Requirements of Microorganisms

Anaerobes

Facultative anaerobes are organisms that thrive in the presence of oxygen but also grow in its absence by relying on fermentation. Obligate anaerobes are killed by oxygen. Rhinocerebral mucormycosis is an infection of the sinuses and brain that strikes patients with uncontrolled diabetes.
`;
    const items = deckOf(text, "Oxygen Requirements of Microorganisms", loadWordNet()!);
    const all = items.map((i) => `${i.prompt} ${i.answer} ${(i.options ?? []).join(" ")}`).join(" ");
    expect(all).not.toMatch(/What is Facultative|Rhinocerebral mucormycosis/);
  });
});

describe("a scene of the text's own example", () => {
  it("is no blank: 'Notice the boldfaced words, called _____'", () => {
    const text = `Speaking in Public

Transitions in Speeches

Notice the boldfaced words, called transitions, which help readers and listeners navigate between ideas and concepts. A strong conclusion restates the main point of the speech. Speakers who rehearse aloud speak with more confidence.
`;
    const items = deckOf(text, "Speaking in Public", loadWordNet()!);
    expect(items.filter((i) => /^Notice\b/.test(i.prompt))).toEqual([]);
  });
});
