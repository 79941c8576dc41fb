// Definitions the engine missed in sections of books it had never read (economics, business, anthropology, political
// science): a hyphenated term, a gloss with an infinitive or opened by "how", a gloss that names the term's head.
import { describe, expect, it } from "vitest";
import { clausal } from "./glosses";
import { isPluralPhrase } from "./np";
import { askedOf, readTriples } from "./testing";
import { loadWordNet } from "@/lib/lexicon/wordnet";

const wn = loadWordNet()!;

describe("a hyphenated term", () => {
  it("is read whole before an appositive and as a subject", () => {
    expect(
      readTriples(
        "In the goods market, the seller might offer a money-back guarantee, an agreement that protects buyers.",
      ),
    ).toContainEqual(["definition", "money-back guarantee", "an agreement that protects buyers"]);
    expect(readTriples("A cost-plus contract is an agreement that pays costs and a fee.")).toContainEqual([
      "definition",
      "cost-plus contract",
      "an agreement that pays costs and a fee",
    ]);
  });
});

describe("a gloss with a verb of its own", () => {
  it("is no clause when the verb is an infinitive's or comes after a relative or subordinating word", () => {
    expect(clausal("a visual representation of the tasks and the people given the authority to do those tasks")).toBe(
      false,
    );
    expect(clausal("how much the government has borrowed in one particular year")).toBe(false);
    expect(clausal("a chain of command whereby officials at the top have authority over the middle")).toBe(false);
    // (a second predicate joined by "and" still makes the gloss a clause)
    expect(clausal("the combined talents of the workforce and has become a driver of growth")).toBe(true);
  });
  it("gives the card a teacher would ask", () => {
    const got = askedOf(
      "An organization chart is a visual representation of the structured relationships among tasks and the people given the authority to do those tasks. Managers draw an organization chart when a firm grows.",
      "Structuring Organizations",
      wn,
    );
    expect(got.some(([p, a]) => /organization chart/i.test(p + " " + a) && /visual representation/.test(p + a))).toBe(
      true,
    );
  });
});

describe("a gloss that names the term's head", () => {
  it("is asked for the meaning when it says more than the name", () => {
    const got = askedOf(
      "Total costs are the sum of fixed plus variable costs. Firms compare total costs with revenue.",
      "Costs in the Short Run",
      wn,
    );
    expect(got).toContainEqual(["What are total costs?", "the sum of fixed plus variable costs"]);
  });
  it("gives no card when it is as short as the name", () => {
    const got = askedOf("An atom of hydrogen is a unit of hydrogen. Hydrogen atoms bond readily.", "Atoms", wn);
    expect(got.filter(([p]) => /^What is an atom of hydrogen/.test(p))).toEqual([]);
  });
});

describe("a term with an 'of' phrase", () => {
  it("takes its number from the head before 'of'", () => {
    expect(isPluralPhrase("kingdom of ends")).toBe(false);
    expect(isPluralPhrase("status of corporations")).toBe(false);
    expect(isPluralPhrase("types of cells")).toBe(true);
    expect(isPluralPhrase("total costs")).toBe(true);
    // (a phrase that ends on its own head keeps that head's number)
    expect(isPluralPhrase("economies of scale curve")).toBe(false);
  });
});

describe("a genus without an article", () => {
  it("may open with an adverb of its adjective or end its participle on any preposition", () => {
    expect(
      readTriples("Personality traits are relatively consistent patterns of thought and behavior."),
    ).toContainEqual(["definition", "Personality traits", "relatively consistent patterns of thought and behavior"]);
    expect(
      readTriples("Covert content is political information provided under the pretense that it is neutral."),
    ).toContainEqual([
      "definition",
      "Covert content",
      "political information provided under the pretense that it is neutral",
    ]);
    // (an adverb before a bare adjective says how the thing is, not what it is)
    expect(readTriples("Fertilization is relatively rare in such conditions.")).toEqual([]);
  });
});

describe("a name given on purpose", () => {
  it("may open with an order word", () => {
    expect(
      readTriples("Political parties formed as alternatives to the two major parties are known as third parties."),
    ).toContainEqual(["naming", "third parties", "Political parties formed as alternatives to the two major parties"]);
    // (an order word before a vague head names nothing)
    expect(readTriples("The protesters were known as the third group.")).toEqual([]);
  });
});

describe("a definition's opening", () => {
  it("may be a fronted other name", () => {
    expect(
      readTriples("Also called cross-training, job rotation is the shifting of workers from one job to another."),
    ).toContainEqual(["definition", "job rotation", "the shifting of workers from one job to another"]);
  });
  it("is no act in -ing after 'are' or before an adverb of degree (what things are doing)", () => {
    expect(readTriples("Businesses are looking more and more for participative leaders.")).toEqual([]);
    expect(readTriples("Outsourcing is hiring workers outside of the company to do tasks.")).toContainEqual([
      "definition",
      "Outsourcing",
      "hiring workers outside of the company to do tasks",
    ]);
  });
});
