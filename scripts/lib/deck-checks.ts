// Hard bars of the eval, for any deck: grounding (the tested answer is in the cited quote, and the quote is the
// text at its offsets) and option validity (four distinct options, the key once, no option an alias of the key).
import { EntityRegistry, normAnswer } from "@/lib/generate";
import type { Item, SourceDocument } from "@/lib/generate";
import { segment } from "@/lib/generate/text/sentences";
import { tokenize } from "@/lib/generate/read/nlp";
import { extractMentions } from "@/lib/generate/facts/extract-mentions";
import { escapeRegExp } from "@/lib/generate/text/scan";

export function isGrounded(it: Item, texts: Map<string, string>): boolean {
  const offsetsOk =
    it.citations.length > 0 && it.citations.every((c) => texts.get(c.documentId)?.slice(c.start, c.end) === c.quote);
  const tested = it.type === "truefalse" ? (it.trueAnswer ?? "") : it.answer;
  const nt = normAnswer(tested);
  const inQuote = !!nt && it.citations.some((c) => (" " + normAnswer(c.quote) + " ").includes(" " + nt + " "));
  const tfOk = it.type !== "truefalse" || it.answer === "True" || it.answer === "False";
  return offsetsOk && inQuote && tfOk;
}

/**
 * Two names the text itself gives as one thing: "KEY (OPT)", "OPT (KEY)", "KEY, or OPT,", "KEY, also called OPT",
 * "KEY (also known as OPT)". Such an option would be a second right answer.
 */
export function textualAlias(texts: Iterable<string>, a: string, b: string): boolean {
  const A = escapeRegExp(a.trim());
  const B = escapeRegExp(b.trim());
  if (!A || !B) return false;
  const link = String.raw`\s*(?:\(\s*(?:also\s+(?:called|known\s+as|referred\s+to\s+as?|termed)\s+|or\s+|i\.e\.,?\s+)?|,\s*(?:or|also\s+(?:called|known\s+as|referred\s+to\s+as?|termed))\s+)(?:the\s+|a\s+|an\s+)?`;
  const re = new RegExp(String.raw`(?<![\w-])(?:${A}${link}${B}|${B}${link}${A})(?![\w-])`, "i");
  for (const t of texts) if (re.test(t)) return true;
  return false;
}

/** Option validity; `sameEntity` says whether two names are one entity for the corpus's entity registry. */
export function isValidMcq(it: Item, texts: Iterable<string>, sameEntity: (a: string, b: string) => boolean): boolean {
  const o = it.options ?? [];
  const norms = o.map(normAnswer);
  const key = normAnswer(it.answer);
  const distinct = new Set(norms).size === 4 && o.length === 4;
  const once = norms.filter((x) => x === key).length === 1;
  const wrong = o.filter((x) => normAnswer(x) !== key);
  const noAlias = wrong.every((x) => !sameEntity(x, it.answer) && !textualAlias(texts, x, it.answer));
  return distinct && once && noAlias;
}

/** The entity registry the eval judges aliases with: every name mention of the documents, as the engine reads them. */
export function corpusRegistry(docs: SourceDocument[]): EntityRegistry {
  const reg = new EntityRegistry();
  for (const d of docs) {
    for (const s of segment(d.text)) {
      if (s.role !== "body") continue;
      for (const m of extractMentions(d.text, tokenize(d.text, s.start, s.end))) {
        if (m.kind === "date" || m.kind === "number" || m.kind === "money") continue;
        reg.add(m.text, m.kind, (m.strength ?? 1) >= 2, !!m.initial);
        if (m.acronym && m.acronym !== m.text) reg.union(m.text, m.acronym);
        for (const n of m.nick ?? []) {
          reg.add(n, m.kind, true);
          reg.union(n, m.text);
        }
      }
    }
  }
  reg.finalize();
  return reg;
}
