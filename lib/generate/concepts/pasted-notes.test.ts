// What blind raters flagged on sets h62/h63 of this round: footnotes pasted into the text without a space ("…
// potential.Fred Miller, “…”"), pieces of references read as sentences, ordinals without their list, a bare class
// noun or a pointer read as a term, and a word of many senses asked without its subject.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { splitSentences } from "../text/sentences";
import { isApparatusSentence } from "./apparatus";
import { refersBack } from "./stand-alone";
import { clozeItem, deckOf } from "./testing";
import { affiliation } from "../items/deck-builder";
import { quantifiedBlank } from "./mention-items";
import { lintItem } from "../items/lint";
import { synonymInPrompt } from "./answer-cues";

const wn = loadWordNet()!;

describe("a footnote pasted into the text", () => {
  it("a full stop right before a capital starts a new sentence ('potential.Fred Miller', 'environment.A. Bandura')", () => {
    const texts = splitSentences(
      "Citizens reach their highest potential.Fred Miller, “Aristotle's Political Theory,” 2017. Politics is old.",
    ).map((s) => s.text);
    expect(texts[0]).toBe("Citizens reach their highest potential.");
    expect(splitSentences("It shapes the environment.A. Bandura, Social Learning.").map((s) => s.text)[0]).toBe(
      "It shapes the environment.",
    );
    // "prophase I. Such …": a capital's stop before a word that opens sentences ends one
    expect(splitSentences("It happens in prophase I. Such an event adds variation.").map((s) => s.text)).toEqual([
      "It happens in prophase I.",
      "Such an event adds variation.",
    ]);
    expect(splitSentences("It was written by J. Smith in 1990.").map((s) => s.text)).toHaveLength(1);
    // an abbreviation or a number keeps its stop: "e.g.", "U.S.", "3.5"
    expect(splitSentences("The U.S.A. grew 3.5 percent.").map((s) => s.text)).toEqual(["The U.S.A. grew 3.5 percent."]);
  });
  it("pieces of a reference are apparatus: pages, editions, publishers, volume and issue, 'Surname, First (year)'", () => {
    for (const t of [
      "Scientific Foundations of Business Administration, Baltimore, MD, The Williams & Wilkins Company pg.",
      "The evolution of management thought. (6th ed.), New York: Wiley.",
      "Management Decision 40(10): 980 - 991.",
      "Fisher, Mary P. (2011) Living Religions.",
      "A., & Bedeian, A. G. 2009.",
      "Journal of Occupational Behavior, 1985, 6, 111-130.",
      "Jeffrey A. Sonnenfeld, “Shedding Light on the Hawthorne Studies.”",
      "Creating Democracy, New Haven: Yale University Press, 2003",
      // an endnote's text run into a paragraph (holdout pA: "Schenck v. United States, _____ U.S. 47." was asked)
      "Schenck v. United States, 249 U.S. 47 (1919).",
      "New York: Penguin Books.",
      "Lincoln: University of Nebraska Press.",
      "See note 65.",
      "See John Ehle.",
    ])
      expect(isApparatusSentence(t), t).toBe(true);
    expect(isApparatusSentence("Taylor published his principles of management in 1911.")).toBe(false);
    expect(isApparatusSentence("See how the cell divides into two cells.")).toBe(false);
    expect(isApparatusSentence("In New York Times v. Sullivan, the Court required proof of actual malice.")).toBe(
      false,
    );
    expect(isApparatusSentence("“We will restore order,” the president said on January 5, 2022.")).toBe(false);
  });
  it("a number alone after a reference's 'pg.' is no item", () => {
    const items = deckOf(
      "Management\n\nTaylor studied the work of bricklayers in 1885. Principles of Scientific Management, Baltimore, MD, The Williams & Wilkins Company pg. 116. Taylor later led the Taylor Society.",
      "Management",
      wn,
    );
    expect(items.some((i) => i.answer === "116")).toBe(false);
  });
});

