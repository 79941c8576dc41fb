// Concept items as a student meets them: the forms, the wrong options, prompts that stand alone, no apparatus.
import { describe, expect, it } from "vitest";
import { generateDeck, type Item } from "..";
import { apparatusRanges, cutRanges, isApparatusSentence, isCitationParen, isObjective } from "./apparatus";
import { dropConnective } from "../text/prompt";
import { headingTerms } from ".";
import { standAlone } from "./items";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { deckOf, stubLexicon } from "./testing";
import fs from "node:fs";
import { sharedPath } from "@/lib/testing/shared";

const lexicon = stubLexicon;
const deck = (text: string, lx = lexicon()): Item[] => deckOf(text, "Feedback", lx);

const FEEDBACK = [
  "Feedback Systems",
  "",
  "A negative feedback system has three basic components. A sensor is a component of a feedback system that monitors a physiological value. The control center is the component in a feedback system that compares the value to the normal range. An effector is the component in a feedback system that causes a change to reverse the situation. A comparator is the component in a feedback system that stores the set point. A set point is the physiological value around which the normal range fluctuates. Negative feedback is a mechanism that reverses a deviation from the set point.",
].join("\n");

describe("definition items", () => {
  it("asks for the term from its definition, with terms of the same genus as wrong options", () => {
    const item = deck(FEEDBACK).find((i) => i.answer === "control center");
    expect(item?.type).toBe("mcq");
    expect(item?.prompt).toBe(
      "What is the term for the component in a feedback system that compares the value to the normal range?",
    );
    expect(new Set(item?.options)).toEqual(new Set(["control center", "sensor", "effector", "comparator"]));
    expect(item?.citations[0]?.quote).toContain("The control center is the component");
  });
  it("without three siblings a card asks for the term its definition describes", () => {
    const items = deck(
      "Cells\n\nHomeostasis is the state of steady internal conditions maintained by living things. Living things keep homeostasis in many ways.",
    );
    const card = items.find((i) => i.answer === "homeostasis");
    expect(card?.type).toBe("flashcard");
    expect(card?.prompt).toBe(
      "What is the term for the state of steady internal conditions maintained by living things?",
    );
  });
  it("a wrong option is never another name the text gives for the key", () => {
    const text =
      "Neurons\n\nA sensor, also referred to as a receptor, is a component of a feedback system that monitors a value. The control center is the component in a feedback system that compares the value to a range. An effector is the component in a feedback system that causes a change. A comparator is the component in a feedback system that holds the set point.";
    const item = deck(text).find((i) => i.answer === "sensor" && i.type === "mcq");
    expect(item).toBeDefined();
    expect(item?.options).not.toContain("receptor");
  });
  it("too few stated siblings: kinds of the key's head the text writes in passing complete the options", () => {
    const text =
      "Brain Waves\n\nBeta waves are fast waves that the alert brain produces during the day. Delta waves are slow waves that the brain produces during deep sleep. During light sleep the brain produces waves known as theta waves. Quiet rest before sleep brings alpha waves.";
    // (a description of the key's head, "slow waves", is no kind of it: only an unusual first word makes a kind)
    const item = deck(text, lexicon(["slow", "fast", "deep", "light", "alert", "quiet"])).find(
      (i) => i.answer === "delta waves",
    );
    expect(item?.type).toBe("mcq");
    expect(new Set(item?.options)).toEqual(new Set(["beta waves", "delta waves", "theta waves", "alpha waves"]));
    // (a name given by its description stays a blank: "… known as _____" needs no options)
    expect(
      deck(text, lexicon(["slow", "fast", "deep", "light", "alert", "quiet"])).find((i) => i.answer === "theta waves")
        ?.type,
    ).toBe("cloze");
  });
  it("wrong options take the key's number (dendrites, axons …)", () => {
    const text =
      "Neurons\n\nThe soma of each neuron has short branching extensions known as dendrites. The soma also has a long extension known as the axon. Each neuron ends in small extensions known as terminal buttons. A thin coat of fat known as the myelin sheath covers some extensions. Dendrites receive signals. Axons send signals.";
    const item = deck(text).find((i) => i.answer === "dendrites");
    expect(item?.prompt).toBe("The soma of each neuron has short branching extensions known as _____.");
    if (item?.type === "mcq") for (const o of item.options ?? []) expect(o).toMatch(/s$/);
  });
});

