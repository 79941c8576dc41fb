import { describe, expect, it } from "vitest";
import { tokenize } from "./nlp";

const tagOf = (text: string, word: string) => tokenize(text, 0, text.length).find((t) => t.v === word)?.pos;

describe("a hyphenated modifier's head", () => {
  it("is a noun after a determiner and a modifier whose second part is no noun", () => {
    // (wink reads "back" as an adverb and "guarantee" as a verb)
    expect(tagOf("A money-back guarantee is an agreement.", "guarantee")).toBe("NOUN");
    expect(tagOf("The seller might offer a money-back guarantee, an agreement.", "guarantee")).toBe("NOUN");
  });
  it("stays a verb where the compound ends on a noun and may be the head itself", () => {
    expect(tagOf("The stock-market fell sharply.", "fell")).toBe("VERB");
  });
});
