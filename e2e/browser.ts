// Debian's Chromium through playwright-core (never a downloaded browser).
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { toolEnv } from "../lib/server/env";
import { DESKTOP } from "./audit";
import { CHROMIUM_OFFLINE_FLAGS } from "../lib/testing/chromium";

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: toolEnv().CHROMIUM_PATH,
    args: ["--headless", ...CHROMIUM_OFFLINE_FLAGS],
  });
}

let n = 0;
/** Signs up; a new account lands on the first-run page (/welcome), then by default goes on to
 *  /decks, where most tests start (`{ stay: true }` stays on /welcome). */
export async function signUp(
  page: Page,
  baseURL: string,
  name: string,
  instructorCode?: string,
  opts: { stay?: boolean } = {},
): Promise<{ email: string; password: string }> {
  n += 1;
  const email = `${name.toLowerCase().replace(/\W+/g, "")}-${Date.now()}-${n}@example.test`;
  const password = "correct horse battery";
  await page.goto(`${baseURL}/signup`);
  await page.fill("#name", name);
  await page.fill("#email", email);
  await page.fill("#password", password);
  if (instructorCode) await page.fill("#instructorCode", instructorCode);
  await page.click("button[type=submit]");
  await page.waitForURL(`${baseURL}/welcome`);
  if (!opts.stay) await page.goto(`${baseURL}/decks`);
  return { email, password };
}

/** Waits until the review page answers keys (it hydrates after its streamed content shows). */
export async function reviewReady(page: Page): Promise<void> {
  await page.waitForSelector("[data-testid=review][data-ready=true]");
}

export async function signIn(page: Page, email: string, password: string) {
  await page.fill("#email", email);
  await page.fill("#password", password);
  await page.click("button[type=submit]");
}

export async function text(page: Page, selector: string): Promise<string> {
  const t = await page.locator(selector).first().textContent();
  expect(t).not.toBeNull();
  return (t ?? "").trim();
}

/** One browser and a read-only handle on the app's database for a test file, closed after it. */
export function useBrowserAndDb(): { browser: () => Browser; sqlite: () => Database.Database } {
  let browser: Browser | undefined;
  let sqlite: Database.Database | undefined;
  beforeAll(async () => {
    browser = await launch();
    sqlite = new Database(inject("dbFile"), { readonly: true });
  });
  afterAll(async () => {
    await browser?.close();
    sqlite?.close();
  });
  return { browser: () => browser!, sqlite: () => sqlite! };
}

/** Pages each in a fresh context (cookies of their own) at desktop size, closed after the file's tests. */
export function usePagesInOwnContexts(browser: () => Browser): () => Promise<Page> {
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    for (const c of contexts) await c.close();
  });
  return async () => {
    const ctx = await browser().newContext({ viewport: DESKTOP });
    contexts.push(ctx);
    return ctx.newPage();
  };
}

/**
 * Opens the single-document starter deck with the most items: the tests curate it, retire and edit its multiple-choice
 * questions and assign three, so they need a deck with several (starter decks are built with a random seed, and the
 * shortest sample article can give as few as three).
 */
export async function openLargestStarterDeck(page: Page): Promise<void> {
  const rows = page.locator("[data-testid=deck-row]", { hasNotText: "All sample documents" });
  let best = -1;
  let bestItems = -1;
  for (let i = 0; i < (await rows.count()); i++) {
    const n = Number(/(\d+) items?/.exec((await rows.nth(i).textContent()) ?? "")?.[1] ?? 0);
    if (n > bestItems) [best, bestItems] = [i, n];
  }
  expect(best).toBeGreaterThanOrEqual(0);
  await rows.nth(best).locator("a").first().click();
}