describe("prompts stand alone", () => {
  it("a sentence that leans on the one before gets it as context, or is not asked", () => {
    const text =
      "Laws\n\nUnder President Andrew Jackson, many party loyalists filled the offices of the government. This was the beginning of the spoils system, in which political appointments were transformed into political patronage.";
    const items = deck(text);
    const spoils = items.find((i) => i.answer === "spoils system");
    expect(
      spoils?.prompt.startsWith(
        "Under President Andrew Jackson, many party loyalists filled the offices of the government. This was the beginning of the _____",
      ),
    ).toBe(true);
    for (const i of items) expect(i.prompt).not.toMatch(/^(This|These|It|They)\b/);
  });
  it("illustrations and learning objectives are not asked", () => {
    const text =
      "Identify and discuss the three core elements of any political event: rules, reality, and choices.\n\nRules are instructions regarding what behaviors are required, forbidden, or allowed. For example, a duck is an aquatic bird that swims in ponds.";
    const items = deck(text, lexicon(["duck", "bird"]));
    expect(items.some((i) => /Identify and discuss/.test(i.prompt))).toBe(false);
    expect(items.some((i) => i.answer === "duck" || /\bduck\b/.test(i.prompt))).toBe(false);
  });
  it("citations and figure references are cut from prompts and never the answer", () => {
    const text =
      "Sleep\n\nA sleep spindle is a rapid burst of higher frequency brain waves that may be important for learning and memory (Fogel & Smith, 2011; Poe, Walsh, & Bjorness, 2010). Sleep spindles occur in stage 2 sleep (see Figure 4.2). Researchers first described sleep spindles in the 1930s (Brown, 2012).";
    const items = deck(text);
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) {
      expect(i.prompt).not.toMatch(/Fogel|Bjorness|Figure 4\.2|Brown, 2012/);
      expect(["2011", "2010", "2012"]).not.toContain(i.answer);
    }
  });
});

describe("glosses that say nothing alone", () => {
  const text = [
    "Sensation\n\nWhen you place your hand under the shower, the cell membrane of the thermoreceptors changes its electrical state.",
    "A related molecule, called pseudoephedrine, was much more commonly used in decongestants than was phenylephrine.",
    "A supersaturated solution is one in which a solute's concentration exceeds its solubility.",
    "When this signal reaches the end bulbs, it causes the release of a signaling molecule called a neurotransmitter.",
    "Neurotransmitters cross the synaptic cleft. Neurotransmitters bind to receptors.",
  ].join(" ");
  const items = deck(text);
  it("a scene addressed to the reader is not a definition", () => {
    expect(items.filter((i) => /shower/i.test(i.answer))).toEqual([]);
  });
  it("a definition that speaks of 'you' in general is still a definition", () => {
    const text =
      "Care\n\nA health care proxy is a legal document that names a person to make medical decisions for you when you cannot speak for yourself. A health care proxy is signed in advance.";
    expect(deck(text).some((i) => /health care proxy/i.test(i.answer + " " + i.prompt))).toBe(true);
  });
  it("a pointer to what came before or a pronoun head is no definition", () => {
    expect(
      items.filter(
        (i) => /^(?:a related molecule|one in which)/i.test(i.answer) || /^What is the term for one\b/.test(i.prompt),
      ),
    ).toEqual([]);
  });
  it("a named term is asked with the article the text gives it", () => {
    expect(items.map((i) => i.prompt)).not.toContain("What is neurotransmitter?");
  });
});

