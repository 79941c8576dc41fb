// Regression tests for item-writing bugs seen in the sample deck (one test per bug, named after it).
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { generateDeck, lintItem, normAnswer } from "./index";
import { cuedByPrompt } from "./distractors/entities";
import { prevContentWordAt } from "./distractors/context-words";
import { endQ } from "./text/prompt";
import { placeType } from "./lexicon";
import type { Item, SourceDocument } from "./types";
import { sharedPath } from "@/lib/testing/shared";
import { loadWordNet } from "@/lib/lexicon/wordnet";

const cite = (quote: string) => [{ documentId: "d", start: 0, end: quote.length, quote }];
const mcq = (over: Partial<Item>): Item => ({
  id: "x",
  type: "mcq",
  kind: "number",
  prompt: "",
  answer: "",
  options: [],
  citations: [],
  ...over,
});

/** A one-document deck without the size cap (small texts would otherwise yield only a couple of items). */
/** Every item form a text supports: no size cap and no limit per sentence. */
const uncapped = (text: string, seed = 1) =>
  generateDeck([{ id: "t", title: "t", text }], { seed, maxItemsPer1000Words: 1000, maxItemsPerSentence: 4 }).items;
/** A document: a title line, then paragraphs separated by blank lines. */
const doc = (title: string, ...paragraphs: string[]) => [title, ...paragraphs].join("\n\n");
const POP =
  "In December 1991, when Kazakhstan declared its independence from the Soviet Union, the population of ethnic Kazakhs made up around 40 percent of the population.";
const TODAY = "Today, they account for around 70 percent.";
const SHORT_CTX_DOC = [
  "Kazakhstan in Numbers",
  "",
  `${POP} ${TODAY}`,
  "",
  "The census of 2009 counted around 16 million people. Another survey in 2015 found around 17 million people. Around 25 percent of the residents lived in Almaty in 2019, and around 55 percent lived in villages. Around 12 percent were young.",
].join("\n");

