// What every concept item form shares: the sentence it cites, the build context, the final checks and score
// (finish), the term as shown, and wrong options from sibling terms; blankItem, the sentence with its term blanked.
import { leansOnPassingName } from "./passing-names";
import { predicateAnswer, termForAState, withoutKindWord } from "./kind-answers";
import { pointsBack, synonymInPrompt } from "./answer-cues";
import type { Citation, Item, ItemType } from "../types";
import { hashHex, rngFor } from "../prng";
import { normAnswer } from "../text";
import { lintItem } from "../items/lint";
import { articleBeforeYoo, balanceQuotes, dropConnective, dropLabel } from "../text/prompt";
import type { Lexicon } from "./lexical";
import type { Sections } from "./sections";
import { SENTENCE_END } from "./flaws";
import { BLANK, PROPORTION, blankOut, lowerFirst, opensOnClaimBefore, upperFirst, withoutConnectives } from "./prompt";
import { conceptDistractors } from "./siblings";
import { type TermInfo, type TermInventory } from "./terms";
import type { ConceptCandidate } from "./types";
import { standAlone, withContext } from "./stand-alone";
import { localWord } from "./local-words";
import { commonWordAnswer, everydayGloss } from "./everyday";
import { glossOf } from "./glosses";
import { compoundGivesAway, contrastGivesAway, initialsGiveAway, modifierGivenAway } from "./giveaways";
import { openFrame, unpinnedMention } from "./mention-guards";
import { isStop } from "./np";
import type { Wholes } from "./wholes";
import { nameNotTerm, titledPerson } from "./name-checks";
import { labelledPrompt } from "./topic-label";

export interface StatedSentence {
  doc: number;
  start: number;
  end: number;
  text: string;
  prevText: string | undefined;
}

/** A name the document writes once (as written, capitals and all). */
export function saidOnce(ctx: ConceptBuildCtx, doc: number, name: string): boolean {
  const text = ctx.texts?.[doc] ?? "";
  const at = text.indexOf(name);
  return at < 0 || text.indexOf(name, at + name.length) < 0;
}

/** The key of an item's sentence, "doc:start": a sentence gives one item, a second only for a second stated term. */
export function sentKeyOf(s: { doc: number; start: number }): string {
  return s.doc + ":" + s.start;
}

/** The part of a sentence (a record or a read sentence) an item keeps: where it is, its text, the sentence before. */
export function statedOf(r: StatedSentence): StatedSentence {
  return { doc: r.doc, start: r.start, end: r.end, text: r.text, prevText: r.prevText };
}

export interface ConceptItem {
  item: Item;
  /** the cited sentence's document, and "doc:start" of the sentence */
  doc: number;
  sentKey: string;
  /** the key term the item asks about ("" for lists and causes) */
  term: string;
  score: number;
  /** built from what the sentence states about the term (a definition, a name), not from a mere mention */
  stated: boolean;
}

export interface ConceptBuildCtx {
  inv: TermInventory;
  lexicon: Lexicon;
  seed: number;
  cite: (doc: number, start: number, end: number) => Citation;
  /** words of the key terms (a sentence that names other key terms is specific) */
  keyWords?: Set<string>;
  /** words that start several key terms ("hair" of hair shaft, hair root, …): no cue to any one of them */
  family?: ReadonlySet<string>;
  /** the headings over each sentence: "the acts" under "The Alien and Sedition Acts" is written in full */
  sections?: Sections;
  /** the documents' texts, index for index */
  texts?: readonly string[];
  /** each document's key terms by their head word ("the cavity" written as "the glenoid cavity") */
  wholes?: Wholes;
}

/** "rebellion leader Toussaint": lower-case words, then a name */
const DESCRIBED_NAME = /^\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)*\s+\p{Lu}\p{Ll}+$/u;
/** "relations with France": a phrase about the name */
const ABOUT_NAME = /\s(?:with|of|between|against|to|from|in)\s+\p{Lu}\p{Ll}+$/u;

