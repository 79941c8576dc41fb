// What is not a definition or not a fair blank, on sentences of the kind textbooks write.
import { describe, expect, it } from "vitest";
import type { ConceptCandidate } from "./types";
import { deckOf, readSentence as read } from "./testing";
import { pointsOutside } from "./glosses";
import fs from "node:fs";
import { sharedPath } from "@/lib/testing/shared";
import { loadWordNet } from "@/lib/lexicon/wordnet";

const terms = (text: string, rel: ConceptCandidate["rel"]) =>
  read(text)
    .filter((c) => c.rel === rel)
    .map((c) => c.term.text);

const deck = (text: string) => deckOf(text, "Capsids");

describe("what is no definition", () => {
  it("a participle after a long subject makes nothing happen ('… subunits made in the cytoplasm')", () => {
    const items = deck(
      "Capsids\n\nA capsid is the protein shell that encloses the genome of a virus. The assembly of each capsid proceeds from protein subunits made in the cytoplasm of the infected host cell.",
    );
    expect(items.filter((i) => i.kind === "cause")).toEqual([]);
  });
  it("a described subject is named by the phrase after 'known as', not the other way round", () => {
    const c = read("Diseases acquired in hospital settings are known as nosocomial diseases.").find(
      (x) => x.rel === "naming",
    );
    expect(c?.term.text).toBe("nosocomial diseases");
    expect(c?.gloss?.text).toBe("Diseases acquired in hospital settings");
  });
  it("two subjects, a property ('proportional to'), a word's origin and half a two-part name define nothing", () => {
    expect(terms("Staphylococci and Enterobacteriaceae are examples of facultative anaerobes.", "definition")).toEqual(
      [],
    );
    expect(terms("The rate of ionization is proportional to the amount of radiation.", "definition")).toEqual([]);
    expect(terms("Legal monopolies are subject to economies of scale in most markets.", "definition")).toEqual([]);
    expect(
      terms(
        "Examples include Neisseria gonorrhoeae, the causative agent of sexually transmitted gonorrhea.",
        "definition",
      ),
    ).not.toContain("gonorrhoeae");
    expect(
      terms("An infectious disease is any disease caused by the direct effect of a pathogen.", "definition"),
    ).toEqual(["infectious disease"]);
  });
  it("a word's origin is no definition card", () => {
    const items = deck(
      "Ancient Astronomy\n\nOur concept of the cosmos is called cosmology, a word with Greek roots. An epicycle is a small circle whose center moves around a larger circle. A deferent is a large circle around which an epicycle moves.",
    );
    expect(items.some((i) => i.prompt.includes("a word with Greek roots?"))).toBe(false);
    expect(items.find((i) => i.answer === "epicycle")?.prompt).toBe(
      "What is the term for a small circle whose center moves around a larger circle?",
    );
  });
  it("a fronted clause, one of several alternatives, a role or a gerund is no appositive definition", () => {
    expect(
      terms(
        "Even before policy changes affected refugee admittance, a relatively small number of people formally entered the country as refugees.",
        "definition",
      ),
    ).toEqual([]);
    expect(
      terms(
        "It may be the sound of blood flowing into the atria, or blood sloshing back and forth in the ventricle, or even tensing of the chordae tendineae.",
        "definition",
      ),
    ).toEqual([]);
    expect(
      terms("The BMI is most useful for studying populations, which is the work of these organizations.", "definition"),
    ).toEqual([]);
    expect(
      terms("Universal manhood suffrage, or voting rights for all adult men, spread in the 1820s.", "definition"),
    ).toEqual(["Universal manhood suffrage"]);
  });
  it("a plural noun before ', meaning' is not the word explained", () => {
    expect(
      read("Some diseases, meaning they spread easily from person to person, are common.").filter(
        (c) => c.cue === "meaning",
      ),
    ).toEqual([]);
  });
});

