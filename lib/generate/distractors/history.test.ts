// Wrong options in a history text: years of the key's own time, a part smaller than its whole, places of the key's
// own kind; and prompts that lean on the sentence before get it.
import { describe, expect, it } from "vitest";
import { generateDeck, type Item } from "..";
import { loadWordNet } from "@/lib/lexicon/wordnet";
import { placeType } from "../lexicon";
import { NOT_A_PERSON, refinedPlaceType } from "./entities";
import { tailOfName } from "./names";
import { leansOnContext } from "../concepts/prompt";

const lexicon = loadWordNet()!;
const deck = (text: string): Item[] =>
  generateDeck([{ id: "h", title: "The Economics of Cotton", text }], { seed: 1, lexicon, maxItemsPer1000Words: 1000 })
    .items;

const COTTON = [
  "The Economics of Cotton",
  "In 1787, almost no cotton was grown in the United States. In 1793, Eli Whitney developed the cotton gin. In 1803, the United States purchased New Orleans from France. In 1807, Congress abolished the foreign slave trade. In 1817, only seventeen steamboats plied the western rivers. In 1837, there were over seven hundred steamships in operation. By 1860, the total number of African Americans increased to 4.4 million, and of that number, 3.95 million were held in bondage. In 1850, the South held 3.2 million enslaved people, and 1.8 million of them were producing cotton. Cargo worth $220 million (approximately $6.5 billion in 2014 dollars) left the port in 1860.",
].join("\n\n");

describe("wrong options of a history text", () => {
  const items = deck(COTTON);
  it("a wrong year lies within forty years of the key (never 2014 beside 1807)", () => {
    const years = items.filter((i) => i.type === "mcq" && /^\d{4}$/.test(i.answer));
    expect(years.length).toBeGreaterThan(0);
    for (const q of years)
      for (const o of q.options!) expect(Math.abs(+o - +q.answer), `${q.prompt}: ${o}`).toBeLessThanOrEqual(40);
  });
  it("'of that number, _____' offers only parts smaller than the whole", () => {
    const q = items.find((i) => i.type === "mcq" && i.answer === "3.95 million");
    expect(q).toBeDefined();
    for (const o of q!.options!) expect(parseFloat(o)).toBeLessThan(4.4);
  });
});

describe("places of the key's own kind", () => {
  it("a river, a state and a country are different kinds of place", () => {
    expect(placeType("Mississippi River")).toBe("water");
    expect(placeType("Texas")).toBe("state");
    expect(placeType("Rhode Island")).toBe("state");
    expect(placeType("Norway")).toBe("country");
  });
  it("a country the word lists do not know is a country by the lexicon ('El Salvador' is no option for a region)", () => {
    const wordnet = loadWordNet()!;
    const placeIs = wordnet.kindOf.bind(wordnet);
    expect(refinedPlaceType("El Salvador", { placeIs })).toBe("country");
    expect(refinedPlaceType("Latin America", { placeIs })).toBe("region");
    expect(refinedPlaceType("El Salvador", {})).toBe("region");
  });
});

describe("a prompt that leans on the sentence before", () => {
  const text = [
    "New Orleans",
    "New Orleans was founded by the French in 1718 on the lower Mississippi. In the first half of the nineteenth century, it rose in prominence largely because of its strategic position near the mouth of the Mississippi River. Cotton, however, emerged as the major commercial crop of the South. By 1860, the region was producing two-thirds of the world’s cotton.",
  ].join("\n\n");
  const items = deck(text);
  it("'In …, it rose …' after a leading phrase is shown after the sentence that names it, or not asked", () => {
    for (const i of items.filter((x) => /it rose in prominence/.test(x.prompt)))
      expect(i.prompt).toMatch(/^New Orleans was founded/);
  });
  it("'the region' gets the sentence before", () => {
    const r = items.find((i) => /the region was producing/.test(i.prompt));
    expect(r?.prompt).toMatch(/^Cotton, however, emerged/);
  });
});

describe("a pronoun inside a sentence", () => {
  const text = [
    "Cotton",
    "As a commodity, cotton had the advantage of being easily stored and transported. A demand for it already existed in the industrial textile mills in Great Britain, and in time, American cotton would also supply northern mills. During its 2020 war with Azerbaijan, Armenia complained that the alliance appeared to be a paper tiger.",
  ].join("\n\n");
  const items = deck(text);
  it("'A demand for it …' is shown after the sentence that says what 'it' is", () => {
    const gb = items.filter((i) => /A demand for it/.test(i.prompt));
    expect(gb.length).toBeGreaterThan(0);
    for (const i of gb) expect(i.prompt).toMatch(/^As a commodity, cotton/);
  });
  it("'During its war …, Armenia …' names what 'its' means itself", () => {
    for (const i of items.filter((x) => /2020 war/.test(x.prompt))) expect(i.prompt).toMatch(/^During its 2020 war/);
  });
});

