// Whose is it, in the browser (docs/decisions/040): the hidden-quiz leak of issue 11 replayed,
// two students' libraries, and refusals that say what happened with the right status.
//
// "No answer" means: on every page of every deck the student can open from the quiz's document
// (the deck they build from it, the starter deck of that document, the whole-set starter deck),
// no item shows an assigned item's question together with its answer; and no assigned item's
// question appears anywhere in those pages' HTML or React (RSC) payloads, nor on the review and
// self-quiz pages the student opens.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { signUp, text, useBrowserAndDb } from "./browser";

const baseURL = inject("baseURL");
const instructorCode = inject("instructorCode");
const { browser, sqlite } = useBrowserAndDb();
const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const c of contexts) await c.close();
});

async function newPage(width = 1280): Promise<Page> {
  const ctx = await browser().newContext({ viewport: { width, height: 900 } });
  contexts.push(ctx);
  return ctx.newPage();
}

type Secret = { prompt: string; answer: string };
/** The assigned items: the chosen ones, or every quiz question of the assigned deck. */
function secretsOf(assignmentId: string): Secret[] {
  const a = sqlite().prepare(`SELECT deckId, itemIds FROM Assignment WHERE id = ?`).get(assignmentId) as {
    deckId: string;
    itemIds: string;
  };
  const chosen = JSON.parse(a.itemIds) as string[];
  const rows = chosen.length
    ? sqlite()
        .prepare(`SELECT prompt, answer FROM Item WHERE id IN (${chosen.map(() => "?").join(",")})`)
        .all(...chosen)
    : sqlite()
        .prepare(`SELECT prompt, answer FROM Item WHERE deckId = ? AND type IN ('mcq', 'truefalse')`)
        .all(a.deckId);
  return rows as Secret[];
}

/** Every page of a deck as the student sees it: the pairs shown (answers opened), and the raw
 *  HTML and RSC payload of each page. */
async function readDeck(
  page: Page,
  deckPath: string,
): Promise<{ pairs: Secret[]; raw: string; withheld: string | null }> {
  const pairs: Secret[] = [];
  let raw = "";
  let withheld: string | null = null;
  for (let n = 1; ; n++) {
    const url = `${baseURL}${deckPath}${n > 1 ? `?page=${n}` : ""}`;
    await page.goto(url);
    if (n === 1 && (await page.locator("[data-testid=withheld-note]").count()))
      withheld = await text(page, "[data-testid=withheld-note]");
    for (const summary of await page.locator("[data-testid=deck-item] summary").all()) await summary.click();
    for (const item of await page.locator("[data-testid=deck-item]").all())
      pairs.push({
        prompt: (await item.locator("[data-testid=deck-item-prompt]").textContent()) ?? "",
        answer: (await item.locator("[data-testid=deck-item-answer]").textContent()) ?? "",
      });
    raw += await (await page.request.get(url)).text();
    raw += await (await page.request.get(url, { headers: { RSC: "1" } })).text();
    const pager = page.locator("[data-testid=page-of]");
    if (!(await pager.count())) break;
    const [, cur, of] = /Page (\d+) of (\d+)/.exec(await text(page, "[data-testid=page-of]"))!;
    if (cur === of) break;
  }
  return { pairs, raw, withheld };
}

/** A prompt as it may be written in HTML or in a JSON payload. */
const forms = (s: string) => [
  s,
  JSON.stringify(s).slice(1, -1),
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;"),
];

function expectNoSecret(where: string, seen: { pairs: Secret[]; raw: string }, secrets: Secret[]) {
  const shown = seen.pairs.filter((p) => secrets.some((s) => s.prompt === p.prompt && s.answer === p.answer));
  expect(shown, `${where}: assigned question and answer shown`).toEqual([]);
  const inPayload = secrets.filter((s) => forms(s.prompt).some((f) => seen.raw.includes(f)));
  expect(
    inPayload.map((s) => s.prompt),
    `${where}: assigned question in the page payload`,
  ).toEqual([]);
}

