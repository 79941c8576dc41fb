// Blanks and options a teacher would reject on unseen sections: a genus among its kinds, background words, the middle of
// a series, a count named before, a place beside another thing; a family word that is no cue; a pronoun pointing ahead.
import { describe, expect, it } from "vitest";
import { lintItem } from "../items/lint";
import { stemInPrompt, unresolvedReference } from "./flaws";
import { pointsOutside } from "./glosses";
import { termOk } from "./phrase";
import { dangles, leansOnContext } from "./prompt";
import { backgroundWord, scenario, seriesMember } from "./mention-items";
import { titleGenus } from "./siblings";
import { clozeItem, deckOf, readTriples, stubLexicon } from "./testing";
import { surface } from "./item-kit";
import type { TermInfo } from "./terms";
import type { Lexicon } from "./lexical";

const cloze = clozeItem;

/** every word rare, but for the everyday words given with their frequency */
const lexiconWith = (freq: Record<string, number>): Lexicon => ({
  ...stubLexicon(),
  frequency: (w) => freq[w] ?? 0,
});

describe("a word that starts several key terms", () => {
  const item = cloze(
    "The hair root ends deep in the dermis at the hair bulb, and includes a layer of basal cells called the _____.",
    "hair matrix",
  );
  it("cues the key alone ('hair' for hair matrix)", () => {
    expect(lintItem(item).flaws).toContain("stem-cues-key");
  });
  it("names a family of terms, no cue to one member", () => {
    expect(lintItem(item, { family: new Set(["hair"]) }).flaws).toEqual([]);
    // (a word of the key's own that no other term shares still gives it away)
    expect(lintItem(item, { family: new Set(["sweat"]) }).flaws).toContain("stem-cues-key");
  });
  it("a deck on hair blanks the names of its parts", () => {
    const items = deckOf(
      [
        "Hair",
        "",
        "Strands of hair originate in an epidermal penetration of the dermis called the hair follicle. The hair shaft is the part of the hair not anchored to the follicle. The rest of the hair, which is anchored in the follicle, lies below the surface of the skin and is referred to as the hair root. The hair root ends deep in the dermis at the hair bulb, and includes a layer of mitotically active basal cells called the hair matrix. The hair bulb surrounds the hair papilla, which is made of connective tissue.",
      ].join("\n"),
      "Hair",
    );
    expect(items.map((i) => i.answer)).toEqual(expect.arrayContaining(["hair matrix", "hair root"]));
  });
});

describe("options and blanks of the wrong kind", () => {
  it("where a thing lies beside another is no term ('underlying bone')", () => {
    expect(termOk("underlying bone")).toBe(false);
    expect(termOk("adjacent muscles")).toBe(false);
    expect(termOk("synovial joint")).toBe(true);
    // a thing named by its relation to another ("The male equivalent was a “sheik”")
    expect(termOk("male equivalent")).toBe(false);
    expect(termOk("counterpart")).toBe(false);
  });
  it("the title's term is no wrong option for a kind of it, nor are its kinds for it", () => {
    const title = { head: "force", inTitle: true }; // "Intermolecular Forces"
    const kind = { head: "force", inTitle: false }; // dispersion forces, van der Waals forces
    expect(titleGenus(kind, title)).toBe(true);
    expect(titleGenus(title, kind)).toBe(true);
    // two kinds are siblings; so are two terms the title names ("Ionic and Covalent Bonds")
    expect(titleGenus(kind, { ...kind })).toBe(false);
    expect(titleGenus(title, { ...title })).toBe(false);
    expect(titleGenus(kind, { head: "bond", inTitle: true })).toBe(false);
  });
  it("a word the section uses throughout but never states is background, not a blank ('molecules')", () => {
    const molecule = { key: "molecule", defined: 0, named: 0, listed: 0 };
    expect(backgroundWord(molecule, lexiconWith({ molecule: 9 }))).toBe(true);
    // a word the lexicon hardly knows is technical; a word the text defines or lists is its own term
    expect(backgroundWord({ ...molecule, key: "acrosome" }, lexiconWith({}))).toBe(false);
    expect(backgroundWord({ ...molecule, defined: 1 }, lexiconWith({ molecule: 9 }))).toBe(false);
    expect(backgroundWord({ ...molecule, key: "polar molecule" }, lexiconWith({ molecule: 9 }))).toBe(false);
  });
  it("a member of an open series after its first is no blank ('mountains, valleys, _____, and even the continents')", () => {
    expect(seriesMember("the formation of mountains, valleys, ", ", and even the continents")).toBe(true);
    expect(seriesMember("between the atoms, ", ", or ions that make up each phase")).toBe(true);
    expect(seriesMember("the formation of ", ", which shape the continents")).toBe(false);
    // the last member too: "Natural selection, random drift, and _____ can lead to …" (mutation fits as well)
    expect(seriesMember("the formation of mountains, valleys, and ", ".")).toBe(true);
    expect(seriesMember("Natural selection, random drift and ", " can lead to changes")).toBe(true);
    expect(seriesMember("the formation of mountains and ", ".")).toBe(false);
    // (two clauses are no series: "The neuron is a small information processor, and _____ serve as input sites")
    expect(seriesMember("The neuron is a small information processor, and ", " serve as input sites")).toBe(false);
  });
  it("a term the text defines is asked where it is defined, not blanked again in a series that uses it", () => {
    const items = deckOf(
      "Cities\n\nSuburbs are the communities that surround a city. Exurbs are the communities that lie beyond the suburbs. Together, the suburbs, exurbs, and metropolitan areas all combine to form a metropolis. Exurbs grew quickly after 1990 as commuters moved farther from the centre.",
      "Cities",
    );
    expect(items.some((i) => i.answer === "exurbs" && i.prompt.includes("beyond the suburbs"))).toBe(true);
    expect(items.some((i) => i.prompt.startsWith("Together, the suburbs, _____, and metropolitan areas"))).toBe(false);
  });
});