describe("a sentence that needs the one before", () => {
  const text = [
    "The Stamp Act",
    "On August 14, the Sons of Liberty took aim at Andrew Oliver, who had been named the Massachusetts Distributor of Stamps. Andrew Oliver resigned the next day. Thomas Hutchinson, the lieutenant governor, saw his house destroyed on August 26. Parliament repealed the Stamp Act in March 1766.",
  ].join("\n\n");
  const items = deck(text);
  it("'… resigned the next day' is shown after the sentence that gives the day, never as 'Who resigned the next day?'", () => {
    expect(items.some((i) => /^Who resigned the next day/.test(i.prompt))).toBe(false);
    for (const i of items.filter((x) => /resigned the next day/.test(x.prompt)))
      expect(i.prompt).toMatch(/^On August 14/);
  });
});

describe("one of a set named before", () => {
  it("'One strand, referred to as …' and 'One frequently offered solution …' lean on the sentence before", () => {
    expect(leansOnContext("One strand, referred to as the _____, becomes the template.")).toBe(true);
    expect(leansOnContext("One frequently offered solution, particularly among economists, is to cut _____.")).toBe(
      true,
    );
    expect(leansOnContext("All the other Central Asian states diversified trade with China.")).toBe(false);
  });
});

describe("wrong options for a person", () => {
  it("are people, never a law or a body named like one", () => {
    expect(NOT_A_PERSON.test("Virginia Stamp Act Resolutions")).toBe(true);
    expect(NOT_A_PERSON.test("House of Burgesses")).toBe(true);
    expect(NOT_A_PERSON.test("Thomas Hutchinson")).toBe(false);
    // (nor a region: "Christian Europe" beside John Locke and Thomas Hobbes)
    expect(NOT_A_PERSON.test("Christian Europe")).toBe(true);
    expect(NOT_A_PERSON.test("Thomas Hobbes")).toBe(false);
    // (raters of pA: "Bill of Rights" among the options for Louis XIV)
    expect(NOT_A_PERSON.test("Bill of Rights")).toBe(true);
    expect(NOT_A_PERSON.test("Bill Clinton")).toBe(false);
    // ("Francisco", "York" and "Union" were the wrong options for Mexico: tails of longer names)
    const text =
      "He sailed from San Francisco to New York. The Soviet Union fell. Mexico and Europe traded. Western Europe grew.";
    expect(["Francisco", "York", "Union"].every((w) => tailOfName(text, w))).toBe(true);
    expect(["Mexico", "Europe"].some((w) => tailOfName(text, w))).toBe(false);
  });
});

describe("a name cut at its initial (h33's blind rating)", () => {
  it("is no wrong option ('Robert M.' beside Eugene Debs)", () => {
    const text = [
      "Reformers",
      "",
      "Labor leader Eugene Debs was a founding member of the Socialist Party of America in 1901. Wisconsin’s Robert M. (“Fighting Bob”) La Follette fought hard to curb the power of special interests. William Jennings Bryan ran for president three times. William Howard Taft won the election of 1908. Theodore Roosevelt founded the Progressive Party in 1912.",
    ].join("\n");
    const items = generateDeck([{ id: "d", title: "Reformers", text }], {
      seed: 1,
      lexicon: loadWordNet()!,
      maxItemsPer1000Words: 1000,
    }).items;
    expect(items.some((i) => i.answer === "Eugene Debs")).toBe(true);
    expect(items.flatMap((i) => i.options ?? []).filter((o) => /\s\p{Lu}\.$/u.test(o))).toEqual([]);
  });
});

describe("a person named with where they come from", () => {
  const text = [
    "The Campaign of 1952",
    "In 1952, President Harry Truman declined to run again. Senator Robert Taft of Ohio sought the Republican nomination. General Dwight Eisenhower won the nomination in July. Governor Adlai Stevenson of Illinois won the Democratic nomination. Senator Richard Nixon joined Eisenhower as his running mate. Critics said Nixon had taken money from a secret fund. Senator Richard Nixon answered the critics in a televised speech in September. President Harry Truman campaigned for Stevenson across the country. General Dwight Eisenhower promised to go to Korea. Governor Adlai Stevenson spoke about the cost of the war. Senator Robert Taft later supported Eisenhower.",
  ].join("\n\n");
  const items = deck(text);
  it("'Senator Robert Taft of Ohio' is Robert Taft: no answer or option carries 'of Ohio'", () => {
    for (const i of items)
      for (const a of [i.answer, ...(i.options ?? [])]) expect(a).not.toMatch(/ of (?:Ohio|Illinois)$/);
    expect(items.map((i) => `${i.prompt} -> ${i.answer}`)).toContain(
      "Governor _____ of Illinois won the Democratic nomination. -> Adlai Stevenson",
    );
  });
});
