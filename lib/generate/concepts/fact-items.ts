// Item forms for what a sentence states beside definitions: list cards ("Name the four …"), other names ("What is
// another name for …?"), meanings, causes and ranks ("What is the most abundant gas on Venus?").
import { apparatusRanges, cutRanges } from "./apparatus";
import { isStop, singular } from "./np";
import { normAnswer } from "../text/words";
import { BLANK, clean, dangles, leansOnContext, lowerFirst, upperFirst } from "./prompt";
import { circular, transparent, vagueGloss } from "./glosses";
import { everydayWord } from "./everyday";
import type { ConceptCandidate } from "./types";
import { finish, saidOnce, surface, type ConceptBuildCtx, type ConceptItem, type StatedSentence } from "./item-kit";
import type { TermInfo } from "./terms";
import { withContext } from "./stand-alone";
import { COMPARISON_OPENING } from "./phrase";
import { NOT_A_PERSON } from "./superlatives";
import { ILLUSTRATION_START } from "./mention-items";
import { CITED_YEAR_PAREN, NUMBER_WORD } from "./lists";

/** a name: capitalised words ("Guangzhou", "New York", "Asia-Pacific", "sub-Saharan Africa"; not "IgM", a class's
 * symbol) */
const NAME_ONLY = /^(?:\p{Ll}+-)?\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)*(?:\s+\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)*){0,3}$/u;
const LOWER_START = /^\p{Ll}/u;
const STATISTIC =
  /\b(?:top|bottom|rank|ranks|ranked|ranking|scale|percent|estimated|highest|lowest|largest|smallest|million|billion)\b|%/i;
const LAST_LOWER_WORD = /(\p{Ll}+)\W*$/u;
const nounOrPlural = (ctx: ConceptBuildCtx, w: string) => ctx.lexicon.isNoun(w) || ctx.lexicon.isNoun(singular(w));

/** "called …", "known as …": a naming word before a list's members */
const NAMING_LEAD = /^(?:called|known as|termed|named|referred to as)\s+/i;

export function listItem(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  if (!c.gloss || c.cue.split(/\s+/).length < 4) return null;
  // "Some theorists differentiate among three types of countries: …": one school's classification among others,
  // its school unnamed
  if (/^(?:Some|Other|Certain|A few)\s+\p{Ll}+s\b/u.test(c.cue)) return null;
  // ("There are two other groups who can make up the difference: …": "other" than ones the text named before; "For
  // example, Oracle … to include features such as …": an illustration's detail)
  // ("X is related to two other important concepts: …" names what they are other than)
  if (/^(?:\S+\s+){0,3}other\b/i.test(c.cue) || ILLUSTRATION_START.test(s.text)) return null;
  const rest = clean(s.text.slice(c.gloss.b));
  // ("The three stages of interphase are called G1, S, and G2": the naming word stays in the stem, not in the answer)
  const named = NAMING_LEAD.exec(c.gloss.text)?.[0] ?? "";
  const cue = classifying(clean(c.cue.replace(/[:—–-]\s*$/, ""))) + (named ? " " + named.trim() : "");
  const built = `${upperFirst(cue)}${/:$/.test(c.cue.trim()) ? ":" : ""} ${BLANK}${rest ? (/^[,;]/.test(rest) ? "" : " ") + rest : ""}.`;
  const inContext = withContext(built, s, ctx.lexicon);
  // ("Although there are many types of cells …, they are organized into four broad categories of tissues: …": the
  // class the cue names is asked on its own where the sentence leans on what came before)
  const asked = inContext ? null : classQuestion(cue);
  const prompt = inContext ?? asked;
  if (!prompt) return null;
  const thing = c.term.text ? ctx.inv.get(c.term.text) : undefined;
  const members = c.members.map((m) =>
    ctx.inv.get(m.text.replace(/\s*\([^)]*\)/g, "").replace(/^(?:the|a|an)\s+/i, "")),
  );
  const best = members.reduce((m, t) => Math.max(m, t?.importance ?? 0), thing?.importance ?? 0);
  if (c.gloss.text.split(/\s+/).length > 14) return null;
  // "The two branches are each empowered to oversee …": what the members do, not which they are
  if (/^(?:each|both|all|also|not|never|often|usually|then|only)\b/i.test(c.gloss.text)) return null;
  // "five other ports: Guangzhou, Shanghai, Ningbo, Fuzhou, and Xiamen": four or more places or people by name are a
  // roll to recite, not a classification to learn
  // ("the lower end of the scale includes Bangladesh, Venezuela, and Nigeria": names from a ranking or a count are
  // a statistic's detail)
  // ("Walmart entered the market by purchasing two chains: Wertkauf and Interspar": names the text does not come back
  // to are one example's detail; blind raters accepted 4 of 20 lists of names)
  const bare = c.members.map((m) => m.text.replace(/^(?:and|or)\s+|\s*\([^)]*\)/g, "").trim());
  const names = bare.every((m) => NAME_ONLY.test(m));
  const once = bare.some((m) => saidOnce(ctx, s.doc, m));
  if (names && (c.members.length >= 4 || STATISTIC.test(s.text) || once)) return null;
  // "a virus consists of proteins and genetic material—either DNA or RNA, but never both—that …": the list goes on
  // (not a citation after it, "secure, avoidant, and resistant (Ainsworth & Bell, 1970)", nor a gloss that ends the
  // sentence, "the stratum basalis and the stratum functionalis (the basal and functional layers).")
  if (LIST_GOES_ON.test(s.text.slice(c.gloss.b))) return null;
  // "(1) the circuit courts, or U" + ".S. courts of appeals …": a list cut inside an abbreviation is no answer
  if (/^\.\p{L}/u.test(s.text.slice(c.gloss.b))) return null;
  // "primary groups and secondary groups (Cooley 1909)": the citation is no part of the answer
  const listed = c.gloss.text.slice(named.length);
  const answer = cutRanges(listed, apparatusRanges(listed)).replace(/[\s,;:]+$/, "");
  const r = finish(ctx, s, asked ? "flashcard" : "cloze", prompt, answer, undefined, c.rel, thing, best || 2);
  if (r) r.term = thing?.key ?? "";
  return r;
}