describe("fair blanks for a mentioned term", () => {
  const text = [
    "Capsids",
    "",
    "A capsid is the protein shell that encloses the genome of a virus. A virion is a complete virus particle outside a host cell. An envelope is a lipid membrane that surrounds the capsid of some viruses. The interior of the capsid contains the viral genome and a few enzymes needed for replication inside the host. Enzymes inside the capsid copy the viral genome after the virion enters the host cell. The assembly of each capsid proceeds from protein subunits made in the cytoplasm of the infected host cell.",
  ].join("\n");
  it("no blank for the title's own word, in a comparison, beside a figure's label, or needing the sentence before", () => {
    const items = deckOf(
      [
        "Oxygen Requirements",
        "",
        "An obligate anaerobe is a microbe that is killed by oxygen. A facultative anaerobe is a microbe that grows with or without oxygen. Over time, oxygen slowly diffuses throughout the thioglycolate culture tube from its top. Tube C shows heavy growth at the top of the culture tube, a typical result with facultative anaerobes. Like a sponge soaking up water, facultative anaerobes take up nutrients in every layer of the thioglycolate culture. Both kinds grow in the deep layers. There, obligate anaerobes grow in the deep layers of the thioglycolate culture where no dissolved gas reaches.",
      ].join("\n"),
      "Oxygen Requirements",
    );
    const prompts = items.map((i) => i.prompt);
    expect(prompts.some((p) => p.includes("Over time, _____ slowly diffuses"))).toBe(false);
    expect(prompts.some((p) => p.startsWith("Tube C"))).toBe(false);
    expect(prompts.some((p) => p.startsWith("Like a sponge"))).toBe(false);
    expect(prompts.some((p) => p.includes("There, _____ grow"))).toBe(false);
    // (asked either way: "anaerobe" and "microbe" share an ending, which no longer hides the term's card)
    expect(
      items.some(
        (i) =>
          (i.prompt === "What is an obligate anaerobe?" && i.answer === "a microbe that is killed by oxygen") ||
          (i.prompt === "What is the term for a microbe that is killed by oxygen?" && i.answer === "obligate anaerobe"),
      ),
    ).toBe(true);
  });
  it("a blank inside an 'of' phrase of another noun ('The interior of the _____') is not asked", () => {
    const prompts = deck(text).map((i) => i.prompt);
    expect(prompts.some((p) => p.startsWith("The interior of the _____"))).toBe(false);
    // (the virion, which the text defines, is asked where it is defined, not blanked again where it is used)
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts).not.toContain(
      "Enzymes inside the capsid copy the viral genome after the _____ enters the host cell.",
    );
  });
});

describe("examples and quantities", () => {
  it("no open blank for one example of a class; a named pair of examples stays", () => {
    const text = fs.readFileSync(sharedPath("corpus/textbooks/anatomy-physiology-m45989.txt"), "utf8");
    const prompts = deckOf(text, "Homeostasis", loadWordNet()!).map((i) => i.prompt);
    expect(prompts.some((p) => /^_____ is an example of/.test(p))).toBe(false);
    expect(prompts.some((p) => /^_____ and the body’s response to blood loss are two examples/.test(p))).toBe(true);
  });
  it("'a cluster of brain cells' says what a thing is made of, not which one it is", () => {
    const text = fs.readFileSync(sharedPath("corpus/textbooks/anatomy-physiology-m45989.txt"), "utf8");
    const items = deckOf(text, "Homeostasis", loadWordNet()!);
    expect(items.filter((i) => i.answer === "a cluster of brain cells")).toEqual([]);
    expect(items.some((i) => i.answer === "a cluster of brain cells" || i.answer === "heat-loss center")).toBe(false);
  });
});

