// Naming and other names: "… is called X", "…, known as X", "… referred to as X", and the aliases a text gives
// in passing: "glial cells (also known as glia)", "non-REM (NREM) sleep", "the soma, or cell body,".
import type { Tok } from "../read/nlp";
import { headOf, npBackward, npForward, tokAt, type Span } from "./np";
import { clauseEnd, phraseAt, phraseOf, termOk, withoutNamingVerb } from "./phrase";
import type { ConceptCandidate, Phrase } from "./types";
import { CUE_NAMING, cues } from "../text/cues";

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const LETTER_START = /^\p{L}/u;
const MODIFIER_CLAUSE =
  /\s\p{Ll}+(?:ed|en|ing)\s+(?:in|by|from|with|at|on|to|for|into)\b|\s(?:that|which|who|with|in|at|from|by)\s/u;
const ACRONYM_LIKE = /^\p{Lu}[\p{Lu}\d&-]{1,7}s?$/u;
const LOWER_START = /^\p{Ll}/u;

const NAMING =
  /\b(?:(is|are|was|were|be|been)\s+)?((?:also|often|sometimes|commonly|collectively|usually|generally|now|aptly|simply)\s+)?(called|(?<=\b(?:that|which)\s+[A-Za-z]+\s+)call(?!\s+(?:for|on|in|up|off|out|back|to|it|them|this)\b)|known\s+as|referred\s+to\s+as|termed|named|dubbed|labell?ed)\s+(?:the\s+|a\s+|an\s+)?/gi;
const AFTER_TERM =
  /^(?:\s*[.,;:)(!?—–]|\s*$|\s+(?:and|or|because|which|that|in|by|for|since|due|when|while|after|before|from|to|on|at|as)\b|\s+(?:made|composed|formed|found|located|derived|produced)\s+(?:of|by|from|in)\b)/;

/** The term right after a naming cue: a quoted phrase, or a noun phrase (with one "of …") ending at a boundary. */
function namedTerm(text: string, s0: number, toks: Tok[], at: number): Phrase | null {
  const q = /^[“"]([^”"]{2,60})[”"]/.exec(text.slice(at));
  if (q) {
    const inner = q[1]!.replace(/[.,;:!?]+$/, "");
    return { text: inner, a: at + 1, b: at + 1 + inner.length };
  }
  const i = tokAt(toks, s0 + at);
  const name = capitalisedRun(text, s0, toks, i);
  if (name) return name;
  const np = npForward(toks, i, 5);
  if (!np || np.ts !== i) return null;
  let te = np.te;
  if (
    toks[te + 1]?.v === "of" &&
    toks[te + 2]?.pos !== "DET" &&
    UPPER_START.test(toks[te]!.v) === UPPER_START.test(toks[te + 2]?.v ?? "")
  ) {
    const of = npForward(toks, te + 2, 2);
    if (of && of.te - np.ts <= 4) te = of.te;
  }
  const p0 = phraseOf(text, s0, toks, { ts: np.ts, te });
  // "referred to as the full faith and credit clause": a named clause, rule or act whose name holds an "and"
  const joined = JOINED_NAME_END.exec(text.slice(p0.b));
  const p = joined ? { text: p0.text + joined[0], a: p0.a, b: p0.b + joined[0].length } : p0;
  return AFTER_TERM.test(text.slice(p.b)) || (UPPER_START.test(p.text) && /^\s+of\s/.test(text.slice(p.b))) ? p : null;
}

/**
 * "a series of laws called the Coercive Acts, which …", "the ideology known as Manifest Destiny justified …": a run of
 * capitalised words after the cue is the name, whatever the tagger made of them ("Acts" as a verb), up to a
 * punctuation mark, a lower-case word or a verb after it; null when the cue is not followed by one.
 */
