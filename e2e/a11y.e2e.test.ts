// Every page in the states people meet it, checked the same way (e2e/audit.ts): axe-core's
// WCAG 2.1 A and AA rules in the light and the dark theme, and no sideways scrolling on a
// 390 px phone (with the header at most two rows). Each test lists every fault it found.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { auditPage } from "./audit";
import {
  openLargestStarterDeck,
  signIn,
  signUp,
  text,
  reviewReady,
  useBrowserAndDb,
  usePagesInOwnContexts,
} from "./browser";

const baseURL = inject("baseURL");
const instructorCode = inject("instructorCode");
const { browser, sqlite } = useBrowserAndDb();
const newPage = usePagesInOwnContexts(browser);

const wholeSetDeck = () =>
  (sqlite().prepare(`SELECT id FROM Deck WHERE starter = 1 AND title = 'All sample documents'`).get() as { id: string })
    .id;
const keyOf = (questionId: string) =>
  (sqlite().prepare(`SELECT answer FROM AttemptQuestion WHERE id = ?`).get(questionId) as { answer: string }).answer;

/** Answers the question on screen (right or wrong) and waits for the feedback. */
async function answer(page: Page, right: boolean) {
  const qid = (await page.locator("section[data-question-id]").getAttribute("data-question-id"))!;
  const key = keyOf(qid);
  const options = await page.locator("fieldset.options label span").allTextContents();
  const chosen = right ? key : options.find((o) => o !== key)!;
  await page.locator("fieldset.options label", { hasText: chosen }).first().locator("input").check();
  await page.click("text=Submit answer");
  await page.waitForSelector("[data-testid=feedback]");
}

describe("the checks themselves", () => {
  it("find faults when there are some: contrast in one theme only, a missing alt, a fault at phone width only, a page too wide, a tall header, two mains", async () => {
    const page = await newPage();
    // A page of our own with the app's stylesheet (React would remove nodes added to its pages).
    await page.goto(`${baseURL}/signin`);
    const sheets = await page
      .locator("link[rel=stylesheet]")
      .evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
    expect(sheets.length).toBeGreaterThan(0);
    // text in the theme's colour on a fixed white background: fine in light, unreadable in dark
    await page.setContent(
      `<!doctype html><html lang="en"><head><title>Audit check</title>${sheets.map((h) => `<link rel="stylesheet" href="${h}">`).join("")}</head>
      <body><a class="skip" href="#main">Skip to content</a><header class="top"><a class="brand" href="/">CiteDeck</a></header>
      <main id="main"><h1>Audit check</h1><p style="color: var(--fg); background: #fff">Theme text on a white card</p></main></body></html>`,
      { waitUntil: "load" },
    );
    const themed = await auditPage(page, "themed fault");
    expect(themed).toEqual([expect.stringMatching(/^themed fault \(dark\): color-contrast/)]);
    // a box three lines high that takes no focus: its text fits on a wide screen, and scrolls on a phone
    await page.evaluate(() => {
      document.querySelector("main p")!.remove();
      document
        .querySelector("main")!
        .insertAdjacentHTML(
          "beforeend",
          `<div style="overflow: auto; height: 4.5em; line-height: 1.5">${"A sentence that wraps onto more lines when the screen is narrow. ".repeat(3)}</div>`,
        );
    });
    const narrow = await auditPage(page, "narrow fault");
    expect(narrow).toEqual([expect.stringMatching(/^narrow fault \(390 px, light\): scrollable-region-focusable/)]);
    await page.evaluate(() => {
      const main = document.querySelector("main")!;
      main.insertAdjacentHTML("beforeend", '<img src="/icon.svg"><div style="width: 600px">wide</div>');
      document.querySelector("header.top")!.insertAdjacentHTML("beforeend", '<div style="height: 150px">tall</div>');
      document.body.insertAdjacentHTML("beforeend", '<main id="main">a second main</main>');
    });
    const faults = await auditPage(page, "more faults");
    expect(faults.some((x) => x.includes("(light): image-alt"))).toBe(true);
    expect(faults.some((x) => x.startsWith("more faults (390 px): the page is") && x.includes("div"))).toBe(true);
    expect(faults.some((x) => x.includes("the header is"))).toBe(true);
    expect(faults.some((x) => x.startsWith("more faults: landmarks"))).toBe(true);
  });
});

