// One sentence through every concept pattern: the candidates it states, and its subject (kept for later).
import { copulaDefinition, thoseDefinition } from "./definitions";
import { skipAside } from "./subject-term";
import { appositiveDefinition } from "./appositives";
import { partNamed, reverseDefinition } from "./reverse-definitions";
import {
  callsThing,
  colonDefinition,
  explicitDefinition,
  involvesAct,
  isWhen,
  namedThing,
  processStatement,
  termUsedFor,
  definedAs,
} from "./explicit";
import { isApparatusSentence, isMetaDiscourse, isObjective } from "./apparatus";
import { announcedList, causedBy, examplesOf, lists } from "./lists";
import { aliases, inFrame, namings, trailingName, weCallThis } from "./naming";
import { embeddedDefinitions } from "./embedded";
import { adjectiveNaming } from "./adjective-namings";
import { parentheticalDefinitions, thatIsDefinitions } from "./asides";
import { clauseDefinitions } from "./clauses";
import { meanings } from "./meanings";
import { doctrineClaim } from "./doctrines";
import { superlativeClaim } from "./superlatives";
import { settingStatements } from "./settings";
import { npForward } from "./np";
import { phraseOf, properName, termOk } from "./phrase";
import { POS_CODES, type ConceptCandidate, type ConceptSentence, type Phrase, type SentenceRecord } from "./types";
import { endsAsQuestion } from "../text/scan";
import { upperFirst } from "../text/prompt";
import { REMINDER } from "./prompt";

const LOWER_START = /^\p{Ll}/u;

/** A statement of readable length that is no apparatus: not a question, a fragment or a reference entry. */
export function statement(t: string): boolean {
  // ("shows the classical pathway, which …", "with RBE approximately 10 for …": the rest of a figure or an equation)
  return (
    !endsAsQuestion(t) &&
    t.length >= 20 &&
    t.length <= 700 &&
    !LOWER_START.test(t) &&
    !RELATIVE_FRAGMENT.test(t) &&
    !READER_SCENE.test(t) &&
    !isApparatusSentence(t)
  );
}

/** "For example, think about how you feel when you … in front of a roomful of people": the reader's scene states nothing */
const READER_SCENE =
  /^(?:(?:For (?:example|instance)|So|Now),\s+)?(?:[Tt]hink (?:about|of)|[Ii]magine|[Pp]icture|[Ss]uppose)\b/;

/** "The intrinsic pathway, which begins in the bloodstream and is triggered by …." : a noun and its clause, no verb */
const RELATIVE_FRAGMENT = /^(?:The|A|An)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+,\s+(?:which|who)\s+[^,;:—]+\.$/u;

/**
 * A sentence that is a question, a fragment, apparatus, a learning objective or talk about the text is not asked.
 * `stated`: statement(t), when the caller has it (the concept family asks both of every sentence: the test runs once).
 */
export function askable(t: string, stated = statement(t)): boolean {
  return stated && !isObjective(t) && !isMetaDiscourse(t);
}

/**
 * What the sentence states about terms (a learning objective's list is kept too: it names the key terms).
 * `stated`: statement(s.text), when the caller has it.
 */
export function conceptCandidates(s: ConceptSentence, stated?: boolean): ConceptCandidate[] {
  const reminder = REMINDER_LEAD.exec(s.text)?.[0].length;
  if (reminder) return statedAfter(s, reminder);
  const t = s.text;
  if (!(stated ?? statement(t))) return [];
  const out: ConceptCandidate[] = [];
  const def =
    explicitDefinition(t, s.start, s.toks) ??
    examplesOf(t) ??
    reverseDefinition(t, s.start, s.toks) ??
    partNamed(t, s.start, s.toks) ??
    namedThing(t) ??
    processStatement(t) ??
    copulaDefinition(t, s.start, s.toks) ??
    thoseDefinition(t) ??
    appositiveDefinition(t, s.start, s.toks) ??
    termUsedFor(t) ??
    definedAs(t) ??
    colonDefinition(t, s.start, s.toks) ??
    involvesAct(t);
  // a series of definitions in clauses ("bacteriology is the study of bacteria; mycology is …") gives each one
  const series = clauseDefinitions(t, s.start, s.toks);
  // ("In regression, an individual acts …" names regression by its frame: no setting of it too)
  const frame = inFrame(t);
  if (series.length) out.push(...series);
  else if (def) out.push(def);
  else {
    const when = isWhen(t);
    out.push(...(when.length ? when : frame ? [] : settingStatements(t)));
  }
  out.push(...embeddedDefinitions(t, s.start, s.toks));
  out.push(...parentheticalDefinitions(t));
  out.push(...thatIsDefinitions(t));
  out.push(...meanings(t));
  const named = namings(t, s.start, s.toks);
  out.push(...named);
  if (!named.length) {
    const called = callsThing(t) ?? weCallThis(t) ?? adjectiveNaming(t, s.start, s.toks);
    if (called) out.push(called);
  }
  if (frame) out.push(frame);
  const doctrine = doctrineClaim(t);
  if (doctrine) out.push(doctrine);
  const sup = superlativeClaim(t);
  if (sup) out.push(sup);
  const tn = trailingName(t, s.start, s.toks);
  if (tn) out.push(tn);
  out.push(...aliases(t, s.start, s.toks));
  const listed = lists(t, s.start, s.toks);
  listOverDefinition(out, listed);
  out.push(...listed);
  const announced = announcedList(t, s.prevText, s.start, s.toks);
  if (announced) out.push(announced);
  const c = causedBy(t);
  if (c) out.push(c);
  return dashDefinitionFirst(t, out).map(withoutFrameNoun);
}