function capitalisedRun(text: string, s0: number, toks: Tok[], i: number): Phrase | null {
  let te = i - 1;
  while (te + 1 < toks.length && te - i < 4 && CAPITALISED_WORD.test(toks[te + 1]!.v)) te++;
  // (one capitalised word is left to the noun-phrase reading: "called Tokayev's …", "called Homo sapiens")
  if (te <= i) return null;
  const p = phraseOf(text, s0, toks, { ts: i, te });
  const next = toks[te + 1];
  const ends = !next || AFTER_TERM.test(text.slice(p.b)) || next.pos === "VERB" || next.pos === "AUX";
  return ends ? p : null;
}
const JOINED_NAME_END =
  /^\s+and\s+\p{Ll}+\s+(?:clause|act|principle|rule|doctrine|law|theory|effect|model|system|test|method|hypothesis)s?\b/u;
const WHICH_SOME_CALLED = /,\s+which\s+(?:some|many|most|the)\s+\p{Ll}+\s+$/u;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}’'-]*$/u;
const MADE_UP =
  /\b(?:hypothetical|fictional|fictitious|imaginary|imagined|made-up)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+$/iu;

/**
 * The noun phrase a naming cue describes, ending at token j: "a major extension from the soma" (not just "soma"),
 * "This difference in charge across the membrane", "a state of readiness".
 */
function describedPhrase(text: string, s0: number, toks: Tok[], j: number): Phrase | null {
  let np: Span | null = j >= 0 ? npBackward(toks, j, 5) : null;
  if (!np) return null;
  for (let hop = 0; hop < 2; hop++) {
    const p = np.ts - (/^(the|a|an)$/i.test(toks[np.ts - 1]?.v ?? "") ? 2 : 1);
    const prep = toks[p];
    // "the attempt to extract a bribe": an infinitive with its object belongs to the noun before it
    // ("require the borrower to pay a fee (called interest)": after a verb the noun is its object, and the fee is named)
    const infinitive = prep?.pos === "VERB" && toks[p - 1]?.v.toLowerCase() === "to" && !objectOfVerb(toks, p - 2);
    if (
      !prep ||
      (!infinitive && !/^(of|from|in|across|on|to|with|between|within|along|over|during|through|among)$/i.test(prep.v))
    )
      break;
    let k: number = p - (infinitive ? 2 : 1);
    if (k >= 0 && /^(the|a|an)$/i.test(toks[k]!.v)) k--;
    const outer: Span | null = k >= 0 ? npBackward(toks, k, 4) : null;
    // "through the action of an enzyme called carbonic anhydrase": the name is the enzyme's, not the action's
    if (!outer || ACTION_HEAD.test(toks[outer.te]!.v)) break;
    np = { ts: outer.ts, te: np.te };
    if (infinitive) break;
  }
  let ts = np.ts;
  if (ts > 0 && /^(the|a|an|this|these)$/i.test(toks[ts - 1]!.v)) ts--;
  return phraseOf(text, s0, toks, { ts, te: np.te });
}

/** Is the noun phrase ending at token j the object of a verb that controls an infinitive ("require the borrower")? */
function objectOfVerb(toks: Tok[], j: number): boolean {
  let k = j;
  while (k >= 0 && k > j - 4 && /^(?:NOUN|ADJ|DET|PROPN)$/.test(toks[k]!.pos)) k--;
  return k < j && k >= 0 && toks[k]!.pos === "VERB" && OBJECT_CONTROL.test(toks[k]!.lemma);
}

/** verbs whose object does what the infinitive after it says ("require the borrower to pay") */
const OBJECT_CONTROL =
  /^(?:require|ask|allow|force|enable|permit|encourage|cause|lead|tell|persuade|want|expect|help|instruct|order|urge|invite|need|compel|oblige|advise|teach|train)$/;

/** The head of a described phrase: its first noun phrase's last word ("a major extension from the soma" -> extension). */
function describedHead(gloss: string): string {
  const first = gloss
    .replace(/^(?:the|a|an|this|these)\s+/i, "")
    .split(/\s+(?:of|from|in|across|on|to|with|between|within|along)\s+/i)[0]!;
  return headOf(first);
}

