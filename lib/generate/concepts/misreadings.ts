// Readings that look like definitions and are not (holdout sets' flags): the words around a term that show it is
// no term being defined, and glosses that describe, praise or point elsewhere instead of saying what the term means.
import { singular } from "./np";
import type { ConceptCandidate } from "./types";
import type { TermInfo } from "./terms";
import { unweighted } from "./term-weight";

/**
 * Readings of the words around a term that show it is no term being defined (holdout hW's misreadings): "The result
 * today is a political system …" (a time word ends no term), "profitability and responsibility, or integration of …"
 * (the second of a pair), "loyalty is a two-way street, a feeling …" (what follows renames the subject, not the
 * metaphor), "the Sanctuary of Our Lady of Lourdes, a site …" (a name that runs on before the term).
 */
const TIME_WORD_END = /\s(?:today|now|then|here|there|instead|again|too)$/i;
// ("ebony, incense, and especially gold, a commodity that …": the last of a list, however stressed)
const PAIR_BEFORE = /\s(?:and|or|nor)\s+(?:(?:especially|particularly|even|also|above all)\s+)?$/;
/** "A number of government services are examples of …": a quantity of things is no term */
const QUANTITY_TERM =
  /^(?:(?:an?|the)\s+)?(?:number|lot|lots|variety|range|couple|handful|majority|minority|series|host|array)\s+of\b/i;
/**
 * Between the term and its gloss, words that make the sentence something else than a definition: a generalisation
 * ("Scholars were often native speakers of Greek"), a step of an argument ("Flourishing is thus a matter of …"), one
 * more property ("The company was also the inventor of …"), a description ("utilitarianism can be described as …", "The
 * structure of metallic crystals is often described as …").
 */
const NOT_DEFINING_LINK =
  /(?:\b(?:is|are|was|were)\s+(?:(?:often|usually|sometimes|generally|typically|mostly|mainly|largely|frequently|rarely|thus|therefore|hence|then|also|still)\s+)+|\b(?:can|may) be (?:described|seen|viewed|thought of|understood) as\s+|\b(?:is|are)\s+(?:(?:often|usually|commonly|generally|sometimes|typically)\s+)?(?:described|pictured|portrayed|depicted)\s+as\s+)$/i;
/** "In everyday language, hedonism refers to …": the popular sense, which the text sets against the term's own */
const POPULAR_SENSE =
  /^(?:In (?:everyday|common|ordinary|popular|casual) (?:language|usage|speech|parlance|use)|Colloquially|Popularly),/i;
/**
 * "The company was …", "The client is …": "the" and an everyday noun alone is a thing of the passage (Corning, the
 * network in question), not a term the sentence defines
 */
const THE_EVERYDAY = /^the\s+\p{Ll}+$/iu;
/**
 * "a hard word to translate", "a relatively simple and straightforward task", "a massive and intricate system",
 * "standard features in a wide variety of products": adjectives on an all-purpose noun, with no clause or "of" phrase
 * that sets the thing apart, describe; they do not define
 */
const DESCRIBED_ONLY =
  /^(?:(?:an?|the)\s+)?(?:(?:relatively|very|quite|rather|extremely|highly|fairly)\s+)?(?:\p{Ll}+,?\s+(?:and\s+)?){1,3}(?:word|words|task|tasks|system|tool|tools|feature|features|thing|things|matter|issue|situation|area|part|one|kind|sort)(?=$|\s+(?:to|in|for|on|with|at|when|because)\b)/u;
