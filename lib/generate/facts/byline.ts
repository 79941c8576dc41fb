// Bylines: "Who wrote the article …?", one of the key facts of a news article.
import type { Sentence } from "../text/sentences";
import { hashString } from "../prng";
import type { Fact } from "./fact";
import { objectArray } from "../arrays";

/**
 * A byline item: "Who wrote the article …?" (the headline, else a title that is not a file name, else the first
 * words of the body). Pushes the facts and returns the next sequence number.
 */
export function bylineFacts(di: number, docTitle: string, sents: Sentence[], facts: Fact[], seq: number): number {
  const headline = sents.find((s) => s.role === "headline");
  for (const s of sents) {
    if (s.role !== "byline") continue;
    const name = s.text.replace(/^(by\s+|[-–—]\s*)/i, "").trim();
    // ("JOHN BROWN" over a history section about him: a heading the body speaks of is no author)
    const low = name.toLowerCase();
    if (sents.some((x) => x.role === "body" && x.text.toLowerCase().includes(low))) continue;
    const aRel = s.text.indexOf(name);
    const title = headline ? headline.text : docTitle && !/\.\w{2,4}$/.test(docTitle) ? docTitle : "";
    const wh = title
      ? `Who wrote the article “${title.replace(/[“”]/g, "")}”?`
      : `Who wrote the article that begins “${(sents.find((x) => x.role === "body")?.text ?? "").split(/\s+/).slice(0, 10).join(" ")} …”?`;
    facts.push({
      id: facts.length,
      kind: "person",
      answer: name,
      doc: di,
      sent: { doc: di, s: s.start, e: s.end },
      sentText: s.text,
      sentWords: 5,
      aRel,
      aEnd: aRel + name.length,
      wh,
      whType: "any",
      // (no headline: an empty array of objects, which mergeOne may push onto: see arrays.ts)
      extra: headline ? [{ doc: di, s: headline.start, e: headline.end }] : objectArray(),
      score: 4.2,
      keyWords: new Int32Array([hashString("byline:" + di) | 0]),
      mergeKey: "byline|" + di + "|" + name,
      unresolved: false,
      seq: seq++,
    });
  }
  return seq;
}
