// Facts about names (people, organisations, places): subject questions ("Who …?", "Which organization …?",
// "Which capital …?"), who said a quotation, and cards for a nickname and an acronym.
import type { Tok } from "../read/nlp";
import { CAPITALS, CITIES, PLACES, SPEECH_VERBS } from "../lexicon";
import { normAnswer } from "../text/words";
import { KIND_BASE, mkFact, withWh, type Fact, type SentBase } from "./fact";
import type { Mention } from "./mention";
import { appositiveFacts } from "./roles";

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const SECOND_CLAUSE =
  /(?:;\s+|,\s+(?:and|but|yet|so|while|whereas)\s+(?=(?:the|a|an|this|these|those|it|its|they|their|he|his|she|her|there|(?:\p{Lu}[\p{Ll}.]+\s+){1,3}\p{Ll}+s?\b)))/u;

/**
 * Facts about a name: the name itself with a subject question where the sentence allows one ("Who says …?",
 * "Which organization …?"), a clause-subject or quote-speaker question, and cards for its other name, its acronym
 * and what an appositive says it is.
 */
export function nameFacts(b: SentBase, m: Mention, a: number, e: number, posBonus: number, facts: Fact[]): void {
  const q = b.quote;
  const mInQuote = !!q && a >= q.index && e <= q.index + q[0].length;
  if (mInQuote && m.kind !== "person") return;
  const f = mkFact(
    b,
    m.kind,
    m.text,
    a,
    e,
    (KIND_BASE[m.kind] ?? 1.4) + posBonus - b.lenPenalty + (m.role || m.desc ? 0.3 : 0),
    m,
    // (the merge key given, not made as kind|text and replaced)
    "ent|" + m.text,
  );
  const whWord = whWordFor(m);
  if (whWord && !m.possessive) subjectQuestion(b, m, f, whWord);
  if (!f.wh && whWord && !m.possessive) clauseSubjectQuestion(b, m, f, whWord);
  if (!f.wh && m.kind === "person" && q && !mInQuote) speakerQuestion(b, m, f, q);
  facts.push(f);
  if (m.nick && m.nick.length && m.kind !== "place") nicknameFact(b, m, e, facts);
  // term cards for organisations: acronym and description
  if (m.acronym && m.text !== m.acronym) {
    facts.push(
      withWh(
        mkFact(b, "term", m.text, a, e, KIND_BASE.term! - b.lenPenalty, undefined, "acr|" + m.acronym),
        `What does the acronym ${m.acronym} stand for?`,
      ),
    );
  }
  appositiveFacts(b, m, e, facts);
}

/**
 * The question word for a name as a subject. A place as the subject of a verb is usually a government (metonymy:
 * "Moscow has been careful ..."): a country or a capital can be asked as such ("Which capital ...?"); other places
 * get no subject question.
 */
function whWordFor(m: Mention): string {
  if (m.kind === "person") return "Who";
  if (m.kind === "org") return "Which organization";
  if (m.kind !== "place") return "";
  // (lower-cased only for a place, the one kind the gazetteers decide)
  const lowM = m.text.toLowerCase();
  return CAPITALS.has(lowM) ? "Which capital" : PLACES.has(lowM) && !CITIES.has(lowM) ? "Which country" : "";
}

const SPEECH =
  /^(?:says|said|argues|argued|adds|added|notes|noted|cautions|cautioned|agrees|agreed|warns|warned|believes|believed|thinks|suggests|suggested|explains|explained|observes|observed|told|tells|claims|claimed|insists|insisted|writes|wrote|points)$/i;

/**
 * The question asks about the name's own clause: "Abu Bakr did not live long, and the conquest movement did not stop
 * …" -> "Who did not live long?". A second clause joined by "and"/"but" or a semicolon has another subject.
 */
export function firstClause(rest: string): string {
  const m = SECOND_CLAUSE.exec(rest);
  if (!m || m.index < 12) return rest;
  return rest.slice(0, m.index).replace(/[\s,]+$/, "") + ".";
}

const PAST_VERB =
  /^(?:\p{Ll}{2,}ed|was|were|had|did|became|began|led|won|lost|made|took|gave|wrote|rode|ran|said|told|held|kept|left|met|sent|went|came|saw|found|fought|brought|built|bought|sold|stood|taught|thought|chose|drew|drove|fell|grew|knew|rose|spoke|struck|threw)$/u;