/** a dash or a parenthesis after a list's members, not a citation nor a gloss that ends the sentence */
const LIST_GOES_ON = new RegExp(String.raw`^\s*(?:[—–]|(?!${CITED_YEAR_PAREN}|\([^()]*\)\s*[.!]?\s*$)\()`);

/** "In addition, ", "However, ": a tie to what came before at the start of a classification */
const LIST_LEAD =
  /^(?:In addition|Additionally|Also|However|Therefore|Thus|Hence|Essentially|Specifically|Moreover|Furthermore|As (?:shows|illustrates|indicates|summarizes)),\s+(?=\p{L})/u;
/** "is also divided", "can therefore be subdivided", "can further divide": a tie to what came before inside it */
const LIST_TIE = /\s+(?:also|therefore|thus|hence|further|usefully)(?=\s+\p{Ll})/gu;
/** "We can divide elasticities into …": the writer's "we" divides the class for anyone */
const WE_DIVIDE =
  /^We\s+can\s+(?:also\s+|further\s+|usefully\s+)?(divide|classify|group|separate|sort|split)\s+((?:the\s+)?[^,;:]{3,50}?)\s+into\s+/;
const PARTICIPLE: Record<string, string> = {
  divide: "divided",
  classify: "classified",
  group: "grouped",
  separate: "separated",
  sort: "sorted",
  split: "split",
};

/**
 * The cue of a classification as it holds on its own: "The eye is also divided into two cavities" -> "The eye is
 * divided into two cavities", "In addition, there are two classes of …" -> "There are two classes of …", "We can
 * usefully divide elasticities into three broad categories" -> "Elasticities can be divided into three broad
 * categories". The classification says the same without the tie to the sentence before, which would otherwise
 * drop it (a list card was kept by blind raters more often than any other form).
 */
export function classifying(cue: string): string {
  const untied = upperFirst(cue.replace(LIST_LEAD, "").replace(LIST_TIE, ""));
  const we = WE_DIVIDE.exec(untied);
  if (!we) return untied;
  return `${upperFirst(we[2]!)} can be ${PARTICIPLE[we[1]!]!} into ${untied.slice(we[0].length)}`;
}

