import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { signIn, signUp, text, useBrowserAndDb } from "./browser";

const baseURL = inject("baseURL");
const { browser, sqlite } = useBrowserAndDb();

/** The key of the question on screen, read from the database (the page never has it). */
function keyOf(questionId: string): string {
  const row = sqlite()
    .prepare(`SELECT i.answer AS answer FROM AttemptQuestion q JOIN Item i ON i.id = q.itemId WHERE q.id = ?`)
    .get(questionId) as { answer: string } | undefined;
  if (!row) throw new Error(`question ${questionId} not in the database`);
  return row.answer;
}

async function currentQuestionId(page: Page): Promise<string> {
  const id = await page.locator("section[data-question-id]").getAttribute("data-question-id");
  if (!id) throw new Error("no question on the page");
  return id;
}

async function answer(page: Page, correct: boolean): Promise<{ key: string; chosen: string }> {
  const key = keyOf(await currentQuestionId(page));
  const options = await page.locator("fieldset.options label span").allTextContents();
  const chosen = correct ? key : options.find((o) => o !== key)!;
  await page.locator("fieldset.options label", { hasText: chosen }).first().locator("input").check();
  await page.click("text=Submit answer");
  await page.waitForSelector("[data-testid=feedback]");
  return { key, chosen };
}

describe("a student takes a cited quiz", () => {
  let quizUrl = "";
  let first: { email: string; password: string };

  it("signs up, opens the whole-set deck, answers with feedback and citations, resumes, and finds the score", async () => {
    const page = await browser().newPage();
    first = await signUp(page, baseURL, "Student One");
    await page.click("text=All sample documents");
    await page.waitForSelector("h1:has-text('All sample documents')");
    // the whole set, 25 items a page
    expect(await page.locator("[data-testid=deck-item]").count()).toBe(25);
    expect(await text(page, "[data-testid=page-of]")).toMatch(/^Page 1 of ([2-9]|\d\d)/);
    await page.fill("#count", "3");
    await page.click("text=Start quiz");
    await page.waitForURL(/\/quiz\//);
    quizUrl = page.url();
    expect(await text(page, "text=/Question 1 of 3/")).toContain("Question 1 of 3");

    // 1: right
    await answer(page, true);
    expect(await text(page, "[data-testid=verdict]")).toContain("Correct.");
    await page.click("text=Next question");
    await page.waitForSelector("text=Question 2 of 3");

    // 2: wrong on purpose: the correct answer and the cited sentence are shown
    const { key } = await answer(page, false);
    expect(await text(page, "[data-testid=verdict]")).toContain("Not quite.");
    expect(await text(page, "[data-testid=correct-answer]")).toBe(key);
    const quote = await text(page, "[data-testid=citation-quote]");
    expect(quote.length).toBeGreaterThan(15);

    // the citation opens the document with that sentence highlighted and in view
    await page.locator("[data-testid=citation-link]").first().click();
    await page.waitForURL(/\/documents\/.+start=\d+&end=\d+/);
    const mark = page.locator("mark#cite");
    expect((await mark.textContent())?.trim()).toBe(quote);
    await page.waitForFunction(() => {
      const r = document.getElementById("cite")!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });

    // back to the quiz, reload: it resumes at question 3
    await page.goto(quizUrl);
    await page.reload();
    await page.waitForSelector("text=Question 3 of 3");

    // 3: right, then the score
    await answer(page, true);
    await page.click("text=See your score");
    await page.waitForSelector("[data-testid=score]");
    expect(await text(page, "[data-testid=score]")).toContain("Score: 2 of 3 (67%)");
    expect(await page.locator("[data-testid=review-item]").count()).toBe(3);

    await page.click("header >> text=Progress");
    await page.waitForSelector("[data-testid=attempts]");
    expect(await text(page, "[data-testid=attempt-row]")).toContain("2 / 3 (67%)");
    await page.close();
  });

  it("keeps a choice through an expired session and returns to the same question after sign-in", async () => {
    const ctx = await browser().newContext();
    const page = await ctx.newPage();
    const who = await signUp(page, baseURL, "Student Three");
    await page.click("text=All sample documents");
    await page.fill("#count", "2");
    await page.click("text=Start quiz");
    await page.waitForURL(/\/quiz\//);
    const url = page.url();
    const qid = await currentQuestionId(page);
    const key = keyOf(qid);
    await page.locator("fieldset.options label", { hasText: key }).first().locator("input").check();
    await ctx.clearCookies(); // the session expires while the student thinks
    await page.click("text=Submit answer");
    await page.waitForURL(/\/signin\?callbackUrl=/);
    await signIn(page, who.email, who.password);
    await page.waitForURL(url);
    expect(await currentQuestionId(page)).toBe(qid);
    expect(await page.locator("fieldset.options input:checked").count()).toBe(1);
    await page.click("text=Submit answer");
    expect(await text(page, "[data-testid=verdict]")).toContain("Correct.");
    await ctx.close();
  });

  it("shows a second student none of the first one's attempts", async () => {
    const ctx = await browser().newContext();
    const page = await ctx.newPage();
    await signUp(page, baseURL, "Student Two");
    await page.goto(`${baseURL}/progress`);
    await page.waitForSelector("text=No quizzes yet"); // the page streams in after its skeleton
    expect(await page.locator("[data-testid=attempt-row]").count()).toBe(0);
    await page.goto(quizUrl);
    expect(await text(page, "h1")).toBe("Not found");
    expect(await page.textContent("main")).not.toContain("Question");
    await ctx.close();
    expect(first.email).toContain("@");
  });
});
