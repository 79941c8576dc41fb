// From the blind ratings of pX: a sentence that announces what the book will discuss, a stage asked "Under what
// conditions does it begin?", causes read from a relative clause or a phrase of time, "Some are …" with nothing named,
// titles of books read as a class's members, and a person's role read as a term.
import { describe, expect, it } from "vitest";
import { oneOfAKind } from "./glosses";
import { generateDeck } from "..";
import { loadWordNet } from "../../lexicon/wordnet";
import { isMetaDiscourse } from "./apparatus";
import { lintItem } from "../items/lint";
import { splitMembers } from "./lists";
import { termOk } from "./phrase";
import { leansOnContext } from "./prompt";
import { withContext } from "./stand-alone";
import { deckOf } from "./testing";
import { derivedWordIn } from "../items/option-flaws";
import { normAnswer } from "../text/words";

describe("what the book will discuss", () => {
  it("a sentence that says a thing will be discussed later is no content; a definition with a pointer in passing is", () => {
    expect(
      isMetaDiscourse(
        "The development of the chorion will be discussed in more detail shortly, as it relates to the growth of the placenta.",
      ),
    ).toBe(true);
    expect(isMetaDiscourse("The hormonal changes will be described later in this unit.")).toBe(true);
    expect(
      isMetaDiscourse(
        "Adolescence is the period of development that begins at puberty and ends at emerging adulthood, which is discussed later.",
      ),
    ).toBe(false);
  });
});

describe("a stage that begins when something happens", () => {
  it("is asked when it begins, and the answer stops where the stage's end is told", () => {
    const items = deckOf(
      [
        "Stages of Childbirth",
        "",
        "Childbirth proceeds in three stages. The expulsion stage begins when the fetal head enters the birth canal and ends with birth of the newborn. The placental stage follows the birth of the newborn.",
      ].join("\n"),
      "Stages of Childbirth",
    );
    const card = items.find((i) => i.prompt === "When does the expulsion stage begin?");
    expect(card?.answer).toBe("when the fetal head enters the birth canal");
    expect(items.some((i) => i.prompt.startsWith("Under what conditions"))).toBe(false);
  });
});

const wn = loadWordNet()!;

describe("causes", () => {
  const causes = (text: string) =>
    generateDeck([{ id: "d", title: "Report", text }], {
      seed: 1,
      lexicon: wn,
      maxItemsPer1000Words: 1000,
    }).items.filter((i) => i.kind === "cause");
  it("a phrase of time after the cause is no subject to ask about", () => {
    const text =
      "At the Little Bighorn River, the U.S. Army’s Seventh Cavalry, led by Colonel George Custer, sought a showdown. Driven by his own personal ambition, on June 25, 1876, Custer foolishly attacked what he thought was a minor encampment. Instead, it turned out to be a large group of Lakotas, Cheyennes, and Arapahos.";
    expect(causes(text).map((i) => i.prompt)).toEqual([]);
  });
  it("a verb inside a relative clause, and an event the text told before, give no cause", () => {
    expect(
      causes(
        "The sense of degeneration that the Klan and anxiety over mass immigration prompted in the minds of many Americans was in part a response to the process of postwar urbanization.",
      ),
    ).toEqual([]);
    expect(
      causes("The profound economic changes led to equally important social and cultural transformations."),
    ).toEqual([]);
  });
  it("a named event still is a cause", () => {
    const found = causes(
      "The Glorious Revolution of 1688 led to the establishment of an English nation that limited the power of the king. The king fled to France. Parliament offered the crown to William and Mary.",
    );
    expect(found.map((i) => i.answer)).toEqual(["The Glorious Revolution of 1688"]);
  });
});

describe("openings and members that point elsewhere", () => {
  it("'Some are …' with nothing named leans on the sentence before", () => {
    expect(
      leansOnContext(
        "Some are much brighter and hotter (bluer), while others are significantly dimmer and cooler (redder), and the distance of the habitable zone varies accordingly.",
      ),
    ).toBe(true);
    expect(leansOnContext("Some stars are much brighter and hotter than the Sun.")).toBe(false);
  });
  it("titles of books are no members of a class; lower-case members are", () => {
    const t = "In 1903, Scott published two books: The Theory of Advertising and Psychology of Advertising.";
    expect(splitMembers(t, t.indexOf(":") + 2)).toBeNull();
    const u = "The field can be divided into three broad areas: industrial, organizational, and human factors.";
    expect(splitMembers(u, u.indexOf(":") + 2)?.map((m) => m.text)).toEqual([
      "industrial",
      "organizational",
      "human factors",
    ]);
  });
  it("a person's role before a name is no term ('cultural icon Freddy Mercury')", () => {
    expect(termOk("cultural icon Freddy Mercury")).toBe(false);
    expect(termOk("journalist Walter Cronkite")).toBe(false);
    expect(termOk("cultural icon")).toBe(true);
  });
});