/** Subject questions: "[Title] NAME VERB ..." -> "Who VERB ...?"; "NAME, a …, VERB" -> "Who is the … who VERB …?" */
function subjectQuestion(b: SentBase, m: Mention, f: Fact, whWord: string): void {
  const toks = b.toks;
  const fi = b.fi;
  const text = b.src;
  let subjStart = m.ts;
  if (m.role) {
    const r0 = toks.findIndex((t) => t.s >= m.s - m.role!.length - 2 && t.s < m.s);
    if (r0 >= 0) subjStart = r0;
  }
  let prefixEnd = fi;
  // a short fronted phrase ending with a comma may precede the subject
  if (subjStart > fi && frontedPhrase(toks, fi, subjStart)) prefixEnd = subjStart;
  if (subjStart !== prefixEnd) return;
  const nt = toks[m.te + 1];
  const prefix = subjStart > fi ? text.slice(toks[fi]!.s, toks[subjStart - 1]!.e).trim() + " " : "";
  const ww = prefix ? whWord.charAt(0).toLowerCase() + whWord.slice(1) : whWord;
  if (nt && (nt.pos === "VERB" || nt.pos === "AUX")) {
    f.wh = prefix + ww + firstClause(text.slice(toks[m.te]!.e, b.sref.e));
    f.whType = "any";
    // "Who argues that protests started locally?" tests who said it, not what was said: ranked below other facts
    f.score += SPEECH.test(nt.v) ? -0.6 : 0.6;
  } else if (nt && nt.v === "," && m.desc && m.kind === "person") {
    const dEnd = text.indexOf(m.desc, toks[m.te]!.e) + m.desc.length;
    const after = toks.findIndex((t) => t.s >= dEnd + 1 && t.v !== ",");
    const vt = toks[after];
    if (vt && (vt.pos === "VERB" || vt.pos === "AUX") && text.slice(dEnd, vt.s).trim() === ",") {
      const desc = m.desc.replace(/^(a|an|the)\s+/i, "");
      // ("In May 1994, who was the former Arkansas state employee who filed …": a past verb keeps the question past)
      const be = PAST_VERB.test(vt.v) ? "was" : "is";
      f.wh = `${prefix}${prefix ? "who" : "Who"} ${be} the ${desc} who${text.slice(vt.s - 1, b.sref.e)}`;
      f.whType = "any";
      f.score += 0.8;
    }
  }
}

/**
 * Is toks[fi, subjStart) a short fronted phrase whose first comma closes it ("In 2019, …"), without a verb or a
 * parenthesis? (loops over the tokens: no slices and closures per name)
 */
function frontedPhrase(toks: Tok[], fi: number, subjStart: number): boolean {
  let comma = fi;
  while (comma < subjStart && toks[comma]!.v !== ",") comma++;
  if (comma !== subjStart - 1 || subjStart - fi > 12) return false;
  for (let k = fi; k < subjStart - 1; k++) {
    const t = toks[k]!;
    if (t.pos === "VERB" || t.pos === "AUX" || t.v === "(") return false;
  }
  return true;
}

/** Clause subject: "..., while China builds and finances infrastructure." -> "Which country builds ...?" */
function clauseSubjectQuestion(b: SentBase, m: Mention, f: Fact, whWord: string): void {
  const toks = b.toks;
  const fi = b.fi;
  const nt = toks[m.te + 1];
  if (!(m.ts > fi + 2 && nt && nt.pos === "VERB" && /^(while|whereas|where)$/i.test(toks[m.ts - 1]!.v))) return;
  let k = m.te + 1;
  while (k < toks.length && !/^[,;:.!?—–]$/.test(toks[k]!.v)) k++;
  if (k - m.te >= 3) {
    const clause = b.src.slice(toks[m.te]!.e, toks[k - 1]!.e);
    const sp = b.mentions.find(
      (x) => (x.kind === "person" || (x.kind === "other" && !x.text.includes(" "))) && x.ts === fi && !x.possessive,
    );
    f.wh = `${whWord}${clause}${sp ? ", according to " + sp.text : ""}`;
    f.whType = "any";
    f.score += 0.5;
  }
}

/** Quote speaker: argued the Atlantic Council's John Herbst, ..., “...” -> "Who argued that “…”?" */
function speakerQuestion(b: SentBase, m: Mention, f: Fact, qm: RegExpExecArray): void {
  const toks = b.toks;
  let verb: Tok | undefined;
  for (let k = Math.max(0, m.ts - 4); k <= Math.min(toks.length - 1, m.te + 2); k++)
    if (SPEECH_VERBS.has(toks[k]!.low)) {
      verb = toks[k];
      break;
    }
  if (verb && qm[1]!.split(/\s+/).length >= 6) {
    f.wh = `Who ${verb.low} that “${qm[1]!.trim()}”`;
    f.whType = "any";
    f.kind = "person";
    f.score += 0.7;
  }
}

/** A person's other name given in the text (Nazarbayev – "Elbasi" or "Father of the Nation"). */
function nicknameFact(b: SentBase, m: Mention, e: number, facts: Fact[]): void {
  const nk = m.nick![0]!;
  const na = b.text.indexOf(nk, e);
  if (na >= 0 && na - e < 12) {
    const other = m.nick![1];
    const nf = mkFact(
      b,
      "term",
      nk,
      na,
      na + nk.length,
      KIND_BASE.term! - 0.3 - b.lenPenalty,
      undefined,
      "nick|" + normAnswer(nk),
    );
    facts.push(other ? withWh(nf, `Besides “${other}”, what name is ${m.text} known by?`) : nf);
  }
}