const PREDICATE_BEFORE = /\b(?:is|are|was|were|becomes|became)\s+an?\s+$/i;
const NAME_BEFORE = /\s\p{Lu}[\p{L}'’-]*\s+$/u;
/**
 * Glosses that are no definitions: "taking place in the cosmetics and food industries" ("are taking place": a verb in
 * the progressive), "… culture or corporate mission, nearly everyone understands …" (a main clause after the comma), "a
 * reflection of …, as in the IBM and Merck examples" (examples the card does not show), "a practice often associated
 * with specific life stages" (an association is no differentia).
 */
const PROGRESSIVE = /^\p{Ll}{3,}ing\s+(?:place|in|on|at|to|into|from|over|up|out|off|away|back|down|around)\b/u;
const MAIN_CLAUSE =
  /,\s+(?:(?:nearly|almost)\s+)?(?:everyone|everybody|no one|nobody|most people|many people|few people|we|they|you|he|she)\s+\p{Ll}{2,}/u;
const PRAISE =
  /^(?:an?|the)\s+(?:(?:very|most|especially|particularly)\s+)?(?:powerful|valuable|useful|important|effective|great|potent)\s+(?:[\p{L}-]+\s+(?:to|for|against)\b|(?:approach|tool|way|method|technique|strategy|force|means|weapon|driver|antidote|remedy)\b)/iu;
/**
 * "a quick and relatively inexpensive way to enter the global market" (joint venture), "a simple tool, which may reveal
 * only part of the story", "a beneficial tool that …": an easy or handy means says what the thing is good for, which
 * fits many of a section's terms
 */
const HANDY_MEANS =
  /^(?:an?|the)\s+(?:(?:very|relatively|fairly|particularly)\s+)?(?:quick|fast|inexpensive|cheap|easy|simple|beneficial|convenient|efficient|handy|helpful)(?:\s+and\s+(?:(?:very|relatively|fairly)\s+)?\p{Ll}+)?\s+(?:approach|tool|way|method|technique|means|option|vehicle|resource|instrument)s?\b/iu;
/**
 * Subjects that are no terms: "The best training programs are …" (a verdict on the best of a kind), "A common primary
 * battery is the dry cell, which …" (a kind named by its instance: the term is the dry cell), "WhatsApp, an encrypted
 * communication app owned by …" (a firm or a product of one, an example's name)
 */
const RANKED_SUBJECT = /^(?:the\s+)?(?:best|worst|ideal|most|least)\s/i;
const INSTANCE_GLOSS = /^the\s+(?:(?!of\b)[\p{Ll}-]+\s+){0,2}(?!of\b)[\p{Ll}-]+,\s+(?:which|who)\s/u;
const COMMERCIAL_GLOSS =
  /^(?:an?|the)\s+(?:(?!(?:an?|the|of)\s)[\p{L}-]+\s+){0,3}(?:company|app|brand|retailer|website|platform|startup|manufacturer|firm)(?=$|,|\s*\(|\s+(?:that|which|who|owned|founded|based|known|headquartered)\b)/iu;

/** a word that rates what it comes before ("a popular effect", "a common work benefit", "a simple definition of …") */
const RATED_SUBJECT =
  /^(?:common|popular|simple|typical|good|great|major|key|important|useful|notable|classic|famous|frequent|favou?rite)\s/i;
/** the sentence opens on an indefinite article right before the term */
const INDEFINITE_OPENING = /^(?:An?|One)\s+$/;

/**
 * "A popular effect is the making of “smoke” …", "A common work benefit is a tuition reimbursement program": an
 * indefinite subject led by a word that rates it, said only once (`timesSaid`), brings in an instance, not a term ("a
 * simple machine", which the text goes on using, is one). Beside RANKED_SUBJECT's verdicts, which need no count.
 */
export function ratedInstance(c: ConceptCandidate, text: string, timesSaid: number): boolean {
  return timesSaid <= 1 && RATED_SUBJECT.test(c.term.text) && INDEFINITE_OPENING.test(text.slice(0, c.term.a));
}

/** The sentence's subject is no term it defines (see RANKED_SUBJECT). */
function notATermSubject(c: ConceptCandidate, gloss: string): boolean {
  if (RANKED_SUBJECT.test(c.term.text)) return true;
  if (c.subject && INSTANCE_GLOSS.test(gloss)) return true;
  return /^\p{Lu}/u.test(c.term.text) && COMMERCIAL_GLOSS.test(gloss);
}
/** "conflicting ideas" as "ideas that are diverse and disparate": the term's own head with adjectives restates it */
const HEAD_AND_ADJECTIVES =
  /^(?:(?:an?|the)\s+)?(\p{Ll}+)\s+that\s+(?:is|are)\s+[\p{Ll}-]+(?:,?\s+(?:and|or)\s+[\p{Ll}-]+)?$/u;
const EXAMPLES_POINTED =
  /,?\s+as in (?:the|these|those|our)\b|\bin (?:our|this|the) (?:example|illustration|case study)\b/i;
const ASSOCIATION_ONLY =
  /^(?:an?|the)\s+[\p{L}-]+\s+(?:(?:often|usually|commonly|frequently|typically|closely)\s+)?(?:associated|linked|connected)\s+with\b/iu;

/**
 * "variable costs" as "the costs of the variable inputs", "average cost" as "the cost on average of producing …": a
 * gloss that holds every word of a term of several words before any clause of its own restates it
 */
function circular(gloss: string, term: string): boolean {
  const ws = term.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  if (ws.length < 2 || ws.length !== term.trim().split(/\s+/).length) return false;
  // (in the gloss's own clause a word of the name is what the thing does: "a journal that records sales")
  const g = ` ${gloss.toLowerCase().split(/\b(?:that|which|who|whose|where|when)\b/)[0]} `;
  return ws.every((w) => g.includes(` ${w.replace(/s$/, "")}`));
}

/** The words between a term and the gloss after it ("was often", ": "), or null where the gloss comes first or is none. */
function link(c: ConceptCandidate, text: string): string | null {
  return c.gloss && c.gloss.a > c.term.b ? text.slice(c.term.b, c.gloss.a) : null;
}

/** The sentence does not define the term it seems to (`text`: the sentence; `gloss`: its gloss, cleaned). */
export function misreadDefinition(
  c: ConceptCandidate,
  text: string,
  gloss: string,
  everyday: (word: string) => boolean = () => false,
): boolean {
  const before = text.slice(0, c.term.a);
  if (TIME_WORD_END.test(c.term.text) || PAIR_BEFORE.test(before) || QUANTITY_TERM.test(c.term.text)) return true;
  if (POPULAR_SENSE.test(text) || circular(gloss, c.term.text)) return true;
  if (c.subject && NOT_DEFINING_LINK.test(link(c, text) ?? "")) return true;
  const lead = text.slice(Math.max(0, c.term.a - 4), c.term.b);
  if (c.subject && THE_EVERYDAY.test(lead.trim()) && everyday(c.term.text.toLowerCase())) return true;
  if (PREDICATE_BEFORE.test(before) && /^,\s+(?:an?|one)\s/.test(text.slice(c.term.b))) return true;
  if (/^\p{Lu}/u.test(c.term.text) && NAME_BEFORE.test(before)) return true;
  const restating = HEAD_AND_ADJECTIVES.exec(gloss)?.[1];
  if (restating && singular(restating) === singular(c.term.text.split(/\s+/).pop()!.toLowerCase())) return true;
  // ("the afflicted member—a powerful antidote to illness …": praise, wherever the gloss was found)
  return (
    notATermSubject(c, gloss) ||
    PRAISE.test(gloss) ||
    HANDY_MEANS.test(gloss) ||
    DESCRIBED_ONLY.test(gloss) ||
    PROGRESSIVE.test(gloss) ||
    MAIN_CLAUSE.test(gloss) ||
    EXAMPLES_POINTED.test(gloss) ||
    ASSOCIATION_ONLY.test(gloss)
  );
}

/**
 * A phrase read as defined in passing ("… woven into daily life, a sort of auditory backdrop …", "… is crude oil, a
 * complex mixture that …") that the text gives no weight (see unweighted) and uses at most twice, or an everyday word:
 * not the subject of its sentence, and neither set apart by layout ("pigment (molecule that absorbs light)", "avoidance
 * behaviors: mental or behavioral acts …") nor called a term ("use the term alternative modernity to describe …") nor
 * defined by when it holds ("Something is a fact when …")
 */
export function passedOver(
  c: ConceptCandidate,
  text: string,
  info: TermInfo,
  everydayWord: (word: string) => boolean,
): boolean {
  if (c.subject || !unweighted(info) || c.cue === "paren" || c.cue.startsWith("when:")) return false;
  if (/^\s*:\s*$/.test(link(c, text) ?? "")) return false;
  if (/\bterms?\s+["“]?$/i.test(text.slice(0, c.term.a))) return false;
  const everyday = !info.key.includes(" ") && everydayWord(info.key);
  return info.freq < 3 || everyday;
}

/**
 * "Stability was a constant problem for the Mamluk Sultanate", "Civil forfeiture was a mainstay of the war on drugs",
 * "Spirals were galaxies in which …" (an early idea the text then corrects): a term's definition speaks in the
 * general present; "was"/"were" between a subject and its gloss narrates what something was then, which a card that
 * asks "the term for …" turns into a false or a senseless definition (blind raters on hA: 0 of 4 such cards)
 */
export function narrated(c: ConceptCandidate, text: string): boolean {
  return c.subject && /^\s*(?:was|were)\s+$/.test(link(c, text) ?? "");
}
