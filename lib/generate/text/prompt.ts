// Prompt wording: the blank, question endings, quotation marks left by sentence splitting, and a connective
// that ties a prompt to a sentence the student does not see.
import { EN_STOPWORDS } from "../lexicon";

export const BLANK = "_____";

/** Turn a clause into a question: no stray period/comma before a closing quote or the "?" ("government.”?" -> "government”?"). */
export function endQ(s: string): string {
  let t = s.replace(/[\s.,;:!?]+$/, "");
  const opens = (t.match(/“/g) ?? []).length;
  const closes = (t.match(/”/g) ?? []).length;
  if (closes > opens) t = t.replace(/[\s.,;:!?]*”$/, "");
  t = t.replace(/[\s.,;:!?]+$/, "");
  // punctuation just inside a closing quote at the end: "… the government.”" -> "… the government”"
  t = t.replace(/[\s.,;:!]+([”"’]+)$/, "$1");
  return t + "?";
}

export function lowerFirst(s: string, proper: boolean): string {
  return proper ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * Remove the opening quote at `i`; a quote opened mid-sentence after a comma or colon started with a capital
 * ("According to X, “The entry of …") that no longer belongs there: "According to X, the entry of …".
 */
function dropOpeningQuote(t: string, i: number): string {
  let rest = t.slice(i + 1);
  if (/[,:]\s*$/.test(t.slice(0, i))) {
    const w = /^(\p{Lu}\p{Ll}*)\b/u.exec(rest);
    if (w && EN_STOPWORDS.has(w[1]!.toLowerCase()) && w[1] !== "I")
      rest = w[1]!.toLowerCase() + rest.slice(w[1]!.length);
  }
  return t.slice(0, i) + rest;
}

/** Remove a quotation mark left open or closed by sentence splitting (multi-sentence quotes). */
export function balanceQuotes(t: string): string {
  const q = (t.match(/[“”"]/g) ?? []).length;
  if (q % 2 === 1) {
    const trimmed = t.replace(/\s+$/, "");
    const last = trimmed.replace(/[?.!…]+$/, "");
    if (/[”"]$/.test(last) && (t.match(/[“"]/g) ?? []).length <= (t.match(/[”"]/g) ?? []).length) {
      const i = last.length - 1;
      t = t.slice(0, i) + t.slice(i + 1);
    } else {
      const m = /[“"]/.exec(t);
      if (m && (t.match(/[”]/g) ?? []).length < (t.match(/[“]/g) ?? []).length + (t.match(/"/g) ?? []).length)
        t = dropOpeningQuote(t, m.index);
      else {
        const i = t.search(/[”"][^”"]*$/);
        if (i >= 0) t = t.slice(0, i) + t.slice(i + 1);
      }
    }
  }
  return t.replace(/\s{2,}/g, " ").replace(/\s+([?.,])$/, "$1");
}

const SENTENCE_OPENERS =
  /^(?:on|in|at|the|a|an|there|this|that|these|those|many|most|some|after|before|when|while|for|with|by|from|since|during|now|today|unlike|like|if|as|although|though|because|despite|according|once|until)\b/;

const CONNECTIVE =
  /^(?:But|And|So|Yet|Still|However|Moreover|Furthermore|First|Firstly|Second|Secondly|Third|Thirdly|Lastly|Finally|Additionally|Consequently|Hence|Accordingly|Nevertheless|Nonetheless|Indeed|Thus|Therefore|Meanwhile|Instead|Likewise|Similarly|Alternatively|Also|In a similar way|In the same way|Against this backdrop|At the same time|In other words|As a result|In addition|For example|For instance|In turn|Further|In contrast|By contrast|Conversely|On the other hand|Again|In fact|Even so|Of course|By (?:the|this) (?:above )?definition)\b,?\s+(?=["“]?\p{L})/u;

/** "Parietal cells—Located …", "Lineal kinship: Lineal kinship (…)": a list item's label before its sentence */
const ITEM_LABEL = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}\s*(?:—|:)\s*(?=\p{Lu}|_{3,})/u;

/** A list item's label is dropped from a prompt that goes on with a sentence of its own (six words or more). */
export function dropLabel(t: string): string {
  const m = ITEM_LABEL.exec(t);
  if (!m) return t;
  const rest = t.slice(m[0].length);
  return rest.split(/\s+/).length >= 6 ? rest : t;
}

/** "In the earlier chapter on Cratered Worlds, you learned that …", "Recall from the previous section that …" */
const BOOK_LEAD_IN =
  /^(?:(?:In|From) (?:the|an) (?:earlier|previous|preceding) (?:chapter|section|module|unit)(?: on [^,]{1,60})?, (?:you|we) (?:learned|saw|read|discussed|studied) that|Recall from (?:the|an) (?:earlier|previous|preceding) (?:chapter|section|module|unit)(?: on [^,]{1,60})? that|As (?:you|we) (?:learned|saw|read) in (?:the|an) (?:earlier|previous|preceding) (?:chapter|section|module|unit)(?: on [^,]{1,60})?,)\s+/;

/**
 * "But on _____, Tokayev …" -> "On _____, Tokayev …" (a blank right after the connective keeps it); the book's
 * "In the earlier chapter on …, you learned that" goes the same way.
 */
export function dropConnective(t0: string): string {
  // the book's pointer back to itself goes; what was learned there stands as a statement
  const lead = BOOK_LEAD_IN.exec(t0);
  const t = lead && !t0.slice(lead[0].length).startsWith(BLANK) ? upperFirst(t0.slice(lead[0].length)) : t0;
  const m = CONNECTIVE.exec(t);
  if (!m) return t;
  const rest = t.slice(m[0].length);
  if (rest.startsWith(BLANK)) return t;
  const i = /^["“]/.test(rest) ? 1 : 0;
  // "Still, argued X, …" (inversion) would start with a verb: keep the sentence as it is
  if (/^\p{Ll}/u.test(rest.charAt(i)) && !SENTENCE_OPENERS.test(rest.slice(i))) return t;
  return rest.slice(0, i) + rest.charAt(i).toUpperCase() + rest.slice(i + 1);
}

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Words that begin with a "yoo" sound or "wun" ("ubiquitous", "unique", "eukaryote", "one-sided"): "a", not "an". */
const YOO_START =
  /\b([Aa])n\s+(?=(?:ubiq|uniq|unit|unio|univ|unif|unic|unil|unan|usu|useful|user|uses?\b|util|utop|urin|uter|uran|euk|eur|one\b|one-|once\b)[\p{L}-]*)/gu;

/** "an ubiquitous intracellular parasite" (as some texts write it) reads "a ubiquitous …" in a prompt. */
export function articleBeforeYoo(text: string): string {
  return text.includes("n u") || text.includes("n e") || text.includes("n o") || text.includes("n U")
    ? text.replace(YOO_START, "$1 ")
    : text;
}