/**
 * "The circuit courts are often referred to as the intermediate appellate courts of the federal system, since …": what
 * follows the cue describes rather than names (no term), so the subject is the term and the description its gloss.
 */
function describedSubject(text: string, m: RegExpExecArray): ConceptCandidate | null {
  if (!m[1] || !/^(?:is|are)$/i.test(m[1]) || !/^(?:referred|known|called)/i.test(m[3]!)) return null;
  const before = text.slice(0, m.index).replace(/\s+$/, "");
  const sa = FRONTED.exec(before)![0].length;
  const subj = /^(?:the\s+)?((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)$/iu.exec(before.slice(sa));
  if (!subj || !termOk(subj[1]!)) return null;
  const ga = m.index + m[0].length - (/\s(?:the|a|an)\s+$/i.exec(m[0])?.[0].length ?? 0) + 1;
  // (the description ends at its clause or at the first comma: ", since their rulings …")
  const comma = text.indexOf(",", ga);
  const gloss = phraseAt(text, ga, Math.min(clauseEnd(text, ga), comma < 0 ? text.length : comma));
  const n = gloss.text.split(/\s+/).length;
  if (!/^(?:the|a|an)\s/i.test(gloss.text) || n < 4 || n > 16) return null;
  const a = sa + subj[0].length - subj[1]!.length;
  return {
    rel: "naming",
    term: { text: subj[1]!, a, b: a + subj[1]!.length },
    gloss,
    genus: headOf(subj[1]!),
    members: [],
    cue: "",
    subject: true,
  };
}

/** ", a leader sequence upstream of the first AUG codon, " right before a naming cue: a described phrase between commas */
const APPOSED = /,\s+((?:a|an)\s+[^,;:—()]{8,140}?)\s*,\s*$/;

/** Naming cues: the named term, and what it names (the subject, or the noun phrase just before the cue). */
/** "known as third parties", "called second-wave feminism": an order word opens a name given on purpose */
function orderedName(t: string): boolean {
  return ORDER_WORD_START.test(t) && termOk(t.replace(ORDER_WORD_START, ""));
}
const ORDER_WORD_START = /^(?:first|second|third|fourth|fifth)(?:-[\p{L}]+)?\s+(?=\p{L})/iu;

export function namings(text: string, s0: number, toks: Tok[]): ConceptCandidate[] {
  if ((cues(text) & CUE_NAMING) === 0) return [];
  const out: ConceptCandidate[] = [];
  NAMING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAMING.exec(text))) {
    const term = namedTerm(text, s0, toks, m.index + m[0].length);
    if (!term || !(termOk(term.text) || orderedName(term.text))) {
      const d = describedSubject(text, m);
      if (d) out.push(d);
      continue;
    }
    // "if you have called the tech support line": after "have" the verb is the act of calling, not a name
    if (/\b(?:have|has|had|having)\s+$/i.test(text.slice(0, m.index)) && /^\s*called\s+the\s/i.test(m[0])) continue;
    // "what he called terrorists", "critics dubbed it …": a person's label, not the name of a thing
    const before0 = toks[tokAt(toks, s0 + m.index) - 1];
    if (
      !m[1] &&
      before0 &&
      // ("a condition that we call aneuploidy": the writer's own "we" names a term for the reader)
      ((before0.pos === "PRON" && !(before0.v === "we" && /^call$/i.test(m[3]!))) ||
        before0.pos === "PROPN" ||
        /^(?:people|critics|many|some|others|officials|supporters|opponents|media)$/i.test(before0.v) ||
        // ("the Coercive Acts, which some colonists called the Intolerable Acts": what a group called it)
        WHICH_SOME_CALLED.test(text.slice(0, m.index)))
    )
      continue;
    const before = text.slice(0, m.index).replace(/[\s,(]+$/, "");
    // "a hypothetical bank called Singleton Bank": the name of a made-up example, which nobody needs to learn
    if (MADE_UP.test(before)) continue;
    // "Mount Mazama, known as Moy Yaina by the Indigenous people of the area": a people's own name for a place
    if (/^\s+by\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+|local|native|early|ancient)\b/u.test(text.slice(term.b))) continue;
    // "referred to as a petition for a writ of habeas corpus": the name goes on after the noun it was cut at
    // ("named Chicxulub for a small town": named after something)
    if (!/named\s*$/i.test(m[0]) && /^\s+for\s+(?:a|an|the)\s/.test(text.slice(term.b))) continue;
    // "What is referred to as a …" / "the process is called …": the described phrase
    let gloss: Phrase | null = null;
    let subject = false;
    if (m[1] && /^(is|are|was|were)$/i.test(m[1])) {
      // (a fronted phrase or adverb is no part of what is named: "In …, ", "Often, ")
      const sa = FRONTED.exec(before)![0].length;
      gloss = phraseAt(text, sa, before.length);
      subject = false;
    } else {
      // "a phenomenon that scientists call X": what is named stands before "that scientists"
      const back = /^call$/i.test(m[3]!) ? 3 : 1;
      // "In E. coli mRNA, a leader sequence upstream of the first AUG codon, called the Shine-Dalgarno sequence": an
      // appositive between commas is the whole description of the name that follows
      const apposed = APPOSED.exec(text.slice(0, m.index));
      const at = apposed ? apposed.index + apposed[0].indexOf(apposed[1]!) : -1;
      gloss = apposed
        ? phraseAt(text, at, at + apposed[1]!.length)
        : describedPhrase(text, s0, toks, tokAt(toks, s0 + before.length) - back);
    }
    // "a molecule called a “salt” in chemistry, which consists of …": the relative clause after the name describes it too
    const rel = gloss && !subject ? relativeAfterName(text, s0, toks, term.b) : null;
    const genus = gloss ? describedHead(gloss.text) : "";
    if (gloss && rel) gloss = { text: `${gloss.text} ${rel.text}`, a: gloss.a, b: rel.b };
    const also = !!m[2] && /^also/i.test(m[2]);
    // "glial cells (also known as glia)": both are names of one thing
    if (also && gloss) {
      const np = npBackward(toks, tokAt(toks, s0 + before.length) - 1, 4);
      gloss = np ? withoutNamingVerb(withoutCount(phraseOf(text, s0, toks, np))) : null;
    }
    // "B cells and T cells, also called B lymphocytes and T lymphocytes": names of a pair go each to its own; "…
    // development that occurs without damaging the natural environment, also called sustainable development": a name
    // after a relative clause may be the whole phrase's
    // ("the Chicago school of sociology, also known as the ecological school": the name is the whole phrase's, not
    // the last noun's after "of")
    const lead = gloss ? before.slice(0, gloss.a) : "";
    if (also && gloss && (PAIRED_NAMES.test(before) || OBJECT_IN_CLAUSE.test(lead) || OF_OBJECT.test(lead))) continue;
    if (also && gloss && termOk(gloss.text) && gloss.text.split(/\s+/).length <= 4) {
      out.push({
        rel: "alias",
        term: gloss,
        gloss: term,
        genus: headOf(gloss.text),
        members: [],
        cue: "also",
        subject: false,
      });
      continue;
    }
    if (gloss && gloss.text.split(/\s+/).length > 30) gloss = null;
    // "NREM stage 3 sleep is often referred to as deep sleep": both are names; ask for the one the sentence is about
    if (
      subject === false &&
      m[1] &&
      gloss &&
      LETTER_START.test(gloss.text) &&
      !/^(?:the|a|an|this|these|that|those|such|it|they|which|what)\b/i.test(gloss.text) &&
      gloss.text.split(/\s+/).length <= 5 &&
      // "Diseases acquired in hospital settings are known as …": a participle or a clause describes; it names nothing
      !MODIFIER_CLAUSE.test(gloss.text) &&
      termOk(gloss.text)
    ) {
      out.push({
        rel: "naming",
        term: gloss,
        gloss: term,
        genus: headOf(term.text),
        members: [],
        cue: "",
        subject: true,
      });
      continue;
    }
    // (a name with its kind and a relative clause is defined: "What is the term for a molecule which consists of …?")
    out.push({
      rel: rel ? "definition" : "naming",
      term,
      gloss,
      genus,
      members: [],
      cue: rel ? "" : text.slice(0, term.a),
      subject,
    });
  }
  return out;
}

