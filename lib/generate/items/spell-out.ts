// Concept items that use an abbreviation the document defines elsewhere ("a greater amount of BPG") spell it out at
// its first use in the prompt, so the item stands alone; the answer and the options never get spelled out in it.
import type { Item } from "../types";
import { hashHex } from "../prng";
import { definedAbbreviations, spellOut } from "../text/abbreviations";
import { upperFirst } from "../concepts/prompt";
import { lintItem } from "./lint";

export function spellOutAbbreviations(items: Item[], docIds: string[], texts: string[], seed: number): void {
  const docIndex = new Map(docIds.map((id, i) => [id, i]));
  const byDoc = new Map<number, Map<string, string>>();
  for (const item of items) {
    if (item.kind !== "term" || item.type === "truefalse") continue;
    const di = docIndex.get(item.citations[0]?.documentId ?? "");
    if (di === undefined) continue;
    let abbrs = byDoc.get(di);
    if (!abbrs) byDoc.set(di, (abbrs = definedAbbreviations(texts[di]!)));
    if (abbrs.size === 0) continue;
    // a spelled-out name at the start of the prompt starts the sentence ("Polymerase chain reaction (PCR) can …")
    const prompt = upperFirst(spellOut(item.prompt, abbrs, [item.answer, ...(item.options ?? [])]));
    if (prompt === item.prompt || prompt.length > 400) continue;
    const next: Item = { ...item, prompt };
    if (!lintItem(next).ok) continue;
    item.prompt = prompt;
    item.id = hashHex([seed, item.type, item.prompt, item.answer].join("\u0001"));
  }
}
