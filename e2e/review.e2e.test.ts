import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { dayIso, studyDay } from "@/lib/scheduling";
import { signUp, text, reviewReady, useBrowserAndDb } from "./browser";

const baseURL = inject("baseURL");
const { browser, sqlite } = useBrowserAndDb();

const itemOnScreen = async (page: Page) =>
  (await page.locator("[data-testid=flashcard]").getAttribute("data-item-id")) ?? "";

async function waitForCardChange(page: Page, from: string) {
  await page.waitForFunction(
    (id) => document.querySelector("[data-testid=flashcard]")?.getAttribute("data-item-id") !== id,
    from,
  );
}

describe("a student reviews flashcards by keyboard, undoes a rating, and sees it on the progress page", () => {
  it("reviews on a phone-sized screen with Space and 1–4, undoes with U, and finds the reviews in progress and CSV", async () => {
    const ctx = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    const who = await signUp(page, baseURL, "Reviewer One");
    await page.click("text=All sample documents");
    await page.click("[data-testid=review-deck]");
    await page.waitForURL(/\/review\?deck=/);
    await page.waitForSelector("[data-testid=flashcard]");
    await reviewReady(page);
    expect(await text(page, "[data-testid=review-counts]")).toContain("20 new left today");

    // Card 1: flip with Space, the back shows the answer and the cited sentence; 3 = Good
    const first = await itemOnScreen(page);
    expect(await page.locator("[data-testid=card-back]").count()).toBe(0);
    await page.keyboard.press("Space");
    await page.waitForSelector("[data-testid=card-back]");
    expect((await text(page, "[data-testid=citation-quote]")).length).toBeGreaterThan(15);
    expect(await page.locator("[data-testid=citation-link]").first().getAttribute("href")).toMatch(
      /^\/documents\/.+\?start=\d+&end=\d+#cite$/,
    );
    // each rating button shows the next interval
    for (const g of [1, 2, 3, 4])
      expect(await text(page, `[data-testid=rate-${g}] .rate-interval`)).toMatch(/^(\d+(\.\d)?(m|h|d|mo|y)|now)$/);
    // the four buttons fit the phone screen without sideways scrolling
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.keyboard.press("3");
    await waitForCardChange(page, first);
    expect(await text(page, "[data-testid=review-message]")).toContain("Saved: Good");

    // Card 2: 1 = Again, then U undoes it and shows the same card again
    const second = await itemOnScreen(page);
    await page.keyboard.press("Space");
    await page.waitForSelector("[data-testid=card-back]");
    await page.keyboard.press("1");
    await page.waitForSelector("text=Saved: Again");
    await page.keyboard.press("u");
    await page.waitForSelector("text=Last rating undone");
    expect(await itemOnScreen(page)).toBe(second);
    await page.keyboard.press("Space");
    await page.waitForSelector("[data-testid=card-back]");
    await page.keyboard.press("4");
    await page.waitForSelector("text=Saved: Easy");

    // Stored as made: two reviews (Good, Easy), the undone Again is gone
    const rows = sqlite()
      .prepare(
        `SELECT r.rating AS rating FROM ReviewLog r JOIN User u ON u.id = r.userId WHERE u.email = ? ORDER BY r.review`,
      )
      .all(who.email) as { rating: number }[];
    expect(rows.map((r) => r.rating)).toEqual([3, 4]);

    // A reload resumes with the remaining new cards
    await page.reload();
    await page.waitForSelector("[data-testid=flashcard]");
    await reviewReady(page);
    expect(await text(page, "[data-testid=review-counts]")).toContain("18 new left today");

    // Progress: streak, totals, calendar for today, charts with text alternatives
    await page.click("header >> text=Progress");
    await page.waitForSelector("[data-testid=study-stats]");
    expect(await text(page, "[data-testid=streak]")).toContain("1 day");
    expect(await text(page, "[data-testid=total-reviews]")).toContain("2");
    expect(await text(page, "[data-testid=total-cards]")).toContain("2");
    // today as the student counts days: their browser's zone (kept at sign-up), from 4 am
    const clock = sqlite().prepare(`SELECT timeZone, dayStartHour FROM User WHERE email = ?`).get(who.email) as {
      timeZone: string;
      dayStartHour: number;
    };
    const today = dayIso(studyDay(new Date(), clock));
    expect(await page.locator(`[data-testid=heatmap] rect[data-date="${today}"]`).getAttribute("data-count")).toBe("2");
    expect(await page.locator("[data-testid=heatmap] svg").getAttribute("aria-label")).toContain("2 reviews on 1 day,");
    await page.waitForSelector("[data-testid=due-chart] svg");
    expect(await page.locator("[data-testid=weak-item]").count()).toBe(2);
    expect(await page.locator("[data-testid=attempt-row]").count()).toBe(0);

    // CSV: the student's own figures; nothing without a session
    const csv = await page.request.get(`${baseURL}/progress/export/daily`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain(`${today},2\r\n`);
    const anon = await fetch(`${baseURL}/progress/export/daily`);
    expect(anon.status).toBe(401);

    // Study the weakest now: a practice session over those two cards
    await page.click("[data-testid=study-weakest]");
    await page.waitForSelector("[data-testid=flashcard]");
    await reviewReady(page);
    expect(await text(page, "h1")).toBe("Practise your weakest items");
    await ctx.close();
  });

  it("picks a wrong option of a multiple-choice card by keyboard and sees where that option really appears", async () => {
    // Only items a student can review: the classes test may have retired items or hidden a deck.
    const rows = sqlite()
      .prepare(
        `SELECT i.id, i.answer, i.optionCitations FROM Item i JOIN Deck d ON d.id = i.deckId WHERE i.type = 'mcq' AND i.status = 'active' AND d.hiddenFromStudents = 0 AND i.optionCitations != '{}'`,
      )
      .all() as { id: string; answer: string; optionCitations: string }[];
    const item = rows.find((r) =>
      Object.entries(JSON.parse(r.optionCitations) as Record<string, unknown[]>).some(
        ([o, c]) => o !== r.answer && c.length > 0,
      ),
    );
    expect(item, "the generator records where wrong options appear for some items").toBeDefined();
    const wrongWithCite = Object.entries(JSON.parse(item!.optionCitations) as Record<string, unknown[]>).find(
      ([o, c]) => o !== item!.answer && c.length > 0,
    )![0];
    const ctx = await browser().newContext();
    const page = await ctx.newPage();
    await signUp(page, baseURL, "Reviewer Two");
    await page.goto(`${baseURL}/review?items=${item!.id}&since=${Date.now()}`);
    await page.waitForSelector("[data-testid=choice]");
    await reviewReady(page);
    const options = (await page.locator("[data-testid=choice]").allTextContents()).map((t) =>
      t.replace(/^[A-D]\s*/, "").trim(),
    );
    expect(options).toContain(item!.answer);
    await page.keyboard.press("abcd"[options.indexOf(wrongWithCite)]!);
    expect(await text(page, "[data-testid=choice-verdict]")).toContain("Not quite.");
    await page.waitForSelector(`text=Where “${wrongWithCite}” really appears:`);
    expect(await page.locator("[data-testid=citation-quote]").count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("rate-1");
    await page.keyboard.press("1");
    await page.waitForSelector("[data-testid=review-done]");

    // Study settings (the server's checks of the range are tested in review.int.test.ts)
    await page.goto(`${baseURL}/review/settings`);
    await page.fill("#retentionPercent", "85");
    await page.fill("#dailyNewLimit", "5");
    await page.click("text=Save settings");
    await page.waitForSelector("text=Saved: 85% retention, 5 new cards a day,");
    await page.goto(`${baseURL}/review`);
    // 5 a day, one already used: the multiple-choice card above was new
    expect(await text(page, "[data-testid=review-counts]")).toContain("4 new left today");
    await ctx.close();
  });
});
