import { describe, expect, it } from "vitest";
import { lintItem } from "./lint";
import { detectTitle } from "../text/sentences";
import { normAnswer } from "../text/words";
import { generateDeck } from "../index";
import type { Item } from "../types";

const quote = "On January 5, he appealed to the Collective Security Treaty Organization (CSTO) for assistance.";
const base = (over: Partial<Item>): Item => ({
  id: "x",
  type: "mcq",
  kind: "date",
  prompt: "On _____, he appealed to the CSTO for assistance.",
  answer: "January 5",
  options: ["January 5", "January 9", "January 12", "January 20"],
  citations: [{ documentId: "d", start: 0, end: quote.length, quote }],
  ...over,
});

describe("lintItem", () => {
  it("a blank cut before a name's numeral, and a family name in the stem, give the answer away (h83's history flags)", () => {
    const q =
      "The conflict of World War I mobilized not just soldiers but whole societies; scientist Ada Byron's daughter, Ann King-Byron, trained nurses.";
    const cloze = (prompt: string, answer: string, kind: Item["kind"]): Item => ({
      id: "x",
      type: "cloze",
      kind,
      prompt,
      answer,
      citations: [{ documentId: "d", start: 0, end: q.length, quote: q }],
    });
    expect(
      lintItem(cloze("The conflict of _____ I mobilized not just soldiers but whole societies.", "World War", "other"))
        .flaws,
    ).toContain("split-phrase");
    expect(
      lintItem(cloze("Scientist _____'s daughter, Ann King-Byron, trained nurses.", "Ada Byron", "person")).flaws,
    ).toContain("answer-in-prompt");
    expect(
      lintItem(cloze("Scientist _____'s daughter trained nurses in the war.", "Ada Byron", "person")).flaws,
    ).not.toContain("answer-in-prompt");
  });
  it("a blank whose every word the stem repeats gives its answer away (unless options share the words)", () => {
    const q = "The first stages of sleep lack REM, the rapid eye movement that marks REM sleep.";
    const cloze = (prompt: string): Item => ({
      id: "x",
      type: "cloze",
      kind: "term",
      prompt,
      answer: "REM sleep",
      citations: [{ documentId: "d", start: 0, end: q.length, quote: q }],
    });
    expect(
      lintItem(cloze("The first stages of sleep lack REM, the rapid eye movement that marks _____.")).flaws,
    ).toContain("stem-repeats-key");
    expect(lintItem(cloze("The first stages lack the rapid eye movement that marks _____.")).flaws).toEqual([]);
  });
  it("a prompt that points to a figure ('as illustrated.') is flagged", () => {
    const q = "Tubes open at both ends have maximum air displacements at both ends, as illustrated.";
    const item: Item = {
      id: "x",
      type: "cloze",
      kind: "term",
      prompt: "Tubes open at both ends have maximum _____ at both ends, as illustrated.",
      answer: "air displacements",
      citations: [{ documentId: "d", start: 0, end: q.length, quote: q }],
    };
    expect(lintItem(item).flaws).toContain("figure-reference");
    expect(lintItem({ ...item, prompt: "Tubes open at both ends have maximum _____ at both ends." }).flaws).toEqual([]);
  });
  it("a blank on a layout pointer or a formula symbol, two sentences run together, a dangling colon", () => {
    const q = "As noted in 3 above, the binding energy is BE = hf0 and the fusion cycle is called the proton cycle.";
    const cloze = (prompt: string, answer: string): Item => ({
      id: "x",
      type: "cloze",
      kind: "term",
      prompt,
      answer,
      citations: [{ documentId: "d", start: 0, end: q.length, quote: q }],
    });
    expect(lintItem(cloze("As noted in _____ above, the fusion cycle is short.", "3")).flaws).toContain("layout-blank");
    expect(lintItem(cloze("The binding energy is _____ = hf0.", "BE")).flaws).toContain("layout-blank");
    expect(lintItem(cloze("The fusion cycle is called the _____:", "proton cycle")).flaws).toContain("run-on");
    expect(lintItem(cloze("Fusion is slow.The fusion cycle is called the _____.", "proton cycle")).flaws).toContain(
      "run-on",
    );
    expect(lintItem(cloze("The fusion cycle is called the _____.", "proton cycle")).flaws).toEqual([]);
  });
  it("accepts a clean item", () => {
    expect(lintItem(base({}), { texts: new Map([["d", quote]]) }).flaws).toEqual([]);
  });
  it("flags granularity, overlap, distractors in the sentence, answers in the stem and ungrounded answers", () => {
    expect(lintItem(base({ options: ["January 5", "2019", "January 12", "January 20"] })).flaws).toContain(
      "date-granularity",
    );
    expect(lintItem(base({ options: ["January 5", "January 5, 2022", "January 12", "January 20"] })).flaws).toContain(
      "option-overlap",
    );
    expect(
      lintItem(
        base({
          kind: "org",
          prompt: "Who appealed on January 5?",
          answer: "CSTO",
          options: ["CSTO", "Collective Security Treaty Organization", "NATO", "SCO"],
        }),
        { aliases: ["Collective Security Treaty Organization"] },
      ).flaws,
    ).toEqual(expect.arrayContaining(["distractor-in-citation", "distractor-is-alias"]));
    expect(lintItem(base({ prompt: "On January 5, he appealed to _____." })).flaws).toContain("answer-in-prompt");
    expect(
      lintItem(base({ answer: "March 3", options: ["March 3", "January 9", "January 12", "January 20"] })).flaws,
    ).toContain("answer-not-grounded");
    expect(
      lintItem(
        base({ type: "flashcard", options: undefined, prompt: "He appealed to whom?", answer: "CSTO", kind: "org" }),
      ).flaws,
    ).toContain("unresolved-pronoun");
  });
  it("a blank with almost nothing around it asks nothing ('_____.' from a note's date cut alone, holdout pA)", () => {
    const cloze = (prompt: string) => lintItem(base({ type: "cloze", options: undefined, prompt })).flaws;
    expect(cloze("_____.")).toContain("no-context");
    expect(cloze("Norman: _____.")).toContain("no-context");
    expect(cloze("Interest groups support candidates who share their views. _____.")).toContain("no-context");
    expect(cloze("On _____, he appealed to the CSTO.")).not.toContain("no-context");
    const tf = lintItem(base({ type: "truefalse", options: undefined, prompt: "August 6, 2024.", answer: "False" }));
    expect(tf.flaws).toContain("no-context");
  });
  it("keeps numbers in the same format and a real margin apart", () => {
    const q = "About 12,000 have been detained.";
    const it = (opts: string[]) =>
      lintItem({
        id: "n",
        type: "mcq",
        kind: "number",
        prompt: "About _____ have been detained.",
        answer: "12,000",
        options: opts,
        citations: [{ documentId: "d", start: 0, end: q.length, quote: q }],
      }).flaws;
    expect(it(["12,000", "6,000", "24,000", "9,000"])).toEqual([]);
    expect(it(["12,000", "12,500", "24,000", "9,000"])).toContain("number-too-close");
    expect(it(["12,000", "6 million", "24,000", "9,000"])).toContain("number-format");
  });
});

