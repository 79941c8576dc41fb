// Item forms for concepts: definition -> term (multiple choice with sibling terms), term -> definition (card),
// naming and term-as-subject clozes, list cards, examples, causes, other names. One item per stated fact.
import { definitionGloss } from "./gloss-trim";
import { roleAnswer, symbolWord } from "../items/odd-answers";
import { inflectPhrase, isPluralPhrase, isStop } from "./np";
import { clean, indefinite, withScope } from "./prompt";
import type { TermInfo } from "./terms";
import { termy } from "./term-weight";
import type { ConceptCandidate } from "./types";
import { PROPER_ONLY, termQuestion } from "./term-questions";
import {
  blankItem,
  distractors,
  finish,
  saidOnce,
  shuffled,
  surface,
  type ConceptBuildCtx,
  type ConceptItem,
  type StatedSentence,
} from "./item-kit";
import { JOINED_NAMES, nameNotTerm, ownedInstance } from "./name-checks";
import { processItem } from "./process-items";
import {
  ALTERNATIVE_NAME,
  aliasItem,
  alternativeNameCard,
  causeItem,
  listItem,
  meaningItem,
  superlativeItem,
} from "./fact-items";
import {
  misparsedDefinition,
  notADefinition,
  notDefining,
  pastView,
  adverbGloss,
  describesSomethingElse,
  progressiveGloss,
} from "./definition-guards";
import { misreadDefinition, narrated, passedOver, ratedInstance } from "./misreadings";
import { adjectival, namedSubject } from "./naming-items";
import { initialsIn, singularHead } from "./gloss-shape";
import { whatIsCard } from "./what-is-card";
import { answerEchoed } from "./giveaways";
import { settingItem } from "./settings";
import { memberBlank } from "./mention-items";
import { everydayWord } from "./everyday";
import {
  DIFFERENTIA,
  OF_THE_COUNT,
  explainsKind,
  differentiated,
  genericGloss,
  thinGloss,
  partWithoutWhole,
  notWhatItIs,
  restated,
  stemInside,
  vagueGloss,
  withoutOpposite,
  oneOfAKind,
  setAgainst,
  shortGloss,
} from "./glosses";

export type { ConceptBuildCtx, ConceptItem, StatedSentence } from "./item-kit";
export { standAlone } from "./stand-alone";
export { mentionItem } from "./mention-items";
export { spellingVariant } from "./fact-items";

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const UPPER_START = /^\p{Lu}/u;
/** The gloss holds the term's head and the start of another of its words ("a type of veto … lines of spending"). */
function spelledInGloss(gloss: string, term: string): boolean {
  const ws = term.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  if (ws.length < 2) return false;
  const g = gloss.toLowerCase();
  const head = ws[ws.length - 1]!;
  if (!new RegExp(`\\b${head}s?\\b`, "u").test(g)) return false;
  return ws.slice(0, -1).some((w) => w.length >= 4 && new RegExp(`\\b${w.slice(0, 4)}`, "u").test(g));
}

/** The term is another name of a term the text uses more often ("variants" beside "alleles"). */
function lesserName(ctx: ConceptBuildCtx, info: TermInfo): boolean {
  for (const k of info.aliases) {
    const other = ctx.inv.get(k);
    if (other && other.freq > info.freq) return true;
  }
  return false;
}

/** A capitalised word the lexicon does not know, described as a person: someone's name. */
function personNamed(term: string, info: TermInfo, ctx: ConceptBuildCtx): boolean {
  return CAPITALISED_WORD.test(term) && info.genusClasses[0] === "person" && ctx.lexicon.frequency(info.key) === 0;
}

/** The term is one a definition card teaches: the gloss does not name it, and it is no everyday thing defined in passing. */
/**
 * "the period during which we drift off to sleep" names its own term: asked for the term, it gives the answer away
 * (the genus itself may be the term's head: "The availability heuristic is a heuristic in which …")
 */
function namesOwnHead(c: ConceptCandidate, info: TermInfo, gloss: string): boolean {
  const head = info.head.toLowerCase();
  const afterGenus = c.genus === head ? gloss.slice(gloss.toLowerCase().indexOf(head) + head.length) : gloss;
  // ("safety behaviors": "behavioral acts" is another word, not the term's own head)
  return new RegExp(`\\b${info.head}(?:s|es)?\\b`, "i").test(afterGenus);
}

