// Concept items checked against what blind raters flagged (h14–h16, h31) and context that helps a prompt stand alone.
import { describe, expect, it } from "vitest";
import { deckOf, readSentence as read } from "./testing";
import { dangles, leansOnContext, withoutConnectives } from "./prompt";
import { standAlone } from "./items";
import { initialsIn } from "./gloss-shape";
import { apparatusRanges, cutRanges, isCitationParen, isMetaDiscourse } from "./apparatus";
import { withContext } from "./stand-alone";
import { readerScene } from "../facts/sentence";

const deck = (text: string) => deckOf(text, "Microbes");

describe("from h15's blind rating", () => {
  it("a count is no term ('Two groups, the Sons of Liberty …', 'two distinct components, a small …')", () => {
    expect(
      read(
        "Two groups, the Sons of Liberty and the Daughters of Liberty, led the popular resistance to the Stamp Act.",
      ),
    ).toHaveLength(0);
    // (the members after the count are a classification's, "a small and a large subunit", no term's gloss)
    expect(
      read("Ribosomes exist in the cytoplasm as two distinct components, a small and a large subunit.").filter(
        (c) => c.rel !== "list",
      ),
    ).toHaveLength(0);
  });
  it("a comment, a proportion or an addition in passing is no gloss", () => {
    expect(
      read(
        "They stood up against the corruption (especially the extinguishing of their right to representation) that threatened their liberty.",
      ),
    ).toHaveLength(0);
    expect(
      read(
        "Thus, the higher the number (the closer to that one person having all the income), the more inequality there is.",
      ),
    ).toHaveLength(0);
    expect(
      read("Repaying these debts, or even paying the interest on them, is more challenging for nations."),
    ).toHaveLength(0);
    expect(
      read("Half this distance—that is, the distance from the center of the ellipse to one end—is the semimajor axis."),
    ).toHaveLength(0);
    expect(read("If we slide the pencil all around the tacks, the curve that results is an ellipse.")).toHaveLength(0);
  });
  it("'In regression, an individual acts …' names regression; 'their' is the individual's", () => {
    const c = read("In regression, an individual acts much younger than their age.")[0];
    expect([c?.term.text, c?.cue]).toEqual(["regression", "frame"]);
    expect(read("In addition, a person must pay taxes.")).toHaveLength(0);
    expect(leansOnContext("In _____, an individual acts much younger than their age.")).toBe(false);
    expect(leansOnContext("While everyone uses _____, Freud believed that overuse of them may be problematic.")).toBe(
      true,
    );
    expect(leansOnContext("On the other end is a base sequence that matches the _____.")).toBe(true);
  });
  it("'a period known as the latency period (6 years to puberty)' is a naming; 'Freud's third stage … is the phallic stage'", () => {
    expect(
      read("Following the phallic stage is a period known as the latency period (6 years to puberty).")[0]?.term.text,
    ).toBe("latency period");
    expect(
      read(
        "Freud’s third stage of psychosexual development is the phallic stage (3–6 years), corresponding to the age when children become aware.",
      ).find((c) => c.rel === "superlative")?.cue,
    ).toBe("What is Freud’s third stage of psychosexual development?");
  });
  it("a vague genus ('a particular sequence of nucleotides') asks for no term", () => {
    const items = deck(
      "Genes. A region at the beginning of the gene called a promoter—a particular sequence of nucleotides—triggers the start of transcription. The promoter is recognized by RNA polymerase.",
    );
    expect(items.some((i) => i.prompt === "What is the term for a particular sequence of nucleotides?")).toBe(false);
  });
});

describe("the reason for a name, cut only where the sentence goes on", () => {
  it("'Sometimes called _____ because …, excise taxes have …' keeps its reason (no subject before the cue)", () => {
    const p =
      "Sometimes called _____ because they tend to be applied to goods like alcohol, excise taxes have a regressive quality, since the tax paid, does not increase at the same rate as income.";
    expect(standAlone(p)).toBe(p);
  });
});

