// Item flaws that issue 10 names, checked on every item (both families): an option of another category than the
// key, a citation year as the answer, a prompt that opens on a dangling reference.
import type { Item } from "../types";
import { apparatusRanges, inRanges } from "./apparatus";
import { dangles } from "./prompt";

/** The shape of an answer or option: a year, another number, a name, an acronym, a phrase in lower case. */
export function shapeOf(s: string): "year" | "number" | "name" | "acronym" | "phrase" {
  const t = s.trim();
  if (/^(?:1[0-9]{3}|20[0-9]{2})s?$/.test(t)) return "year";
  if (/^[$€£]?[\d.,]+\s*(?:%|percent|million|billion|thousand)?$/.test(t)) return "number";
  if (/^\p{Lu}[\p{Lu}\d&.-]{1,9}s?$/u.test(t)) return "acronym";
  if (/^\p{Lu}/u.test(t)) return "name";
  return "phrase";
}

const compatible = (a: string, b: string) => a === b || (a !== "year" && a !== "number" && b !== "year" && b !== "number" && (a === "name" || b === "name"));

/** Flaws of `item` (empty when none): option-category, citation-year-answer, dangling-start. */
export function extraFlaws(item: Item): string[] {
  const flaws: string[] = [];
  if (item.type === "mcq" && item.options) {
    const k = shapeOf(item.answer);
    // a year among names, a name among numbers, a lower-case phrase among names: the odd option out
    if (item.options.some((o) => !compatible(shapeOf(o), k))) flaws.push("option-category");
  }
  const tested = item.type === "truefalse" ? item.trueAnswer ?? "" : item.answer;
  if (/^(?:1[5-9]\d\d|20\d\d)$/.test(tested.trim())) {
    for (const c of item.citations) {
      const at = c.quote.indexOf(tested.trim());
      if (at >= 0 && inRanges(apparatusRanges(c.quote), at, at + tested.trim().length)) flaws.push("citation-year-answer");
    }
  }
  if (dangles(item.prompt)) flaws.push("dangling-start");
  return [...new Set(flaws)];
}