function definable(ctx: ConceptBuildCtx, info: TermInfo): boolean {
  // "A duck is an aquatic bird": an everyday word defined once is an illustration, not a key term
  if (!info.key.includes(" ") && info.freq <= 1 && ctx.lexicon.frequency(info.key) >= 12) return false;
  // "Mayonnaise is an emulsion …", "Ice is …": a thing of everyday life, not a term to learn by its definition
  if (
    info.classes[0] === "food" ||
    (ctx.lexicon.frequency(info.key) >= 20 &&
      /^(?:object|plant|animal|artifact|substance|location)$/.test(info.classes[0] ?? ""))
  )
    return false;
  return true;
}

/** "What is sensitization?" from "The process of producing allergen-specific IgE is called sensitization." */
function subjectNamedCard(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence, info: TermInfo | undefined) {
  // ("The many substances for which Ohm's law holds are called ohmic": an adjective names no thing)
  if (!info || adjectival(ctx, c.term.text)) return null;
  const gloss = namedSubject(s.text, c.term.a, c.term.b);
  return gloss ? whatIsCard(ctx, c, s, info, gloss, surface(c.term.text, info)) : null;
}

/** "X is a … that …": a multiple-choice "What is the term for …?" with sibling terms, or a "What is X?" card. */
function definitionItem(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  const info = ctx.inv.get(c.term.text);
  if (!info || !c.gloss) return null;
  const gloss = definitionGloss(c.gloss, c.term.text, s.text);
  if (notADefinition(ctx, c, s.text, gloss)) return null;
  if (!definable(ctx, info)) return null;
  // ("Procter & Gamble, a leader in the consumer goods industry, …": a company's name is no term)
  if (c.term.text.includes(" & ")) return null;
  let answer = surface(c.term.text, info);
  // "virus, Latin for poison,": a term is one phrase
  if (/[,;]/.test(answer)) return null;
  if (ALTERNATIVE_NAME.test(gloss)) return alternativeNameCard(ctx, s, info, gloss, answer);
  // "an Anglo-Saxon who perfected the Carolingian minuscule script" -> Alcuin of York: a person, asked "Who is …?"
  // ("a kinship structure that follows descent through both men and women" -> cognatic descent: a gloss that names the
  // term's head is asked the other way round, "What is cognatic descent?")
  // (a short one, "an atom of hydrogen" -> "a unit of hydrogen", says no more than the name)
  const circular = namesOwnHead(c, info, gloss);
  if (circular && gloss.split(/\s+/).length < 5) return null;
  if ((info.genusClasses[0] === "person" && UPPER_START.test(answer)) || circular)
    return whatIsCard(ctx, c, s, info, gloss, answer);
  const question = termQuestion(c, info, gloss, answer);
  if (question === null) return null;
  const mcqPrompt = withScope(question, s.text, c.term.a);
  // "an ideal type of formal organization" asks for one: "bureaucracy", not "bureaucracies"
  if (/^an?\s/i.test(gloss) && isPluralPhrase(answer)) {
    const one = inflectPhrase(answer, false);
    if ([...info.forms.keys()].some((f) => f.toLowerCase() === one.toLowerCase())) answer = one;
  }
  // "a heuristic … readily available to you" -> availability heuristic: the gloss spells the term's stem; it is
  // asked the other way round ("What is the availability heuristic?")
  // ("a type of veto that … nullifies certain lines of spending" -> line-item veto: the head and a modifier in the gloss)
  const cued = stemInside(gloss, c.term.text) || spelledInGloss(gloss, c.term.text);
  // ("A corporation is a business that “incorporates”" explains a one-word term by itself: no card at all)
  if (cued && !c.term.text.trim().includes(" ")) return null;
  // ("a passive process of transport" fits osmosis as well as diffusion: a short gloss on a generic head is asked the
  // other way round, "What is diffusion?")
  const generic = genericGloss(gloss) || partWithoutWhole(gloss);
  // (a question that echoes a word of the answer is a card: among options the echo gives the answer away)
  const ds =
    cued || generic || answerEchoed(gloss, answer)
      ? []
      : distractors(ctx, info, answer, mcqPrompt + " " + s.text, s.doc + ":" + s.start, true);
  if (ds.length === 3) {
    const r = finish(ctx, s, "mcq", mcqPrompt, answer, shuffled(answer, ds, ctx.seed, mcqPrompt), "definition", info);
    if (r) return r;
  }
  // (without them, a gloss of six words or fewer fits other terms as well asked either way round: "What is the
  // startup phase?" -> "an exciting and exploratory time for the entrepreneur"; kept blind ratings accepted 41-50% of
  // such "What is X?" cards and 48-54% of such "What is the term for …?" cards, 78-89% of those with a longer gloss)
  if (shortGloss(gloss)) return null;
  // without three sibling terms, a definition -> term card: teachers ask for the term ("A _____ mimics …"), and a
  // short answer is one a student can grade; "What is X?" stays where that card fails the item lint
  // ("Radon-222 is an α emitter with …": a numbered substance is a particular thing, no term to ask "the term for";
  // "What is Radon-222?" asks it)
  const particular = /\p{L}-?\d/u.test(answer) && mcqPrompt.startsWith("What is the term for");
  // (a short indefinite gloss is asked "What is calcitonin?": alone, it fits several of a section's terms; with sibling
  // terms as options above, it tells them apart)
  if (!cued && !generic && !particular && !thinGloss(gloss) && !c.cue.startsWith("when:") && DIFFERENTIA.test(gloss)) {
    const r = finish(ctx, s, "flashcard", mcqPrompt, answer, undefined, "definition", info);
    if (r) return r;
  }
  if (c.cue.startsWith("when:")) {
    const who = c.cue.slice(5);
    return finish(
      ctx,
      s,
      "flashcard",
      `When is ${who} ${indefinite(answer)}${answer}?`,
      gloss,
      undefined,
      "definition",
      info,
    );
  }
  return whatIsCard(ctx, c, s, info, gloss, answer);
}

