// A section's opening sentence under a heading that names a term: what the term does, how it is made, or the scene it
// sets is asked as a blank of the term; a heading that names no term, a sentence told in the past, a verb of being
// or having, and a sentence some reader already asked give nothing of this kind.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { askedOf } from "./testing";
import { trailingFigureAside } from "./apparatus";

const wn = loadWordNet()!;
const OPENING = "Businesses divide their markets in several ways. Each way suits some products better than others.";

/** The deck of a short section: an opening paragraph, then the heading and its paragraph. */
function under(heading: string, paragraph: string): (readonly [string, string])[] {
  return askedOf(`${OPENING}\n\n${heading}\n\n${paragraph}`, "Market Segmentation", wn);
}

describe("a section's opening sentence about its heading's term", () => {
  it("asks the term from what it does", () => {
    expect(
      under(
        "Demographic Segmentation",
        "Demographic segmentation uses categories such as age, education, gender, income, and household size to differentiate among markets. Marketers rely on it often.",
      ),
    ).toContainEqual([
      "_____ uses categories such as age, education, gender, income, and household size to differentiate among markets.",
      "demographic segmentation",
    ]);
  });

  it("reads a plural term's verb that the tagger takes for a noun", () => {
    expect(
      under(
        "Activity Ratios",
        "Activity ratios measure how well a firm uses its assets. Managers compare activity ratios across years.",
      ),
    ).toContainEqual(["_____ measure how well a firm uses its assets.", "activity ratios"]);
  });

  it("asks a passive statement and the scene a term sets", () => {
    expect(
      under(
        "Benefit Segmentation",
        "Benefit segmentation is based on what a product will do rather than on consumer characteristics. Benefit segmentation suits new products.",
      ),
    ).toContainEqual([
      "_____ is based on what a product will do rather than on consumer characteristics.",
      "benefit segmentation",
    ]);
    expect(
      under(
        "Joint Ventures",
        "In a joint venture, two or more companies form an alliance to pursue a specific project. Joint ventures end when the project ends.",
      ),
    ).toContainEqual([
      "In a(n) _____, two or more companies form an alliance to pursue a specific project.",
      "joint venture",
    ]);
  });

  it("asks nothing of a heading that names no term, of the past, or of a verb of having", () => {
    const none = (heading: string, paragraph: string) =>
      under(heading, paragraph).filter(([p]) => p.startsWith("_____") || p.startsWith("In a(n)"));
    expect(
      none(
        "How Markets Change",
        "Markets change how firms sell their products to every household in a region. Firms watch markets closely.",
      ),
    ).toEqual([]);
    expect(
      none(
        "Geographic Segmentation",
        "Geographic segmentation divided the old markets by region, city size and climate in the last century. Geographic segmentation is still used.",
      ),
    ).toEqual([]);
    expect(
      none(
        "Geographic Segmentation",
        "Geographic segmentation has many uses for firms that sell to customers in different regions. Geographic segmentation is still used.",
      ),
    ).toEqual([]);
  });
});

describe("an aside to a figure that ends a sentence", () => {
  const LIST =
    "The four major categories of consumer products are unsought products, convenience products, shopping products, and specialty products";

  it("is cut before the sentence is read, so the list it closes is asked", () => {
    expect(trailingFigureAside(`${LIST}, as summarized in Table 14.2.`)).toBe(LIST.length);
    expect(trailingFigureAside(`${LIST}, as shown in .`)).toBe(LIST.length);
    expect(trailingFigureAside("Prices rose as shown in the market.")).toBe(-1);
    expect(askedOf(`${LIST}, as summarized in Table 14.2.`, "Consumer Products", wn)).toContainEqual([
      "The four major categories of consumer products are _____.",
      "unsought products, convenience products, shopping products, and specialty products",
    ]);
  });
});