// four axe runs a state (light, dark, and light at 390 px): about a minute a test on a loaded 2-core machine
describe("every page passes axe (light and dark) and fits a 390 px phone", { timeout: 240_000 }, () => {
  let classId = "",
    joinCode = "",
    copyDeckId = "",
    assignmentId = "";
  let teacher: Page;

  it("signed out: home, sign-in (and its error), sign-up, a page that does not exist", async () => {
    const page = await newPage();
    const problems: string[] = [];
    await page.goto(`${baseURL}/`);
    problems.push(...(await auditPage(page, "home")));
    await page.goto(`${baseURL}/signin`);
    problems.push(...(await auditPage(page, "sign-in")));
    await signIn(page, "demo@citedeck.local", "not the password");
    await page.waitForSelector("form[aria-label='Sign in'] .error-box");
    problems.push(...(await auditPage(page, "sign-in, wrong password")));
    await page.goto(`${baseURL}/signup`);
    problems.push(...(await auditPage(page, "sign-up")));
    expect((await page.goto(`${baseURL}/no-such-page`))?.status()).toBe(404);
    problems.push(...(await auditPage(page, "not found, signed out")));
    expect(problems).toEqual([]);
  });

  it("a student: first run, library (and empty), decks, a deck, a cited document, account, classes, refusals", async () => {
    const page = await newPage();
    const problems: string[] = [];
    await signUp(page, baseURL, "Axe Student", undefined, { stay: true });
    problems.push(...(await auditPage(page, "welcome")));
    await page.goto(`${baseURL}/library`);
    problems.push(...(await auditPage(page, "library")));
    await page.goto(`${baseURL}/library?q=nothing-has-this-title`);
    await page.waitForSelector("text=No document title contains");
    problems.push(...(await auditPage(page, "library, nothing found")));
    await page.goto(`${baseURL}/decks`);
    problems.push(...(await auditPage(page, "decks")));
    await page.goto(`${baseURL}/decks/${wholeSetDeck()}`);
    problems.push(...(await auditPage(page, "deck")));
    await page.locator("[data-testid=deck-item] a[href*='start=']").first().click();
    await page.waitForSelector("mark#cite");
    problems.push(...(await auditPage(page, "document with a highlighted citation")));
    await page.goto(`${baseURL}/progress`);
    problems.push(...(await auditPage(page, "progress, nothing studied yet")));
    await page.goto(`${baseURL}/review/settings`);
    problems.push(...(await auditPage(page, "study settings")));
    await page.goto(`${baseURL}/account`);
    problems.push(...(await auditPage(page, "account")));
    await page.goto(`${baseURL}/classes`);
    problems.push(...(await auditPage(page, "classes, student, none joined")));
    expect((await page.goto(`${baseURL}/classes/any-class/assign`))?.status()).toBe(403);
    problems.push(...(await auditPage(page, "forbidden")));
    expect((await page.goto(`${baseURL}/decks/no-such-deck`))?.status()).toBe(404);
    problems.push(...(await auditPage(page, "not found, signed in")));
    expect(problems).toEqual([]);
  });

  it("a student's quiz before and after an answer, its score; review front, back, choices, done; progress with data", async () => {
    const page = await newPage();
    const problems: string[] = [];
    await signUp(page, baseURL, "Axe Quizzer");
    await page.goto(`${baseURL}/decks/${wholeSetDeck()}`);
    await page.fill("#count", "2");
    await page.click("text=Start quiz");
    await page.waitForURL(/\/quiz\//);
    problems.push(...(await auditPage(page, "quiz, a question")));
    await answer(page, false);
    problems.push(...(await auditPage(page, "quiz, wrong answer with its citation")));
    await page.click("text=Next question");
    await page.waitForSelector("text=Question 2 of 2");
    await answer(page, true);
    problems.push(...(await auditPage(page, "quiz, right answer")));
    await page.click("text=See your score");
    await page.waitForSelector("[data-testid=score]");
    problems.push(...(await auditPage(page, "quiz, score")));

    await page.goto(`${baseURL}/review?deck=${wholeSetDeck()}`);
    await page.waitForSelector("[data-testid=flashcard]");
    await reviewReady(page);
    problems.push(...(await auditPage(page, "review, front")));
    await page.keyboard.press("Space");
    await page.waitForSelector("[data-testid=card-back]");
    problems.push(...(await auditPage(page, "review, back")));
    await page.keyboard.press("3");
    await page.waitForSelector("text=Saved: Good");
    problems.push(...(await auditPage(page, "review, after a rating")));
    const mcq = sqlite()
      .prepare(
        `SELECT i.id FROM Item i JOIN Deck d ON d.id = i.deckId WHERE i.type = 'mcq' AND i.status = 'active' AND d.starter = 1 LIMIT 1`,
      )
      .get() as { id: string };
    await page.goto(`${baseURL}/review?items=${mcq.id}&since=${Date.now()}`);
    await page.waitForSelector("[data-testid=choice]");
    await reviewReady(page);
    problems.push(...(await auditPage(page, "review, multiple-choice options")));
    await page.keyboard.press("a");
    await page.waitForSelector("[data-testid=choice-verdict]");
    problems.push(...(await auditPage(page, "review, an option picked")));
    await page.keyboard.press("1");
    await page.waitForSelector("[data-testid=review-done]");
    problems.push(...(await auditPage(page, "review, session complete")));

    await page.goto(`${baseURL}/progress`);
    await page.waitForSelector("[data-testid=weak-item]");
    problems.push(...(await auditPage(page, "progress with reviews and a quiz")));
    for (const s of await page.locator("details.table-alt summary").all()) await s.click();
    problems.push(...(await auditPage(page, "progress, chart tables open")));
    expect(problems).toEqual([]);
  });

  it("an instructor: classes, a class, curation, editing and adding an item, assigning", async () => {
    teacher = await newPage();
    const problems: string[] = [];
    await signUp(teacher, baseURL, "Axe Teacher", instructorCode);
    await teacher.goto(`${baseURL}/classes`);
    problems.push(...(await auditPage(teacher, "classes, instructor, none yet")));
    await teacher.fill("#name", "Axe 101");
    await teacher.click("text=Create class");
    await teacher.waitForSelector("[data-testid=join-code]");
    classId = teacher.url().split("/").pop()!;
    joinCode = await text(teacher, "[data-testid=join-code]");
    problems.push(...(await auditPage(teacher, "class, instructor, empty")));

    // a starter deck of one document: read-only, curated on a copy
    await teacher.goto(`${baseURL}/decks`);
    await openLargestStarterDeck(teacher);
    await teacher.waitForSelector("text=A starter deck is read-only.");
    problems.push(...(await auditPage(teacher, "starter deck, instructor")));
    await teacher.click("text=Make my copy");
    await teacher.waitForURL(/\/decks\/[^/]+\/curate$/);
    copyDeckId = teacher.url().split("/").at(-2)!;
    await teacher.waitForSelector("[data-testid=curate-item]");
    const retire = teacher.locator("[data-testid=curate-item][data-type=mcq]").nth(1);
    await retire.locator("button", { hasText: "Retire" }).click();
    await teacher.waitForSelector("[data-testid=curate-item][data-status=retired]");
    problems.push(...(await auditPage(teacher, "curation, with a retired item")));
    await teacher.locator("[data-testid=curate-item][data-type=mcq] a", { hasText: "Edit" }).first().click();
    await teacher.waitForSelector("form[aria-label='Edit item']");
    problems.push(...(await auditPage(teacher, "edit an item")));
    await teacher.goto(`${baseURL}/decks/${copyDeckId}/curate`);
    await teacher.locator("p.card a[href*='?curate=']").first().click();
    await teacher.waitForSelector("[data-testid=selection-citer]");
    problems.push(...(await auditPage(teacher, "document, citing a passage")));
    const doc = sqlite().prepare(`SELECT documentId FROM DeckDocument WHERE deckId = ?`).get(copyDeckId) as {
      documentId: string;
    };
    await teacher.goto(`${baseURL}/decks/${copyDeckId}/items/new?doc=${doc.documentId}&start=0&end=60`);
    await teacher.waitForSelector("[data-testid=new-citation]");
    problems.push(...(await auditPage(teacher, "add a question citing a passage")));
    await teacher.goto(`${baseURL}/decks/${copyDeckId}`);
    await teacher.click("text=Export this deck");
    problems.push(...(await auditPage(teacher, "own deck, export menu open, manage section")));
    // a question bank imported without citations: the deck marks its items uncited
    await teacher.goto(`${baseURL}/decks`);
    await teacher.setInputFiles("#import-file", {
      name: "axe.gift",
      mimeType: "text/plain",
      buffer: Buffer.from("::q1::Which animal is on the emblem of Narnia?{=A lion ~A tiger ~A bear}\n"),
    });
    await teacher.click("form[aria-label='Import a question bank'] button[type=submit]");
    await teacher.waitForSelector("[data-testid=import-result]");
    problems.push(...(await auditPage(teacher, "decks, a bank imported")));
    await teacher.locator("[data-testid=import-result] a").first().click();
    await teacher.waitForSelector("[data-testid=uncited-note]");
    problems.push(...(await auditPage(teacher, "imported deck, uncited item")));

    await teacher.goto(`${baseURL}/classes/${classId}/assign`);
    problems.push(...(await auditPage(teacher, "assign, choose a deck")));
    await teacher.selectOption("#deck", copyDeckId);
    await teacher.click("text=Use this deck");
    await teacher.waitForSelector("form[aria-label='Assignment settings']");
    problems.push(...(await auditPage(teacher, "assign, settings")));
    await teacher.fill("#questionCount", "2");
    const due = new Date(Date.now() + 3 * 86_400_000);
    await teacher.fill("#dueAt", new Date(due.getTime() - due.getTimezoneOffset() * 60_000).toISOString().slice(0, 16));
    await teacher.selectOption("#feedback", "immediate");
    await teacher.click("text=Assign to the class");
    await teacher.waitForSelector("text=Assignment created.");
    assignmentId = (await teacher
      .locator("[data-testid=class-assignments] a", { hasText: "Results" })
      .getAttribute("href"))!
      .split("/")
      .pop()!;
    problems.push(...(await auditPage(teacher, "class, instructor, with an assignment")));
    expect(problems).toEqual([]);
  });

  it("a student in the class takes the assignment; the instructor reads the roster, gradebook and results", async () => {
    const student = await newPage();
    const problems: string[] = [];
    await signUp(student, baseURL, "Axe Classmate");
    await student.goto(`${baseURL}/classes?code=${joinCode}`);
    await student.click("form[aria-label='Join a class'] button");
    await student.waitForURL(/\/classes\/[^/?]+$/);
    problems.push(...(await auditPage(student, "class, student")));
    await student.goto(`${baseURL}/classes`);
    problems.push(...(await auditPage(student, "classes, student, with an assignment")));
    await student.goto(`${baseURL}/classes/${classId}`);
    await student.click("[data-testid=assignment-row] >> text=Start");
    await student.waitForURL(/\/quiz\//);
    problems.push(...(await auditPage(student, "assignment quiz, with its deadline")));
    await answer(student, true);
    await student.click("text=Next question");
    await student.waitForSelector("text=Question 2 of 2");
    await answer(student, false);
    await student.click("text=See your score");
    await student.waitForSelector("[data-testid=score]");

    await teacher.goto(`${baseURL}/classes/${classId}`);
    await teacher.waitForSelector("[data-testid=roster-row]");
    problems.push(...(await auditPage(teacher, "class, instructor, roster")));
    await teacher.goto(`${baseURL}/classes/${classId}/gradebook`);
    problems.push(...(await auditPage(teacher, "gradebook")));
    await teacher.goto(`${baseURL}/assignments/${assignmentId}`);
    await teacher.waitForSelector("[data-testid=score-chart] .bar-score rect");
    problems.push(...(await auditPage(teacher, "assignment results")));
    expect((await student.goto(`${baseURL}/assignments/${assignmentId}`))?.status()).toBe(403);
    problems.push(...(await auditPage(student, "assignment results, forbidden to a student")));
    expect(problems).toEqual([]);
  });
});
