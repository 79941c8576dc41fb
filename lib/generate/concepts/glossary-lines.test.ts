// A book's list of key terms ("Cycloalkane: An alkane that contains a ring of carbons."), as blind raters of pool nT
// read its cards: names joined by a dash asked whole, another name asked as one, an article where the text counts the
// thing, "What" for a person's rule. The lines are Organic Chemistry's own (OpenStax).
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { usedAsCount } from "./gloss-shape";
import { askedOf } from "./testing";
import { answerEchoed } from "./giveaways";
import { countMentions } from "./mentions";
import type { TermInfo } from "./terms";
import type { SentenceRecord } from "./types";

const wn = loadWordNet()!;
const text = [
  "Cycloalkanes are alkanes whose carbons form a ring. Cycloalkanes with three to six carbons are common, and the smaller cycloalkanes are strained.",
  "Cycloalkane: An alkane that contains a ring of carbons.",
  "Brønsted–Lowry acid: A substance that donates a hydrogen ion (proton; H+) to a base.",
  "Stereogenic center: An alternative name for a chirality center.",
  "Markovnikov’s rule: A guide for determining the regiochemistry (orientation) of electrophilic addition reactions.",
].join("\n\n");
const asked = askedOf(text, "Key Terms", wn);

describe("a list of key terms", () => {
  it("asks a name joined by a dash whole ('Brønsted–Lowry acid', not 'Lowry acid')", () => {
    expect(asked.map(([, a]) => a)).toContain("Brønsted–Lowry acid");
    expect(asked.map(([, a]) => a)).not.toContain("Lowry acid");
  });

  it("asks another name as one ('What is another name for a chirality center?')", () => {
    expect(asked).toContainEqual(["What is another name for a chirality center?", "stereogenic center"]);
    expect(asked.some(([q]) => /What is stereogenic center/i.test(q))).toBe(false);
  });

  it("asks for one where the text counts the thing ('What is a cycloalkane?')", () => {
    expect(asked.map(([q]) => q)).toContain("What is a cycloalkane?");
  });

  it("asks 'What', not 'Who', of a person's rule", () => {
    expect(asked.map(([q]) => q)).toContain("What is Markovnikov’s rule?");
  });
});

describe("a list of key terms, cased and asked as a teacher writes them", () => {
  const lines = [
    "Hofmann rearrangement: The conversion of an amide into an amine by reaction with Br2 and base.",
    "Polycyclic aromatic compound: A compound with two or more benzene-like aromatic rings fused together.",
    "Wolff–Kishner reaction: The conversion of an aldehyde or ketone into an alkane by reaction with hydrazine and base.",
    "Turnover number: The number of substrate molecules acted on by an enzyme molecule per unit time.",
    "Process C: The circadian rhythm in the timing of sleep and wakefulness.",
  ].join("\n\n");
  const cards = askedOf(lines, "Key Terms", wn);
  const answers = cards.map(([, a]) => a);
  const prompts = cards.map(([q]) => q);

  it("keeps a chemist's name capitalised where the list writes it only at a line's start ('Hofmann')", () => {
    expect(answers).toContain("Hofmann rearrangement");
    expect(answers).not.toContain("hofmann rearrangement");
  });

  it("lowers a word of the language at a line's start, and keeps a name whose letter is capitalised later", () => {
    expect(prompts.join(" ")).toMatch(/polycyclic aromatic compound/);
    expect(prompts.join(" ")).not.toMatch(/Polycyclic|process C/);
  });

  it("asks for one thing where the gloss says 'a', and for the one where it says 'the'", () => {
    expect(prompts).toContain("What is a polycyclic aromatic compound?");
    expect(prompts).toContain("What is the turnover number?");
  });

  it("asks 'the' of a reaction named after people", () => {
    expect(prompts).toContain("What is the Wolff–Kishner reaction?");
  });
});

describe("a thing the text counts", () => {
  it("is written with 'a' or in the plural more often than bare", () => {
    expect(usedAsCount("the cycloalkanes … a cycloalkane … cycloalkanes", "cycloalkane")).toBe(true);
    // (a mass noun: "prejudice" is written bare more often than counted)
    expect(usedAsCount("prejudice … prejudice against … prejudices … a prejudice … prejudice", "prejudice")).toBe(
      false,
    );
  });
});

describe("a question that echoes its answer", () => {
  it("is seen where a word of the answer opens as a word of the gloss does", () => {
    expect(answerEchoed("a species containing a positively charged, divalent halogen", "halonium ion")).toBe(true);
    expect(
      answerEchoed("the conjugate addition of an enamine to an unsaturated ketone", "Stork enamine reaction"),
    ).toBe(true);
    // (the head noun is the options' shared kind; "trans-" opens too many words to tell anything)
    expect(answerEchoed("a reaction of two esters", "Claisen condensation reaction")).toBe(false);
    expect(answerEchoed("the transfer of a phosphate group", "transcription factor")).toBe(false);
  });
});

describe("a Markdown list of key terms", () => {
  it("reads a bullet's first word as a line's start, not as a capital in mid-sentence", () => {
    const records = [
      { text: "- Heterocycle: A cyclic molecule whose ring contains more than one kind of atom.", lead: "" },
      { text: "Pyridine is a heterocycle that contains five carbon atoms and one nitrogen atom.", lead: "" },
    ] as unknown as SentenceRecord[];
    const t = { key: "heterocycle", forms: new Map([["heterocycle", 2]]) } as unknown as TermInfo;
    expect(countMentions([t], records).get(t)).toMatchObject({ lower: 1, capitalised: 0 });
  });
});
