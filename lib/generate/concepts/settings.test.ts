// "Under X, …, whereas under Y, …": two kinds of a thing set side by side give one contrast card; a setting alone none.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { deckOf } from "./testing";
import { settingStatements } from "./settings";

const wn = loadWordNet()!;
const terms = (t: string) => settingStatements(t).map((c) => `${c.cue}:${c.term.text} -> ${c.gloss?.text}`);
const items = (text: string, title = "Notes") =>
  deckOf(`${title}\n\n${text}`, title, wn).map((i) => `${i.prompt} -> ${i.answer}`);

describe("settingStatements", () => {
  it("reads the two kinds of a contrast and their clauses; a setting alone is none", () => {
    expect(
      terms(
        "Under original jurisdiction, a case is heard for the first time, whereas under appellate jurisdiction, a court hears a case on appeal.",
      ),
    ).toEqual([
      "under:original jurisdiction -> a case is heard for the first time",
      "under:appellate jurisdiction -> a court hears a case on appeal",
    ]);
    expect(
      terms(
        "In a lucid dream, a person becomes aware of the fact that they are dreaming, and as such, they can steer it.",
      ),
    ).toEqual([]);
  });
  it("not a connective, a frame, a time, a name or an illustration", () => {
    for (const t of [
      "In contrast, activation of the heat-gain center reduces blood flow to the skin.",
      "In other words, the resulting potassium ion will be slightly positive in every case.",
      "In this section, we will discuss each of these stages of sleep and their patterns.",
      "In some cases, representation can seem to have very little to do with substantive issues.",
      "In recent decades, Congress has become much more descriptively representative of the country.",
      "In the twenty-first century, neo-isolationism means distancing the country from the alliance.",
      "In Haiti, the rebellion leader looked to end the embargo on France and its colonies.",
      "In lean manufacturing, for example, improving efficiencies should lead to advantages outside.",
      "In 1918, Britain extended the right to vote to property-owning women over thirty.",
    ])
      expect(
        terms(t.replace(/\.$/, ", whereas in reverse osmosis, water is pushed through the membrane by pressure.")),
      ).toEqual(["in:reverse osmosis -> water is pushed through the membrane by pressure"]);
  });
});

describe("items", () => {
  it("a setting alone gives no card ('What happens in archaeology?' was accepted 1 time in 8 on h88–h93)", () => {
    const got = items(
      "Dreams occur during REM sleep. A lucid dream is a dream in which the dreamer knows that it is a dream. In a lucid dream, a person becomes aware of the fact that they are dreaming, and as such, they can control the dream’s content (LaBerge, 1990). Lucid dreams can be trained.",
      "Dreaming",
    );
    expect(got.filter((g) => g.startsWith("What happens"))).toEqual([]);
  });
  it("two kinds set side by side give one contrast card", () => {
    const got = items(
      "Courts hear two kinds of cases. Under trial jurisdiction, a case is heard for the first time, whereas under review jurisdiction, a court hears a case on appeal from a lower court. Review jurisdiction is the more common one. Judges apply the law.",
      "Courts",
    );
    expect(got).toContain(
      "How does trial jurisdiction differ from review jurisdiction? -> Under trial jurisdiction, a case is heard for the first time, whereas under review jurisdiction, a court hears a case on appeal from a lower court",
    );
    expect(got.filter((g) => g.startsWith("What happens under"))).toEqual([]);
  });
  it("not for what may happen, nor for an everyday word's setting", () => {
    const got = items(
      "A startup is a young company that searches for a business model. In a startup, the mission may change substantially in the early phases of growth, while in a mature firm, the mission stays the same for decades. Startups raise money. In chess, the rules are constant during the game, whereas in politics, the players can change the rules while they play. Chess is played by two players.",
      "Startups",
    );
    expect(got.filter((g) => g.startsWith("How does"))).toEqual([]);
  });
});

describe("offsets", () => {
  it("the term's offsets are its place in the sentence, however many spaces follow the comma", () => {
    const t =
      "Under original jurisdiction,  a case is heard for the first time, whereas under appellate jurisdiction, a court hears a case on appeal.";
    for (const c of settingStatements(t)) expect(t.slice(c.term.a, c.term.b)).toBe(c.term.text);
  });
});