/** A naming whose gloss describes a thing or a group, not a person or a place ("a series of laws called …", not "a lawyer named …"). */
function describedThing(ctx: ConceptBuildCtx, c: ConceptCandidate): boolean {
  if (!c.gloss || !c.genus) return false;
  // ("the murder of a young woman named _____": the noun right before the name is what it names)
  const last = /([\p{L}-]+)$/u.exec(c.gloss.text)?.[1]?.toLowerCase() ?? "";
  return [c.genus.toLowerCase(), last].every((w) => {
    const kind = ctx.lexicon.nounClasses(w)[0];
    return kind !== undefined && kind !== "person" && kind !== "location";
  });
}
const FORM_BASE: Record<string, number> = {
  definition: 4.2,
  naming: 3.9,
  introduced: 3.8,
  subject: 3.2,
  mention: 2.8,
  function: 3.4,
  process: 3.6,
  setting: 3.6,
  list: 3.4,
  example: 3.2,
  cause: 3.4,
  superlative: 3.6,
  alias: 2.6,
};

/** "The game is called a(n) _____.", "To confess is called the _____.": a one-word subject names what came before */
const BARE_NAMING =
  /^(?:The|This|That|To)\s+\p{Ll}+\s+(?:is|are|was|were)\s+(?:called|known as|termed|named|referred to as)\s+(?:a\(n\)\s+|an?\s+|the\s+)?_{3,}\.$/u;

const LIFE_YEARS = /\s*\((?:c\.\s*|ca\.\s*|b\.\s*)?\d{3,4}\s*[–-]\s*\d{2,4}\)$/;

/** more closing brackets than opening ones: a gloss cut from inside a parenthesis */
function unbalancedClose(t: string): boolean {
  return (t.match(/\)/g)?.length ?? 0) > (t.match(/\(/g)?.length ?? 0);
}

/** a name's head this common in English ("curve", "product", "care") beside its modifier in a stem gives it away */
const EVERYDAY_HEAD = 30;

/**
 * What holds a concept item back before it is built: an answer cut or written as a description, a prompt cut, told to
 * the reader, giving its answer away or leaning on a passing name (`prompt0`: the prompt as its family wrote it).
 */
function heldBack(
  ctx: ConceptBuildCtx,
  s: StatedSentence,
  type: ItemType,
  form: string,
  prompt0: string,
  prompt: string,
  answer: string,
  term: TermInfo | undefined,
): boolean {
  // "rebellion leader Toussaint": a description before a name is no term; the student would write the name
  // ("relations with France" is a phrase about a name, not a description of one)
  if (DESCRIBED_NAME.test(answer) && !ABOUT_NAME.test(answer)) return true;
  if (titledPerson(ctx, answer)) return true;
  if (pointsBack(s.text, term?.display ?? "", answer)) return true;
  // "the maximum amount of air that can be inhaled past": an answer cut after a preposition or an article is no answer
  // ("… have authority over those": a phrase cut before what its pointer or relative word stands for)
  if (
    type !== "truefalse" &&
    /\s(?:past|of|to|in|on|at|by|for|with|from|into|than|the|a|an|and|or|as|those|these|whose|whom|their|its)$/i.test(
      answer,
    )
  )
    return true;
  // "What is the term for a simple organisms that are …": an article before a plural is a cut or a misread
  if (/\b(?:a|an)\s+(?:[\p{Ll}-]+\s+)?\p{Ll}{3,}s\s+(?:that|which|who)\s+are\b/u.test(prompt0)) return true;
  // ("Notice the boldfaced words, called _____": a scene of the text's own example; "(Each area is actually α/2 …": an
  // aside in brackets)
  if (prompt.length > 400 || EXAMPLE_OPENER.test(prompt) || BARE_NAMING.test(prompt)) return true;
  // ("_____ allows for knowing the probability …" -> "Case III": a label of the text's own cases, steps or figures)
  if (OWN_LABEL.test(answer)) return true;
  if ((form === "list" || form === "superlative") && predicateAnswer(answer)) return true;
  // "What is the term for the tendency to search for?": a definition cut before its object ("… the individuals that the
  // researchers are interested in?" ends on a preposition of its relative clause); "1966), who coined …": a sentence
  // cut after a bracket
  if (CUT_DEFINITION.test(prompt) || /^[\d–-]+\),?\s/.test(prompt)) return true;
  if (type === "cloze" && form !== "list" && saysTooLittle(prompt)) return true;
  // "You sometimes hear the back side of the Moon called the _____", "… called _____, in which you become more
  // receptive …": a naming told to the reader names in a scene (kept blind ratings accepted 2 of 24 such blanks)
  if (type === "cloze" && form === "naming" && TO_THE_READER.test(prompt)) return true;
  const text = ctx.texts?.[s.doc];
  if (type === "cloze" && form !== "list" && text && modifierGivenAway(prompt, answer, text)) return true;
  if (
    text &&
    leansOnPassingName(
      text,
      s.start,
      s.text,
      answer,
      term?.display ?? "",
      (w) => ctx.lexicon.frequency(w.toLowerCase()) >= 12,
    )
  )
    return true;
  return false;
}

