// Classifications a teacher asks first ("Name the three types of attachment Ainsworth identified") that the reader
// missed: members after a citation, a comma, a dash or "; these are"; a classifier named by a person; a tie to the
// sentence before in the cue; members that share the class the stem names. The sentences are the books' own.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { lintItem } from "../items/lint";
import { classQuestion, classifying } from "./fact-items";
import { askedOf, clozeItem, readSentence } from "./testing";

const wn = loadWordNet()!;
const listed = (s: string) =>
  readSentence(s)
    .filter((c) => c.rel === "list")
    .map((c) => c.members.map((m) => m.text));
const cued = (prompt: string, answer: string) => lintItem(clozeItem(prompt, answer)).flaws;

describe("the members of a classification", () => {
  it("end at a citation after the last member", () => {
    const s =
      "Based on how the infants/toddlers responded to the separation and reunion, Ainsworth identified three types of parent-child attachments: secure, avoidant, and resistant (Ainsworth & Bell, 1970).";
    expect(listed(s)).toEqual([["secure", "avoidant", "resistant"]]);
    const asked = askedOf(s, "Attachment", wn);
    expect(asked).toContainEqual([
      "Based on how the infants/toddlers responded to the separation and reunion, Ainsworth identified three types of parent-child attachments: _____.",
      "secure, avoidant, and resistant",
    ]);
  });

  it("follow a count and its class after a comma, a dash or '; these are', as many as the count says", () => {
    expect(
      listed(
        "Neurotransmitters bind to one of two classes of receptors at the cell surface, ionotropic or metabotropic.",
      ),
    ).toEqual([["ionotropic", "metabotropic"]]);
    expect(
      listed(
        "MyPlate illustrates five different food groups considered the building blocks for a healthy diet—vegetables, fruits, protein, grains, and dairy.",
      ),
    ).toEqual([["vegetables", "fruits", "protein", "grains", "dairy"]]);
    expect(
      listed(
        "Five functional groups are important in human physiology; these are the hydroxyl, carboxyl, amino, methyl and phosphate groups.",
      ),
    ).toHaveLength(1);
    // (a count the members do not match, or members that go on after the list, announce no classification)
    expect(listed("The study compared two groups of patients, smokers and nonsmokers and former smokers.")).toEqual([]);
    expect(listed("The firm built two plants, one in Ohio and one in Texas, in the same year.")).toEqual([]);
  });

  it("stand when a person is the classifier", () => {
    const asked = askedOf(
      "Freud proposed five stages of development: oral, anal, phallic, latency, and genital.",
      "Freud",
      wn,
    );
    expect(asked).toContainEqual([
      "Freud proposed five stages of development: _____.",
      "oral, anal, phallic, latency, and genital",
    ]);
  });
});

describe("the cue of a classification stands alone", () => {
  it("without its tie to the sentence before", () => {
    expect(classifying("The eye is also divided into two cavities")).toBe("The eye is divided into two cavities");
    expect(classifying("In addition, there are two classes of smaller objects in heliocentric orbits")).toBe(
      "There are two classes of smaller objects in heliocentric orbits",
    );
    expect(classifying("The duodenum can therefore be subdivided into four segments")).toBe(
      "The duodenum can be subdivided into four segments",
    );
    expect(classifying("We can usefully divide elasticities into three broad categories")).toBe(
      "Elasticities can be divided into three broad categories",
    );
  });

  it("is asked where the tie alone made the sentence lean on the one before", () => {
    const text =
      "The eye is the organ of sight. The eye is also divided into two cavities: the anterior cavity and the posterior cavity.";
    expect(askedOf(text, "The Eye", wn)).toContainEqual([
      "The eye is divided into two cavities: _____.",
      "the anterior cavity and the posterior cavity",
    ]);
  });
});

describe("a classification whose sentence leans on the one before", () => {
  it("is asked by the class its cue names, when that class says enough alone", () => {
    expect(classQuestion("Two kinds of appraisals of a stressor are especially important in this regard")).toBe(
      "What are the two kinds of appraisals of a stressor?",
    );
    // (a class of one noun was the subject's: "two types of partners" of a limited partnership)
    expect(classQuestion("A limited partnership has two types of partners")).toBeNull();
    expect(classQuestion("Three types of graphs are used in this book")).toBeNull();
  });

  it("gives a card where the sentence itself could not be asked", () => {
    const text =
      "Stress is appraised.\n\nTwo kinds of appraisals of a stressor are especially important in this regard: primary and secondary appraisals.";
    expect(askedOf(text, "Stress", wn)).toContainEqual([
      "What are the two kinds of appraisals of a stressor?",
      "primary and secondary appraisals",
    ]);
  });
});

describe("members that share the class the stem names give nothing away", () => {
  it("a shared word or a shared ending that is the stem's is no cue", () => {
    expect(
      cued(
        "The nervous system can be divided into two functional parts: _____.",
        "the somatic nervous system and the autonomic nervous system",
      ),
    ).not.toContain("stem-cues-key");
    expect(
      cued(
        "The pharynx is divided into three major regions: _____.",
        "the nasopharynx, the oropharynx, and the laryngopharynx",
      ),
    ).not.toContain("stem-cues-key");
  });

  it("members told apart by a counting prefix, or each holding a word of the stem, are cued", () => {
    expect(
      cued("Three types of polarity emerge in an anarchic system: _____.", "unipolar, bipolar, and multipolar"),
    ).toContain("stem-cues-key");
    expect(cued("Mitosis and meiosis are two kinds of nuclear division: _____.", "mitosis and meiosis")).toContain(
      "stem-cues-key",
    );
    // ("saccharides" is no word of the stem: the prefixes tell the members apart)
    expect(
      cued("Carbohydrates are classified by size: _____.", "monosaccharides, disaccharides, and polysaccharides"),
    ).not.toContain("stem-cues-key");
  });
});
