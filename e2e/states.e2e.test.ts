// The states around the pages, where a user notices them: a section that fails says so plainly
// and "Try again" really fetches it again; review with nothing to do says why and what next;
// every chart keeps its table; a section that is slow to come shows that it is opening. Each
// state also passes the page checks (axe in both themes, 390 px) of e2e/audit.ts.
import Database from "better-sqlite3";
import type { Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { auditPage } from "./audit";
import { signUp, text, reviewReady, useBrowserAndDb, usePagesInOwnContexts } from "./browser";

const baseURL = inject("baseURL");
const { browser } = useBrowserAndDb();
const newPage = usePagesInOwnContexts(browser);
let writable: Database.Database | undefined;
beforeAll(() => {
  writable = new Database(inject("dbFile"));
  writable.pragma("busy_timeout = 5000");
});
afterAll(() => {
  writable?.close();
});

/** Imports a one-question GIFT bank from the decks page; returns the new deck's id. */
async function importOneQuestion(page: Page, title: string): Promise<string> {
  await page.goto(`${baseURL}/decks`);
  await page.fill("#import-title", title);
  await page.setInputFiles("#import-file", {
    name: "one.gift",
    mimeType: "text/plain",
    buffer: Buffer.from("::q1::Which animal is on the emblem of Narnia?{=A lion ~A tiger ~A bear}\n"),
  });
  await page.click("form[aria-label='Import a question bank'] button[type=submit]");
  await page.waitForSelector("[data-testid=import-result]");
  return (await page.locator("[data-testid=import-result] a").first().getAttribute("href"))!.split("/").pop()!;
}

describe("a section that fails", () => {
  it("says in plain words what could not be shown, keeps the header, and Try again loads it once the fault is gone", async () => {
    const page = await newPage();
    await signUp(page, baseURL, "Faulty Fran");
    const deckId = await importOneQuestion(page, "Fran's bank");
    // a fault the deck page cannot read past (its stored warnings are no longer JSON)
    writable!.prepare(`UPDATE Deck SET warnings = 'not json' WHERE id = ?`).run(deckId);
    const res = await page.goto(`${baseURL}/decks/${deckId}`);
    expect(res?.status()).toBe(500);
    await page.waitForSelector("[data-testid=segment-error]");
    expect(await text(page, "main h1")).toBe("We could not show this deck");
    expect(await page.textContent("main")).toContain("Nothing you saved was lost");
    expect(await page.textContent("main")).not.toMatch(/JSON|digest|stack|undefined/i);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("We could not show this deck"); // announced on arrival
    expect(await page.locator("main a", { hasText: "Go to your decks" }).getAttribute("href")).toBe("/decks");
    expect(await page.locator("header.top nav a").count()).toBe(5); // the way out is still there
    expect(await auditPage(page, "a deck that failed")).toEqual([]);
    // the fault goes away (a database back up, a bad row fixed): Try again asks the server again
    writable!.prepare(`UPDATE Deck SET warnings = '[]' WHERE id = ?`).run(deckId);
    await page.click("text=Try again");
    await page.waitForSelector("[data-testid=segment-error]", { state: "detached" });
    expect(await text(page, "main h1")).toBe("Fran's bank");
  });
});

describe("review with nothing to do", () => {
  it("says why there is nothing, and where to go for more", async () => {
    const page = await newPage();
    await signUp(page, baseURL, "Done Dora");
    const deckId = await importOneQuestion(page, "Dora's bank");
    await page.goto(`${baseURL}/review?deck=${deckId}`);
    await page.waitForSelector("[data-testid=choice]");
    await reviewReady(page);
    await page.keyboard.press("a");
    await page.waitForSelector("[data-testid=choice-verdict]");
    await page.keyboard.press("4"); // Easy: out of today's session (Good would bring it back in minutes)
    await page.waitForSelector("[data-testid=review-done]");
    // the next visit: the one card has been begun and is not due
    await page.goto(`${baseURL}/review?deck=${deckId}`);
    await page.waitForSelector("[data-testid=review-done]");
    expect(await text(page, "[data-testid=review-done] h2")).toBe("Nothing to review right now.");
    expect(await text(page, "[data-testid=review-done-why]")).toMatch(
      /^No cards are due, and every card here has been begun\. Cards come back when they fall due/,
    );
    expect(
      await page.locator("[data-testid=review-done-why] a", { hasText: "open another deck" }).getAttribute("href"),
    ).toBe("/decks");
    expect(await text(page, "[data-testid=review-counts]")).toMatch(
      /^0 due · \d+ new left today · 0 reviewed this session/,
    );
    expect(await auditPage(page, "review, nothing to do")).toEqual([]);
  });
});

describe("charts", () => {
  it("each chart on the progress page has a text summary and a table with its figures", async () => {
    const page = await newPage();
    const { email } = await signUp(page, baseURL, "Chart Chen");
    const deckId = await importOneQuestion(page, "Chen's bank");
    await page.goto(`${baseURL}/review?deck=${deckId}`);
    await page.waitForSelector("[data-testid=choice]");
    await reviewReady(page);
    await page.keyboard.press("a");
    await page.waitForSelector("[data-testid=choice-verdict]");
    await page.keyboard.press("4"); // Easy: out of today's session (Good would bring it back in minutes)
    await page.waitForSelector("[data-testid=review-done]");
    await page.goto(`${baseURL}/progress`);
    await page.waitForSelector("[data-testid=heatmap]");
    // the tables are drawn when a reader opens "Show the numbers" (decision 071): open each one
    const tables = page.locator("main figure details.table-alt");
    for (let i = 0; i < (await tables.count()); i++) {
      await tables.nth(i).locator("summary").click();
      await tables.nth(i).locator("table tbody tr").first().waitFor();
    }
    const charts = await page.locator("main figure").evaluateAll((figs) =>
      figs.map((f) => ({
        id: f.getAttribute("data-testid"),
        summary: f.querySelector("[role=img]")?.getAttribute("aria-label") ?? "",
        caption: f.querySelector("figcaption")?.textContent ?? "",
        rows: [...f.querySelectorAll("details.table-alt table tbody tr")].map((tr) =>
          [...tr.querySelectorAll("td")].map((td) => td.textContent),
        ),
      })),
    );
    expect(charts.map((c) => c.id)).toEqual(expect.arrayContaining(["heatmap", "due-chart"]));
    for (const c of charts) {
      expect(c.summary.length, `${c.id} summary`).toBeGreaterThan(20);
      expect(c.caption.length, `${c.id} caption`).toBeGreaterThan(20);
      expect(c.rows.length, `${c.id} table rows`).toBeGreaterThan(0);
    }
    // the calendar's table lists today's one review
    expect(charts.find((c) => c.id === "heatmap")!.rows).toEqual([[expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), "1"]]);

    // the mastery charts' key names each bar's colour, in either theme (the dark theme swaps
    // which bar is lighter, so a key that said "dark" and "light" read backwards there)
    writable!
      .prepare(`UPDATE CardState SET stability = 40 WHERE userId = (SELECT id FROM User WHERE email = ?)`)
      .run(email); // remembered for weeks: mastered
    await page.reload();
    await page.waitForSelector("[data-testid=mastery-kinds] .bar-mastered path");
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const key = await page.evaluate(() => {
        const fig = document.querySelector("[data-testid=mastery-kinds]")!;
        const swatch = (words: string) =>
          [...fig.querySelectorAll("figcaption .key")]
            .filter((k) => (k.textContent ?? "").startsWith(words))
            .map((k) => getComputedStyle(k.querySelector(".swatch")!).backgroundColor);
        const bars = (cls: string) => [
          ...new Set([...fig.querySelectorAll(`.${cls} path`)].map((p) => getComputedStyle(p).fill)),
        ];
        return {
          mastered: swatch("Mastered"),
          recall: swatch("Predicted recall"),
          masteredBars: bars("bar-mastered"),
          recallBars: bars("bar-recall"),
          caption: fig.querySelector("figcaption")!.textContent,
        };
      });
      expect(key.mastered, colorScheme).toEqual(key.masteredBars);
      expect(key.recall, colorScheme).toEqual(key.recallBars);
      expect(key.mastered[0], colorScheme).not.toBe(key.recall[0]);
      expect(key.caption).not.toMatch(/\b(Dark|Light):/);
    }
  });
});

