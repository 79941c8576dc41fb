// Sentences that look like definitions or rankings and are not: the main clause after a fronted clause read as an
// appositive, a participle read as a genus, a part of a figure or a judged phrase read as a term, a clause in
// parentheses read as a gloss, a ranking whose subject holds a verb; and cards asked in the form the sentence uses.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { isApparatusSentence, isMetaDiscourse } from "./apparatus";
import { singularKind } from "./term-questions";
import { askedOf, readSentence } from "./testing";

const wn = loadWordNet()!;
const terms = (s: string) => readSentence(s).map((c) => c.term.text);

describe("what is read as no definition", () => {
  it("reads no appositive after a clause that a connective and a subordinator open", () => {
    // (Introduction to Behavioral Neuroscience; the sentences of these tests are the books' own)
    const s = "Unfortunately, as we reach adulthood, the brain’s ability to reshape and grow new connections declines.";
    expect(terms(s)).not.toContain("adulthood");
  });

  it("reads no appositive after a long participle clause", () => {
    const s =
      "Seeing this as an opportunity to engage with a customer, the company decided to send the man a care package.";
    expect(terms(s)).not.toContain("customer");
  });

  it("takes no participle after an adverb for a genus ('is downward sloping with …')", () => {
    expect(terms("The demand curve is downward sloping with the negative sign for the price of roses.")).toEqual([]);
    // (a bare noun genus still defines: "Income is money earned from work")
    expect(terms("Income is money earned from work or from investments.")).toContain("Income");
  });

  it("takes no part of a figure and no judged phrase for a term", () => {
    expect(terms("The bottom panel is the sampling distribution of the mean for samples of size 30.")).toEqual([]);
    expect(terms("The unique structure is the remnant of a supernova that exploded long ago.")).toEqual([]);
    // (a place word before an anatomical part is a term's own)
    expect(
      terms("The posterior columns are the white matter tracts that carry fine touch to the brain stem."),
    ).toContain("posterior columns");
  });

  it("reads no gloss from a clause in parentheses", () => {
    const s =
      "Adding the enzyme directly to the cytoplasm (thereby skipping the need for receptor activation) induces the change.";
    expect(terms(s)).not.toContain("cytoplasm");
  });
});

describe("rankings whose subject is no noun phrase", () => {
  it("asks nothing of an opinion, a modal's clause or a list shown elsewhere", () => {
    expect(terms("I think my friends are the most important part of my college life.")).toEqual([]);
    expect(
      terms("Newton’s first law may be used to decide whether forces are balanced between parts of a system."),
    ).toEqual([]);
    expect(terms("The first two of the five causes of anemia listed are dietary (or absorptive) problems.")).toEqual(
      [],
    );
    expect(terms("The largest imposed so far were against Exxon, the oil company.")).toEqual([]);
  });
});

