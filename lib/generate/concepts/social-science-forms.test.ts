// How social-science, business and health sections state their terms: a name given by someone ("Durkheim called … the
// collective conscience", "refer to … as a thin market"), an appositive after a verb's preposition, a relative clause
// that describes a compound term, an aside between dashes, "someone who", and the tagger's slips these must survive.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { genusOf } from "./definitions";
import { deckOf, readTriples } from "./testing";

describe("definitions stated in the sentence", () => {
  it("an appositive after a verb's preposition renames the noun ('replaced with class consciousness, the awareness …')", () => {
    expect(
      readTriples(
        "Marx proposed that it be replaced with class consciousness, the awareness of one’s rank in society.",
      ),
    ).toContainEqual(["definition", "class consciousness", "the awareness of one’s rank in society"]);
    expect(
      readTriples(
        "Such societies were held together by mechanical solidarity, a type of social order based on shared beliefs.",
      ),
    ).toContainEqual(["definition", "mechanical solidarity", "a type of social order based on shared beliefs"]);
    // (a noun's preposition still keeps the appositive for the whole phrase)
    expect(
      readTriples(
        "The closer the distribution of the material gets to equilibrium, the slower the rate of diffusion becomes.",
      ),
    ).toEqual([]);
  });
  it("an infinitive and a hedge are part of a gloss, not a new clause", () => {
    expect(readTriples("Sellers may offer a warranty, which is a promise to fix or replace the good.")).toContainEqual([
      "definition",
      "warranty",
      "a promise to fix or replace the good",
    ]);
    expect(
      readTriples(
        "Interest groups also include associations, which are typically groups of institutions that share a trade.",
      ),
    ).toContainEqual(["definition", "associations", "groups of institutions that share a trade"]);
  });
  it("'someone who' and an aside between dashes still define", () => {
    expect(readTriples("A lobbyist is someone who represents an organization before the government.")).toContainEqual([
      "definition",
      "lobbyist",
      "someone who represents an organization before the government",
    ]);
    expect(
      readTriples("Anomie—literally, “without law”—is a situation in which society no longer has firm shared values."),
    ).toContainEqual(["definition", "Anomie", "a situation in which society no longer has firm shared values"]);
  });
  it("the whole term is kept after 'that' and after a capitalised adjective that opens the sentence", () => {
    expect(
      readTriples(
        "Durkheim believed that social integration, or the strength of ties that people have to their groups, mattered.",
      ),
    ).toContainEqual(["definition", "social integration", "the strength of ties that people have to their groups"]);
    expect(
      readTriples(
        "Chronometric dating methods are methods of dating that rely on the chemical analysis of objects.",
      )[0]?.[1],
    ).toBe("Chronometric dating methods");
    expect(
      readTriples(
        "Chronometric dating methods, also known as absolute dating methods, rely on the analysis of objects.",
      ),
    ).toContainEqual(["alias", "Chronometric dating methods", "absolute dating methods"]);
  });
  it("the genus of 'a relative dating method' is a method, not a relative", () => {
    expect(genusOf("a relative dating method in which artifacts are placed in order")).toBe("method");
    expect(genusOf("a 14-year-old girl experiencing problems at school")).toBe("girl");
  });
});

describe("a name someone gives", () => {
  it("'X called <description> the <name>' names the description", () => {
    expect(
      readTriples(
        "Durkheim called the communal beliefs, morals, and attitudes of a society the collective conscience.",
      ),
    ).toEqual([["naming", "collective conscience", "the communal beliefs, morals, and attitudes of a society"]]);
    expect(readTriples("By contrast, they call a market with many buyers and sellers a thick market.")).toEqual([
      ["naming", "thick market", "a market with many buyers and sellers"],
    ]);
    expect(readTriples("He called the president a liar.")).toEqual([]);
  });
  it("'refer to <description> as <name>' names it; the people who refer are no term", () => {
    expect(
      readTriples("Economists sometimes refer to a market with few buyers and few sellers as a thin market."),
    ).toEqual([["naming", "thin market", "a market with few buyers and few sellers"]]);
  });
});

const LOBBYING = [
  "Lobbying",
  "",
  "Large corporations often have in-house lobbyists, who work for one interest group or firm and represent their organization before lawmakers. In-house lobbyists meet lawmakers every week. Archaeologists apply a variety of dating techniques, which allows the archaeologist to correlate data. Dating techniques differ in cost. Specialists such as animal archaeologists, who study the animal remains found at a site, help too. Animal archaeologists work in labs. The richest families, who buy offices, rule the city.",
].join("\n");