/** a time word or a pronoun where a definition's subject should be */
const NOT_A_SUBJECT =
  /^(?:today|now|nowadays|currently|recently|yesterday|then|here|there|it|they|this|these|that|those)\b|\b(?:it|they|them)$/i;

const RELATIVE_GLOSS = /^(?:that|(?:in|during|through|by|at|on|for|with|from|to|under) which)\b/i;
const QUANTITY =
  /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|several|many|few|dozens?|hundreds?|thousands?)\b)/i;

/** A naming by a relative clause ("X, that …", "X, during which …") of a quantity or of a phrase of everyday words. */
function relativeAfterEveryday(c: ConceptCandidate, ctx: ConceptBuildCtx): boolean {
  if (!RELATIVE_GLOSS.test(c.gloss?.text ?? "")) return false;
  const t = c.term.text.replace(/^(?:an?|the)\s+/i, "");
  if (QUANTITY.test(t)) return true;
  const words = t.toLowerCase().split(/\s+/);
  return (
    words.length <= 3 && words.every((w) => isStop(w) || everydayWord(w, ctx.lexicon) || ctx.lexicon.frequency(w) >= 12)
  );
}

/**
 * "Inflation's higher prices reduce purchasing power, the value of what money can buy": the word before the term
 * makes the term the text keeps using ("purchasing power", used twice more), which the reader took for a verb.
 */
function widened(ctx: ConceptBuildCtx, c: ConceptCandidate, text: string): ConceptCandidate {
  if (!c.term.text || c.rel === "list") return c;
  const before = /([\p{Ll}][\p{Ll}-]{2,})\s+$/u.exec(text.slice(0, c.term.a))?.[1];
  if (!before || isStop(before)) return c;
  const wide = ctx.inv.get(before + " " + c.term.text);
  if (!wide || wide.freq < 2) return c;
  const a = c.term.a - before.length - 1;
  return { ...c, term: { text: before + " " + c.term.text, a, b: c.term.b } };
}

/** the words that bring a term in for a comparison, right before it: "not unlike that used in", "similar to" */
const COMPARED =
  /\b(?:(?:not\s+)?unlike|similar\s+to|analogous\s+to|akin\s+to|comparable\s+to|compared\s+(?:to|with)|much\s+like|just\s+like|as\s+in)\b[^,;:]{0,30}$/i;

/** "We had created …", "I was …": a participant's own account, quoted */
const FIRST_HAND = /^(?:We|I)\s+(?:had|was|were|did|saw|felt|decided|realized|created|found|thought)\b/;