describe("cards asked as the sentence says it", () => {
  it("asks 'What are bonuses?' where the sentence defines the plural", () => {
    // (Introduction to Business, OpenStax, "Using Monetary Incentives")
    const asked = askedOf(
      "One popular incentive is the bonus. A bonus is simply a one-time lump-sum monetary award. In many cases, employees receive bonuses for achieving a particular performance level, such as meeting or exceeding a sales quota, and it is not uncommon for bonuses to be substantial. Google created a Founders’ Award and gave millions in restricted stock to the winners when the award was active, a huge spot bonus for great work on a project. On average, yearly bonuses for employees range between 15 and 25 percent, determined by employee performance.\n\nRegardless of their size, bonuses can be an additional way companies recognize employees for a job well done and motivate them to perform at even higher levels. That is because bonuses can vary according to outcomes. Financial incentives that allow variability in compensation to reflect an individual employee’s contribution are generally known as pay-for-performance programs. One of the many companies that use pay-for-performance programs is Allstate, which evaluates employees' individual performance on a scale. The size of the employee's bonus depends on their rating. For example, one employee might receive a bonus of $3,200, but another with the same job title with a higher performance rating might receive $4,000. The pay-for-performance approach can also be used for CEOs. Jane Fraser of Citigroup was the first woman to lead a major U.S. bank when she became CEO in 2021. Her compensation is over $25 million, which includes a base salary and annual bonuses that are tied to the company's performance. Bonuses are a combination of monetary awards as well as equity (stock). Data indicate that over three-quarters of businesses utilize some kind of pay-for-performance structure in their compensation packages. The percentage fluctuates widely by industry with the finance and banking industries offering the highest percentages, as much as 50 percent of the employee's base salary, and retail being the lowest around 2 to 5 percent. The average across all industries is approximately 10 percent.",
      "Motivating Employees",
      wn,
    );
    expect(asked.some(([q]) => /What is bonus\?/.test(q))).toBe(false);
    expect(asked.some(([q]) => q === "What are bonuses?")).toBe(true);
  });

  it("asks 'What is selling bonds?' where the sentence's verb says the phrase is one act", () => {
    const asked = askedOf(
      "Selling bonds is an alternative to an institution taking a loan from a bank. Banks charge interest on loans, and bonds pay interest to the people who buy them. Bonds are sold by governments and by companies.",
      "Bonds",
      wn,
    );
    expect(asked.map(([q]) => q)).toContain("What is selling bonds?");
  });

  it("joins a hyphen a line break split from its word ('so- called'), not a suspended one ('pre- and post-')", () => {
    const asked = askedOf(
      "Arbitration is a private process in which a neutral third party decides a dispute. In most arbitrations (so- called binding arbitrations), the parties agree to be bound by the decision of the arbitrator. Arbitration is faster and cheaper than a trial.",
      "Arbitration",
      wn,
    );
    const prompts = asked.map(([q]) => q).join(" ");
    expect(prompts).toMatch(/so-called/);
    expect(prompts).not.toMatch(/so- called/);
  });

  it("reads a sentence that puts its subject off until later as the text's talk about itself", () => {
    expect(
      isMetaDiscourse("Gauss's law is a powerful mathematical tool that we study in more detail later in the course."),
    ).toBe(true);
    expect(isMetaDiscourse("The influenza virus is an important exception that will be highlighted later.")).toBe(true);
    expect(isMetaDiscourse("The later stages of the disease are more severe.")).toBe(false);
  });

  it("asks which term a field uses, not 'the term for a medical term'", () => {
    const asked = askedOf(
      "Allergy is a medical term describing an exaggerated immune response to a harmless substance such as pollen. Allergies are common in children. The immune system of an allergic person makes antibodies against the pollen grains.",
      "Allergies",
      wn,
    );
    expect(asked.some(([q]) => /term for an? medical term/.test(q))).toBe(false);
    expect(
      asked.some(([q, a]) => /^What term refers to an exaggerated immune response/.test(q) && a === "allergy"),
    ).toBe(true);
  });

  it("asks what name a thinker gave, not 'the term for the name …'", () => {
    // (Introduction to Philosophy, OpenStax, "Hermeneutics" section)
    const asked = askedOf(
      "French philosopher Paul Ricoeur (1913–2005) held that there was nothing that a text says by itself. Perhaps more clearly, he argued that any text is only capable of saying what we say it says. What someone does when they “understand” a literary work or the words of another person in conversation is to create meaning based on the available words. Even if the author of a text were with us to interpret every word, we still could not arrive at “the” meaning of the text, since it is doubtful that we could ever experience the literary work from the same context as the writer (Gill 2019). Discourse is the name Ricoeur assigned to the process of making meaning out of the texts and dialogues that have been presented to us. As opposed to the identification of things in the natural sciences, a process limited in possible meanings, discourse possesses endless interpretative possibilities.",
      "Hermeneutics",
      wn,
    );
    expect(asked.some(([q]) => /term for the name/.test(q))).toBe(false);
    expect(asked).toContainEqual([
      "What name did Ricoeur assign to the process of making meaning out of the texts and dialogues that have been presented to us?",
      "discourse",
    ]);
  });
});

