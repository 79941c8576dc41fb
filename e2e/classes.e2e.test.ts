// Classes end to end: an instructor creates a class, curates a deck (edits one item, retires
// one, adds one by selecting a sentence), assigns a quiz with a due date; two students join and
// take it; the gradebook and item analysis show the right numbers; a student of another class
// sees nothing of it.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openLargestStarterDeck, signUp, text, useBrowserAndDb } from "./browser";

const baseURL = inject("baseURL");
const instructorCode = inject("instructorCode");
const { browser, sqlite } = useBrowserAndDb();
const contexts: BrowserContext[] = [];

afterAll(async () => {
  for (const c of contexts) await c.close();
});

async function newPage(): Promise<Page> {
  const ctx = await browser().newContext();
  contexts.push(ctx);
  return ctx.newPage();
}

/** The key the student's question was graded against (the snapshot; the page never has it). */
function keyOf(questionId: string): string {
  const row = sqlite().prepare(`SELECT answer FROM AttemptQuestion WHERE id = ?`).get(questionId) as
    { answer: string } | undefined;
  if (!row) throw new Error(`question ${questionId} not in the database`);
  return row.answer;
}

/** Answers every question of the quiz on screen: right where `right(i)` says so. */
async function takeQuiz(page: Page, right: (i: number) => boolean): Promise<void> {
  for (let i = 0; ; i++) {
    const section = page.locator("section[data-question-id]");
    if ((await section.count()) === 0) return;
    const key = keyOf((await section.getAttribute("data-question-id"))!);
    const options = await page.locator("fieldset.options label span").allTextContents();
    const chosen = right(i) ? key : options.find((o) => o !== key)!;
    await page.locator("fieldset.options label", { hasText: chosen }).first().locator("input").check();
    await page.click("text=Submit answer");
    await page.waitForSelector("[data-testid=feedback]");
    // after_submit: nothing is revealed while the quiz is open
    expect(await text(page, "[data-testid=verdict]")).toContain("Answer recorded.");
    const finish = page.locator("button", { hasText: "Finish" });
    if (await finish.count()) {
      await finish.click();
      await page.waitForSelector("[data-testid=score]");
      return;
    }
    await page.click("text=Next question");
    await page.waitForFunction(
      (n) => !document.querySelector("[data-testid=feedback]") && document.body.innerText.includes(`Question ${n} of`),
      i + 2,
    );
  }
}