/** Every item form a stated fact supports, best first (the caller keeps one per sentence). */
export function conceptItem(ctx: ConceptBuildCtx, c0: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  const c = widened(ctx, c0, s.text);
  // a scene addressed to the reader ("When you place your hand under the shower, …") illustrates; it defines nothing
  // ("Chances are if you have called the tech support line …"; not "An anchoring bias occurs when you focus on …",
  // a definition that speaks to anyone)
  if (
    /^(?:When|Whenever|If|As|While|Once|Before|After|Imagine|Suppose|Say)\b[^,;]*\b(?:you|your)\b/i.test(s.text) ||
    /^(?:Chances are|Odds are|Perhaps|Maybe)\b[^,;]{0,20}\b(?:if|when|whenever)\s+you\b/i.test(s.text)
  )
    return null;
  // "We had created an overwhelmingly powerful situation—a situation in which prisoners …": a participant's account
  // (a quotation of first-hand words) names no term
  if (FIRST_HAND.test(s.text)) return null;
  // "… not unlike that used in ultrasound, a type of imaging …": a term brought in to compare is an aside of the text
  if (c.rel === "definition" && c.term.a > 0 && COMPARED.test(s.text.slice(Math.max(0, c.term.a - 45), c.term.a)))
    return null;
  if (c.cue === "meaning") return meaningItem(ctx, c, s);
  // ("Archimedes’ Principle: … equal wfl", "… is the theoretical basis of atomic spectroscopy": a formula's symbol cut
  // loose, or what a thing is to another, is no term)
  if (symbolWord(c.term.text) || roleAnswer(c.term.text)) return null;
  const info = c.term.text ? ctx.inv.get(c.term.text) : undefined;
  if (info && !termy(info, ctx.lexicon) && c.rel !== "list" && c.rel !== "cause" && c.rel !== "superlative")
    return null;
  switch (c.rel) {
    case "definition": {
      const gloss = c.gloss ? withoutOpposite(clean(c.gloss.text)) : "";
      const common = (w: string) => ctx.lexicon.frequency(w) >= 20;
      if (misreadDefinition(c, s.text, gloss, common) || explainsKind(gloss) || pastView(c, s.text)) return null;
      if (describesSomethingElse(c, s.text, gloss) || adverbGloss(ctx, gloss)) return null;
      if (progressiveGloss(c, s.text)) return null;
      if (notDefining(c, s.text, gloss)) return null;
      // "Towering trees are the diplontic phase in …": a plural subject of a singular "the …" is described, not defined
      if (/^the\s/i.test(gloss) && isPluralPhrase(c.term.text) && singularHead(gloss, c.genus)) return null;
      if (c.gloss && notWhatItIs(gloss)) return null;
      // "The desired object is the product or service itself": a gloss that says nothing is no blank either
      if (c.gloss && vagueGloss(restated(gloss, c.term.text, true))) return null;
      if (c.gloss && !differentiated(gloss)) return null;
      if (misparsedDefinition(ctx, c.term.text, gloss)) return null;
      // "individual owners are sole proprietors in legal terms": the name is the other way round; "a function of heart
      // rate (HR) and stroke volume (SV): CO = HR × SV": the answer's initials give it away
      if (c.gloss && (/\bin\s+(?:[\p{L}-]+\s+)?terms\b/iu.test(gloss) || initialsIn(gloss, c.term.text))) return null;
      // "Neopentane molecules are the most compact of the three": the three were named before, in no card or blank
      if (c.gloss && OF_THE_COUNT.test(gloss)) return null;
      // "…, a decrease from 88 percent in 1960": a figure of a change, neither a card nor a blank
      if (c.gloss && /\d\s*(?:%|percent\b)/.test(c.gloss.text)) return null;
      // "The United States is a … republic": a name, not a term (the entity family asks names)
      // ("Sarah and Angelina Grimke, the daughters of …": two people's names)
      if (nameNotTerm(c.term.text) || JOINED_NAMES.test(c.term.text)) return null;
      if (info && ratedInstance(c, s.text, info.freq)) return null;
      // ("Today, a lack of well-paying jobs … has trapped …", "Today it often refers to Brunei, …": a time word or a
      // pronoun read as the subject is no term; "What is today?" asks nothing)
      if (NOT_A_SUBJECT.test(c.term.text)) return null;
      // "Sara Minkara’s vision statement may be defined as …": one person's thing is an example ("Newton's first law",
      // a law, a theory or a model named after a person, is a term)
      if (ownedInstance(c.term.text)) return null;
      // "Candace, a 14-year-old girl experiencing problems at school": a person in a case study, no term
      if (info && personNamed(c.term.text, info, ctx)) return null;
      // ("_____ is a slow process.": two everyday words without a differentia say a property; many terms fit the
      // blank; "an all-or-none phenomenon" is the term's own)
      const gw = gloss.split(/\s+/).filter((w) => !/^(?:an?|the)$/i.test(w));
      const thin =
        !!c.gloss &&
        gw.length <= 2 &&
        !DIFFERENTIA.test(gloss) &&
        gw.every((w) => ctx.lexicon.frequency(w.toLowerCase()) >= 10);
      // (the card asks by the gloss without its "the opposite of X, ")
      const stated = c.gloss && gloss !== c.gloss.text ? { ...c, gloss: { ...c.gloss, text: gloss } } : c;
      // ("_____ is an emulsion of oil in vinegar, with egg yolk …": a word everyone knows is guessed from the gloss)
      // a narrated "was" keeps the blank of a particular thing of the past ("The _____ was a campaign to limit the sale
      // of alcohol."); a bare concept in the past tense is a claim about then ("_____ was a constant problem for …")
      if (info && passedOver(c, s.text, info, common)) return null;
      const past = narrated(c, s.text);
      if (past && !/\bthe\s+$/i.test(s.text.slice(0, c.term.a))) return null;
      return (
        (past ? null : definitionItem(ctx, stated, s)) ??
        (thin ||
        (shortGloss(gloss) && !setAgainst(s.text)) ||
        everydayWord(c.term.text, ctx.lexicon) ||
        oneOfAKind(s.text, c.term.a, c.gloss)
          ? null
          : blankItem(ctx, c, s, "definition"))
      );
    }
    case "naming":
      // "several alleles, or _____, that code for …" -> variants: the other name of a term the text uses more is no
      // blank (the blank goes to the term: "long extensions, or _____, which carry signals" -> axons)
      if (c.cue === "described" && info && lesserName(ctx, info)) return null;
      // "the richest families, who buy offices": a relative clause describes in passing; it is no naming, and its
      // blank is fair only where a mention's is ("in urine and _____, which can contaminate …" fits many words)
      // (no card asks for a name's meaning from a naming: "What is the business judgment rule?" -> "the validity of a
      // doctrine", "What do conditionals mean?", "What is the term for power which allows …, is the stuff of realism?";
      // blind raters accepted 0 of 10 such cards on six holdout sets, h82–h87)
      if (/^(?:which|who)\b/i.test(c.gloss?.text ?? ""))
        return memberBlank(s.text, c.term) ? null : blankItem(ctx, c, s, "mention");
      // "(and would be called the _____)": a term applied to the example, not the name of a thing
      if (
        /\bwould\s+be\s+(?:called|known\s+as|referred\s+to\s+as|termed)\s+(?:the\s+|an?\s+)?$/i.test(
          s.text.slice(0, c.term.a),
        )
      )
        return null;
      // "stones, some weighing over fifty tons, that were fitted …", "After a short interval, during which …": a
      // relative clause after a quantity or a phrase of everyday words tells what happened then, it names nothing
      if (relativeAfterEveryday(c, ctx)) return null;
      // "a weekly journal called The _____" (Harbinger), "a faint companion called _____" (Alcor): a name the section
      // gives once, for one example's detail, is trivia (pK's raters); "known as the XYZ affair" names an event
      // (counted in the text: the reader may not see the name as a noun phrase where it comes again, "the Coercive Acts")
      if (info && c.term.a > 0 && !info.inHeading && PROPER_ONLY.test(c.term.text) && saidOnce(ctx, s.doc, c.term.text))
        return null;
      // "Copperheads, a term that many antiwar Democrats accepted": a past form the lexicon knows only as a verb is no name
      if (/^\p{Ll}+ed$/u.test(c.term.text) && ctx.lexicon.isVerb(c.term.text) && !ctx.lexicon.isNoun(c.term.text))
        return null;
      return blankItem(ctx, c, s, "naming") ?? subjectNamedCard(ctx, c, s, info);
    case "list":
      // a closed classification ("two basic cell types: …", "consists of …"); an open list ("include …") is not
      return c.closed ||
        /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b/i.test(c.cue) ||
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
    case "contrast":
      return settingItem(ctx, c, s);
    case "superlative":
      return superlativeItem(ctx, c, s);
  }
}
