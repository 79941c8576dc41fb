// What blind raters flagged on holdout pool pD (astronomy, anatomy, psychology, government and history sections), in
// sentences written for the tests in the shape of the flagged ones.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { deckOf } from "./testing";
import { superlativeClaim } from "./superlatives";
import { pointsBack } from "./answer-cues";
import { notWhatItIs } from "./glosses";
import { cutFromPhrase } from "./mention-items";
import { contrastGivesAway } from "./giveaways";

const wn = loadWordNet()!;
const cards = (text: string) => deckOf(text, text.split("\n")[0]!, wn).map((i) => `${i.prompt} -> ${i.answer}`);

describe("holdout pD flags", () => {
  it("'The most abundant gas on Mars is …' keeps the sentence's own verb: 'What is …', never 'What are … gas'", () => {
    expect(
      superlativeClaim("The most abundant gas on Mars is carbon dioxide, which makes up most of the air.")?.cue,
    ).toBe("What is the most abundant gas on Mars?");
    expect(superlativeClaim("The largest moons of Jupiter are the Galilean satellites.")?.cue).toBe(
      "What are the largest moons of Jupiter?",
    );
  });
  it("'Such an outburst is also called a nova': a term that points back is no second name to learn", () => {
    const deck = cards(
      "Stellar Explosions\n\nA white dwarf in a close binary pulls gas from its companion star. The gas builds up on the surface until it ignites. Such an outburst is also called a nova, since the star seems new in the sky. Novae recur when the gas builds up again.",
    );
    expect(deck.some((c) => /another name for outburst/i.test(c))).toBe(false);
    expect(
      cards(
        "Sugars\n\nThe family of carbohydrates includes simple and complex sugars. The complex sugars are also called polysaccharides. They are made of many monosaccharide units joined in chains.",
      ).some((c) => /another name for complex sugars\? -> polysaccharides/i.test(c)),
    ).toBe(true);
  });
});

describe("a gloss that names a term", () => {
  it("'X is the medical term used when …' asks 'What medical term is used when …?', never 'the term for the … term'", () => {
    const deck = cards(
      "Joint Disorders\n\nThe knee is the largest joint of the body. Hemarthrosis is the medical term used when blood collects inside a joint after an injury. A swollen knee can hold a large amount of fluid.",
    );
    expect(deck).toContain(
      "What medical term is used when blood collects inside a joint after an injury? -> hemarthrosis",
    );
    expect(deck.some((c) => /term for the medical term/i.test(c))).toBe(false);
  });
});