/** The answer is the term itself, as the text writes it (not what the term means). */
function answersTermOf(term: TermInfo | undefined, answer: string): boolean {
  return !!term && normAnswer(answer) === normAnswer(surface(term.display, term));
}

export function finish(
  ctx: ConceptBuildCtx,
  s: StatedSentence,
  type: ItemType,
  promptIn: string,
  answerIn: string,
  options: string[] | undefined,
  form: string,
  term: TermInfo | undefined,
  importance = term?.importance ?? 2,
  /** the prompt gives another name of the answer on purpose ("_____ is often referred to as slow-wave sleep") */
  namesIt = false,
): ConceptItem | null {
  // ("the process of _____" → differentiation; a card that gives the term and asks its definition keeps its answer)
  const forwardIn = type === "flashcard" && form === "definition" && !answersTermOf(term, answerIn);
  const shaped = forwardIn
    ? { prompt: promptIn, answer: answerIn }
    : withoutKindWord(type, promptIn, answerIn, options);
  // ("What are axes?" → "being the lengths between points …": a state, no definition)
  if (!shaped || termForAState(promptIn) || (forwardIn && /^(?:being|having)\s/.test(answerIn))) return null;
  const { prompt: prompt0, answer: answer0 } = shaped;
  // "acidity (the amount of free hydrogen ions)": a gloss cut from a parenthesis loses its opening bracket
  // ("Frederick Winslow Taylor (1856–1915)": a person's years are no part of the name a student writes)
  const answer = (unbalancedClose(answer0) ? answer0.replace(/\)+$/, "") : answer0).replace(LIFE_YEARS, "");
  const ended = mended(prompt0);
  // (a word of many senses is asked as it stands, "What is politics?": the heading prefix it once had, "In the context of
  // Grand Unified Theories, what is force?", read as awkward or misleading to blind raters of pM-pT, none of three as-is)
  const headed = ctx.sections ? ctx.sections.resolve(ended, s.doc, s.start, answer) : ended;
  const prompt = articleBeforeYoo(
    balanceQuotes(headed === ended && ctx.wholes ? ctx.wholes.resolve(ended, s.doc, answer, ctx.inv) : headed),
  );
  if (heldBack(ctx, s, type, form, prompt0, prompt, answer, term)) return null;
  const item: Item = { id: "", type, kind: "term", prompt, answer, citations: [ctx.cite(s.doc, s.start, s.end)], form };
  if (options) item.options = options;
  // another name of the term may stand in a question that asks for its definition, not in one whose answer is the term
  const answersTerm = answersTermOf(term, answer);
  // (a card that gives the term and asks what it is stands alone whatever the sentence opened on, and so does a prompt
  // that begins with the sentence before)
  const forward = type === "flashcard" && form === "definition" && !answersTerm;
  if (opensOnClaimBefore(s.text) && !forward && !SENTENCE_END.test(prompt)) return null;
  // a blank for an everyday word ("H2O is usually called _____", "under the _____") is guessed, not learned
  if (type !== "truefalse" && commonWordAnswer(answer, ctx.lexicon)) return null;
  if (form === "definition" && type !== "truefalse" && everydayGloss(glossOf(prompt, answer), ctx.lexicon)) return null;
  if (term && localWord(term.display, s.text, ctx.lexicon)) return null;
  // (a naming asks for the other name on purpose: "red blood cells, also called _____")
  if (type !== "truefalse" && form !== "naming" && !namesIt && synonymInPrompt(prompt, answer, ctx.lexicon))
    return null;
  const lintAgain = (it: Item) =>
    lintItem(it, {
      aliases: term && !namesIt && (answersTerm || type !== "flashcard") ? [...term.aliases] : [],
      family: ctx.family,
      everyday: (w) => ctx.lexicon.frequency(w) >= EVERYDAY_HEAD,
      firstFlaw: true,
    }).ok;
  if (!lintAgain(item)) return null;
  // (the section's topic before a prompt that leaves it unnamed; kept only where the labelled prompt passes the lint)
  // (a question only: blind raters, item for item against the same item unlabelled, accepted labelled questions 50 of
  // 87 times against 41 of 87, and labelled blanks 96 of 165 against 100 of 165; a heading before a sentence of the
  // text reads as pasted on)
  if (!forward && type !== "truefalse" && type !== "cloze") item.prompt = labelledPrompt(ctx, s, item, lintAgain);
  const words = prompt.split(/\s+/).length;
  const score = (FORM_BASE[form] ?? 3) + 0.35 * Math.min(importance, 8) - (words > 40 ? 0.6 : 0) - (options ? 0 : 0.2);
  item.score = Math.round(score * 100) / 100;
  item.id = hashHex([ctx.seed, item.type, item.prompt, item.answer].join("\u0001"));
  // a mention of a term the text defines or names elsewhere is a key fact of its own too
  const keyTerm = !!term && (term.defined > 0 || term.named > 0);
  return {
    item,
    doc: s.doc,
    sentKey: sentKeyOf(s),
    term: term?.key ?? "",
    score,
    stated: keyTerm || (form !== "mention" && form !== "subject"),
  };
}

