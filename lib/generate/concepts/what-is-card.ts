// The "What is X?" card (or "Who is X?", "What does “X” mean?") answered by the gloss, worded as the text uses the name:
// its article, its number, "Who" for a person, another name the sentence gives.
import { isPluralPhrase } from "./np";
import { indefinite, withScope } from "./prompt";
import type { TermInfo } from "./terms";
import type { ConceptCandidate } from "./types";
import { finish, type ConceptBuildCtx, type ConceptItem, type StatedSentence } from "./item-kit";
import { partNameAlone } from "./definition-guards";
import { adjectival } from "./naming-items";
import { glossSaysOne, glossSaysTheOne, namedAfterPerson, seldomSaid, usedAsCount } from "./gloss-shape";
import type { Lexicon } from "./lexical";
import { repeatsName, restatesName, sharedWords, transparent } from "./glosses";

/** The sentence's own plural of a lower-case term the inventory keeps in the singular, else the term. */
function asWritten(written: string, answer: string): string {
  const w = written.charAt(0).toLowerCase() + written.slice(1);
  if (w === answer || /\p{Lu}/u.test(answer) || /\p{Lu}/u.test(w)) return answer;
  return isPluralPhrase(w) && !isPluralPhrase(answer) && w.startsWith(answer.slice(0, -1)) ? w : answer;
}

const UPPER_START = /^\p{Lu}/u;
/** the verb right after the term, in the singular ("… bonds is", "… bonds (or debentures) is") */
const SAYS_IS = /^\s*(?:\([^)]*\)\s*)?(?:is|was|has)\b/;

/** "What is X?" (or "Who is X?", "What does “X” mean?") answered by the gloss: the card where no term card fits. */
export function whatIsCard(
  ctx: ConceptBuildCtx,
  c: ConceptCandidate,
  s: StatedSentence,
  info: TermInfo,
  gloss: string,
  answer: string,
): ConceptItem | null {
  // "the hypothalamus (one of the limbic structures) releases corticotropin-releasing factor, a hormone …": after the
  // subject's parenthesis a word in -s is its verb, not the start of a term
  if (/\)\s*$/.test(s.text.slice(Math.max(0, c.term.a - 3), c.term.a)) && /^\p{Ll}+s\s/u.test(answer)) return null;
  if (partNameAlone(ctx, c.term.text, gloss)) return null;
  // ("Bonuses are a combination of …" asks "What are bonuses?", not "What is bonus?": the form the sentence defines)
  answer = asWritten(c.term.text, answer);
  const { article, plural } = articleOf(ctx, c, s, info, gloss, answer);
  const verb = plural ? "are" : "is";
  // a person or a party: "Who is the petitioner?"
  // ("Alcuin of York, an Anglo-Saxon who …": a capitalised name of a person's kind is a person)
  // ("The FDIC is an independent, quasi-public corporation …": a body is asked "What", whatever its genus's senses)
  const who =
    info.genusClasses[0] === "person" &&
    (info.classes[0] === "person" || UPPER_START.test(answer)) &&
    !BODY_GENUS.test(gloss) &&
    // ("Markovnikov's rule": a person's rule is a thing)
    !/['’]s\s/.test(answer)
      ? "Who"
      : "What";
  // another name the sentence gives ("An event schema, also known as a cognitive script, is …") belongs in the question
  const alias = [...info.aliases]
    .map((k) => ctx.inv.terms.get(k)?.display ?? k)
    .find((a) => s.text.toLowerCase().includes(a.toLowerCase()) && !gloss.toLowerCase().includes(a.toLowerCase()));
  const aka = alias ? ` (also called ${alias})` : "";
  // "What is bacteriology?" -> "the study of bacteria": the name gives its definition away; so does a gloss that
  // repeats two words of the name ("the information processing cycle" -> "… involved in processing information")
  // ("What is speed?" -> "the speed needed to move away from Earth forever": a one-word name its gloss repeats)
  if (
    transparent(gloss, answer) ||
    sharedWords(gloss, answer) >= 2 ||
    restatesName(gloss, answer) ||
    repeatsName(gloss, answer)
  )
    return null;
  // ("What is diplontic?": an adjective's meaning is asked for)
  // ("In the case of the individual level of analysis, what is power?": the scope the definition holds in)
  const asked = adjectival(ctx, answer) ? `What does “${answer}” mean?` : `${who} ${verb} ${article}${answer}${aka}?`;
  const prompt = withScope(asked, s.text, c.term.a);
  return finish(ctx, s, "flashcard", prompt, gloss, undefined, "definition", info);
}

/**
 * The article and the number a "What is X?" card asks the name with (`answer`, as the sentence writes it): the
 * article the text puts before it, or the one its gloss and its uses give ("What is a hybrid orbital?", "What is the
 * turnover number?", "What is negative feedback?", "What are bonuses?").
 */