describe("what a clause is", () => {
  it("a mechanism or a result named after a comma is the whole clause, not the noun before it", () => {
    const items = deck(
      "Oxygen\n\nAs a result, oxygen readily dissociates from hemoglobin, which is a mechanism that helps to provide active tissues with more oxygen. Hemoglobin is a protein in erythrocytes that binds oxygen.",
    );
    expect(items.filter((i) => /mechanism/.test(i.prompt + " " + i.answer))).toEqual([]);
  });
  it("a naming verb before an appositive is no part of the term", () => {
    const text =
      "Atoms\n\nThe Greek philosopher Democritus argued that all matter was composed of small, finite particles that he called atomos, a term derived from the Greek word for “indivisible.” He thought of atoms as moving particles.";
    const items = deck(text, loadWordNet()!);
    expect(items.some((i) => /atomos/.test(i.prompt + i.answer))).toBe(true);
    expect(
      items.filter((i) => /\bcalled atomos\b/.test(i.prompt) && !/that (?:he|they) called atomos/.test(i.prompt)),
    ).toEqual([]);
  });
  it("an ordinal connective is dropped from a prompt that stands alone", () => {
    expect(dropConnective("Secondly, at high altitudes, a greater amount of BPG is produced by _____.")).toBe(
      "At high altitudes, a greater amount of BPG is produced by _____.",
    );
  });
});

describe("guessable answers", () => {
  it("an everyday word is not the answer of a blank or a term question", () => {
    const text =
      "Nomenclature\n\nNomenclature is a collection of rules for naming things. When ice melts, the liquid formed is called water. Many salts dissolve in water, and water dissolves many gases. When the gas HCl is dissolved in water, the solution is called hydrochloric acid.";
    const items = deck(text, lexicon(["water"]));
    expect(items.filter((i) => i.answer.toLowerCase() === "water")).toEqual([]);
    expect(items.some((i) => i.answer.toLowerCase() === "hydrochloric acid")).toBe(true);
    expect(deck(text).some((i) => i.answer.toLowerCase() === "water")).toBe(true);
  });
  it("a word of everyday English named in passing is not blanked, even in its plural", () => {
    const text = fs.readFileSync(sharedPath("corpus/textbooks/introduction-political-science-m00002.txt"), "utf8");
    const items = deckOf(text, text.split("\n")[0]!, loadWordNet()!);
    const blanks = items.filter((i) => i.form === "mention").map((i) => i.answer);
    for (const word of ["rules", "reality", "democracy"]) expect(blanks).not.toContain(word);
    expect(items.some((i) => i.answer === "politics")).toBe(true);
  });
});

describe("the apparatus", () => {
  it("recognises in-text citations, figure references and narrative years", () => {
    for (const p of [
      "Brown, 2012",
      "Fogel & Smith, 2011; Poe, Walsh, & Bjorness, 2010",
      "Azevedo et al, 2009",
      "for one such example, see March et al., 2007",
      "Figure 2.3",
      "see Table 1",
      "2011",
    ])
      expect(isCitationParen(p), p).toBe(true);
    for (const p of ["non-REM", "98.6°F", "the stimulus", "Na+"]) expect(isCitationParen(p), p).toBe(false);
    const t = "Memory improves (Fogel & Smith, 2011).";
    expect(cutRanges(t, apparatusRanges(t))).toBe("Memory improves.");
  });
  it("recognises reference entries, captions, pasted footnotes, objectives", () => {
    expect(isApparatusSentence("Smith, J. A. (2012). The neuron. Journal of Brains, 3(2), 45–67.")).toBe(true);
    expect(isApparatusSentence("Figure 3.2 The structure of a neuron.")).toBe(true);
    expect(
      isApparatusSentence("“About Us,” United Nations, accessed September 8, 2021, https://www.un.org/en/about-us/"),
    ).toBe(true);
    expect(isApparatusSentence("The neuron is a cell that carries signals.")).toBe(false);
    expect(isObjective("Identify and discuss the three core elements of any political event.")).toBe(true);
    expect(isObjective("Identical twins share their genes.")).toBe(false);
  });
});

