// Abbreviations a document defines, spelled out where a prompt uses them alone.
import { describe, expect, it } from "vitest";
import { definedAbbreviations, spellOut } from "./abbreviations";
import { generateDeck } from "..";

describe("abbreviations", () => {
  it("finds the long form the letters of the abbreviation come from", () => {
    const text =
      "Acute mountain sickness (AMS) is common. The protein 2,3-bisphosphoglycerate (BPG) binds hemoglobin. The Collective Security Treaty Organization (CSTO) met. A study (1961) and a note (see above) define nothing.";
    expect([...definedAbbreviations(text)]).toEqual([
      ["AMS", "acute mountain sickness"],
      ["BPG", "2,3-bisphosphoglycerate"],
      ["CSTO", "Collective Security Treaty Organization"],
    ]);
  });
  it("spells out the first bare use only, never when the long form is the answer or already there", () => {
    const abbrs = new Map([["BPG", "2,3-bisphosphoglycerate"]]);
    expect(spellOut("A greater amount of BPG is produced; BPG binds _____.", abbrs, ["hemoglobin"])).toBe(
      "A greater amount of 2,3-bisphosphoglycerate (BPG) is produced; BPG binds _____.",
    );
    expect(spellOut("What does BPG stand for?", abbrs, ["2,3-bisphosphoglycerate"])).toBe("What does BPG stand for?");
    expect(spellOut("2,3-bisphosphoglycerate (BPG) binds _____.", abbrs, [])).toBe(
      "2,3-bisphosphoglycerate (BPG) binds _____.",
    );
  });
  it("leaves an abbreviation inside a compound or already glossed alone", () => {
    const abbrs = new Map([["REM", "rapid eye movement"]]);
    expect(spellOut("We enter non-REM (NREM) sleep, then _____.", abbrs, ["stage 1"])).toBe(
      "We enter non-REM (NREM) sleep, then _____.",
    );
    expect(spellOut("REM (dream) sleep follows _____.", abbrs, [])).toBe("REM (dream) sleep follows _____.");
    expect(spellOut("During REM sleep, _____ rises.", abbrs, [])).toBe(
      "During rapid eye movement (REM) sleep, _____ rises.",
    );
  });
  it("a deck's concept items use a defined abbreviation spelled out", () => {
    const text = [
      "Altitude",
      "Acute mountain sickness (AMS) is a condition that results from rapid exposure to low oxygen at high altitude. Symptoms of AMS include nausea, vomiting, fatigue, lightheadedness, and nosebleeds. The usual treatment of severe AMS is a drug known as acetazolamide. The kidneys release a hormone known as erythropoietin when oxygen is low.",
    ].join("\n\n");
    const items = generateDeck([{ id: "a", title: "Altitude", text }], { seed: 1, maxItemsPer1000Words: 1000 }).items;
    const bare = items.filter((i) => /\bAMS\b/.test(i.prompt) && !/acute mountain sickness \(AMS\)/i.test(i.prompt));
    expect(items.some((i) => /\bAMS\b/.test(i.prompt))).toBe(true);
    expect(bare.map((i) => i.prompt)).toEqual([]);
  });
});