describe("the hidden-quiz leak of issue 11, replayed", () => {
  let teacher: Page, student: Page;
  let classId = "",
    joinCode = "",
    docPath = "",
    teacherDeckPath = "",
    assignmentId = "";
  let secrets: Secret[] = [];

  it("an instructor builds a deck from a starter document and assigns a quiz from it, hidden", async () => {
    teacher = await newPage();
    await signUp(teacher, baseURL, "Teacher Leak", instructorCode);
    await teacher.goto(`${baseURL}/classes`);
    await teacher.fill("#name", "Leak 101");
    await teacher.click("text=Create class");
    await teacher.waitForSelector("[data-testid=join-code]");
    classId = teacher.url().split("/").pop()!;
    joinCode = await text(teacher, "[data-testid=join-code]");
    // the longest starter document (the most questions to keep secret)
    const longest = sqlite()
      .prepare(`SELECT id, title FROM Document WHERE starter = 1 ORDER BY wordCount DESC LIMIT 1`)
      .get() as { id: string; title: string };
    await teacher.goto(`${baseURL}/library`);
    await teacher.locator("[data-testid=document-row] a", { hasText: longest.title }).first().click();
    await teacher.waitForURL(/\/documents\//);
    docPath = new URL(teacher.url()).pathname;
    await teacher.click("text=Build a deck from this document");
    await teacher.waitForURL(/\/decks\/[^/]+$/);
    teacherDeckPath = new URL(teacher.url()).pathname;
    expect(await text(teacher, "[data-testid=owner]")).toBe("Yours");
    await teacher.goto(`${baseURL}/classes/${classId}/assign`);
    await teacher.selectOption("#deck", teacherDeckPath.split("/").pop()!);
    await teacher.click("text=Use this deck");
    await teacher.waitForSelector("form[aria-label='Assignment settings']");
    const due = new Date(Date.now() + 3 * 86_400_000);
    await teacher.fill("#dueAt", new Date(due.getTime() - due.getTimezoneOffset() * 60_000).toISOString().slice(0, 16));
    await teacher.fill("#questionCount", "3");
    await teacher.selectOption("#feedback", "after_submit");
    expect(await teacher.isChecked("input[name=hideDeck]")).toBe(true);
    await teacher.click("text=Assign to the class");
    await teacher.waitForSelector("text=Assignment created.");
    assignmentId = (sqlite().prepare(`SELECT id FROM Assignment WHERE classId = ?`).get(classId) as { id: string }).id;
    secrets = secretsOf(assignmentId);
    expect(secrets.length).toBeGreaterThanOrEqual(3);
  });

  it("a student of the class builds a deck from the same document and finds none of the assigned items' answers", async () => {
    student = await newPage();
    await signUp(student, baseURL, "Student Leak");
    await student.goto(`${baseURL}/classes?code=${joinCode}`);
    await student.click("form[aria-label='Join a class'] button");
    await student.waitForURL(/\/classes\/[^/?]+$/);
    // the instructor's deck does not exist for the student
    expect((await student.goto(`${baseURL}${teacherDeckPath}`))?.status()).toBe(404);
    await student.goto(`${baseURL}${docPath}`);
    await student.click("text=Build a deck from this document");
    await student.waitForURL(/\/decks\/[^/]+$/);
    const ownPath = new URL(student.url()).pathname;
    const own = await readDeck(student, ownPath);
    expect(own.pairs.length).toBeGreaterThan(0); // the rest of the document is there to study
    expect(own.withheld).toMatch(/items? (is|are) withheld/);
    expectNoSecret("the student's own deck", own, secrets);

    // the starter decks of the same document hold the same facts: withheld there too
    const docId = docPath.split("/").pop()!;
    const starterDecks = sqlite()
      .prepare(
        `SELECT d.id FROM Deck d JOIN DeckDocument dd ON dd.deckId = d.id WHERE d.starter = 1 AND dd.documentId = ?`,
      )
      .all(docId) as { id: string }[];
    expect(starterDecks.length).toBeGreaterThanOrEqual(2); // its own deck and the whole set
    for (const d of starterDecks)
      expectNoSecret(`starter deck ${d.id}`, await readDeck(student, `/decks/${d.id}`), secrets);

    // a self-quiz and the review queue of the student's deck do not ask them either
    await student.goto(`${baseURL}${ownPath}`);
    if (await student.locator("form[aria-label='Start a quiz']").count()) {
      await student.click("text=Start quiz");
      await student.waitForURL(/\/quiz\//);
      const quizRaw = await (await student.request.get(student.url())).text();
      expect(secrets.filter((s) => forms(s.prompt).some((f) => quizRaw.includes(f))).map((s) => s.prompt)).toEqual([]);
    }
    const reviewUrl = `${baseURL}/review?deck=${ownPath.split("/").pop()}`;
    const reviewRaw =
      (await (await student.request.get(reviewUrl)).text()) +
      (await (await student.request.get(reviewUrl, { headers: { RSC: "1" } })).text());
    expect(secrets.filter((s) => forms(s.prompt).some((f) => reviewRaw.includes(f))).map((s) => s.prompt)).toEqual([]);
  });

  it("a student outside the class sees the same starter deck in full (only the class's students are kept from it)", async () => {
    const other = await newPage();
    await signUp(other, baseURL, "Outside Student");
    const docId = docPath.split("/").pop()!;
    const starter = sqlite()
      .prepare(
        `SELECT d.id FROM Deck d JOIN DeckDocument dd ON dd.deckId = d.id WHERE d.starter = 1 AND dd.documentId = ? AND d.title != 'All sample documents'`,
      )
      .get(docId) as { id: string };
    const seen = await readDeck(other, `/decks/${starter.id}`);
    expect(seen.withheld).toBeNull();
    expect(
      seen.pairs.filter((p) => secrets.some((s) => s.prompt === p.prompt && s.answer === p.answer)).length,
    ).toBeGreaterThan(0);
  });
});

describe("two students see only their own libraries, the starter collection and their class's shares", () => {
  it("lists each one's documents with owner and date, and refuses the other's with a 404", async () => {
    const teacher = await newPage();
    await signUp(teacher, baseURL, "Teacher Share", instructorCode);
    await teacher.goto(`${baseURL}/classes`);
    await teacher.fill("#name", "Share 7");
    await teacher.click("text=Create class");
    await teacher.waitForSelector("[data-testid=join-code]");
    const code = await text(teacher, "[data-testid=join-code]");
    await teacher.goto(`${baseURL}/library`);
    await teacher.fill("#title", "Reading for Share 7");
    await teacher.fill(
      "#text",
      "The class reading. Ada Lovelace wrote the first published algorithm in 1843 for the Analytical Engine of Charles Babbage.",
    );
    await teacher.click("text=Add to library");
    await teacher.click("[role=status] a");
    await teacher.waitForURL(/\/documents\//);
    await teacher.click("text=Share with Share 7");
    await teacher.waitForSelector("text=Shared with the class.");

    const ann = await newPage(390);
    await signUp(ann, baseURL, "Ann Library");
    await ann.goto(`${baseURL}/classes?code=${code}`);
    await ann.click("form[aria-label='Join a class'] button");
    await ann.waitForURL(/\/classes\/[^/?]+$/);
    expect(await text(ann, "[data-testid=class-shares]")).toContain("Reading for Share 7");
    await ann.goto(`${baseURL}/library`);
    await ann.fill("#title", "Ann private notes");
    await ann.fill(
      "#text",
      "Ann's own notes about the Silk Road, which linked Chang'an with the Mediterranean for centuries.",
    );
    await ann.click("text=Add to library");
    await ann.waitForSelector("text=to your library");
    const annDocUrl = await ann.locator("[role=status] a").getAttribute("href");

    const bob = await newPage(390);
    await signUp(bob, baseURL, "Bob Library");
    await bob.goto(`${baseURL}/library`);
    await bob.fill("#title", "Bob private notes");
    await bob.fill(
      "#text",
      "Bob's own notes about the Hanseatic League, a network of merchant towns around the Baltic Sea.",
    );
    await bob.click("text=Add to library");
    await bob.waitForSelector("text=to your library");

    const rows = async (p: Page) => {
      await p.goto(`${baseURL}/library`);
      return p.locator("[data-testid=document-row]").allTextContents();
    };
    const annRows = await rows(ann);
    const bobRows = await rows(bob);
    expect(annRows.find((r) => r.includes("Ann private notes"))).toMatch(/Yours · added \d{4}-\d\d-\d\d/);
    expect(annRows.find((r) => r.includes("Reading for Share 7"))).toContain("Shared by Teacher Share with Share 7");
    expect(annRows.some((r) => r.includes("Starter collection"))).toBe(true);
    expect(annRows.some((r) => r.includes("Bob private notes"))).toBe(false);
    expect(bobRows.some((r) => r.includes("Ann private notes") || r.includes("Reading for Share 7"))).toBe(false);
    expect(bobRows.some((r) => r.includes("Starter collection"))).toBe(true);
    // every row is the reader's own, the starter collection's, or their class's
    for (const r of [...annRows, ...bobRows])
      expect(r).toMatch(/Yours|Starter collection|Shared by Teacher Share with Share 7/);
    const res = await bob.goto(`${baseURL}${annDocUrl}`);
    expect(res?.status()).toBe(404);
    expect(await text(bob, "h1")).toBe("Not found");
    expect(await bob.textContent("main")).not.toContain("Silk Road");
    // search, and a phone-sized screen without sideways scrolling
    await ann.goto(`${baseURL}/library?q=private`);
    expect(await ann.locator("[data-testid=document-row]").allTextContents()).toEqual([
      expect.stringContaining("Ann private notes"),
    ]);
    expect(await ann.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});

describe("refused actions say what happened, with the right status", () => {
  it("a student on the assign page gets 403; an unknown class 404; the paste form's title limit is the server's", async () => {
    const teacher = await newPage();
    await signUp(teacher, baseURL, "Teacher Refuse", instructorCode);
    await teacher.goto(`${baseURL}/classes`);
    await teacher.fill("#name", "Refuse 3");
    await teacher.click("text=Create class");
    await teacher.waitForSelector("[data-testid=join-code]");
    const classUrl = teacher.url();
    const code = await text(teacher, "[data-testid=join-code]");
    const unknown = await teacher.goto(`${baseURL}/classes/no-such-class/assign`);
    expect(unknown?.status()).toBe(404);
    expect(await text(teacher, "h1")).toBe("Not found");

    const student = await newPage();
    await signUp(student, baseURL, "Student Refuse");
    await student.goto(`${baseURL}/classes?code=${code}`);
    await student.click("form[aria-label='Join a class'] button");
    await student.waitForURL(/\/classes\/[^/?]+$/);
    const res = await student.goto(`${classUrl}/assign`);
    expect(res?.status()).toBe(403);
    expect(await text(student, "h1")).toBe("Not allowed");
    expect(await text(student, "[data-testid=forbidden-message]")).toContain("Only instructors can assign quizzes");
    expect((await student.goto(`${baseURL}/classes/no-such-class/assign`))?.status()).toBe(403); // by role, whatever the id
    await student.goto(`${baseURL}/library`);
    expect(await student.getAttribute("#title", "maxlength")).toBe("200");
  });

  it("a 15 MB upload that skips the browser check gets 413 and “The file is 15 MB; the limit is 10 MB”", async () => {
    const page = await newPage();
    await signUp(page, baseURL, "Big Uploader");
    const big = Buffer.alloc(15 * 1024 * 1024, "a");
    const r = await page.request.post(`${baseURL}/library/upload`, {
      multipart: { file: { name: "big.txt", mimeType: "text/plain", buffer: big } },
      headers: { "x-citedeck-fetch": "1", origin: baseURL },
    });
    expect(r.status()).toBe(413);
    expect(((await r.json()) as { message: string }).message).toMatch(/^The file is 15 MB; the limit is 10 MB\./);
    // a plain form post (no JavaScript) gets the same message as a page
    const html = await page.request.post(`${baseURL}/library/upload`, {
      multipart: { file: { name: "big.txt", mimeType: "text/plain", buffer: big } },
    });
    expect(html.status()).toBe(413);
    expect(await html.text()).toContain("The file is 15 MB; the limit is 10 MB.");
    // through the form: the browser's own check says it first
    await page.goto(`${baseURL}/library`);
    await page.click("text=Upload a file");
    await page.setInputFiles("#file", { name: "big.txt", mimeType: "text/plain", buffer: big });
    await page.click("text=Add to library");
    expect(await text(page, "form[aria-label='Add a document'] [role=alert]")).toBe(
      "“big.txt” is 15 MB; the limit is 10 MB. Split it or upload a smaller file.",
    );
    // and a small file goes through the upload route into the library
    await page.setInputFiles("#file", {
      name: "notes.md",
      mimeType: "text/markdown",
      buffer: Buffer.from(
        "# Upload notes\n\nThe Danube flows through ten countries, more than any other river in the world.",
      ),
    });
    await page.click("text=Add to library");
    await page.waitForSelector("text=to your library");
    expect(await text(page, "[role=status] a")).toBe("Upload notes");
  });
});
