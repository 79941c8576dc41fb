// From blind ratings and readings of pools pA-pO: frames that leave a blanked mention open (mention blanks: 31 of 55
// accepted), glosses that say no more than a role, clauses cut as terms.
import { describe, expect, it } from "vitest";
import { dashedHalf, glossedModifierBefore, latinAdjectiveGivesAway, openFrame } from "./mention-guards";
import { notWhatItIs } from "./glosses";
import { scenario } from "./mention-items";
import { termOk } from "./phrase";

/** openFrame of a sentence with its blank written "_____" */
const open = (s: string) => {
  const i = s.indexOf("_____");
  return openFrame(s, s.slice(0, i), s.slice(i + 5));
};

describe("a blanked mention whose frame leaves it open", () => {
  it("hedges, weighs, counts an amount, gives one example of a list, reports a finding, or points back", () => {
    expect(open("Under certain circumstances, _____ perform a more grand and dire function.")).toBe(true);
    expect(open("In order to appreciate the importance of _____, it is necessary to understand the concept.")).toBe(
      true,
    );
    expect(open("Many cultures communicate with lots of _____, which outsiders may interpret as an argument.")).toBe(
      true,
    );
    expect(open("People are less likely to participate in politics, including voting and joining _____.")).toBe(true);
    expect(open("Many risk factors contributing to _____ have been identified.")).toBe(true);
    expect(open("Most walked to and from school, work, and church for 381 days, the duration of the _____.")).toBe(
      true,
    );
    expect(open("Applied to pea plants, that means that the _____ associated with each trait sort apart.")).toBe(true);
    // ("Alternatively, _____ may be critical …": the other of two accounts the text gave before)
    expect(
      scenario("Alternatively, maladaptive AERs may be critical for maintaining some psychological disorders."),
    ).toBe(true);
  });
  it("speaks of some or many members of a class (pAW, pAX)", () => {
    expect(open("Many towns are prosperous because of _____, which brings visitors in every season.")).toBe(true);
    expect(open("Some cities rely on fares, some on parking fees, some on _____, and some on grants.")).toBe(true);
    expect(open("Several clinics have stopped offering _____ in recent years.")).toBe(true);
  });
  it("keeps a sentence that says what the term is or does", () => {
    expect(open("Prior to birth, _____ occurs in a number of tissues, beginning with the yolk sac.")).toBe(false);
    expect(open("Most northerners, except members of the Free-Soil Party, favored _____ for California.")).toBe(false);
    expect(open("Together, the suburbs, _____, and metropolitan areas all combine to form a metropolis.")).toBe(false);
    expect(open("Research has shown that _____ following a traumatic event can reduce the likelihood of PTSD.")).toBe(
      false,
    );
  });
});

describe("a blank the rest of the sentence gives away", () => {
  it("the adjective of a Latin noun ('fetal' for fetus, 'nuclear' for nucleus, 'ulnar' for ulna)", () => {
    expect(latinAdjectiveGivesAway("fetus", "as the grows … quickening, or fetal movements.")).toBe(true);
    expect(latinAdjectiveGivesAway("atomic nucleus", "under the strong nuclear force unite to form")).toBe(true);
    expect(latinAdjectiveGivesAway("ulna", "the ulnar head lies")).toBe(true);
    expect(latinAdjectiveGivesAway("fetus", "The baby at 30 weeks measures 28 cm")).toBe(false);
    expect(latinAdjectiveGivesAway("thalamus", "the optic tract ends in the lateral geniculate nucleus")).toBe(false);
  });
  it("half of a dashed name ('_____–Feingold'), not a blank before an em dash ('the _____—specifically')", () => {
    expect(dashedHalf("", "–Feingold restricts the amount of money")).toBe(true);
    expect(dashedHalf("A(n) ", "-year-old’s experience")).toBe(true);
    expect(dashedHalf("the optic tract are to the ", "—specifically, the lateral geniculate nucleus.")).toBe(false);
  });
  it("the head noun after a modifier and its gloss ('the hypophyseal (pituitary) _____' -> fossa)", () => {
    expect(glossedModifierBefore("The rounded depression is the hypophyseal (pituitary) ")).toBe(true);
    expect(glossedModifierBefore("Sensory input to the ")).toBe(false);
  });
});

describe("a gloss that gives a role in a story, not what the thing is", () => {
  it("'a conclusion that was again confirmed …', 'a participant in the innate immune response'", () => {
    expect(notWhatItIs("a conclusion that was again confirmed in laboratory experiments")).toBe(true);
    expect(notWhatItIs("a participant in the innate immune response")).toBe(true);
    // ("the term used for any rock that has cooled from a molten state" says what igneous rock is)
    expect(notWhatItIs("a rock that has cooled from a molten state")).toBe(false);
    expect(notWhatItIs("a lymphocyte that kills infected cells")).toBe(false);
  });
});

describe("a clause cut as a term", () => {
  it("'spine include kyphosis', 'basophils release heparin' are no terms; 'calcium release channel' is", () => {
    expect(termOk("spine include kyphosis")).toBe(false);
    expect(termOk("basophils release heparin")).toBe(false);
    expect(termOk("kyphosis")).toBe(true);
    expect(termOk("calcium release")).toBe(true);
  });
});

describe("a blanked mention that leans on a stage, a set or an instance told elsewhere (pP's raters)", () => {
  it("a stage of a process ('now located at either end'), the other members of a set, the kind of a named instance", () => {
    expect(open("A metaphase plate forms between the _____ that are now located at either end of the cell.")).toBe(
      true,
    );
    expect(open("At this stage, the _____ pull the chromatids apart toward the poles.")).toBe(true);
    expect(open("Now suppose the police leave the _____, which then encounters some red lights.")).toBe(true);
    expect(
      open("Some people with DID can talk internally with the other _____, which can resemble voice-hearing."),
    ).toBe(true);
    expect(open("The most widely used _____ is the U.S. Postal Service.")).toBe(true);
    expect(open("One well-known _____ is Castor, located in the constellation of Gemini.")).toBe(true);
    // what a thing does not do; a place told by its neighbour in a picture
    expect(open("In _____, the nuclei do not exhibit degeneracy pressure.")).toBe(true);
    expect(open("Strictly speaking, the _____ does not repeat itself until two cycles have passed.")).toBe(true);
    expect(open("Above the _____ is the blood plasma, normally a pale, straw-colored fluid.")).toBe(true);
    expect(
      open("Pyruvate and lactate from _____ are not converted into acetyl CoA but are exported to the liver."),
    ).toBe(false);
    expect(open("_____, which do not divide, synthesize and secrete the collagen matrix and calcium salts.")).toBe(
      false,
    );
    expect(open("Jefferson argued that the Constitution did not permit the creation of a(n) _____.")).toBe(false);
    expect(
      open("In a(n) _____, the magnetic north and south poles do not have to be close to the poles of its rotation."),
    ).toBe(true);
    // ("now" of today, and a blank that a named thing is said to be, stay)
    expect(open("Many sociologists now believe that _____ is no longer useful as a macro-level theory.")).toBe(false);
    expect(open("The U.S. Postal Service is the most widely used _____ in the country.")).toBe(false);
  });
});
