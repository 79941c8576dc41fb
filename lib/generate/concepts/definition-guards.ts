// Whether a definition candidate's gloss says what its term means: the readings that look like definitions and are
// not (a property, an example in the reader's scene, a name people give themselves, a noun inside a relative clause, a
// hedge, a list of parts, the noun after "is a" defined). The gloss a card shows is gloss-trim.ts's.
import type { ConceptBuildCtx } from "./item-kit";
import { titledPerson } from "./name-checks";
import type { ConceptCandidate } from "./types";
import { singular } from "./np";
import { dangles } from "./prompt";
import { escapeRegExp } from "../text/scan";
import { PERSON_PRONOUN, anyone } from "./naming-items";
import { claimGloss, clausal, differentiated, pointsOutside, vagueGloss } from "./glosses";

/** verbs that name ("a membrane called the perichondrium"): the phrase after them is the name, not an object */
const NAMING_VERB = /^(?:called|named|termed|labeled|labelled|dubbed|known|referred|described|defined)$/;
/** the past tense of verbs that do not end in -ed ("the warriors oversaw the work", "workers underwent changes") */
const PAST_ONLY =
  /^(?:oversaw|underwent|became|began|came|chose|drew|drove|fell|fought|gave|grew|knew|ran|rose|saw|spoke|stood|took|wrote|overthrew|undertook|withdrew|forbade)$/;
/** irregular forms that are past tense or participle ("held by", "made of" are phrases; "held the office" is not) */
const IRREGULAR_PAST =
  /^(?:brought|built|held|kept|led|lost|made|met|paid|sent|sold|spread|struck|taught|thought|told|won|sought)$/;
const DETERMINER = /^(?:a|an|the|this|that|these|those|its|their|his|her|our|your|some|many|each|every|no)$/;
/** "a more balanced view": a degree word makes the participle an adjective */
const DEGREE = /^(?:more|most|less|least|very|well|so|too|quite|rather|highly|fully|poorly|newly|recently)$/;
const CLAUSE_START = /^(?:that|which|who|whom|whose|where|when|while|because|if|as|whereby|and|but|or)$/;
const AFTER_PARTICIPLE =
  /^(?:by|in|on|at|to|into|onto|from|for|with|within|through|during|under|over|as|of|about|against|between|without|after|before|via|and|or|but)$/;

/**
 * "the Constitution’s framers granted Congress specific powers …", "the silver ion spontaneously oxidized copper": a
 * noun, a past-tense verb and its object before any relative word: the gloss is a sentence of its own, read as an
 * appositive or after a colon ("a protein produced by …", "a molecule called ATP" are phrases: no object follows)
 */
