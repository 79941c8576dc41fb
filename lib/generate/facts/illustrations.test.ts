// Names, dates and numbers the text uses to illustrate, or that are no names at all, are not asked.
import { describe, expect, it } from "vitest";
import { generateDeck } from "..";
import { readerScene } from "./sentence";
import { bridges } from "./context";
import { EntityRegistry } from "./entities";
import { firstClause } from "./name-facts";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { expositionTrivia } from "../items/deck-builder";

const deck = (text: string) =>
  generateDeck([{ id: "d", title: text.split("\n")[0]!, text }], {
    seed: 1,
    lexicon: loadWordNet()!,
    maxItemsPer1000Words: 1000,
  }).items;

describe("illustrations and non-names", () => {
  it("a scene set for the reader is an illustration", () => {
    expect(readerScene("Suppose you were given the task of mapping New York City.")).toBe(true);
    expect(readerScene("You could do a much better job from a helicopter over Times Square.")).toBe(true);
    expect(readerScene("“You will not win,” Tokayev told the protesters in Almaty.")).toBe(false);
    const items = deck(
      "The Galaxy\n\nSuppose you were given the task of mapping New York City from Times Square. William Herschel counted stars in 683 regions of the sky in 1785. Herschel concluded that the Galaxy has the shape of a disk.",
    );
    expect(items.some((i) => /New York City|Times Square/.test(i.answer + i.prompt))).toBe(false);
    expect(items.some((i) => /Herschel/.test(i.answer + i.prompt))).toBe(true);
  });
  it("an era is no organisation, and a clause after a comma says nothing about the name before it", () => {
    const items = deck(
      "Crete\n\nBy 2000 BCE, a unique culture had developed on the Aegean island of Crete, reaching its height around 1600 BCE. The Minoans built palaces at Knossos and Phaistos. The Minoans traded with Egypt and Cyprus.",
    );
    expect(items.some((i) => /\bBCE\?/.test(i.prompt) || i.answer === "BCE")).toBe(false);
  });
});

describe("who is a person", () => {
  it("two capitalised words are a person only with strong evidence (a title, a first name, a role)", () => {
    const reg = new EntityRegistry();
    for (let k = 0; k < 4; k++) reg.add("New Jersey", "person", false);
    reg.add("John Marshall", "person", true);
    reg.add("Leo III", "person", true);
    reg.finalize();
    expect(reg.kindOf("New Jersey")).not.toBe("person");
    expect(reg.kindOf("John Marshall")).toBe("person");
    // a surname-style option is never a regnal number
    expect(reg.displayAs(reg.canon("Leo III"), "S")).not.toBe("III");
  });
});

describe("a who-question keeps the name's own clause", () => {
  it("a second clause with its own subject is cut", () => {
    expect(
      firstClause(" did not live long after Muhammad, and the conquest movement did not stop with his leadership."),
    ).toBe(" did not live long after Muhammad.");
    expect(firstClause(" says the elite may be gone, and that Tokayev will rule alone.")).toBe(
      " says the elite may be gone, and that Tokayev will rule alone.",
    );
  });
});

describe("a definite noun that points back", () => {
  it("'the appeal' after a sentence about appealing needs that sentence", () => {
    expect(bridges("Russia responded to the appeal swiftly.", "On January 5, he appealed to the CSTO.")).toBe(true);
    expect(
      bridges("The disk is about 2,000 light-years thick.", "Herschel counted stars across the disk of the sky."),
    ).toBe(true);
    expect(bridges("The structure of the atom was unknown.", "Herschel counted stars.")).toBe(false);
    expect(bridges("The state of the economy worsened.", "The state raised taxes.")).toBe(false);
  });
});

describe("the person the documents are about", () => {
  it("is never the blank: the topic gives that name away", () => {
    const lines = [
      "President Amir Temuri opened the new parliament in 2021.",
      "Amir Temuri appointed Dana Vell as foreign minister in March.",
      "Amir Temuri said the reforms would take five years.",
      "Critics of Amir Temuri were arrested in April.",
      "Amir Temuri met Pope Leo in Rome in May.",
      "Amir Temuri signed the budget in June.",
      "Amir Temuri fired the cabinet in July.",
      "Amir Temuri called early elections in August.",
      "Amir Temuri won the vote in October.",
    ];
    const items = deck("Reforms\n\n" + lines.join(" "));
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((i) => /Temuri/.test(i.answer))).toBe(false);
  });
});

