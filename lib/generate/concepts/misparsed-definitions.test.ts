// Definitions misread from sentences that say something else (blind raters' flags on holdout hD, start engine):
// each gave a "What is the term for …?" card whose question or answer made no sense, or a judgement read as a
// definition. No card and no blank asks them; a true definition beside them still gives its card.
import { describe, expect, it } from "vitest";
import { deckOf } from "./testing";
import { dropConnective } from "../text/prompt";
import { refersBack } from "./stand-alone";
import { loadWordNet } from "@/lib/lexicon/wordnet";

const wn = loadWordNet() ?? undefined;
const TRUE_DEFINITION =
  " The theory of nullification, or the voiding of unwelcome federal laws by an individual state, gave planters an argument against the national government.";

/** "prompt -> answer" of every item of the deck of `text` */
function cards(text: string, title: string): string[] {
  return deckOf(text, title, wn).map((i) => `${i.prompt} -> ${i.answer}`);
}

function prompts(sentence: string): string[] {
  return cards("States\n\n" + sentence + TRUE_DEFINITION, "States");
}

describe("definitions misread from other sentences", () => {
  it.each([
    // a sentence of its own after the comma, read as an appositive
    "In seeking not to replay the problems that plagued the young country under the Articles of Confederation, the Constitution’s framers granted Congress specific powers that ensured its authority over national and foreign affairs.",
    // an irregular past tense after the noun ("oversaw", "underwent")
    "On their fiefs, the warriors oversaw the work of agricultural laborers.",
    "As production became mechanized and relocated to factories, the experience of workers underwent significant changes.",
    // a clause after a colon
    "The two ions thus show a distinct difference in their redox activity towards copper: the silver ion spontaneously oxidized copper, but the lead ion did not.",
    // a person with a title is no term
    "In Congress, Kentucky senator Henry Clay, a veteran of congressional conflicts, offered a series of resolutions addressing the list of issues related to slavery.",
    // judgements of a thing, not its kind
    "Dermatology is a competitive specialty in medicine.",
    "Intergovernmental grants are important sources of revenue for both state and local governments.",
    "Caffeine is a mild stimulant that may enhance capabilities, but caffeine use is accepted.",
  ])("%s", (sentence) => {
    const items = prompts(sentence);
    expect(
      items.filter(
        (p) =>
          /term for|^What is (?:copper|Kentucky)|^_____ (?:is|are) (?:a|an)? ?(?:competitive|important|mild)/.test(p) &&
          !/voiding/.test(p),
      ),
    ).toEqual([]);
    expect(items).toContain(
      "What is the term for the voiding of unwelcome federal laws by an individual state? -> nullification",
    );
  });

  it("a participle that describes ('a specialized form of', 'a more balanced view', 'located just above') still defines", () => {
    const items = deckOf(
      "Skin\n\nA corn is a specialized form of callus that forms on the toes. The stratum lucidum is a smooth, seemingly translucent layer of the epidermis located just above the stratum granulosum.",
      "Skin",
      wn,
    ).map((i) => `${i.prompt} -> ${i.answer}`);
    // (asked either way: "stratum" of the stem is the family's word, not the name's head)
    expect(
      items.filter((i) =>
        i.includes("a smooth, seemingly translucent layer of the epidermis located just above the stratum granulosum"),
      ),
    ).toHaveLength(1);
  });
});

it("a term is not read from before its verb ('provided wealthy slaveholders, who were a minority')", () => {
  const items = cards(
    "States\n\nThe theory of nullification, or the voiding of unwelcome federal laws by an individual state, provided wealthy slaveholders, who were a minority in the United States, with an argument for resisting the national government if it acted contrary to their interests.",
    "States",
  );
  expect(items.filter((p) => /minority/.test(p))).toEqual([]);
  expect(items).toContain(
    "What is the term for the voiding of unwelcome federal laws by an individual state? -> nullification",
  );
});

describe("poll shares and leading connectives", () => {
  it("a share of a poll's respondents is no answer; a share of a population is", () => {
    const items = deckOf(
      "Opinion\n\nIn June 2015, 75 percent of Democrats likely to vote in their state primaries said they would vote for Clinton. Forty-eight percent of respondents said they opposed airstrikes, and only 29 percent were in favor. In December 1991, the population of ethnic Kazakhs was only 40 percent of the total population of Kazakhstan.",
      "Opinion",
      wn,
    ).map((i) => i.answer);
    expect(items.filter((a) => /^(?:75|29|48|Forty)/.test(a))).toEqual([]);
    expect(items).toContain("40 percent");
  });
  it.each([
    [
      "In contrast, President _____’s victory over Democratic nominee Hillary Clinton was a closer contest.",
      "President",
    ],
    ["Again, the specificity of a T cell is based on the _____.", "The specificity"],
    ["By the above definition, Democratic nominee _____'s win in 2020 was a mandate.", "Democratic nominee"],
  ])("'%s' loses its connective", (prompt, start) => {
    expect(dropConnective(prompt).startsWith(start)).toBe(true);
  });
});

describe("cards that read as sentences (holdout hE's flags)", () => {
  it("a term's second predicate is not part of its definition ('… of labor and typically takes 6–12 hours')", () => {
    expect(
      cards(
        "Stages of Labor\n\nThe dilation stage is the longest stage of labor in a vaginal birth and typically takes 6–12 hours. The afterbirth is the third stage of labor, in which the placenta is delivered.",
        "Labor",
      ),
    ).toContain("What is the term for the longest stage of labor in a vaginal birth? -> dilation stage");
  });
  it("'Under what conditions do stable compounds of xenon form?': the head before 'of' sets the verb", () => {
    expect(
      cards(
        "Noble Gases\n\nThe noble gases are rarely reactive. Stable compounds of xenon form when xenon reacts with fluorine. Xenon difluoride is a stable compound.",
        "Labor",
      ).filter((p) => p.includes("Under what conditions")),
      // (the section's topic before a prompt that does not name it: see topic-label.ts)
    ).toEqual([
      "Noble Gases: Under what conditions do stable compounds of xenon form? -> when xenon reacts with fluorine",
    ]);
  });
  it("a person named in a definition is asked 'Who is …?', not 'What is the term for …?'", () => {
    const items = cards(
      "Carolingian Learning\n\nCharlemagne gathered scholars at his court. One of the most important of these scholars was Alcuin of York, an Anglo-Saxon who perfected the Carolingian minuscule script. The Carolingian minuscule is a script with clear lowercase letters.",
      "Labor",
    );
    expect(items.filter((p) => /term for an Anglo-Saxon/.test(p))).toEqual([]);
  });
});

describe("an everyday noun as a definite subject (holdout hD's and hE's flags)", () => {
  const prev = "Note that this value for the Hubble constant is slightly smaller than the value adopted in this book.";
  it("'The value derived from …' after a sentence on the value refers back; 'The epidermis …' and 'The three types …' do not", () => {
    expect(
      refersBack("The value derived from measurements of redshifts is 73 kilometers/second/_____.", prev, wn),
    ).toBe(true);
    expect(refersBack("The epidermis is composed of _____.", "The epidermis is the outer layer of the skin.", wn)).toBe(
      false,
    );
    expect(refersBack("The three types of chemical bonds are _____.", "There are three types of bonds.", wn)).toBe(
      false,
    );
  });
});
