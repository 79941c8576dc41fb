// From the blind ratings of pAG (anthropology, economics, business, political science; books no earlier pool drew on):
// a clause read as a term before "refer to as", a generic role read as a term, a judgement or a contrast read as a
// definition, a possessed noun read as the term of a dash's appositive, people read as a doctrine, a made-up example's
// name, a statistic's roll of countries, a publication year, and a body's name spelled out without "the".
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { spellOut } from "../text/abbreviations";
import { termOk } from "./phrase";
import { blankOut, tidy, withScope } from "./prompt";
import { isPluralPhrase } from "./np";
import { Sections } from "./sections";
import { blankInTitle, lintItem } from "../items/lint";
import { isMetaDiscourse } from "./apparatus";
import { openFrame } from "./mention-guards";
import { notDefining } from "./definition-guards";
import { askedOf, clozeItem, judgeDefinitions, readSentence, readTriples } from "./testing";

const wn = loadWordNet()!;
const asked = (text: string, title: string) => askedOf(text, title, wn);
/** for each definition the sentence states: true where it says something of the term without defining it */
const notDef = (text: string) => judgeDefinitions(text, (c, gloss) => notDefining(c, text, gloss));

describe("what is no term", () => {
  it("'what economists sometimes refer to as' names what follows; the clause before it is no term", () => {
    const items = asked(
      "Banks in low-income countries face a special problem. Low-income countries have what economists sometimes refer to as “mattress savings,” or money that people are hiding in their homes because they do not trust banks. When mattress savings in an economy are substantial, banks cannot lend out those funds and the money multiplier cannot operate as effectively.",
      "The Money Multiplier",
    );
    expect(items.filter(([p, a]) => /\bwhat\b/i.test(a) || /term for as\b/.test(p))).toEqual([]);
  });
  it("'the primary reason' is a role in an argument, not a term", () => {
    expect(termOk("primary reason")).toBe(false);
    expect(termOk("major effect")).toBe(false);
    expect(termOk("primary succession")).toBe(true);
    const items = asked(
      "Long-term budget deficits are expected to grow in the coming decades. The primary reason is the “baby boom”—the exceptionally high birthrates that began in 1946, right after World War II, and lasted for about two decades. Retirement programs will pay out more as that generation retires.",
      "Fiscal Policy and the Trade Balance",
    );
    expect(items.filter(([, a]) => /primary reason/i.test(a))).toEqual([]);
  });
  it("'the critics argue that' speaks of people, not of a doctrine ending in -ics", () => {
    const items = asked(
      "The economics approach portrays people as self-interested. For some critics of this approach, even if self-interest is an accurate description of how people behave, these behaviors are not moral. Instead, the critics argue that people should be taught to care more deeply about others. Economists offer several answers to these concerns.",
      "Second Objection",
    );
    expect(items.filter(([, a]) => /^critics$/i.test(a))).toEqual([]);
  });
  it("a noun after 'their own' is someone's, so a dash's appositive does not define it", () => {
    const items = asked(
      "Not all representative systems will tend to advance what Western political regimes increasingly see as the cornerstone of their own political legitimacy—the preservation of a broad range of personal rights and freedoms. Some regimes hold elections without protecting those rights.",
      "Representative Systems",
    );
    expect(items.filter(([, a]) => /legitimacy/i.test(a))).toEqual([]);
  });
});

describe("what is no definition", () => {
  it("a judgement ('a disadvantage of …') fits other things too", () => {
    const items = asked(
      "Presidential regimes separate the executive from the legislature. Political polarization is a disadvantage of presidential regimes that presents a cause for concern for the enactment of public policy. Gridlock is another.",
      "Presidential Regimes",
    );
    expect(items.filter(([, a]) => /polarization/i.test(a))).toEqual([]);
  });
  it("what a term covers ('both X and Y') is not what it is", () => {
    const items = asked(
      "Societies grow plants in many ways. This chapter uses the term plant cultivation to refer to both extensive horticulture and intensive agriculture. Horticulture relies on simple tools.",
      "Plant Cultivation",
    );
    expect(items.filter(([, a]) => /^both\b/i.test(a))).toEqual([]);
  });
  it("'X is a Y, however, …' contrasts with the sentence before; 'X, however, is a term for …' still defines", () => {
    expect(
      notDef(
        "Hunting is a prestige activity, however, giving prominence to men who are particularly successful hunters.",
      ),
    ).toEqual([true]);
    expect(
      notDef(
        "Interference, however, is a technical term for the way that multiple waves interact with each other when they arrive in our instruments.",
      ),
    ).toEqual([false]);
  });
});

