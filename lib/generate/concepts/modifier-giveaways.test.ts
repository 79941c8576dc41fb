import { describe, expect, it } from "vitest";
import { modifierGivenAway } from "./giveaways";

const TAXES =
  "Taxes. Governments raise money through several kinds of taxes. Income taxes are based on the income received by " +
  "businesses and individuals. Sales taxes are levied on goods when they are sold.";
const SLEEP =
  "Sleep. Sleep has stages. In stage 2 sleep the body relaxes, and sleep is interrupted by bursts known as sleep " +
  "spindles. Deep sleep follows; sleep cycles repeat through the night, and REM sleep ends each cycle of sleep.";

describe("a blank whose modifier the stem spells out", () => {
  it("is given away when the stem writes the word that tells the name apart", () => {
    expect(
      modifierGivenAway("_____ are based on the income received by businesses and individuals.", "Income taxes", TAXES),
    ).toBe(true);
    expect(
      modifierGivenAway("This baby boom resulted in the cohort known as the _____.", "baby boomers", "A baby boom."),
    ).toBe(true);
  });

  it("is not when the modifier is the document's topic", () => {
    expect(
      modifierGivenAway(
        "In stage 2 sleep, theta waves are interrupted by bursts known as _____.",
        "sleep spindles",
        SLEEP,
      ),
    ).toBe(false);
  });

  it("is not when the stem repeats the head, names no modifier, or the answer is one word", () => {
    expect(modifierGivenAway("_____ is a tax on goods when they are sold.", "sales tax", TAXES)).toBe(false);
    expect(modifierGivenAway("The income received is called _____.", "revenue", TAXES)).toBe(false);
  });
});