describe("titles, pronouns and merging", () => {
  it("uses a headline as title, else the file name", () => {
    expect(
      detectTitle("English News\n\n• youtube\n\nKazakhstan: Return of Russia\n\nBody text here. More.", "f.txt"),
    ).toBe("Kazakhstan: Return of Russia");
    expect(detectTitle("The Kremlin was caught off guard by the crisis. It spread.", "f.txt")).toBe("f.txt");
  });
  it("resolves a sentence-initial pronoun to the last person mentioned", () => {
    const t =
      "Kazakh President Kassym-Jomart Tokayev fired the government on January 4. On January 5, he appealed to the Collective Security Treaty Organization for assistance against what he called terrorists.";
    const d = generateDeck([{ id: "p", title: "p", text: t }], { seed: 3, maxItemsPer1000Words: 1000 });
    const fromSecond = d.items.filter((i) => i.citations[0]!.quote.startsWith("On January 5"));
    expect(fromSecond.length).toBeGreaterThan(0);
    for (const it of fromSecond) expect(it.prompt).not.toMatch(/^(On _____, )?he\b/);
    expect(fromSecond.some((i) => /Tokayev/.test(i.prompt))).toBe(true);
  });
  it("drops sentences that start with an unresolvable pronoun", () => {
    const t = "It was announced on March 3, 2021 that 4,000 soldiers would leave Kabul.";
    const d = generateDeck([{ id: "u", title: "u", text: t }], { seed: 1, maxItemsPer1000Words: 1000 });
    expect(d.items).toEqual([]);
  });
  it("normalises answers for matching", () => {
    expect(normAnswer("The 2,500 “peacekeepers”")).toBe("2500 peacekeepers");
    expect(normAnswer("Jan. 5")).toBe("jan 5");
  });
  it("flags a prompt that names the key by its initials (CSTO in the stem for Collective Security Treaty, and the reverse)", () => {
    const cite = (quote: string) => [{ documentId: "d", start: 0, end: quote.length, quote }];
    const q =
      "Article 4 of the Collective Security Treaty states that an act of aggression against one CSTO state will be treated as an act of aggression against all of them.";
    const org = {
      id: "x",
      type: "cloze" as const,
      kind: "org" as const,
      prompt: q.replace("Collective Security Treaty", "_____"),
      answer: "Collective Security Treaty",
      citations: cite(q),
    };
    expect(lintItem(org).flaws).toContain("acronym-in-prompt");
    const q2 = "Tokayev appealed to the Collective Security Treaty Organization, the CSTO, for help.";
    const acr = {
      id: "y",
      type: "cloze" as const,
      kind: "org" as const,
      prompt: "Tokayev appealed to the Collective Security Treaty Organization, the _____, for help.",
      answer: "CSTO",
      citations: cite(q2),
    };
    expect(lintItem(acr).flaws).toContain("acronym-in-prompt");
    // a definition card asks for the expansion on purpose
    const card = {
      id: "z",
      type: "flashcard" as const,
      kind: "term" as const,
      prompt: "What does the acronym CSTO stand for?",
      answer: "Collective Security Treaty Organization",
      citations: cite(q2),
    };
    expect(lintItem(card).flaws).not.toContain("acronym-in-prompt");
    // unrelated capitals are no cue
    const ok = {
      ...org,
      prompt:
        "Article 4 of the _____ states that an act of aggression against one member will be treated as an attack on all (NATO has a similar clause).",
    };
    expect(lintItem(ok).flaws).not.toContain("acronym-in-prompt");
  });
});

