// The subject a defining sentence opens on ("Localization of function is …", "As its name suggests, an integral
// protein is …") and what may stand between it and its verb. Shared by the copula definitions and the appositives.
import type { Tok } from "../read/nlp";
import { npForward, tokAt } from "./np";
import { phraseOf, termOk } from "./phrase";
import type { Phrase } from "./types";

const UPPER_START = /^\p{Lu}/u;
/** a word in -s ("shows" read as a verb, "needs") */
export const LOWER_S_END = /\p{Ll}s$/u;
export const COPULA = /^(is|are|was|were)$/i;
/** "the term X", "the concept of X": a word that introduces the term */
const TERM_WORD = /^(?:term|word|concept|phrase|notion|name)$/i;
/** "Outsourcing", "Skimming": a word in -ing alone */
export const LONE_GERUND = /^\p{L}{3,}ing$/u;
/**
 * "Most generally, politics is …", "In chemistry, a polar molecule is …", "As its name suggests, an integral protein
 * is …": one short fronted phrase may come before the subject ("According to sociologist William Graham Sumner,
 * deviance is …": whose definition it is; not a scope like "In the United States, the president is …", which the card
 * would lose; not "For example, India is …": an instance, no term)
 */
const FRONTED =
  /^(?:According to (?:[\p{L}.'’-]+\s+){0,5}[\p{L}.'’-]+|Also (?:called|known as|referred to as) [\p{L}-]+(?: [\p{L}-]+){0,3}|Most generally|Generally|Simply put|Put simply|In (?:short|general|essence|chemistry|biology|physics|psychology|sociology|economics|philosophy|politics)|In (?:simple|plain|basic|broad|general|other) (?:terms|words)|By definition|(?:Strictly|Broadly|Technically|Generally|Loosely|Roughly) speaking|Formally|Technically|Broadly|Finally|First|Second|Third|Next|Similarly|Likewise|In addition|Additionally|Thus|Therefore|In contrast|By contrast|On the other hand|However|Essentially|Basically|Traditionally|Typically|Usually|As (?:its|the|their) names? (?:suggests?|implies|indicates?)|(?:Like|Unlike) (?:[\p{L}.'’-]+\s+){0,4}[\p{L}.'’-]+|In (?:contrast|comparison|addition) to (?:[\p{L}.'’-]+\s+){0,4}[\p{L}.'’-]+),\s+/u;

/**
 * Skip what may stand between a subject and its verb without changing what the subject is: "(ACR)",
 * ", also referred to as Y,", ", or Y,". Returns the token index after it.
 */
export function skipAside(toks: Tok[], i: number): number {
  const t = toks[i];
  if (!t) return i;
  if (t.v === "(") {
    let k = i + 1;
    while (k < toks.length && toks[k]!.v !== ")" && k - i < 12) k++;
    return toks[k]?.v === ")" ? k + 1 : i;
  }
  // "Anomie—literally, “without law”—is a situation …": an aside between dashes before the verb
  if (t.v === "—" || t.v === "–") {
    let k = i + 1;
    while (k < toks.length && toks[k]!.v !== t.v && k - i < 12) k++;
    return toks[k]?.v === t.v && COPULA.test(toks[k + 1]?.v ?? "") ? k + 1 : i;
  }
  if (t.v === ",") {
    const nx = toks[i + 1]?.v.toLowerCase() ?? "";
    // ", as described by Jung," / ", according to Freud," / ", in turn," before the verb
    if (/^(?:as|according|in|for|however|then|on|by|by contrast|therefore|thus|too|though)$/.test(nx)) {
      let k = i + 1;
      while (k < toks.length && toks[k]!.v !== "," && k - i < 8 && toks[k]!.pos !== "AUX") k++;
      if (toks[k]?.v === "," && toks[k + 1] && (toks[k + 1]!.pos === "AUX" || toks[k + 1]!.pos === "VERB"))
        return k + 1;
    }
    // "The GDP deflator, which the Bureau of Economic Analysis measures, is a price index …": a relative clause between
    // subject and "is"
    if (nx === "which" || nx === "who") {
      let k = i + 2;
      while (k < toks.length && toks[k]!.v !== "," && k - i < 14) k++;
      if (toks[k]?.v === "," && COPULA.test(toks[k + 1]?.v ?? "")) return k + 1;
    }
    // "Leadership, the third key management function, is the process of …": an appositive between subject and "is"
    if (nx === "the" || nx === "a" || nx === "an") {
      let k = i + 1;
      while (k < toks.length && toks[k]!.v !== "," && k - i < 10) k++;
      if (toks[k]?.v === "," && COPULA.test(toks[k + 1]?.v ?? "")) return k + 1;
    }
    if (nx === "also" || nx === "or" || nx === "sometimes" || nx === "often" || nx === "i.e.") {
      let k = i + 1;
      while (k < toks.length && toks[k]!.v !== "," && k - i < 12) k++;
      return toks[k]?.v === "," ? k + 1 : i;
    }
  }
  return i;
}

/**
 * "Vicarious learning is …", "Operant conditioning is …": a modifier and a word in -ing before the copula name a kind of
 * act (the tagger reads the -ing word as a verb, which ends the noun phrase before it).
 */
function gerundCompound(toks: Tok[], i: number): { ts: number; te: number } | null {
  const m = toks[i];
  const g = toks[i + 1];
  const cop = toks[i + 2];
  // "Outsourcing is …", "Skimming is …": a word in -ing alone before the copula is a noun
  if (m?.pos === "VERB" && LONE_GERUND.test(m.v) && g && /^(?:is|are)$/.test(g.v)) return { ts: i, te: i };
  if (!m || !g || !cop || !/^(?:ADJ|PROPN|NOUN)$/.test(m.pos) || g.pos !== "VERB" || !/\p{Ll}ing$/u.test(g.v))
    return null;
  return /^(?:is|are)$/.test(cop.v) ? { ts: i, te: i + 1 } : null;
}

/** The sentence's subject noun phrase at the start (after an optional article) and the token after it. */
export function leadingTerm(
  text: string,
  s0: number,
  toks: Tok[],
): { term: Phrase; next: number; general?: boolean } | null {
  const lead = FRONTED.exec(text);
  const i0 = lead ? tokAt(toks, s0 + lead[0].length) : 0;
  const np = gerundCompound(toks, i0) ?? npForward(toks, i0, 6);
  if (!np || np.ts > i0 + 1) return null;
  // "Trade shows are …": a word in -s right before "are" is the plural head the tagger read as a verb
  const v = toks[np.te + 1];
  if (v?.pos === "VERB" && LOWER_S_END.test(v.v) && /^(?:are|were)$/.test(toks[np.te + 2]?.v ?? "")) np.te++;
  // "The term popular culture refers to …": the term is what follows "term"
  // ("Concept testing is …": without an article before it the word is part of the term)
  if (np.te > np.ts && TERM_WORD.test(toks[np.ts]!.v) && /^(?:the|a|this)$/i.test(toks[np.ts - 1]?.v ?? "")) np.ts++;
  // "The threshold of excitation is …": one "of" phrase may belong to the term
  let te = np.te;
  // (a sentence's first word is capitalised whatever it is: "Localization of function is …")
  if (
    toks[te + 1]?.v === "of" &&
    (te === 0 || UPPER_START.test(toks[te]!.v) === UPPER_START.test(toks[te + 2]?.v ?? ""))
  ) {
    const of = npForward(toks, te + 2, 3);
    if (of && toks[te + 2]?.pos !== "DET" && of.te - np.ts <= 5) te = of.te;
  }
  // "The concept of meritocracy is …": the term is what the concept is of
  const ts = TERM_WORD.test(toks[np.ts]!.v) && toks[np.ts + 1]?.v === "of" && te > np.ts + 1 ? np.ts + 2 : np.ts;
  const term = phraseOf(text, s0, toks, { ts, te });
  // "The mass of an object is a measure of …": "of an object" says of what in general, the term is "mass"
  let next = te + 1;
  if (toks[next]?.v === "of" && /^(?:a|an|any)$/i.test(toks[next + 1]?.v ?? "")) {
    const gen = npForward(toks, next + 1, 3);
    const after = gen ? toks[gen.te + 1] : undefined;
    if (gen && after && (after.pos === "AUX" || after.pos === "VERB")) next = gen.te + 1;
  }
  // ("Like China many decades earlier, India is a developing country …": a name compared is an instance, not a term)
  if (lead && /^(?:Like|Unlike)\s/.test(lead[0]) && UPPER_START.test(term.text)) return null;
  return termOk(term.text) ? { term, next: skipAside(toks, next), general: next > te + 1 } : null;
}