describe("context", () => {
  it("a count or a set named before is outside a definition ('the most compact of the three')", () => {
    expect(pointsOutside("the most compact of the three, offering the least surface area")).toBe(true);
    expect(pointsOutside("the one among the others that is largest")).toBe(true);
    expect(pointsOutside("the most compact of the three molecules")).toBe(false);
  });
  it("a pronoun in a leading phrase points ahead to the subject after its comma", () => {
    expect(unresolvedReference("In his book High School Confidential, _____ details his experience.")).toBe(false);
    expect(unresolvedReference("On his second voyage, Christopher Columbus brought pigs to _____.")).toBe(false);
    // (a question word after the comma is no name: "his" has nobody to point to)
    expect(unresolvedReference("On his second voyage, who brought pigs to the islands?")).toBe(true);
    expect(unresolvedReference("In his book, the author details _____.")).toBe(true);
    // ("an individual … she" speaks of anyone)
    expect(unresolvedReference("What is the term for the group that an individual feels she belongs to?")).toBe(false);
    expect(unresolvedReference("What is the term for the group that she belongs to?")).toBe(true);
  });
  it("a blank torn from its period ('_____. has a significant impact') is a formatting flaw", () => {
    expect(
      lintItem(cloze("The activity before a case is _____. has a significant impact on the agenda.", "granted cert"))
        .flaws,
    ).toContain("stray-punctuation");
  });
});

describe("how an answer reads", () => {
  it("'the so-called Black Legend' is asked as Black Legend", () => {
    const info = { display: "so-called Black Legend", proper: false } as TermInfo;
    expect(surface("so-called Black Legend", info)).toBe("Black Legend");
    expect(surface("Negative feedback", { display: "negative feedback", proper: false } as TermInfo)).toBe(
      "negative feedback",
    );
  });
  it("an intensifier before the blank splits the answer ('charge very _____')", () => {
    expect(
      lintItem(cloze("Some schools charge very _____, the equivalent of a private college.", "high tuition")).flaws,
    ).toContain("split-phrase");
  });
  it("the head of a hyphenated term may stand in its definition ('the group …' for in-group)", () => {
    expect(stemInPrompt("What is the term for the group that an individual feels she belongs to?", "in-group")).toBe(
      false,
    );
    // (a one-word term's own stem still gives it away)
    expect(stemInPrompt("Particles of colloidal dimensions are known as _____.", "colloids")).toBe(true);
  });
  it("'in response to', 'as a result of' and 'each + noun' lean on nothing before; 'In response,' and 'Each is' do", () => {
    const arrector =
      "Each hair root is connected to a smooth muscle called the _____ that contracts in response to nerve signals.";
    expect([leansOnContext(arrector), dangles(arrector)]).toEqual([false, false]);
    expect(dangles("As a result of the decision to send troops, the _____ rose.")).toBe(false);
    expect(dangles("In response, the _____ rose.")).toBe(true);
    expect(dangles("Each is connected to a muscle called the _____.")).toBe(true);
    expect(leansOnContext("Prices rose; in response the _____ cut rates.")).toBe(true);
  });
  it("'it' may stand for the sentence's own subject ('The nail bed …, making it appear pink')", () => {
    expect(leansOnContext("The nail bed is rich in blood vessels, making it appear pink.")).toBe(false);
    expect(leansOnContext("Blood vessels make it appear pink.")).toBe(true);
  });
  it("a variation ('Thus, depending upon the specific joint of the body, a plane joint may …') is no blank", () => {
    expect(
      scenario("Thus, depending upon the specific joint of the body, a plane joint may exhibit only one movement."),
    ).toBe(true);
    expect(scenario("If we sum up the contributions, the total rises.")).toBe(true);
    expect(scenario("A plane joint allows only gliding movements between flat surfaces.")).toBe(false);
  });
  it("a modifier whose head the other member carries splits the answer ('_____ and beta receptors' -> alpha)", () => {
    const split = (prompt: string, answer: string) => lintItem(cloze(prompt, answer)).flaws.includes("split-phrase");
    expect(split("The two molecules bind to receptors referred to as _____ and beta receptors.", "alpha")).toBe(true);
    expect(split("The brainstem includes the _____ and medulla oblongata.", "pons")).toBe(false);
    expect(split("Neurotransmitters bind to _____ and ion channels.", "receptors")).toBe(false);
  });
  it("a sentence cut at its conjunction ('referred to as _____, but.') is garbled", () => {
    expect(
      lintItem(cloze("You may occasionally see platelets referred to as _____, but.", "thrombocytes")).flaws,
    ).toContain("garbled-text");
  });
});