/** the plural of a class a count announces */
const CLASSES = String.raw`(?:types|kinds|categories|classes|forms|parts|components|stages|steps|phases|groups|elements|functions|properties|characteristics|features|levels|branches|regions|layers|lobes|factors|principles|sources|causes|roles|divisions|periods|approaches|methods|models|theories|perspectives|schools|varieties|structures|organs|systems|mechanisms|processes|tissues)`;
/** "four broad categories of tissues" ending the cue or before its verb ("Two types of pressure interact …") */
const NAMED_CLASS = new RegExp(
  String.raw`\b${NUMBER_WORD}\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?)${CLASSES}\s+of\s+([^,:;—–()]{3,60}?)(?=\s*$|\s+(?:are|is|were|can|may|interact|exist|emerge|include|have|has)\b)`,
  "iu",
);

/** "What are the four broad categories of tissues?": the class a classification's cue names, if it stands alone */
export function classQuestion(cue: string): string | null {
  const m = NAMED_CLASS.exec(cue);
  // (a class of one word, "two types of partners", "three types of graphs", was the cue's subject's: alone it is vague)
  if (!m || !/\S\s+\S/.test(m[3]!) || /\s(?:to|of|the|a|an|in|for|and|or)$/i.test(m[3]!)) return null;
  const q = `What are the ${m[0].replace(/^\p{Lu}/u, (x) => x.toLowerCase())}?`;
  return dangles(m[0]) || leansOnContext(q) ? null : q;
}

/** "An alternative name for the antisense strand of DNA", "another name for a chirality center" */
export const ALTERNATIVE_NAME = /^(?:an?|the)\s+(?:alternative|other|another)\s+name\s+(?:for|of)\s+/i;

/**
 * "Stereogenic center: An alternative name for a chirality center": the gloss gives no definition but another name,
 * asked as one ("What is another name for a chirality center?" → stereogenic center); not "What is stereogenic
 * center?" → "An alternative name for …", which blind raters of nT refused.
 */
export function alternativeNameCard(
  ctx: ConceptBuildCtx,
  s: StatedSentence,
  info: TermInfo,
  gloss: string,
  answer: string,
): ConceptItem | null {
  const other = gloss
    .replace(ALTERNATIVE_NAME, "")
    .replace(/,\s.*$|\s+(?:which|that|used|in which)\s.*$/s, "")
    .trim();
  if (!other || other.split(/\s+/).length > 8 || /\b(?:this|these|it|they)\b/i.test(other)) return null;
  return finish(ctx, s, "flashcard", `What is another name for ${other}?`, answer, undefined, "alias", info);
}

export function aliasItem(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  const info = ctx.inv.get(c.term.text);
  if (!info || !c.gloss) return null;
  // only names the text gives on purpose ("also known as"); an abbreviation or a gloss in parentheses is a cue,
  // not a fact worth a card of its own
  if (c.cue !== "also" || /^\p{Lu}[\p{Lu}\d&-]+s?$/u.test(c.gloss.text)) return null;
  // "also known as short-term memory, or random access memory (RAM)": with a second name after it, the one asked
  // for is one answer of two
  // ("duty-based ethics (also known as Kantian ethics and/or deontology)" gives two)
  if (/^,?\s+(?:or|and\/or)\s/.test(s.text.slice(c.gloss.b))) return null;
  // "A closely held corporation, also known as a close corporation": a name that is the term with a modifier before
  // it names a kind of the term as the text cut it ("corporation"), not the term by another name
  if (normAnswer(c.gloss.text).endsWith(" " + normAnswer(c.term.text))) return null;
  // "isovolumic … (also known as isovolumetric …)": a spelling of the same words is no second name to learn
  if (spellingVariant(c.term.text, c.gloss.text)) return null;
  // "The first cervical (C1) vertebra is also called the atlas": a term cut by a bracket before it is half a term
  if (/\)\s*$/.test(s.text.slice(0, c.term.a))) return null;
  // "stored as a thick protein mixture also called a colloid": one thing described, then named; no second name
  if (/\b(?:an?)\s+$/i.test(s.text.slice(0, c.term.a))) return null;
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