describe("details nobody needs to learn", () => {
  it("the name of a made-up example", () => {
    expect(readTriples("Start with a hypothetical bank called Singleton Bank.")).toEqual([]);
    expect(readTriples("Consider an imaginary country called Freedonia.")).toEqual([]);
    expect(readTriples("Plants store sugar in a molecule called starch.").length).toBeGreaterThan(0);
  });
  it("countries named by a ranking or a count, and a blank in a ranking", () => {
    const items = asked(
      "Countries differ widely in how well their people live. In 2024, Luxembourg, Denmark, and the Netherlands ranked the highest in quality of life with Switzerland, Finland, and Oman close behind. The majority of the top 10 countries are in western Europe, and the lower end of the scale includes Bangladesh, Venezuela, and Nigeria. Quality of life is a measure of how well people live.",
      "Quality of Life",
    );
    expect(items.filter(([p, a]) => /Bangladesh/.test(a) || /ranked the highest in _____/.test(p))).toEqual([]);
  });
  it("a date question is not built on a relative clause's verb", () => {
    const items = asked(
      "Work hours vary from country to country. In 2019, people who worked in the United States spent an average of about 42 hours per week working. Many worked longer.",
      "Work Hours",
    );
    expect(items.filter(([p]) => /did people who work/.test(p))).toEqual([]);
    const court = asked(
      "The court was divided. In 1857, just days after President Buchanan took the oath of office, the Supreme Court ruled in Dred Scott v. Sandford. The ruling angered the North.",
      "Dred Scott",
    );
    expect(court.filter(([p]) => /did just/.test(p))).toEqual([]);
  });
});

describe("prompts as a reader writes them", () => {
  it("a body's name spelled out takes 'the'", () => {
    const abbrs = new Map([["ECOSOC", "Economic and Social Council"]]);
    expect(spellOut("In recent years ECOSOC has focused on _____.", abbrs, [])).toBe(
      "In recent years the Economic and Social Council (ECOSOC) has focused on _____.",
    );
    expect(spellOut("ECOSOC meets yearly.", abbrs, [])).toBe("The Economic and Social Council (ECOSOC) meets yearly.");
    expect(spellOut("Its ECOSOC meets.", abbrs, [])).toBe("Its Economic and Social Council (ECOSOC) meets.");
    expect(spellOut("BPG binds.", new Map([["BPG", "2,3-bisphosphoglycerate"]]), [])).toBe(
      "2,3-bisphosphoglycerate (BPG) binds.",
    );
  });
  it("a space left out after a comma is put back", () => {
    expect(tidy("known as a lender of last resort,where a country turns")).toBe(
      "known as a lender of last resort, where a country turns",
    );
    expect(tidy("some 1,000 troops")).toBe("some 1,000 troops");
  });
});