describe("names given in passing", () => {
  const read = readTriples;
  it("the names of a pair, and a name after a relative clause, are no aliases of the nearest noun", () => {
    expect(read("B cells and T cells, also called B lymphocytes and T lymphocytes, defend the body.")).toEqual([]);
    expect(
      read(
        "The challenge is development that occurs without damaging the natural environment, also called sustainable development.",
      ).filter((c) => c[0] === "alias"),
    ).toEqual([]);
    expect(read("Glial cells, also called glia, support neurons.")).toEqual([["alias", "Glial cells", "glia"]]);
    // (after a relative clause that has ended, the name is the term's: "… forms the nail cuticle, also called …")
    expect(
      read(
        "The nail fold that meets the proximal end of the nail body forms the nail cuticle, also called the eponychium.",
      ).filter((c) => c[0] === "alias"),
    ).toEqual([["alias", "nail cuticle", "eponychium"]]);
  });
  it("'(who referred to …)' and 'their offspring, or …' define nothing", () => {
    expect(
      read("It created a contract between the godparents (who referred to the child as ahijado/a) and the parents."),
    ).toEqual([]);
    expect(
      read(
        "It may involve polygamous families with multiple spouses and their offspring, or married siblings living together with their children.",
      ),
    ).toEqual([]);
  });
  it("', or all at the same place …' is an alternative, not another name", () => {
    expect(
      read(
        "It can be the result of multiple graded potentials at different locations on the neuron, or all at the same place but separated in time.",
      ),
    ).toEqual([]);
  });
  it("'the family of procreation, which is the family that …' defines the whole 'X of Y'", () => {
    expect(
      read("EGO belongs to the family of procreation, which is the family that EGO creates, usually by marriage."),
    ).toEqual([["definition", "family of procreation", "the family that EGO creates"]]);
  });
  it("an appositive between subject and 'is' is skipped; a rank among others is no definition", () => {
    expect(
      read(
        "Leadership, the third key management function, is the process of guiding others toward organizational goals.",
      ),
    ).toEqual([["definition", "Leadership", "the process of guiding others toward organizational goals"]]);
  });
  it("'As in leukemia, …' compares: no blank", () => {
    const items = deckOf(
      "Leukocyte Disorders\n\nLeukemia is a cancer of the blood-forming tissues in which leukocytes multiply without control. Lymphoma is a cancer that begins in the lymphocytes of the lymph nodes. As in leukemia, the malignant leukocytes of lymphoma do not function properly, and the patient is vulnerable to infection. Leukemia and lymphoma are both treated with chemotherapy and radiation.",
      "Leukocyte Disorders",
    );
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((i) => i.prompt.startsWith("As in _____"))).toEqual([]);
  });
});

describe("a prompt that leans on what came before it", () => {
  it("'The key difference is …', 'Finally, …': the other half of a comparison or the steps before", () => {
    expect(dangles("The key difference is that the activation of _____ involves recognition of an antigen.")).toBe(
      true,
    );
    expect(dangles("Finally, _____ are the primary effector cells for cellular immunity.")).toBe(true);
    expect(dangles("The difference between _____ and weather is one of time.")).toBe(false);
  });
  it("'the disease' never named in the sentence is the one named before; 'an infection … the infection' is its own", () => {
    expect(leansOnContext("The mucosal form is one of the less common forms of the disease.")).toBe(true);
    expect(leansOnContext("Once inside, the pathogen multiplies in the liver.")).toBe(true);
    expect(leansOnContext("When an infection spreads, the infection reaches the lymph nodes.")).toBe(false);
    expect(leansOnContext("Malaria is a disease called the ague in old texts.")).toBe(false);
    expect(
      leansOnContext("In parasitic infections, the parasite’s preferred host is called the definitive host."),
    ).toBe(false);
  });
});
