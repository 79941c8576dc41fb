// Item forms for concepts: definition -> term (multiple choice with sibling terms), term -> definition (card),
// naming and term-as-subject clozes, list cards, examples, causes, other names. One item per stated fact.
import type { Citation, Item, ItemType } from "../types";
import { hashHex, rngFor } from "../prng";
import { normAnswer } from "../text";
import { lintItem } from "../items/lint";
import { balanceQuotes, dropConnective } from "../text/prompt";
import { apparatusRanges, cutRanges } from "./apparatus";
import type { Lexicon } from "./lexical";
import { inflectPhrase, isPluralPhrase, isStop, singular } from "./np";
import { BLANK, blankOut, clean, dangles, leansOnContext, lowerFirst, upperFirst } from "./prompt";
import { clauseEnd } from "./phrase";
import { conceptDistractors } from "./siblings";
import { termy, type TermInfo, type TermInventory } from "./terms";
import type { ConceptCandidate, Phrase, SentenceRecord } from "./types";

export interface StatedSentence {
  doc: number;
  start: number;
  end: number;
  text: string;
  prevText: string | undefined;
}

export interface ConceptItem {
  item: Item;
  /** "doc:start" of the cited sentence */
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
}

const FORM_BASE: Record<string, number> = {
  definition: 4.2,
  naming: 3.9,
  subject: 3.2,
  mention: 2.8,
  function: 3.4,
  process: 3.6,
  list: 3.4,
  example: 3.2,
  cause: 3.4,
  alias: 2.6,
};

function finish(
  ctx: ConceptBuildCtx,
  s: StatedSentence,
  type: ItemType,
  prompt0: string,
  answer: string,
  options: string[] | undefined,
  form: string,
  term: TermInfo | undefined,
  importance = term?.importance ?? 2,
  /** the prompt gives another name of the answer on purpose ("_____ is often referred to as slow-wave sleep") */
  namesIt = false,
): ConceptItem | null {
  const prompt = balanceQuotes(prompt0);
  // "rebellion leader Toussaint": a description before a name is no term; the student would write the name
  if (/^\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)*\s+\p{Lu}\p{Ll}+$/u.test(answer)) return null;
  if (prompt.length > 400 || /^(?:For (?:example|instance)|Imagine|Suppose)\b/.test(prompt)) return null;
  const item: Item = { id: "", type, kind: "term", prompt, answer, citations: [ctx.cite(s.doc, s.start, s.end)], form };
  if (options) item.options = options;
  // another name of the term may stand in a question that asks for its definition, not in one whose answer is the term
  const answersTerm = !!term && normAnswer(answer) === normAnswer(surface(term.display, term));
  // a blank for an everyday word ("H2O is usually called _____", "under the _____") is guessed, not learned
  if (type !== "truefalse" && /^\p{L}+$/u.test(answer) && ctx.lexicon.frequency(answer.toLowerCase()) >= 60)
    return null;
  const lr = lintItem(item, {
    aliases: term && !namesIt && (answersTerm || type !== "flashcard") ? [...term.aliases] : [],
  });
  if (!lr.ok) return null;
  const words = prompt.split(/\s+/).length;
  const score = (FORM_BASE[form] ?? 3) + 0.35 * Math.min(importance, 8) - (words > 40 ? 0.6 : 0) - (options ? 0 : 0.2);
  item.score = Math.round(score * 100) / 100;
  item.id = hashHex([ctx.seed, item.type, item.prompt, item.answer].join("\u0001"));
  // a mention of a term the text defines or names elsewhere is a key fact of its own too
  const keyTerm = !!term && (term.defined > 0 || term.named > 0);
  return {
    item,
    sentKey: s.doc + ":" + s.start,
    term: term?.key ?? "",
    score,
    stated: keyTerm || (form !== "mention" && form !== "subject"),
  };
}

function shuffled(answer: string, ds: string[], seed: number, salt: string): string[] {
  const rng = rngFor(seed, "opts|" + salt);
  const o = [answer, ...ds];
  for (let i = o.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [o[i], o[j]] = [o[j]!, o[i]!];
  }
  return o;
}