/** after a name: its closing quote, a field ("in chemistry") and ", which|that|who" with a present-tense verb */
const RELATIVE_AFTER_NAME = /^[”"’]?(?:\s+in\s+\p{Ll}+(?:\s+\p{Ll}+)?)?,\s+((?:which|that|who)\s+)(?=\p{Ll})/u;

/**
 * "… called a “salt” in chemistry, which consists of equal numbers of … (Cl–), dissolves so readily …": the relative
 * clause after a name, in the present tense, up to its clause end or to a comma before the sentence's own verb.
 */
function relativeAfterName(text: string, s0: number, toks: Tok[], at: number): Phrase | null {
  const m = RELATIVE_AFTER_NAME.exec(text.slice(at));
  if (!m) return null;
  const from = at + m[0].length - m[1]!.length;
  const i = tokAt(toks, s0 + at + m[0].length);
  const verb = toks[i];
  if (
    !verb ||
    (verb.pos !== "VERB" && verb.pos !== "AUX") ||
    !/^(?:\p{Ll}+[^s\W]s|is)$/u.test(verb.v) ||
    verb.v === "was"
  )
    return null;
  let end = clauseEnd(text, from);
  for (let k = i + 1; k < toks.length && toks[k]!.s - s0 < end; k++)
    if (toks[k]!.v === "," && toks[k + 1]?.pos === "VERB") end = toks[k]!.s - s0;
  const clause = text.slice(from, end).replace(/[\s,;:]+$/, "");
  const n = clause.split(/\s+/).length;
  return n >= 4 && n <= 24 ? { text: clause, a: from, b: from + clause.length } : null;
}

/** "a single clade, also called a monophyletic group": a count or "same" says how many or which, it is no part of a name */
function withoutCount(p: Phrase): Phrase {
  const m = /^(?:single|same|whole|entire|one|given)\s+/i.exec(p.text);
  return m ? { text: p.text.slice(m[0].length), a: p.a + m[0].length, b: p.b } : p;
}

/** The last "—", "–" or ":" among the last `tail` characters, or -1 (a short scan instead of three whole-text ones). */
function lastCutInTail(text: string, tail: number): number {
  for (let i = text.length - 1; i >= 0 && i >= text.length - tail; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x2014 || c === 0x2013 || c === 0x3a) return i;
  }
  return -1;
}

