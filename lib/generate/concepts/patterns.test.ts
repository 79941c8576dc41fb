// What a sentence states about a term: each pattern on sentences of the kind textbooks write.
import { describe, expect, it } from "vitest";
import { clauseEnd, termOk } from "./phrase";
import type { ConceptCandidate } from "./types";
import { deckOf, readSentence as read } from "./testing";
const one = (text: string, rel: ConceptCandidate["rel"]) => read(text).find((c) => c.rel === rel);

describe("definitions", () => {
  it("a definition written the other way round names the term at the end", () => {
    const c = one("A mineral that forms when seawater evaporates in a closed basin is an evaporite.", "definition");
    expect(c?.term.text).toBe("evaporite");
    expect(c?.gloss?.text).toBe("a mineral that forms when seawater evaporates in a closed basin");
    expect(c?.genus).toBe("mineral");
    const p = one("Proteins that speed up reactions without being used up are called enzymes.", "definition");
    expect(p?.term.text).toBe("enzymes");
    expect(one("You can see that the bonds shown in the figure are balanced.", "definition")).toBeUndefined();
    expect(one("A country that loses a war is the first to suffer.", "definition")).toBeUndefined();
  });
  it("X is a/an/the … gives the term, its definition and the definition's head noun", () => {
    const c = one(
      "The control center is the component in a feedback system that compares the value to the normal range.",
      "definition",
    );
    expect(c?.term.text).toBe("control center");
    expect(c?.gloss?.text).toBe("the component in a feedback system that compares the value to the normal range");
    expect(c?.genus).toBe("component");
  });
  it("a bare plural definition (Agonists are chemicals that …) and a collective head (a set of values)", () => {
    expect(one("Agonists are chemicals that mimic a neurotransmitter at the receptor site.", "definition")?.genus).toBe(
      "chemical",
    );
    expect(
      one("A normal range is the restricted set of values that is optimally healthful and stable.", "definition")
        ?.genus,
    ).toBe("value");
  });
  it("refers to, defined as, the definition of, something is a … when", () => {
    expect(
      one("Latent content, on the other hand, refers to the hidden meaning of a dream.", "definition")?.term.text,
    ).toBe("Latent content");
    expect(
      one("The Revolution of 1800 refers to the first transfer of power from one party to another.", "definition")?.term
        .text,
    ).toBe("Revolution of 1800");
    const d = one(
      "The very definition of democracy is that it is a form of government in which the people choose their leaders.",
      "definition",
    );
    expect([d?.term.text, d?.genus]).toEqual(["democracy", "government"]);
    const f = one(
      "Something is a fact, for example, when there is compelling evidence that an event has happened.",
      "definition",
    );
    expect(f?.term.text).toBe("fact");
    expect(f?.cue).toBe("when:something");
  });
  it("an evaluative or metaphorical predicate is no definition", () => {
    expect(one("The myelin sheath is an important part of the neuron.", "definition")).toBeUndefined();
    expect(one("This is the first step of the process.", "definition")).toBeUndefined();
  });
  it("definitions inside a sentence about something else: which is, an appositive, dashes, or", () => {
    expect(
      one(
        "An important debate within ethical theory is the importance of altruism, which is the selfless care for others’ well-being.",
        "definition",
      )?.term.text,
    ).toBe("altruism");
    expect(
      one(
        "Some argue that the conscience, an individual’s inner sense of right and wrong, forms the basis for ethics.",
        "definition",
      )?.gloss?.text,
    ).toBe("an individual’s inner sense of right and wrong");
    expect(
      one(
        "Some argue that it comes through intuition—cognition that seems completely self-evident—while others disagree.",
        "definition",
      )?.term.text,
    ).toBe("intuition");
    expect(
      one("They argued for universal manhood suffrage, or voting rights for all White male adults.", "definition")
        ?.gloss?.text,
    ).toBe("voting rights for all White male adults");
  });
  it("a comma that starts the main clause is no appositive, nor a list item", () => {
    expect(
      one(
        "Under the original constitution, a Council of Appointments selected local officials such as sheriffs.",
        "definition",
      ),
    ).toBeUndefined();
    expect(
      read("It relies on pleasure, desire, happiness, or flourishing to define what is good.").filter(
        (c) => c.rel === "definition",
      ),
    ).toEqual([]);
  });
  it("how or when something comes about", () => {
    const p = one(
      "A hydrogen bond is formed when a weakly positive hydrogen atom is attracted to another electronegative atom.",
      "process",
    );
    expect([p?.term.text, p?.cue]).toEqual(["hydrogen bond", "formed"]);
  });
});