describe("from the ratings of pAH", () => {
  it("a word of a work's quoted title is no blank; a blank in a quoted saying may be", () => {
    expect(blankInTitle("“Gendering Human Capital Development in _____”")).toBe(true);
    expect(blankInTitle("“‘No trabajaré pa’ ellos’: Entrepreneurship as a Form of State _____ in Havana, Cuba”")).toBe(
      true,
    );
    expect(blankInTitle("He said, “We must never _____ the union of these states.”")).toBe(false);
  });
  it("a heading's question ('How Do Media and Elections Interact?') names no 'Do Media'", () => {
    const text =
      "How Do Media and Elections Interact?\n\nCandidates rely on the media. There are two avenues for candidates to use the media: free media and paid media.";
    const sections = new Sections();
    sections.addDocument(0, "How Do Media and Elections Interact?", text);
    expect(sections.resolve("There are two avenues for candidates to use the media: _____.", 0, 60, "free media")).toBe(
      "There are two avenues for candidates to use the media: _____.",
    );
  });
  it("'itself an institution' is no term", () => {
    expect(termOk("itself an institution")).toBe(false);
    const items = asked(
      "Institutions shape politics. The news media—often called the fourth branch of government—is itself an institution. Reporters follow its norms.",
      "The Media",
    );
    expect(items.filter(([, a]) => /^itself/.test(a))).toEqual([]);
  });
  it("the member a list names first is not 'the first determinant'; the first stage of a process is", () => {
    const ranked = (text: string) => readSentence(text).filter((c) => c.rel === "superlative");
    expect(ranked("The first determinant of labor productivity is human capital.")).toEqual([]);
    expect(ranked("The first stage of mitosis is prophase.").length).toBe(1);
  });
  it("a sentence about the book's chapters is apparatus", () => {
    const text = "Chapter 10 turns to executives and the executive branch, which includes cabinets and bureaucracies.";
    expect(isMetaDiscourse(text)).toBe(true);
    expect(isMetaDiscourse("Chapter 10 of the Constitution was never written.")).toBe(false);
    const items = asked(`Executives lead governments. ${text} Legislatures make laws.`, "Institutions");
    expect(items.filter(([p]) => /Chapter 10/.test(p))).toEqual([]);
  });
  it("a gloss that leans on 'that question' is no definition", () => {
    expect(
      notDef(
        "Development economics is a branch of economics that often focuses on answering that question and others like it.",
      ),
    ).toEqual([true]);
  });
  it("an example after 'such as' is neither named nor blanked as a list's member", () => {
    expect(
      readTriples(
        "Specifically, A. garhi fossils were found with fossil bones of ruminants, such as antelopes, that displayed numerous cut marks.",
      ),
    ).toEqual([]);
    const text =
      "Ardipithecus possesses numerous traits, such as thin dental enamel, evidence of a reduced canine, and an opposable big toe.";
    const at = text.indexOf("reduced canine");
    expect(openFrame(text, text.slice(0, at), text.slice(at + "reduced canine".length))).toBe(true);
    const plain = "Ardipithecus had a reduced canine.";
    expect(openFrame(plain, "Ardipithecus had a ", ".")).toBe(false);
  });
  it("a name cut before 'for a …' is no name ('a petition for a writ of habeas corpus')", () => {
    expect(
      readTriples("In some countries, this process is referred to as a petition for a writ of habeas corpus.").filter(
        ([, t]) => t === "petition",
      ),
    ).toEqual([]);
  });
});

describe("from the ratings of pAI", () => {
  it("a question keeps the scope its sentence opens with", () => {
    expect(
      withScope(
        "What is the term for the head of the legislative branch?",
        "In a parliamentary system, the executive power is vested in a prime minister, who is also the head of the legislative branch.",
        60,
      ),
    ).toBe("In a parliamentary system, what is the term for the head of the legislative branch?");
    expect(withScope("What is a nation?", "A nation is an identity gleaned from a common culture.", 2)).toBe(
      "What is a nation?",
    );
  });
  it("'the term anthropologists use to encompass …' is asked 'What term do anthropologists use …?'", () => {
    const items = asked(
      "Medical anthropologists study health in its cultural setting. Malady is the term anthropologists use to encompass disease, illness, and sickness. Each malady has a cultural meaning.",
      "Medical Anthropology",
    );
    expect(items.filter(([p]) => /term for the term/.test(p))).toEqual([]);
  });
  it("'an area of controversy' is no term; 'all the other ways' leans on the sentence before", () => {
    expect(termOk("area of controversy")).toBe(false);
    expect(
      notDef(
        "Nontariff barriers are all the other ways that a nation can draw up rules, regulations, inspections, and paperwork to make it more costly to import products.",
      ),
    ).toEqual([true]);
  });
  it("a reminder of another chapter is no part of the prompt", () => {
    const items = asked(
      "Countries protect their industries in several ways. Recall from International Trade that tariffs are taxes that governments impose on imported goods and services. Tariffs raise the price of imports.",
      "Protectionism",
    );
    expect(items.filter(([p]) => /Recall from/.test(p))).toEqual([]);
  });
  it("a 'that is' after a noun and a preposition restates the whole phrase", () => {
    expect(
      readTriples(
        "Second, the choice of a base year for the index number—that is, the year that is automatically set equal to 100—is arbitrary.",
      ).filter(([, t]) => t === "index number"),
    ).toEqual([]);
    expect(readTriples("In the antebellum era—that is, the years before the Civil War—reform spread.").length).toBe(1);
  });
  it("who first proposed a law is no blank for the law", () => {
    const text = "The law of superposition was first proposed in 1669 by the Danish scientist Nicolas Steno.";
    const at = text.indexOf(" was");
    expect(openFrame(text, "The ", text.slice(at))).toBe(true);
  });
  it("'X, meaning <a clause>' says what follows in the case, not what X means", () => {
    const meant = (text: string, title: string) => asked(text, title).filter(([p]) => /^What does “/.test(p));
    expect(
      meant(
        "The relationship between age and turnout is considered curvilinear, meaning younger voters are much less likely to vote. Older voters turn out more.",
        "Voter Turnout",
      ),
    ).toEqual([]);
  });
});

