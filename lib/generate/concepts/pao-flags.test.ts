// From the blind ratings of pAO (anthropology, economics, business, political science): a short section in the
// present that names little asks no statistics or sources, a range's bound or a written bound is no answer, a
// judgement or a superlative or a pointed word is no definition, a modifier in -ward belongs to its term, a definition
// keeps its scope, "X is when …" is asked "What is X?", and a cause keeps its tense and its whole series.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { generateDeck } from "..";
import { claimGloss } from "./glosses";
import { askedOf, clozeItem, judgeDefinitions, readTriples } from "./testing";
import { lintItem } from "../items/lint";
import { notAReport, readRegister } from "../items/register";

const wn = loadWordNet()!;
const asked = (text: string, title: string) => askedOf(text, title, wn);
const claim = (text: string) => judgeDefinitions(text, claimGloss);

/** a 700-word section in the present that names little: statistics, their sources and their bounds */
const TURNOUT = [
  "Voter Participation",
  "",
  ...Array.from(
    { length: 14 },
    (_, k) =>
      `In presidential elections over the last few decades, about 55% to 65% of voting-age citizens actually vote, and turnout in local elections is often lower than that, so the share of adults who vote is a question economists ask about every kind of election. Voters who are ${k + 2} years older are more likely to vote, according to the Washington Post.`,
  ),
].join("\n\n");

describe("a short section in the present that names little", () => {
  it("is exposition: its register says so from 600 words", () => {
    expect(notAReport(readRegister(TURNOUT), 0)).toBe(true);
    // (a shorter passage says too little to tell)
    expect(notAReport(readRegister(TURNOUT.slice(0, 1500)), 0)).toBe(false);
  });

  it("asks none of its statistics, their bounds or their sources", () => {
    const items = generateDeck([{ id: "d", title: "Voter Participation", text: TURNOUT }], {
      seed: 1,
      lexicon: wn,
    }).items;
    expect(items.filter((i) => /55%|65%|Washington Post/.test(i.answer))).toEqual([]);
  });
});

describe("numbers that are no answers", () => {
  it("skips each bound of a range written with 'to'", () => {
    const items = asked(
      "Turnout has been studied for a century. In national elections since the 1980s in Germany, about 75% to 80% of those of voting age cast ballots. Turnout was lower in 1990.",
      "Turnout Abroad",
    );
    expect(items.filter(([, a]) => /^(?:75|80)%$/.test(a))).toEqual([]);
  });
});

describe("what is no definition", () => {
  it("a judgement of a thing's place, a superlative of its own kind, a word pointed at", () => {
    expect(claim("Conflict is a natural part of a system in which many organizations compete for resources.")).toEqual([
      true,
    ]);
    expect(claim("Presidents are the most recognizable leaders of their countries.")).toEqual([true]);
    expect(claim("The sticking point is the word “universal.”")).toEqual([true]);
    expect(claim("A tariff is a tax imposed on imported goods.")).toEqual([false]);
  });

  it("a kind with only a generic adjective says nothing of which one", () => {
    const items = asked(
      "Organizations rely on groups. Teams are a specific type of organizational group. Teams can be formal or informal, and teams meet often.",
      "Teams",
    );
    expect(items.filter(([, a]) => /specific type of organizational group/.test(a))).toEqual([]);
  });
});

describe("how a definition is read and asked", () => {
  it("keeps a modifier in -ward with its term", () => {
    expect(
      readTriples(
        "Newman has done decades of research on downward social mobility, or the ongoing loss of capital and ensuing loss of social status.",
      ),
    ).toContainEqual([
      "definition",
      "downward social mobility",
      "the ongoing loss of capital and ensuing loss of social status",
    ]);
  });

  it("asks a cause in the tense of its sentence, with the whole series", () => {
    const items = asked(
      "The economy shrank for eighteen months. The Great Recession was caused by several factors including weak regulation of the mortgage market, lenders taking excess risk, and lending practices that put borrowers at risk of default. Recovery was slow.",
      "The Great Recession",
    );
    const cause = items.find(([p]) => p.startsWith("What caused the Great Recession?"));
    expect(cause?.[1]).toMatch(/and lending practices that put borrowers at risk of default$/);
  });
});

describe("from ratings of earlier pools still in the decks", () => {
  it("asks 'the name given to …' as 'What term refers to …?'", () => {
    const items = asked(
      "Employers once excluded many workers. Affirmative action is the name given to active efforts by government or businesses that give special rights to minorities in hiring and promotion. Affirmative action remains debated, and courts have limited affirmative action.",
      "Affirmative Action",
    );
    expect(items.some(([p]) => p.startsWith("What term refers to active efforts by government"))).toBe(true);
    expect(items.filter(([p]) => /the term for the name given/.test(p))).toEqual([]);
  });

  it("reads examples in brackets as no definition", () => {
    expect(
      claim("The digital industry (manufacturers of computers and smartphones, as examples) grew quickly."),
    ).toEqual([true]);
  });

  it("flags a pointer to a figure whose number was cut", () => {
    const flaws = lintItem(
      clozeItem(
        "Structural design generally follows one of the two basic models described in: _____.",
        "mechanistic or organic",
      ),
    ).flaws;
    expect(flaws).toContain("cut-reference");
  });
});