describe("definitions in the humanities and social sciences", () => {
  it("'refers to' after an adverb or an 'in terms of' qualifier defines the noun before them", () => {
    expect(
      one("Compliance generally refers to the extent to which a company obeys the law.", "definition")?.term.text,
    ).toBe("Compliance");
    expect(
      one(
        "Therefore, compliance in terms of business ethics generally refers to the extent to which a company obeys the law.",
        "definition",
      )?.term.text,
    ).toBe("compliance");
  });
  it("a theory named by what it claims ('Deontology contends that …'); no claim of 'this theory' or of statistics", () => {
    const d = one("Deontology contends that each of us owes certain duties to others in every situation.", "naming");
    expect(d?.term.text).toBe("Deontology");
    expect(d?.cue).toBe("claims");
    expect(
      one(
        "For example, utilitarianism suggests that an ethical action is one that achieves the greatest good.",
        "naming",
      )?.term.text,
    ).toBe("utilitarianism");
    expect(one("The labeling theory holds that deviance is a consequence of the rules.", "naming")?.term.text).toBe(
      "labeling theory",
    );
    expect(one("This theory holds that people are rational actors in all markets.", "naming")).toBeUndefined();
    expect(one("Statistics suggest that most voters stay home in local elections.", "naming")).toBeUndefined();
  });
  it("a school of thought named by its claim is asked by blanking its name, even at the start of a sentence", () => {
    const items = deckOf(
      [
        "Ethical Theories",
        "",
        "For example, utilitarianism suggests that an ethical action is one whose consequence achieves the greatest good for the greatest number. Deontology holds that each person owes certain duties to others in every situation. Virtue theory focuses on the character of the person who decides.",
      ].join("\n"),
      "Ethical Theories",
    );
    const prompts = items.map((i) => i.prompt);
    expect(prompts).toContain(
      "_____ suggests that an ethical action is one whose consequence achieves the greatest good for the greatest number.",
    );
    expect(prompts).toContain("_____ holds that each person owes certain duties to others in every situation.");
  });
  it("a count, a class and 'are' open a list ('The two major types of … are rods and cones')", () => {
    const c = one("The two major types of light-sensing cells in the retina are rods and cones.", "list");
    expect(c?.members.map((m) => m.text)).toEqual(["rods", "cones"]);
    expect(one("The three types of cells are rods and cones.", "list")).toBeUndefined();
  });
  it("a count and a plural noun of its own open a list when the members are terms in lower case", () => {
    const c = one(
      "The four main special journals are the sales journal, purchases journal, cash disbursements journal, and cash receipts journal.",
      "list",
    );
    expect(c?.members.map((m) => m.text)).toEqual([
      "the sales journal",
      "purchases journal",
      "cash disbursements journal",
      "cash receipts journal",
    ]);
    expect(c?.genus).toBe("journal");
    // names, or verbs, are no classification
    expect(one("The two countries are Kazakhstan and Russia.", "list")).toBeUndefined();
    expect(one("The two men were arrested and charged.", "list")).toBeUndefined();
  });
  it("what a later name names reaches over 'over', 'during', 'through' ('this change of a population over time')", () => {
    const c = read(
      "The theory connects the change of a population over time, called microevolution, with the rise of new species.",
    ).find((x) => x.term.text === "microevolution");
    expect(c?.gloss?.text).toBe("the change of a population over time");
  });
  it("'X are those that …' defines X by its own head noun", () => {
    const items = deckOf(
      "Needs\n\nStated needs are those that are clearly specified by the customer. Secret needs are those that a customer may not state or even realize.",
      "Needs",
    );
    expect(items.map((i) => i.prompt)).toContain(
      "What is the term for needs that are clearly specified by the customer?",
    );
  });
  it("the head of a longer name before ', meaning' is not the word explained", () => {
    const c = read("This is called the photoelectric effect, meaning that light (photo) produces electricity.");
    expect(c.filter((x) => x.cue === "meaning").map((x) => x.term.text)).toEqual([]);
    expect(
      read("Many diseases are also communicable, meaning they are capable of being spread from person to person.").some(
        (x) => x.cue === "meaning",
      ),
    ).toBe(true);
  });
  it("a consequence after ', meaning that', a judgement ('a huge issue') and an appositive after 'and' define nothing", () => {
    expect(read("Such laws are intrinsic to the universe, meaning that humans did not create them at all.")).toEqual(
      [],
    );
    expect(
      one("Ethics is a huge issue in the world of accounting and finance in general.", "definition"),
    ).toBeUndefined();
    expect(
      one("Language relies on interaction between caregiver and baby, the American model of motherese.", "definition"),
    ).toBeUndefined();
  });
  it("a clause, an action or a judgement is no term", () => {
    expect(termOk("Ignition is defined to")).toBe(false);
    expect(termOk("cyclical in nature")).toBe(false);
    expect(termOk("Marketing facilitates what")).toBe(false);
    expect(termOk("Acting with integrity")).toBe(false);
    expect(termOk("crucial Roman value")).toBe(false);
    expect(termOk("latest products")).toBe(false);
    expect(termOk("virtue theory")).toBe(true);
  });
});