/** "Recall that salts are formed when …": the statement is read without its reminder (concepts/prompt.ts REMINDER) */
const REMINDER_LEAD = new RegExp(String.raw`${REMINDER}(?=\p{L})`, "u");

/** What the sentence states after its first `n` characters, with offsets still from the sentence's start. */
function statedAfter(s: ConceptSentence, n: number): ConceptCandidate[] {
  const toks = s.toks.filter((t) => t.s >= s.start + n);
  const rest = conceptCandidates({ ...s, start: s.start + n, text: upperFirst(s.text.slice(n)), toks });
  const shift = (p: Phrase): Phrase => ({ ...p, a: p.a + n, b: p.b + n });
  return rest.map((c) => ({
    ...c,
    term: shift(c.term),
    gloss: c.gloss && shift(c.gloss),
    members: c.members.map(shift),
  }));
}

/** "the idea of", "the concept of", "the sake of": a noun that frames the term it is "of" */
const FRAME_NOUN = /^(?:the\s+)?(?:idea|concept|notion|sake|term|word)\s+of\s+(?=\S)/i;

/**
 * "The idea of race refers to superficial physical differences …", "for the sake of homeostasis (regulation of the
 * internal environment)": the term is what the framing noun is "of" (blind raters of pI flagged "idea of race" and
 * "sake of homeostasis" as cut answers).
 */
function withoutFrameNoun(c: ConceptCandidate): ConceptCandidate {
  const m = FRAME_NOUN.exec(c.term.text);
  if (!m || (c.rel !== "definition" && c.rel !== "naming")) return c;
  const n = m[0].length;
  return { ...c, term: { ...c.term, text: c.term.text.slice(n), a: c.term.a + n } };
}

/**
 * "The fundamental components of atoms are the proton, neutron, and electron": the members are a list, not the
 * definition of "fundamental components of atoms" (the definition reading of the same members is taken out of `out`).
 */
function listOverDefinition(out: ConceptCandidate[], listed: ConceptCandidate[]): void {
  for (const l of listed)
    if (l.cue && l.gloss && l.term.text === "" && /^The\s/.test(l.cue)) {
      const at = out.findIndex((d) => d.rel === "definition" && d.gloss?.a === l.gloss!.a);
      if (at >= 0) out.splice(at, 1);
    }
}

/**
 * "Genetic recombination—the combining of gene segments from two pathogens—is an efficient form of immune evasion":
 * the aside between dashes right after the term defines it; what the sentence then says it "is" judges it.
 */
function dashDefinitionFirst(t: string, out: ConceptCandidate[]): ConceptCandidate[] {
  const dashed = out.find(
    (d) => d.rel === "definition" && d.gloss && /^\s*[—–]\s*$/.test(t.slice(d.term.b, d.gloss.a)),
  );
  if (!dashed) return out;
  return out.filter(
    (d) =>
      d === dashed ||
      d.rel !== "definition" ||
      d.term.text !== dashed.term.text ||
      !d.gloss ||
      d.gloss.a < dashed.gloss!.b,
  );
}

/** past forms that do not end in -ed ("Ecumenical councils brought together bishops …" tells a story) */
const IRREGULAR_PAST =
  /^(?:brought|took|made|gave|went|came|became|began|led|held|wrote|fought|built|sent|saw|told|found|kept|left|met|paid|ran|said|sold|stood|thought|won|grew|knew|rose|fell|drew|bought|caught|taught|sought|struck|spoke|chose|broke|drove|flew|forbade|forgave|froze|hid|laid|lost|meant|rode|rang|shook|sang|sank|slew|spent|stole|swore|threw|understood|wore|withdrew|overthrew|undertook|overcame|arose|fled|bore|bound|dealt|dug|fed|felt|heard|lent|lit|sat|slept|slid|spun|swept|swung|wept|wound)$/i;

