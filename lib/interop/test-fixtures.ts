// Decks for the format tests: every item type, and text with every character some format
// reserves (GIFT's ~ = # { } : and backslash, XML and HTML's < > & " ', Anki's {{ }} and ::,
// tabs, line breaks, non-Latin text) in prompts, answers, options, titles and quotes.
import type { ExportDeck } from "./types";

export const TRICKY = `a\\b ~ = # { } : :: {{c2::x}} <b>&amp;</b> "q" 'a' Ωμέγα 🦉`;

export function trickyDeck(): ExportDeck {
  return {
    id: "deck-tricky",
    title: `Steppe :: notes / "2024" <draft> & more`,
    items: [
      {
        key: "item-mcq",
        type: "mcq",
        kind: "place",
        prompt: `Which city {was} the capital: until 1997? ${TRICKY}`,
        answer: 'Almaty = "Alma-Ata"',
        options: ["Astana ~ Nur-Sultan", 'Almaty = "Alma-Ata"', "Shymkent #3", "Karaganda {K}"],
        citations: [
          {
            documentTitle: "Kazakhstan: a history <1>",
            quote: 'Almaty = "Alma-Ata" was the capital until 1997.',
            documentId: "doc-1",
            start: 10,
            end: 58,
          },
        ],
        approved: true,
        version: 2,
        score: 3.5,
      },
      {
        key: "item-cloze",
        type: "cloze",
        kind: "date",
        prompt: "The capital moved to Astana in _____, after a decree: the {move} was {{c2::fast}}.",
        answer: "1997",
        options: [],
        citations: [
          {
            documentTitle: "Kazakhstan: a history <1>",
            quote: "The capital moved to Astana in 1997, after a decree: the {move} was fast.",
            documentId: "doc-1",
            start: 60,
            end: 131,
          },
        ],
      },
      {
        key: "item-tf",
        type: "truefalse",
        kind: "number",
        prompt: "Ethnic Kazakhs made up around 50 percent of the population in 1991.",
        answer: "False",
        options: [],
        citations: [
          {
            documentTitle: "Census\tnotes",
            quote: "Ethnic Kazakhs made up around 40 percent of the population in 1991.",
            documentId: "doc-2",
            start: 0,
            end: 67,
          },
        ],
      },
      {
        key: "item-card",
        type: "flashcard",
        kind: "person",
        prompt: `Who said: "Once Russians are in your house…"?\n${TRICKY}`,
        answer: `Antony Blinken ${TRICKY}`,
        options: [],
        citations: [
          {
            documentTitle: "Census\tnotes",
            quote: `Antony Blinken ${TRICKY} said it.`,
            documentId: "doc-2",
            start: 70,
            end: 150,
          },
        ],
      },
      {
        key: "item-uncited",
        type: "flashcard",
        kind: "other",
        prompt: "What is the largest steppe?",
        answer: "The Kazakh Steppe",
        options: [],
        citations: [],
      },
    ],
  };
}

/** What an export keeps of an item, to compare with what a reader gives back. */
export const essence = (i: { type: string; kind: string; prompt: string; answer: string; options: string[] }) => ({
  type: i.type,
  kind: i.kind,
  prompt: i.prompt.replace(/\s+/g, " ").trim(),
  answer: i.answer.replace(/\s+/g, " ").trim(),
  options: i.options,
});