describe("a classification with glosses in parentheses", () => {
  it("'…: metals (elements that are shiny …—shaded yellow); nonmetals (elements that …)' defines each, the figure pointer cut", () => {
    const cs = read(
      "We can sort the elements into classes: metals (elements that are shiny and good conductors of heat—shaded yellow); nonmetals (elements that appear dull—shaded green); and metalloids (elements that conduct heat moderately well).",
    ).filter((c) => c.cue === "paren");
    expect(cs.map((c) => [c.term.text, c.gloss?.text])).toEqual([
      ["metals", "elements that are shiny and good conductors of heat"],
      ["nonmetals", "elements that appear dull"],
      ["metalloids", "elements that conduct heat moderately well"],
    ]);
  });
});

describe("from h16's blind rating", () => {
  it("a gloss after a preposition, an ordinal or a unit, and a case-study person, are no definitions", () => {
    const items = deck(
      "Radiation. Microwaves are small in comparison to radio waves, the next on the spectrum. Here F stands for the energy flux (in units of watts per square meter). A ceramic cup—from which water has been removed by baking—stays cool. A recent example is the Tax Cuts and Jobs Act of 2017, passed in December.",
    );
    for (const p of ["the next on the spectrum", "in units of", "from which water", "Tax Cuts"])
      expect(
        items.some((i) => i.prompt.includes(p) && /^What is the term for/.test(i.prompt)),
        p,
      ).toBe(false);
  });
  it("'Candace, a 14-year-old girl experiencing problems …' names a person (genus 'girl')", () => {
    const c = read(
      "Candace, a 14-year-old girl experiencing problems at school in Connecticut, was referred for an evaluation.",
    )[0];
    expect(c?.genus).toBe("girl");
  });
  it("'The six types of synovial joints are pivot, hinge, …' lists kinds named by their modifiers", () => {
    const c = read(
      "The six types of synovial joints are pivot, hinge, condyloid, saddle, plane, and ball-and-socket joints.",
    ).find((x) => x.rel === "list");
    expect(c?.adjectival).toBe(true);
    expect(c?.members).toHaveLength(6);
  });
});

describe("context that helps", () => {
  const s = (text: string, prevText: string) => ({ doc: 0, start: 0, end: text.length, text, prevText });
  it("a question before, or a sentence that never names the pointed noun, is no context", () => {
    expect(
      withContext(
        "To understand the answers to these questions, we separate firms into two groups: _____.",
        s("x", "Third: Who makes the decisions about when a firm will issue stock?"),
      ),
    ).toBeNull();
    expect(
      withContext(
        "This new version of the test was called the _____.",
        s("x", "Norming and standardizing the test ensures that new scores are reliable."),
      ),
    ).toBeNull();
    expect(
      withContext(
        "This version of the test was called the _____.",
        s("x", "Terman revised the test and published a new version in 1916."),
      ),
    ).toMatch(/^Terman revised/);
  });
  it("'(1 nanometer = 10^–9 meters; see Appendix D)' is apparatus; 'a large submuscular bursa' is no term", () => {
    expect(isCitationParen("1 nanometer = 10^–9 meters; see Appendix D")).toBe(true);
    expect(read("A large submuscular bursa, the trochanteric bursa, is found at the lateral hip.")).toHaveLength(0);
  });
});

describe("from h14's blind rating", () => {
  it("a sentence that starts in lower case (the rest of a figure or an equation) is not read", () => {
    expect(
      read("shows the classical pathway, which requires antibodies of the adaptive immune response."),
    ).toHaveLength(0);
  });
  it("'White flight refers to …' is asked without an article; 'a body of law known as trade secrets' gives no card", () => {
    const items = deck(
      "Suburbs. In the United States, White flight refers to the migration of economically secure White people from racially mixed urban areas toward the suburbs. White flight changed many cities. There is also a body of law known as trade secrets. Trade secrets protect recipes.",
    );
    expect(items.some((i) => /^What is a White flight/.test(i.prompt))).toBe(false);
    expect(items.some((i) => i.answer === "a body of law")).toBe(false);
  });
});

describe("one of a series named before", () => {
  it("'A third candidate, _____, …' leans on the candidates before", () => {
    expect(leansOnContext("A third candidate, _____, the Speaker of the House, hailed from Kentucky.")).toBe(true);
  });
});

