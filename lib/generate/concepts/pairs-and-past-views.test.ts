// What pV's blind raters flagged, as general rules: a name given beside its known pair ("alpha chains" and "_____"),
// an abbreviation the sentence spells out, a gloss that only restates the name, a gloss cut at a list, a definition held
// in a past time, a subject that points back ("The cortex itself"), one of a set ("One popular … is called _____").
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { pastView } from "./definition-guards";
import { contrastGivesAway, initialsGiveAway } from "./giveaways";
import { repeatsName, restatesName } from "./glosses";
import { possessedAppositive } from "./index";
import { surface } from "./item-kit";
import { termOk } from "./phrase";
import { dangles, leansOnContext } from "./prompt";
import type { TermInfo } from "./terms";
import { deckOf } from "./testing";
import type { ConceptCandidate } from "./types";

describe("names given side by side", () => {
  const hb =
    "Hemoglobin is composed of four polypeptides, two of which are called alpha chains and two of which are called beta chains.";
  it("give each other away as a known pair", () => {
    expect(contrastGivesAway(hb, "beta chains")).toBe(true);
    expect(contrastGivesAway(hb, "alpha chains")).toBe(true);
  });
  it("but not as two names of one thing or two kinds", () => {
    const acts =
      "Parliament enacted a series of laws called the Coercive Acts, which some colonists called the Intolerable Acts.";
    expect(contrastGivesAway(acts, "Coercive Acts")).toBe(false);
    const tails =
      "The brightest part of the tail is called the dust tail, to differentiate it from a fainter tail made of ionized gas, called the ion tail.";
    expect(contrastGivesAway(tails, "dust tail")).toBe(false);
  });
});

describe("an abbreviation", () => {
  it("is read off words the sentence spells out", () => {
    expect(initialsGiveAway("Molecules of adenosine triphosphate, better known as _____, are produced.", "ATP")).toBe(
      true,
    );
    expect(initialsGiveAway("The gross domestic product, or _____, measures output.", "GDP")).toBe(true);
  });
  it("not where the sentence does not spell it", () => {
    expect(initialsGiveAway("In the breakdown of glucose for energy, molecules of _____ are produced.", "ATP")).toBe(
      false,
    );
  });
});

describe("a gloss that restates the name", () => {
  it("says nothing the name does not", () => {
    expect(restatesName("a group of disorders in which depression is the main feature", "depressive disorders")).toBe(
      true,
    );
  });
  it("a gloss that says more defines", () => {
    expect(restatesName("a journal that records sales of goods on credit", "sales journal")).toBe(false);
    expect(restatesName("a company that sells its shares to the public on a stock exchange", "public company")).toBe(
      false,
    );
  });
});

describe("a definition", () => {
  it("cut at the first member of a list is no card", () => {
    const cards = deckOf(
      "Health and Medicine\n\nEpidemiology, the study of the incidence, distribution, and possible control of diseases, guides public health. Morbidity is the incidence of disease. Mortality is the number of deaths in a population. Health and Medicine matter.",
      "Health and Medicine",
      loadWordNet()!,
    ).map((i) => i.prompt);
    expect(cards.filter((p) => /the study of the incidence\?$/.test(p))).toEqual([]);
  });
  it("held in a past time is no definition", () => {
    const text = "Prior to 1973, the American Psychological Association defined homosexuality as a disorder.";
    const at = text.indexOf("homosexuality");
    const c = { term: { text: "homosexuality", a: at, b: at + 13 } } as ConceptCandidate;
    expect(pastView(c, text)).toBe(true);
    const now = "Sociologists define deviance as a violation of norms.";
    expect(pastView({ term: { text: "deviance", a: 20, b: 28 } } as ConceptCandidate, now)).toBe(false);
  });
});

describe("a prompt that leans on what came before", () => {
  it("'The cortex itself', 'Despite the name', 'One popular … is called', 'The X then …'", () => {
    expect(dangles("The cortex itself is divided into three zones: _____.")).toBe(true);
    expect(dangles("Despite the name, the _____ is normally expressed as a percentage.")).toBe(true);
    expect(leansOnContext("One popular operant conditioning intervention is called the _____.")).toBe(true);
    expect(dangles("The adrenal cortex is divided into three zones: _____.")).toBe(false);
    // ("The thalamus then can either excite the cortex …": the next step of a process told before)
    expect(leansOnContext("The _____ then can either excite the cortex or fail to excite it.")).toBe(true);
    expect(leansOnContext("If the pressure rises, then the _____ opens.")).toBe(false);
  });
});

describe("a term written in capitals at a sentence's start", () => {
  it("is shown as the text writes it elsewhere ('queer theory', not 'queer Theory')", () => {
    const info = { display: "queer theory", proper: false } as TermInfo;
    expect(surface("Queer Theory", info)).toBe("queer theory");
  });
});

describe("a term", () => {
  it("opens on no frequency adverb ('sometimes the term foster parent', 'usually considered planets')", () => {
    expect(termOk("sometimes the term foster parent")).toBe(false);
    expect(termOk("usually considered planets")).toBe(false);
    expect(termOk("foster parent")).toBe(true);
  });
});

describe("from pW's ratings", () => {
  const text =
    "Space and the Mind\n\nTo escape Earth, these craft must achieve escape speed, the speed needed to move away from Earth forever, which is about 11 kilometers per second. These two giant planets control, through their gravity, the distribution of asteroids. The midbrain and hindbrain (composed of the pons and the medulla) are collectively referred to as the brain stem. Just as attachment is the main psychosocial milestone of infancy, the primary psychosocial milestone of childhood is the development of a positive sense of self. An asteroid is a small rocky body that orbits the Sun. A comet is a small icy body that orbits the Sun. Space and the Mind matter.";
  const cards = deckOf(text, "Space and the Mind", loadWordNet()!).map((i) => `${i.prompt} -> ${i.answer}`);
  it("a one-word name its gloss repeats is no card ('What is speed?' -> 'the speed needed …')", () => {
    expect(repeatsName("the speed needed to move away from Earth forever", "speed")).toBe(true);
    expect(repeatsName("a force exerted by a substance in contact with a surface", "pressure")).toBe(false);
  });
  it("a possessed noun and the object after it are no term and gloss ('through their gravity, the distribution …')", () => {
    const t = "These two giant planets control, through their gravity, the distribution of asteroids.";
    const at = t.indexOf("gravity");
    const g = t.indexOf("the distribution");
    const c = {
      rel: "definition",
      term: { text: "gravity", a: at, b: at + 7 },
      gloss: { text: "the distribution of asteroids", a: g, b: g + 29 },
    } as ConceptCandidate;
    expect(possessedAppositive(c, t)).toBe(true);
    const own = "Astronomers study gravity, the force that attracts masses.";
    const c2 = {
      rel: "definition",
      term: { text: "gravity", a: 18, b: 25 },
      gloss: { text: "the force that attracts masses", a: 27, b: 57 },
    } as ConceptCandidate;
    expect(possessedAppositive(c2, own)).toBe(false);
  });
  it("what a thing is made of is no meaning of its name ('hindbrain (composed of …)')", () => {
    expect(cards.filter((c) => c.includes("“hindbrain” mean"))).toEqual([]);
  });
  it("a comparison's opening is no answer ('Just as attachment')", () => {
    expect(cards.filter((c) => c.includes("-> Just as"))).toEqual([]);
    expect(termOk("Just as attachment")).toBe(false);
  });
  it("the text's own definitions stay", () => {
    expect(cards.some((c) => /asteroid/.test(c))).toBe(true);
  });
});
