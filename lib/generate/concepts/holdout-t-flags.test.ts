// What the blind raters of pT flagged, read after pT was rated: a place asked for "the term", a location in
// parentheses read as a definition, "refer to all the … as X" read with the speakers as the term, a ranked role read
// as a term, a function's answer run on into a second verb.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { parentheticalDefinitions } from "./asides";
import { explicitDefinition } from "./explicit";
import { functionAsked } from "./function-items";
import { termOk } from "./phrase";
import { tokenize } from "../read/nlp";
import { deckOf } from "./testing";

const wordnet = loadWordNet()!;

describe("what pT's raters flagged", () => {
  it("'The forearm is the origin of …' is asked 'What is the origin of …?', not for 'the term'", () => {
    const text =
      "Muscles of the Hand\n\nThe hand has many small muscles. The forearm is the origin of the extrinsic muscles of the hand. These muscles move the fingers.";
    const prompts = deckOf(text, "Muscles of the Hand", wordnet).map((i) => `${i.prompt} -> ${i.answer}`);
    expect(prompts.some((p) => p.startsWith("What is the term for the origin"))).toBe(false);
    expect(prompts).toContain("What is the origin of the extrinsic muscles of the hand? -> forearm");
  });
  it("a location in parentheses is no definition ('supraspinatus (superior to the spine of the scapula)')", () => {
    const t =
      "Named for their locations, the supraspinatus (superior to the spine of the scapula) and the infraspinatus (inferior to the spine of the scapula) abduct the arm.";
    expect(parentheticalDefinitions(t)).toEqual([]);
    // (a gloss in parentheses is still read)
    const u = "Tobacco became the key cash crop (a crop grown to sell for profit) of the colony.";
    expect(parentheticalDefinitions(u).map((c) => c.term.text)).toContain("cash crop");
  });
  it("'Astronomers refer to all the material between stars as interstellar matter' names interstellar matter", () => {
    const t =
      "Astronomers refer to all the material between stars as interstellar matter; the entire collection of interstellar matter is called the interstellar medium (ISM).";
    const c = explicitDefinition(t, 0, tokenize(t, 0, t.length));
    expect(c?.term.text).toBe("interstellar matter");
    expect(c?.gloss?.text).toBe("all the material between stars");
  });
  it("a ranked role is no term ('the primary source of contention')", () => {
    expect(termOk("primary source of contention")).toBe(false);
    expect(termOk("main cause of death")).toBe(false);
    expect(termOk("source of energy")).toBe(true);
  });
  it("a function's object ends before a second verb of function", () => {
    expect(functionAsked("inhibits osteoclast activity and stimulates calcium uptake by the bones")?.object).toBe(
      "osteoclast activity",
    );
    expect(functionAsked("regulates proteins and lipids in the cell")?.object).toBe("proteins and lipids in the cell");
  });
});