describe("from h31's blind rating (pharmacology, accounting, finance, population health, statistics)", () => {
  const deckH = (text: string) => deckOf(["Heart and Business", "", text].join("\n"), "Heart and Business");
  it("a modal before 'occur when' is no part of the term ('Dysrhythmias can occur when …')", () => {
    expect(read("Dysrhythmias can occur when the conduction system loses its blood supply.")[0]?.term.text).toBe(
      "Dysrhythmias",
    );
  });
  it("'the medical term for X' is asked as 'What term refers to X?'", () => {
    const items = deckH("Angina is the medical term for chest pain caused by cardiac ischemia. Angina is common.");
    expect(items.map((i) => i.prompt)).toContain("What term refers to chest pain caused by cardiac ischemia?");
  });
  it("a definition's answer stops before a second clause; a long one before its examples", () => {
    const items = deckH(
      "Preload is the amount of blood that returns to the heart, afterload is the resistance the heart pumps against. Preload rises with fluids. Alignment refers to the actions of the nurse or a health care system to understand the needs of a community and implement mechanisms to address health inequities such as investing in ridesharing programs. Alignment takes years.",
    );
    const texts = items.map((i) => i.prompt + " => " + i.answer);
    expect(texts.some((t) => /afterload/.test(t))).toBe(false);
    expect(texts.some((t) => /ridesharing/.test(t))).toBe(false);
    expect(texts.some((t) => /preload/i.test(t))).toBe(true);
  });
  it("no item where the name goes the other way ('in legal terms') or the answer's initials stand in the gloss", () => {
    const items = deckH(
      "Individual owners are sole proprietors in legal terms. Sole proprietors own firms. Cardiac output is a function of heart rate (HR) and stroke volume (SV): CO = HR × SV. Cardiac output falls in shock.",
    );
    expect(items.filter((i) => /legal terms|CO = HR/.test(i.prompt))).toEqual([]);
  });
  it("initials are letters of the term's words ('CO' for cardiac output), whatever else the term holds", () => {
    expect(initialsIn("a function of heart rate (HR) and stroke volume (SV): CO = HR × SV", "cardiac output")).toBe(
      true,
    );
    expect(initialsIn("a network that links computers at one site", "(LAN) local area network")).toBe(false);
  });
  it("a denial names no cause ('… has not led to higher quality')", () => {
    const items = deckH(
      "The high spending rate per person has not led to higher health care quality in the United States.",
    );
    expect(items.filter((i) => /^What led to/.test(i.prompt))).toEqual([]);
  });
  it("'this practice' after a 'When …,' clause is that clause; a possessive 'your' is no scene for the reader", () => {
    const items = deckH(
      "When an individual thinks about how he or she thinks, this practice is called metacognition. Metacognition helps learners plan.",
    );
    expect(items.map((i) => i.prompt)).toContain(
      "When an individual thinks about how he or she thinks, this practice is called _____.",
    );
    expect(leansOnContext("This practice is called _____.")).toBe(true);
    expect(
      readerScene("Flavell divided the theory into planning, tracking, and assessing your own understanding."),
    ).toBe(false);
    expect(readerScene("If you place a hand under the shower, the water feels warm.")).toBe(true);
  });
  it("an aside pointing to a figure is cut; 'As stated earlier' is dropped or leans on what came before (h32, h33)", () => {
    const t =
      "The organizational chart, as illustrated in Figure 10.2, is the most common way of depicting the hierarchy.";
    expect(cutRanges(t, apparatusRanges(t))).toBe(
      "The organizational chart is the most common way of depicting the hierarchy.",
    );
    // (at the start the phrase is dropped, as a connective is; inside a sentence it still points back)
    expect(withoutConnectives("As stated earlier, a computer’s _____ is software that is essential to its use.")).toBe(
      "A computer’s _____ is software that is essential to its use.",
    );
    expect(leansOnContext("The _____, as noted earlier, is software that is essential to computers.")).toBe(true);
  });
  it("talk about the book, 'previously described' and 'Additional … include' lean on what came before", () => {
    expect(
      isMetaDiscourse("In Introduction to Financial Statements, we addressed the owner’s value in the firm."),
    ).toBe(true);
    expect(leansOnContext("The payment models previously described are the foundation for delivering care.")).toBe(
      true,
    );
    expect(dangles("Additional diagnostic tests include a(n) _____ to assess potassium.")).toBe(true);
    expect(dangles("Additional variables that can cloud a study are called _____.")).toBe(false);
  });
});
