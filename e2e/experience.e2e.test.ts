// The faults of issue 13 a user would notice, each checked where they would notice it: the
// first screen after sign-up, the deck page's counts, resuming a quiz, the weakest items after a
// wrong answer, review's option list, the assign form's dates, one font family, the dark theme
// and days counted in the student's own time zone.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { studyDay, dayIso } from "@/lib/scheduling";
import { DESKTOP } from "./audit";
import { signUp, text, reviewReady, useBrowserAndDb } from "./browser";

const baseURL = inject("baseURL");
const instructorCode = inject("instructorCode");
const { browser, sqlite } = useBrowserAndDb();
const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const c of contexts) await c.close();
});

async function newPage(opts: { timezoneId?: string; colorScheme?: "light" | "dark" } = {}): Promise<Page> {
  const ctx = await browser().newContext({ viewport: DESKTOP, ...opts });
  contexts.push(ctx);
  return ctx.newPage();
}

const wholeSet = () =>
  sqlite().prepare(`SELECT id FROM Deck WHERE starter = 1 AND title = 'All sample documents'`).get() as { id: string };
const keyOf = (questionId: string) =>
  (sqlite().prepare(`SELECT answer FROM AttemptQuestion WHERE id = ?`).get(questionId) as { answer: string }).answer;

async function answer(page: Page, right: boolean): Promise<string> {
  const qid = (await page.locator("section[data-question-id]").getAttribute("data-question-id"))!;
  const key = keyOf(qid);
  const options = await page.locator("fieldset.options label span").allTextContents();
  await page
    .locator("fieldset.options label", { hasText: right ? key : options.find((o) => o !== key)! })
    .first()
    .locator("input")
    .check();
  await page.click("text=Submit answer");
  await page.waitForSelector("[data-testid=feedback]");
  return (sqlite().prepare(`SELECT itemId FROM AttemptQuestion WHERE id = ?`).get(qid) as { itemId: string }).itemId;
}

