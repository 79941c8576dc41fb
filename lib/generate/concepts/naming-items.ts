// Items that ask for a name or by one: "What is X?" from a naming ("… is called X"), "What is the term for lobbyists
// who …?" from a compound term's relative clause, and the grammar of asking (the article, the tense, an adjective).
import { ADJECTIVE_END, isPluralPhrase } from "./np";
import { clean, indefinite, leansOnContext } from "./prompt";
import type { ConceptCandidate } from "./types";
import { finish, surface, type ConceptBuildCtx, type ConceptItem, type StatedSentence } from "./item-kit";
import { DIFFERENTIA, circular, clausal, differentiated, vagueGloss } from "./glosses";

export const PERSON_PRONOUN = /\b(?:he|she|his|her|him)\b/i;
/** "he or she", "his or her", "him or her" speak of anyone, not of a person the text names */
export const anyone = (t: string) =>
  /\b(?:an? (?:individual|person|child|student|patient|worker|member)|someone|somebody)\b/i.test(t)
    ? t.replace(/\b(?:he|she|his|her|him)\b/gi, "one")
    : t.replace(/\b(?:he or she|she or he|his or her|her or his|him or her|her or him)\b/gi, "one");

/**
 * When the blank gives itself away ("… known as the _____ because … X, Y, and Z"), the name asked the other way:
 * "What was the XYZ affair?" -> "the attempt to extract a bribe". Past tense for a named event, present otherwise.
 */