describe("from the ratings of pAJ", () => {
  it("a field in -ics is one ('What is cladistics?'); critics and topics are many", () => {
    expect(isPluralPhrase("cladistics")).toBe(false);
    expect(isPluralPhrase("necropolitics")).toBe(false);
    expect(isPluralPhrase("critics")).toBe(true);
    expect(isPluralPhrase("characteristics")).toBe(true);
  });
  it("a pointer back into the text is cut from a blank's sentence", () => {
    const t = "Allopatric speciation, mentioned previously, is the most common form of speciation event.";
    expect(blankOut(t, 0, "Allopatric speciation".length)).toBe("_____ is the most common form of speciation event.");
  });
  it("'Proponents of dependency theory argue that …' blanks the theory", () => {
    expect(
      readTriples(
        "Proponents of dependency theory argue that the stratification of countries in the international system is based around core countries and periphery countries.",
      ).map(([r, t]) => [r, t]),
    ).toEqual([["naming", "dependency theory"]]);
  });
  it("the writer's 'and we read it as …' is no part of a definition; a property is no kind", () => {
    expect(
      notDef(
        "Elasticity is a ratio of one percentage change to another percentage change and we read it as an absolute value.",
      ),
    ).toEqual([true]);
    const items = asked(
      "Symbols carry many meanings. Symbols are multivocal by nature. A symbol is a thing that stands for something else.",
      "Symbols",
    );
    expect(items.filter(([p]) => /multivocal by nature\?/.test(p))).toEqual([]);
  });
  it("a ranked example and a blank that only leads to the subject are not asked; a cut figure name is garbled", () => {
    expect(
      readSentence("Perhaps the most famous example of press freedom is the Watergate scandal.").filter(
        (c) => c.rel === "superlative",
      ),
    ).toEqual([]);
    const text = "Related to impersonality and professionalization is the concept of neutral competence.";
    expect(openFrame(text, "Related to ", text.slice(26))).toBe(true);
    expect(
      lintItem(clozeItem("The summary in is assuming absolute values for _____.", "price elasticity")).flaws,
    ).toContain("garbled-text");
  });
});

describe("from the ratings of pAK", () => {
  it("what a plural subject is doing ('Regulators are taking action …') is no definition; a gerund that defines is", () => {
    // (no longer read as a definition at all: after "are", an act in -ing is what things are doing)
    expect(notDef("Regulators are taking action against companies that fail to respect consumer privacy.")).toEqual([]);
    expect(notDef("Product placement is putting a product into a film or a show so that viewers see it.")).toEqual([
      false,
    ]);
  });
  it("'the level in the hierarchy' leans on the sentence before", () => {
    expect(notDef("An age grade is the level in the hierarchy.")).toEqual([true]);
  });
  it("a people's own name for a place is not asked", () => {
    expect(
      readTriples(
        "The lake was on the site of what once had been a large volcano, Mount Mazama, known as Moy Yaina by the Indigenous people of the area.",
      ).filter(([, t]) => /Moy Yaina/.test(t ?? "")),
    ).toEqual([]);
  });
});
