// Items h37's and h38's blind raters flagged (cell biology, thermodynamics, economics, government, history), each rule
// on its own sentence.
import { describe, expect, it } from "vitest";
import { generateDeck } from "..";
import { deckOf, readTriples } from "./testing";
import { blankFlaws, nameInPrompt } from "./flaws";
import { notWhatItIs, vagueGloss } from "./glosses";
import { isMetaDiscourse, isObjective } from "./apparatus";
import { termOk } from "./phrase";
import { Sections } from "./sections";
import { singularHead } from "./gloss-shape";
import { eraAround } from "../distractors/entities";
import { loadWordNet } from "@/lib/lexicon/wordnet";

const wn = loadWordNet()!;
const q = "A sentence.";

describe("the prompt gives the answer away", () => {
  it("a name the prompt spells ('the Interstate Commerce Act … created the _____'), a court before 'ruled'", () => {
    expect(
      nameInPrompt(
        "Congress passed the Interstate Commerce Act in 1887, which created the _____.",
        "Interstate Commerce Commission",
      ),
    ).toBe(true);
    expect(
      nameInPrompt("In 1895, the _____ ruled that the national government lacked the authority.", "Supreme Court"),
    ).toBe(false);
    expect(
      blankFlaws(
        "In Lochner v. New York, the _____ ruled this regulation unconstitutional.",
        "Supreme Court",
        q,
        false,
      ),
    ).toEqual(["court-ruled"]);
  });
});

describe("no definition", () => {
  it("an example of something ('an interesting example of the first law'), a pointer to later in the chapter", () => {
    expect(notWhatItIs("an interesting example of the first law of thermodynamics in action")).toBe(true);
    expect(isMetaDiscourse("Political culture is a concept that will be considered later in the chapter.")).toBe(true);
    expect(termOk("common example of facilitated diffusion")).toBe(false);
  });
  it("after a fronted infinitive clause ('To determine how close we are to full employment, the government …')", () => {
    const t = readTriples(
      "To determine how close we are to full employment, the government measures the unemployment rate.",
    );
    expect(t.filter((x) => x[0] === "definition")).toEqual([]);
  });
});

describe("how the term is written", () => {
  it("the term the text keeps using ('purchasing power, the value of what money can buy')", () => {
    const items = deckOf(
      "Inflation\n\nInflation is the general rise in the prices of goods and services over time. Deflation is a general decrease in prices. Inflation’s higher prices reduce purchasing power, the value of what money can buy. If incomes rise at the same rate as inflation, there is no change in purchasing power. If prices go up faster than income, purchasing power falls.",
      "Inflation",
      wn,
    );
    // (a card of a gloss this short and everyday is no item; the cloze asks the term where the text glosses it)
    expect(items.map((i) => [i.prompt, i.answer])).toContainEqual([
      "Inflation’s higher prices reduce _____, the value of what money can buy.",
      "purchasing power",
    ]);
  });
  it("a hyphenated first word seen only at a sentence start is lower case", () => {
    const items = deckOf(
      "Unemployment\n\nEconomists watch seasonal unemployment, which occurs during specific times of the year in certain industries. Seasonal unemployment rises in winter. Receptor-mediated endocytosis is endocytosis by a portion of the cell membrane that contains many receptors. Receptor-mediated endocytosis brings in iron.",
      "Unemployment",
      wn,
    ).map((i) => i.prompt);
    expect(items.filter((p) => /\bReceptor-mediated\b/.test(p) && !p.startsWith("Receptor"))).toEqual([]);
  });
  it("a heading names no noun that a complement already says ('the right to vote' under 'Voting as a Civil Right')", () => {
    const text =
      "Civil Rights and Constitutionalism\n\nVoting as a Civil Right\n\nEvery Civil Right is protected. Suffrage is the right to vote, which amendments expanded.";
    const sections = new Sections();
    sections.addDocument(0, "Civil Rights and Constitutionalism", text);
    sections.addHeading(0, 36, "Voting as a Civil Right");
    expect(sections.resolve("What is the term for the right to vote?", 0, 90, "suffrage")).toBe(
      "What is the term for the right to vote?",
    );
  });
});