const WE_CALL_THIS =
  /^We\s+(?:now\s+|often\s+|sometimes\s+|usually\s+|also\s+)?call\s+((?:this|these)(?:\s+(?:situation|process|phenomenon|type|form|condition|effect|pattern|event|kind|behaviou?r|arrangement|relationship|mechanism|strategy|approach|structure|interaction|stage|phase)s?)?)\s+(?:(?:a|an|the)\s+)?((?:[\p{Ll}][\p{Ll}-]*\s+){0,3}[\p{Ll}][\p{Ll}-]*)(?=\s+because\b|\s*[.,;:]?$)/u;

/**
 * "We call this a gametic barrier.", "We call this situation habitat isolation.": the writer names what the sentence
 * before described (the item shows that sentence first)
 */
export function weCallThis(text: string): ConceptCandidate | null {
  const m = WE_CALL_THIS.exec(text);
  if (!m || !termOk(m[2]!)) return null;
  const ga = m[0].indexOf(m[1]!);
  const a = m[0].length - m[2]!.length;
  return {
    rel: "naming",
    term: { text: m[2]!, a, b: a + m[2]!.length },
    gloss: { text: m[1]!, a: ga, b: ga + m[1]!.length },
    genus: "",
    members: [],
    cue: text.slice(0, a),
    subject: false,
  };
}

