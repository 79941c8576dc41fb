// A card stands alone or is not made: a sentence that concedes or concludes against the one before it, a bare
// "The game is called …", "Two types are …" without the class, a purpose or a verdict read as a definition; and a
// definition is not cut at "the needs and wants of customers".
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { askedOf } from "./testing";

const wn = loadWordNet()!;

describe("a sentence tied to the claim before it", () => {
  it("gives no blank, while a sentence that sets a pair side by side still does", () => {
    const asked = askedOf(
      "The board of directors is elected by shareholders. In theory, the board of directors helps to ensure that the firm runs in the interests of the true owners—the shareholders. As already noted, menu costs may lead to sticky prices in the aggregate. Economists sometimes refer to a market with few buyers and few sellers as a thin market. By contrast, they call a market with many buyers and sellers a thick market. Thick markets and thin markets differ.",
      "Markets",
      wn,
    );
    expect(asked.filter(([, a]) => /shareholders|menu costs/.test(a))).toEqual([]);
    expect(asked.map(([, a]) => a)).toContain("thick market");
  });

  it("still gives the card that names the term and asks what it is", () => {
    const asked = askedOf(
      "Consumers buy a basket of goods. Thus, substitution bias is the rise in the price of a fixed basket of goods over time, which overstates the true cost of living. Substitution bias matters for the CPI. Economists correct for substitution bias.",
      "Inflation",
      wn,
    );
    expect(asked).toContainEqual(["What is substitution bias?", expect.stringMatching(/^the rise in the price/)]);
    expect(asked.filter(([p]) => p.startsWith("What is the term for the rise"))).toEqual([]);
  });
});

describe("a prompt without what it speaks of", () => {
  it("is dropped for a one-word subject named and for a count of types without their class", () => {
    const asked = askedOf(
      "The game is called a dilemma. To confess is called the dominant strategy. Game theory studies choices. A positively charged ion is known as a cation. Game theory is useful.",
      "Games",
      wn,
    );
    expect(asked).toEqual([["A positively charged ion is known as a(n) _____.", "cation"]]);
    const types = askedOf(
      "Income statements report revenue and expenses. Two types are recorded on the income statement: cost of goods sold and operating expenses. Three types of tissue are found in skin: epithelial, connective, and nervous.",
      "Statements",
      wn,
    );
    expect(types.map(([p]) => p)).not.toContain("Two types are recorded on the income statement: _____.");
    expect(types).toContainEqual([
      "Three types of tissue are found in skin: _____.",
      "epithelial, connective, and nervous",
    ]);
  });
});

describe("a blank with little around it", () => {
  it("is not asked: three content words or fewer fit many answers ('The core committees are called _____.')", () => {
    const asked = (s: string) =>
      askedOf(`${s} Standing committees meet every week. Standing committees write most bills.`, "Congress", wn);
    expect(asked("The core committees are called standing committees.")).toEqual([]);
    // (with what the committees are, the same naming is asked)
    expect(
      asked(
        "The permanent committees of each chamber of Congress that consider bills in one policy area are called standing committees.",
      ).map(([, a]) => a),
    ).toContain("standing committees");
  });
});

describe("a time word or a pronoun read as a definition's subject", () => {
  it("is no term: no 'What is today?'", () => {
    const asked = askedOf(
      "Today, a lack of well-paying jobs in many urban areas, combined with the poverty of earlier decades, has trapped many families in poverty. Today it often refers to Brunei, Burma, Thailand, Laos, Cambodia, Vietnam, Malaysia, Singapore, and Indonesia. Poverty traps families.",
      "Cities",
      wn,
    );
    expect(asked.filter(([p]) => /\btoday\b/i.test(p) && !/_{3}/.test(p))).toEqual([]);
  });
});

describe("a gloss that is not what the term is", () => {
  it("is no card: a purpose, a sensitivity, a field's evolution", () => {
    const asked = askedOf(
      "Price floors are common. The labor market presents some prominent examples of price floors, which are an attempt to increase the wages of low-paid workers. Trade is a highly sensitive issue, especially to weaker states. Information technology is a continually evolving field. Trade and technology matter.",
      "Trade",
      wn,
    );
    expect(asked).toEqual([]);
  });

  it("runs through 'the needs and wants of' and stops before the purpose", () => {
    const asked = askedOf(
      "Marketing is everywhere in modern life. The marketing concept is the use of marketing data to focus on the needs and wants of customers in order to develop marketing strategies that not only satisfy the needs of the customers but also accomplish the goals of the organization. Firms that adopt the marketing concept listen to customers.",
      "Marketing",
      wn,
    );
    expect(asked).toContainEqual([
      "What is the marketing concept?",
      "the use of marketing data to focus on the needs and wants of customers",
    ]);
  });
});
