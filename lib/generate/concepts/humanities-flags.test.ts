// Items a blind rater flagged on a set of social-science and humanities sections (sociology, economics, government,
// the Cold War, realism, metaethics), each rule checked on its own sentence.
import { describe, expect, it } from "vitest";
import { deckOf, readTriples } from "./testing";
import { isMetaDiscourse } from "./apparatus";
import { lintItem } from "../items/lint";
import { dropConnective, dropLabel } from "../text/prompt";
import { clozeItem } from "./testing";
import { generateDeck, type Item } from "..";
import { superlativeClaim } from "./superlatives";
import { npBackward } from "./np";
import { tokenize } from "../read/nlp";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import fs from "node:fs";
import { sharedPath } from "@/lib/testing/shared";

describe("talk about the book", () => {
  it("'covered in separate chapters', 'The chapter on … explores …' say how the book is organised", () => {
    expect(isMetaDiscourse("Normative ethics and applied ethics are covered in separate chapters.")).toBe(true);
    expect(isMetaDiscourse("The chapter on normative moral theory explores virtue ethics in greater depth.")).toBe(
      true,
    );
    // a fact recalled from another chapter is still a fact
    expect(
      isMetaDiscourse(
        "Recall from the chapter on chemical bonding that polar molecules have a partial positive charge on one side.",
      ),
    ).toBe(false);
  });
});

describe("what is no name or definition", () => {
  it("'if you have called the tech support line …' is a scene for the reader: no naming, no item", () => {
    const text =
      "Chances are if you have called the tech support line for your cell phone or Internet provider, you’ve spoken to someone halfway across the globe.";
    expect(readTriples(text).filter((t) => t[1] === "tech support line")).toEqual([]);
    expect(deckOf(text, "Global Stratification")).toEqual([]);
    // a definition that speaks to anyone stays: "An anchoring bias occurs when you focus on …"
    const bias =
      "A heuristic is a mental shortcut that saves time. An anchoring bias occurs when you focus on one piece of information when making a decision or solving a problem. An anchoring bias can lead to poor decisions.";
    expect(deckOf(bias, "Problem Solving", loadWordNet()!).map((i) => i.prompt)).toContain(
      "What is it called when you focus on one piece of information when making a decision or solving a problem?",
    );
  });
  it("'a complicated equation, the result of which is an action …' is a relative clause, no gloss", () => {
    expect(
      readTriples(
        "For states, every decision-making process is part of a complicated equation, the result of which is an action the state will take.",
      ),
    ).toEqual([]);
  });
  it("'her book Caring: …' names a work, no term", () => {
    expect(
      readTriples(
        "In her book Caring: A Feminine Approach to Ethics and Moral Education, the American philosopher Nel Noddings (b.",
      ),
    ).toEqual([]);
  });
});

describe("questions and prompts", () => {
  it("'the U.S.-funded Radio Free Europe began …': a participle after a hyphen is no verb to ask 'did … fund'", () => {
    const text =
      "The United States and the Soviet Union competed for influence in Europe after the war. In 1950, the U.S.-funded Radio Free Europe began broadcasting news to the countries of the Eastern Bloc, and in 1953, Radio Liberty began broadcasting to the Soviet Union. The Soviet Union jammed the broadcasts.";
    const prompts = generateDeck([{ id: "d", title: "The Cold War", text }], { seed: 1 }).items.map((i) => i.prompt);
    expect(prompts.filter((p) => /did the U\.S\.- fund/.test(p))).toEqual([]);
  });
  it("a note glued to the sentence without a space ('_____.Robert Jervis, “Realism …') is flagged", () => {
    const glued = clozeItem(
      "Neorealism that advocates for transparency is known as _____.Robert Jervis, “Realism,” 2009.",
      "defensive realism",
    );
    expect(lintItem(glued).flaws).toContain("glued-note");
    const fine = clozeItem(
      "Neorealism that advocates for transparency is known as _____. Robert Jervis coined it.",
      "defensive realism",
    );
    expect(lintItem(fine).flaws).not.toContain("glued-note");
    const blankGlued = clozeItem(
      "Political scientists have categorized interest groups in a number of ways._____ and Adam J. Newmark.",
      "Anthony J. Nownes",
    );
    expect(lintItem(blankGlued).flaws).toContain("glued-note");
  });
  it("'As the name suggests, debt accumulation is the buildup of _____' spells out its own name", () => {
    const named = clozeItem(
      "As the name suggests, debt accumulation is the buildup of _____, wherein countries borrow money from other nations.",
      "external debt",
    );
    expect(lintItem(named).flaws).toContain("name-explained");
    const plain = clozeItem(
      "Debt accumulation is the buildup of _____, wherein countries borrow money from other nations.",
      "external debt",
    );
    expect(lintItem(plain).flaws).not.toContain("name-explained");
  });
});