/** "… one of the most important formed by water—the hydrogen bond." / "…: the resting potential." */
export function trailingName(text: string, s0: number, toks: Tok[]): ConceptCandidate | null {
  const cut = lastCutInTail(text, 60);
  if (cut < 0) return null;
  const tail = /^[—–:]\s*the\s+((?:[\p{L}][\p{L}-]*\s+){0,3}[\p{L}][\p{L}-]*)\.?$/u.exec(text.slice(cut));
  const m = tail ? { index: cut, 0: tail[0], 1: tail[1]! } : null;
  if (!m || !termOk(m[1])) return null;
  const a = m.index + m[0].indexOf(m[1]);
  const ti = tokAt(toks, s0 + a);
  const np = npForward(toks, ti, 4);
  if (!np || toks[np.te]!.e - s0 !== a + m[1].length) return null;
  const term: Phrase = { text: m[1], a, b: a + m[1].length };
  const gloss = describedPhrase(text, s0, toks, tokAt(toks, s0 + m.index) - 1);
  return {
    rel: "naming",
    term,
    gloss,
    genus: gloss ? describedHead(gloss.text) : "",
    members: [],
    cue: text.slice(0, a),
    subject: false,
  };
}

/** Letters of an acronym found as initials of the phrase's words or word parts ("non-REM" -> NREM, "rapid eye movement" -> REM). */
export function acronymFits(acr: string, phrase: string): boolean {
  const letters = acr.replace(/[^A-Za-z]/g, "").toUpperCase();
  if (letters.length < 2) return false;
  const parts = phrase.split(/[\s-]+/).filter(Boolean);
  const initials = parts.map((p) => (ALL_CAPITALS.test(p) ? p : p.charAt(0).toUpperCase())).join("");
  return initials.includes(letters) || initials.replace(/[^A-Z]/g, "") === letters;
}

/** a noun of what a thing does or how it is there: a name after "the action of an enzyme" is the enzyme's */
const ACTION_HEAD = /^(?:action|actions|activity|effect|effects|use|role|presence|absence|help|aid|work|influence)$/i;

/** "In most cells, …", "Often, …", "Traditionally, …": what stands before the subject */
const FRONTED =
  /^(?:(?:In|For|At|During|Between)\s[^,]{2,50},\s+|(?:\p{Lu}\p{Ll}+ly|Often|Sometimes|Today|Now|Thus|However|Also),\s+)?/u;

/** "TERM (ACR)", "TERM (synonym)" */
const PAREN_ALIAS = /\(\s*(?:i\.e\.,?\s+|or\s+)?([\p{L}][\p{L}\d'’-]*(?:\s+[\p{L}][\p{L}\d'’-]*){0,2})\s*\)/gu;
/** "…, cultural, or": a list item before the term */
// (one letter before the comma, not a run: the same test, without trying each run at each position; ~7x faster)
const SERIES_BEFORE_TERM = /[\p{L}-],\s+$/u;
/** "TERM, or SYNONYM," */
const OR_ALIAS = /,\s+or\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+),/gu;

/** "B cells and T cells": the name before "also called" is the second of a pair */
const PAIRED_NAMES = /\s(?:and|or)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?$/u;
/** "… development that occurs without damaging the": the object of a verb in -ing, inside a longer phrase */
const OBJECT_IN_CLAUSE = /\b(?:that|which|who)\s[^,;]*\b\p{Ll}{3,}ing\s+(?:(?:the|an?)\s+)?$/iu;

/** "… the Chicago school of ": the name after it is the object of "of" inside a longer name */
const OF_OBJECT = /\p{L}\s+of\s+(?:the\s+)?$/u;

/** An alias candidate when both names are terms and differ (a plain function: no closure per sentence). */
function pushAlias(out: ConceptCandidate[], term0: Phrase, other: Phrase): void {
  // "is called zoonotic disease (or zoonosis)"
  const term = withoutNamingVerb(term0);
  if (termOk(term.text) && termOk(other.text) && term.text.toLowerCase() !== other.text.toLowerCase())
    out.push({ rel: "alias", term, gloss: other, genus: headOf(term.text), members: [], cue: "", subject: false });
}