describe("a page that is slow to come", () => {
  /** Holds the next client navigation to `path` (not a prefetch) until `release` is called. */
  async function hold(page: Page, path: string): Promise<{ release: () => void; seen: () => boolean }> {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    let seen = false;
    await page.route(
      (u) => u.pathname === path,
      async (route: Route) => {
        const h = route.request().headers();
        if (h.rsc === "1" && !h["next-router-prefetch"]) {
          seen = true;
          await held;
        }
        await route.continue();
      },
    );
    return { release: () => release(), seen: () => seen };
  }
  const opening = (page: Page, what: string) =>
    page.waitForFunction((w) => document.querySelector("[data-testid=nav-status]")?.textContent === w, what);
  /** The line is on screen (inside the viewport, not behind anything at its centre). */
  const onScreen = (page: Page) =>
    page.evaluate(() => {
      const el = document.querySelector("[data-testid=nav-status] span");
      if (!el) return false;
      const b = el.getBoundingClientRect();
      const hit = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
      return (
        getComputedStyle(el).visibility === "visible" &&
        b.top >= 0 &&
        b.bottom <= innerHeight &&
        !!hit &&
        el.contains(hit)
      );
    });

  it("shows which section or page is opening while the server answers, then the page", async () => {
    const page = await newPage();
    await signUp(page, baseURL, "Patient Pat");
    await page.goto(`${baseURL}/library`);
    await page.waitForSelector("[data-testid=nav-status][data-ready]", { state: "attached" }); // hydrated: links navigate on the client
    const decks = await hold(page, "/decks");
    await page.click("header.top nav a[href='/decks']");
    await opening(page, "Opening Decks…");
    expect(decks.seen()).toBe(true);
    await expect.poll(() => onScreen(page)).toBe(true);
    expect(await text(page, "main h1")).toBe("Library"); // the old page stays until the new one is ready
    expect(await auditPage(page, "library, opening decks")).toEqual([]);
    decks.release();
    await page.waitForURL(`${baseURL}/decks`);
    await page.waitForFunction(() => document.querySelector("main h1")?.textContent === "Decks");
    await opening(page, "");

    // the next page of a long deck, from the pager at the end of the list
    const deckPath = (await page
      .locator("[data-testid=deck-row] a", { hasText: "All sample documents" })
      .first()
      .getAttribute("href"))!;
    await page.goto(`${baseURL}${deckPath}`);
    await page.waitForSelector("[data-testid=nav-status][data-ready]", { state: "attached" });
    const next = await hold(page, deckPath);
    await page.locator("nav[aria-label='Item pages'] a[rel=next]").scrollIntoViewIfNeeded();
    await page.click("nav[aria-label='Item pages'] a[rel=next]");
    await opening(page, "Opening page 2…");
    await expect.poll(() => onScreen(page)).toBe(true);
    next.release();
    await page.waitForFunction(() =>
      /^Page 2 of \d+$/.test(document.querySelector("[data-testid=page-of]")?.textContent ?? ""),
    );
    await opening(page, "");
  });
});
