// Definitions a textbook writes after a comparison or an aside ("As its name suggests, an integral protein is …"), a
// term with its "of" phrase at a sentence's start ("Localization of function is …"), and a subject that describes the
// name a sentence ends on ("The process of producing allergen-specific IgE is called sensitization").
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { askedOf } from "./testing";

const wn = loadWordNet()!;

describe("a definition after a fronted aside", () => {
  it("asks for the term after 'As its name suggests,'", () => {
    const asked = askedOf(
      "The lipid bilayer forms the basis of the cell membrane, but it is peppered throughout with various proteins. Two different types of proteins that are commonly associated with the cell membrane are the integral proteins and peripheral protein. As its name suggests, an integral protein is a protein that is embedded in the membrane. A channel protein is an example of an integral protein that selectively allows particular materials, such as certain ions, to pass into or out of the cell.",
      "The Cell Membrane",
      wn,
    );
    expect(
      asked.some(([q, a]) => /integral protein/.test(q + " " + a) && /embedded in the membrane/.test(q + " " + a)),
    ).toBe(true);
  });

  it("asks no 'term' for a country compared with another ('Like China …, India is a developing country …')", () => {
    const asked = askedOf(
      "Elsewhere in Asia, the United States has good relationships with most other countries, especially South Korea and Japan, which have both followed paths the United States favored after World War II. Like China many decades earlier, India is a developing country with a large population that is expanding and modernizing. Unlike China, India has embraced democracy, especially at the local level.",
      "Foreign Policy",
      wn,
    );
    expect(asked.filter(([q, a]) => a === "India" && /\bterm\b/.test(q))).toEqual([]);
    expect(asked.some(([, a]) => a === "India")).toBe(true);
  });
});

describe("a term with its 'of' phrase opening the sentence", () => {
  it("defines 'localization of function', not 'localization'", () => {
    const asked = askedOf(
      "Localization of function is the concept that circumscribed locations are responsible for specific functions. The neurological exam highlights this relationship. For example, the cognitive functions that are assessed in the mental status exam are based on functions in the cerebrum, mostly in the cerebral cortex.",
      "The Mental Status Exam",
      wn,
    );
    const about = asked.filter(([q, a]) => /localization/i.test(q + " " + a));
    expect(about.length).toBeGreaterThan(0);
    expect(about.every(([q, a]) => /localization of function/i.test(q + " " + a))).toBe(true);
  });
});

describe("a subject that describes the name the sentence ends on", () => {
  it("asks what the name is, answered by the subject", () => {
    const asked = askedOf(
      "Throughout this chapter, we will express embryonic and fetal ages in terms of weeks from fertilization, commonly called conception. The period of time required for full development of a fetus in utero is referred to as gestation (gestare = “to carry” or “to bear”). It can be subdivided into distinct gestational periods.",
      "Embryonic Development",
      wn,
    );
    expect(asked).toContainEqual([
      "What is gestation?",
      "the period of time required for full development of a fetus in utero",
    ]);
  });

  it("asks it that way where the subject holds the name's own words, which would give a blank away", () => {
    const asked = askedOf(
      "The energy required to break a specific covalent bond in one mole of gaseous molecules is called the bond energy. Bond energies are always positive, as energy is needed to break a bond.",
      "Strengths of Covalent Bonds",
      wn,
    );
    expect(asked).toEqual([
      [
        "What is the bond energy?",
        "the energy required to break a specific covalent bond in one mole of gaseous molecules",
      ],
    ]);
  });
});