/** An item whose one citation is `quote` (the lint reads the answer's grounding from it). */
function cited(
  type: "cloze" | "flashcard" | "mcq",
  prompt: string,
  answer: string,
  quote: string,
  more: { kind?: Item["kind"]; options?: string[] } = {},
): Item {
  const it: Item = {
    id: "x",
    kind: more.kind ?? "term",
    type,
    prompt,
    answer,
    citations: [{ documentId: "d", start: 0, end: quote.length, quote }],
  };
  if (more.options) it.options = more.options;
  return it;
}

describe("answers a stem gives away or frames", () => {
  const q = "Melanocytes are cells that produce the pigment melanin; this is an example of convection.";
  it("a stem word from the key's root ('melanin' for 'melanocyte') flags the item unless a wrong option shares it", () => {
    expect(
      lintItem(cited("cloze", "_____ are cells that produce the pigment melanin.", "Melanocytes", q)).flaws,
    ).toContain("stem-cues-key");
    const mcq = cited("mcq", "What is the term for a cell that produces the pigment melanin?", "melanocyte", q, {
      options: ["melanocyte", "melanosome", "keratinocyte", "fibroblast"],
    });
    expect(lintItem(mcq).flaws).not.toContain("stem-cues-key");
  });
  it("'an example of convection' is a frame around the answer", () => {
    expect(lintItem(cited("cloze", "Warm air rises; this is _____.", "an example of convection", q)).flaws).toContain(
      "answer-is-frame",
    );
  });
});

describe("what a removed figure leaves", () => {
  it("a sentence whose figure name went, and a formula run into the sentence", () => {
    const term = { kind: "term" as const };
    const q1 = "Total cost is the sum of the two. graphically shows the relationship between output and cost.";
    const a = cited(
      "cloze",
      "Total cost is the sum of the two. graphically shows the relationship between output and _____.",
      "cost",
      q1,
      term,
    );
    expect(lintItem(a).flaws).toContain("figure-reference");
    const q2 = "AC = TC/Q If producing two widgets costs a total of $44, the average cost per widget is $22.";
    const b = cited(
      "cloze",
      "AC = TC/Q If producing two widgets costs a total of $44, the _____ per widget is $22.",
      "average cost",
      q2,
      term,
    );
    expect(lintItem(b).flaws).toContain("figure-reference");
    const q3 = "Research shows the importance of sleep. Sleep restores the body.";
    const c = cited("cloze", "Research shows the importance of _____.", "sleep", q3, term);
    expect(lintItem(c).flaws).not.toContain("figure-reference");
  });
});