describe("glosses that are no definition", () => {
  it("a clause, a hedge, advice or an identity with itself gives no card", () => {
    const items = deckOf(
      [
        "Particles",
        "",
        "An antielectron forms beside an electron. The antielectron has a positive charge (it is called a positron), and so the total charge created is zero. Physicists study quarks, which are perhaps the ultimate substructure of matter. Brand advocacy is a potentially inexpensive means of building a brand and one that entrepreneurs should explore. The desired object is the product or service itself. A proton is a particle that carries a positive charge in the nucleus.",
      ].join("\n"),
      "Particles",
    );
    const answers = items.map((i) => i.answer);
    expect(answers).not.toContain("The antielectron has a positive charge");
    expect(answers).not.toContain("quarks");
    expect(items.filter((i) => /brand advocacy|desired object/i.test(i.prompt + " " + i.answer))).toEqual([]);
    // (a short gloss is asked the way round that one answer fits: "What is a proton?")
    expect(items.some((i) => i.prompt === "What is a proton?")).toBe(true);
    const laser = deckOf(
      "Light\n\nA constrained spectrum is a characteristic of laser light. A photon is a particle of light that carries energy in discrete amounts.",
      "Light",
    ).map((i) => i.answer);
    expect(laser).not.toContain("constrained spectrum");
    expect(laser).toContain("photon");
  });
});

describe("more of what a rater found vague on a new holdout", () => {
  it("no blank after an adjective of the term, in a scenario or on a picture; no remark or 'this need' as a definition", () => {
    const items = deckOf(
      [
        "Dating Fossils",
        "",
        "Radiometric dating methods measure the decay of a radioactive isotope in a sample of volcanic rock. Many absolute dating methods are based on the rate of decay of a radioactive isotope in volcanic rock. If nothing is done, the isotope will continue to decay into a stable daughter element over millions of years. The further blowup shows an artist's conception of a radioactive isotope inside volcanic rock. Charge is a special physical quantity, joining a very short list of quantities that are always conserved. A buyer is a person who is willing to pay money to satisfy this need or want. Stratigraphy is the study of rock layers that are laid down over time in a fixed order.",
      ].join("\n"),
      "Dating Fossils",
    );
    const prompts = items.map((i) => i.prompt);
    expect(prompts.filter((p) => /absolute _____|^If nothing|blowup/.test(p))).toEqual([]);
    expect(items.filter((i) => /^What is (?:charge|a buyer)\?/.test(i.prompt))).toEqual([]);
    // ("those tasks" after "tasks" points inside the gloss; a blank before a colon ends the sentence)
    expect(pointsOutside("a person who is willing to pay money to satisfy this need or want")).toBe(true);
    expect(pointsOutside("a chart of the relationships among tasks and the people who do those tasks")).toBe(false);
    const chart = deckOf(
      "Structures\n\nAn organization chart is a visual representation of the structured relationships among tasks and the people given the authority to do those tasks. In the organization chart each figure represents a job, and each job includes several tasks. The principal sequence of reactions in a managed firm forms what is called the reporting chain:",
      "Structures",
    );
    expect(chart.map((i) => i.prompt)).toContain(
      "The principal sequence of reactions in a managed firm forms what is called the _____.",
    );
    expect(items.some((i) => i.answer.toLowerCase() === "stratigraphy")).toBe(true);
  });
  it("a proportion ('the greater the missing mass') or a claim ('… is that the universe') is no definition", () => {
    const items = deckOf(
      "Fusion\n\nThe greater the missing mass, the greater the binding energy of the nucleus. The idea that emerges within Hinduism is that the universe is cyclical in nature. Nuclear fusion is a reaction in which two nuclei are combined to form a larger nucleus.",
      "Fusion",
    );
    expect(items.filter((i) => /the greater|the idea that/i.test(i.prompt))).toEqual([]);
    expect(items.some((i) => /nuclear fusion/i.test(i.prompt + " " + i.answer))).toBe(true);
  });
  it("a change given in percent is neither a definition nor a blank", () => {
    const items = deckOf(
      "Households\n\nIn 2016, 69 percent of children were living in a two-parent household, a decrease from 88 percent in 1960. A household is a group of people who live in one residence and share its costs.",
      "Households",
    );
    expect(items.filter((i) => /percent/.test(i.prompt + " " + i.answer))).toEqual([]);
    expect(items.some((i) => i.answer === "household")).toBe(true);
  });
});