function articleOf(
  ctx: ConceptBuildCtx,
  c: ConceptCandidate,
  s: StatedSentence,
  info: TermInfo,
  gloss: string,
  answer: string,
): { article: string; plural: boolean } {
  // (the article right before the term: "begin with a reactant, …")
  const art = /(?:^|[^\p{L}])(an?|the)\s+$/iu
    .exec(s.text.slice(Math.max(0, c.term.a - 5), c.term.a))?.[1]
    ?.toLowerCase();
  // ("Gametangia (singular, gametangium) are …": the text says the word is plural where its ending does not)
  // ("Cryptococcus neoformans" names one species, whatever its ending)
  // ("preparing financial budgets": a gerund's phrase is one act, "What is …?")
  // ("Selling bonds is an alternative to …": a word in -ing that is also a noun, "selling", is a gerund where the
  // sentence's own verb says the phrase is one thing)
  const gerund =
    /^\p{Ll}{3,}ing\s/u.test(answer) &&
    (!ctx.lexicon.isNoun(answer.split(" ")[0]!) || SAYS_IS.test(s.text.slice(c.term.b)));
  // ("Thermoplastics are the polymers …": a word in -ics is plural where the sentence's verb says so)
  const after = s.text.slice(c.term.b);
  const plural =
    !info.species &&
    !gerund &&
    (isPluralPhrase(answer) || /^\s*\(singular,?\s/i.test(after) || (/ics$/i.test(answer) && /^\s+are\b/.test(after)));
  // a countable thing takes an article even where the text has none ("What is a cleft chin?"); a process or a
  // state does not ("What is negative feedback?")
  // ("What is White flight?": a name-like term written with a capital takes no article of its own)
  // ("Communism is an economic system …": a singular noun that opens a sentence bare is used without one: no "What is a
  // communism?")
  // ("Hybrid orbital: An orbital derived from …": a line of a book's list of key terms, the text saying the name
  // nowhere else)
  const low = ctx.inv.lowText(s.doc);
  const listedOnce = c.term.a === 0 && s.text.charAt(c.term.b) === ":" && seldomSaid(low, answer);
  const countable =
    !plural &&
    !UPPER_START.test(answer) &&
    ((s.text.slice(0, c.term.a).trim() !== "" &&
      /^(?:body|artifact|object|person|animal|plant|location|group)$/.test(info.classes[0] ?? "")) ||
      (!art && glossSaysOne(answer, gloss, c.genus) && (usedAsCount(low, answer) || listedOnce)));
  // ("The social institutions are patterns …" asks "What are social institutions?": a plural kind needs no "the")
  // ("Labor force is the number of …" opens bare, but the text says "the labor force": the article the text uses)
  // ("What are the underpinnings of economic growth?": a plural made particular by its "of" keeps its "the")
  const definite =
    (art === "the" ||
      (!art && !countable && saidWithThe(low, answer)) ||
      (!art &&
        !info.species &&
        namedAfterPerson(
          answer,
          (w) => knownWord(ctx.lexicon, w),
          (w) => commonWord(ctx.lexicon, w),
        )) ||
      (!art && listedOnce && glossSaysTheOne(answer, gloss))) &&
    (!plural || /\sof\s/.test(answer));
  // ("A Pronouns is a word …", as a text may misprint it: a plural takes no "a")
  const article = definite ? "the " : !plural && ((art && art !== "the") || countable) ? indefinite(answer) : "";
  return { article, plural };
}

const LOWER_PHRASE = /^\p{Ll}[\p{Ll}-]*(?:\s+[\p{Ll}-]+)+$/u;

/**
 * The text (`low`, in lower case) writes the name after "the" at least twice and more often than without it ("the
 * labor force"), where the name is a lower-case phrase of two words or more.
 */
function saidWithThe(low: string, name: string): boolean {
  if (!LOWER_PHRASE.test(name)) return false;
  const n = name.toLowerCase();
  let withThe = 0;
  let all = 0;
  for (let i = low.indexOf(n); i >= 0; i = low.indexOf(n, i + n.length)) {
    all++;
    if (low.slice(Math.max(0, i - 4), i) === "the ") withThe++;
  }
  return withThe >= 2 && 2 * withThe > all;
}

/** a genus that names a body, not a person: "an independent, quasi-public corporation" */
const BODY_GENUS =
  /\b(?:corporation|company|agency|organi[sz]ation|institution|bank|firm|association|union|party|committee|council|court|board|body|bureau|department|commission|authority|group|network)\b/i;

/** The lexicon knows the word as a word of the language, not only as a person's name ("white", not "hofmann"). */
function knownWord(lexicon: Lexicon, w: string): boolean {
  const classes = lexicon.nounClasses(w);
  return (classes.length > 0 && classes[0] !== "person") || lexicon.isVerb(w) || lexicon.frequency(w) > 0;
}

/** A word met in everyday or general English ("reaction", "rearrangement"; not a species' epithet, "pestis"). */
function commonWord(lexicon: Lexicon, w: string): boolean {
  return lexicon.frequency(w) > 0 || (lexicon.spoken?.(w) ?? 0) > 0;
}