export function namingCard(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  const info = ctx.inv.get(c.term.text);
  // (a theory's claim says what it holds, not what it is: "What is deontology?" -> "each of us owes …" is wrong)
  if (!info || !c.gloss || c.cue === "described" || c.cue === "claims" || c.cue === "frame") return null;
  const gloss = clean(c.gloss.text);
  const n = gloss.split(/\s+/).length;
  if (
    n < 3 ||
    n > 20 ||
    // "a certain level": a genus and an adjective say what kind of thing, not which
    (n < 6 && !DIFFERENTIA.test(gloss)) ||
    !differentiated(gloss) ||
    !/^(?:the|a|an)\s/i.test(gloss) ||
    vagueGloss(gloss) ||
    clausal(gloss) ||
    leansOnContext(gloss) ||
    PERSON_PRONOUN.test(anyone(gloss)) ||
    // "a body of law" (known as trade secrets), "the area of study" (called corporate finance): a collective says what
    // the name belongs to, not what it is
    (n <= 4 &&
      /^(?:an?|the)\s+(?:body|set|group|kind|type|form|sort|series|collection|area|field|branch|domain|discipline|line)\s+of\s/i.test(
        gloss,
      ))
  )
    return null;
  const term = surface(c.term.text, info);
  // "What is stage 1 sleep?" -> "the first stage of NREM sleep": a gloss that repeats the name explains nothing
  if (circular(gloss, term)) return null;
  // ("What is diplontic?": an adjective's meaning is asked for)
  if (adjectival(ctx, term))
    return finish(ctx, s, "flashcard", `What does “${term}” mean?`, gloss, undefined, "naming", info);
  // (a naming verb is no past tense: "The reaction center of PSII (called P680) delivers …")
  const past = /^\p{Lu}/u.test(term) && /\b(?:was|were|had|did)\b|\w+ed\b/.test(s.text.replace(NAMING_WORDS, ""));
  const plural = isPluralPhrase(term);
  const before = s.text.slice(0, c.term.a).replace(/[“"]\s*$/, "");
  // the article the text gives the term ("a signaling molecule called a neurotransmitter" -> "What is a neurotransmitter?");
  // a name in capitals takes "the" unless it is a code ("P680", "PSII")
  const article =
    (/^\p{Lu}/u.test(term) && !CODE_NAME.test(term)) || /\bthe\s+$/i.test(before)
      ? "the "
      : !plural && /\ban?\s+$/i.test(before)
        ? indefinite(term)
        : "";
  const verb = past ? (plural ? "were" : "was") : plural ? "are" : "is";
  return finish(ctx, s, "flashcard", `What ${verb} ${article}${term}?`, gloss, undefined, "naming", info);
}

/** A one-word term with an adjective's ending that the lexicon knows as no noun ("diplontic", "acellular"). */
export function adjectival(ctx: ConceptBuildCtx, term: string): boolean {
  return !term.includes(" ") && ADJECTIVE_END.test(term.toLowerCase()) && !ctx.lexicon.isNoun(term.toLowerCase());
}

/** nouns of a quantity or a state that take no article ("energy which …", "unemployment which …") */
const MASS_NOUN =
  /^(?:income|capital|energy|water|information|knowledge|evidence|research|money|power|labou?r|trade|inflation|unemployment|employment|growth|debt|credit|heat|matter|work|output|production|consumption|wealth|behavior|behaviour|culture|education|health|pollution)$/i;

/** a field, a doctrine or a quality takes no article: "photography", "genetics", "socialism", "awareness" */
const MASS_SUFFIX = /\p{Ll}(?:graphy|logy|ics|ism|ness)$/u;

/** naming verbs, which end in -ed without telling a past */
const NAMING_WORDS = /\b(?:called|named|termed|labell?ed|dubbed|referred)\b/g;
/** "P680", "PSII", "DNA": a code or an acronym is named without an article */
const CODE_NAME = /^(?:\p{Lu}+\d[\p{L}\d]*|\p{Lu}{2,}[\p{L}\d]*)$/u;

/** a relative clause that tells a story (past tense) rather than what the kind of thing is */
const TOLD = /\b(?:was|were|had|did)\b|\b\p{Ll}{3,}ed\b/u;

/**
 * "in-house lobbyists, who work for one interest group or firm and represent their organization …": a compound term
 * whose relative clause says, in the present, what its kind of thing does or is is asked for by that description:
 * "What is the term for lobbyists who work for one interest group …?" -> in-house lobbyists. Not a one-word term (its
 * head would be the answer), not a story ("who founded …"), not a term the text uses once.
 */
export function describedCard(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  const info = ctx.inv.get(c.term.text);
  if (!info || !c.gloss || c.cue !== "described") return null;
  // ("…, who work for one interest group …, and/or will hire …": the clause ends where another predicate starts)
  const clause = clean(c.gloss.text.replace(/\s*(?:,\s*(?:and|or|but|and\/or)\b|;).*$/s, ""));
  const words = clause.split(/\s+/).length;
  const term = surface(c.term.text, info);
  const ws = term.split(/\s+/);
  const head = ws[ws.length - 1]!;
  // (a term the text uses once is described in passing: "the richest families, who buy offices …")
  if (
    ws.length < 2 ||
    info.freq < 2 ||
    words < 5 ||
    words > 25 ||
    TOLD.test(clause) ||
    // ("the memory system, which can take weeks or longer": what a thing may do is no definition of it)
    /^(?:which|that|who)\s+(?:can|may|might|could|will|would|should|must)\b/.test(clause) ||
    // ("a variety of dating techniques, which allows the archaeologist …": a singular verb after a plural term speaks
    // of the whole clause before it)
    (isPluralPhrase(term) &&
      /^(?:which|that)\s+(?!is\b|was\b|has\b)\p{Ll}+s\s+(?:the|an?|us|them|it|for|to|in|on|with)\b/u.test(clause))
  )
    return null;
  // ("lobbyists who … represent their organization": "they" of a plural term is the term's own)
  const own = isPluralPhrase(term) ? clause.replace(/\b(?:they|their|them|themselves)\b/gi, "") : clause;
  if (leansOnContext(own) || PERSON_PRONOUN.test(anyone(own)) || /\b(?:this|these|those)\b/i.test(own)) return null;
  // ("What is the term for a budget which remains …?": a singular head takes its article)
  // (a mass noun takes none: "unemployment which occurs …", not "an unemployment")
  const article = isPluralPhrase(head) || MASS_NOUN.test(head) || MASS_SUFFIX.test(head) ? "" : indefinite(head);
  const prompt = `What is the term for ${article}${head.toLowerCase()} ${clause}?`;
  return finish(ctx, s, "flashcard", prompt, term, undefined, "naming", info);
}

/** "…, which means that …", "…, which involves …": what a name stands for, said as a clause after it */
const MEANS_CLAUSE = /^which\s+(means|involves)\s+(?:that\s+)?/i;

/**
 * "Another method of cost sharing is coinsurance, which means that the insurance company covers a certain percentage
 * of the cost" -> "What does coinsurance mean?"; "… what Rogers called unconditional positive regard, which involves
 * not judging clients …" -> "What does unconditional positive regard involve?". The clause is what the term stands
 * for, in the writer's words.
 */
export function meansCard(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  const info = ctx.inv.get(c.term.text);
  const m = MEANS_CLAUSE.exec(c.gloss?.text ?? "");
  if (!info || !m || !c.gloss) return null;
  const clause = clean(c.gloss.text.slice(m[0].length).replace(/\s*(?:;|,\s*(?:but|and|while|whereas)\s).*$/s, ""));
  const words = clause.split(/\s+/).length;
  if (words < 4 || words > 30 || leansOnContext(clause) || /\b(?:this|these|those)\b/i.test(clause)) return null;
  if (PERSON_PRONOUN.test(anyone(clause)) || /^\p{Lu}/u.test(c.term.text)) return null;
  const term = surface(c.term.text, info);
  const the = /\bthe\s+$/i.test(s.text.slice(0, c.term.a)) ? "the " : "";
  const verb = m[1]!.toLowerCase() === "means" ? "mean" : "involve";
  const plural = isPluralPhrase(term) && !the;
  const prompt = `What ${plural ? "do" : "does"} ${the}${term} ${verb}?`;
  return finish(ctx, s, "flashcard", prompt, clause, undefined, "naming", info);
}
