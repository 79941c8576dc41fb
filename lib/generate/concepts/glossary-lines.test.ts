// A book's list of key terms ("Cycloalkane: An alkane that contains a ring of carbons."), as blind raters of pool nT
// read its cards: names joined by a dash asked whole, another name asked as one, an article where the text counts the
// thing, "What" for a person's rule. The lines are Organic Chemistry's own (OpenStax).
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { usedAsCount } from "./gloss-shape";
import { askedOf } from "./testing";

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

describe("a thing the text counts", () => {
  it("is written with 'a' or in the plural more often than bare", () => {
    expect(usedAsCount("the cycloalkanes … a cycloalkane … cycloalkanes", "cycloalkane")).toBe(true);
    // (a mass noun: "prejudice" is written bare more often than counted)
    expect(usedAsCount("prejudice … prejudice against … prejudices … a prejudice … prejudice", "prejudice")).toBe(
      false,
    );
  });
});