describe("quality regressions", () => {
  it("distractor-in-prompt: a wrong option never appears in the prompt (e.g. in the context sentence)", () => {
    const bad = mcq({
      prompt: `${POP} Today, they account for around _____.`,
      answer: "70 percent",
      options: ["70 percent", "40 percent", "30 percent", "90 percent"],
      citations: cite(TODAY),
    });
    expect(lintItem(bad).flaws).toContain("distractor-in-prompt");
    const decade = mcq({
      kind: "date",
      prompt: "… or even communist China in the _____ and ’90s, supported by the West.",
      answer: "1980s",
      options: ["1980s", "1990s", "1970s", "1950s"],
      citations: cite("… or even communist China in the 1980s and ’90s, supported by the West."),
    });
    expect(lintItem(decade).flaws).toContain("distractor-in-prompt");
    const deck = generateDeck([{ id: "k", title: "Kazakhstan in Numbers", text: SHORT_CTX_DOC }], { seed: 1 });
    for (let seed = 1; seed <= 8; seed++) {
      for (const it of generateDeck([{ id: "k", title: "t", text: SHORT_CTX_DOC }], { seed }).items) {
        if (it.type !== "mcq") continue;
        const np = " " + normAnswer(it.prompt) + " ";
        for (const o of it.options!) if (o !== it.answer) expect(np.includes(" " + normAnswer(o) + " ")).toBe(false);
      }
    }
    expect(deck.items.length).toBeGreaterThan(0);
  });

  it("stray-punctuation: no period or comma left before a closing quote and the question mark", () => {
    expect(endQ("Who said that “the protests were organised by the government.”")).toBe(
      "Who said that “the protests were organised by the government”?",
    );
    expect(endQ("Which country builds and finances infrastructure.")).toBe(
      "Which country builds and finances infrastructure?",
    );
    expect(endQ("Who warned that “this is a trap,”")).toBe("Who warned that “this is a trap”?");
    const it = mcq({
      kind: "person",
      type: "flashcard",
      options: undefined,
      prompt: "Who said that “the protests were organised by the government.”?",
      answer: "Ivan Petrov",
      citations: cite("Ivan Petrov said that “the protests were organised by the government.”"),
    });
    expect(lintItem(it).flaws).toContain("stray-punctuation");
  });

  it("stray-capital: removing an opening quote after a comma lowercases a common word", () => {
    const text = doc(
      "Analysts on the Troops",
      'According to Tajik analyst Parvaiz Mullajanov, "The entry of the CSTO troops into Kazakhstan is a precedent, that is, an absolutely new phenomenon for this organisation. It may change the region for years." Other experts disagreed with him in 2022.',
    );
    for (let seed = 1; seed <= 6; seed++) {
      for (const it of generateDeck([{ id: "t", title: "t", text }], { seed }).items) {
        expect(it.prompt).not.toMatch(/, The entry/);
      }
    }
    const bad = mcq({
      kind: "person",
      prompt: "According to Tajik analyst _____, The entry of the CSTO troops into Kazakhstan is a precedent.",
      answer: "Parvaiz Mullajanov",
      options: ["Parvaiz Mullajanov", "Aiman Zhussupova", "John Herbst", "William Courtney"],
      citations: cite(text),
    });
    expect(lintItem(bad).flaws).toContain("stray-capital");
  });

  it("city-as-actor: a city acting like a person is asked as a capital (or not at all), never 'which city'", () => {
    const text = doc(
      "Moscow and the Crisis",
      "Sensitive to popular sentiment in Kazakhstan, Moscow has been careful from the outset to limit the mandate of the force. Washington has said little about the crisis so far. Minsk and Yerevan have sent small contingents. Astana was renamed in 2019.",
    );
    for (let seed = 1; seed <= 6; seed++) {
      for (const it of generateDeck([{ id: "m", title: "t", text }], { seed }).items)
        expect(it.prompt).not.toMatch(/\bwhich city\b/i);
    }
    const bad = mcq({
      kind: "place",
      prompt: "Sensitive to popular sentiment in Kazakhstan, which city has been careful from the outset?",
      answer: "Moscow",
      options: ["Moscow", "Astana", "Minsk", "Washington"],
      citations: cite("Moscow has been careful from the outset."),
    });
    expect(lintItem(bad).flaws).toContain("city-as-actor");
  });

  it("key-unique-subtype: the key is never the only option of its subtype (a country among regions, a city among countries)", () => {
    expect(placeType("America")).toBe("country");
    expect(placeType("Europe")).toBe("region");
    expect(placeType("Moscow")).toBe("city");
    const bad = mcq({
      kind: "place",
      prompt: "Indeed, the oil-rich country boasts _____’s largest direct investments in the region.",
      answer: "America",
      options: ["America", "Europe", "Central Asia", "Eastern Europe"],
      citations: cite("Indeed, the oil-rich country boasts America’s largest direct investments in the region."),
    });
    expect(lintItem(bad).flaws).toContain("key-unique-subtype");
    // an option named by a word of the prompt ("The Kazakh leadership" -> Kazakhstan) is not a plausible wrong answer
    expect(cuedByPrompt("Kazakhstan", new Set(["kaza", "west"]))).toBe(true);
    expect(cuedByPrompt("Belarus", new Set(["kaza", "west"]))).toBe(false);
  });

  it("parenthetical-hint: a parenthetical right after the blank is removed from the prompt", () => {
    const text = doc(
      "The Treaty",
      "Article 4 of the Collective Security Treaty (Treaty) states that an act of aggression against one member state will be treated as an act of aggression against all of them. The Collective Security Treaty Organization was founded in 2002 by six states, and the Eurasian Economic Union was founded in 2014.",
    );
    for (let seed = 1; seed <= 6; seed++) {
      for (const it of generateDeck([{ id: "p", title: "t", text }], { seed }).items)
        expect(it.prompt).not.toMatch(/_{3,}\s*\(/);
    }
    const bad = mcq({
      kind: "org",
      prompt:
        "Article 4 of the _____ (Treaty) states that an act of aggression against one state is an act against all.",
      answer: "Collective Security Treaty",
      options: ["Collective Security Treaty", "Eurasian Economic Union", "Atlantic Council", "World Bank"],
      citations: cite(text),
    });
    expect(lintItem(bad).flaws).toContain("parenthetical-hint");
  });

  it("places-over-represented: places are at most about a fifth of the sample deck and at most twice the same place", () => {
    const dir = sharedPath("sources");
    const docs: SourceDocument[] = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => ({ id: f, title: f, path: f, text: fs.readFileSync(path.join(dir, f), "utf8") }));
    const items = generateDeck(docs, { seed: 1 }).items.filter((i) => i.type !== "truefalse");
    const places = items.filter((i) => i.kind === "place");
    expect(places.length / items.length).toBeLessThanOrEqual(0.25);
    const per = new Map<string, number>();
    for (const p of places) per.set(normAnswer(p.answer), (per.get(normAnswer(p.answer)) ?? 0) + 1);
    for (const n of per.values()) expect(n).toBeLessThanOrEqual(2);
  });

  it("exposition-repeats: in a history chapter a sentence gives one item and names come only as questions", () => {
    const file = sharedPath("corpus/textbooks/us-history-m50041.txt");
    const text = fs.readFileSync(file, "utf8");
    const items = generateDeck([{ id: "h", title: text.split("\n")[0]!, text }], { seed: 1 }).items;
    const sentences = items.map((i) => i.citations[0]!.start);
    expect(new Set(sentences).size).toBe(sentences.length);
    // (its two people were asked with options before, "Aaron Burr … and _____ engaged in a duel"; see
    // exposition-share.test.ts for a story's names asked as questions)
    expect(items.filter((i) => i.kind !== "term" && i.type !== "flashcard")).toEqual([]);
  });

  it("symbol-as-organisation: an abbreviation the documents never spell out is not asked as a name", () => {
    const text = doc(
      "The Photoelectric Effect",
      "Einstein realized that EM radiation is itself quantized in photons of energy hf. Once EM radiation falls on a material, electrons are ejected without delay. The number of electrons ejected per unit time is proportional to the intensity of the EM radiation. The energy needed to free an electron, BE, is sometimes called the work function. Einstein won the Nobel Prize in 1921 for this explanation.",
    );
    const items = uncapped(text);
    expect(items.filter((i) => i.answer === "EM" || i.answer === "BE")).toEqual([]);
  });

  it("prevContentWordAt reads the last content word before a position without regex", () => {
    const s = "There were never any illusions in Moscow about the regime.";
    expect(prevContentWordAt(s, s.indexOf("Moscow"))).toBe("illusions");
    expect(prevContentWordAt("Moscow said so.", 0)).toBe("");
  });
  it("place-as-adjective: a place used before a common noun (many Washington experts) is not the answer", () => {
    const text = doc(
      "Experts and the Deployment",
      "The deployment of 2,500 peacekeepers by the Collective Security Treaty Organization struck many Washington experts as a shift in the country's foreign policy. Officials in Washington said on January 7 that they were watching closely. The ambassador flew to Almaty on January 9 for talks with Foreign Minister Mukhtar Tileuberdi.",
    );
    const items = uncapped(text);
    const blanks = items.filter((i) => i.prompt.includes("many _____ experts"));
    expect(blanks).toEqual([]);
    // the same place where it is a place in its own right ("Officials in Washington") can still be asked
    expect(items.some((i) => i.answer === "Washington" && !i.prompt.includes("experts"))).toBe(true);
  });
  it("name-as-adjective: a person's name before a common noun ('the strict Jim Crow laws') is not the answer", () => {
    const text = doc(
      "The Twenties",
      "Over half a million African Americans fled the strict Jim Crow laws of the South in the 1920s. Margaret Sanger opened a clinic in Brooklyn in 1916. Alice Paul wrote the Equal Rights Amendment in 1923. Robert La Follette ran for president in 1924. Jim Crow segregated schools, trains and parks across the South for decades.",
    );
    const items = uncapped(text);
    expect(items.filter((i) => i.prompt.includes("strict _____ laws"))).toEqual([]);
    expect(items.some((i) => i.answer === "Alice Paul")).toBe(true);
  });

  it("negated-predicate: 'has not been a disaster' does not become a question whose answer is 'a disaster'", () => {
    const text = doc(
      "Interventions",
      "Russia's seven-year intervention in Syria has not been a disaster, nor has the Russian peacekeeping mission in Nagorno-Karabakh. During its 2020 war with Azerbaijan, Armenia complained that the CSTO appeared to be a paper tiger.",
    );
    const answers = uncapped(text).map((i) => i.answer);
    expect(answers).not.toContain("a disaster");
    expect(answers).toContain("a paper tiger");
  });
  it("window-starts-in-aside: a long sentence's cloze window keeps the clause an aside in dashes belongs to", () => {
    const text = doc(
      "The Days of the Father of the Nation",
      'In spite of the mass arrests and shoot to kill orders, the days of the "Father of the Nation" may irrevocably be over as statues of Nazarbayev – "Elbasi" or "Father of the Nation" were felled and the capital renamed after him is reverting to its original name – Astana.',
    );
    const items = uncapped(text);
    const astana = items.find((i) => i.answer === "Astana" && i.type !== "truefalse");
    expect(astana).toBeDefined();
    expect(astana!.prompt).toContain("statues of Nazarbayev");
    for (const i of items) expect(i.prompt).not.toMatch(/^… ["“]/);
  });
  it("money-range: an amount written as a range ($2-$3 billion) is one answer, asked without made-up ranges", () => {
    const text = doc(
      "Damage",
      "Tokayev says foreign-backed terrorists are behind the deaths of more than 160 people and material damage could be $2-$3 billion, according to the government. About 12,000 have been detained.",
    );
    const items = uncapped(text);
    const range = items.find((i) => i.answer === "$2-$3 billion");
    expect(range?.prompt).toContain("material damage could be _____");
    expect(range?.type).not.toBe("mcq");
    // neither half of the range is asked on its own
    expect(items.some((i) => i.answer === "$2" || i.answer === "$3 billion")).toBe(false);
  });
  it("nickname: a person's other name given in the text becomes a card citing that sentence", () => {
    const text = doc(
      "The Days of the Father of the Nation",
      'In spite of the mass arrests and shoot to kill orders, the days of the "Father of the Nation" may irrevocably be over as statues of Nazarbayev – "Elbasi" or "Father of the Nation" were felled and the capital renamed after him is reverting to its original name – Astana.',
    );
    const items = uncapped(text);
    const nick = items.find((i) => i.answer === "Elbasi");
    expect(nick?.prompt).toBe("Besides “Father of the Nation”, what name is Nazarbayev known by?");
    expect(nick?.citations[0]?.quote).toContain("statues of Nazarbayev");
  });
  it("phrase-facts: slogans and labels in quotes, and the charge in an accusation, are asked (not only names and numbers)", () => {
    const text = doc(
      "Protests",
      "At various points, crowds have shown dissatisfaction with Nazarbayev (chanting “Old man, leave!” and toppling statues of the former president). The authorities have identified their enemies in the vaguest terms possible, as “terrorists and thugs financed from abroad.” Karim Masimov, the head of the country’s main security service, has been fired and arrested on suspicion of treason.",
    );
    const items = uncapped(text);
    const byAnswer = (a: string) => items.find((i) => i.answer === a && i.type !== "truefalse");
    expect(byAnswer("Old man, leave!")?.prompt).toContain("chanting “_____”");
    expect(byAnswer("terrorists and thugs financed from abroad")?.kind).toBe("quote");
    expect(byAnswer("treason")?.prompt).toContain("on suspicion of _____");
  });
  it("person-distractors-by-role: wrong options for a head of state are politicians, for an analyst commentators", () => {
    const text = doc(
      "Leaders and Analysts",
      "President Kassym-Jomart Tokayev met President Vladimir Putin in Moscow on January 10. President Alexander Lukashenko called President Shavkat Mirziyoyev on January 12. Foreign Minister Mukhtar Tileuberdi spoke with Secretary of State Antony Blinken on January 6.",
      "Kazakh analyst Aiman Zhussupova says the crisis is over. Tajik analyst Parvaiz Mullajanov says the deployment was a precedent. Columnist Aditi Bhaduri argues that the protests started locally. Analyst Nargis Kassenova says Russia gained the most.",
      "The summit was hosted by Vladimir Putin in Moscow. Kassym-Jomart Tokayev then thanked Alexander Lukashenko for his support. According to Aiman Zhussupova, the troops left early. According to Parvaiz Mullajanov, the organisation changed.",
    );
    const leaders = new Set([
      "Kassym-Jomart Tokayev",
      "Vladimir Putin",
      "Alexander Lukashenko",
      "Shavkat Mirziyoyev",
      "Mukhtar Tileuberdi",
      "Antony Blinken",
    ]);
    const analysts = new Set(["Aiman Zhussupova", "Parvaiz Mullajanov", "Aditi Bhaduri", "Nargis Kassenova"]);
    let checked = 0;
    for (let seed = 1; seed <= 6; seed++) {
      for (const it of uncapped(text, seed)) {
        if (it.type !== "mcq" || it.kind !== "person") continue;
        const group = leaders.has(it.answer) ? leaders : analysts.has(it.answer) ? analysts : null;
        if (!group) continue;
        checked++;
        for (const o of it.options!) expect(group.has(o) || !(leaders.has(o) || analysts.has(o))).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
  it("definitions: 'The Treaty defines aggression as …' becomes a definition card", () => {
    const text = doc(
      "The Treaty",
      "The Treaty defines aggression as an “armed attack menacing to safety, stability, territorial integrity, and sovereignty.” Its members meet every year in Moscow.",
    );
    const items = uncapped(text);
    const def = items.find((i) => i.kind === "term");
    expect(def?.prompt).toBe("How does the Treaty define aggression?");
    expect(def?.answer).toBe("armed attack menacing to safety, stability, territorial integrity, and sovereignty");
  });
});

describe("passive causes", () => {
  it("passive-cause: 'X is caused by Y' never becomes 'What caused by Y?'", () => {
    const text = doc(
      "Charge",
      "The electrical charge of the fluids is caused by charged molecules dissolved in the fluid. The charge drives the signal along the membrane of the neuron.",
    );
    for (const it of uncapped(text)) expect(it.prompt).not.toMatch(/^What caused by/);
  });
});

describe("wrong places", () => {
  it("place-region: a country's wrong options lie in its region when the lexicon knows where places lie", () => {
    const where: Record<string, string[]> = {
      tajikistan: ["asia"],
      kyrgyzstan: ["asia"],
      uzbekistan: ["asia"],
      turkmenistan: ["asia"],
      china: ["asia"],
      moldova: ["europe"],
      ukraine: ["europe"],
      belarus: ["europe"],
      france: ["europe"],
    };
    const lexicon = {
      nounClasses: () => [],
      frequency: () => 0,
      isNoun: () => false,
      isVerb: () => false,
      senseCount: () => 0,
      synonyms: () => [],
      siblings: () => [],
      regions: (p: string) => where[p] ?? [],
    };
    const text = doc(
      "Central Asia after the Protests",
      "Kyrgyzstan, Uzbekistan and Turkmenistan signed new trade deals with China in 2021. Moldova, Ukraine and Belarus held talks with France in 2021.",
      "Tajikistan hosts a Russian military base. Ukraine is the largest country in Europe. Belarus borders Ukraine. China borders Kyrgyzstan.",
    );
    const asian = ["Tajikistan", "Kyrgyzstan", "Uzbekistan", "Turkmenistan", "China"];
    const options = (lx?: typeof lexicon) =>
      [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) =>
        generateDeck([{ id: "c", title: "t", text }], {
          seed,
          maxItemsPer1000Words: 1000,
          maxItemsPerSentence: 4,
          lexicon: lx,
        })
          .items.filter((i) => i.type === "mcq" && i.answer === "Ukraine")
          .flatMap((i) => i.options!),
      );
    expect(options().some((o) => asian.includes(o))).toBe(true);
    const inRegion = options(lexicon);
    expect(inRegion.length).toBeGreaterThan(0);
    expect(inRegion.filter((o) => asian.includes(o))).toEqual([]);
  });
});

describe("a skipped document", () => {
  it("changes nothing for the documents after it (their texts are read by their own index)", () => {
    const lexicon = loadWordNet()!;
    const text = fs.readFileSync(sharedPath("corpus/textbooks/anatomy-physiology-m46000.txt"), "utf8");
    const alone = generateDeck([{ id: "a", title: "Chemical Bonds", text }], { seed: 1, lexicon }).items;
    const after = generateDeck(
      [
        { id: "empty", title: "Empty", text: "   " },
        { id: "a", title: "Chemical Bonds", text },
      ],
      { seed: 1, lexicon },
    ).items;
    expect(after.map((i) => [i.prompt, i.answer])).toEqual(alone.map((i) => [i.prompt, i.answer]));
  });
});

describe("a definite noun the sentences before introduced (holdout hA's flags)", () => {
  it("'The ruling ended a nearly _____-year period …' two sentences after the ruling is named is no item", () => {
    const text =
      "Federal Power\n\nIn 1995 the Supreme Court decided United States v. Lopez, a ruling on the commerce clause. Congress had used that clause to pass many laws about guns near schools. Critics said the decision went too far. The ruling ended a nearly sixty-year period in which the court had read the clause broadly.";
    const items = generateDeck([{ id: "d", title: "Federal Power", text }], { seed: 1 }).items;
    expect(items.filter((i) => /^The ruling\b/.test(i.prompt)).map((i) => i.prompt)).toEqual([]);
    // (named where it is used, the same fact is asked)
    const named = text.replace("The ruling ended", "The Lopez ruling ended");
    const again = generateDeck([{ id: "d", title: "Federal Power", text: named }], { seed: 1 }).items;
    expect(again.some((i) => i.answer === "sixty")).toBe(true);
  });
});