describe("what a prompt leans on", () => {
  it("'What is the third way …?' needs the whole list: no card", () => {
    const items = deckOf(
      "Conflict\n\nIn a compromise, neither side is happy. The third way to solve conflict is integration. Integration is a solution in which both sides get what they want.",
      "Conflict",
      wn,
    );
    expect(items.some((i) => /third way/.test(i.prompt))).toBe(false);
  });
  it("'The cells, called …', 'The system remains …': a bare class noun speaks of what came before", () => {
    expect(
      refersBack("The cells, called _____, make the matrix and fibers.", "Cartilage is a connective tissue."),
    ).toBe(true);
    expect(refersBack("The system remains a feature of life in India.", "Hinduism divides people into castes.")).toBe(
      true,
    );
    expect(refersBack("The cells divide twice.", "The cells of the testes produce sperm.")).toBe(false);
  });
  it("'This event—the random assortment of …—is …': a noun after a pointer is no term", () => {
    const items = deckOf(
      "Meiosis\n\nMetaphase I\n\nThe crossover event joins two chromatids. Each crossover event exchanges genes. A recombination event is rare near the centromere. The event happens in prophase I. Such an event adds variation. This event—the random (or independent) assortment of homologous chromosomes at the metaphase plate—is the second mechanism that introduces variation into the gametes or spores.",
      "Meiosis",
      wn,
    );
    expect(items.filter((i) => /\bevent\b/.test(i.prompt))).toEqual([]);
    // ("Note that kinship, or …": after the conjunction "that" the noun is the term)
    const family = deckOf(
      "Descent\n\nThis pattern of tracing kinship is called bilateral descent. Note that kinship, or one's traceable ancestry, can be based on blood or marriage or adoption. Unilateral descent (the tracing of kinship through one parent only) is practiced elsewhere.",
      "Descent",
      wn,
    );
    expect(family.some((i) => i.answer === "kinship" || /\bkinship\b/.test(i.prompt))).toBe(true);
  });
});

describe("names a textbook mentions in passing", () => {
  it("where a person works or studies is a byline: 'a psychologist from Harvard University'", () => {
    expect(
      affiliation(
        "The executives turned to Elton Mayo, an Australian psychologist from Harvard University, to explain it.",
        "Harvard University",
      ),
    ).toBe(true);
    expect(
      affiliation(
        "Barnard was president of the New Jersey Bell Telephone Company.",
        "New Jersey Bell Telephone Company",
      ),
    ).toBe(true);
    expect(affiliation("Harvard University opened its business school in 1908.", "Harvard University")).toBe(false);
  });
  it("'Who may not have been the originator of …?' is a negative stem", () => {
    const item = { ...clozeItem("x _____", "Lillian Gilbreth", "person"), type: "flashcard" as const };
    item.prompt = "Who may not have been the originator of the industrial psychology movement?";
    expect(lintItem(item).flaws).toContain("negative-stem");
    item.prompt = "Who was the originator of the industrial psychology movement?";
    expect(lintItem(item).flaws).not.toContain("negative-stem");
  });
});

describe("another name of the answer in its stem", () => {
  it("'the predominant white blood cells' -> leukocytes: the lexicon's other name gives it away; a common word of another sense does not", () => {
    expect(synonymInPrompt("What is the term for the predominant white blood cells in blood?", "leukocytes", wn)).toBe(
      true,
    );
    expect(
      synonymInPrompt(
        "What is the most important set of rules for any institution or organization?",
        "constitution",
        wn,
      ),
    ).toBe(false);
  });
});

describe("a blank after 'each'", () => {
  it("'Each _____ is oriented randomly at the equator': a distributive blank fits several names of the set's members", () => {
    expect(quantifiedBlank("Each ")).toBe(true);
    expect(quantifiedBlank("At the end of prometaphase I, each ")).toBe(true);
    expect(quantifiedBlank("In prophase I, the ")).toBe(false);
  });
});

describe("names and other names", () => {
  it("a person's years are no part of the answer", () => {
    const items = deckOf(
      "Scientific Management\n\nFrederick Winslow Taylor (1856–1915) is known as the father of scientific management. Taylor studied the motions of workers.",
      "Scientific Management",
      wn,
    );
    const named = items.filter((i) => i.answer.startsWith("Frederick Winslow Taylor"));
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((i) => i.answer === "Frederick Winslow Taylor")).toBe(true);
  });
  it("'What is another name for loose connective tissue?' -> areolar connective tissue: two names share their head", () => {
    expect(
      lintItem({
        ...clozeItem("x _____", "areolar connective tissue"),
        type: "flashcard",
        prompt: "What is another name for loose connective tissue?",
      }).flaws,
    ).not.toContain("stem-in-prompt");
  });
});
