// Concept items that use an abbreviation the document defines elsewhere ("a greater amount of BPG") spell it out at
// its first use in the prompt, so the item stands alone; a card whose whole answer is such an abbreviation answers
// with the long form ("corporate social responsibility (CSR)"); options are never spelled out.
import type { Item } from "../types";
import { hashHex } from "../prng";
import { definedAbbreviations, spellOut } from "../text/abbreviations";
import { upperFirst } from "../concepts/prompt";
import { lintItem } from "./lint";
import { segment, type Sentence } from "../text/sentences";

/** "SIPC", "CSR", "FINRA", "LBOs": an abbreviation (or its plural) as a card's whole answer */
const ABBREVIATION = /^(\p{Lu}[\p{Lu}\d&-]{1,8})(s?)$/u;
/** "Securities Investor Protection Corporation": a proper name, asked by name, not as a term */
const PROPER = /^\p{Lu}\p{Ll}+(?:\s+(?:(?:of|and|for|the|on|in)\s+)?\p{Lu}\p{Ll}+)+$/u;

/**
 * A card whose answer is an abbreviation the document spells out answers with the long form ("corporate social
 * responsibility (CSR)"), citing the sentence that spells it out as well; a name is asked by name ("What is the name
 * of an independent, nongovernmental organization that …?"), not as "the term for" it.
 */
function spellOutAnswer(
  item: Item,
  abbrs: Map<string, string>,
  text: string,
  sentences: () => Sentence[],
): Item | null {
  const m = ABBREVIATION.exec(item.answer);
  if (item.type !== "flashcard" || !m) return null;
  // ("LBOs are corporate takeovers …" -> "leveraged buyout (LBO)" as the source writes it: the term, in the singular)
  const one = abbrs.has(item.answer) || !m[2] ? item.answer : m[1]!;
  const long = abbrs.get(one);
  if (!long) return null;
  const at = text.search(new RegExp(`\\(${one}\\)`));
  const sent = at < 0 ? undefined : sentences().find((x) => x.start <= at && at < x.end);
  if (!sent) return null;
  const cited = item.citations[0]!;
  const citations =
    sent.start === cited.start
      ? item.citations
      : [...item.citations, { ...cited, start: sent.start, end: sent.end, quote: text.slice(sent.start, sent.end) }];
  const prompt = PROPER.test(long)
    ? item.prompt.replace(/^What is the term for /, "What is the name of ")
    : item.prompt;
  return { ...item, prompt, answer: `${long} (${one})`, citations };
}

export function spellOutAbbreviations(items: Item[], docIds: string[], texts: string[], seed: number): void {
  const docIndex = new Map(docIds.map((id, i) => [id, i]));
  const byDoc = new Map<number, Map<string, string>>();
  // a document is split into sentences once, and only when one of its cards answers with an abbreviation
  const sentencesOf = new Map<number, Sentence[]>();
  const cued = new Set<Item>();
  for (const item of items) {
    if (item.kind !== "term" || item.type === "truefalse") continue;
    const di = docIndex.get(item.citations[0]?.documentId ?? "");
    if (di === undefined) continue;
    let abbrs = byDoc.get(di);
    if (!abbrs) byDoc.set(di, (abbrs = definedAbbreviations(texts[di]!)));
    if (abbrs.size === 0) continue;
    const text = texts[di]!;
    const named = spellOutAnswer(item, abbrs, text, () => {
      let sents = sentencesOf.get(di);
      if (!sents) sentencesOf.set(di, (sents = segment(text)));
      return sents;
    });
    if (named && lintItem(named).ok) {
      Object.assign(item, named);
      item.id = hashHex([seed, item.type, item.prompt, item.answer].join("\u0001"));
    } else if (named) {
      // "the practice by which a business … with certain implicit social obligations and environmental
      // responsibilities" -> "corporate social responsibility (CSR)": the long form is cued by the question, and the
      // bare letters are no answer to learn
      cued.add(item);
      continue;
    }
    // a spelled-out name at the start of the prompt starts the sentence ("Polymerase chain reaction (PCR) can …")
    const prompt = upperFirst(spellOut(item.prompt, abbrs, [item.answer, ...(item.options ?? [])]));
    if (prompt === item.prompt || prompt.length > 400) continue;
    const next: Item = { ...item, prompt };
    if (!lintItem(next).ok) continue;
    item.prompt = prompt;
    item.id = hashHex([seed, item.type, item.prompt, item.answer].join("\u0001"));
  }
  for (let i = items.length - 1; i >= 0; i--) if (cued.has(items[i]!)) items.splice(i, 1);
}