function sentenceGloss(ctx: ConceptBuildCtx, gloss: string): boolean {
  const words = gloss.split(/\s+/).map((w) => w.toLowerCase().replace(/[^\p{L}’'-]/gu, ""));
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i]!;
    if (CLAUSE_START.test(w)) return false;
    const pastOnly = PAST_ONLY.test(w);
    const past = pastOnly || IRREGULAR_PAST.test(w) || (/^\p{Ll}{3,}ed$/u.test(w) && ctx.lexicon.isVerb(w));
    if (!past || NAMING_VERB.test(w)) continue;
    const prev = /ly$/.test(words[i - 1]!) && i > 1 ? words[i - 2]! : words[i - 1]!;
    const nounBefore =
      /['’]s$/.test(prev) ||
      (!DETERMINER.test(prev) &&
        !DEGREE.test(prev) &&
        (ctx.lexicon.isNoun(prev) || ctx.lexicon.isNoun(singular(prev))));
    // (its object: an article, a name or a noun; "located just above …" goes on with an adverb)
    const next = gloss.split(/\s+/)[i + 1]!;
    const object = DETERMINER.test(words[i + 1]!) || /^\p{Lu}/u.test(next) || ctx.lexicon.isNoun(words[i + 1]!);
    if (nounBefore && (object || pastOnly) && !AFTER_PARTICIPLE.test(words[i + 1]!)) return true;
  }
  return false;
}

/** "provided wealthy slaveholders, who were a minority …": a term read from before its verb starts with the verb */
function verbLed(ctx: ConceptBuildCtx, term: string): boolean {
  const first = /^\p{Ll}+ed(?=\s)/u.exec(term)?.[0];
  return !!first && ctx.lexicon.isVerb(first) && !ctx.lexicon.isNoun(first);
}

/** "a competitive specialty in medicine", "important sources of revenue": a judgement of the thing, not its kind */
const JUDGED =
  /^(?:(?:an?|the|one)\s+)?(?:very\s+)?(?:important|major|key|significant|competitive|mild|popular|common|serious|powerful|useful|valuable|famous|well-known|prominent|leading|notable|critical|crucial|vital|excellent|good|great|effective|successful|dangerous|interesting)\s/i;
/** "a mild stimulant that may enhance capabilities": a hedged clause does not set the thing apart either */
const HEDGED_CLAUSE = /\b(?:that|which|who)\s+(?:may|might|can|could|often|sometimes)\b/i;
function judged(gloss: string): boolean {
  return JUDGED.test(gloss) && (!/\b(?:that|which|who|whose|where)\b/i.test(gloss) || HEDGED_CLAUSE.test(gloss));
}

/**
 * A "definition" misread from a sentence that says something else: a judgement ("a competitive specialty"), a
 * sentence of its own after the term ("…, the framers granted Congress …"), a term that starts with a verb, a person
 * with a title ("Kentucky senator Henry Clay, a veteran of …"), a gloss headed by a name. Neither a card nor a blank.
 */
export function misparsedDefinition(ctx: ConceptBuildCtx, term: string, gloss: string): boolean {
  // ("The sacred Jewish text is the Torah, which …", "the Union army—the Army of the Potomac—": a gloss whose head is
  // a name says which one it is, not what the term means)
  return (
    judged(gloss) ||
    sentenceGloss(ctx, gloss) ||
    verbLed(ctx, term) ||
    titledPerson(ctx, term) ||
    namedHead(gloss) ||
    RELATIONAL.test(gloss) ||
    EPONYM.test(gloss) ||
    TWO_MEMBERS.test(gloss)
  );
}

/**
 * "Necrosis, or accidental cell death, causes …": a short gloss the text gives as the term's plain name (not after an
 * everyday word: "the lips, or labia," gives the learned name, not what lips are)
 */
function renamed(ctx: ConceptBuildCtx, c: ConceptCandidate, text: string): boolean {
  if (!c.gloss || c.gloss.a <= c.term.b || !/^,\s+or\s+$/.test(text.slice(c.term.b, c.gloss.a))) return false;
  return ctx.lexicon.frequency(singular(c.term.text.toLowerCase())) < 10;
}

/** ", distribution, and …": the list a gloss's last noun opens goes on after it */
const LIST_GOES_ON =
  /^,\s+(?!(?:and|or|but|was|were|is|are|has|have|had|can|could|may|might|will|would|including|such|especially|like|as|which|that|who|notably|particularly|mainly|mostly|usually|often)\b)(?![\p{L}-]+(?:ed|ing)\b)(?:[\p{L}-]+\s+){0,2}[\p{L}-]+,\s+(?:and|or)\s/u;
const PART_OF_WHOLE = /\b(?:portion|part|region|section|end|area|surface|side|segment) of the \p{L}+/u;

/**
 * "What is the body?" -> "the elongated, central portion of the sternum": a part's everyday name asked without its
 * whole, which only the gloss names (asked the other way round, "the part of the nose that …", the whole is in the stem)
 */
export function partNameAlone(ctx: ConceptBuildCtx, term: string, gloss: string): boolean {
  if (!PART_OF_WHOLE.test(gloss)) return false;
  // ("What is the inferior angle?" -> "the most inferior portion of the scapula": a part named by its place alone)
  return term.includes(" ") ? PLACED_PART.test(term) : ctx.lexicon.frequency(term.toLowerCase()) >= 10;
}
/** "inferior angle", "medial border", "lateral end": a part named by its place, which every bone of the body has */
const PLACED_PART =
  /^(?:(?:anterior|posterior|superior|inferior|medial|lateral|proximal|distal|dorsal|ventral|upper|lower|inner|outer|deep|superficial|middle|central)\s+){1,2}(?:angle|border|margin|end|surface|side|edge|tip|corner|face|pole|part|portion|region|aspect)s?$/i;
/** a gloss ending on a list's first member: "… due to arthritis", "… such as the liver" */
const LIST_OPENS = /\b(?:due to|because of|caused by|such as|including|like)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+$/u;
/** "Prior to 1973, the APA defined …", "Until the 1960s, … were considered …": a past time and a past verb before the term */
const PAST_FRAME =
  /^(?:Prior to|Before|Until|Up until|As late as|During|Throughout|In|By)\s+(?:the\s+)?(?:early\s+|mid-|late\s+)?(?:1\d|20)\d{2}s?,[^.;]*\b(?:was|were|defined|described|classified|regarded|considered|viewed|labell?ed|called)\s+(?:as\s+)?(?:an?\s+|the\s+)?$/;

/**
 * "Prior to 1973, the APA defined homosexuality as …": what was held in a past time is no definition, and its blank
 * teaches the old view as the term's meaning
 */
export function pastView(c: ConceptCandidate, text: string): boolean {
  return PAST_FRAME.test(text.slice(0, c.term.a));
}

/**
 * Readings of a phrase beside a term that name no definition of it:
 * - "… a drop in government spending or a rise in taxes, or a fall in exports or a rise in imports": after ", or" a
 *   gloss that has an "or" of its own goes on with a series of alternatives;
 * - "a situation where, because of a net inflow …": a gloss that stops inside the clause a comma opened after its
 *   relative word is cut before its verb;
 * - "the idea of the self-made man, a desirable thought …", "to handle payments—a process that …": the phrase
 *   describes the idea, or the act the verb before the term names, not the term.
 */
/** "to handle payments": a verb of an infinitive right before the term, its object */
const AFTER_TO_VERB = /\bto\s+\p{Ll}{3,}\s+(?:the\s+|their\s+|its\s+)?$/u;

export function describesSomethingElse(c: ConceptCandidate, text: string, gloss: string): boolean {
  const before = text.slice(Math.max(0, c.term.a - 40), c.term.a);
  if (/,\s+or\s+$/.test(text.slice(Math.max(0, (c.gloss?.a ?? 0) - 6), c.gloss?.a ?? 0)) && /\bor\b/.test(gloss))
    return true;
  const opened = /\b(?:where|when|which|that|who|whom|whereby)\s*,\s/.exec(gloss);
  if (opened && !gloss.slice(opened.index + opened[0].length).includes(",")) return true;
  if (/\b(?:the\s+)?(?:idea|notion|concept|image|myth|ideal)\s+of\s+(?:the\s+|an?\s+)?$/i.test(before)) return true;
  return AFTER_TO_VERB.test(before) && /^\s*[—–]/.test(text.slice(c.term.b));
}

/** "Symbols are multivocal by nature": a word the lexicon knows as no noun, then a preposition: a property, no kind */
function propertyGloss(ctx: ConceptBuildCtx, gloss: string): boolean {
  const m =
    /^(\p{Ll}{3,}(?:al|ic|ive|ous|ful|less|able|ible|ant|ent|ary|ory|ar|ile))\s+(?:by|in|to|for|with|toward|towards|at|on)\b/u.exec(
      gloss.trim(),
    );
  const w = m?.[1];
  return !!w && !ctx.lexicon.isNoun(w) && !ctx.lexicon.isNoun(singular(w)) && !ctx.lexicon.isVerb(w) && !/ing$/.test(w);
}

/**
 * "Digital technology is delivering content anytime, anywhere", "ICT is shifting many areas of society …", "regulators
 * are taking action against …": a copula and a verb in -ing with its object tell what the thing is doing, not what it is
 * (blind raters discarded all 5 such cards and blanks of the kept ratings). An act's name may be defined by the doing
 * ("Brainstorming is generating ideas …").
 */
export function progressiveGloss(c: ConceptCandidate, text: string): boolean {
  if (!c.gloss || !DOING.test(c.gloss.text) || ACT_TERM.test(c.term.text)) return false;
  return /\b(?:is|are)\s+$/i.test(text.slice(0, c.gloss.a));
}
const DOING = /^\p{Ll}{3,}ing\s+(?!of\b|to\b|that\b)\S/u;
const ACT_TERM = /(?:ing|tion|sion|ment)$/i;

/** "According to the visual predation hypothesis, …": what a hypothesis holds (not "According to this theory, …") */
const THEORY_SAYS = /^(?:According to|In|Under)\s+the\s+[^,]{3,60}?\bhypothesis,/;

/** a one-word noun and a relative clause that says what it is: "a vertex, which is one object of …" */
const GENUS_DEFINED = /^(?:an?|the)\s+[\p{L}-]+,\s+(?:which|who)\s+(?:is|are|was|were)\s+(?:an?|the|one)\s/u;

const ADVERB_ADJECTIVE =
  /^(\p{Ll}{3,}ly)\s+[\p{Ll}-]+(?:\s+(?:in|on|at|to|for|with|from|by|of|among|than|when|because|during|if)\b|\s*$)/u;
/** "particularly noticeable in phenols with a nitro group …": an adverb and its adjective are a property, no thing */
export function adverbGloss(ctx: ConceptBuildCtx, gloss: string): boolean {
  // (an adjective with no noun after it: "relatively thin-walled structures", "abnormally increased levels" are things)
  const adverb = ADVERB_ADJECTIVE.exec(gloss)?.[1];
  return !!adverb && !ctx.lexicon.isNoun(adverb);
}

export function notADefinition(ctx: ConceptBuildCtx, c: ConceptCandidate, text: string, gloss: string): boolean {
  if (propertyGloss(ctx, gloss) || claimGloss(c, gloss)) return true;
  // "According to the visual predation hypothesis, primate features are adaptations for …": a theory's claim, whose
  // answer is the theory
  if (THEORY_SAYS.test(text) && c.term.a > 0) return true;
  // "the endothelium, which is continuous throughout the entire vascular system": an adjective and its phrase are a
  // property, not what the thing is ("Business assets are unprotected against claims …")
  const lead =
    /^(\p{Ll}+)\s+(?:throughout|to|for|with|in|on|at|from|of|between|within|across|against|by|under|over|about|into|toward|towards|upon)\b/u.exec(
      gloss,
    )?.[1];
  if (
    lead &&
    !/^(?:an?|the|one|any|some|each)$/.test(lead) &&
    !ctx.lexicon.isNoun(lead) &&
    !ctx.lexicon.isNoun(singular(lead))
  )
    return true;
  // "women should be naram, or soft and malleable": adjectives joined are a quality, not what a term names
  const pair = /^(\p{Ll}+)\s+(?:and|or)\s+(\p{Ll}+)$/u.exec(gloss);
  if (pair && !ctx.lexicon.isNoun(pair[1]!) && !ctx.lexicon.isNoun(pair[2]!) && !ctx.lexicon.isNoun(singular(pair[2]!)))
    return true;
  // "when you begin to connect … the unconditioned stimulus (the taste of the chocolate ice cream in your mouth)": in
  // the reader's scene, a particular thing in brackets is the example's, not what the term means ("the cervix (the
  // lowest part of the uterus)" defines)
  if (c.cue === "paren" && /^the\s/i.test(gloss) && /\b(?:you|your)\b/i.test(text)) return true;
  // "indigenous … speakers refer to themselves as runa": what people call themselves is a name, not a definition
  if (/^(?:themselves|himself|herself|itself|ourselves)\b/i.test(gloss)) return true;
  // "The rate at which issuers pay investors, or the bond's stated coupon rate, …": a noun inside a relative clause
  // is not what the appositive renames
  if (/\b(?:which|whom|whose|who)\b[^,;]*$/i.test(text.slice(0, c.term.a))) return true;
  // a definition that speaks of a person ("… information he believed …") needs the person: not a card alone
  // ("he or she", "his or her" speak of anyone)
  if (PERSON_PRONOUN.test(anyone(gloss))) return true;
  // "the executive, judicial, and legislative": a list of parts is no definition
  if (/^(?:the|a|an)?\s*[\p{L}-]+,\s+[\p{L}-]+,?\s+(?:and|or)\s+[\p{L}-]+$/u.test(gloss)) return true;
  const n = gloss.split(/\s+/).length;
  // "Fertilization is a numbers game": a short gloss without a clause or phrase is a property or a metaphor
  if (
    n < 3 ||
    dangles(gloss) ||
    comparedBefore(gloss) ||
    !differentiated(gloss) ||
    vagueGloss(gloss) ||
    (!c.cue.startsWith("when:") && clausal(gloss)) ||
    // "… to satisfy this need or want": what "this" points to stayed in the sentence before
    pointsOutside(gloss) ||
    // (a line of an announced list is told from its siblings by the class its lead names: "people processing: services
    // toward people’s bodies" among four categories of services)
    (n < 5 &&
      !c.frame &&
      !/\b(?:that|which|who|whose|where|of|in|by|for|with|from|to|between|used)\b/.test(gloss) &&
      !renamed(ctx, c, text))
  )
    return true;
  // "The comet nucleus is a strangely misshapen object about 5 kilometers across", "The impactor was a stony object
  // about 20 meters in diameter": an estimated size or distance measures one particular thing the text describes, not
  // what every thing of the name is (a kind is defined by what it is, not by how large one was)
  if (
    ESTIMATED_MEASURE.test(gloss) &&
    /(?:^|[^\p{L}])(?:the|this|that)\s+$/iu.test(text.slice(Math.max(0, c.term.a - 6), c.term.a))
  )
    return true;
  // "Epidemiology, the study of the incidence, distribution, and control of diseases, …": a gloss read up to the first
  // member of a list is cut ("What is the term for the study of the incidence?")
  if (c.gloss && LIST_GOES_ON.test(text.slice(c.gloss.b))) return true;
  // "… a painful condition that may arise due to arthritis, wearing of the articular cartilage …, or jaw injury": a
  // gloss that ends on the first of the causes or examples the sentence lists is cut
  if (c.gloss && LIST_OPENS.test(gloss) && /^,\s[^.;]*,\s+(?:and|or)\s/.test(text.slice(c.gloss.b))) return true;
  // "The lipids are essentially the phospholipids of the glial cell membrane": a hedge after the verb says what a
  // thing of the passage amounts to, not what the word means
  if (
    /^\s*(?:is|are)\s+(?:essentially|basically|simply|really|actually|merely|just)\s/.test(
      text.slice(c.term.b, c.term.b + 40),
    )
  )
    return true;
  return false;
}

/**
 * "A theory, in contrast, is a less concise statement of observed phenomena": a comparison with what the text said
 * before (a law) is no definition alone
 */
function comparedBefore(gloss: string): boolean {
  return /^(?:an?|the)\s+(?:less|more)\s+\p{L}+/iu.test(gloss) && !/\bthan\b/.test(gloss);
}

/** A sentence that says something of a term without defining it: neither a card nor a blank. */
export function notDefining(c: ConceptCandidate, text: string, gloss: string): boolean {
  const g = gloss.trim();
  return (
    // "The Army Beta test was a non-verbal form of the test …": a form of "the test" is a form of the one told before
    formOfItsKind(c.term.text, gloss) ||
    // "The bell curve is a graph in the general shape of a bell": the picture in the name, not what the thing shows
    picturesName(c.term.text, gloss) ||
    // "Douglas portrayed the Republican Party as an abolitionist effort—one that …": how someone cast a thing
    PORTRAYED_AS.test(text.slice(Math.max(0, c.term.a - 90), c.term.a)) ||
    // "an individual dot is a vertex, which is one object of a set …": the relative clause defines the noun it follows,
    // and the subject is only one of that noun
    GENUS_DEFINED.test(g) ||
    // "(hence its name of follicle-stimulating hormone)": a consequence, not what the thing is
    /^(?:hence|thus|therefore|so that)\b/i.test(gloss) ||
    // "Glial cells, or neuroglia or simply glia, …": other names, not what the thing is
    ONLY_NAMES.test(g) ||
    // "the gluteus minimus, the smallest of the trio": the trio the text named before
    SUPERLATIVE_OF_GROUP.test(g) ||
    // "The posterior cruciate ligament is the stronger ligament": stronger than the one told before
    UNANCHORED_COMPARATIVE.test(g) ||
    // "Adolescence is a socially constructed concept": a vague genus with words in front of it fits many terms
    BARE_VAGUE_GENUS.test(g) ||
    // "The precise cause is a matter of speculation": what is unknown of a thing, not what it is
    OPEN_QUESTION.test(g) ||
    // "Contextualism is a theory about knowledge and justification": the kind and its topic, which fit its rivals too
    KIND_AND_TOPIC.test(g) ||
    // "the view that justification": a claim cut after its subject
    CUT_CLAIM.test(g) ||
    // "Polarization is a disadvantage of presidential regimes": a judgement or an instance, which fits others too
    JUDGED_GENUS.test(g) ||
    // "Regulators are taking action against …", "Companies are discovering that …": what a plural subject is doing
    (!!c.gloss && /\bare\s+$/.test(text.slice(c.term.b, c.gloss.a)) && /^\p{Ll}{2,}ing\s/u.test(g)) ||
    // "An age grade is the level in the hierarchy": a place in a whole the sentence before named
    /^the\s+\p{Ll}+\s+(?:in|within)\s+the\s+\p{Ll}+$/u.test(g) ||
    // "a ratio of one percentage change to another … and we read it as …": the writer's aside is no part of a meaning
    /(?:,|\band)\s+(?:we|you)\s+\p{Ll}+/u.test(g) ||
    // "all the other ways that a nation can …": other than those the sentence before named
    /^(?:all\s+)?(?:the\s+)?other\s/i.test(g) ||
    // "a branch of economics that often focuses on answering that question": the gloss leans on the sentence before
    /\b(?:that|this|these|those|such)\s+(?:questions?|issues?|problems?|debates?|claims?|arguments?)\b/i.test(g) ||
    // "Plant cultivation is both extensive horticulture and intensive agriculture": what it covers, not what it is
    /^(?:both|either|neither)\s/i.test(g) ||
    // "Hunting is a prestige activity, however, giving …": a contrast with what was said before, not a definition
    // ("Interference, however, is a technical term for …" defines: the contrast there is with the sentence before)
    /^\s+(?:is|are|was|were)\s+[^,;.]{1,60},\s+however\b/i.test(text.slice(c.term.b)) ||
    // "Crack cocaine … was hitting the streets in the 1980s": a verb in the past progressive tells what it was doing
    // ("Product placement is putting a product …" defines by a gerund)
    (!!c.gloss && /\b(?:was|were)\s+$/.test(text.slice(c.term.b, c.gloss.a)) && PROGRESSIVE.test(gloss))
  );
}

const BARE_VAGUE_GENUS =
  /^(?:an?|the)\s+(?:\p{Ll}+\s+){0,2}(?:concept|idea|notion|phenomenon|thing|issue|topic|matter|construct|factor|process|aspect)[.]?$/u;

const JUDGED_GENUS =
  /^(?:an?|one|the)\s+(?:(?:\p{Ll}+|other)\s+)?(?:advantage|disadvantage|drawback|benefit|strength|weakness|downside|upside|shortcoming|example|instance|illustration)s?\s+of\b/u;

const CUT_CLAIM =
  /\b(?:view|idea|belief|claim|notion|theory|position|thesis|assumption|principle)\s+that\s+(?:the\s+)?[\p{L}-]+$/u;
const KIND_AND_TOPIC =
  /^(?:an?|the)\s+(?:(?:theory|view|account|idea|concept|approach|position)\s+(?:about|regarding|concerning|on)|critique\s+of)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+$/u;

const OPEN_QUESTION =
  /^(?:an?|the)\s+(?:\p{Ll}+\s+)?(?:matter|subject|question|source|object|topic|point)\s+of\s+(?:\p{Ll}+\s+)?(?:speculation|debate|dispute|conjecture|controversy|discussion|disagreement|contention|opinion|interpretation|uncertainty)\b/u;

const SUPERLATIVE_OF_GROUP =
  /^the\s+(?:\p{Ll}{2,}est|most\s+\p{Ll}+|least\s+\p{Ll}+)\s+of\s+(?:the|these|those)\s+(?:trio|pair|two|three|four|five|six|group|set|others?)\b/u;

const ONLY_NAMES = /^[\p{L}-]+(?:\s+[\p{L}-]+)?,?\s+or\s+(?:simply|just|sometimes|also)?\s*[\p{L}-]+$/u;

const UNANCHORED_COMPARATIVE =
  /^the\s+(?!(?:inner|outer|upper|lower|other|under|over|water|paper|silver|copper|rubber|winter|summer|center|master|matter|river|border|number|member|layer)\b)(?:\p{Ll}{3,}er|more\s+\p{Ll}+|less\s+\p{Ll}+)\s+\p{Ll}+[.]?$/u;

/** "hitting the streets …": a verb's -ing form with its object or path */
const PROGRESSIVE = /^\p{Ll}{2,}ing\s+(?:the|a|an|in|on|to|into|up|down|out|off|over|across|through)\b/u;

const PORTRAYED_AS =
  /\b(?:portray(?:s|ed)?|depict(?:s|ed)?|characteri[sz](?:es|ed)|paint(?:s|ed)?|cast|casts|branded|brands|labell?ed|dismiss(?:es|ed)|denounc(?:es|ed)|ridicul(?:es|ed)|saw|sees|view(?:s|ed)|regard(?:s|ed))\s+[^.;:]{1,70}?\s+as\s+(?:an?\s+|the\s+)?$/i;

/** a term of two words or more said to be a form, version or kind "of the" thing its own last word names */
function formOfItsKind(term: string, gloss: string): boolean {
  const ws = term.toLowerCase().split(/\s+/);
  if (ws.length < 2) return false;
  const head = escapeRegExp(singular(ws[ws.length - 1]!));
  return new RegExp(
    `\\b(?:form|version|variant|variation|type|kind|variety|modification|adaptation|copy) of the ${head}s?\\b`,
    "i",
  ).test(gloss);
}

/** the gloss says a word of the term is the thing's shape: "in the shape of a bell", "bell-shaped", "shaped like a bell" */
function picturesName(term: string, gloss: string): boolean {
  const ws = term.toLowerCase().split(/\s+/);
  if (ws.length < 2) return false;
  return ws.slice(0, -1).some((w) => {
    const e = escapeRegExp(w);
    return new RegExp(
      `\\b(?:shape|form|outline) of an? ${e}\\b|\\b${e}-shaped\\b|\\bshaped like an? ${e}\\b`,
      "i",
    ).test(gloss);
  });
}

const ESTIMATED_MEASURE =
  /\b(?:about|approximately|roughly|nearly|some|around)\s+[\d,.]+\s*(?:kilometers?|km|meters?|miles?|feet|centimeters?|cm|kilograms?|kg|tons?|years?|light-years?)\b/i;

/**
 * "rheumatic fever, a result of infection with Streptococcus bacteria", "slavery, the foundation of the Confederacy":
 * what a thing leads to or comes from, or its role in one named thing, fits other things as well; it is no definition
 */
const RELATIONAL =
  /^(?:(?:an?|one)\s+(?:(?:common|frequent|possible|likely|direct|major|rare)\s+)?(?:result|consequence|outcome|effect|by-?product|sign|symptom|cause|source)\s+of\b|the\s+(?:(?:main|chief|primary|very)\s+)?(?:foundation|basis|cornerstone|centerpiece|heart|core|backbone|symbol|hallmark|focus|target|goal|aim|enemy|ally|pride|lifeblood|engine|seat|center|centre)\s+of\s+(?:the\s+)?\p{Lu})/u;

/** "crypt of Lieberkühn", "the loop of Henle": another name, after a person, not what the thing is */
const EPONYM = /^(?:the\s+)?[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+of\s+\p{Lu}[\p{L}-]+$/u;
/** "Primary lymphoid organs are the bone marrow and thymus gland": its two members, not what the kind is */
const TWO_MEMBERS = /^the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+and\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?$/u;

/** the first noun phrase of a gloss, up to a preposition, a relative word, a comma or a bracket */
const FIRST_NP =
  /^(?:an?|the|one)\s+((?:[\p{L}\d’'-]+\s+){0,4}?[\p{L}\d’'-]+)(?=\s*[,(;]|\s+(?:of|in|on|at|to|for|from|with|by|that|which|who|whose|where|and|or)\b|$)/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** "the Army of the Potomac", "a seven-member Federal Communications Commission (FCC)": a name, not a genus */
function namedHead(gloss: string): boolean {
  const np = FIRST_NP.exec(gloss)?.[1];
  if (!np) return false;
  return CAPITALISED.test(np.split(/\s+/).pop()!);
}