describe("the hole a lost reference leaves", () => {
  const hole = (prompt: string, answer: string) =>
    lintItem(cited("cloze", prompt, answer, prompt.replace("_____", answer))).flaws;
  it("a preposition left before a comma, an empty bracket, a sentence that opens on the figure's verb", () => {
    expect(hole("In , f is the frequency. The number n is called a(n) _____.", "quantum number")).toContain(
      "figure-reference",
    );
    expect(hole("As covered in and reviewed in, the spinal cord holds _____.", "gray matter")).toContain(
      "figure-reference",
    );
    expect(hole("The ectoderm (, step 1) forms the _____.", "neural plate")).toContain("figure-reference");
    expect(
      hole("Shows a pattern produced by X-rays; this process is known as _____.", "X-ray crystallography"),
    ).toContain("figure-reference");
  });
  it("not a sentence that ends on 'to see.' or a verb's own 'in'", () => {
    expect(
      hole("_____ signified that government happens in the open, for everyone to see.", "Res publica"),
    ).not.toContain("figure-reference");
    expect(hole("Things can fall in, but nothing escapes from a(n) _____.", "black hole")).not.toContain(
      "figure-reference",
    );
  });
});

describe("a figure's panel", () => {
  it("'(a) illustrates the situation where …' leans on a figure the student does not see", () => {
    const q = "(a) illustrates the situation where the demand for labor has been shifting out a little each year.";
    const item = cited(
      "cloze",
      "(a) illustrates the situation where the _____ has been shifting out a little each year.",
      "demand for labor",
      q,
      { kind: "term" as const },
    );
    expect(lintItem(item).ok).toBe(false);
  });
});

describe("dates a stem gives away", () => {
  it("by arithmetic ('in 1887 … Three years later') or by the decades before it ('1970s, 1980s, and _____')", () => {
    const date = { kind: "date" as const };
    const q =
      "Congress passed the Interstate Commerce Act in 1887. Three years later, national regulatory capacity was broadened by the Sherman Antitrust Act of 1890.";
    const later = cited(
      "cloze",
      "Congress passed the Interstate Commerce Act in 1887. Three years later, national regulatory capacity was broadened by the Sherman Antitrust Act of _____.",
      "1890",
      q,
      date,
    );
    expect(lintItem(later).flaws).toContain("date-cued");
    const d = "It emerged from criticisms of bureaucratic inefficiencies in the 1970s, 1980s, and 1990s.";
    const decades = cited(
      "cloze",
      "It emerged from criticisms of bureaucratic inefficiencies in the 1970s, 1980s, and _____.",
      "1990s",
      d,
      date,
    );
    expect(lintItem(decades).flaws).toContain("date-cued");
    const far = cited(
      "cloze",
      "Reforms of the 1930s shaped agencies until the _____.",
      "1970s",
      "Reforms of the 1930s shaped agencies until the 1970s.",
      date,
    );
    expect(lintItem(far).flaws).not.toContain("date-cued");
  });

  it("a year one off the key in the stem, and a quotation run into a date question, are flaws", () => {
    const q = "In 1807, Congress abolished the foreign slave trade, a ban that went into effect on January 1, 1808.";
    const date = { kind: "date" as const };
    const cued = cited(
      "cloze",
      "In _____, Congress abolished the foreign slave trade, a ban that went into effect on January 1, 1808.",
      "1807",
      q,
      date,
    );
    expect(lintItem(cued).flaws).toContain("date-cued");
    const fine = cited("cloze", "In _____, Congress abolished the foreign slave trade.", "1807", q, date);
    expect(lintItem(fine).flaws).not.toContain("date-cued");
    const w = "In 1835, Joseph Holt Ingraham wrote: Truly does New-Orleans represent every other city.";
    const quote = cited(
      "flashcard",
      "In what year did Joseph Holt Ingraham write: Truly does New-Orleans represent every other city?",
      "1835",
      w,
      date,
    );
    expect(lintItem(quote).flaws).toContain("quote-in-question");
  });
});