describe("classes: curate, assign, take, read the results", () => {
  let teacher: Page;
  let classUrl = "";
  let joinCode = "";
  let assignmentUrl = "";
  let deckUrl = "";
  let editedId = "";
  let editedPrompt = "";
  let retiredId = "";
  let attemptUrl = "";

  it("an instructor creates a class and gets a join code and link", async () => {
    teacher = await newPage();
    await signUp(teacher, baseURL, "Teacher Tess", instructorCode);
    expect(await text(teacher, "header .who span")).toContain("(instructor)");
    await teacher.click("header >> text=Classes");
    await teacher.fill("#name", "Biology 7");
    await teacher.click("text=Create class");
    await teacher.waitForSelector("[data-testid=join-code]");
    classUrl = teacher.url();
    joinCode = await text(teacher, "[data-testid=join-code]");
    expect(joinCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(await text(teacher, "[data-testid=join-link]")).toBe(`${baseURL}/classes?code=${joinCode}`);
  });

  it("curates a deck: refuses an edit whose answer leaves the citation, saves a fixed one, retires one, adds one from a selected sentence", async () => {
    await teacher.goto(`${baseURL}/decks`);
    // a single-document starter deck (not the whole set): read-only, so curated on a copy
    await openLargestStarterDeck(teacher);
    await teacher.waitForSelector("text=A starter deck is read-only.");
    const starterUrl = teacher.url();
    await teacher.click("text=Make my copy");
    await teacher.waitForURL(/\/decks\/[^/]+\/curate$/);
    deckUrl = teacher.url().replace(/\/curate$/, "");
    expect(deckUrl).not.toBe(starterUrl);
    await teacher.waitForSelector("[data-testid=curate-item]");
    const mcqs = teacher.locator("[data-testid=curate-item][data-type=mcq]");
    editedId = (await mcqs.nth(0).getAttribute("data-item-id"))!;
    retiredId = (await mcqs.nth(1).getAttribute("data-item-id"))!;

    await mcqs.nth(0).locator("text=Edit").click();
    await teacher.waitForSelector("form[aria-label='Edit item']");
    const quote = await text(teacher, "[data-testid=edit-citation]");
    const original = await teacher.inputValue("#prompt");
    editedPrompt = `${original} (reviewed)`;
    const answer = await teacher.inputValue("#answer");
    await teacher.fill("#prompt", editedPrompt);
    await teacher.fill("#answer", "Zebra crossing 4711");
    await teacher.click("text=Save new version");
    expect(await text(teacher, "[data-testid=form-error]")).toContain(
      "The answer “Zebra crossing 4711” does not appear in the cited sentence",
    );
    expect(await teacher.inputValue("#prompt")).toBe(editedPrompt); // what was typed is kept
    await teacher.fill("#answer", answer);
    await teacher.click("text=Save new version");
    await teacher.waitForURL(/\/curate\?saved=/);
    const edited = teacher.locator(`[data-item-id="${editedId}"]`);
    expect(await edited.locator("[data-testid=curate-prompt]").textContent()).toBe(editedPrompt);
    expect(await edited.textContent()).toContain("version 2");

    // Cite another sentence for the second item by selecting it in the document view: the
    // answer must appear in the newly selected sentence, or the edit is refused.
    await teacher.locator(`[data-item-id="${retiredId}"] a`, { hasText: "Edit" }).click();
    await teacher.waitForSelector("form[aria-label='Edit item']");
    const answer2 = await teacher.inputValue("#answer");
    await teacher.click("text=Cite another sentence: select it in the document");
    await teacher.waitForSelector("[data-testid=selection-citer]");
    const other = await teacher.evaluate((avoid) => {
      const el = document.getElementById("doc-body")!;
      const sentence = el.textContent
        .split(/(?<=\.)\s+/)
        .find((s) => s.length > 30 && !s.toLowerCase().includes(avoid.toLowerCase()))!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf(sentence);
        if (i >= 0) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + sentence.length);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(r);
          return sentence.trim();
        }
      }
      throw new Error("no other sentence found");
    }, answer2);
    await teacher.click("[data-testid=selection-citer] >> text=Cite this in the item");
    await teacher.waitForSelector("form[aria-label='Edit item']");
    expect(await text(teacher, "[data-testid=edit-citation]")).toBe(other);
    await teacher.click("text=Save new version");
    expect(await text(teacher, "[data-testid=form-error]")).toContain(
      `The answer “${answer2}” does not appear in the cited sentence`,
    );
    await teacher.goto(`${deckUrl}/curate`);
    await teacher.locator(`[data-item-id="${retiredId}"] button`, { hasText: "Retire" }).click();
    await teacher.waitForSelector(`[data-item-id="${retiredId}"][data-status=retired]`);
    // the retired item leaves the deck students see
    await teacher.goto(deckUrl);
    const deckText = await teacher.textContent("main");
    const retiredPrompt = sqlite().prepare("SELECT prompt FROM Item WHERE id = ?").get(retiredId) as { prompt: string };
    expect(deckText).not.toContain(retiredPrompt.prompt);

    // add a question by hand: select the edited item's sentence in the document view
    await teacher.goto(`${deckUrl}/curate`);
    await teacher.locator("p.card a[href*='?curate=']").first().click();
    await teacher.waitForSelector("[data-testid=selection-citer]");
    await teacher.evaluate((needle) => {
      const el = document.getElementById("doc-body")!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf(needle);
        if (i >= 0) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + needle.length);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(r);
          return;
        }
      }
      throw new Error("sentence not found in the document view");
    }, quote);
    expect(await text(teacher, "[data-testid=selected-text]")).toBe(
      quote.length > 140 ? `${quote.slice(0, 140)}…` : quote,
    );
    await teacher.locator("[data-testid=selection-citer] a", { hasText: "New question in" }).first().click();
    await teacher.waitForSelector("[data-testid=new-citation]");
    expect(await text(teacher, "[data-testid=new-citation]")).toBe(quote);
    await teacher.fill("#prompt", "Hand-written: which answer does this sentence give?");
    await teacher.fill("#answer", answer);
    await teacher.fill("#wrongOptions", "Alpha option\nBeta option\nGamma option");
    await teacher.click("text=Add question");
    await teacher.waitForURL(/\/curate\?saved=/);
    expect(await teacher.textContent("main")).toContain("written by hand");
  });

  it("assigns a quiz of three chosen questions with a due date", async () => {
    await teacher.goto(`${classUrl}/assign`);
    const deckId = deckUrl.split("/").pop()!;
    await teacher.selectOption("#deck", deckId);
    await teacher.click("text=Use this deck");
    await teacher.waitForSelector("form[aria-label='Assignment settings']");
    await teacher.fill("#title", "Week 1 quiz");
    await teacher.fill("#questionCount", "3");
    await teacher.click("text=Choose the questions");
    const boxes = teacher.locator("input[name=itemIds]");
    expect(await teacher.locator(`input[name=itemIds][value="${retiredId}"]`).count()).toBe(0);
    await teacher.locator(`input[name=itemIds][value="${editedId}"]`).check();
    let picked = 1;
    for (let i = 0; picked < 3; i++) {
      const b = boxes.nth(i);
      if ((await b.getAttribute("value")) === editedId) continue;
      await b.check();
      picked++;
    }
    const due = new Date(Date.now() + 3 * 86_400_000);
    const local = new Date(due.getTime() - due.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await teacher.fill("#dueAt", local);
    await teacher.uncheck("input[name=shuffleQuestions]");
    await teacher.selectOption("#feedback", "after_submit");
    expect(await teacher.isChecked("input[name=hideDeck]")).toBe(true);
    await teacher.click("text=Assign to the class");
    await teacher.waitForSelector("text=Assignment created.");
    expect(await text(teacher, "[data-testid=class-assignments] tbody tr")).toContain("3 questions from");
    await teacher.click("[data-testid=class-assignments] >> text=Results");
    await teacher.waitForSelector("[data-testid=results-summary]");
    assignmentUrl = teacher.url();
    expect(await text(teacher, "[data-testid=results-summary]")).toContain("0 of 0 students submitted");
  });

  it("two students join (link and typed code, twice refused) and take it; answers stay hidden until they submit", async () => {
    // Ann follows the join link
    const ann = await newPage();
    await signUp(ann, baseURL, "Ann Student");
    await ann.goto(`${baseURL}/classes?code=${joinCode}`);
    expect(await ann.inputValue("#code")).toBe(joinCode);
    await ann.click("form[aria-label='Join a class'] button");
    await ann.waitForURL(/\/classes\/[^/?]+$/);
    expect(await text(ann, "h1")).toBe("Biology 7");
    expect(await text(ann, "[data-testid=standing]")).toBe("To do");
    await ann.click("[data-testid=assignment-row] >> text=Start");
    await ann.waitForURL(/\/quiz\//);
    attemptUrl = ann.url();
    expect(await text(ann, "#q-prompt")).toBe(editedPrompt); // the edited version, first (not shuffled)
    await takeQuiz(ann, () => true);
    expect(await text(ann, "[data-testid=score]")).toContain("Score: 3 of 3 (100%)");
    await ann.goto(`${baseURL}/classes`);
    expect(await text(ann, "[data-testid=standing]")).toBe("Done");
    // joining twice has a clear answer
    await ann.fill("#code", joinCode);
    await ann.click("form[aria-label='Join a class'] button");
    expect(await text(ann, "[data-testid=form-error]")).toBe("You are already in Biology 7.");

    // Ben types the code, gets the first right and the others wrong
    const ben = await newPage();
    await signUp(ben, baseURL, "Ben Student");
    await ben.click("header >> text=Classes");
    await ben.fill("#code", "WRONG234");
    await ben.click("form[aria-label='Join a class'] button");
    expect(await text(ben, "[data-testid=form-error]")).toContain("No class has that join code");
    await ben.fill("#code", joinCode.toLowerCase());
    await ben.click("form[aria-label='Join a class'] button");
    await ben.waitForURL(/\/classes\/[^/?]+$/);
    await ben.click("[data-testid=assignment-row] >> text=Start");
    await ben.waitForURL(/\/quiz\//);
    await takeQuiz(ben, (i) => i === 0);
    expect(await text(ben, "[data-testid=score]")).toContain("Score: 1 of 3 (33%)");
    // one attempt allowed: no second start
    await ben.goto(classUrl);
    expect(await ben.locator("[data-testid=assignment-row] button").count()).toBe(0);
    expect(await text(ben, "[data-testid=assignment-row]")).toContain("1 of 1 attempt used");
  });

  it("the instructor reads the gradebook (and its CSV) and the item analysis with the right numbers", async () => {
    await teacher.goto(`${classUrl}/gradebook`);
    const rows = await teacher.locator("[data-testid=gradebook-row]").allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.includes("Ann Student"))).toContain("100%");
    expect(rows.find((r) => r.includes("Ben Student"))).toContain("33%");
    const csv = await teacher.request.get(`${classUrl}/gradebook/csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toBe("Student,Email,Week 1 quiz (%),Week 1 quiz status,Average (%)");
    expect(lines.find((l) => l.startsWith("Ann Student"))).toMatch(/,100,Done,100$/);
    expect(lines.find((l) => l.startsWith("Ben Student"))).toMatch(/,33,Done,33$/);

    await teacher.goto(assignmentUrl);
    expect(await text(teacher, "[data-testid=results-summary]")).toBe("2 of 2 students submitted · average 67%");
    const dist = await teacher.locator("[data-testid=distribution] td").allTextContents();
    expect(dist).toEqual(["0", "0", "0", "1", "0", "0", "0", "0", "0", "1"]);
    expect(await teacher.locator("[data-testid=score-chart] .bar-score rect").count()).toBeGreaterThan(0);
    const items = teacher.locator("[data-testid=item-stats]");
    expect(await items.count()).toBe(3);
    // Both got the edited first question right; Ben missed the other two.
    const stats = await Promise.all(
      [0, 1, 2].map(async (i) => ({
        prompt: await items.nth(i).locator("[data-testid=item-prompt]").textContent(),
        facility: await items.nth(i).locator("[data-testid=facility]").textContent(),
        discrimination: await items.nth(i).locator("[data-testid=discrimination]").textContent(),
        options: await items.nth(i).locator("[data-testid=option-counts] tbody tr").allTextContents(),
      })),
    );
    const first = stats.find((s) => s.prompt === editedPrompt)!;
    expect(first).toMatchObject({ facility: "100%", discrimination: "0.00" });
    const others = stats.filter((s) => s.prompt !== editedPrompt);
    expect(others.map((s) => [s.facility, s.discrimination])).toEqual([
      ["50%", "1.00"],
      ["50%", "1.00"],
    ]);
    for (const s of others) {
      // the key chosen once (Ann), one wrong option chosen once (Ben)
      expect(s.options.filter((o) => o.includes("(correct)"))[0]).toContain("1 (50%)");
      expect(s.options.filter((o) => !o.includes("(correct)"))).toEqual([expect.stringContaining("1 (50%)")]);
    }
  });

  it("a student of another class sees nothing of it", async () => {
    // The same instructor's second class, with its own student.
    await teacher.goto(`${baseURL}/classes`);
    await teacher.fill("#name", "Chemistry 8");
    await teacher.click("text=Create class");
    await teacher.waitForSelector("[data-testid=join-code]");
    const otherCode = await text(teacher, "[data-testid=join-code]");
    const cleo = await newPage();
    await signUp(cleo, baseURL, "Cleo Other");
    await cleo.goto(`${baseURL}/classes?code=${otherCode}`);
    await cleo.click("form[aria-label='Join a class'] button");
    await cleo.waitForURL(/\/classes\/[^/?]+$/);
    expect(await text(cleo, "h1")).toBe("Chemistry 8");
    expect(await cleo.textContent("main")).toContain("No assignments yet.");
    await cleo.goto(`${baseURL}/classes`);
    const main = await cleo.textContent("main");
    expect(main).not.toContain("Biology 7");
    expect(main).not.toContain("Week 1 quiz");
    // the assigned deck was hidden from students (the default when assigning)
    await cleo.goto(`${baseURL}/decks`);
    expect(await cleo.locator(`a[href="${new URL(deckUrl).pathname}"]`).count()).toBe(0);
    // what is not hers does not exist (404); what is for instructors says so (403)
    for (const [url, status, h1] of [
      [classUrl, 404, "Not found"],
      [`${classUrl}/gradebook`, 403, "Not allowed"],
      [assignmentUrl, 403, "Not allowed"],
      [attemptUrl, 404, "Not found"],
      [deckUrl, 404, "Not found"],
    ] as const) {
      const res = await cleo.goto(url);
      expect(res?.status(), url).toBe(status);
      expect(await text(cleo, "h1")).toBe(h1);
      const body = await cleo.textContent("main");
      expect(body).not.toContain("Biology 7");
      expect(body).not.toContain("Ann Student");
    }
    const csv = await cleo.request.get(`${classUrl}/gradebook/csv`);
    expect(csv.status()).toBe(403);
    expect(await csv.text()).toContain("Only the class's instructor can read its results.");
    // and she cannot curate
    await cleo.goto(`${deckUrl}/curate`);
    expect(await cleo.textContent("main")).toContain("Only instructors can review and edit deck items.");
  });
});
