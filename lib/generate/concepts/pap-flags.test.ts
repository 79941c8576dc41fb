// From the blind ratings of pAP (and, last, pAQ) (anthropology, economics, business, political science): an account of fieldwork told
// in the past that names little is no report, a legal standing or a worked example's figures or a hypothesis's claim
// is no definition, a company's name is no term, a body is asked "What", "What happens when …" asks for an outcome,
// "a unicameral", and a name cut to one letter.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { claimGloss } from "./glosses";
import { indefinite } from "./prompt";
import { conditionCard } from "./process-items";
import { askedOf, clozeItem, judgeDefinitions } from "./testing";
import { lintItem } from "../items/lint";
import { notAReport, readRegister } from "../items/register";

const wn = loadWordNet()!;
const asked = (text: string, title: string) => askedOf(text, title, wn);
const claim = (text: string) => judgeDefinitions(text, claimGloss);

describe("an account told in the past", () => {
  const account = (names: string) =>
    Array.from(
      { length: 40 },
      (_, k) =>
        `When I worked at the paper, the editors were careful, and the reporters were ${k % 2 ? "tired" : "busy"} because the state was watching what ${names} wrote about the government.`,
    ).join(" ");

  it("is no report when it names little, and stays one when it names as news does", () => {
    expect(notAReport(readRegister(account("they")), 0)).toBe(true);
    expect(notAReport(readRegister(account("Kwame Mensah, Ama Owusu and Kofi Boateng")), 0)).toBe(false);
  });
});

describe("what is no definition", () => {
  it("a legal standing, a worked example's figures", () => {
    expect(claim("Predatory pricing is a violation of U.S. antitrust law, but it is difficult to prove.")).toEqual([
      true,
    ]);
    expect(claim("Deviance is a violation of established contextual, cultural, or social norms.")).toEqual([false]);
    expect(claim("The balance sheet is a statement of assets of $148,900 and liabilities of $70,150.")).toEqual([true]);
  });

  it("a hypothesis's claim is asked within it, not as the term's definition", () => {
    const items = asked(
      "Primates differ from other mammals. According to the visual predation hypothesis, primate features are adaptations for hunting insects and other small prey in the shrubby forest undergrowth. Primate features include forward-facing eyes.",
      "Primate Origins",
    );
    expect(items.filter(([p]) => p.startsWith("What is the term for adaptations for hunting"))).toEqual([]);
  });
});

describe("how a card asks", () => {
  it("asks a name for a condition, not an outcome", () => {
    expect(
      conditionCard(
        "happen",
        "when a customer is allowed to buy one product only if the customer also buys a second product",
        "tying sales",
      ),
    ).toBe(
      "What is it called when a customer is allowed to buy one product only if the customer also buys a second product?",
    );
  });

  it("writes 'a unicameral', 'a European', 'an hour'", () => {
    expect(indefinite("unicameral")).toBe("a ");
    expect(indefinite("European")).toBe("a ");
    expect(indefinite("hour")).toBe("an ");
    expect(indefinite("umbrella")).toBe("an ");
  });

  it("asks a body 'What', and a company's name as no term", () => {
    const items = asked(
      "Deposit insurance protects savers. The FDIC is an independent, quasi-public corporation backed by the full faith and credit of the U.S. government. The FDIC insures deposits. Procter & Gamble, a leader in the consumer goods industry, has a long history of innovation.",
      "Bank Regulation",
    );
    expect(items.filter(([p]) => /^Who is the (?:FDIC|Federal)/.test(p))).toEqual([]);
    expect(items.filter(([p]) => /What is procter/i.test(p))).toEqual([]);
  });

  it("flags a name cut to one letter", () => {
    const item = { ...clozeItem("_____ has played a pivotal role in Me Too gaining momentum.", "Z", "other") };
    expect(lintItem(item).flaws).toContain("cut-answer");
  });
});

describe("from pAQ's flags: a figure of speech or an event is no gloss", () => {
  it("reads no definition from a metaphor, a quoted phrase or a noun and its past verb", () => {
    expect(claim("Cash is the lifeblood of business.")).toEqual([true]);
    expect(claim("The category of technology is the “joker in the deck.”")).toEqual([true]);
    expect(
      claim(
        "As countries exchanged their dollars for gold, the demand for gold increased, and when the supply did not meet the demand, the price of gold increased.",
      ),
    ).toEqual([true]);
    // (a participle before "by" modifies its noun: "damage … caused by reactive oxygen species" defines)
    expect(claim("Oxidative stress is damage to cellular components caused by reactive oxygen species.")).toEqual([
      false,
    ]);
  });
});