/** Two names that differ in one word, and that word only after a shared stem of five letters or more. */
export function spellingVariant(a: string, b: string): boolean {
  const wa = a.toLowerCase().split(/\s+/);
  const wb = b.toLowerCase().split(/\s+/);
  if (wa.length !== wb.length) return false;
  const diff = wa.map((w, i) => [w, wb[i]!] as const).filter(([x, y]) => x !== y);
  if (diff.length !== 1) return false;
  const [x, y] = diff[0]!;
  let k = 0;
  while (k < x.length && x[k] === y[k]) k++;
  return k >= 5;
}

/** a clause: a pronoun or a quantifier first, or a finite verb among its first words */
const CLAUSE_GLOSS =
  /^(?:it|they|he|she|we|you|each|both|all|one|is|are|was|were)\b|^(?:\S+\s+){0,4}(?:is|are|was|were|has|had|did|does|takes|runs|moves|becomes)\b/i;

/** "acellular (not composed of cells)" -> What does “acellular” mean? */
export function meaningItem(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  const info = ctx.inv.get(c.term.text);
  if (!info || !c.gloss) return null;
  const gloss = clean(c.gloss.text);
  // "hindbrain (composed of the pons and the medulla)": what a thing is made of is no meaning of its name
  if (/^(?:composed|made up|consisting|comprised|formed|built up) of\b/i.test(gloss)) return null;
  // "totipotent, meaning each has the capacity to divide", "curvilinear, meaning younger voters are less likely to
  // vote": a clause says what follows in this case, not what the word means (raters accepted 2 of 14 such cards)
  // ("communicable, meaning they are capable of being spread …": a state of the word's own subject is its meaning)
  if (CLAUSE_GLOSS.test(gloss.replace(/^(?:they|it)\s+(?:is|are)\s+(?=\p{Ll})/iu, ""))) return null;
  const n = gloss.split(/\s+/).length;
  if (
    n < 3 ||
    n > 24 ||
    circular(gloss, c.term.text) ||
    transparent(gloss, c.term.text) ||
    vagueGloss(gloss.replace(/^(?:they|it)\s+/i, "")) ||
    // "less generous, meaning individuals must …", "cells … that remain (not having migrated …)": a gloss of an
    // everyday word says what the sentence means by it, not a term to learn
    everydayWord(c.term.text, ctx.lexicon)
  )
    return null;
  return finish(ctx, s, "flashcard", `What does “${c.term.text}” mean?`, gloss, undefined, "definition", info);
}

/** "the inflammation": "the" and one noun */
const BARE_THE_NOUN = /^the\s+\p{Ll}+$/u;

/** the present of a cause's verb, asked of what the text puts in the present ("is produced by" -> "What produces …?") */
const ACTIVE: Record<string, string> = {
  caused: "causes",
  triggered: "triggers",
  produced: "produces",
  "brought about": "brings about",
};

export function causeItem(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  if (!c.gloss) return null;
  const effect = lowerFirst(clean(c.gloss.text));
  if (dangles(effect)) return null;
  const sp = c.cue.indexOf(" ");
  const aux = sp < 0 ? c.cue : c.cue.slice(0, sp);
  const participle = sp < 0 ? "caused" : c.cue.slice(sp + 1);
  const verb = aux === "was" || aux === "were" ? participle : (ACTIVE[participle] ?? "causes");
  const own = `What ${verb} ${effect}?`;
  const prompt = withContext(own, s, ctx.lexicon);
  // ("What causes the inflammation?", "What causes the debate?": a bare "the" and one noun is the one the text spoke
  // of before, which the card shows only with the sentence that named it)
  if (!prompt || (prompt === own && BARE_THE_NOUN.test(effect))) return null;
  return finish(ctx, s, "flashcard", prompt, clean(c.term.text), undefined, "cause", undefined);
}

/** "What is perhaps the most important set of rules for any institution or organization?" -> constitution */
const ORDINAL_OF_LIST =
  /\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|next)\s+(?:[\p{Ll}-]+\s+)?(?:types?|ways?|kinds?|forms?|phases?|stages?|steps?|categor(?:y|ies)|class(?:es)?|groups?|parts?|mechanisms?|methods?|levels?|principles?|elements?)\b/iu;