describe("formatting kept at ingest", () => {
  it("bold terms mark a text as exposition and its bold terms as key terms", () => {
    const text =
      "Membranes\n\nEvery cell is wrapped in a lipid bilayer that separates its inside from the watery world around it. Proteins embedded in the lipid bilayer carry ions and sugars across the barrier. Channel proteins open a pore through which ions flow down their gradient, while carrier proteins bind a molecule and change shape to move it. Small uncharged molecules such as oxygen slip through the lipid bilayer by simple diffusion without help from channel proteins or carrier proteins.";
    const spans = ["lipid bilayer", "Channel proteins", "carrier proteins", "simple diffusion"].map((t) => ({
      start: text.indexOf(t),
      end: text.indexOf(t) + t.length,
      kind: "bold" as const,
    }));
    const build = (withSpans: boolean) =>
      generateDeck([{ id: "d", title: "Membranes", text, spans: withSpans ? spans : undefined }], {
        seed: 1,
        lexicon: lexicon(["cell", "protein", "molecule", "oxygen", "world", "barrier"]),
        maxItemsPer1000Words: 1000,
      }).items;
    expect(build(false).some((i) => i.answer === "lipid bilayer")).toBe(false);
    expect(build(true).some((i) => i.answer === "lipid bilayer" && i.prompt.includes("_____"))).toBe(true);
  });
});

describe("headings name the terms of their sections", () => {
  it("a heading of two terms names both", () => {
    expect(headingTerms("Subculture and Counterculture")).toEqual([
      "Subculture and Counterculture",
      "Subculture",
      "Counterculture",
    ]);
    expect(headingTerms("Innovation: Discovery and Invention")).toEqual([
      "Innovation: Discovery and Invention",
      "Innovation",
      "Discovery",
      "Invention",
    ]);
    expect(headingTerms("High, Low, and Popular Culture")).toEqual(["High, Low, and Popular Culture"]);
  });
  it("a section's heading term is blanked where its section says what it is", () => {
    const text = [
      "Forms of Rule",
      "Autarchy",
      "The power in an autarchy is held by one ruler who answers to no assembly or court.",
      "Plutarchy",
      "The power in a plutarchy is held by the richest families, who buy offices and write the tax laws.",
      // (said again: a blank needs a term of some weight in its text)
      "A plutarchy rarely survives a war.",
    ].join("\n\n");
    const items = generateDeck([{ id: "d", title: "Forms of Rule", text }], {
      seed: 1,
      lexicon: loadWordNet() ?? lexicon(),
      maxItemsPer1000Words: 1000,
    }).items;
    const item = items.find((i) => i.answer === "plutarchy");
    expect(item?.prompt).toMatch(/^The power in a\(n\) _____ is held by the richest families/);
  });
  it("a list of a thing's parts is no definition of it", () => {
    const items = deck(
      "Powers\n\nEach branch of government—the executive, judicial, and legislative—is held in check by the other branches.",
    );
    expect(items.find((i) => /^What is (?:a )?government\?/.test(i.prompt))).toBeUndefined();
  });
});

describe("a fact cut free of the comment that leans on it", () => {
  it("'X is often referred to as Y because this …' asks for X by its other name, without the reason", () => {
    const items = deck(
      "Sleep\n\nStage four sleep is often referred to as deep sleep or slow-wave sleep because this stage is characterized by delta waves. Stage four sleep is the deepest stage of sleep.",
      loadWordNet()!,
    );
    expect(items.map((i) => i.prompt)).toContain("_____ is often referred to as deep sleep or slow-wave sleep.");
  });
  it("a relative clause is part of the fact: never cut to '… a form of government in.'", () => {
    expect(
      standAlone("The very definition of _____ is that it is a form of government in which they choose their leaders."),
    ).not.toMatch(/\bin\.$/);
    expect(standAlone("_____ is often referred to as deep sleep because this stage is slow.")).toBe(
      "_____ is often referred to as deep sleep.",
    );
  });
});

