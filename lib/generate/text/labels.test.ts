// A capital after the noun it numbers ends a sentence at its stop; an initial inside a name does not.
import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe("a stop after a one-letter label", () => {
  it("'… produce angiotensin I. Angiotensin I is …' and 'type A. Others …' are two sentences", () => {
    expect(split("Renin cleaves angiotensinogen to produce angiotensin I. Angiotensin I is not active yet.")).toEqual([
      "Renin cleaves angiotensinogen to produce angiotensin I.",
      "Angiotensin I is not active yet.",
    ]);
    expect(split("Some people have blood of type A. Others have type B.")).toHaveLength(2);
  });
  it("an initial in a name stays inside its sentence: 'Work by J. Smith', 'George W. Bush'", () => {
    expect(split("Work by J. Smith showed it. The speech of George W. Bush was short.")).toEqual([
      "Work by J. Smith showed it.",
      "The speech of George W. Bush was short.",
    ]);
  });
});

describe("a reference list's entries", () => {
  it("are no sentences of the text (a title split off an entry would read as one)", () => {
    const t = [
      "Federalism has benefits and drawbacks.",
      "",
      "Derthick, Martha, ed. 1999. Dilemmas of Scale in America’s Federal Democracy. New York: Cambridge University Press.",
      "",
      "Orren, Karen, and Stephen Skowronek. 2004. The Search for American Political Development. New York: Cambridge University Press.",
    ].join("\n");
    expect(split(t)).toEqual(["Federalism has benefits and drawbacks."]);
  });
  it("a sentence that opens on a name and a year stays", () => {
    const t = "Washington, the capital, grew in 1800. It grew again later.";
    expect(split(t)).toHaveLength(2);
  });
});