export const LEAD =
  /^(?:(?:In|For|At|During|Between|Within|Among|After|Before|Once|When|As|Like|Unlike|Because of|In addition to|Due to)\s[^,]{2,60}|However|Thus|Therefore|Instead|Similarly|Likewise|Consequently|In addition|For example|In contrast|In general|Interestingly|Importantly|Additionally|Furthermore|Moreover|Most generally|Generally|Typically|Traditionally),\s+/;

/**
 * The sentence as kept for later, with its subject noun phrase after at most one leading phrase ending with a comma.
 * `asked`: askable(s.text), when the caller knows it.
 */
export function recordOf(s: ConceptSentence, asked = askable(s.text)): SentenceRecord | null {
  const t = s.text;
  if (!asked) return null;
  const lm = LEAD.exec(t);
  const lead = lm ? lm[0] : "";
  const toks = s.toks;
  let i = 0;
  while (i < toks.length && toks[i]!.s - s.start < lead.length) i++;
  const detTok = toks[i];
  const det = detTok && /^(the|a|an)$/i.test(detTok.v) ? detTok.v : "";
  const tokS = new Int32Array(toks.length);
  const tokE = new Int32Array(toks.length);
  const tokPos = new Uint8Array(toks.length);
  for (let k = 0; k < toks.length; k++) {
    tokS[k] = toks[k]!.s - s.start;
    tokE[k] = toks[k]!.e - s.start;
    tokPos[k] = POS_CODES[toks[k]!.pos] ?? 0;
  }
  const rec: SentenceRecord = {
    doc: s.doc,
    start: s.start,
    end: s.end,
    text: t,
    subj: null,
    verbAt: -1,
    presentVerb: false,
    det,
    lead,
    block: s.block,
    prevText: s.prevText,
    tokS,
    tokE,
    tokPos,
  };
  const np = npForward(toks, i, 5);
  if (!np) return rec;
  const after = skipAside(toks, np.te + 1);
  const verb = toks[after];
  if (!verb || !(verb.pos === "VERB" || verb.pos === "AUX")) return rec;
  const subj = phraseOf(t, s.start, toks, np);
  if (!termOk(subj.text) || properName(subj.text, np.ts === 0)) return rec;
  rec.subj = subj;
  rec.verbAt = verb.s - s.start;
  // "Positive feedback intensifies …", "Glial cells provide …": a present-tense verb that says what the thing does
  rec.presentVerb =
    verb.pos === "VERB" &&
    !/^\p{Lu}/u.test(verb.v) &&
    !/^(?:involves?|includes?|begins?|starts?|ends?|refers?|relates?|depends?|differs?|consists?|concerns?|follows?|precedes?|comes?|goes|gets?|takes?|makes?|gives?|uses?|needs?|wants?|looks?|feels?|stays?|says?|tells?|shows?|suggests?)$/i.test(
      verb.v,
    ) &&
    !/(?:ed|ing)$/i.test(verb.v) &&
    !IRREGULAR_PAST.test(verb.v) &&
    !/^(?:is|are|was|were|has|have|had|do|does|did|can|may|might|must|will|would|could|should|seems?|appears?|becomes?|remains?|means?|varies|vary|exists?|occurs?|happens?)$/i.test(
      verb.v,
    );
  return rec;
}

/** A noun phrase as read in a sentence: its words, and how its first word is written there. */
export interface NounPhrase {
  words: string[];
  /** first word capitalised in mid-sentence ("… of the Louisiana Purchase") */
  capitalised: boolean;
  /** first word in lower case */
  lower: boolean;
}

/** The maximal noun phrases of a sentence (for counting how often a phrase and its parts recur in a document). */
export function nounPhrases(toks: ConceptSentence["toks"]): NounPhrase[] {
  const out: NounPhrase[] = [];
  for (let i = 0; i < toks.length; i++) {
    const prev = toks[i - 1];
    if (prev && (prev.pos === "NOUN" || prev.pos === "ADJ" || prev.pos === "PROPN")) continue;
    const np = npForward(toks, i, 4);
    if (!np) continue;
    const words: string[] = [];
    for (let k = np.ts; k <= np.te; k++) {
      const v = toks[k]!.v;
      if (v === "-" && words.length) {
        words[words.length - 1] += "-";
        continue;
      }
      if (words.length && words[words.length - 1]!.endsWith("-")) words[words.length - 1] += v;
      else words.push(v);
    }
    const first = words[0]!;
    const c = first.charAt(0);
    out.push({
      words,
      capitalised: np.ts > 0 && c !== c.toLowerCase() && /\p{Ll}/u.test(first.charAt(1)),
      lower: c !== c.toUpperCase(),
    });
    i = np.te;
  }
  return out;
}