describe("a stem that spells the key", () => {
  it("'owns a bond' for bondholder, 'incorporates' for corporation, 'the shape of a bell' for bell curve", () => {
    const q1 = "Anyone who owns a bond and receives the interest payments is called a bondholder.";
    const p1 = "Anyone who owns a bond and receives the interest is called a(n) _____.";
    expect(lintItem(cited("cloze", p1, "bondholder", q1)).flaws).toContain("stem-cues-key");
    const q2 = "A corporation is a business that incorporates.";
    expect(lintItem(cited("cloze", "A(n) _____ is a business that incorporates.", "corporation", q2)).flaws).toContain(
      "stem-cues-key",
    );
    const q3 = "The results follow the bell curve, a graph in the general shape of a bell.";
    const p3 = "The results follow the _____, a graph in the shape of a bell.";
    expect(lintItem(cited("cloze", p3, "bell curve", q3)).flaws).toContain("stem-cues-key");
  });
  it("a modifier of a longer name is no cue without its head, unless the head is an everyday word", () => {
    const everyday = (w: string) => w === "curve";
    const q =
      "The practice of introducing a new product with a high price and then lowering the price over time is called price skimming.";
    const p =
      "The practice of introducing a new product with a high price and then lowering the price over time is called _____.";
    expect(lintItem(cited("cloze", p, "price skimming", q), { everyday }).flaws).toEqual([]);
    const q3 = "The results follow the bell curve, a graph in the general shape of a bell.";
    const p3 = "The results follow the _____, a graph in the shape of a bell.";
    expect(lintItem(cited("cloze", p3, "bell curve", q3), { everyday }).flaws).toContain("stem-cues-key");
    // (every modifier of a longer name in the stem spells it: "the median voter" -> median voter theory)
    const q4 = "The median voter theory argues that politicians match policies to what pleases the median voter.";
    const p4 = "The _____ argues that politicians match policies to what pleases the median voter.";
    expect(lintItem(cited("cloze", p4, "median voter theory", q4), { everyday }).flaws).toContain("stem-cues-key");
  });
  it("a shared suffix ('institution', 'constitution') or a shared head ('dreaming', 'lucid dreams') is no cue", () => {
    const q = "Perhaps the most important set of rules for any institution is its constitution.";
    const p = "What is the most important set of rules for any institution?";
    expect(lintItem(cited("cloze", p, "constitution", q)).flaws).not.toContain("stem-cues-key");
    const d = "John Hobson cites research on lucid dreams to understand dreaming.";
    const pd = "John Hobson cites research on _____ to understand dreaming.";
    expect(lintItem(cited("cloze", pd, "lucid dreams", d)).flaws).not.toContain("stem-cues-key");
  });
});

describe("class suffixes, acronyms and pairs", () => {
  it("the only enzyme (-ase) among the options, an acronym of the key in the stem, a pair's other half are flaws", () => {
    const q = "RNA polymerase is an enzyme that adds new nucleotides to a growing strand of RNA.";
    const p = "What is the term for an enzyme that adds new nucleotides to a growing strand of RNA?";
    const mcq = cited("mcq", p, "RNA polymerase", q, {
      options: ["ribosomal RNA", "codon", "RNA polymerase", "protein"],
    });
    expect(lintItem(mcq).flaws).toEqual(expect.arrayContaining(["key-unique-suffix", "stem-repeats-key"]));
    const q2 = "These are generally referred to as the majority and minority leaders.";
    const pair = cited("cloze", "These are generally referred to as the _____ and minority leaders.", "majority", q2);
    expect(lintItem(pair).flaws).toContain("paired-blank");
  });
});

describe("a negative statement as a multiple-choice stem", () => {
  it("'… is not linked with Earth's _____' asks which option it is not linked with", () => {
    const q = "In other words, the Sun’s annual path in the sky is not linked with Earth’s equator.";
    const mcq = cited("mcq", "The Sun’s annual path in the sky is not linked with Earth’s _____.", "equator", q, {
      options: ["equator", "ecliptic", "zenith", "horizon"],
    });
    expect(lintItem(mcq).flaws).toContain("negative-stem");
  });
});

describe("text garbled where a figure was dropped", () => {
  it("'… (101.3 kPa). shows the variation in _____ …' is a flaw", () => {
    const q =
      "The normal boiling point is its boiling point at 1 atm (101.3 kPa). shows the variation in vapor pressure.";
    const p = "The normal boiling point is its boiling point at 1 atm (101.3 kPa). shows the variation in _____.";
    expect(lintItem(cited("cloze", p, "vapor pressure", q)).flaws).toContain("garbled-text");
    const fine = "The normal boiling point is its boiling point at 1 atm. It shows the variation in _____.";
    expect(lintItem(cited("cloze", fine, "vapor pressure", q)).flaws).not.toContain("garbled-text");
  });
});

