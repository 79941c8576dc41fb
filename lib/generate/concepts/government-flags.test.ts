// What blind raters flagged on government, business, astronomy and philosophy sections (holdouts h82–h84). The
// sentences here are written for the tests, in the shape of the flagged ones.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { deckOf } from "./testing";
import { studiedOrAppraised } from "./mention-items";
import { ownedInstance } from "./name-checks";
import { evaluativeGloss } from "./definitions";

const wn = loadWordNet()!;
const items = (text: string, title = "Notes") =>
  deckOf(`${title}\n\n${text}`, title, wn).map((i) => `${i.prompt} -> ${i.answer}`);

describe("two people are no term", () => {
  it("'Clara and Edith Marlow, the daughters of a wealthy shipbuilding family' gives no 'What is …?' card ('What is sarah and …?')", () => {
    const got = items(
      "The women's rights movement grew out of abolition. Clara and Edith Marlow, the daughters of a wealthy shipbuilding family in Maine, became first abolitionists and then women’s rights activists. Abolitionists wanted to end slavery. Many activists also joined the temperance movement. The temperance movement was a campaign to limit the sale of alcohol. Suffrage is the right to vote in elections.",
      "Women's Rights",
    );
    // (a blank of the two names is a fair history question; a card asking "What is …?" of them is not)
    expect(got.filter((g) => /Marlow/i.test(g) && (g.startsWith("What") || /-> clara/.test(g)))).toEqual([]);
    expect(got).toContain("The _____ was a campaign to limit the sale of alcohol. -> temperance movement");
  });
});

describe("a list cut inside an abbreviation", () => {
  it("'… two routes: (1) the county courts, or U.S. district courts, and (2) …' gives no list cut at 'U'", () => {
    const got = items(
      "Appeals reach the high court by two main routes: (1) the county courts, or U.S. district courts, and (2) the state courts of last resort. The high court is the final court of appeal. An appeal is a request that a higher court review the decision of a lower court. Appellate courts review appeals. A writ is a formal order of a court.",
      "Courts",
    );
    expect(got.filter((g) => / -> .*\bU$/.test(g))).toEqual([]);
    expect(got.some((g) => g.endsWith("-> appeal"))).toBe(true);
  });
});

describe("definitions the reader missed", () => {
  it("'those who …' in a gloss points nowhere ('a duty owed by those who manage someone else's money')", () => {
    const got = items(
      "Do trustees owe a special custodial duty to heirs? A custodial duty is a very strict level of legal care owed by those who hold someone else’s property, which includes the duties of prudence and candor. Trustees hold property for heirs. Heirs may sue trustees.",
      "Trusts",
    );
    expect(got.some((g) => g.startsWith("What is a custodial duty? -> a very strict level of legal care"))).toBe(true);
  });
});

describe("blanks that fit anything studied or appraised (h82/h84 flags)", () => {
  it("a verb of study, an example slot or 'in addition to' before the blank; an appraisal in the sentence", () => {
    for (const [before, text] of [
      [
        "To fully understand ",
        "To fully understand _____, it is helpful to understand the debate between free traders.",
      ],
      ["Historians who focus on ", "Historians who focus on _____ use archives to show how tariffs served states."],
      ["Scholars theorize about how ", "Scholars theorize about how _____ ought to function in trade."],
      ["in a complex field like ", "Theories help us make sense of governance in a complex field like _____."],
      ["In addition to ", "In addition to _____, ministers thought naval power contributed to strength."],
      [
        "From a merchant’s perspective, the ",
        "From a merchant’s perspective, the _____ has both benefits and drawbacks.",
      ],
      ["Aristotle asserts that ", "Aristotle asserts that _____ is central to human flourishing."],
    ] as const)
      expect(studiedOrAppraised(before, text)).toBe(true);
    expect(
      studiedOrAppraised(
        "Any action inconsistent with the Constitution can be subject to ",
        "Any action … can be subject to _____.",
      ),
    ).toBe(false);
    expect(
      studiedOrAppraised("The Wrigley case moved away from the maximization of ", "… maximization of _____."),
    ).toBe(false);
  });
});

describe("what reads like a definition and is none (h84 flags)", () => {
  it("one person's thing ('Dana Reyes’s vision statement may be defined as …'), not an eponym ('Hooke's law')", () => {
    expect(ownedInstance("Dana Reyes’s vision statement")).toBe(true);
    expect(ownedInstance("Hooke's law")).toBe(false);
    expect(ownedInstance("Maslow’s hierarchy")).toBe(false);
    expect(ownedInstance("vision statement")).toBe(false);
    const got = items(
      "A vision statement describes what an organization wants to become. Dana Reyes’s vision statement may be defined as wishing to live in a world where deaf people are not excluded from work. A mission statement says how an organization will reach its vision. Vision statements guide founders.",
      "Vision and Mission",
    );
    expect(
      got.filter((g) => g.endsWith("-> Dana Reyes’s vision statement") || g.startsWith("What is the term for wishing")),
    ).toEqual([]);
  });
  it("a verdict on a claim is no definition ('…, which is an unfair and inaccurate representation of the view')", () => {
    expect(evaluativeGloss("an unfair and inaccurate representation of the view")).toBe(true);
    expect(evaluativeGloss("a representation of a molecule that shows its bonds")).toBe(false);
  });
});
