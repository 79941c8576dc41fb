// Names a reader would not take for a person among the options of a "Who …?" question: a name the recogniser misread
// and the key written another way (what blind raters flagged in history sections of the learning pools).
import { describe, expect, it } from "vitest";
import { misreadName, samePerson } from "./names";

describe("one person written twice is no wrong option", () => {
  it("a middle initial or a nickname does not make another person", () => {
    expect(samePerson("James Blaine", "James G. Blaine")).toBe(true);
    expect(samePerson("William Jefferson Clinton", "Bill Clinton")).toBe(true);
  });
  it("a middle name written out, another given name or another surname does", () => {
    expect(samePerson("John Adams", "John Quincy Adams")).toBe(false);
    expect(samePerson("Roger Clinton", "Bill Clinton")).toBe(false);
    expect(samePerson("Anthony Comstock", "Henry T. P. Comstock")).toBe(false);
  });
});

describe("a misread name is no wrong option", () => {
  const text =
    "Her husband, Lyndon Johnson, took office in 1963, and Lady Bird Johnson campaigned for highway beauty. " +
    "Lady Bird Johnson later founded a wildflower center. The Secretary of the Treasury Henry Paulson asked Congress " +
    "for money. As George Washington said, the union came first. Secretary of State John Quincy Adams agreed.";
  it("the tail of a longer name the text never writes alone", () => {
    expect(misreadName("Bird Johnson", "person", text)).toBe(true);
    expect(misreadName("Treasury Henry Paulson", "person", text)).toBe(true);
  });
  it("a name after a title, or at the start of a sentence, is a name", () => {
    expect(misreadName("Henry Paulson", "person", text)).toBe(false);
    expect(misreadName("John Quincy Adams", "person", text)).toBe(false);
    expect(misreadName("George Washington", "person", text)).toBe(false);
    expect(misreadName("Lyndon Johnson", "person", text)).toBe(false);
  });
  it("a title inside the name, four full words, two bodies joined by 'and'", () => {
    expect(misreadName("Virginia Representative James Madison", "person", "")).toBe(true);
    expect(misreadName("Billy Bush Access Hollywood", "person", "")).toBe(true);
    expect(misreadName("Henry T. P. Comstock", "person", "")).toBe(false);
    expect(misreadName("Brooklyn College and Columbia University", "org", "")).toBe(true);
    expect(misreadName("Securities and Exchange Commission", "org", "")).toBe(false);
  });
});