describe("sentences that say something of a term without defining it", () => {
  it("a form of 'the test', the picture in a name and how someone portrayed a thing give neither card nor blank", () => {
    const items = deckOf(
      [
        "Intelligence Testing",
        "",
        "During World War I, psychologists developed the Army Alpha test to measure the mental abilities of recruits. The Army Beta test was a non-verbal form of the test that was administered to illiterate and non-English-speaking draftees. The bell curve is a graph in the general shape of a bell. In his speeches, Douglas portrayed the Republican Party as an abolitionist effort—one that aimed to bring about race-mixing through marriage.",
      ].join("\n"),
      "Intelligence Testing",
    );
    const answers = items.map((i) => String(i.answer));
    expect(answers.filter((a) => /Army Beta|bell|abolitionist/i.test(a))).toEqual([]);
    expect(items.filter((i) => /Army Beta test\?|bell curve\?|abolitionist effort\?/.test(i.prompt))).toEqual([]);
  });
  it("a subject given only a kind ('a socially constructed concept', 'an all-or-none phenomenon') is no blank: other members fit", () => {
    const items = deckOf(
      [
        "Adolescence and the Action Potential",
        "",
        "Adolescence is a socially constructed concept. The action potential is an all-or-none phenomenon. Adolescence begins at puberty in most cultures of the world today.",
      ].join("\n"),
      "Adolescence and the Action Potential",
    );
    expect(items.filter((i) => /socially constructed/.test(i.prompt + " " + String(i.answer)))).toEqual([]);
    // (decision 019za: blind raters accepted none of 14 blanks of a subject given only an indefinite kind)
    expect(items.some((i) => /_____ is an all-or-none/.test(i.prompt))).toBe(false);
  });
  it("a verb in the progressive ('was hitting the streets') says what a thing was doing, not what it is", () => {
    const items = deckOf(
      [
        "The War on Drugs",
        "",
        "Crack cocaine, a smokable type of cocaine popular with poorer addicts, was hitting the streets in the 1980s, frightening middle-class Americans. Congress passed new drug laws in 1986.",
      ].join("\n"),
      "The War on Drugs",
    );
    expect(
      items.filter((i) => /hitting the streets/.test(String(i.answer)) || /term for hitting/.test(i.prompt)),
    ).toEqual([]);
  });
  it("a sentence to the reader about what was learned before is no context for the next sentence's blank", () => {
    const prev = "You’ve already learned that there are many ways psychologists describe intelligence.";
    const prompt = "Similarly, _____ have been the subject of debate throughout their development and use.";
    expect(withContext(prompt, { doc: 0, start: 0, end: prompt.length, text: prompt, prevText: prev })).toBeNull();
  });
});

describe("a stem that gives its one-word answer away by a word made from it", () => {
  it("'the now-ionized atom (called a(n) _____)' -> ion; '(e.g., coo or ba)' -> cooing", () => {
    expect(derivedWordIn(normAnswer("the now-ionized atom (called a(n) _____)"), "ion")).toBe(true);
    expect(derivedWordIn(normAnswer("a vowel sound (e.g., coo or ba)"), "cooing")).toBe(true);
    // (a word that merely begins with the same letters is no derivation: "ionosphere", "cooperation")
    expect(derivedWordIn(normAnswer("the ionosphere and cooperation"), "ion")).toBe(false);
  });
  it("'The folding essentially creates a tube' leans on the sentence before; 'The growing uterus exerts' does not", () => {
    expect(
      leansOnContext(
        "The folding essentially creates a tube, called the primitive gut, that is lined by the endoderm.",
      ),
    ).toBe(true);
    expect(leansOnContext("The growing uterus exerts upward pressure on the diaphragm.")).toBe(false);
  });
});

describe("from pY's ratings", () => {
  it("the everyday name a term is 'commonly called' is not asked: the student knew it before the course", () => {
    const items = deckOf(
      [
        "The Mouth",
        "",
        "Gingivae (commonly called the gums) are soft tissues that line the alveolar processes and surround the necks of the teeth. Sucrose, commonly referred to as table sugar, is a disaccharide of glucose and fructose.",
      ].join("\n"),
      "The Mouth",
    );
    expect(items.filter((i) => /^(?:gums|table sugar)$/i.test(String(i.answer)))).toEqual([]);
  });
  it("'net result' is no term; a sequence of processes says nothing of which", () => {
    expect(termOk("net result")).toBe(false);
    expect(termOk("greenhouse effect")).toBe(true);
    const items = deckOf(
      [
        "Jaw and Thirst",
        "",
        "The net result is a forward and downward motion of the condyle and mandibular depression. The thirst response is a sequence of physiological processes.",
      ].join("\n"),
      "Jaw and Thirst",
    );
    expect(items.filter((i) => /net result|sequence of physiological/.test(i.prompt + " " + String(i.answer)))).toEqual(
      [],
    );
  });
  it("a sum-up of the clause before ('an indication of …'), a comparative with nothing to compare, a list cut at its first cause and a word of position give no item", () => {
    expect(termOk("posterior")).toBe(false);
    const items = deckOf(
      [
        "Joints and the Colonies",
        "",
        "The consumption of British goods skyrocketed after the partial repeal, an indication of the colonists’ desire for the items linking them to the Empire. The anterior cruciate ligament is the weaker ligament. The posterior cruciate ligament is the stronger ligament. Temporomandibular joint disorder is a painful condition that may arise due to arthritis, wearing of the articular cartilage, muscle fatigue from overuse, or jaw injury. The posterior is the anal triangle, which contains the anus.",
      ].join("\n"),
      "Joints and the Colonies",
    );
    const text = (i: { prompt: string; answer: unknown }) => i.prompt + " => " + String(i.answer);
    expect(
      items.map(text).filter((t) => /indication|stronger|weaker|due to arthritis\?|anal triangle/.test(t)),
    ).toEqual([]);
  });
  it("a formula whose subscripts the text lost is linted; 'in our earlier picture' talks about the book", () => {
    const item = {
      id: "",
      type: "cloze" as const,
      kind: "term" as const,
      prompt: "Phosphate is present in the body in three ionic forms: _____.",
      answer: "H 2 PO 4 , HPO 4 2− , and PO 4 3−",
      citations: [],
    };
    expect(lintItem(item).flaws).toContain("broken-formula");
    expect(lintItem({ ...item, answer: "dihydrogen phosphate" }).flaws).not.toContain("broken-formula");
    expect(
      isMetaDiscourse(
        "The star’s geometry cuts off communication at precisely the moment when, in our earlier picture, the escape velocity becomes equal to the speed of light.",
      ),
    ).toBe(true);
  });
});