describe("questions about dates and people read as English", () => {
  const TEXT =
    "The Adams Years\n\nJohn Adams was the second president. In 1797, Adams sought a diplomatic solution to the conflict with France and dispatched envoys to negotiate terms. In 1800, another close election swung the other way, and Thomas Jefferson began a long period of Democratic-Republican government. James Madison served as secretary of state. James Monroe went to France. President Adams signed the Alien and Sedition Acts. Alexander Hamilton led the Federalists.";

  it("a second verb joined by 'and' takes the question's tense, and a second clause is left out", () => {
    const prompts = deck(TEXT).map((i) => i.prompt);
    const q1797 = prompts.find((p) => p.includes("diplomatic solution"));
    if (q1797?.startsWith("In what year")) expect(q1797).toContain("and dispatch envoys");
    expect(prompts.some((p) => /^In what year did .* and dispatched/.test(p))).toBe(false);
    expect(prompts.some((p) => /^In what year did .*, and Thomas Jefferson began/.test(p))).toBe(false);
  });

  it("options for a full name are full names, never a bare surname", () => {
    for (const i of deck(TEXT).filter((i) => i.type === "mcq" && i.kind === "person" && i.answer.includes(" ")))
      expect(i.options!.filter((o) => !o.includes(" "))).toEqual([]);
  });
});

describe("a surname two people share", () => {
  it("is not an answer alone", () => {
    const items = deck(
      "Adams\n\nJohn Adams was the second president. His son John Quincy Adams became president in 1825. Once in office, Adams pushed for internal improvements and a national university. Henry Clay supported Adams in the House.",
    );
    expect(items.filter((i) => i.answer === "Adams").map((i) => i.prompt)).toEqual([]);
  });
});

describe("an author's or an interviewee's bio", () => {
  it("is not asked", () => {
    const items = deck(
      "Kazakhstan\n\nTokayev asked the Collective Security Treaty Organization for help on January 5. Russia sent 3,000 paratroopers to Almaty on January 6.\n\n(Aditi Bhaduri is a columnist specialising in Eurasian geopolitics. Views expressed are personal.)",
    );
    expect(items.some((i) => /Bhaduri|columnist/.test(i.answer + " " + i.prompt))).toBe(false);
    expect(items.some((i) => /Tokayev|paratroopers/.test(i.prompt))).toBe(true);
  });
});

