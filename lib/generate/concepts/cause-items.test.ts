// "What causes …?" asks with the text's own verb, never of a bare "the inflammation" the card does not name; a question
// that points to a place the sentence before named ("arrive there") leans on it.
import { describe, expect, it } from "vitest";
import { loadWordNet } from "../../lexicon/wordnet";
import { deckOf } from "./testing";
import { leansOnContext } from "./prompt";

const deck = (text: string) => deckOf(text, text.split("\n")[0]!, loadWordNet()!);

describe("cause cards", () => {
  it("ask what produces a thing the text says is produced", () => {
    const items = deck(`The Cytoskeleton

Microtubules

Microtubules are hollow tubes of tubulin that help cells keep their shape. The mitotic spindle is produced by two centrosomes at opposite ends of the cell. The spindle separates the chromosomes during mitosis.
`);
    const card = items.find((i) => i.form === "cause");
    expect(card?.prompt).toMatch(/What produces the mitotic spindle\?$/);
  });
  it("ask nothing of 'the inflammation' alone", () => {
    const items = deck(`Viral Hepatitis

Hepatitis Viruses

Five viruses infect the liver and cause hepatitis. Hepatocytes infected by the virus replicate it and release more virions into the blood. The inflammation is caused by immune cells attacking the infected hepatocytes. Most infections clear within months.
`);
    expect(items.filter((i) => /What causes the inflammation\?/.test(i.prompt))).toEqual([]);
  });
});

describe("a question that points to a place the sentence before named", () => {
  it("leans on its context: 'What was the first to arrive there …?', not 'There are three types …'", () => {
    expect(leansOnContext("What was the first to arrive there in 1620?")).toBe(true);
    expect(leansOnContext("Most of the settlers who lived there were farmers.")).toBe(true);
    expect(leansOnContext("There are three types of rock.")).toBe(false);
  });
});
