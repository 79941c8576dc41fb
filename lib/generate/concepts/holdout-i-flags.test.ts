// What blind raters flagged on pool pI (rated on the engine of commit 13eebde; a learning pool from then on), in
// sentences written for the tests in the shape of the flagged ones.
import { describe, expect, it } from "vitest";
import { readSentence } from "./testing";

const defined = (t: string) =>
  readSentence(t)
    .filter((c) => c.rel === "definition")
    .map((c) => [c.term.text, c.gloss?.text]);

describe("a noun that frames the term", () => {
  it("'The idea of race refers to …' defines race, not 'idea of race'", () => {
    expect(
      defined("The idea of race refers to superficial physical differences that a society considers significant."),
    ).toEqual([["race", "superficial physical differences that a society considers significant"]]);
  });
  it("'for the sake of homeostasis (regulation of the internal environment)' defines homeostasis", () => {
    const t =
      "The autonomic system controls the body, usually for the sake of homeostasis (regulation of the internal environment).";
    expect(defined(t)).toEqual([["homeostasis", "regulation of the internal environment"]]);
  });
});
