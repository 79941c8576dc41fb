// A student uploads a textbook section and gets a deck of its key terms: definitions asked both ways, terms
// blanked where the text names them, each item citing the sentence that proves it.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { signUp, text, useBrowserAndDb } from "./browser";

const SECTION = path.resolve(process.cwd(), "../shared/corpus/textbooks/anatomy-physiology-m45989.txt");
const POLITICS = path.resolve(process.cwd(), "../shared/corpus/textbooks/introduction-political-science-m00002.txt");

describe("a textbook section becomes a deck of its key terms", () => {
  const { browser, sqlite } = useBrowserAndDb();
  const baseURL = inject("baseURL");

  /** A new student uploads a section and builds a deck from it; the page is left on the deck. */
  async function deckFromUpload(student: string, name: string, file: string): Promise<Page> {
    const page = await browser().newPage();
    await signUp(page, baseURL, student);
    await page.goto(`${baseURL}/library`);
    await page.click("text=Upload a file");
    await page.setInputFiles("#file", { name, mimeType: "text/plain", buffer: fs.readFileSync(file) });
    await page.click("text=Add to library");
    await page.waitForSelector("text=to your library");
    await page.click("[role=status] a");
    await page.waitForURL(/\/documents\//);
    await page.click("text=Build a deck from this document");
    await page.waitForURL(/\/decks\/[^/?]+/);
    return page;
  }

  it("uploads the section, builds a deck and shows term items with their citations", async () => {
    expect(fs.existsSync(SECTION), `the textbook corpus is missing: ${SECTION}`).toBe(true);
    const page = await deckFromUpload("Tess Textbook", "homeostasis.txt", SECTION);

    const prompts = await page.locator("[data-testid=deck-item-prompt]").allTextContents();
    const kinds = await page.locator("[data-testid=deck-item] .badge:nth-child(2)").allTextContents();
    expect(kinds.filter((k) => k === "term").length).toBeGreaterThanOrEqual(8);
    // the terms the section defines, asked from their definitions (a short indefinite gloss is asked the other way
    // round: "What is negative feedback?")
    const controlCenter =
      "What is the term for the component in a feedback system that compares the value to the normal range?";
    expect(prompts).toContain("What is negative feedback?");
    expect(prompts).toContain(controlCenter);
    // a term its section's opening sentence tells what it does is asked from that sentence (decision 019x)
    expect(prompts).toContain(
      "_____ intensifies a change in the body’s physiological condition rather than reversing it.",
    );
    // the section's terms are asked where the text defines them; a sentence that merely uses one of them is not
    // blanked again (decision 019t): the deck's blanks go to terms it does not otherwise ask ("Childbirth")
    const terms = ["set point", "effector", "negative feedback", "normal range", "control center", "sensor"];
    const clozes = page.locator("[data-testid=deck-item]", { hasText: "_____" });
    const answers = await clozes.locator("[data-testid=deck-item-answer]").allTextContents();
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((a) => terms.includes(a.toLowerCase()))).toEqual([]);
    expect(answers.filter((a) => a.toLowerCase() === "positive feedback")).toHaveLength(1);
    const item = page.locator("[data-testid=deck-item]", { hasText: controlCenter });
    await item.locator("summary").click();
    expect(await item.locator("[data-testid=deck-item-answer]").textContent()).toBe("control center");
    // its citation: the sentence that proves it, linked to the document
    const cited = item.locator("a[href*='/documents/']").first();
    expect(await cited.getAttribute("href")).toMatch(/start=\d+&end=\d+/);
    await page.close();
  });

  it("a deck of cards only says why it offers no quiz", async () => {
    const page = await deckFromUpload("Paul Politics", "politics.txt", POLITICS);
    const deckId = /\/decks\/([^/?]+)/.exec(page.url())![1]!;
    const count = (where: string) =>
      (
        sqlite()
          .prepare(`SELECT COUNT(*) AS n FROM Item WHERE deckId = ? AND status = 'active'${where}`)
          .get(deckId) as {
          n: number;
        }
      ).n;
    // (the section's definitions are asked as cards: none of its items is multiple choice or true/false)
    const items = count("");
    expect(items).toBeGreaterThan(0);
    expect(count(" AND type IN ('mcq', 'truefalse')")).toBe(0);
    expect(await text(page, "[data-testid=quiz-available]")).toBe(
      `This deck has no quiz questions yet: only multiple-choice and true/false items are asked in a quiz, and its ${items} items are flashcards and fill-in-the-blank cards for review.`,
    );
    expect(await page.locator("text=Start quiz").count()).toBe(0);
    await page.close();
  });
});
