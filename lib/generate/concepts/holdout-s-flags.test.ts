// What the blind raters of pS flagged, read after pS was rated: a main clause read as an appositive after a
// subordinate clause, a figure's panel letters left in a prompt.
import { describe, expect, it } from "vitest";
import { tokenize } from "../read/nlp";
import { apparatusRanges, cutRanges } from "./apparatus";
import { embeddedDefinitions } from "./embedded";
import { readTriples } from "./testing";

describe("a clause after a subordinate clause is no appositive", () => {
  it("'…, and, once the United States entered the war, the OPA regulated prices …' defines no war", () => {
    const t =
      "In April 1941, Roosevelt created the Office of Price Administration (OPA), and, once the United States entered the war, the OPA regulated prices and attempted to combat inflation.";
    expect(embeddedDefinitions(t, 0, tokenize(t, 0, t.length))).toEqual([]);
  });
  it("an appositive after the main clause's noun is still read", () => {
    expect(
      readTriples(
        "When prices rose, such societies were held together by mechanical solidarity, a type of social order based on shared beliefs.",
      ),
    ).toContainEqual(["definition", "mechanical solidarity", "a type of social order based on shared beliefs"]);
  });
});

describe("a figure's panel letters", () => {
  it("'(a,b)', '(b–d)' and '(a and b)' before a stop are cut", () => {
    for (const panel of ["(a,b)", "(b–d)", "(a and b)", "(a, c)"]) {
      const t = `The myosin head attaches to the actin while ADP is still bound to myosin ${panel}.`;
      expect(cutRanges(t, apparatusRanges(t))).toBe(
        "The myosin head attaches to the actin while ADP is still bound to myosin.",
      );
    }
  });
  it("a list's own letters stay", () => {
    const v = "Bonds are of two kinds: (a) ionic bonds and (b) covalent bonds.";
    expect(cutRanges(v, apparatusRanges(v))).toBe(v);
  });
});
