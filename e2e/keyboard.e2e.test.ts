// The main flows with the keyboard alone, in Chromium: sign in, add a document, take a quiz,
// review, assign. No mouse: Tab, Shift+Tab, arrows, Space, Enter and typing. Every element that
// takes focus on the way must show it (an outline of at least 2 px), and the first Tab reaches
// the skip link, which moves focus to the main content.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { signUp, reviewReady, useBrowserAndDb, usePagesInOwnContexts } from "./browser";

const baseURL = inject("baseURL");
const instructorCode = inject("instructorCode");
const { browser, sqlite } = useBrowserAndDb();
const newPage = usePagesInOwnContexts(browser);

interface Focused {
  selector: string;
  text: string;
  visible: boolean;
}

/** What has focus, and whether it shows: an outline of 2 px or more, not transparent. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { selector: "body", text: "", visible: false };
    const cs = getComputedStyle(el);
    // A date field's last stop is its calendar button, inside the field: the ring is drawn
    // around that button (globals.css), which the page cannot measure.
    const onPicker =
      /^(datetime-local|date|time)$/.test((el as HTMLInputElement).type) &&
      !el.matches(":focus") &&
      el.matches(":focus-within");
    const ring =
      onPicker ||
      (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2 && !/rgba\(.*,\s*0\)$/.test(cs.outlineColor));
    const box = el.getBoundingClientRect();
    const label = (el.getAttribute("aria-label") ?? el.textContent ?? (el as HTMLInputElement).value ?? "")
      .trim()
      .slice(0, 60);
    return {
      selector: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : el.getAttribute("name") ? `[name=${el.getAttribute("name")}]` : ""}`,
      text: label,
      visible: ring && box.width > 0 && box.height > 0,
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches, checking every stop on the
 *  way shows its focus. Fails after `max` presses. */
async function tabTo(
  page: Page,
  want: (f: Focused) => boolean,
  unseen: string[],
  opts: { back?: boolean; max?: number } = {},
): Promise<Focused> {
  for (let i = 0; i < (opts.max ?? 60); i++) {
    await page.keyboard.press(opts.back ? "Shift+Tab" : "Tab");
    const f = await focused(page);
    if (!f.visible && f.selector !== "body") unseen.push(`${new URL(page.url()).pathname}: ${f.selector} “${f.text}”`);
    if (want(f)) return f;
  }
  throw new Error(`no matching element within ${opts.max ?? 60} Tab presses on ${page.url()}`);
}
const is = (selector: string) => (f: Focused) => f.selector === selector;
const named = (text: string) => (f: Focused) => f.text === text;

