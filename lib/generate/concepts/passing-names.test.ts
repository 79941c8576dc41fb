// Answers that are a name the document writes in one paragraph only (an example's firm or its word), written for the
// tests in the shape of the fresh pools' flags (pAW-pAY: Red Bull's "Marketeers", Walmart as the largest employer,
// WhatsApp's owner).
import { describe, expect, it } from "vitest";
import { leansOnPassingName } from "./passing-names";
import { askedOf } from "./testing";
import { loadWordNet } from "@/lib/lexicon/wordnet";

const wn = loadWordNet()!;
const EXAMPLE =
  "In 2019, the retailer Nordmart launched a joint venture called Baltix in Estonia to reach small shops.";
const DOC = [
  "Going Global",
  "A joint venture is a partnership in which two firms share the cost and the profit of a new business abroad. Joint ventures spread the risk of entering a foreign market.",
  `${EXAMPLE} The venture closed within three years.`,
  "Firms weigh a joint venture against exporting and licensing. A joint venture gives more control than licensing.",
].join("\n\n");
const at = DOC.indexOf(EXAMPLE);

describe("an answer that is a name the document writes in one paragraph only", () => {
  it("is an example's detail", () => {
    expect(leansOnPassingName(DOC, at, EXAMPLE, "Nordmart", "")).toBe(true);
    expect(leansOnPassingName(DOC, at, EXAMPLE, "a partnership owned by Nordmart", "")).toBe(true);
  });
  it("unless it is the item's own term, a month, a people's adjective or a credited author's", () => {
    expect(leansOnPassingName(DOC, at, EXAMPLE, "Baltix", "Baltix")).toBe(false);
    const doc = "Notes\n\nIn May, the Swedish botanist Lund proposed two Latin names for each plant.\n\nNames help.";
    const t = "In May, the Swedish botanist Lund proposed two Latin names for each plant.";
    expect(leansOnPassingName(doc, doc.indexOf(t), t, "May, Swedish, Latin, Lund", "")).toBe(false);
  });
  it("a word in common use is no example's name, and a possessive's name is the name", () => {
    const doc = "Notes\n\nAir pressure comes from the gases in the Earth’s atmosphere.\n\nPressure falls with height.";
    const t = "Air pressure comes from the gases in the Earth’s atmosphere.";
    const common = (w: string) => w.toLowerCase() === "earth";
    expect(leansOnPassingName(doc, doc.indexOf(t), t, "the Earth’s atmosphere", "", common)).toBe(false);
    const d2 = "Notes\n\nFoucault wrote on power.\n\nNecropolitics extends Foucault’s biopolitics.";
    const t2 = "Necropolitics extends Foucault’s biopolitics.";
    expect(leansOnPassingName(d2, d2.indexOf(t2), t2, "an extension of Foucault’s biopolitics", "")).toBe(false);
  });
  it("a name the text comes back to is the subject's, not an example's", () => {
    const doc =
      "Notes\n\nThe Federal Reserve sets interest rates in the United States.\n\nThe Federal Reserve also supervises banks.";
    const t = "The Federal Reserve sets interest rates in the United States.";
    expect(leansOnPassingName(doc, doc.indexOf(t), t, "the Federal Reserve", "")).toBe(false);
  });
});

describe("a deck", () => {
  it("asks no other name that only one firm of an example uses", () => {
    const text = [
      "Brand ambassadors are customers or students paid to promote a brand among their peers. Brand ambassadors are common in consumer marketing.",
      "Student ambassadors, also known as Fizzers at the drinks maker Fizzco, hand out samples on campus. The program ran for ten years.",
      "Firms measure what brand ambassadors bring in by tracking coupon codes. Brand ambassadors cost less than television advertising.",
    ].join("\n\n");
    const asked = askedOf(text, "Brand Ambassadors", wn);
    expect(asked.some(([, a]) => /Fizzers/.test(a))).toBe(false);
  });
});
