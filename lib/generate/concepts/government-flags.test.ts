// What blind raters flagged on government, business, astronomy and philosophy sections (holdouts h82–h84). The
// sentences here are written for the tests, in the shape of the flagged ones.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { deckOf } from "./testing";

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