describe("wrong options of the key's own kind", () => {
  it("a term whose definition names the key (a kind or a part of it) is no wrong option for it", () => {
    const items = deck(
      [
        "Microbes",
        "",
        "A virus is an acellular infectious agent that replicates inside living cells. A virion is a complete virus particle outside a host cell. A bacteriophage is a virus that infects bacteria. A prion is an infectious agent made only of protein. A viroid is an infectious agent made only of RNA. A bacterium is an infectious agent with a cell wall. A protist is a eukaryote that is not a plant, animal, or fungus. An alga is a protist that performs photosynthesis. A fungus is a eukaryote that absorbs nutrients. By incorporating themselves into a host cell, viruses are able to co-opt the host’s cellular machinery and reproduce inside the infected cell.",
      ].join("\n"),
    );
    const virus = items.find((i) => i.answer === "virus");
    expect(virus?.type).toBe("mcq");
    expect(virus?.options).not.toContain("virion");
    expect(virus?.options).not.toContain("bacteriophage");
    // "an alga is a protist that …": the kind it belongs to is no wrong option either
    expect(items.find((i) => i.answer === "alga")?.options ?? []).not.toContain("protist");
  });
});

describe("names in a textbook", () => {
  it("an acronym is asked as a technical term, never as 'Which organization …?'", () => {
    const items = deck(
      [
        "Latent Diseases",
        "",
        "A latent disease is a disease in which the pathogen goes dormant for long periods. A chronic disease is a disease that lasts for months or years. An acute disease is a disease that develops and ends quickly. Examples include mononucleosis (Epstein-Barr virus [EBV]). EBV goes into latency in B cells of the immune system and possibly epithelial cells. EBV can reactivate years later in people whose immune systems are weakened.",
      ].join("\n"),
    );
    expect(
      items.some(
        (i) =>
          i.answer === "disease in which the pathogen goes dormant for long periods" || /latent disease/.test(i.answer),
      ),
    ).toBe(true);
    expect(items.filter((i) => /^Which organization/.test(i.prompt))).toEqual([]);
  });
});

describe("more glosses that say nothing of what a thing is", () => {
  it("a comparison, a term with a comma, a list that goes on after a dash, a long description as a blank", () => {
    expect(terms("Plate tectonics is a concept as basic to geology as evolution is to biology.", "definition")).toEqual(
      ["Plate tectonics"],
    );
    const items = deck(
      [
        "Plates",
        "",
        "Plate tectonics is a concept as basic to geology as evolution is to biology. A rift is a zone where a continent slowly breaks apart. Essentially, a virus consists of proteins and genetic material—either DNA or RNA, but never both—that are inert outside of a host. Many types of objects were introduced in Science and the Universe: A Brief Tour.",
      ].join("\n"),
    );
    expect(items.some((i) => i.answer === "plate tectonics" || i.prompt.includes("as basic to geology"))).toBe(false);
    expect(items.some((i) => i.prompt.includes("consists of _____"))).toBe(false);
    expect(items.some((i) => i.prompt.includes("Brief Tour"))).toBe(false);
    expect(items.find((i) => i.answer === "rift")?.prompt).toBe(
      "What is the term for a zone where a continent slowly breaks apart?",
    );
  });
});