describe("keyboard only, with a visible focus", () => {
  let email = "",
    password = "";
  let page: Page; // the student's, signed in by keyboard in the first test
  const unseen: string[] = [];

  it("the skip link comes first and moves focus to the content; sign in by typing", async () => {
    const first = await newPage();
    ({ email, password } = await signUp(first, baseURL, "Keys Kim"));
    page = await newPage();
    await page.goto(`${baseURL}/signin`);
    const skip = await tabTo(page, () => true, unseen, { max: 1 });
    expect(skip.text).toBe("Skip to content");
    expect(skip.visible).toBe(true);
    const box = (await page.locator("a.skip").boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0); // on screen while focused
    await page.keyboard.press("Enter");
    expect((await focused(page)).selector).toBe("main#main");
    await tabTo(page, is("input#email"), unseen);
    await page.keyboard.type(email);
    await tabTo(page, is("input#password"), unseen);
    await page.keyboard.type(password);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${baseURL}/decks`);
  });

  it("adds a document from the library", async () => {
    await page.goto(`${baseURL}/decks`);
    await tabTo(page, (f) => f.selector === "a" && f.text === "Library", unseen);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${baseURL}/library`);
    await tabTo(page, is("input#title"), unseen);
    await page.keyboard.type("Keyboard notes");
    await tabTo(page, is("textarea#text"), unseen);
    await page.keyboard.type("The keyboard was typed on by a tester. A tester presses Tab to move between fields.");
    await tabTo(page, named("Add to library"), unseen);
    await page.keyboard.press("Enter");
    await page.waitForSelector("text=Added");
    expect(await page.textContent("main [role=status]")).toContain("Keyboard notes");
  });

  it("takes a quiz: picks an option with the arrows, submits with Enter, moves on with Enter", async () => {
    const deck = sqlite().prepare(`SELECT id FROM Deck WHERE starter = 1 AND title = 'All sample documents'`).get() as {
      id: string;
    };
    await page.goto(`${baseURL}/decks/${deck.id}`);
    await tabTo(page, is("input#count"), unseen);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("2");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/quiz\//);
    for (let q = 1; q <= 2; q++) {
      await page.waitForSelector(`text=Question ${q} of 2`);
      await tabTo(page, (f) => f.selector === "input[name=choice]", unseen);
      await page.keyboard.press("ArrowDown"); // moves and checks the next option
      expect(await page.locator("input[name=choice]:checked").count()).toBe(1);
      await tabTo(page, named("Submit answer"), unseen);
      await page.keyboard.press("Enter");
      await page.waitForSelector("[data-testid=feedback]");
      // the next step has focus already, and shows it
      const next = await focused(page);
      expect(next.text).toBe(q === 1 ? "Next question" : "See your score");
      expect(next.visible).toBe(true);
      await page.keyboard.press("Enter");
    }
    await page.waitForSelector("[data-testid=score]");
  });

  it("reviews: Space shows the answer, a number rates, the focus stays visible", async () => {
    await page.goto(`${baseURL}/review`);
    await page.waitForSelector("[data-testid=flashcard]");
    await reviewReady(page);
    const card = await page.locator("[data-testid=flashcard]").getAttribute("data-item-id");
    await page.keyboard.press("Space");
    await page.waitForSelector("[data-testid=card-back]");
    const rate = await tabTo(page, (f) => f.text.startsWith("Good"), unseen);
    expect(rate.visible).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (id) => document.querySelector("[data-testid=flashcard]")?.getAttribute("data-item-id") !== id,
      card,
    );
    expect(await page.textContent("[data-testid=review-message]")).toContain("Saved: Good");
  });

  it("assigns a quiz: chooses a deck from the list, types the due date, submits", async () => {
    page = await newPage();
    await signUp(page, baseURL, "Keys Teacher", instructorCode);
    await page.goto(`${baseURL}/classes`);
    await tabTo(page, is("input#name"), unseen);
    await page.keyboard.type("Keys 101");
    await page.keyboard.press("Enter");
    await page.waitForSelector("[data-testid=join-code]");
    await tabTo(page, named("Assign a quiz"), unseen);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/assign$/);
    await tabTo(page, is("select#deck"), unseen);
    await page.keyboard.press("ArrowDown"); // the first deck of the list
    await tabTo(page, named("Use this deck"), unseen);
    await page.keyboard.press("Enter");
    await page.waitForSelector("form[aria-label='Assignment settings']");
    await tabTo(page, is("input#questionCount"), unseen);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("2");
    await tabTo(page, is("input#dueAt"), unseen);
    const due = new Date(Date.now() + 7 * 86_400_000);
    // Chromium's date-time field: month, day and year typed in turn (a year may have more
    // digits, so the right arrow moves on), then hours, minutes and AM/PM
    await page.keyboard.type(
      `${String(due.getMonth() + 1).padStart(2, "0")}${String(due.getDate()).padStart(2, "0")}${due.getFullYear()}`,
    );
    await page.keyboard.press("ArrowRight");
    await page.keyboard.type("1000A");
    expect(await page.inputValue("#dueAt")).toMatch(/T10:00$/);
    await tabTo(page, named("Assign to the class"), unseen);
    await page.keyboard.press("Enter");
    await page.waitForSelector("text=Assignment created.");
  });

  it("showed the focus at every stop", () => {
    expect(unseen).toEqual([]);
  });
});