describe("one fact, asked once and fairly", () => {
  const IONS =
    "Ions and Bonds\n\nAn ion is an atom that has an electrical charge. A positively charged ion is known as a cation. A negatively charged ion is known as an anion. Ions of opposite charge attract one another in ionic bonds, which hold table salt together in crystals.";

  it("a word beside the name a sentence gives is not blanked: the name would give it away", () => {
    const items = deck(IONS);
    expect(items.some((i) => i.answer === "cation")).toBe(true);
    const giveaway = items.filter((i) => i.answer.toLowerCase() === "ion" && /cation|anion/.test(i.prompt));
    expect(giveaway.map((i) => i.prompt)).toEqual([]);
  });

  it("a condition is asked as a condition, not as a time", () => {
    const items = deck(
      "Polarity\n\nPolar molecules occur when atoms share electrons unequally, in polar covalent bonds. A polar molecule is a molecule that contains regions that have opposite electrical charges.",
    );
    const prompts = items.map((i) => i.prompt);
    expect(prompts.some((p) => /^When do polar molecules occur/.test(p))).toBe(false);
  });
});

describe("what is and is not a definition", () => {
  const TEXT =
    "Sanctions\n\nThe means of enforcing rules are known as sanctions. Positive sanctions are rewards given for conforming to the norms of a group or a society. Negative sanctions are punishments for violating the norms of a group or a society. Photosynthesis takes place in two sequential stages: the light-dependent reactions and the light-independent reactions. Inbreeding increases the likelihood of producing diseased offspring, a phenomenon that scientists call inbreeding depression. The concept of meritocracy is an ideal because no society has ever existed where social standing was based entirely on merit. DDT was a commonly used pesticide before its dangers became known. The confirmation bias is the tendency to focus on information that confirms your existing beliefs.";
  const items = deck(TEXT, loadWordNet()!);
  const answers = items.map((i) => i.answer.toLowerCase());

  it("a bare plural after 'are' with a participle or a preposition defines its subject", () => {
    expect(answers).toContain("positive sanctions");
    expect(answers).toContain("negative sanctions");
  });

  it("a list after a colon, a name given to something else, a reason, a time are no definitions", () => {
    for (const wrong of ["two sequential stages", "concept of meritocracy", "ddt"])
      expect(answers).not.toContain(wrong);
    expect(items.some((i) => /term for a phenomenon that scientists call/.test(i.prompt))).toBe(false);
  });

  it("a singular term in -s is asked in the singular", () => {
    expect(items.some((i) => i.prompt === "What are the confirmation bias?")).toBe(false);
  });
});

describe("definitions in other clothes", () => {
  it("a definition after a fronted phrase, in a second clause, in parentheses, or with the term's head as genus", () => {
    const items = deck(
      "Culture and Cognition\n\nAccording to sociologist William F. Ogburn (1922), the term culture lag refers to the time that passes between the introduction of a new item of material culture and its social acceptance. Diffusion relates to the integration of cultures into the mainstream while globalization refers to the promotion and increase of interactions between different regions and populations around the globe. Embedded in the thylakoid membrane is chlorophyll, a pigment (molecule that absorbs particular wavelengths of visible light) responsible for the initial interaction between light and plant material. Finally, the availability heuristic is a heuristic in which you make a decision based on an example that is readily available to you.",
      loadWordNet()!,
    );
    const about = (term: string) => items.filter((i) => i.answer === term || i.prompt.includes(term));
    expect(about("culture lag").length).toBeGreaterThan(0);
    expect(about("globalization").length).toBeGreaterThan(0);
    // (after the section's topic, "Culture and Cognition: ", which the prompt does not name: see topic-label.ts)
    expect(items.find((i) => i.answer === "pigment")?.prompt).toMatch(
      /(?:^|: )What is the term for a molecule that absorbs particular wavelengths of visible light\?$/,
    );
    expect(about("availability heuristic").length).toBeGreaterThan(0);
    expect(items.some((i) => /according to the text/.test(i.prompt))).toBe(false);
  });
});

describe("a definite plural the sentence before named more fully", () => {
  it("is shown with that sentence", () => {
    const items = deck(
      "Neurons\n\nNeurons are bathed in intracellular and extracellular fluids that carry charged molecules. The electrical charge of the fluids is caused by charged molecules (ions) dissolved in the fluid.",
      loadWordNet()!,
    );
    const cause = items.find((i) => i.prompt.includes("What causes the electrical charge of the fluids?"));
    expect(cause?.prompt.startsWith("Neurons are bathed in intracellular and extracellular fluids")).toBe(true);
  });
});

