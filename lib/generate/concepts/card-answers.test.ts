// A term is asked "What is …?" once, however many sentences define it; an everyday word in the plural is no answer;
// a term cut from the name it ends ("fever" of "Rocky Mountain spotted fever") is none either.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { generateDeck } from "../index";
import { commonWordAnswer } from "./everyday";

describe("one card per term", () => {
  it("asks what a family is once, not also what families are", () => {
    const text = `Families and Kinship

Kinship Today

Sociologists study how people define family. In other words, families are groups in which people come together to form a strong primary group connection and maintain emotional ties to one another over a long period of time. A family is a socially recognized group that forms an emotional connection and serves as an economic unit of society. Kinship can be traced through the mother, the father or both.
`;
    const items = generateDeck([{ id: "d", title: "Families and Kinship", text }], {
      lexicon: loadWordNet()!,
      seed: 1,
    }).items;
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
    const items = generateDeck([{ id: "d", title: "Proteobacteria", text }], {
      lexicon: loadWordNet()!,
      seed: 1,
    }).items;
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
    const items = generateDeck([{ id: "d", title: "Parasitic Infections of the Nervous System", text }], {
      lexicon: loadWordNet()!,
      seed: 1,
    }).items;
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
