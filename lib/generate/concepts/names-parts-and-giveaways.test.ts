// From the blind ratings of pAC (anatomy, philosophy, world history): a person read as a term behind an irregular
// participle, an open question read as a definition, a part named by its place alone, a ranking word read into a term,
// an answer given away by a word made from it, a citation left in an answer, and a mention of a term the deck asks
// where the text defines it.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { derivedAnswerWordIn, derivedWordIn } from "../items/option-flaws";
import { normAnswer } from "../text/words";
import { genusOf } from "./definitions";
import { termOk } from "./phrase";
import { askedOf } from "./testing";
import type { TermInfo, TermInventory } from "./terms";
import { Wholes } from "./wholes";

const wn = loadWordNet()!;
const term = (display: string, doc: number) =>
  ({ display, docs: new Set([doc]), proper: false }) as unknown as TermInfo;
const asked = (text: string, title: string) => askedOf(text, title, wn);

describe("people and open questions are no terms", () => {
  it("the genus stops before an irregular participle, so a person's appositive is no term's definition", () => {
    expect(genusOf("an Alexandrian Jewish ambassador sent to Rome following the riots")).toBe("ambassador");
    expect(genusOf("a custom adopted from the Greeks")).toBe("custom");
    const items = asked(
      "Philo, an Alexandrian Jewish ambassador sent to Rome following the riots of 38 CE, recounts in his Embassy to Gaius how past emperors granted his people privileges. Philo contrasts Caligula’s hostility toward Jewish people with Augustus’s approval of Judaism.",
      "Rome and the Jews",
    );
    expect(items.filter(([, a]) => /^philo$/i.test(a))).toEqual([]);
  });
  it("'The precise cause is a matter of speculation' says what is unknown, not what a thing is", () => {
    const items = asked(
      "Mapungubwe was abandoned around 1300. The precise cause is a matter of speculation, though evidence suggests that the region was subject to a dramatic period of climate change at this time.",
      "Mapungubwe",
    );
    expect(items.filter(([p, a]) => /precise cause/i.test(p) || /speculation/.test(a))).toEqual([]);
    expect(termOk("precise cause")).toBe(false);
    expect(termOk("causal inference")).toBe(true);
  });
  it("a word that singles out or ranks a thing is no part of its name ('sole mansa', 'abundant cell')", () => {
    expect(termOk("sole mansa")).toBe(false);
    expect(termOk("abundant cell")).toBe(false);
    expect(termOk("mesenchymal cell")).toBe(true);
    expect(termOk("hyaline cartilage")).toBe(true);
  });
});

describe("a part named by its place", () => {
  const text =
    "The scapula is a flat, triangular-shaped bone with a prominent ridge running across its posterior surface. The inferior angle is the most inferior portion of the scapula, and is particularly important because it serves as the attachment point for several powerful muscles.";
  it("is not asked 'What is the inferior angle?' (of which bone?)", () => {
    const items = asked(text, "The Pectoral Girdle");
    expect(items.filter(([p]) => p === "What is the inferior angle?")).toEqual([]);
    expect(items.some(([, a]) => a === "scapula")).toBe(true);
  });
});

describe("an answer given away by a word made from it", () => {
  it("a follower's name gives the teaching away ('Daoists … the _____' -> dao)", () => {
    expect(
      derivedWordIn(normAnswer("Daoists claim that we act morally when we act in accord with the _____"), "dao"),
    ).toBe(true);
    expect(derivedWordIn(normAnswer("Confucian scholars wrote about the _____"), "dao")).toBe(false);
  });
  it("the word that sets a longer answer apart gives it away; its head and a plural do not", () => {
    expect(derivedAnswerWordIn(normAnswer("The _____ is an approach that values caring"), "ethics of care")).toBe(true);
    expect(derivedAnswerWordIn(normAnswer("which can heat them an effect called _____"), "tidal heating")).toBe(false);
    expect(derivedAnswerWordIn(normAnswer("two basic cell types: _____"), "glial cells and neurons")).toBe(false);
  });
});

describe("a field's focus", () => {
  it("an in-text citation is no part of the answer", () => {
    const items = asked(
      "Ethics is the broad study of morality and is often divided into metaethics, normative ethics, and applied ethics.\n\nMetaethics\n\nMetaethics focuses on moral reasoning and “whether morality exists” (Dittmer 1995). Metaethics asks where moral values come from. Moral realism is the view that moral facts exist independently of us.\n\nNormative Ethics\n\nNormative ethics asks how people ought to act. A normative moral theory is a systematized account of morality.",
      "Metaethics",
    );
    const focus = items.find(([p]) => p === "What does metaethics focus on?");
    expect(focus?.[1]).toBe("moral reasoning and “whether morality exists”");
  });
});

describe("a whole named in full", () => {
  it("'the tube' under the heading 'The Uterine Tubes' is the uterine tube", () => {
    const items = asked(
      "Ovaries\n\nThe ovaries are the female gonads.\n\nThe Uterine Tubes\n\nThe uterine tubes serve as the conduit of the oocyte from the ovary to the uterus. Each of the two uterine tubes is close to, but not directly connected to, the ovary. The middle region of the tube, called the ampulla, is where fertilization often occurs. The uterine tube has three layers.",
      "The Ovarian Reproductive System",
    );
    expect(items.some(([p]) => p.startsWith("The middle region of the uterine tube, called the _____"))).toBe(true);
  });
  it("'the spindle' is the section's mitotic spindle where the section mostly says so", () => {
    const wholes = new Wholes([term("mitotic spindle", 0)]);
    const inv = { says: (_d: number, p: string) => (p === "mitotic spindle" ? 4 : 5) } as unknown as TermInventory;
    expect(wholes.resolve("What is the plane through the center of the spindle?", 0, "metaphase plate", inv)).toBe(
      "What is the plane through the center of the mitotic spindle?",
    );
    // (a text that says "the spindle" mostly of other spindles, or a question frame, is left as it is)
    const rare = { says: (_d: number, p: string) => (p === "mitotic spindle" ? 1 : 5) } as unknown as TermInventory;
    expect(wholes.resolve("The spindle grows.", 0, "x", rare)).toBe("The spindle grows.");
    expect(wholes.resolve("What is the term for a protein?", 0, "x", inv)).toBe("What is the term for a protein?");
  });
});

describe("a name's class alone", () => {
  it("'a tentative explanation, called a(n) _____' -> hypothesis is no blank", () => {
    const items = asked(
      "Science is a way of knowing about the world. To apply the scientific method, a researcher with a question about how or why something happens will propose a tentative explanation, called a hypothesis, to explain the phenomenon. A theory is a well-developed set of ideas that propose an explanation for observed phenomena. The scientific method is a process of testing ideas against observations.",
      "Psychology as a Science",
    );
    expect(items.filter(([, a]) => a === "hypothesis")).toEqual([]);
  });
});