describe("more definitions, fewer giveaways", () => {
  const items = deck(
    "Groups and Love\n\nA primary group is a small group that is characterized by intimate relationships. A secondary group is a large group that is characterized by impersonal relationships. Altruism is people’s desire to help others even if the costs outweigh the benefits of helping. Romantic love is defined by having passion and intimacy with a partner but no commitment. Neither primary nor secondary groups are bound by strict definitions or set limits. Conidia and asci, which are used respectively for asexual and sexual reproduction, are separated from the vegetative hyphae by blocked septa.",
    loadWordNet()!,
  );
  const answers = items.map((i) => i.answer.toLowerCase());

  it("a size word before a genus with its clause, a possessive, and 'defined by' still define", () => {
    expect(answers).toEqual(expect.arrayContaining(["altruism"]));
    // (a gloss of five content words or fewer is asked "What is X?")
    const prompts = items.map((i) => i.prompt);
    expect(prompts).toEqual(expect.arrayContaining(["What is a primary group?", "What is a secondary group?"]));
    expect(items.some((i) => /romantic love/i.test(i.answer + " " + i.prompt))).toBe(true);
  });

  it("the other half of a pair is never left beside the blank", () => {
    expect(items.some((i) => /Neither primary nor _____|asexual and _____/.test(i.prompt))).toBe(false);
  });
});

describe("answers and prompts as a student reads them", () => {
  const items = deck(
    "Groups and Genes\n\nSociologist Charles Horton Cooley suggested that groups can broadly be divided into two categories: primary groups and secondary groups (Cooley 1909). A primary group is a small group that is characterized by intimate relationships. A secondary group is a large group that is characterized by impersonal relationships. The polymerase chain reaction (PCR) copies DNA in the laboratory. Recall that PCR can make billions of copies of a DNA segment in a process called amplification. Intimacy is the sharing of details and intimate thoughts and emotions.",
    loadWordNet()!,
  );

  it("a citation is no part of a list's answer", () => {
    const list = items.find((i) => i.prompt.includes("divided into two categories"));
    expect(list?.answer).toBe("primary groups and secondary groups");
  });

  it("a prompt that starts with a spelled-out abbreviation starts with a capital", () => {
    for (const i of items) expect(i.prompt).toMatch(/^\P{Ll}/u);
  });

  it("a term is not asked from a definition that holds its own stem ('intimate' for intimacy)", () => {
    expect(items.some((i) => i.answer.toLowerCase() === "intimacy" && /intimate/.test(i.prompt))).toBe(false);
  });
});

describe("what a thing does", () => {
  it("is asked only where the verb says what it does for or to something", () => {
    const items = deck(
      "Bones and Hormones\n\nOsteoblasts are bone-forming cells that secrete matrix. Osteoblasts produce new bone matrix on the surface of existing bone tissue. A long bone grows in length when osseous tissue is added to the diaphysis.",
      loadWordNet()!,
    );
    expect(items.some((i) => /^What does (?:a|the) (?:long )?bone do\?/.test(i.prompt))).toBe(false);
  });
});