describe("what a field studies", () => {
  it("'Metaethics focuses on moral reasoning and …' asks 'What does metaethics focus on?', in its own section too", () => {
    const text =
      "Ethics is the broad study of morality. Normative ethics is the study of what people ought to do. Applied ethics is the study of specific moral issues such as euthanasia. Metaethics focuses on moral reasoning and foundational questions that explore the assumptions related to moral beliefs. Metaethics asks whether moral claims can be true.";
    const items = deckOf(text, "Metaethics", loadWordNet()!);
    expect(items.find((i) => i.prompt === "What does metaethics focus on?")?.answer).toBe(
      "moral reasoning and foundational questions that explore the assumptions related to moral beliefs",
    );
  });
});

describe("dates in a textbook", () => {
  it("an exact day is trivia in a textbook ('On what date did … meet in Weehawken …?'); in the news it stays", () => {
    const wordnet = loadWordNet()!;
    const deckOfFile = (rel: string) => {
      const text = fs.readFileSync(sharedPath(rel), "utf8");
      return generateDeck([{ id: "d", title: text.split("\n")[0]!, text }], { seed: 1, lexicon: wordnet }).items;
    };
    const history = deckOfFile("corpus/textbooks/us-history-m50041.txt");
    expect(history.filter((i) => i.prompt.startsWith("On what date"))).toEqual([]);
    const news = fs
      .readdirSync(sharedPath("sources"))
      .filter((f) => f.endsWith(".txt"))
      .flatMap((f) => deckOfFile("sources/" + f));
    expect(news.some((i) => i.kind === "date" && /\b(?:January|February)\s+\d{1,2}\b/.test(i.answer))).toBe(true);
  });
});

describe("from the mixed sets' ratings (stomach, kinship, stress, business)", () => {
  it("a list item's label before its sentence is dropped from the prompt ('Parietal cells—Located …')", () => {
    expect(
      dropLabel("Lineal kinship: Lineal kinship (initially referred to as _____) highlights the nuclear family."),
    ).toBe("Lineal kinship (initially referred to as _____) highlights the nuclear family.");
    expect(dropLabel("Mucous neck cells—_____ in the upper part of the stomach contain mucous neck cells.")).toBe(
      "_____ in the upper part of the stomach contain mucous neck cells.",
    );
    // a label with too little after it is the line itself
    expect(dropLabel("Step 1: Prospecting.")).toBe("Step 1: Prospecting.");
  });
  it("'Further, the _____ have …' loses its connective", () => {
    expect(dropConnective("Further, the _____ have a much higher immigrant population.")).toBe(
      "The _____ have a much higher immigrant population.",
    );
  });
  it("'Popular culture tends to refer to …' defines no 'Popular culture tends to'", () => {
    expect(
      readTriples("Popular culture tends to refer to the stomach as the location where all digestion takes place."),
    ).toEqual([]);
  });
  it("'the earliest point in its lifecycle' asks for a term the card does not show ('its' is the term's)", () => {
    const text =
      "A seed-stage company is the earliest point in its lifecycle. A public company is a company that sells its shares to the public on a stock exchange. Venture capital funds seed-stage companies. Public companies must publish annual reports.";
    const items = deckOf(text, "Finance", loadWordNet()!);
    expect(items.filter((i) => /its lifecycle/.test(i.prompt + " " + i.answer))).toEqual([]);
    // after a clause of its own, "its" is the genus's
    expect(items.some((i) => /sells its shares/.test(i.prompt + " " + i.answer))).toBe(true);
  });
  it("a figure's reference cut out of 'As shows, …' is flagged", () => {
    const cut = clozeItem(
      "As shows, leadership styles can be placed on a continuum of three styles: _____.",
      "autocratic",
    );
    expect(lintItem(cut).flaws).toContain("garbled-text");
  });
});