describe("names and dates in a history section", () => {
  const text =
    "Federalism\n\nWhen President John Adams signed the Sedition Act in 1798, the Kentucky and Virginia legislatures passed resolutions declaring the act null. President Thomas Jefferson bought Louisiana in 1803. President James Madison signed the bank charter in 1816. President Andrew Jackson vetoed the bank in 1832. President Ronald Reagan promised a devolution revolution in 1981. President Barack Obama signed the Affordable Care Act in 2010. President George W. Bush signed No Child Left Behind in 2002. President Bill Clinton signed welfare reform in 1996. President John Adams lost the election of 1800. President Thomas Jefferson won the election of 1800. President James Madison led the country in the War of 1812. President Andrew Jackson faced the nullification crisis in 1832.";
  it("a wrong option lived in the key's time (no Ronald Reagan for 1803)", () => {
    expect(eraAround("He signed it in 1798 and again in 1800 and 1801.", 0, 47)).toBe(1800);
    const items = generateDeck([{ id: "d", title: "Federalism", text }], {
      seed: 1,
      lexicon: wn,
      maxItemsPer1000Words: 1000,
    }).items;
    const early = items.filter((i) => i.type === "mcq" && /\b1[78]\d\d\b/.test(i.prompt) && i.kind === "person");
    expect(early.length).toBeGreaterThan(0);
    for (const i of early) expect(i.options!.filter((o) => /Reagan|Obama|Bush|Clinton/.test(o))).toEqual([]);
  });
  it("no name or date from a sentence that opens on an event named before ('Before Congress took action on the proposal')", () => {
    const items = generateDeck(
      [
        {
          id: "d",
          title: "Federalism",
          text:
            text +
            " Before Congress took action on the proposal, Chief Justice Charles Evans Hughes changed his view in 1937. Charles Evans Hughes led the court in 1937.",
        },
      ],
      { seed: 1, lexicon: wn, maxItemsPer1000Words: 1000 },
    ).items;
    expect(items.filter((i) => /on the proposal/.test(i.prompt))).toEqual([]);
  });
});

describe("from h39's and h40's blind ratings (ecology, physics, philosophy, anatomy, astronomy, business)", () => {
  it("an exercise's instruction is asked nothing ('Calculate the …', 'Using the …, calculate …')", () => {
    expect(isObjective("Calculate the angular acceleration produced when no one is on the merry-go-round.")).toBe(true);
    expect(isObjective("Using the mass-luminosity relationship, calculate the mass of each individual star.")).toBe(
      true,
    );
    expect(isObjective("Calcium is a soft metal.")).toBe(false);
  });
  it("a bare apostrophe after the blank says the name ends in s", () => {
    expect(
      blankFlaws("Rawls meant something akin to _____’ understanding of the state of nature.", "Hobbes", q, false),
    ).toEqual(["apostrophe-after-blank"]);
  });
  it("'a second type of symbiotic relationship' says which in a series, not what; a web address ends in no term", () => {
    expect(vagueGloss("a second type of symbiotic relationship")).toBe(true);
    expect(
      readTriples(
        "Jeff has since launched SportsCaster.com, which is a platform for fans to create and share sports-related content.",
      ).filter((x) => x[1] === "com"),
    ).toEqual([]);
  });
});

describe("from h41's and h42's blind ratings", () => {
  it("a plural gloss keeps its card even where its genus was read wrongly ('the small chemical groups often …')", () => {
    expect(singularHead("the small chemical groups often associated with pathogens", "often")).toBe(false);
    expect(singularHead("the diplontic phase in the lifecycles of plants", "phase")).toBe(true);
  });
});