describe("a blank that leans on names or statements beside it (holdout hA's flags)", () => {
  // sentences written for the test, in the shape of the flagged ones
  const q =
    "Troops from the colonies fought in the trenches of France and Belgium. The revolt was led by Juan Ortiz, Pablo Reyes, and Luis Vega. Settlers lived in both coastal lands and Brazil. Radio is catching hold in Peru as well. Stations in Chile have faced similar forms of regulation.";
  it("a name blanked beside another it is listed with: any member of the set fits", () => {
    const flaws = (p: string, a: string, kind: Item["kind"]) => lintItem(cited("cloze", p, a, q, { kind })).flaws;
    expect(flaws("Troops from the colonies fought in the trenches of France and _____.", "Belgium", "place")).toContain(
      "member-blank",
    );
    expect(flaws("The revolt was led by Juan Ortiz, _____, and Luis Vega.", "Pablo Reyes", "person")).toContain(
      "member-blank",
    );
    // (a common noun beside it names no set: "both coastal lands and _____")
    expect(flaws("Settlers lived in both coastal lands and _____.", "Brazil", "place")).not.toContain("member-blank");
  });
  it("a prompt that compares with what came before: 'as well', 'similar forms', ', for example,'", () => {
    const flaws = (p: string, a: string) => lintItem(cited("cloze", p, a, q, { kind: "place" })).flaws;
    expect(flaws("Radio is catching hold in _____ as well.", "Peru")).toContain("compared-back");
    expect(flaws("Stations in _____ have faced similar forms of regulation.", "Chile")).toContain("compared-back");
    expect(flaws("In _____, for example, the revolt was led by Juan Ortiz.", "Peru")).not.toContain("member-blank");
    expect(flaws("In _____, for example, the revolt was led by Juan Ortiz.", "Peru")).toContain("compared-back");
    // ("as well as" and "similar to" compare within the sentence)
    expect(flaws("Stations in _____ as well as Peru have faced regulation similar to Chile's.", "Peru")).not.toContain(
      "compared-back",
    );
  });
  it("a day without its year leans on the year the text gave before ('On February 27, who …?')", () => {
    const quote = "On February 27, 1968, Walter Cronkite said the war was unwinnable.";
    const flaws = (p: string) => lintItem(cited("flashcard", p, "Walter Cronkite", quote, { kind: "person" })).flaws;
    expect(flaws("On February 27, who said the war was unwinnable?")).toContain("yearless-day");
    expect(flaws("On February 27, 1968, who said the war was unwinnable?")).not.toContain("yearless-day");
  });
  it("a blank after 'of the' holds an office or a body, not a person ('then First Lord of the _____')", () => {
    const quote = "The brainchild of Winston Churchill, then First Lord of the Admiralty, the operation failed.";
    const prompt = "The brainchild of Winston Churchill, then First Lord of the _____, the operation failed.";
    expect(lintItem(cited("cloze", prompt, "Admiralty", quote, { kind: "person" })).flaws).toContain(
      "office-as-person",
    );
    expect(lintItem(cited("cloze", prompt, "Admiralty", quote, { kind: "org" })).flaws).not.toContain(
      "office-as-person",
    );
  });
});

describe("an answer cut where its clause went on (holdout hD's flags)", () => {
  it("'… at the Constitutional Convention and' and 'The beliefs and attitudes that' are cut answers; a whole one is not", () => {
    const quote =
      "The question of slavery stood as a major issue at the Constitutional Convention and prompted a number of contentious debates.";
    const cut = cited(
      "flashcard",
      "What prompted a number of contentious debates?",
      "The question of slavery stood as a major issue at the Constitutional Convention and",
      quote,
      { kind: "cause" },
    );
    expect(lintItem(cut).flaws).toContain("cut-answer");
    const whole = cited(
      "flashcard",
      "What prompted a number of contentious debates?",
      "The question of slavery",
      quote,
      {
        kind: "cause",
      },
    );
    expect(lintItem(whole).flaws).not.toContain("cut-answer");
  });
});
