// A shortened back-reference written in full: "the outer margin of the cavity" in a section whose key term is the
// glenoid cavity is "the outer margin of the glenoid cavity". The text says "the cavity" because the sentence before
// named it; an item that stands alone names it.
import { singular } from "./np";
import type { TermInfo, TermInventory } from "./terms";

/** "the cavity", not "the cavity of …" nor "the cavity wall" (a noun that modifies another names its own thing) */
const THE_NOUN = /\b([Tt]he)\s+(\p{Ll}{3,})\b(?!\s+(?:of|to|that|which|who|whose)\b)(?!\s+\p{Ll}{3,}\s+(?:is|are)\b)/gu;
/** a noun right after: "the tube wall" */
const NOUN_AFTER =
  /^\s+(?!(?:is|are|was|were|has|have|had|can|may|will|that|which|who|in|on|at|to|for|with|by|from|and|or|as|of|also|not|into)\b)\p{Ll}{3,}\b/u;
const LOWER_WORDS = /^[\p{Ll}-]+$/u;
const QUESTION_FRAME = /^What (?:is|are) the (?:term|name|word) (?:for|of)\s/;
/** a key term must stand for its head word this often in the document (against the bare word) to write it in full */
const FULL_SHARE = 0.5;

/**
 * Per document, the one key term of two or more words that each head word stands for ("cavity" -> "glenoid cavity"),
 * or null where two key terms share the head ("thoracic cavity", "abdominal cavity": "the cavity" is either).
 */
export class Wholes {
  private readonly byDoc = new Map<number, Map<string, string | null>>();

  constructor(keys: readonly TermInfo[]) {
    for (const t of keys) {
      const ws = t.display.split(/\s+/);
      if (ws.length < 2 || ws.length > 3 || t.proper || !LOWER_WORDS.test(ws.join(""))) continue;
      const head = singular(ws[ws.length - 1]!.toLowerCase());
      const full = singular(t.display.toLowerCase());
      for (const doc of t.docs) {
        let m = this.byDoc.get(doc);
        if (!m) this.byDoc.set(doc, (m = new Map<string, string | null>()));
        const cur = m.get(head);
        m.set(head, cur === undefined || cur === full ? full : null);
      }
    }
  }

  /** The prompt with its first "the <head>" written as the document's key term, where the document mostly says that. */
  resolve(prompt: string, doc: number, answer: string, inv: TermInventory): string {
    const m = this.byDoc.get(doc);
    if (!m) return prompt;
    const ans = answer.toLowerCase();
    const low = prompt.toLowerCase();
    // the question's own frame ("What is the term for …") names nothing of the text
    const frame = QUESTION_FRAME.exec(prompt)?.[0].length ?? 0;
    for (const x of prompt.matchAll(THE_NOUN)) {
      if (x.index < frame) continue;
      const noun = x[2]!;
      const full = m.get(singular(noun));
      if (!full || NOUN_AFTER.test(prompt.slice(x.index + x[0].length))) continue;
      // the answer is never written into its own question, nor a term the prompt names already
      if (low.includes(full.slice(0, full.lastIndexOf(" "))) || full.includes(ans) || ans.includes(full)) continue;
      // (the text says "the body" of many bodies; it says "the cavity" where it means the glenoid cavity)
      const plural = noun !== singular(noun);
      const written = plural ? full.replace(/\S+$/, noun) : full;
      if (inv.says(doc, written, 40) < FULL_SHARE * inv.says(doc, noun, 40)) continue;
      return prompt.slice(0, x.index) + x[1]! + " " + written + prompt.slice(x.index + x[0].length);
    }
    return prompt;
  }
}
