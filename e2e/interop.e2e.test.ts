import { readFileSync } from "node:fs";
import { readAnkiPackage } from "anki-reader";
import { parse } from "gift-pegjs";
import { describe, expect, inject, it } from "vitest";
import { signUp, text, useBrowserAndDb } from "./browser";

const baseURL = inject("baseURL");
const { browser, sqlite } = useBrowserAndDb();

// Two questions: the first one's answer stands in a sample document, the second one's nowhere.
const BANK = [
  "$CATEGORY: $course$/top/Kazakhstan check",
  "",
  "::q1::On Jan. 11, who announced a deadline for the departure of the foreign troops?{=Kassym-Jomart Tokayev ~Nursultan Nazarbayev ~Vladimir Putin}",
  "",
  "::q2::Which animal is on the national emblem of Narnia?{=A lion ~A tiger ~A bear}",
  "",
].join("\n");

describe("a deck travels out to Anki and Moodle, and a GIFT bank comes in", () => {
  it("downloads a deck from its page as an Anki package that an independent reader opens, every card with its citation", async () => {
    const page = await browser().newPage();
    await signUp(page, baseURL, "Export Student");
    await page.click("text=All sample documents");
    await page.waitForSelector("h1:has-text('All sample documents')");
    const deckId = page.url().split("/decks/")[1]!;
    const itemCount = (
      sqlite().prepare("SELECT count(*) AS n FROM Item WHERE deckId = ? AND status = 'active'").get(deckId) as {
        n: number;
      }
    ).n;
    await page.click("text=Export this deck");
    await page.selectOption("#export-format", "apkg");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=export-menu] button[type=submit]"),
    ]);
    expect(download.suggestedFilename()).toBe("All-sample-documents.apkg");
    const { collection } = await readAnkiPackage(new Blob([new Uint8Array(readFileSync(await download.path()))]));
    const deck = Object.values(collection.getDecks()).find((d) => d.getName() === "All sample documents")!;
    const cards = Object.values(deck.getCards());
    expect(cards).toHaveLength(itemCount);
    expect(cards.every((c) => (c.getFields().Citation ?? "").includes("<blockquote>"))).toBe(true);

    await page.selectOption("#export-format", "gift");
    const [gift] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=export-menu] button[type=submit]"),
    ]);
    expect(gift.suggestedFilename()).toBe("All-sample-documents.gift.txt");
    const questions = parse(readFileSync(await gift.path(), "utf8")).filter((q) => q.type !== "Category");
    expect(questions).toHaveLength(itemCount);
    await page.close();
  });

  it("imports a GIFT bank into a new deck: the question the library proves is cited, the other is marked uncited everywhere", async () => {
    const page = await browser().newPage();
    await signUp(page, baseURL, "Import Teacher");
    const file = { name: "kazakhstan.gift", mimeType: "text/plain", buffer: Buffer.from(BANK) };
    await page.setInputFiles("#import-file", file);
    await page.click("form[aria-label='Import a question bank'] button[type=submit]");
    await page.waitForSelector("[data-testid=import-result]");
    expect(await text(page, "[data-testid=import-result]")).toContain(
      "Imported 2 items into Kazakhstan check: 1 cited from your documents, 1 uncited.",
    );

    // The same file again is refused, and a broken one names its line; nothing more is created.
    await page.setInputFiles("#import-file", file);
    await page.click("form[aria-label='Import a question bank'] button[type=submit]");
    await page.waitForSelector("[data-testid=import-error]");
    expect(await text(page, "[data-testid=import-error]")).toMatch(
      /“kazakhstan.gift” was already imported on .* as the deck “Kazakhstan check”/,
    );
    await page.setInputFiles("#import-file", {
      name: "broken.gift",
      mimeType: "text/plain",
      buffer: Buffer.from("::a::Fine?{=yes ~no}\n\n::b::Broken?{=yes ~no\n"),
    });
    await page.click("form[aria-label='Import a question bank'] button[type=submit]");
    await page.waitForFunction(() =>
      document.querySelector("[data-testid=import-error]")?.textContent?.includes("Line 3"),
    );
    expect(
      (sqlite().prepare("SELECT count(*) AS n FROM Deck WHERE title = 'Kazakhstan check'").get() as { n: number }).n,
    ).toBe(1);

    await page.goto(`${baseURL}/decks`);
    await page.click("ul.plain >> text=Kazakhstan check");
    await page.waitForSelector("h1:has-text('Kazakhstan check')");
    const items = page.locator("[data-testid=deck-item]");
    expect(await items.count()).toBe(2);
    expect(await items.nth(0).textContent()).toContain("Cited:");
    expect(await items.nth(1).locator("[data-testid=uncited-note]").count()).toBe(1);
    expect(await text(page, "main")).toContain("imported from Moodle GIFT file “kazakhstan.gift” · cites ");

    // In a quiz, the uncited question is graded by the imported key and says it is not proven.
    await page.fill("#count", "2");
    await page.click("text=Start quiz");
    await page.waitForURL(/\/quiz\//);
    for (let n = 0; n < 2; n++) {
      const narnia = (await page.textContent("section[data-question-id]"))!.includes("Narnia");
      await page
        .locator("fieldset.options label", { hasText: narnia ? "A lion" : "Kassym-Jomart Tokayev" })
        .first()
        .locator("input")
        .check();
      await page.click("text=Submit answer");
      await page.waitForSelector("[data-testid=feedback]");
      expect(await text(page, "[data-testid=verdict]")).toContain("Correct.");
      if (narnia)
        expect(await text(page, "[data-testid=uncited-note]")).toContain(
          "No sentence in your documents proves this answer",
        );
      else
        expect(await text(page, "[data-testid=citation-quote]")).toContain(
          "Kassym-Jomart Tokayev announced a deadline",
        );
      await page.click(n === 0 ? "text=Next question" : "text=See your score");
      if (n === 0) await page.waitForSelector("text=Question 2 of 2");
    }
    await page.waitForSelector("[data-testid=score]");
    expect(await page.locator("[data-testid=review-item] [data-testid=uncited-note]").count()).toBe(1);
    await page.close();
  });
});