describe("an appositive belongs to the noun it follows", () => {
  it("'One of the founders of the NAACP, a brilliant writer and scholar, …' says nothing about the NAACP", () => {
    const items = deck(
      "Du Bois\n\nW. E. B. Du Bois was a civil rights leader. One of the founders of the NAACP, a brilliant writer and scholar, and the first African American to earn a doctorate from Harvard, Du Bois edited The Crisis. The National Association for the Advancement of Colored People (NAACP) fought segregation in the courts.",
    );
    expect(items.some((i) => i.prompt === "What is the NAACP?" && /writer/.test(i.answer))).toBe(false);
  });
  it("'… confirmed by a vote in the U.S. Senate, a function of its role' tells what the vote is, not the Senate", () => {
    const text = (desc: string) =>
      `Judges\n\nThe president nominates a candidate, and the nominee must be confirmed by a majority vote in the United States Senate, ${desc}. The United States Senate held hearings on the nominee in March 2018. The United States Senate confirmed the nominee in April 2018.`;
    const asked = (desc: string) => deck(text(desc)).some((i) => i.prompt === "What is the United States Senate?");
    expect(asked("a function of the Senate’s advice and consent role")).toBe(false);
    expect(asked("a legislative chamber of one hundred elected members")).toBe(true);
  });
  it("in a textbook, an example given in passing and who a person is are trivia", () => {
    const fact = (sentText: string, mergeKey = "date|1750", answer = "1750") => ({
      sentText,
      mergeKey,
      answer,
      kind: mergeKey.split("|")[0] as "date",
    });
    expect(expositionTrivia(fact("Frederick of Prussia, for example, invited Voltaire to Potsdam in 1750."))).toBe(
      true,
    );
    expect(expositionTrivia(fact("For instance, the tariff of 1828 raised duties."))).toBe(true);
    expect(expositionTrivia(fact("Voltaire set an example for the philosophes of Paris in 1750."))).toBe(false);
    const gardner = "Multiple Intelligences Theory was developed by Howard Gardner, a Harvard psychologist.";
    expect(expositionTrivia(fact(gardner, "who|howard gardner"))).toBe(true);
    expect(expositionTrivia(fact(gardner, "person|howard gardner"))).toBe(false);
    // an organisation's bare kind ("What is the Tennessee Valley Authority?" -> "a government corporation")
    const tva = "The Tennessee Valley Authority, a government corporation, provides electricity.";
    expect(expositionTrivia(fact(tva, "def|tennessee valley authority", "a government corporation"))).toBe(true);
    expect(
      expositionTrivia(fact(tva, "def|tennessee valley authority", "a federal agency that builds dams on the river")),
    ).toBe(false);
    // the year a work came out is its bibliography; the year a law was signed is history
    const book = "In 2017, Zenk and Schrock published My Life, by Louis Kenoyer.";
    expect(expositionTrivia(fact(book, "date|2017", "2017"))).toBe(true);
    expect(expositionTrivia(fact("In 1914, Gilbreth wrote the book The Psychology of Management.", "date|1914"))).toBe(
      true,
    );
    expect(expositionTrivia(fact("In 1964, Johnson signed the Civil Rights Act.", "date|1964", "1964"))).toBe(false);
  });
  it("a pronoun in a leading phrase points ahead to the person the sentence names next", () => {
    const items = deck(
      "Schools in Film and Print\n\nThe sociologist Robert Merton studied how American schools sorted students in 1957, and Merton wrote about it for years. In his book High School Confidential, Jeremy Iversen details his experience as a Stanford graduate posing as a student at a California high school in 2006. Iversen said the school was ruled by cliques. Iversen spent a year at the school in Orange County.",
    );
    const iversen = items.find((i) => i.answer === "Jeremy Iversen");
    expect(iversen?.prompt).toMatch(/^In his book High School Confidential, _____ details/);
  });
  it("a pronoun after the sentence's own subject is left as written ('answered Country's call', pP)", () => {
    const items = deck(
      "Immigration\n\nThe newer immigrants practiced unfamiliar religions, specifically Judaism and Catholicism. Growing numbers of Americans resented the waves of new immigrants, resulting in a backlash. The Reverend Josiah Strong fueled the hatred and discrimination in his bestselling book, Our Country: Its Possible Future and Its Present Crisis, published in 1885. In a revised edition that reflected the 1890 census records, he clearly identified undesirable immigrants as a key threat to the moral fiber of the country. Several thousand Americans answered his call by forming the American Protective Association, the chief political activist group to promote legislation curbing immigration into the United States.",
    );
    const apa = items.find((i) => i.answer === "American Protective Association");
    expect(apa?.prompt).toMatch(/answered his call/);
    expect(items.filter((i) => /(?:Judaism|Catholicism|Country|Future|\d{4})’s/.test(i.prompt))).toEqual([]);
    // a pronoun that opens a sentence is still the person named before it
    const led = deck(
      "Presidents\n\nIn 1801 Thomas Jefferson became president of the United States. He bought Louisiana from France in 1803. Jefferson sent Lewis and Clark west in 1804.",
    );
    expect(led.some((i) => /Thomas Jefferson bought|_____ bought Louisiana/.test(i.prompt))).toBe(true);
  });
  it("a pronoun in a leading phrase is never given the name of someone else ('Napoleon Bonaparte’s two terms')", () => {
    const items = deck(
      "Jefferson in Office\n\nThomas Jefferson won the election of 1800 against John Adams. In 1803 Napoleon Bonaparte sold Louisiana to the United States for 15 million dollars.\n\nOver the course of his two terms as president—he was reelected in 1804—Jefferson reversed the policies of the Federalist Party by turning away from urban commercial development. The Federalist Party never recovered from the defeat of 1800.",
    );
    expect(items.length).toBeGreaterThan(2);
    expect(items.filter((i) => /Napoleon Bonaparte’s two terms/.test(i.prompt))).toEqual([]);
  });
});