describe("what a rater called trivia or a wrong question", () => {
  const items = deck(
    [
      "Eating",
      "",
      "Anorexia nervosa is an eating disorder characterized by a body weight well below average. Bulimia nervosa is an eating disorder characterized by binge eating and purging. Binge eating disorder is an eating disorder characterized by binge eating without purging. Obesity is a condition in which body fat exceeds healthy levels. People with anorexia often suffer from dysmorphia, meaning they view themselves as overweight even when they are not. The World Health Organization (WHO) tracks obesity worldwide, and the WHO reports rising rates. Ultimately, activity in the brain determines whether or not we engage in feeding behavior during a meal. The United States is a constitution-based federal republic in which citizens elect representatives.",
    ].join("\n"),
  );
  it("no acronym card, no definition of a country, no 'What does X mean?' from what follows for someone", () => {
    expect(items.some((i) => /acronym/.test(i.prompt))).toBe(false);
    expect(items.some((i) => i.answer === "United States")).toBe(false);
    expect(items.some((i) => /dysmorphia/.test(i.prompt))).toBe(false);
  });
  it("no blank in a hedged claim or beside a percentage", () => {
    const more = deck(
      [
        "Eating",
        "",
        "Anorexia nervosa is an eating disorder characterized by a body weight well below average. Bulimia nervosa is an eating disorder characterized by binge eating and purging. Perhaps the most pressing issue for bulimia nervosa patients is the damage that purging does to the teeth and throat. The lifetime prevalence rate for anorexia nervosa is estimated at around 1% for women and less in men. Patients with anorexia nervosa often restrict their food intake severely for years.",
      ].join("\n"),
    );
    expect(more.some((i) => /^Perhaps/.test(i.prompt) || /prevalence rate/.test(i.prompt))).toBe(false);
  });
  it("no blank inside a quotation, none after 'One strategy is …'", () => {
    const more = deck(
      [
        "Eating",
        "",
        "Anorexia nervosa is an eating disorder characterized by a body weight well below average. Bulimia nervosa is an eating disorder characterized by binge eating and purging. As one clinician put it, “anorexia nervosa is a disease of control as much as of food,” and many patients agree. One strategy is for clinicians to treat bulimia nervosa with cognitive behavioral therapy over several months.",
      ].join("\n"),
    );
    expect(more.some((i) => i.prompt.includes("“_____") || /^One strategy/.test(i.prompt))).toBe(false);
  });
  it("no blank on the head of a compound ('feeding _____')", () => {
    expect(items.some((i) => /feeding _____/.test(i.prompt))).toBe(false);
    expect(items.find((i) => i.answer === "obesity" || i.answer === "Obesity")).toBeDefined();
  });
});

describe("what a definition is not, on sections the engine never saw", () => {
  const defs = (text: string) => read(text).filter((c) => c.rel === "definition");
  it("praise or a point made is no definition ('a vital ingredient of politics', 'the point that does carry over')", () => {
    expect(
      defs(
        "Civic engagement, or the participation that connects citizens to government, is a vital ingredient of politics.",
      ).map((c) => c.gloss?.text),
    ).toEqual(["the participation that connects citizens to government"]);
    expect(
      defs(
        "The graph clearly illustrates that every choice has an opportunity cost, which is the point that does carry over to the real world.",
      ),
    ).toEqual([]);
  });
  it("a clause after a colon ('colonization: the king rewarded …') defines nothing; a noun phrase does", () => {
    expect(
      defs(
        "This system reflected the Spanish view of colonization: the king rewarded successful conquistadors who expanded the empire.",
      ),
    ).toEqual([]);
    expect(
      defs("Kübler-Ross made a major contribution to thanatology: the systematic study of death and dying.").map(
        (c) => c.term.text,
      ),
    ).toEqual(["thanatology"]);
  });
  it("a gloss running into an example is no definition; one with an aside between dashes reads on past it", () => {
    // (pJ: a gloss cut at the aside's first dash lost its verb; read on, the card drops the aside)
    const [democracy] = defs(
      "A democracy is a government in which political power—influence over institutions, leaders, and policies—rests in the hands of the people.",
    );
    expect(democracy?.gloss?.text).toMatch(/—rests in the hands of the people$/);
    expect(
      deckOf(
        "A democracy is a government in which political power—influence over institutions, leaders, and policies—rests in the hands of the people.",
        "Forms of Government",
      ).map((i) => i.prompt),
    ).toContain("What is the term for a government in which political power rests in the hands of the people?");
    expect(
      defs(
        "A rally is usually a one-time event, for instance, and belonging to a political party doesn’t imply interaction with others.",
      ),
    ).toEqual([]);
    expect(defs("A neuron is a cell in which signals travel.").map((c) => c.term.text)).toEqual(["neuron"]);
  });
  it("after a preposition, ', or the …' adds another cause, it does not rename", () => {
    expect(defs("Hair loss can also result from the aging process, or the influence of hormones.")).toEqual([]);
    expect(
      defs("The vote was extended through universal manhood suffrage, or voting rights for all White male adults.").map(
        (c) => c.term.text,
      ),
    ).toEqual(["universal manhood suffrage"]);
  });
});