const RANK_WORD =
  /\bthe\s+(primary|secondary|first|second|third|principal|main|chief|final)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iu;

/**
 * "What is the primary motor cortex in the precentral gyrus?" -> "Area 4": the ranking word is part of a name the text
 * keeps using ("primary motor cortex"), which ranks nothing.
 */
function rankInName(ctx: ConceptBuildCtx, cue: string, doc: number): boolean {
  const m = RANK_WORD.exec(cue);
  if (!m) return false;
  const all = m[2]!.split(/\s+/);
  const stop = all.findIndex((w) => isStop(w.toLowerCase()));
  const words = stop < 0 ? all : all.slice(0, stop);
  // (two words at least: "the first president" said twice still ranks; "the primary motor cortex" names)
  for (let k = 2; k <= words.length; k++) {
    const phrase = `${m[1]!.toLowerCase()} ${words.slice(0, k).join(" ")}`;
    const t = ctx.inv.get(phrase);
    if ((t && (t.freq >= 2 || t.defined || t.named)) || ctx.inv.says(doc, phrase) >= 2) return true;
  }
  return false;
}

const NON_LETTERS = /[^\p{L}]+/u;
const HEDGE = /\b(?:perhaps|arguably|probably|possibly)\s+(?=the\b)/i;
const PERSON_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}\p{Ll}+$/u;
const AGENT_RANK = /^What (?:was|is) the (?:first|last|only)(\s+\p{Ll}+)? to\s/u;
const NOT_A_THING =
  /^(?:in what|what|which|that|this|it|due|responsible|caused|based|able|likely|unlikely|similar|different|present|absent|known)\b/i;

export function superlativeItem(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  // "What is the third type of protein fiber …?" after a sentence that names one of the others: an ordinal needs the
  // whole list (blind raters flagged every such card on h62/h63)
  if (dangles(c.cue) || ORDINAL_OF_LIST.test(c.cue)) return null;
  if (rankInName(ctx, c.cue, s.doc)) return null;
  // "… after the War of 1812 was due, in large measure, to …" -> "due": the answer is no thing
  // ("Just as attachment is the main …": a comparison's opening is no answer either)
  if (NOT_A_THING.test(c.term.text) || COMPARISON_OPENING.test(c.term.text.split(NON_LETTERS)[0] ?? "")) return null;
  // "… on the basis of how each is transduced" -> "transduced", "a dorsal (posterior) root ganglion" -> "a dorsal": an
  // answer that ends on no noun was cut or misread
  const last = LAST_LOWER_WORD.exec(c.term.text)?.[1];
  if (last && LOWER_START.test(c.term.text.split(/\s+/).pop() ?? "") && !nounOrPlural(ctx, last)) return null;
  // "Who was perhaps the greatest astronomer of antiquity?": the card asks the rank the text gives, without its hedge
  // ("What was the first to recognize …?" -> Benjamin Malzberg: one who acts is asked with "Who")
  const cue = c.cue.replace(HEDGE, "");
  // "What was the primary export of both Virginia?": a "both" without its "and" lost half of what it ranks
  if (/\bboth\b(?![^?]*\b(?:and|&)\b)/i.test(cue)) return null;
  // ("What was the first nation to …?" -> Great Britain: a ranked place is no one)
  const ranked = AGENT_RANK.exec(cue)?.[1]?.trim() ?? "";
  const who =
    PERSON_NAME.test(c.term.text) && AGENT_RANK.test(cue) && !NOT_A_PERSON.test(ranked)
      ? cue.replace(/^What\b/, "Who")
      : cue;
  const prompt = withContext(who, s, ctx.lexicon);
  if (!prompt) return null;
  const info = ctx.inv.get(c.term.text);
  // "The ensuing Battle of Kursk": the word that ties it to the story before is no part of the answer
  const answer = c.term.text.replace(/^(?:the\s+)?(?:ensuing|subsequent|resulting|following|aforementioned)\s+/i, "");
  return finish(ctx, s, "flashcard", prompt, answer, undefined, "superlative", info);
}
