// What points outside a sentence and what does not. Read on a holdout pool of OpenStax sections (pA, start engine):
// "such as", "those related to …" and an existential "There are …" were read as pointers back, and definitions and
// blanks that stand alone were dropped or shown after a sentence that did not help ("The term politics refers to the
// process of …, especially those related to the division of resources" gave no card).
import { describe, expect, it } from "vitest";
import { deckOf } from "./testing";
import { dangles, leansOnContext } from "./prompt";
import { pointsOutside } from "./glosses";
import { loadWordNet } from "@/lib/lexicon/wordnet";

const wn = loadWordNet() ?? undefined;
const cards = (text: string) => deckOf(text, text.split("\n")[0]!, wn).map((i) => `${i.prompt} -> ${i.answer}`);

describe("words that look like pointers but point nowhere outside the sentence", () => {
  it.each([
    "Governments provide services such as education and health care.",
    "Voters, especially those who live in rural districts, elect the senate.",
    "There are three stages in the immune response to many cancers.",
    "The decision of the court was final.",
    "An example of a toll good is private schooling.",
  ])("%s stands alone", (sentence) => {
    expect(leansOnContext(sentence) || dangles(sentence)).toBe(false);
  });
  it.each([
    "Those tasks were assigned to the workers.",
    "Such goods are called public goods.",
    "There, the army camped for the winter.",
    // an "it" before anything the sentence introduces is the sentence before's
    "If it chooses to support an ideal such as egalitarianism, it may raise taxes.",
    // raters of pA: "The first two" of what? which decision? an example of what?
    "The first two are named the lateral ventricles and are deep within the cerebrum.",
    "The landmark decision held that a large part of Oklahoma is tribal land.",
    "A prime example is tobacco, which became a valuable export.",
    "In other tissues, water and small molecules are filtered through capillaries.",
    "A related process is demedicalization, in which sick behavior is normalized again.",
    "In either case, the amendment requires a search warrant.",
    "A more recent example is homosexuality, which was labeled a mental disorder until 1973.",
    "Two years later, the Supreme Court overturned the decision.",
    "The effects of both processes are called interstellar extinction.",
    "Under the new program, tribes could form local governments.",
    // pB: which explosion, which amendment?
    "The material ejected by the explosion produces a shock wave.",
    "Seventy-two years after the convention helped launch the movement, the amendment passed.",
  ])("%s leans on what came before", (sentence) => {
    expect(leansOnContext(sentence) || dangles(sentence)).toBe(true);
  });
  it("a gloss's 'those related to …' is its own phrase; 'those tasks' is the text's", () => {
    expect(pointsOutside("the setting of goals, especially those related to the division of resources")).toBe(false);
    expect(pointsOutside("the completion of those tasks by a deadline")).toBe(true);
  });
});

describe("definitions a teacher would ask first", () => {
  const text =
    "What Is Government?\n\nDEFINING GOVERNMENT\n\n" +
    "The term government describes the means by which a society organizes itself and how it allocates authority in order to accomplish collective goals. " +
    "Governments provide benefits such as education, health care, and an infrastructure for transportation. " +
    "The term politics refers to the process of gaining and exercising control within a government for the purpose of setting and achieving particular goals, especially those related to the division of resources within a nation. " +
    "Politics shapes how governments spend. Politics also decides who holds office.";
  it("'The term X describes …' is a definition", () => {
    expect(cards(text)).toContainEqual(
      "What is a government? -> the means by which a society organizes itself and how it allocates authority in order to accomplish collective goals",
    );
  });
  it("'… especially those related to …' keeps the card", () => {
    const politics = cards(text).find((c) => c.includes("politics?"));
    expect(politics).toMatch(/^What is politics\? -> the process of gaining/);
  });
});