describe("a compound term described by its relative clause", () => {
  it("gives no 'What is the term for …?' card (blind raters accepted 0 of 10 naming cards on h82–h87)", () => {
    const items = deckOf(LOBBYING, "Lobbying");
    expect(items.filter((i) => i.answer === "in-house lobbyists" && i.type === "flashcard")).toEqual([]);
  });
  it("not where the clause speaks of the whole phrase, an example, or a term used once", () => {
    const prompts = deckOf(LOBBYING, "Lobbying").map((i) => i.prompt);
    expect(prompts.filter((p) => /What is the term for (?:techniques|archaeologists|families)\b/.test(p))).toEqual([]);
  });
});

describe("a short everyday gloss is a property", () => {
  const wn = loadWordNet()!;
  const prompts = (body: string) => deckOf(["Fieldwork", "", body].join("\n"), "Fieldwork", wn).map((i) => i.prompt);
  it("'Excavation is a slow process' gives no blank", () => {
    expect(
      prompts(
        "Excavation is a slow process. Excavation follows a survey of the site. The grid system divides a site into squares. Archaeologists record every excavation in notes.",
      ),
    ).not.toContain("_____ is a slow process.");
  });
  it("'an all-or-none phenomenon' names a kind with other members: no subject blank either (decision 019za)", () => {
    expect(
      prompts("The action potential is an all-or-none phenomenon. The action potential travels down the axon."),
    ).not.toContain("The _____ is an all-or-none phenomenon.");
  });
});

describe("more ways a section defines (h30: nutrition, business, organizational behavior)", () => {
  it("a verb's bare form right after 'is' is a noun ('Utilitarian power is power based on …')", () => {
    // (a participle is none: "were told to …" defines nothing; h33's blind rating)
    expect(readTriples("The participants were told to shock the learners if they gave a wrong answer.")).toEqual([]);
    expect(readTriples("Utilitarian power is power based on performance-reward contingencies.")).toContainEqual([
      "definition",
      "Utilitarian power",
      "power based on performance-reward contingencies",
    ]);
  });
  it("an appositive may end before 'which', or run from a dash to the sentence end", () => {
    expect(
      readTriples("Vitamin D prevents rickets, the softening of the bones, which results in bowed legs."),
    ).toContainEqual(["definition", "rickets", "the softening of the bones"]);
    expect(
      readTriples("Large doses of supplements can cause toxicity—side effects from taking too much of a nutrient."),
    ).toContainEqual(["definition", "toxicity", "side effects from taking too much of a nutrient"]);
    // (a dash that closes an aside opened before starts no appositive)
    expect(
      readTriples(
        "Crowds blamed the government, local authorities, and—in oil-producing regions—foreign companies that are seen as exploitative.",
      ),
    ).toEqual([]);
  });
  it("a relative clause without its pronoun", () => {
    expect(
      readTriples(
        "The goal of management is creating customer equity—the potential profits a company earns from its customers.",
      ),
    ).toContainEqual(["definition", "customer equity", "the potential profits a company earns from its customers"]);
  });
  it("'X involves doing …' says what X is; 'X exists when …' and 'X is demonstrated when …' when it holds", () => {
    expect(readTriples("Coercive power involves forcing someone to comply with one’s wishes.")).toContainEqual([
      "definition",
      "Coercive power",
      "forcing someone to comply with one’s wishes",
    ]);
    expect(readTriples("This step involves checking the results twice.")).toEqual([]);
    expect(
      readTriples("Reward power exists when one person controls rewards that another person wants.")[0]?.slice(0, 2),
    ).toEqual(["process", "Reward power"]);
    const items = deckOf(
      [
        "Power",
        "",
        "Expert power is demonstrated when person A gains power because A has knowledge relevant to B. For instance, professors have power in the classroom. Expert power grows with experience.",
      ].join("\n"),
      "Power",
    );
    expect(items.map((i) => [i.prompt, i.answer])).toContainEqual([
      // (a condition, not a way: h36's rater flagged "How …?" answered by "when …")
      "Under what conditions is expert power demonstrated?",
      "when person A gains power because A has knowledge relevant to B",
    ]);
  });
});