describe("from pZ's ratings", () => {
  it("other names only, a verb before ', or', 'The result is …', an instruction and 'a fourth type' give no item alone", () => {
    expect(
      leansOnContext("The result is more turbulence, higher pressure within the vessel, and reduced blood flow."),
    ).toBe(true);
    expect(leansOnContext("Some sources describe a fourth type of neuron, called an anaxonic neuron.")).toBe(true);
    const items = deckOf(
      [
        "Glia and Slavery",
        "",
        "Glial cells, or neuroglia or simply glia, are the other type of cell found in nervous tissue. Some slaveholders abused the people they enslaved, or forced them into long-term relationships, as most historians agree. Focus on the three critical variables: radius, vessel length, and viscosity.",
      ].join("\n"),
      "Glia and Slavery",
    );
    const text = (i: { prompt: string; answer: unknown }) => i.prompt + " => " + String(i.answer);
    expect(items.map(text).filter((t) => /simply glia|What is enslaved|critical variables/.test(t))).toEqual([]);
  });
  it("a consequence in brackets ('hence its name of …') is no meaning; 'middle layer' is a part by its place, no term", () => {
    expect(termOk("middle layer")).toBe(false);
    expect(termOk("synovial membrane")).toBe(true);
    const items = deckOf(
      [
        "The Ovarian Cycle",
        "",
        "FSH stimulates the follicles to grow (hence its name of follicle-stimulating hormone), and the five or six tertiary follicles expand in diameter.",
      ].join("\n"),
      "The Ovarian Cycle",
    );
    expect(items.filter((i) => /hence its name/.test(String(i.answer)))).toEqual([]);
  });
});

describe("from pAB's ratings (not measured blind)", () => {
  it("a part's everyday name is not asked without its whole; 'the smallest of the trio' is no definition", () => {
    const items = deckOf(
      [
        "The Sternum and the Gluteal Muscles",
        "",
        "The body is the elongated, central portion of the sternum. The gluteus maximus is the largest; deep to the gluteus medius is the gluteus minimus, the smallest of the trio. The xiphoid process is the inferior tip of the sternum.",
      ].join("\n"),
      "The Sternum and the Gluteal Muscles",
    );
    const prompts = items.map((i) => i.prompt);
    expect(prompts).not.toContain("What is the body?");
    // (no definition of it: the blank of its name in the sentence is a naming, "… is the _____, the smallest of the trio")
    expect(prompts.filter((p) => /^What .*smallest of the trio/.test(p))).toEqual([]);
    expect(items.filter((i) => /smallest of the trio/.test(String(i.answer)))).toEqual([]);
  });
});

describe("a subject given only a kind", () => {
  const at = (text: string, term: string, gloss: string) => {
    const b = text.indexOf(gloss) + gloss.length;
    return oneOfAKind(text, text.indexOf(term), { text: gloss, b });
  };
  it("an indefinite kind with nothing after it is one; a definite one, a differentia or more sentence is not", () => {
    expect(at("Pollution is a negative externality.", "Pollution", "a negative externality")).toBe(true);
    expect(
      at("The action potential is an all-or-none phenomenon.", "action potential", "an all-or-none phenomenon"),
    ).toBe(true);
    expect(at("The ovaries are the female gonads.", "ovaries", "the female gonads")).toBe(false);
    expect(
      at("A mutation is a sudden, permanent change in a gene.", "mutation", "a sudden, permanent change in a gene"),
    ).toBe(false);
    expect(
      at("Macroeconomics is an empirical subject, so we measure first.", "Macroeconomics", "an empirical subject"),
    ).toBe(false);
    expect(at("Early on, pollution is a negative externality.", "pollution", "a negative externality")).toBe(false);
  });
});
