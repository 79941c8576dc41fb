// Wrong options of the key's own kind: a court for a court, a justice for a justice.
import { describe, expect, it } from "vitest";
import { sameInstitution, titleBefore } from "./entities";

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