/** Other names given in passing: "TERM (ACR)", "TERM (synonym)", "TERM, or SYNONYM,". */
export function aliases(text: string, s0: number, toks: Tok[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  let m: RegExpExecArray | null;
  if (text.includes("(")) {
    PAREN_ALIAS.lastIndex = 0;
    while ((m = PAREN_ALIAS.exec(text))) {
      const inner = m[1]!;
      if (/^(?:see|e\.g|fig|figure|table|for|as|in|from|to)\b/i.test(inner)) continue;
      const j = tokAt(toks, s0 + m.index) - 1;
      // "medical (or unusual physiological) conditions": another word for a modifier of the noun after, no name (the
      // word before the bracket, or the first after "(or", an adjective)
      if (
        /^\(\s*or\s/.test(m[0]) &&
        (toks[j]?.pos === "ADJ" || toks[j + 3]?.pos === "ADJ") &&
        /^(?:NOUN|ADJ|PROPN)$/.test(toks[tokAt(toks, s0 + m.index + m[0].length)]?.pos ?? "")
      )
        continue;
      const np = j >= 0 ? npBackward(toks, j, 5) : null;
      if (!np) continue;
      const term = phraseOf(text, s0, toks, np);
      const other: Phrase = {
        text: inner,
        a: m.index + m[0].indexOf(inner),
        b: m.index + m[0].indexOf(inner) + inner.length,
      };
      const isAcr = ACRONYM_LIKE.test(inner);
      if (isAcr ? acronymFits(inner, term.text) : LOWER_START.test(inner) && !/\d/.test(inner))
        pushAlias(out, term, other);
    }
  }
  if (text.includes(", or ")) {
    OR_ALIAS.lastIndex = 0;
    while ((m = OR_ALIAS.exec(text))) {
      const j = tokAt(toks, s0 + m.index) - 1;
      const np = j >= 0 ? npBackward(toks, j, 4) : null;
      const ot = tokAt(toks, s0 + m.index + m[0].indexOf(m[1]!));
      const onp = npForward(toks, ot, 3);
      if (!np || !onp) continue;
      const term = phraseOf(text, s0, toks, np);
      const other = phraseOf(text, s0, toks, onp);
      // "contextual, cultural, or social norms,": the last items of a list, not two names
      if (SERIES_BEFORE_TERM.test(text.slice(0, term.a))) continue;
      if (other.b === m.index + m[0].length - 1) pushAlias(out, term, other);
    }
  }
  return out;
}

/** "In projection, a person refuses to acknowledge …", "In regression, an individual acts …" */
const IN_FRAME =
  /^In\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]{4,}),\s+((?:a|an|the)\s+(?:person|individual|child|patient|client|learner|subject|organism|cell)|someone)\s+(\p{Ll}+[^s\W]s)\b/u;
const NOT_FRAME =
  /^(?:addition|contrast|general|fact|turn|short|particular|sum|practice|theory|essence|effect|total|other words|this|that|these|those|some|most|many|each|such)\b/;

/**
 * "In regression, an individual acts much younger than their age.": what a person does "in X" describes X, asked by
 * blanking X ("In _____, an individual acts …").
 */
export function inFrame(text: string): ConceptCandidate | null {
  if (!text.startsWith("In ")) return null;
  const m = IN_FRAME.exec(text);
  // (a verb in the present says what always happens in X: "acts", "refuses")
  if (!m || NOT_FRAME.test(m[1]!) || !termOk(m[1]!)) return null;
  const term: Phrase = { text: m[1]!, a: 3, b: 3 + m[1]!.length };
  const ga = m[0].length - m[3]!.length - m[2]!.length - 1;
  return {
    rel: "naming",
    term,
    gloss: phraseAt(text, ga, text.length),
    genus: "",
    members: [],
    cue: "frame",
    subject: false,
  };
}