describe("names", () => {
  it("the term X refers to / use the term X to describe / X: the …, and a fronted 'strictly speaking'", () => {
    expect(one("The term folk music refers to the songs a community passes on by ear.", "definition")?.term.text).toBe(
      "folk music",
    );
    const u = one(
      "Economists use the term opportunity cost to describe the value of the best alternative given up.",
      "definition",
    );
    expect(u?.term.text).toBe("opportunity cost");
    expect(u?.gloss?.text).toBe("the value of the best alternative given up");
    const c = one(
      "Her work shaped the field of pedology: the scientific study of soils in their natural setting.",
      "definition",
    );
    expect(c?.term.text).toBe("pedology");
    expect(c?.genus).toBe("study");
    expect(
      one("Loss of myelin harms the nervous system: the damage it causes can be severe.", "definition"),
    ).toBeUndefined();
    expect(
      one("Strictly speaking, a glacier is a mass of ice that moves under its own weight.", "definition")?.term.text,
    ).toBe("glacier");
    expect(
      one("A delta is just what it sounds like—a triangle of sediment at a river's mouth.", "definition")?.gloss?.text,
    ).toBe("a triangle of sediment at a river's mouth");
  });
  it("a name's possessive joins only an eponymous term; praise and an act are no definitions", () => {
    expect(
      one("Parkinson's disease, a progressive nervous system disorder, is linked to low dopamine.", "definition")?.term
        .text,
    ).toBe("Parkinson's disease");
    expect(one("Uthman's family, the tribe of Umayya, ruled for a century.", "definition")?.term.text).not.toBe(
      "Uthman's family",
    );
    expect(one("Ice is an especially effective sculptor of rock.", "definition")).toBeUndefined();
    expect(
      one(
        "Priests read the gods' will by examining an animal's entrails, a custom adopted from the Etruscans.",
        "definition",
      ),
    ).toBeUndefined();
  });
  it("a category word is no part of a name, and a definition ends before a second predicate", () => {
    const c = one(
      "Rifampin is a semisynthetic member of the rifamycin family and functions by blocking RNA polymerase.",
      "definition",
    );
    expect(c?.gloss?.text).toBe("a semisynthetic member of the rifamycin family");
    const d = one("The drug vancomycin is a member of a class of compounds called the glycopeptides.", "definition");
    expect(d?.term.text).toBe("vancomycin");
    expect(
      one("Drug resistance is a growing problem that hospitals face around the world.", "definition")?.term.text,
    ).toBe("Drug resistance");
  });
  it("what a name names reaches back over an article and an infinitive, and no further", () => {
    const c = one(
      "News of the attempt to extract a bribe, known as the XYZ affair because of the letters, spread.",
      "naming",
    );
    expect(c?.term.text).toBe("XYZ affair");
    expect(c?.gloss?.text).toBe("the attempt to extract a bribe");
    const a = one("Signals travel down a major extension from the soma known as the axon.", "naming");
    expect(a?.gloss?.text).toBe("a major extension from the soma");
  });
  it("is called / known as / referred to as, with what is named", () => {
    const c = one("The soma has branching extensions known as dendrites.", "naming");
    expect([c?.term.text, c?.genus]).toEqual(["dendrites", "extension"]);
    expect(one("A positively charged ion is known as a cation.", "naming")?.term.text).toBe("cation");
    expect(one("These gaps in the myelin sheath are known as the Nodes of Ranvier.", "naming")?.term.text).toBe(
      "Nodes of Ranvier",
    );
  });
  it("when both sides are names, the sentence's subject is asked", () => {
    const c = one(
      "NREM stage 3 sleep is often referred to as deep sleep or slow-wave sleep because this stage is deep.",
      "naming",
    );
    expect(c?.term.text).toBe("NREM stage 3 sleep");
    expect(c?.subject).toBe(true);
  });
  it("a label someone gives is not the name of a thing", () => {
    expect(read("He appealed for help against what he called terrorists.").filter((c) => c.rel === "naming")).toEqual(
      [],
    );
  });
  it("other names given in passing are aliases", () => {
    const a = read(
      "The nervous system is composed of two basic cell types: glial cells (also known as glia) and neurons.",
    ).find((c) => c.rel === "alias");
    expect([a?.term.text, a?.gloss?.text]).toEqual(["glial cells", "glia"]);
  });
  it("a name at the end after a dash", () => {
    expect(
      one(
        "For human physiology, the resulting bond is one of the most important formed by water—the hydrogen bond.",
        "naming",
      )?.term.text,
    ).toBe("hydrogen bond");
  });
});