describe("a bare noun the section's heading names in full", () => {
  it("is written in full, as the text writes it", () => {
    const items = generateDeck(
      [
        {
          id: "d",
          title: "Partisan Politics",
          text: "Partisan Politics\n\nTHE ALIEN AND SEDITION ACTS\n\nCongress passed the Alien and Sedition Acts in 1798 to silence critics of the government. Democratic-Republicans argued that the acts were evidence of the Federalists' intent to squash individual liberties. Jefferson and Madison mobilized the response to the acts in the form of statements known as the Virginia and Kentucky Resolutions, which argued that the acts were illegal.",
        },
      ],
      { seed: 1, lexicon: loadWordNet()!, maxItemsPer1000Words: 1000 },
    ).items;
    const resolutions = items.find((i) => i.answer === "Virginia and Kentucky Resolutions");
    expect(resolutions?.prompt).toContain("the response to the Alien and Sedition Acts in the form of statements");
  });
  it("not from a heading that names a series of kinds ('Potential, Kinetic, Free, and Activation Energy')", () => {
    const text =
      "Potential, Kinetic, Free, and Activation Energy\n\nGibbs free energy specifically refers to the energy that takes place with a chemical reaction that is available after we account for entropy. Every reaction has an activation energy. Gibbs free energy is useful. The Gibbs free energy of a reaction can be measured.";
    const items = generateDeck([{ id: "d", title: "Potential, Kinetic, Free, and Activation Energy", text }], {
      seed: 1,
      lexicon: loadWordNet()!,
      maxItemsPer1000Words: 1000,
    }).items;
    const gibbs = items.find((i) => /Gibbs free energy/i.test(i.answer));
    expect(gibbs?.prompt).toBe(
      "What is the term for the energy that takes place with a chemical reaction that is available after we account for entropy?",
    );
    // (nor where a relative clause says which one: "the energy that …" under "Activation Energy" is no activation energy)
    const under = generateDeck(
      [{ id: "d", title: "Activation Energy", text: text.replace(/^[^\n]*/, "Activation Energy") }],
      {
        seed: 1,
        lexicon: loadWordNet()!,
        maxItemsPer1000Words: 1000,
      },
    ).items;
    expect(under.find((i) => /Gibbs free energy/i.test(i.answer))?.prompt).toBe(gibbs?.prompt);
  });
});

describe("a participle's clause", () => {
  it("is no definition: 'natural place, or transported from elsewhere …'", () => {
    const items = deck(
      "Soil\n\nThe parent material may be either created in its natural place, or transported from elsewhere to its present location. Parent material is the organic and inorganic material in which soils form.",
      loadWordNet()!,
    );
    expect(items.some((i) => /transported from elsewhere/.test(i.prompt) && i.answer === "natural place")).toBe(false);
  });
});

describe("blanks that fit many answers (from the blind ratings of h15 and h16)", () => {
  const items = deck(
    "Blackbodies\n\nA blackbody is an idealized object that absorbs all the electromagnetic radiation falling on it. Visible light is the electromagnetic radiation that the human eye can detect. If we sum up the contributions from all parts of the electromagnetic spectrum, we obtain the total energy emitted by a blackbody. Being more energetic than visible light, ultraviolet photons damage skin cells over long exposure times. Astronomers compare the spectrum of each star with the spectrum of a blackbody and with visible light in detailed laboratory measurements.",
    loadWordNet()!,
  );
  it("no blank in an if-scenario, after 'than', or as the second member of 'X and _____'", () => {
    for (const i of items) {
      expect(i.prompt).not.toMatch(/^If we sum up/);
      expect(i.prompt).not.toMatch(/than _____/);
      expect(i.prompt).not.toMatch(/\band (?:with )?(?:a\(n\) )?_____/);
    }
  });
});

describe("a substance or a living thing described as 'the …' is asked as what it is, not as a term", () => {
  it("'Phosphorus is the limiting nutrient …' -> 'What is the limiting nutrient …?'; a process keeps 'the term for'", () => {
    const lexicon = {
      ...stubLexicon(),
      nounClasses: (w: string) => (w === "phosphorus" || w === "fish" ? ["substance"] : ["process"]),
    };
    const items = deckOf(
      [
        "Nutrient Cycles",
        "",
        "Phosphorus is the limiting nutrient in many aquatic ecosystems. Eutrophication is the enrichment of a body of water with nutrients that feed algae.",
      ].join("\n"),
      "Nutrient Cycles",
      lexicon,
    );
    const p = items.find((i) => i.answer === "phosphorus");
    expect(p?.prompt).toBe("What is the limiting nutrient in many aquatic ecosystems?");
    expect(items.find((i) => i.answer === "eutrophication")?.prompt).toMatch(/^What is the term for the enrichment/);
  });
});