const EXAMPLE_OPENER = /^(?:\(|(?:For (?:example|instance)|Imagine|Suppose|Notice|Look at|Observe)\b)/;
const OWN_LABEL = /^(?:Case|Example|Figure|Table|Part|Step|Section|Chapter|Exercise|Problem)\s+(?:[IVX]+|\d+|[A-Z])$/;

const TO_THE_READER = /\b(?:you|your|yours|yourself)\b/i;

/** the words that name a term without saying anything of it: "… is often called …", "… are known as …" */
const NAMING_WORDS = new Set([
  "called",
  "known",
  "referred",
  "termed",
  "named",
  "often",
  "sometimes",
  "usually",
  "typically",
]);
const WORD = /\p{L}[\p{L}’'-]*/gu;

/**
 * "The precursor cells are known as _____.", "One object turns out to be particularly useful: the _____.": a blank
 * whose sentence has three content words or fewer around it fits many answers: blind raters accepted 35 of 110 such
 * definitions, namings and introduced terms that do not open on "A …" (63% of longer ones); lists (a class with its
 * count) 31 of 42.
 */
export function saysTooLittle(prompt: string): boolean {
  // ("A positively charged ion is known as a(n) _____.": a kind with what sets it apart names one thing)
  if (/^An?\s/.test(prompt)) return false;
  let n = 0;
  for (const w of prompt.replace(BLANK, " ").match(WORD) ?? []) {
    if (w === "n" || isStop(w) || NAMING_WORDS.has(w.toLowerCase())) continue;
    if (++n > 3) return false;
  }
  return true;
}

export function shuffled(answer: string, ds: string[], seed: number, salt: string): string[] {
  const rng = rngFor(seed, "opts|" + salt);
  const o = [answer, ...ds];
  for (let i = o.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [o[i], o[j]] = [o[j]!, o[i]!];
  }
  return o;
}

const SO_CALLED = /^so-called\s+(?=\S)/i;
const SPLIT_HYPHEN = /(\p{L})- (?!(?:and|or|nor|to)\b)(\p{Ll})/gu;

/**
 * The prompt's end and its words mended: "… forms what is called the _____:" (the equations that followed are not
 * text) ends the sentence; "… the mitotic phase..", a source's doubled stop, is one; "so- called", "twentieth- century",
 * a hyphen a line break split from its word, is joined again (not "pre- and post-war").
 */
function mended(prompt: string): string {
  return prompt
    .replace(/(_{3,}[”"]?):\s*$/, "$1.")
    .replace(/([^.])\.\.$/, "$1.")
    .replace(SPLIT_HYPHEN, "$1-$2");
}

/** The term as a student should see it: "Negative feedback" at a sentence start -> "negative feedback". */
export function surface(term: string, info: TermInfo | undefined): string {
  // ("the so-called Black Legend": the writer's distance from a name is no part of it)
  const t = term.replace(/^[“"]|[”"]$/g, "").replace(SO_CALLED, "");
  // ("Queer Theory" at a sentence's start, "queer theory" as the text writes it: the text's form, not "queer Theory")
  const display = info?.display.replace(SO_CALLED, "") ?? "";
  if (info && /^\p{Lu}\p{Ll}/u.test(t) && !/^\p{Lu}/u.test(display))
    return t.toLowerCase() === display.toLowerCase() ? display : lowerFirst(t);
  // "Divided government" seen only at sentence starts: a common noun phrase is no name ("divided government")
  // ("Receptor-mediated endocytosis", "Demand-pull inflation": a hyphen inside the first word changes nothing)
  // (but not a species the inventory keeps capitalised: "Toxoplasma gondii")
  // ("Dieckmann cyclization reaction" in a list of key terms: a name the inventory reads as one keeps its capital)
  if (info?.nameStart && display.toLowerCase() === t.toLowerCase()) return display;
  if (info && !info.proper && !info.species && /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*(?:\s+\p{Ll}[\p{Ll}-]*)+$/u.test(t))
    return lowerFirst(t);
  return t;
}

export function distractors(
  ctx: ConceptBuildCtx,
  info: TermInfo,
  answer: string,
  avoid: string,
  salt: string,
  definitions = false,
  sameKind = false,
): string[] {
  return conceptDistractors(
    {
      key: info,
      answer,
      avoid: " " + normAnswer(avoid) + " ",
      rng: rngFor(ctx.seed, "sib|" + salt),
      definitions,
      sameKind,
    },
    ctx.inv,
    ctx.lexicon,
  );
}

const EXAMPLE_OF =
  /_{3,}[^.;]{0,80}\b(?:is|are|was|were)\s+(?:(?:an?|one|two|three|four|several|other|some|good|classic|typical|common)\s+)*(?:examples?|instances?|illustrations?|cases?)\s+of\b/iu;

/** a comparison whose other side is left out: "a much more powerful observatory", "an even larger group" */
const UNANCHORED_COMPARISON =
  /\b(?:much|even|far|still|considerably|significantly)\s+(?:more|less|larger|smaller|better|worse|bigger|greater|higher|lower|stronger|weaker|faster|slower|older|newer)\b/i;

/** "… known as X", "… is called X": the sentence with X blanked, sibling terms as options when there are three. */
const LAY_NAME =
  /\b(?:commonly|popularly|colloquially|informally|casually)\s+(?:called|known as|referred to as|termed|named)\s+(?:an?\s+|the\s+|a\(n\)\s+)?$/i;

export const CUT_DEFINITION =
  /^What (?:is|are) the term for (?:(?!\b(?:that|which|who|whom|what|where)\b)[^?])*\s(?:for|of|to|in|on|at|by|with|from|about|than)\?$/;
/** a class of ideas named by its kind alone */
const BARE_CLASS =
  /^(?:hypothes[ie]s|theory|theories|model|models|principle|principles|effect|concept|idea|method|approach)$/;

export function blankItem(
  ctx: ConceptBuildCtx,
  c: ConceptCandidate,
  s: StatedSentence,
  form: string,
  /** the caller has judged that the sentence stands alone (its own test of what points outside it) */
  standsAlone = false,
): ConceptItem | null {
  const info = ctx.inv.get(c.term.text);
  if (!info) return null;
  // "The smaller the _____, the greater the change in price": a proportion holds for many quantities
  if (PROPORTION.test(s.text)) return null;
  // "NASA built a much more powerful transit observatory called _____": more powerful than what the sentence before
  // named; the student does not see it
  const plain = s.text.replace(/\([^()]*\)/g, "");
  if (UNANCHORED_COMPARISON.test(plain) && !/\bthan\b/i.test(plain)) return null;
  // "Alternatively, …", "Still, …": a connective that ties the sentence to the one before is dropped
  let blanked = blankOut(s.text, c.term.a, c.term.b);
  // "For example, utilitarianism suggests that …": the theory's claim stands alone without the example marker
  // ("The _____ summarizes many observations …: It states that …" -> "The _____ states that …")
  if (c.cue === "claims")
    blanked = blanked
      .replace(/^(?:For (?:example|instance)|Similarly|Likewise),\s+/, "")
      .replace(/^(The _{3,})\s+[^:;]+:\s+It\s+(states|holds|says)\s+that\s/, "$1 $2 that ");
  const own = standAlone(withoutConnectives(upperFirst(dropConnective(dropLabel(blanked)))));
  const prompt = standsAlone ? own : withContext(own, s, ctx.lexicon);
  if (!prompt || !prompt.includes(BLANK)) return null;
  const answer = surface(c.term.text, info);
  // a blanked mention that needs the sentence before it is a detail of a passage, not a fact of its own
  // ("… are called primary aging, while … is called _____": the other half of a pair gives any blank away)
  if (contrastGivesAway(s.text, c.term.text) || initialsGiveAway(prompt, answer)) return null;
  // "meteors—commonly called _____" -> shooting stars: the everyday name is what the student knew before the course
  if (LAY_NAME.test(s.text.slice(Math.max(0, c.term.a - 50), c.term.a))) return null;
  if (
    form === "mention" &&
    (prompt !== own ||
      compoundGivesAway(s.text, c.term.text, (w) => ctx.lexicon.frequency(w) === 0) ||
      unpinnedMention(c.term.text, info, s.text.slice(0, c.term.a), s.text.slice(c.term.b)) ||
      openFrame(s.text, s.text.slice(0, c.term.a), s.text.slice(c.term.b)))
  )
    return null;
  // "Viruses are _____.": a short sentence left around a blanked mention fits many answers
  if (form === "mention" && prompt.slice(prompt.lastIndexOf(". ", prompt.indexOf(BLANK)) + 1).split(/\s+/).length < 8)
    return null;
  // "The importance of _____ in politics …" -> "rules": a blanked everyday word in passing fits many sentences
  if (form === "mention" && !info.key.includes(" ") && ctx.lexicon.frequency(info.key) >= 10) return null;
  // "The _____ suggests that language shapes thought" -> hypothesis, "the Copernican _____" -> principle: the class
  // alone, without the name that makes it one (Sapir-Whorf), answers nothing
  if (form === "naming" && BARE_CLASS.test(info.key)) return null;
  // "The _____ is a constitution-based federal republic": a name, which the entity family asks as such
  // (but a name the text gives a thing it describes is a term: "a series of laws called the _____" -> Coercive Acts)
  if (nameNotTerm(answer) && !info.formatted && !(form === "naming" && describedThing(ctx, c))) return null;
  // a blanked mention fits many words without options: other terms of the section, of the key's own kind, pin it down
  const mention = form === "mention";
  // ("… are called _____": the description pins the name down; options add only ways to give it away or to be wrong
  // — blind raters accepted 1 of 5 naming MCQs on h31–h34 and 10 of 14 naming clozes)
  const ds =
    form === "naming"
      ? []
      : distractors(ctx, info, answer, prompt + " " + s.text, s.doc + ":" + s.start + ":" + c.term.a, mention, mention);
  // "X is referred to as Y" asks for X by its other name
  const namesIt = c.rel === "naming" && c.subject;
  // a sentence that merely uses a term seldom tells it from its siblings: where three sibling terms exist, one of them
  // fits the blank as well ("First, _____ is not restricted by geographical boundaries" fits every online channel; blind
  // raters accepted 1 of 12 such multiple-choice items on h70–h79), so the mention is not asked
  if (mention && ds.length === 3) return null;
  if (ds.length === 3) {
    const opts = shuffled(answer, ds, ctx.seed, prompt);
    const r = finish(ctx, s, "mcq", prompt, answer, opts, form, info, info.importance, namesIt);
    if (r) return r;
  }
  // "_____ is an example of a situation in which …": without options, many examples fit the class it names
  // ("_____ and the body's response to blood loss are two examples of …" names the other of a closed pair: it stays)
  if (mention && EXAMPLE_OF.test(prompt) && !/_{3,}\s+and\b[^.;]*\b(?:two|both)\b/i.test(prompt)) return null;
  // a cloze answer is written as the sentence writes it ("Italian dressing" at a sentence start stays capitalised)
  const written = c.term.text.replace(/^[“"]|[”"]$/g, "");
  // "The _____ is the maximum permissive …" -> "highest tolerated concentration of oxygen": a description, no term
  // ("law of conservation of matter" is one name)
  if (written.split(/\s+/).length > (/^(?:law|principle|theorem) of\s/i.test(written) ? 6 : 4)) return null;
  return finish(ctx, s, "cloze", prompt, written, undefined, form, info, info.importance, namesIt);
}