describe("lists and examples", () => {
  it("a count and a colon announce a classification", () => {
    const c = one(
      "The body has four broad categories of tissues: epithelial, connective, muscle, and nervous tissue.",
      "list",
    );
    expect(c?.members.map((m) => m.text)).toEqual(["epithelial", "connective", "muscle", "nervous tissue"]);
  });
  it("a classification named by adjectives gives a list card, but its members are no terms", () => {
    expect(
      one("According to Aquinas, there are four types of laws: eternal, natural, human, and divine.", "list")
        ?.adjectival,
    ).toBe(true);
    expect(
      one("The nervous system is composed of two basic cell types: glial cells and neurons.", "list")?.adjectival,
    ).toBeUndefined();
  });
  it("two examples of a class: the first example is asked", () => {
    const c = one(
      "Childbirth and the body’s response to blood loss are two examples of positive feedback loops that are normal.",
      "example",
    );
    expect(c?.term.text).toBe("Childbirth");
    expect(c?.subject).toBe(true);
  });
  it("a cause", () => {
    const c = one(
      "The electrical charge of the fluids is caused by charged molecules dissolved in the fluid.",
      "cause",
    );
    expect(c?.term.text).toBe("charged molecules dissolved in the fluid");
  });
});

describe("clause ends", () => {
  it("a definition runs to the end of a series, and stops at a clause joined by ', and'", () => {
    const series =
      "Perception refers to the way sensory information is organized, interpreted, and consciously experienced.";
    const at = series.indexOf("the way");
    expect(series.slice(at, clauseEnd(series, at))).toBe(
      "the way sensory information is organized, interpreted, and consciously experienced",
    );
    const clause = "A sensor monitors a physiological value, and the control center compares it to the normal range.";
    const from = clause.indexOf("a physiological");
    expect(clause.slice(from, clauseEnd(clause, from))).toBe("a physiological value");
  });
});

describe("definitions by a describing verb", () => {
  const def = (text: string) => read(text).find((c) => c.rel === "definition");
  it("'is characterized as', 'encompasses the ability to', 'describes the ability to' define", () => {
    expect(
      def("Crystallized intelligence is characterized as acquired knowledge and the ability to retrieve it.")?.term
        .text,
    ).toBe("Crystallized intelligence");
    const fluid = def("Fluid intelligence encompasses the ability to see complex relationships and solve problems.");
    expect([fluid?.term.text, fluid?.gloss?.text]).toEqual([
      "Fluid intelligence",
      "the ability to see complex relationships and solve problems",
    ]);
    const convergent = def(
      "In contrast, convergent thinking describes the ability to provide a correct answer to a problem (Cropley, 2006; Gilford, 1967)",
    );
    // (a citation's semicolon ends no clause)
    expect(convergent?.gloss?.text).toBe(
      "the ability to provide a correct answer to a problem (Cropley, 2006; Gilford, 1967)",
    );
  });
  it("a bare term describing an amount or a way defines it, up to two adjectives before the noun", () => {
    const tonicity = def("Tonicity describes the amount of solute in a solution.");
    expect([tonicity?.term.text, tonicity?.gloss?.text]).toEqual(["Tonicity", "the amount of solute in a solution"]);
    expect(
      def("Representative bias describes a faulty way of thinking, in which you judge by similarity to a stereotype.")
        ?.term.text,
    ).toBe("Representative bias");
    // a place in the book, or a noun that is no abstract kind, is no definition
    expect(def("Chapter 4 describes the way of life of the Maya.")).toBeUndefined();
    expect(def("Darwinism describes the finches of the Galapagos.")).toBeUndefined();
  });
  it("someone describing something, or a property 'characterized by', is no definition", () => {
    expect(def("The author describes the process of cell division in chapter four.")).toBeUndefined();
    expect(def("Stage 3 sleep is characterized by delta waves.")).toBeUndefined();
  });
});

describe("hyphenated terms and stranded prepositions", () => {
  it("'in-group' is a term though its first part is a preposition", () => {
    const c = one("In short, an in-group is the group that an individual feels she belongs to.", "definition");
    expect(c?.term.text).toBe("in-group");
  });
  it("a definition may end on its relative clause's preposition ('a group that people compare themselves to')", () => {
    const items = deckOf(
      "Groups\n\nA reference group is a group that people compare themselves to. It provides a standard of measurement. An in-group is the group that an individual feels she belongs to. An out-group is a group that an individual does not belong to.",
      "Groups",
    );
    expect(items.map((i) => i.answer)).toEqual(expect.arrayContaining(["reference group", "in-group"]));
  });
});
