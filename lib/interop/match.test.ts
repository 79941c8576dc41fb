import { describe, expect, it } from "vitest";
import { CitationFinder, containsWords, normalize } from "./match";
import type { ImportedItem } from "./types";

const TEXT = [
  "Almaty was the capital of Kazakhstan until 1997.",
  "The Parisian café opened in 1903.",
  "Marie Curie won the Nobel Prize in Paris in 1903.",
  "In 2020, the Kazakh government rejected Russian efforts to deepen regional integration.",
].join(" ");

function sentences(text: string) {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^.]+\./g)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push({ start, end: m.index + m[0].length });
  }
  return out;
}

const finder = new CitationFinder([{ id: "d1", text: TEXT, sentences: sentences(TEXT) }]);
const item = (p: Partial<ImportedItem>): ImportedItem => ({
  type: "flashcard",
  kind: "other",
  prompt: "",
  answer: "",
  options: [],
  tags: [],
  ...p,
});
const quote = (c: { start: number; end: number } | null) => (c ? TEXT.slice(c.start, c.end) : null);

describe("finding the sentence that proves an imported item", () => {
  it("cites the sentence that holds the answer as whole words and shares the question's words", () => {
    expect(
      quote(finder.find(item({ prompt: "Which city was the capital of Kazakhstan until 1997?", answer: "Almaty" }))),
    ).toBe(TEXT.split(" The")[0]);
    expect(quote(finder.find(item({ prompt: "Where did Marie Curie win the Nobel Prize?", answer: "PARIS" })))).toBe(
      "Marie Curie won the Nobel Prize in Paris in 1903.",
    );
    expect(
      quote(
        finder.find(
          item({ type: "cloze", prompt: "Marie Curie won the _____ in Paris in 1903.", answer: "Nobel Prize" }),
        ),
      ),
    ).toBe("Marie Curie won the Nobel Prize in Paris in 1903.");
  });

  it("leaves it uncited when the answer is only part of a word, or the sentence is about something else", () => {
    expect(finder.find(item({ prompt: "What is the city of the Louvre?", answer: "Paris" }))).toBeNull();
    expect(finder.find(item({ prompt: "Which café style is popular?", answer: "Paris" }))).toBeNull();
    expect(finder.find(item({ prompt: "When did the Berlin Wall fall?", answer: "1903" }))).toBeNull();
    expect(finder.find(item({ prompt: "Anything?", answer: "Tokyo" }))).toBeNull();
  });

  it("cites a true/false statement by the sentence that says nearly all of it, even when the statement is false", () => {
    const c = finder.find(
      item({
        type: "truefalse",
        prompt: "In 2016, the Kazakh government rejected Russian efforts to deepen regional integration.",
        answer: "False",
      }),
    );
    expect(quote(c)).toBe("In 2020, the Kazakh government rejected Russian efforts to deepen regional integration.");
    expect(
      finder.find(item({ type: "truefalse", prompt: "The Kazakh steppe is cold in winter.", answer: "True" })),
    ).toBeNull();
  });

  it("prefers the sentence the file quoted, when it is in the library and holds the answer", () => {
    const c = finder.find(item({ prompt: "When?", answer: "1903", citationHint: "The Parisian café opened in 1903." }));
    expect(quote(c)).toBe("The Parisian café opened in 1903.");
  });

  it("compares text with curly quotes, dashes and case folded", () => {
    expect(normalize("It’s  “Alma–Ata”")).toBe(`it's "alma-ata"`);
    expect(containsWords("the nobel prize in paris", "paris")).toBe(true);
    expect(containsWords("the parisian cafe", "paris")).toBe(false);
    expect(containsWords("cost $2-$3 billion", "$2-$3 billion")).toBe(true);
  });
});
