// What a text ranks first ("the most important …", "the biggest problem") asked as a question with a short answer.
import { describe, expect, it } from "vitest";
import { deckOf, readSentence as read } from "./testing";
import { superlativeClaim } from "./superlatives";

const ask = (t: string) => {
  const c = superlativeClaim(t);
  return c ? [c.cue, c.term.text] : null;
};

describe("superlative claims", () => {
  it("a naming verb is no part of the answer ('is known as stage 1 sleep')", () => {
    expect(ask("The first stage of NREM sleep is known as stage 1 sleep.")).toEqual([
      "What is the first stage of NREM sleep?",
      "stage 1 sleep",
    ]);
  });
  it("'the most important X is Y' asks for Y, keeping the hedge and dropping the possessive", () => {
    expect(
      ask("Perhaps the most important set of rules for any institution or organization is its constitution."),
    ).toEqual(["What is perhaps the most important set of rules for any institution or organization?", "constitution"]);
  });
  it("'Y is the main X' asks for the subject, cut before a reason", () => {
    expect(
      ask("Constitutions are perhaps the most important set of rules in a country because, after all, they matter."),
    ).toEqual(["What is perhaps the most important set of rules in a country?", "Constitutions"]);
  });
  it("'To Z, Y posed the biggest problem' asks what posed it to Z", () => {
    expect(ask("To Federalist president John Adams, relations with France posed the biggest problem.")).toEqual([
      "What posed the biggest problem to Federalist president John Adams?",
      "relations with France",
    ]);
  });
  it("a leading place or time stays in the question", () => {
    expect(ask("In most mammals, the largest organ is the skin.")?.[0]).toBe(
      "In most mammals, what is the largest organ?",
    );
  });
  it("no clause, pronoun, 'one of' or bare 'the X' is an answer", () => {
    expect(ask("The main difference between the two is that one uses energy.")).toBeNull();
    expect(ask("The main reason was that they were tired.")).toBeNull();
    expect(ask("For physiology, the bond is one of the most important formed by water.")).toBeNull();
    expect(ask("This is the most common form.")).toBeNull();
    expect(ask("The disease is the most common cause of death.")).toBeNull();
    expect(ask("The oldest building is 1820.")).toBeNull();
  });
  it("is read with the sentence's other facts and gives a flashcard citing its sentence", () => {
    const t = "To Federalist president John Adams, relations with France posed the biggest problem.";
    expect(read(t).some((c) => c.rel === "superlative")).toBe(true);
    const items = deckOf(
      "Adams and France. " + t + " Adams sent envoys to Paris in 1797. The envoys met the French foreign minister.",
      "Adams and France",
    );
    const it0 = items.find((i) => i.form === "superlative");
    expect(it0?.prompt).toBe("What posed the biggest problem to Federalist president John Adams?");
    expect(it0?.answer).toBe("relations with France");
    expect(it0?.citations[0]?.quote).toBe(t);
  });
});

describe("superlative claims that say too little", () => {
  it("'the primary goal' of nothing is no question, nor a subordinate clause an answer", () => {
    expect(
      ask("While influencing policy is the primary goal, interest groups also monitor government activity."),
    ).toBeNull();
    expect(ask("The primary goal is profit.")).toBeNull();
    expect(ask("The primary goal of a firm is profit.")?.[0]).toBe("What is the primary goal of a firm?");
  });
});

describe("the question's verb", () => {
  it("agrees with the ranked phrase, in the sentence's tense", () => {
    expect(ask("Synovial joints are the most common type of joint in the body.")?.[0]).toBe(
      "What is the most common type of joint in the body?",
    );
    expect(ask("Cotton and tobacco were the main exports of the South.")?.[0]).toBe(
      "What were the main exports of the South?",
    );
    expect(ask("Tobacco was the main export of the colony.")?.[0]).toBe("What was the main export of the colony?");
  });
});

describe("a ranked person", () => {
  it("is asked with 'who'", () => {
    expect(
      ask("At the state level, perhaps the greatest advocate of Progressive government was Robert La Follette.")?.[0],
    ).toBe("At the state level, who was perhaps the greatest advocate of Progressive government?");
  });
  it("is asked with 'who' when the noun after the rank is a person ('the first woman awarded …')", () => {
    expect(
      ask("In 1894, the first woman awarded the doctoral degree in psychology was Margaret Floy Washburn.")?.[0],
    ).toBe("In 1894, who was the first woman awarded the doctoral degree in psychology?");
  });
});

describe("a ranked thing located, not named", () => {
  it("'the oldest stars are found in the globular clusters' asks nothing ('what are the oldest stars?' -> 'found in …')", () => {
    expect(ask("In our Galaxy and others, the oldest stars are found in the globular clusters.")).toBeNull();
    expect(ask("The most abundant gas in the atmosphere is nitrogen.")?.[1]).toBe("nitrogen");
  });
});
