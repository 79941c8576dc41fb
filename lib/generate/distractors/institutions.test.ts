// Wrong options of the key's own kind: a court for a court, a justice for a justice.
import { describe, expect, it } from "vitest";
import { eraAround, sameInstitution, titleBefore } from "./entities";

describe("a body's wrong options are bodies of its kind", () => {
  it("a court among courts, never a university or a party ('the _____ is composed of nine justices')", () => {
    expect(sameInstitution("U.S. Supreme Court", "U.S. Tax Court")).toBe(true);
    expect(sameInstitution("U.S. Supreme Court", "Harvard University")).toBe(false);
    expect(sameInstitution("U.S. Supreme Court", "Democratic Party")).toBe(false);
    expect(sameInstitution("U.S. Senate", "Senate Judiciary Committee")).toBe(true);
    // a body of no known kind is not judged by its name
    expect(sameInstitution("NATO", "Collective Security Treaty Organization")).toBe(true);
  });
});

describe("a title before the blank", () => {
  it("is a title in lower case too ('current justice _____' takes justices, not presidents)", () => {
    expect(titleBefore("while current justice ")).toBe(true);
    expect(titleBefore("nominated by President ")).toBe(true);
    expect(titleBefore("a fair trial by ")).toBe(false);
    expect(titleBefore("the general ")).toBe(false);
  });
});

describe("a person of the key's title and time (holdout hA's flags)", () => {
  it("'U.S. president _____' and 'then-president _____' ask for presidents", () => {
    expect(titleBefore("U.S. president ")).toBe(true);
    expect(titleBefore("convinced Congress and then-president ")).toBe(true);
    expect(titleBefore("the president of the ")).toBe(false);
  });
  it("a decade dates a name ('the 1930s'), and a name with no year beside it is dated by the paragraphs around", () => {
    const t = "The New Deal programs President Roosevelt proposed ran afoul of the justices in the 1930s.";
    expect(eraAround(t, 0, t.length)).toBe(1930);
    const far = "In 1995 the court ruled again. " + "The ruling was narrow. ".repeat(20) + "Obama signed it.";
    expect(eraAround(far, far.indexOf("Obama"), far.length)).toBe(1995);
  });
});
