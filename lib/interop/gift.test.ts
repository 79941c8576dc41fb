import { parse, type GIFTQuestion } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { giftEscape, writeGift } from "./gift-writer";
import { readGift } from "./gift-reader";
import { InteropError } from "./errors";
import { essence, TRICKY, trickyDeck } from "./test-fixtures";

type Q = Exclude<GIFTQuestion, { type: "Category" } | { type: "Description" }>;

describe("GIFT export read by gift-pegjs (an independent parser)", () => {
  const deck = trickyDeck();
  const parsed = parse(writeGift(deck));
  const questions = parsed.filter((q) => q.type !== "Category") as Q[];

  it("is one category named after the deck, then one question per item of the right type", () => {
    expect(parsed[0]).toMatchObject({
      type: "Category",
      title: `$course$/top/Steppe :: notes // "2024" <draft> & more`,
    });
    expect(questions.map((q) => q.type)).toEqual(["MC", "Short", "TF", "Short", "Short"]);
  });

  it("keeps every reserved character of prompts, answers and options", () => {
    const mc = questions[0] as Extract<Q, { type: "MC" }>;
    expect(mc.stem).toEqual({ format: "plain", text: deck.items[0]!.prompt });
    expect(mc.choices.map((c) => [c.text.text, c.isCorrect])).toEqual(
      deck.items[0]!.options.map((o) => [o, o === deck.items[0]!.answer]),
    );
    const card = questions[3] as Extract<Q, { type: "Short" }>;
    expect(card.stem.text).toBe(deck.items[3]!.prompt);
    expect(card.choices[0]!.text.text).toBe(`Antony Blinken ${TRICKY}`);
    const tf = questions[2] as Extract<Q, { type: "TF" }>;
    expect(tf.isTrue).toBe(false);
  });

  it("puts the citation (quoted sentence and document title) in the general feedback, and the kind, type and stable id on the comment line", () => {
    expect(questions[0]!.globalFeedback?.text).toBe(
      `Source: “Almaty = "Alma-Ata" was the capital until 1997.” — Kazakhstan: a history <1>`,
    );
    expect(questions[4]!.globalFeedback?.text).toMatch(/^Uncited:/);
    expect(questions[0]!.tags).toEqual(["kind-place", "type-mcq"]);
    expect(questions[4]!.tags).toEqual(["kind-other", "type-flashcard", "uncited"]);
    expect(questions.every((q) => /^[0-9A-Za-z]{11}$/.test(q.id ?? ""))).toBe(true);
    expect(questions[1]!.stem.text).toContain("_____");
  });

  it("escapes exactly Moodle's reserved set", () => {
    expect(giftEscape("a\\b~c=d#e{f}g:h\ni\r")).toBe("a\\\\b\\~c\\=d\\#e\\{f\\}g\\:h\\ni");
  });
});

describe("GIFT import", () => {
  it("round trip: an exported GIFT file imported again gives the same items, kinds and citation sentences", () => {
    const deck = trickyDeck();
    const bank = readGift(writeGift(deck));
    expect(bank.title).toBe(`Steppe :: notes / "2024" <draft> & more`);
    expect(bank.items.map(essence)).toEqual(deck.items.map(essence));
    expect(bank.items.map((i) => i.citationHint)).toEqual(
      deck.items.map((i) => i.citations[0]?.quote.replace(/\s+/g, " ")),
    );
    expect(bank.warnings).toEqual([]);
  });

  // Written as Moodle's documentation and teachers write GIFT: unescaped colons in text, the
  // missing-word format, weights, numerical and matching questions, CRLF line ends.
  const HAND_WRITTEN = [
    "// A bank written by hand",
    "$CATEGORY: $course$/top/Astronomy/Moons",
    "",
    "::Q1:: Note: which planet has the moon Titan? {",
    "  =Saturn # Right",
    "  ~Jupiter # No",
    "  ~%0%Mars",
    "}",
    "",
    "Grant is {~buried =entombed ~living} in Grant's tomb.",
    "",
    "The Moon orbits the Earth.{TRUE}",
    "",
    "::Q4::Who discovered Titan?{=Christiaan Huygens =Huygens#Also accepted####Huygens found it in 1655.}",
    "",
    "Titan was discovered in {=1655} by Huygens.",
    "",
    "When was Galileo born?{#1564:1}",
    "",
    "Match the moons.{=Titan -> Saturn =Io -> Jupiter}",
    "",
    "Write about moons.{}",
    "",
    "Which are moons? {~%50%Titan ~%50%Io ~%-100%Mars}",
    "",
    "Just a description without answers.",
  ].join("\r\n");

  it("reads hand-written banks the way Moodle does, and says what it skipped", () => {
    const bank = readGift(HAND_WRITTEN);
    expect(bank.title).toBe("Moons");
    expect(bank.items.map((i) => [i.type, i.prompt, i.answer, i.options])).toEqual([
      ["mcq", "Note: which planet has the moon Titan?", "Saturn", ["Saturn", "Jupiter", "Mars"]],
      ["mcq", "Grant is _____ in Grant's tomb.", "entombed", ["buried", "entombed", "living"]],
      ["truefalse", "The Moon orbits the Earth.", "True", []],
      ["flashcard", "Who discovered Titan?", "Christiaan Huygens", []],
      ["cloze", "Titan was discovered in _____ by Huygens.", "1655", []],
      ["flashcard", "When was Galileo born?", "1564", []],
    ]);
    expect(bank.items[3]!.citationHint).toBe("Huygens found it in 1655.");
    expect(bank.warnings).toEqual([
      "1 matching question was skipped: CiteDeck has no such item.",
      "1 essay question was skipped: CiteDeck has no such item.",
      "1 multiple-answer (more than one right option) question was skipped: CiteDeck has no such item.",
      "1 description (text without answers) question was skipped: CiteDeck has no such item.",
    ]);
  });

  it("agrees with gift-pegjs on every question both parsers accept", () => {
    const strict = HAND_WRITTEN.replace("Note: which", "Note\\: which");
    const theirs = parse(strict).filter((q) => ["MC", "TF", "Short"].includes(q.type)) as Q[];
    const ours = readGift(strict).items;
    type Choice = { isCorrect: boolean; weight: number | null; text: { text: string } };
    const first = (q: Q) =>
      q.type === "MC" || q.type === "Short"
        ? (q.choices as Choice[]).find((c) => c.isCorrect || (c.weight ?? 0) >= 100)?.text.text
        : q.type === "TF"
          ? q.isTrue
            ? "True"
            : "False"
          : undefined;
    const comparable = theirs.filter((q) => !(q.type === "MC" && (q.choices as Choice[]).every((c) => !c.isCorrect)));
    expect(comparable.map((q) => [q.stem.text.replace(/\s+/g, " ").trim(), first(q)])).toEqual(
      ours.filter((i) => i.prompt !== "When was Galileo born?").map((i) => [i.prompt, i.answer]),
    );
  });

  it("stops at a syntax error and names its line", () => {
    const bad = "::A::Fine {=yes ~no}\n\n// two\n::B::Broken answer block {=yes ~no\n";
    expect(() => readGift(bad)).toThrowError(InteropError);
    try {
      readGift(bad);
    } catch (e) {
      expect((e as InteropError).code).toBe("SYNTAX");
      expect((e as InteropError).line).toBe(4);
      expect((e as Error).message).toMatch(
        /^Line 4: a question's answers must be inside \{ and \}: the “\}” is missing/,
      );
    }
    expect(() => readGift("::C::One answer only {~alone}")).toThrowError(
      /Line 1: a multiple-choice question needs at least two answers/,
    );
  });
});
