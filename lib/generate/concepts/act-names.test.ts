// A noun that names an act is renamed by the doing of it: "collective bargaining, which is the process of negotiating
// …" and "excavation, or removing fossils …" define the term; a process renaming a clause, or one cut to three words,
// defines nothing.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { askedOf, readTriples } from "./testing";

describe("the name of an act", () => {
  it("is defined by the process of doing it", () => {
    expect(
      readTriples(
        "The second phase constitutes collective bargaining, which is the process of negotiating a labor agreement that provides for compensation and working arrangements acceptable to both sides.",
      ),
    ).toContainEqual([
      "definition",
      "collective bargaining",
      "the process of negotiating a labor agreement that provides for compensation and working arrangements acceptable to both sides",
    ]);
  });

  it("is renamed by the doing after ', or'", () => {
    expect(
      readTriples(
        "Archaeologists have developed careful methods of excavation, or removing fossils and artifacts from the ground, in order to learn how people lived.",
      ),
    ).toContainEqual(["definition", "excavation", "removing fossils and artifacts from the ground"]);
  });

  it("but a thing is not, nor is a process cut short", () => {
    expect(
      readTriples(
        "Oxygen dissociates from hemoglobin, which is the process by which tissues receive the oxygen they need.",
      ),
    ).toEqual([]);
    expect(
      readTriples(
        "Marketers use market segmentation, which is the process of separating, identifying, and evaluating markets.",
      ),
    ).toEqual([]);
  });
});

describe("what a thing is doing", () => {
  it("is no definition of it; an act's name is still defined by the doing", () => {
    const asked = askedOf(
      "Digital technology is delivering content anytime, anywhere. Information and communications technology (ICT) is shifting many areas of society to digital experiences and services. Brainstorming is generating many ideas in a group without judging them.",
      "Technology",
      loadWordNet()!,
    );
    expect(asked.filter(([, a]) => /technology|ICT/.test(a))).toEqual([]);
    expect(asked).toContainEqual([
      "What is the term for generating many ideas in a group without judging them?",
      "brainstorming",
    ]);
  });
});

describe("the article of a name the text says with 'the'", () => {
  it("is kept where the defining sentence opens bare", () => {
    const asked = askedOf(
      "Labor force is the number of employed plus the unemployed. The labor force grew in the last decade. Economists watch the labor force closely, and the labor force participation rate too.",
      "Unemployment",
      loadWordNet()!,
    );
    expect(asked).toContainEqual(["What is the labor force?", "the number of employed plus the unemployed"]);
  });

  it("and a plural head before 'of' takes a plural verb", () => {
    const asked = askedOf(
      "The underpinnings of economic growth are investments in physical capital, human capital, and technology, all set in an economic environment where firms and individuals can react to the incentives provided by well-functioning markets and flexible prices. Economists study the underpinnings of economic growth in many countries.",
      "Economic Growth",
      loadWordNet()!,
    );
    expect(asked.map(([p]) => p).filter((p) => p.includes("underpinnings"))).toEqual([
      "What are the underpinnings of economic growth?",
    ]);
  });
});