describe("the right words of a question", () => {
  it("'Concept testing is …' keeps 'Concept': only 'The concept …' introduces a term", () => {
    expect(
      readTriples(
        "Concept testing is a market research method in which customers are presented with a description of a product or service.",
      )[0]?.[1],
    ).toBe("Concept testing");
    expect(readTriples("The concept of meritocracy is an ideal system based on merit.")[0]?.[1]).toBe("meritocracy");
  });
  it("'Cannon was the first to identify …' asks 'who was the first …'", () => {
    expect(
      superlativeClaim(
        "In the early part of the 20th century, Cannon was the first to identify the body’s physiological reactions to stress.",
      )?.cue,
    ).toBe(
      "In the early part of the 20th century, who was the first to identify the body’s physiological reactions to stress?",
    );
  });
  it("a ranked office asks 'Who' ('the first U.S. president', 'the first chairperson'); a member of a series 'What'", () => {
    const cue = (t: string) => superlativeClaim(t)?.cue;
    expect(cue("Richard M. Nixon was the first U.S. president ever to resign.")).toBe(
      "Who was the first U.S. president ever to resign?",
    );
    expect(cue("Joseph P. Kennedy was the first chairperson of the commission.")).toBe(
      "Who was the first chairperson of the commission?",
    );
    expect(cue("Propene is the second member of the series.")).toBe("What is the second member of the series?");
    expect(cue("Arizona was the first state to offer online voter registration.")).toMatch(/^What was/);
  });
  it("a question about the reader's own body ('What prompted your pupils?') is flagged; quoted words are not", () => {
    const q = (prompt: string): Item => ({
      id: "x",
      type: "flashcard",
      kind: "term",
      prompt,
      answer: "a deluge of epinephrine",
      citations: [
        { documentId: "d", start: 0, end: 60, quote: "Prompted by a deluge of epinephrine, your pupils dilate." },
      ],
    });
    expect(lintItem(q("What prompted your pupils?")).flaws).toContain("reader-address");
    expect(lintItem(q("What did the poster “Your Country Needs You” follow?")).flaws).not.toContain("reader-address");
    // a definition's "your" speaks to anyone
    expect(
      lintItem(q("What is the term for a faulty way of thinking based on your perception of similarity?")).flaws,
    ).not.toContain("reader-address");
  });
});

describe("negations and objects are no definitions", () => {
  it("'investment does not refer to …' defines nothing", () => {
    expect(
      readTriples(
        "In calculating GDP, investment does not refer to purchasing stocks and bonds or trading financial assets.",
      ),
    ).toEqual([]);
  });
  it("'one stomach function necessary to life: the production of …' does not define life", () => {
    expect(
      readTriples(
        "Its numerous digestive functions notwithstanding, there is only one stomach function necessary to life: the production of intrinsic factor.",
      ),
    ).toEqual([]);
  });
});

describe("a hyphenated modifier", () => {
  it("'the self-made man' is one phrase: 'man' alone is not what the appositive renames", () => {
    const text = "Social Darwinism added to the idea of the self-made man, a desirable thought for all.";
    const toks = tokenize(text, 0, text.length);
    const man = toks.findIndex((t) => t.v === "man");
    const np = npBackward(toks, man, 5)!;
    expect(text.slice(toks[np.ts]!.s, toks[np.te]!.e)).toBe("self-made man");
    expect(
      readTriples(
        "Social Darwinism added a layer of pseudoscience to the idea of the self-made man, a desirable thought for all who sought to follow Carnegie’s example.",
      ).filter((t) => t[1] === "man"),
    ).toEqual([]);
  });
});