describe("a new student's first steps", () => {
  it("lands on a first-run screen with the starter deck and a form for their own document, and starts a quiz from it", async () => {
    const page = await newPage();
    await signUp(page, baseURL, "First Timer", undefined, { stay: true });
    expect(await text(page, "h1")).toBe("Welcome to CiteDeck, First Timer");
    expect(await text(page, "[data-testid=try-starter]")).toContain("All sample documents");
    expect(await page.locator("[data-testid=add-own] form[aria-label='Add a document']").count()).toBe(1);
    // add a document right here
    await page.fill("[data-testid=add-own] #title", "My notes on tides");
    await page.fill(
      "[data-testid=add-own] #text",
      "Tides are caused by the gravity of the Moon. Spring tides happen when the Sun and the Moon are aligned. Neap tides happen at the quarter moons.",
    );
    await page.click("[data-testid=add-own] button[type=submit]");
    await page.waitForSelector("text=Added");
    expect(await text(page, "[data-testid=add-own] [role=status]")).toContain("My notes on tides");
    // or try the starter deck: a short quiz
    await page.click("[data-testid=try-starter] button", { timeout: 10_000 });
    await page.waitForURL(/\/quiz\//);
    expect(await page.textContent("main")).toContain("Question 1 of 5");
  });

  it("says why a deck has fewer quiz questions than items, in words that count right", async () => {
    const page = await newPage();
    await signUp(page, baseURL, "Counting Carla");
    const deck = wholeSet();
    const items = (
      sqlite().prepare(`SELECT COUNT(*) AS n FROM Item WHERE deckId = ? AND status = 'active'`).get(deck.id) as {
        n: number;
      }
    ).n;
    const quizzable = (
      sqlite()
        .prepare(
          `SELECT COUNT(*) AS n FROM Item WHERE deckId = ? AND status = 'active' AND type IN ('mcq', 'truefalse')`,
        )
        .get(deck.id) as { n: number }
    ).n;
    expect(quizzable).toBeLessThan(items);
    await page.goto(`${baseURL}/decks/${deck.id}`);
    expect(await text(page, "[data-testid=quiz-available]")).toBe(
      `${quizzable} of the ${items} items can be quiz questions: only multiple-choice and true/false items are asked in a quiz. The other ${items - quizzable} items (flashcards and fill-in-the-blank cards) are for review.`,
    );
    expect(await text(page, "main h2")).toBe(`${items} items`);
    expect(await page.textContent("main")).not.toMatch(/\b1 questions\b/);
    // a one-question quiz left open: the deck says "1 question", not "1 questions"
    await page.fill("#count", "1");
    await page.click("text=Start quiz");
    await page.waitForURL(/\/quiz\//);
    await page.goto(`${baseURL}/decks/${deck.id}`);
    expect(await text(page, "[data-testid=open-quiz]")).toContain("0 of 1 question answered");
  });

  it("resumes a quiz from its deck page and from its own link, not from the progress page", async () => {
    const page = await newPage();
    await signUp(page, baseURL, "Resuming Rosa");
    const deck = wholeSet();
    await page.goto(`${baseURL}/decks/${deck.id}`);
    await page.fill("#count", "3");
    await page.click("text=Start quiz");
    await page.waitForURL(/\/quiz\//);
    const quizPath = new URL(page.url()).pathname;
    expect(await page.locator("[data-testid=resume-note] a").first().getAttribute("href")).toBe(quizPath);
    expect(await page.locator("[data-testid=resume-note] a", { hasText: "its deck" }).getAttribute("href")).toBe(
      `/decks/${deck.id}`,
    );
    await answer(page, true);
    await page.goto(`${baseURL}/decks/${deck.id}`);
    expect(await text(page, "[data-testid=open-quiz]")).toContain("1 of 3 questions answered");
    await page.click("[data-testid=open-quiz] a");
    await page.waitForURL(`${baseURL}${quizPath}`);
    expect(await page.textContent("main")).toContain("Question 2 of 3");
  });

  it("lists a question just answered wrong among the weakest items as missed, with its recall tomorrow", async () => {
    const page = await newPage();
    await signUp(page, baseURL, "Weak Walter");
    await page.goto(`${baseURL}/decks/${wholeSet().id}`);
    await page.fill("#count", "2");
    await page.click("text=Start quiz");
    await page.waitForURL(/\/quiz\//);
    const wrongItem = await answer(page, false);
    await page.click("text=Next question");
    await page.waitForSelector("text=Question 2 of 2");
    await answer(page, true);
    await page.goto(`${baseURL}/progress`);
    const first = page.locator("[data-testid=weak-item]").first();
    const prompt = (sqlite().prepare(`SELECT prompt FROM Item WHERE id = ?`).get(wrongItem) as { prompt: string })
      .prompt;
    expect(await first.textContent()).toContain(prompt);
    const facts = await first.locator("[data-testid=weak-facts]").textContent();
    expect(facts).toContain("missed 1 of 1 time");
    const recall = Number(/(\d+)% likely to recall it tomorrow/.exec(facts ?? "")?.[1]);
    expect(recall).toBeGreaterThan(0);
    expect(recall).toBeLessThan(90);
    expect(await page.textContent("main")).not.toContain("predicted recall 100%");
  });

  it("shows review's multiple-choice options lettered once, not numbered too", async () => {
    const page = await newPage();
    await signUp(page, baseURL, "Letters Lena");
    const mcq = sqlite()
      .prepare(
        `SELECT i.id FROM Item i JOIN Deck d ON d.id = i.deckId WHERE i.type = 'mcq' AND i.status = 'active' AND d.starter = 1 LIMIT 1`,
      )
      .get() as { id: string };
    await page.goto(`${baseURL}/review?items=${mcq.id}&since=${Date.now()}`);
    await page.waitForSelector("[data-testid=choice]");
    await reviewReady(page);
    const markers = await page
      .locator(".choices li")
      .evaluateAll((lis) => lis.map((li) => getComputedStyle(li).listStyleType));
    expect(markers.length).toBeGreaterThan(1);
    expect(new Set(markers)).toEqual(new Set(["none"]));
    expect((await page.locator("[data-testid=choice]").first().innerText()).trim()).toMatch(/^A\s/);
  });

  it("reads documents in the same font family as the rest, in both themes, and follows the system's dark setting", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await newPage({ colorScheme });
      await signUp(page, baseURL, `Reader ${colorScheme}`);
      await page.goto(`${baseURL}/decks/${wholeSet().id}`);
      await page.locator("[data-testid=deck-item] a[href*='start=']").first().click();
      await page.waitForSelector("mark#cite");
      const fonts = await page.evaluate(() =>
        ["body", "h1", ".doc-text", "button", "header.top nav a"].map(
          (s) => getComputedStyle(document.querySelector(s)!).fontFamily,
        ),
      );
      expect(new Set(fonts).size).toBe(1);
      expect(fonts[0]).toMatch(/system-ui/);
      const bg = await page.evaluate(() => getComputedStyle(document.body.parentElement!).backgroundColor);
      expect(bg).toBe(colorScheme === "dark" ? "rgb(20, 22, 26)" : "rgb(251, 250, 247)");
    }
  });
});

describe("an instructor assigns a quiz", () => {
  it("gets date fields of full size, side by side and aligned", async () => {
    const page = await newPage();
    await signUp(page, baseURL, "Dates Dana", instructorCode);
    await page.goto(`${baseURL}/classes`);
    await page.fill("#name", "Dates 1");
    await page.click("text=Create class");
    await page.waitForSelector("[data-testid=join-code]");
    await page.goto(`${page.url()}/assign?deck=${wholeSet().id}`);
    await page.waitForSelector("form[aria-label='Assignment settings']");
    const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
    const [opens, due, title] = [await box("#opensAt"), await box("#dueAt"), await box("#title")];
    expect(Math.abs(opens.y - due.y)).toBeLessThan(1); // one row, whatever the labels say
    expect(Math.abs(opens.height - due.height)).toBeLessThan(1);
    expect(opens.height).toBeGreaterThanOrEqual(title.height - 1); // as tall as the other fields
    expect(opens.width).toBeGreaterThan(200);
    const sizes = await page.evaluate(() =>
      ["#opensAt", "#dueAt", "#title"].map((s) => getComputedStyle(document.querySelector(s)!).fontSize),
    );
    expect(new Set(sizes)).toEqual(new Set(["16px"]));
    // on a phone they stack, each the full width
    await page.setViewportSize({ width: 390, height: 844 });
    const [o2, d2] = [await box("#opensAt"), await box("#dueAt")];
    expect(d2.y).toBeGreaterThan(o2.y + o2.height - 1);
    expect(Math.abs(o2.width - d2.width)).toBeLessThan(1);
  });
});

describe("days in the student's own time zone", () => {
  it("a student in California: the zone comes from the browser, the calendar counts today on their date, and they can change it", async () => {
    const page = await newPage({ timezoneId: "America/Los_Angeles" });
    await signUp(page, baseURL, "Pacific Paula");
    await page.goto(`${baseURL}/account`);
    expect(await text(page, "[data-testid=account-clock]")).toContain("start at 4:00 in America/Los_Angeles");
    await page.goto(`${baseURL}/review?deck=${wholeSet().id}`);
    await page.waitForSelector("[data-testid=flashcard]");
    await reviewReady(page);
    await page.keyboard.press("Space");
    await page.waitForSelector("[data-testid=card-back]");
    await page.keyboard.press("3");
    await page.waitForSelector("text=Saved: Good");
    const reviewedAt = new Date();
    await page.goto(`${baseURL}/progress`);
    expect(await text(page, "[data-testid=day-clock]")).toContain("Your days start at 4:00 in America/Los_Angeles");
    const local = dayIso(studyDay(reviewedAt, { timeZone: "America/Los_Angeles", dayStartHour: 4 }));
    expect(await page.locator(`[data-testid=heatmap] rect[data-date="${local}"]`).getAttribute("data-count")).toBe("1");
    // moving to Tokyo, with days from midnight: the review moves to its Tokyo date
    await page.goto(`${baseURL}/review/settings`);
    expect(await page.inputValue("#timeZone")).toBe("America/Los_Angeles");
    await page.selectOption("#timeZone", "Asia/Tokyo");
    await page.selectOption("#dayStartHour", "0");
    await page.click("text=Save settings");
    await page.waitForSelector("text=days from 0:00 in Asia/Tokyo");
    await page.goto(`${baseURL}/progress`);
    const tokyo = dayIso(studyDay(reviewedAt, { timeZone: "Asia/Tokyo", dayStartHour: 0 }));
    expect(await page.locator(`[data-testid=heatmap] rect[data-date="${tokyo}"]`).getAttribute("data-count")).toBe("1");
    expect(await page.locator("[data-testid=heatmap] rect[data-count='1']").count()).toBe(1);
  });
});