/** The term as a student should see it: "Negative feedback" at a sentence start -> "negative feedback". */
function surface(term: string, info: TermInfo | undefined): string {
  const t = term.replace(/^[“"]|[”"]$/g, "");
  if (info && /^\p{Lu}\p{Ll}/u.test(t) && !/^\p{Lu}/u.test(info.display)) return lowerFirst(t);
  // "Divided government" seen only at sentence starts: a common noun phrase is no name ("divided government")
  if (info && !info.proper && /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{Ll}-]*)+$/u.test(t)) return lowerFirst(t);
  return t;
}

function distractors(
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

/**
 * A gloss that says nothing alone: a pronoun head ("one in which …"), a pointer to what came before ("a related
 * molecule", "such a drug"), or a clause cut at a conjunction or preposition ("… are affected by drugs that … and").
 */
const VAGUE_GLOSS =
  /^(?:one|ones|this|that|these|those|it|they|another|other|others)\b|^(?:a|an|the)\s+(?:related|similar|same|other|such|latter|former)\b|^such\b|\b(?:and|or|but|of|to|in|by|with|that|which|as)$/i;

const PERSON_PRONOUN = /\b(?:he|she|his|her|him)\b/i;
/** "he or she", "his or her", "him or her" speak of anyone, not of a person the text names */
const anyone = (t: string) =>
  /\b(?:an? (?:individual|person|child|student|patient|worker|member)|someone|somebody)\b/i.test(t)
    ? t.replace(/\b(?:he|she|his|her|him)\b/gi, "one")
    : t.replace(/\b(?:he or she|she or he|his or her|her or his|him or her|her or him)\b/gi, "one");

/** "X is a … that …": a multiple-choice "What is the term for …?" with sibling terms, or a "What is X?" card. */
function definitionItem(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  const info = ctx.inv.get(c.term.text);
  if (!info || !c.gloss) return null;
  // "a genetic disorder discussed earlier": a pointer into the book is no part of a definition
  const gloss = clean(c.gloss.text).replace(
    /,?\s+(?:discussed|mentioned|described|introduced|noted)\s+(?:earlier|above|below|previously|before|later)$/i,
    "",
  );
  // a definition that speaks of a person ("… information he believed …") needs the person: not a card alone
  // ("he or she", "his or her" speak of anyone)
  if (PERSON_PRONOUN.test(anyone(gloss))) return null;
  // "the executive, judicial, and legislative": a list of parts is no definition
  if (/^(?:the|a|an)?\s*[\p{L}-]+,\s+[\p{L}-]+,?\s+(?:and|or)\s+[\p{L}-]+$/u.test(gloss)) return null;
  const n = gloss.split(/\s+/).length;
  // "Fertilization is a numbers game": a short gloss without a clause or phrase is a property or a metaphor
  if (
    n < 3 ||
    dangles(gloss) ||
    VAGUE_GLOSS.test(gloss) ||
    (n < 5 && !/\b(?:that|which|who|whose|where|of|in|by|for|with|from|to|between|used)\b/.test(gloss))
  )
    return null;
  // "the period during which we drift off to sleep" does not define sleep: a gloss naming its own term is circular
  // (the genus itself may be the term's head: "The availability heuristic is a heuristic in which …")
  const head = info.head.toLowerCase();
  const afterGenus = c.genus === head ? gloss.slice(gloss.toLowerCase().indexOf(head) + head.length) : gloss;
  if (new RegExp(`\\b${info.head}`, "i").test(afterGenus)) return null;
  // "A duck is an aquatic bird": an everyday word defined once is an illustration, not a key term
  if (!info.key.includes(" ") && info.freq <= 1 && ctx.lexicon.frequency(info.key) >= 12) return null;
  let answer = surface(c.term.text, info);
  // "Mayonnaise is an emulsion …", "Ice is …": a thing of everyday life, not a term to learn by its definition
  if (
    info.classes[0] === "food" ||
    (ctx.lexicon.frequency(info.key) >= 20 &&
      /^(?:object|plant|animal|artifact|substance|location)$/.test(info.classes[0] ?? ""))
  )
    return null;
  // "(molecule that absorbs light)": a gloss in parentheses often drops its article
  const first = /^[\p{L}-]+/u.exec(gloss)?.[0] ?? "";
  const parenArticle =
    c.cue === "paren" && !/^(?:an?|the|one|some|any|each)$/i.test(first) && !isPluralPhrase(first)
      ? /^[aeiou]/i.test(first)
        ? "an "
        : "a "
      : "";
  const mcqPrompt = `What is the term for ${parenArticle}${lowerFirst(gloss)}?`;
  // "an ideal type of formal organization" asks for one: "bureaucracy", not "bureaucracies"
  if (/^an?\s/i.test(gloss) && isPluralPhrase(answer)) {
    const one = inflectPhrase(answer, false);
    if ([...info.forms.keys()].some((f) => f.toLowerCase() === one.toLowerCase())) answer = one;
  }
  const ds = distractors(ctx, info, answer, mcqPrompt + " " + s.text, s.doc + ":" + s.start, true);
  if (ds.length === 3) {
    const r = finish(ctx, s, "mcq", mcqPrompt, answer, shuffled(answer, ds, ctx.seed, mcqPrompt), "definition", info);
    if (r) return r;
  }
  // without three sibling terms, a definition -> term card: teachers ask for the term ("A _____ mimics …"), and a
  // short answer is one a student can grade; "What is X?" stays where that card fails the item lint
  if (!c.cue.startsWith("when:")) {
    const r = finish(ctx, s, "flashcard", mcqPrompt, answer, undefined, "definition", info);
    if (r) return r;
  }
  if (c.cue.startsWith("when:")) {
    const who = c.cue.slice(5);
    const a = /^[aeiou]/i.test(answer) ? "an" : "a";
    return finish(ctx, s, "flashcard", `When is ${who} ${a} ${answer}?`, gloss, undefined, "definition", info);
  }
  const art = /^(an?|the)\s/i
    .exec(s.text.slice(Math.max(0, c.term.a - 4), c.term.a).trimStart() + " ")?.[1]
    ?.toLowerCase();
  const plural = isPluralPhrase(answer);
  // a countable thing takes an article even where the text has none ("What is a cleft chin?"); a process or a
  // state does not ("What is negative feedback?")
  const countable =
    !plural && /^(?:body|artifact|object|person|animal|plant|location|group)$/.test(info.classes[0] ?? "");
  const article = art === "the" ? "the " : art || countable ? (/^[aeiou]/i.test(answer) ? "an " : "a ") : "";
  const verb = plural ? "are" : "is";
  // a person or a party: "Who is the petitioner?"
  const who = info.genusClasses[0] === "person" && info.classes[0] === "person" ? "Who" : "What";
  // another name the sentence gives ("An event schema, also known as a cognitive script, is …") belongs in the question
  const alias = [...info.aliases]
    .map((k) => ctx.inv.terms.get(k)?.display ?? k)
    .find((a) => s.text.toLowerCase().includes(a.toLowerCase()) && !gloss.toLowerCase().includes(a.toLowerCase()));
  const aka = alias ? ` (also called ${alias})` : "";
  return finish(ctx, s, "flashcard", `${who} ${verb} ${article}${answer}${aka}?`, gloss, undefined, "definition", info);
}

/** "… known as X", "… is called X": the sentence with X blanked, sibling terms as options when there are three. */
function blankItem(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence, form: string): ConceptItem | null {
  const info = ctx.inv.get(c.term.text);
  if (!info) return null;
  // "Alternatively, …", "Still, …": a connective that ties the sentence to the one before is dropped
  const prompt = withContext(standAlone(upperFirst(dropConnective(blankOut(s.text, c.term.a, c.term.b)))), s);
  if (!prompt || !prompt.includes(BLANK)) return null;
  const answer = surface(c.term.text, info);
  // a blanked mention fits many words without options: other terms of the section, of the key's own kind, pin it down
  const mention = form === "mention";
  const ds = distractors(
    ctx,
    info,
    answer,
    prompt + " " + s.text,
    s.doc + ":" + s.start + ":" + c.term.a,
    mention,
    mention,
  );
  // "X is referred to as Y" asks for X by its other name
  const namesIt = c.rel === "naming" && c.subject;
  if (ds.length === 3) {
    const opts = shuffled(answer, ds, ctx.seed, prompt);
    const r = finish(ctx, s, "mcq", prompt, answer, opts, form, info, info.importance, namesIt);
    if (r) return r;
  }
  // a cloze answer is written as the sentence writes it ("Italian dressing" at a sentence start stays capitalised)
  const written = c.term.text.replace(/^[“"]|[”"]$/g, "");
  return finish(ctx, s, "cloze", prompt, written, undefined, form, info, info.importance, namesIt);
}

/**
 * "… are called _____, meaning “lovers of extremes.”", "… _____ (literally, “self-feeders using light”)": what the
 * name means, right after the blank, spells the answer out; the sentence ends at the blank.
 */
function withoutGloss(prompt: string): string {
  const at = prompt.indexOf(BLANK);
  if (at < 0) return prompt;
  const rest = prompt.slice(at + BLANK.length);
  const m =
    /^\s*(?:,\s*(?:meaning|literally|which means|from the (?:Greek|Latin))\b[^.;]*|\((?:literally|from|meaning|Greek|Latin)\b[^)]*\))/i.exec(
      rest,
    );
  if (!m) return prompt;
  const after = rest.slice(m[0].length).replace(/^[\s”"’]*/, "");
  return (
    prompt.slice(0, at + BLANK.length) +
    (after.startsWith(".") || !after ? "." : after.startsWith(",") ? after : " " + after)
  );
}

/**
 * "_____ is often referred to as slow-wave sleep because this stage is …": a reason or a comment after the fact that
 * points back ("this stage", "it") is cut, so the fact stands alone.
 */
export function standAlone(prompt0: string): string {
  const prompt = withoutGloss(prompt0);
  if (!leansOnContext(prompt)) return prompt;
  const at = prompt.indexOf(BLANK);
  const m =
    /(?<!\b(?:in|of|by|for|with|to|on|at|from|through|during|under))(?:,?\s+)(?:because|since|although|though|whereas|while|so that|and thus|thus)\s/i.exec(
      prompt.slice(at + BLANK.length),
    );
  if (!m) return prompt;
  const cut = prompt.slice(0, at + BLANK.length + m.index).replace(/[\s,;:]+$/, "") + ".";
  return cut.split(/\s+/).length >= 6 && !leansOnContext(cut) ? cut : prompt;
}

const NOT_MODIFIER = /^(?:the|a|an|this|that|these|those|of|and|or|in|to|for|with|its|their|his|her|our|by|on|at|as)$/i;

/**
 * "… mobilized the response to the acts …" after a sentence about the Alien and Sedition Acts: a definite plural the
 * sentence before named more fully ("Sedition Acts", "extracellular fluids") means those, and the prompt needs them
 * ("the body" after "the human body" is clear alone).
 */
export function refersBack(prompt: string, prev: string | undefined): boolean {
  if (!prev) return false;
  for (const m of prompt.matchAll(/\bthe\s+(\p{Ll}{4,})\b(?!\s+(?:of|that|which|who|in)\b)/gu)) {
    const w = m[1]!;
    if (new RegExp(`\\bthe\\s+(?:\\p{L}+\\s+){0,3}${w}\\b`, "iu").test(prompt.slice(0, m.index))) continue;
    for (const p of prev.matchAll(new RegExp(`([\\p{L}-]+)\\s+${w}\\b`, "giu")))
      if (!NOT_MODIFIER.test(p[1]!) && (/s$/.test(w) || /^\p{Lu}/u.test(p[1]!))) return true;
  }
  return false;
}

/**
 * A prompt that leans on the sentence before it ("This idea is called _____.", "Such structures are …") is shown
 * after that sentence; without one it is dropped. "This difference in charge across …" reads alone as "The …".
 */
function withContext(prompt: string, s: StatedSentence): string | null {
  // the concept family resolves no pronoun: a prompt that leans on what came before gets it as context
  if (!dangles(prompt) && !leansOnContext(prompt) && !refersBack(prompt, s.prevText)) return prompt;
  const prev = s.prevText ? clean(s.prevText) : "";
  if (!prev || dangles(prev) || leansOnContext(prev) || prev.split(/\s+/).length > 35 || /_{3,}/.test(prev))
    return null;
  const full = cutRanges(s.prevText!.trim(), apparatusRanges(s.prevText!.trim())).trim();
  return `${/[.!?]["”’]?$/.test(full) ? full : full + "."} ${prompt}`;
}

function listItem(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  if (!c.gloss || c.cue.split(/\s+/).length < 4) return null;
  const rest = clean(s.text.slice(c.gloss.b));
  const cue = clean(c.cue.replace(/[:—–-]\s*$/, ""));
  const built = `${upperFirst(cue)}${/:$/.test(c.cue.trim()) ? ":" : ""} ${BLANK}${rest ? (/^[,;]/.test(rest) ? "" : " ") + rest : ""}.`;
  const prompt = withContext(built, s);
  if (!prompt) return null;
  const thing = c.term.text ? ctx.inv.get(c.term.text) : undefined;
  const members = c.members.map((m) =>
    ctx.inv.get(m.text.replace(/\s*\([^)]*\)/g, "").replace(/^(?:the|a|an)\s+/i, "")),
  );
  const best = members.reduce((m, t) => Math.max(m, t?.importance ?? 0), thing?.importance ?? 0);
  if (c.gloss.text.split(/\s+/).length > 14) return null;
  // "primary groups and secondary groups (Cooley 1909)": the citation is no part of the answer
  const answer = cutRanges(c.gloss.text, apparatusRanges(c.gloss.text)).replace(/[\s,;:]+$/, "");
  const r = finish(ctx, s, "cloze", prompt, answer, undefined, c.rel, thing, best || 2);
  if (r) r.term = thing?.key ?? "";
  return r;
}

function aliasItem(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  const info = ctx.inv.get(c.term.text);
  if (!info || !c.gloss) return null;
  // only names the text gives on purpose ("also known as"); an abbreviation or a gloss in parentheses is a cue,
  // not a fact worth a card of its own
  if (c.cue !== "also" || /^\p{Lu}[\p{Lu}\d&-]+s?$/u.test(c.gloss.text)) return null;
  return finish(
    ctx,
    s,
    "flashcard",
    `What is another name for ${surface(c.term.text, info)}?`,
    c.gloss.text,
    undefined,
    "alias",
    info,
  );
}

/**
 * When the blank gives itself away ("… known as the _____ because … X, Y, and Z"), the name asked the other way:
 * "What was the XYZ affair?" -> "the attempt to extract a bribe". Past tense for a named event, present otherwise.
 */
function namingCard(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  const info = ctx.inv.get(c.term.text);
  if (!info || !c.gloss || c.cue === "described") return null;
  const gloss = clean(c.gloss.text);
  const n = gloss.split(/\s+/).length;
  if (
    n < 3 ||
    n > 20 ||
    !/^(?:the|a|an)\s/i.test(gloss) ||
    VAGUE_GLOSS.test(gloss) ||
    leansOnContext(gloss) ||
    PERSON_PRONOUN.test(anyone(gloss))
  )
    return null;
  const term = surface(c.term.text, info);
  const past = /^\p{Lu}/u.test(term) && /\b(?:was|were|had|did)\b|\w+ed\b/.test(s.text);
  const plural = isPluralPhrase(term);
  const before = s.text.slice(0, c.term.a);
  // the article the text gives the term ("a signaling molecule called a neurotransmitter" -> "What is a neurotransmitter?")
  const article =
    /^\p{Lu}/u.test(term) || /\bthe\s+$/i.test(before)
      ? "the "
      : !plural && /\ban?\s+$/i.test(before)
        ? /^[aeiou]/i.test(term)
          ? "an "
          : "a "
        : "";
  const verb = past ? (plural ? "were" : "was") : plural ? "are" : "is";
  return finish(ctx, s, "flashcard", `What ${verb} ${article}${term}?`, gloss, undefined, "naming", info);
}

/** "How is a hydrogen bond formed?" / "When do polar molecules occur?" */
function processItem(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  const info = ctx.inv.get(c.term.text);
  if (!c.gloss) return null;
  const term = surface(c.term.text, info);
  const art = /^(an?|the)\s+$/i.exec(s.text.slice(0, c.term.a))?.[1]?.toLowerCase() ?? "";
  const the = art ? (art === "the" ? "the " : /^[aeiou]/i.test(term) ? "an " : "a ") : "";
  const plural = isPluralPhrase(term);
  const verb = c.cue.replace(/s$/, "");
  const passive = /^(?:formed|produced|created|triggered|activated|released)$/.test(c.cue);
  const prompt = passive
    ? `How ${plural ? "are" : "is"} ${the}${term} ${c.cue}?`
    : // "when atoms share electrons unequally" states a condition, which "When …?" would ask as a time
      `Under what conditions ${plural ? "do" : "does"} ${the}${term} ${verb}?`;
  return finish(ctx, s, "flashcard", prompt, clean(c.gloss.text), undefined, "process", info);
}

function causeItem(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  if (!c.gloss) return null;
  const effect = lowerFirst(clean(c.gloss.text));
  if (dangles(effect)) return null;
  const prompt = withContext(`What causes ${effect}?`, s);
  return prompt ? finish(ctx, s, "flashcard", prompt, clean(c.term.text), undefined, "cause", undefined) : null;
}

/**
 * A gloss that does not say what its term is: it names another term ("diseased offspring, a phenomenon that
 * scientists call inbreeding depression"), gives a reason ("an ideal because no society …"), a time ("a pesticide
 * before its dangers became known") or a comparison ("a more encompassing term than crime").
 */
function notWhatItIs(gloss: string): boolean {
  return (
    /\b(?:call|calls|called|termed|known as|referred to as|named)\b/i.test(gloss) ||
    /,\s+as\s+(?:is|are|was|were|does|do)\b/i.test(gloss) ||
    /^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s+(?:because|since|before|after|until|so that)\s/iu.test(gloss) ||
    /^(?:an?|the)\s+(?:more|less)\s+[\p{L}-]+\s+(?:[\p{L}-]+\s+)?than\b/iu.test(gloss)
  );
}

/** Every item form a stated fact supports, best first (the caller keeps one per sentence). */
export function conceptItem(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  // a scene addressed to the reader ("When you place your hand under the shower, …") illustrates; it defines nothing
  if (/^(?:When|Whenever|If|As|While|Once|Before|After|Imagine|Suppose|Say)\b[^,;]*\b(?:you|your)\b/i.test(s.text))
    return null;
  const info = c.term.text ? ctx.inv.get(c.term.text) : undefined;
  if (info && !termy(info, ctx.lexicon) && c.rel !== "list" && c.rel !== "cause") return null;
  switch (c.rel) {
    case "definition":
      if (c.gloss && notWhatItIs(clean(c.gloss.text))) return null;
      return definitionItem(ctx, c, s) ?? blankItem(ctx, c, s, "definition");
    case "naming":
      // "the richest families, who buy offices": a relative clause describes in passing; it is no naming
      return (
        blankItem(ctx, c, s, /^(?:which|who)\b/i.test(c.gloss?.text ?? "") ? "mention" : "naming") ??
        namingCard(ctx, c, s)
      );
    case "list":
      // a closed classification ("two basic cell types: …", "consists of …"); an open list ("include …") is not
      return /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b/i.test(c.cue) ||
        /consists? of|composed of|made up of|divided into|classified (?:as|into)/i.test(c.cue)
        ? listItem(ctx, c, s)
        : null;
    case "example":
      // an example stands for a class; asking for it (or for an open list of them) tests the example, not the class
      return null;
    case "alias":
      return aliasItem(ctx, c, s);
    case "cause":
      return causeItem(ctx, c, s);
    case "process":
      return processItem(ctx, c, s);
  }
}

/** Words of `t` that pin a sentence down: unusual in general English, or key terms of the text. */
function specificWords(t: string, ctx: ConceptBuildCtx): number {
  let n = 0;
  for (const w of t.toLowerCase().match(/\p{L}[\p{L}-]{3,}/gu) ?? []) {
    if (isStop(w)) continue;
    const k = singular(w);
    if (
      ctx.lexicon.frequency(k) < 8 ||
      ctx.inv.terms.get(k)?.defined ||
      ctx.inv.terms.get(k)?.named ||
      ctx.keyWords?.has(k)
    )
      n++;
  }
  return n;
}

/**
 * "Positive feedback intensifies a change in the body’s physiological condition rather than reversing it." ->
 * "What does positive feedback do?" / "intensifies a change …". Only a present-tense verb right after the subject
 * (a statement of what the thing does in general, not a narrative); the predicate is the answer, up to its clause end.
 */
function functionItem(
  ctx: ConceptBuildCtx,
  r: SentenceRecord,
  m: Phrase,
  info: TermInfo,
  s: StatedSentence,
): ConceptItem | null {
  if (!r.presentVerb || r.verbAt < 0 || r.lead) return null;
  // "What do sociologists do?": people are not a concept whose function is asked
  if (info.classes[0] === "person" || info.genusClasses[0] === "person") return null;
  // "What do metaethics do?": a theory, a field or an idea holds, it does not act
  if (/^(?:cognition|communication)$/.test(info.classes[0] ?? "") || /(?:ism|ics|ology|ory)$/.test(info.key))
    return null;
  // "What does the brain do?" asks about everything a brain does: only for a term the text states or an unusual one
  if (!info.defined && !info.named && !info.key.includes(" ") && ctx.lexicon.frequency(info.key) >= 12) return null;
  const end = clauseEnd(r.text, r.verbAt);
  // "thrive in a vast array of environments: Some grow …": what follows a colon is the detail, not the function
  const answer = r.text
    .slice(r.verbAt, end)
    .split(/:\s/)[0]!
    .replace(/[\s,;:]+$/, "");
  const n = answer.split(/\s+/).length;
  if (n < 5 || n > 28 || leansOnContext(answer)) return null;
  const term = surface(m.text, info);
  const plural = isPluralPhrase(term);
  const the =
    r.det && r.det.toLowerCase() !== "a" && r.det.toLowerCase() !== "an"
      ? "the "
      : /^(?:a|an)$/i.test(r.det)
        ? /^[aeiou]/i.test(term)
          ? "an "
          : "a "
        : "";
  const it = finish(
    ctx,
    s,
    "flashcard",
    `What ${plural ? "do" : "does"} ${the}${term} do?`,
    answer,
    undefined,
    "function",
    info,
  );
  if (it) it.term = info.key;
  return it;
}

const VAGUE_PREDICATE =
  /^(?:is|are|was|were|can be|may be|might be|has been|have been)\s+(?:also\s+)?(?:important|crucial|critical|essential|necessary|needed|useful|common|different|similar|complex|interesting|not|never|often|usually|sometimes|one of|part of|thought|believed|known|found|seen|used|related|involved|considered)\b|^(?:plays?|played)\s+(?:a|an)\s+\w*\s*role\b|^(?:vary|varies|differ|differs|exists?|occurs?|happens?|means?|matters?|works?)\b/i;

/** The words before a blank pair it with its opposite: "asexual and _____" (sexual), "both primary and _____". */
function pairedBlank(before: string, answer: string): boolean {
  if (/\b(?:both|either|neither)\s+[\p{L}-]+\s+(?:and|or|nor)\s+$/iu.test(before)) return true;
  const first = answer.toLowerCase().split(/\s+/)[0]!;
  const prev = /([\p{L}-]+)\s+(?:and|or|nor|versus|vs\.?|than)\s+$/iu.exec(before)?.[1]?.toLowerCase() ?? "";
  return (
    first.length >= 4 &&
    !!prev &&
    prev !== first &&
    (prev.endsWith(first) ||
      first.endsWith(prev) ||
      (/^(?:a|an|non|un|in|im|ir|il|dis|anti)/.test(prev) &&
        prev.replace(/^(?:a|an|non-?|un|in|im|ir|il|dis|anti-?)/, "") === first))
  );
}

const QUANTIFIED =
  /\b(?:all|some|many|most|several|few|both|various|different|other|more|fewer|less|certain)\s+(?:(?:types?|kinds?|forms?|sorts?)\s+of\s+)?(?:the\s+)?$/i;

/**
 * A blank that cuts a longer key term in two ("… the result of a positive _____" for "feedback system" where the text
 * names "positive feedback"): the word left beside the blank gives half of it away and the answer is the wrong half.
 */
function splitsTerm(ctx: ConceptBuildCtx, text: string, m: Phrase): boolean {
  const before = /([\p{L}-]+)\s+$/u.exec(text.slice(0, m.a))?.[1];
  const after = /^\s+([\p{L}-]+)/u.exec(text.slice(m.b))?.[1];
  const words = m.text.split(/\s+/);
  const joined = [
    before ? before + " " + words[0] : "",
    before ? before + " " + m.text : "",
    after ? words[words.length - 1] + " " + after : "",
    after ? m.text + " " + after : "",
  ];
  return joined.some((j) => {
    if (!j) return false;
    const t = ctx.inv.get(j);
    return !!t && t.key !== ctx.inv.get(m.text)?.key && (t.defined > 0 || t.named > 0 || t.importance >= 3);
  });
}

/**
 * A sentence that mentions a key term: the term blanked ("The _____ contain synaptic vesicles …",
 * "Polar molecules occur when atoms share electrons unequally, in _____."), sibling terms as options when there are three.
 */
export function mentionItem(ctx: ConceptBuildCtx, r: SentenceRecord, m: Phrase, subject: boolean): ConceptItem | null {
  const info = ctx.inv.get(m.text);
  if (!info || (info.proper && !info.named && !info.defined) || (/^\p{Lu}\p{Ll}+$/u.test(m.text) && m.a > 0))
    return null;
  // "What is true for the bonds is …" (a pseudo-cleft), "The molecule has three parts" after "the water molecule"
  if (/^What\b/.test(r.text)) return null;
  if (
    subject &&
    r.det.toLowerCase() === "the" &&
    !m.text.includes(" ") &&
    r.prevText &&
    new RegExp(`\\b\\p{L}+\\s+${m.text}\\b`, "iu").test(r.prevText)
  )
    return null;
  // blanked where the sentence is about the term (its subject) or where the text defines or names it elsewhere; a
  // sentence that points outside itself ("his commission", "these types", "other types") is no question alone
  // (an inflected word the lexicon lists only by its base form, "richest", is no sign of a technical term)
  const technical =
    info.key.includes(" ") &&
    info.key.split(" ").some((w) => w.length > 3 && !/(?:est|ier|ly|ing|ed)$/.test(w) && ctx.lexicon.frequency(w) < 3);
  if (!subject && !info.defined && !info.named && !info.listed && !info.inHeading && !(technical && info.freq >= 3))
    return null;
  if (leansOnContext(r.text.slice(r.lead.length))) return null;
  // a common word is blanked only where the text defines, names or classifies it; the reader's own life ("your
  // shift manager") is an illustration
  if (!info.key.includes(" ") && ctx.lexicon.frequency(info.key) >= 12 && !info.defined && !info.named && !info.listed)
    return null;
  if (/\b(?:you|your|yours)\b/i.test(r.text)) return null;
  if (splitsTerm(ctx, r.text, m)) return null;
  // "All types of _____ are useful", "Some _____ are harmful", "father more _____": a quantified blank fits many words
  if (QUANTIFIED.test(r.text.slice(0, m.a))) return null;
  // "asexual and _____", "Neither primary nor _____": the other half of a pair names the blank
  if (pairedBlank(r.text.slice(0, m.a), m.text)) return null;
  if (subject) {
    // a predicate general enough to fit many subjects ("can be positive as well as negative") asks nothing
    const rest = r.text.slice(m.b).replace(/^\s*(?:\([^)]*\)|,[^,]{1,60},)?\s*/, "");
    if (VAGUE_PREDICATE.test(rest) || rest.split(/\s+/).length < 7 || /^(?:like|as with)\b/i.test(r.text)) return null;
  } else if (r.text.split(/\s+/).length < 9) return null;
  // an illustration ("For example, …", "Imagine …") is not content; a long sentence blanked anywhere is vague
  if (/^(?:For (?:example|instance)|Imagine|Consider|Suppose|Think)\b/.test(r.text) || r.text.split(/\s+/).length > 40)
    return null;
  // a blank in a sentence of everyday words fits many answers ("Like all cells, _____ consist of several different
  // parts"): the rest of the sentence must carry at least two unusual words or other key terms
  if (specificWords(r.text.slice(0, m.a) + " " + r.text.slice(m.b), ctx) < 2) return null;
  const s: StatedSentence = { doc: r.doc, start: r.start, end: r.end, text: r.text, prevText: r.prevText };
  // the sentence is about the term and says what it does: "What does positive feedback do?"
  if (subject) return functionItem(ctx, r, m, info, s);
  const c: ConceptCandidate = { rel: "naming", term: m, gloss: null, genus: "", members: [], cue: "", subject };
  const it = blankItem(ctx, c, s, "mention");
  if (it) it.term = info.key;
  return it;
}