describe("where a gloss ends", () => {
  it("before ', which means that …' and ', like X, but unlike X …': the card asks what the term is, not the aside", () => {
    const deck = cards(
      "Plant Growth\n\nMeristems are the growing tissues found at the tips of a plant's roots and shoots, which means that their cells keep dividing for the whole life of the plant. Roots take up water from the soil.",
    );
    expect(
      deck.some((c) => /the growing tissues found at the tips of a plant's roots and shoots\? -> meristems$/.test(c)),
    ).toBe(true);
    expect(
      cards(
        "Cell Energy\n\nFADH2 is a high-energy molecule, like ATP, but unlike ATP, it is not spent directly by the cell. The cell passes its electrons along a chain.",
      ).some((c) => /^What is FADH2\?.*like ATP/.test(c)),
    ).toBe(false);
  });
});

describe("a gloss that says where or compares", () => {
  it("'an experiment conducted in Japan' and 'a smaller chamber that …' are no definitions; 'a city in France' stays out too", () => {
    expect(notWhatItIs("an underground experiment conducted in Japan")).toBe(true);
    expect(notWhatItIs("a smaller chamber that surrounds the urethra")).toBe(true);
    expect(notWhatItIs("a detector that counts neutrinos from the Sun")).toBe(false);
    expect(notWhatItIs("the lower part of the uterus")).toBe(false);
    const deck = cards(
      "Detecting Neutrinos\n\nThe Kamioka experiment, an underground experiment conducted in Japan, detected neutrinos from a supernova. Neutrinos rarely interact with matter.",
    );
    expect(deck.some((c) => /experiment conducted in Japan\?/.test(c))).toBe(false);
  });
});

describe("a blank its contrast gives away", () => {
  it("'_____, whereas hard tissues …' and 'Protraction …, while _____ is the opposing movement' ask nothing; pronation/supination and a plain contrast stay", () => {
    expect(
      contrastGivesAway(
        "Light passes through thin plates, whereas thick plates, such as armor, stop it.",
        "thin plates",
      ),
    ).toBe(true);
    expect(
      contrastGivesAway(
        "Pronation turns the palm down, while supination is the opposing movement that turns it up.",
        "supination",
      ),
    ).toBe(false);
    expect(
      contrastGivesAway(
        "Protraction moves the jaw forward, while retraction is the opposing movement that pulls it back.",
        "retraction",
      ),
    ).toBe(true);
    expect(
      contrastGivesAway(
        "Inversion turns the sole of the foot inward, while eversion is the opposing movement.",
        "eversion",
      ),
    ).toBe(true);
    expect(
      contrastGivesAway("The signal reaches the spinal cord, while the brain is bypassed entirely.", "spinal cord"),
    ).toBe(false);
  });
  it("a twin whose modifier holds the answer's gives it away without a contrast word ('carpal bone' … 'metacarpal bone')", () => {
    const hand =
      "The base of the hand contains eight bones, each called a carpal bone, and the palm of the hand is formed by five bones, each called a metacarpal bone.";
    expect(contrastGivesAway(hand, "metacarpal bone")).toBe(true);
    expect(contrastGivesAway(hand.replace("a carpal bone", "a wrist bone"), "metacarpal bone")).toBe(false);
  });
  it("a naming is no blank either when the other half of its pair is named ('primary aging, while … _____', pP)", () => {
    const deck = deckOf(
      "Aging\n\nChanges in cells that come with age are called primary wear, while changes that occur due to lack of exercise and poor diet are called secondary wear. A diet poor in vegetables is called a deficient diet by many nutritionists who study the elderly.",
      "Aging",
      wn,
    );
    expect(deck.filter((i) => /wear$/.test(i.answer))).toEqual([]);
    expect(deck.some((i) => i.answer === "deficient diet")).toBe(true);
  });
});

describe("a term that points back", () => {
  it("'The resulting saturation, or …' and 'another constant quantity: …' give no card; 'shows that X is' still does", () => {
    expect(pointsBack("The resulting glut, or flood of messages, may lead readers away.", "resulting glut", "x")).toBe(
      true,
    );
    expect(pointsBack("The factor is another fixed quantity: the mass of the proton.", "fixed quantity", "x")).toBe(
      true,
    );
    expect(pointsBack("Such an outburst is also called a nova.", "outburst", "nova")).toBe(true);
    expect(pointsBack("Studies show that sleep deprivation slows reaction times.", "sleep deprivation", "x")).toBe(
      false,
    );
    expect(pointsBack("Homeostasis is the tendency to keep a balance.", "homeostasis", "x")).toBe(false);
    expect(pointsBack("The right to marry extended to same-sex couples.", "same-sex couples", "same-sex couples")).toBe(
      false,
    );
  });
});

describe("a blank cut from a longer phrase", () => {
  it("a name's tail, half of a shared 'of' pair, a measure; a whole term stays", () => {
    expect(cutFromPhrase("The Department of ", "Energy Policy", " issued new rules in 2019.")).toBe(true);
    expect(cutFromPhrase("Fatigue brings ", "lower levels of attention", " and memory.")).toBe(true);
    expect(cutFromPhrase("The pressure there is like being a(n) ", "mile", " or more under the sea.")).toBe(true);
    expect(cutFromPhrase("Voters elect members of the ", "House of Representatives", " every two years.")).toBe(false);
    expect(cutFromPhrase("The signal passes to the ", "spinal cord", " and then to the brain.")).toBe(false);
  });
});