describe("a kind's relative clause said of a plural term", () => {
  it("agrees with 'a type of …'", () => {
    expect(singularKind("a type of cytokine that induce cell movement", "chemokines")).toBe(
      "a type of cytokine that induces cell movement",
    );
    expect(singularKind("a specific type of degree that focus on skills", "professional degrees")).toBe(
      "a specific type of degree that focuses on skills",
    );
    expect(singularKind("a class of pigment cell that are found in the skin", "melanocytes")).toBe(
      "a class of pigment cell that is found in the skin",
    );
    // (a singular term, a modal or a verb that already agrees is left alone)
    expect(singularKind("a type of cell that divide rapidly", "stem cell")).toBe("a type of cell that divide rapidly");
    expect(singularKind("a kind of rock that can float", "pumices")).toBe("a kind of rock that can float");
  });
});

describe("a kind's relative clause after a plural noun", () => {
  it("is left as it is", () => {
    expect(singularKind("a diverse group of filaments that act as cables", "intermediate filaments")).toBe(
      "a diverse group of filaments that act as cables",
    );
  });
});

describe("a pointer whose figure the copy lost", () => {
  it("is no sentence of context before a prompt", () => {
    const text =
      "Physics was not always a separate discipline. It remains connected to other sciences to this day. The word physics comes from Greek, meaning nature.\n\n(See , , and .) Physics as it developed from the Renaissance to the end of the 19th century is called classical physics. Classical physics gives an accurate description of the universe under a wide range of everyday circumstances. (See .) Within one year of their discovery, x rays (for a time called Roentgen rays) were used for medical diagnostics.";
    const asked = askedOf(text, "Physics: An Introduction", wn);
    expect(asked.filter(([q]) => /\bSee\b/.test(q))).toEqual([]);
    expect(isApparatusSentence("See , , and .")).toBe(true);
    expect(isApparatusSentence("See Figure 2 for the results of the survey.")).toBe(false);
  });
});

describe("what a predicate does or compares", () => {
  it("names no term from a progressive verb after 'are'", () => {
    expect(
      terms("Two huge clouds that extend thousands of light-years above the galactic plane are emitting radio waves."),
    ).not.toContain("emitting radio waves");
  });

  it("asks no definition from a comparison with what came before", () => {
    // (College Physics, OpenStax, "Physics: An Introduction")
    const asked = askedOf(
      "A law uses concise language to describe a generalized pattern in nature that is supported by scientific evidence and repeated experiments. Often, a law can be expressed in the form of a single mathematical equation. Laws and theories are similar in that they are both scientific statements that result from a tested hypothesis and are supported by scientific evidence. However, the designation law is reserved for a concise and very general statement that describes phenomena in nature, such as the law that energy is conserved during any process, or Newton’s second law of motion, which relates force, mass, and acceleration by the simple equation F=ma. A theory, in contrast, is a less concise statement of observed phenomena. For example, the Theory of Evolution and the Theory of Relativity cannot be expressed concisely enough to be considered a law. The biggest difference between a law and a theory is that a theory is much more complex and dynamic. A law describes a single action, whereas a theory explains an entire group of related phenomena. And, whereas a law is a postulate that forms the foundation of the scientific method, a theory is the end result of that process.",
      "Models, Theories, and Laws",
      wn,
    );
    expect(asked.filter(([q, a]) => /less concise statement/.test(q + " " + a))).toEqual([]);
  });
});

describe("a ranking's verb", () => {
  it("agrees with the ranked phrase's head, not with a noun of its participle phrase", () => {
    // (Microbiology, OpenStax, "Bacterial Infections of the Circulatory and Lymphatic Systems")
    const q = readSentence(
      "Bacteria are the most common pathogens associated with the development of sepsis, and septic shock.",
    ).find((c) => c.rel === "superlative")?.cue;
    expect(q).toBe("What are the most common pathogens associated with the development of sepsis?");
  });
});
