// What a definition's gloss says, judged before it becomes an item: vague ("one in which …", "a related molecule"),
// generic ("a passive process of transport"), undifferentiated ("a cluster of cells"), circular or transparent (it
// repeats the term's own words), or not what the term is (a reason, a comparison, another name).
import { isPluralPhrase } from "./np";
import { PROPORTION } from "./prompt";
import { hasSpacedWords } from "../text/scan";
import type { ConceptCandidate } from "./types";

/**
 * A gloss that says nothing alone: a pronoun head ("one in which …"), a pointer to what came before ("a related
 * molecule", "such a drug"), a clause cut at a conjunction or preposition ("… are affected by drugs that … and"), a
 * hedge ("perhaps the ultimate substructure of matter"), advice ("one that entrepreneurs should explore") or a remark
 * after the genus ("a special physical quantity, joining …"; not ", including …", which says what the gloss covers:
 * "the study of psychological disorders, including their symptoms …") or a purpose ("an attempt to increase the wages
 * of …").
 * ("a specific version of a gene" classifies: a kind of a thing the gloss names.)
 */
const VAGUE_GLOSS =
  /^(?:the|a)\s+(?:next|previous|following|last|latter|former)\b|^(?:from|in|to|by|with|at|on|for|of|into|through|between|among|under|over|within)\s|\b(?:perhaps|possibly|probably|potentially|arguably|maybe|should)\b|^(?:an?|the)\s+(?:particular|certain|specific|given|special)\s(?!(?:version|variant|form|type|kind|class|category)\s+of\s)|\bvarious\b[^,;]*\band other\b|\b(?:in|of)\s+(?:one|some|many|most)\s+of\s+(?:its|their)\b|^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+,\s+(?!(?:including|excluding|regarding|concerning|according|following|involving)\s)\p{Ll}+ing\s|^(?:the\s+)?(?:one|ones|this|that|these|those|it|they|another|other|others)\b|^(?:a|an|the)\s+(?:related|similar|same|other|such|latter|former|opposite|reverse)\b|^(?:a|an|the)\s+(?:first|second|third|fourth|fifth|final|last)\s+(?:type|kind|form|category|class|example|way|group)\b|^such\b|^(?:an?|the)\s+(?:\p{Ll}+\s+)?attempt\s+to\s/iu;
/** a gloss cut at a conjunction or a preposition ("… drugs that … and") */
const CUT_END = /\b(?:and|or|but|of|to|in|by|with|that|which|as|what|who)$/i;

/** "a group that people compare themselves to": a relative clause may end on its preposition */
const STRANDED = /\b(?:that|which|whom)\s+(?:[\p{L}'’-]+\s+){1,5}(?:to|with|for|in|on|about|from|of|at)$/iu;
/** "… a remark on itself": the gloss stops where its object was */
const REFLEXIVE_END = /\b(?:itself|themselves)$/i;

/** "the most reactive in group 12", "the largest of the moons": a superlative without its noun ("the most reactive what?") */
const HEADLESS_SUPERLATIVE =
  /^the\s+(?:(?:most|least)\s+\p{Ll}+|\p{Ll}+est)\s+(?:in|on|at|for|to)\b|^the\s+(?:most|least)\s+\p{Ll}+$/u;

export function vagueGloss(gloss: string): boolean {
  return (
    VAGUE_GLOSS.test(gloss) ||
    HEADLESS_SUPERLATIVE.test(gloss) ||
    ((CUT_END.test(gloss) || REFLEXIVE_END.test(gloss)) && !STRANDED.test(gloss))
  );
}

/** a generic head ("a passive process of …", "the amount of …") with at most an adjective before it */
const GENERIC_HEAD =
  /^(?:an?|the)\s+(?:[\p{Ll}-]+\s+)?(?:amount|process|type|kind|form|change|way|means|state|condition|measure|number|set|part|method|quantity|degree|level)\s+(?:of|in)\s/u;
const CLAUSE_WORD = /\b(?:that|which|who|whom|whose|where|when|used|whereby)\b/;

/** A short gloss on a generic head, without a clause: it fits many terms of a section ("the amount of solute in a solution"). */
export function genericGloss(gloss: string): boolean {
  return GENERIC_HEAD.test(gloss) && gloss.split(/\s+/).length <= 7 && !CLAUSE_WORD.test(gloss);
}

/** words that carry no content of their own in a gloss */
const GLOSS_FUNCTION_WORDS = new Set(
  "a an the of to in on for and or by with that which is are was were its their it as at from be this these those who whom whose".split(
    " ",
  ),
);

/**
 * A short indefinite gloss, "a hormone secreted by the thyroid gland", "a mixture of glycoproteins and collagen": one
 * of a kind with at most five words of content. Asked for the term it fits several of a section's terms (blind raters
 * of pM-pT accepted 5 of 27 such cards, against 14 of 16 with six or seven words); asked "What is calcitonin?", the
 * gloss is a true answer. A definite gloss ("the fluid portion of the blood") names one thing and stays.
 */
export function thinGloss(gloss: string): boolean {
  if (!/^an?\s/i.test(gloss)) return false;
  const words = gloss.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w !== "" && !GLOSS_FUNCTION_WORDS.has(w.toLowerCase()));
  return words.length <= 5;
}

/** a part's noun at the head of a gloss: "the outer layer …", "a division of …", "an extension of …" */
const PART_HEAD =
  /^(?:an?|the|one)\s+(?:[\p{Ll}-]+\s+)?(layer|part|portion|region|segment|section|branch|division|subdivision|extension|end|side|surface|lining|projection|piece)s?\b/u;
/** parts a whole has many of: which one a gloss means needs more than the whole's name */
const MANY_PER_WHOLE = /^(?:portion|segment|section|branch|division|subdivision|extension|piece|projection)$/;

/**
 * A part without its whole: "a division of a lobe" (of a lung), "an extension of the epidermis" (one of many). Asked
 * for the term, the card fits any lobe's division or any of the epidermis's extensions (blind raters of pQ and pR:
 * vague); asked "What is a bronchopulmonary segment?", the term names the whole and the gloss answers.
 */
export function partWithoutWhole(gloss: string): boolean {
  const m = PART_HEAD.exec(gloss);
  if (!m) return false;
  const of = /^\s+of\s+(an?\s+|the\s+)?([\p{L}-]+)\s*[.;,]?\s*(.*)$/u.exec(gloss.slice(m[0].length));
  // ("the layer where the Sun becomes opaque", "the fluid portion of the blood": a definite part is one)
  if (!of || of[3] !== "" || !/^(?:an?|one)\s/.test(gloss)) return false;
  // "of a lobe": any lobe; "an extension of the epidermis": one of the many extensions it has
  return /^an?\s/.test(of[1] ?? "") || MANY_PER_WHOLE.test(m[1]!);
}

/** "Stated needs are those that are clearly specified …": "those" is the term's own head ("needs that are …") */
export function restated(gloss: string, term: string, one = false): string {
  const head = term.trim().split(/\s+/).pop() ?? "";
  if (!term.includes(" ")) return gloss;
  const m = /^those\s+(?=(?:that|which|who)\s)/i.exec(gloss);
  if (m) return isPluralPhrase(term) ? head.toLowerCase() + " " + gloss.slice(m[0].length) : gloss;
  // (`one`: "A double-blind experiment is one in which both …" -> "an experiment in which both …", to judge it)
  const m1 = /^one\s+(?=(?:in which|that|which|who|where|whose|by which)\s)/i.exec(gloss);
  if (!one || !m1 || isPluralPhrase(term) || !/^\p{Ll}[\p{Ll}-]*$/u.test(head)) return gloss;
  return (/^[aeiou]/i.test(head) ? "an " : "a ") + head.toLowerCase() + " " + gloss.slice(m1[0].length);
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/** A long word of the term whose first seven letters a word of the gloss holds ("corporation", "incorporates"). */
export function stemInside(gloss: string, term: string): boolean {
  const g = gloss.toLowerCase();
  const ws = term.toLowerCase().split(/\s+/);
  // (the head of a phrase may be its genus: "a molecule that …" defines "polar molecule")
  if ((ws.length > 1 ? ws.slice(0, -1) : ws).some((w) => w.length >= 8 && g.includes(w.slice(0, 7)))) return true;
  // "asymmetrical animals" for "animals with no pattern or symmetry": the negated stem spells the term
  if (!NEGATION.test(g)) return false;
  return ws.some((w) => {
    const stem = w.replace(NEGATIVE_PREFIX, "");
    return stem !== w && stem.length >= 7 && g.includes(stem.slice(0, 6));
  });
}

const NEGATION = /\b(?:no|not|without|lacks?|lacking|absence)\b/;
const NEGATIVE_PREFIX = /^(?:non-?|un|in|im|ir|il|dis|anti-?|a)/;

/** The gloss repeats a word of the name (or the name's number as an ordinal: "stage 1" -> "the first stage"). */
export function circular(gloss: string, term: string): boolean {
  const g = " " + gloss.toLowerCase() + " ";
  for (const w of term.toLowerCase().match(/\p{L}{4,}|\d+/gu) ?? []) {
    if (
      /^\d+$/.test(w)
        ? g.includes(" " + (ORDINALS[Number(w) - 1] ?? "\u0000") + " ")
        : new RegExp(`\\b${w.replace(/s$/, "")}`, "u").test(g)
    )
      return true;
  }
  return false;
}

/**
 * How many modifiers of the name (its words of four letters or more before its head, a final "s" aside) the gloss
 * repeats; the head itself may be the gloss's genus ("a public company" -> "a company that sells its shares …").
 */
export function sharedWords(gloss: string, name: string): number {
  const g = ` ${gloss.toLowerCase()} `;
  const ws = name.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  let n = 0;
  for (const w of new Set(ws.slice(0, -1))) if (g.includes(` ${w.replace(/s$/, "")}`)) n++;
  // the head in another form restates it too ("income segmentation" -> "segmenting the market on the basis of income")
  const head = ws.length > 1 ? ws[ws.length - 1]! : "";
  if (head.length >= 7 && !g.includes(` ${head.replace(/s$/, "")}`) && g.includes(` ${head.slice(0, 6)}`)) n++;
  return n;
}

/** words that say only that a thing is a kind or a part of something */
const VACUOUS = new Set(
  "group groups type types kind kinds form forms class category part main primary chief central defining feature features characteristic characterized marked involving involves involve related associated specific particular certain various".split(
    " ",
  ),
);

/**
 * Every word of a name of several words stands in the gloss, itself or by its stem, and little else: "depressive
 * disorders" -> "a group of disorders in which depression is the main feature" says nothing the name does not.
 */
export function restatesName(gloss: string, name: string): boolean {
  const ws = name.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  if (ws.length < 2) return false;
  const g = ` ${gloss.toLowerCase()}`;
  const said = (w: string) =>
    g.includes(` ${w.replace(/s$/, "")}`) || (w.length >= 7 && g.includes(` ${w.slice(0, 6)}`));
  if (!ws.every(said)) return false;
  // (a gloss that goes on to say more, "a journal that records sales of goods on credit", defines; "a group of … in
  // which … is the main feature" says only that it is a kind of its head)
  const own = new Set(ws.map((w) => w.slice(0, 6)));
  const more = (gloss.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter(
    (w) => !own.has(w.slice(0, 6)) && !GLOSS_FUNCTION_WORDS.has(w) && !VACUOUS.has(w),
  );
  return more.length <= 1;
}

/** A one-word name its gloss repeats: "speed" -> "the speed needed to move away from Earth forever" */
export function repeatsName(gloss: string, name: string): boolean {
  if (/\s/.test(name.trim())) return false;
  return hasSpacedWords(gloss.toLowerCase(), name.toLowerCase());
}

/**
 * The name spells its meaning out: "bacteriology" -> "the study of bacteria", "acellular" -> "not composed of cells"
 * (a word of the gloss shares most of its start with a word of the name, a negating prefix aside).
 */
export function transparent(gloss: string, term: string): boolean {
  // (a name of several words describes by nature: "the availability heuristic" … "readily available")
  if (/\s/.test(term.trim())) return false;
  const tws = (term.toLowerCase().match(/\p{L}{4,}/gu) ?? []).flatMap((w) => {
    const bare = w.replace(/^(?:non|un|in|im|anti|a)(?=\p{L}{5,})/u, "");
    return bare === w ? [w] : [w, bare];
  });
  for (const g of gloss.toLowerCase().match(/\p{L}{4,}/gu) ?? []) {
    for (const t of tws) {
      let k = 0;
      while (k < g.length && k < t.length && g[k] === t[k]) k++;
      // (the same word is the genus, not a giveaway: "the availability heuristic" is "a heuristic in which …")
      if (k >= 4 && k >= 0.75 * Math.min(g.length, t.length) && g !== t && g !== t + "s" && t !== g + "s") return true;
    }
  }
  return false;
}

/** "of the three", "among the others", "of these": a count or a set named before, without its noun */
export const OF_THE_COUNT =
  /\b(?:of|among|between)\s+(?:the\s+(?:two|three|four|five|six|seven|eight|nine|ten|others?)|these|those|them)(?=\s*(?:[,.;:)]|$)|\s+(?:is|are|was|were|has|have|and|or|but|that|which|in|on|at|with|by|for|to)\b)/iu;
/** ("those who manage someone else's money" points nowhere: "those" heads its own relative clause) */
const DEMONSTRATIVE_NOUN =
  /\b(?:this|these|those)\s+(?!(?:who|whom|whose|which|that|with|for|from|in|of|on|at|by|related|associated|involved|affected|used|made|found|described|responsible)\b)(\p{Ll}{3,})/u;

/** "this need", "those tasks" in a gloss that never named a need ("… among tasks and … those tasks" did) */
export function pointsOutside(gloss: string): boolean {
  // "the most compact of the three": the three were named before
  if (OF_THE_COUNT.test(gloss)) return true;
  const m = DEMONSTRATIVE_NOUN.exec(gloss);
  if (!m) return false;
  const stem = m[1]!.replace(/(?:ies|es|s)$/, "").slice(0, Math.max(3, m[1]!.length - 3));
  return !gloss.slice(0, m.index).toLowerCase().includes(stem);
}

/** "The antielectron has a positive charge (it is called a positron)": a clause before any relative pronoun, no name */
export function clausal(gloss: string): boolean {
  // "the greater the missing mass", "the idea that emerges … is that the universe": a relation or a claim, no name
  if (PROPORTION.test(gloss) || /\s(?:is|are|was|were)\s+that\s/i.test(gloss)) return true;
  // ("the people given the authority to do those tasks": after "to" the verb is no clause's own)
  const verb = /(?<!\sto)\s(?:has|have|had|is|are|was|were|does|do|did|can|will|would)\s/.exec(gloss);
  if (!verb) return false;
  // ("how much the government has borrowed …", "a chain of command whereby officials … have …", "… while they are
  // waiting": a clause opened by a relative or subordinating word has its own verb)
  const rel = /(?:^|\s)(?:that|which|who|whom|whose|where|whereby|when|while|what|how)\s/.exec(gloss);
  if (!rel || verb.index < rel.index) return true;
  // ("states that are allied with powerful states may get away with …": a second verb after the relative clause's own,
  // with no word that joins them, is the sentence's, and the gloss a claim)
  const after = gloss.slice(rel.index + rel[0].length - 1);
  const verbs = [...after.matchAll(FINITE)];
  return verbs.length >= 2 && !JOINER.test(after.slice(verbs[0]!.index, verbs[1]!.index));
}

/** an auxiliary or modal verb: a clause's finite verb */
const FINITE = /(?<!\sto)\s(?:has|have|had|is|are|was|were|does|do|did|can|will|would|may|might|could|should|must)\s/g;
/** what joins two verbs into one clause or opens another ("and", "or", a relative or subordinating word) */
const JOINER =
  /\b(?:and|or|but|nor|that|which|who|whom|whose|where|when|while|if|because|as|than|whether|what|how|once|after|before|until|unless|since|although|though|so)\b|[,;(—–]/;

/** "a cluster of brain cells", "a group of proteins": a quantity of a kind says what it is made of, not which one */
const PARTITIVE =
  /^(?:the|a|an)\s+(?:[\p{L}-]+\s+)?(?:cluster|group|set|number|series|sequence|succession|collection|pair|piece|bunch|mass|network|range|family|bundle|layer|sheet|chain)\s+of\s+/iu;

/** "a characteristic of laser light", "a part of the cell": an aspect of a thing, unqualified, fits many terms */
const GENERIC_OF =
  /^(?:the|a|an|one)\s+(?:(?:specific|particular|certain|special|distinct|basic|general|broad|common)\s+)?(?:characteristic|feature|property|aspect|example|part|component|type|kind|form|member|instance|portion|result|product)\s+of\s+/i;

/** After a partitive ("a cluster of …"), the rest still says which one: more than a short noun phrase. */
export function differentiated(gloss: string): boolean {
  const m = PARTITIVE.exec(gloss) ?? GENERIC_OF.exec(gloss);
  if (!m) return true;
  const rest = gloss.slice(m[0].length);
  return rest.split(/\s+/).length >= 4 || DIFFERENTIA.test(rest);
}

/** "What is the term for a progressive nervous system disorder?": a genus with adjectives only fits many terms */
export const DIFFERENTIA =
  /\b(?:that|which|who|whose|where|when|whereby|of|in|by|for|with|from|to|between|among|within|on|at|as|used|made|caused|produced|found|formed|containing|consisting|involving|characterized|based)\b/i;

/**
 * "… of amino acids called a polypeptide": a name given to the object of a preposition inside a gloss (not "a type of
 * good called a toll good", which names the genus, nor "of what is called")
 */
const NAMED_OBJECT =
  /(?<!\b(?:type|kind|form|class|sort|category|variety)\s)\b(?:of|into|from|with|by)\s+(?!what\b|which\b)(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+called\s+(?:an?\s+|the\s+)?[\p{Ll}-]+/gu;

/**
 * A gloss that does not say what its term is: it names another term ("diseased offspring, a phenomenon that
 * scientists call inbreeding depression"), gives a reason ("an ideal because no society …"), a time ("a pesticide
 * before its dangers became known") or a comparison ("a more encompassing term than crime").
 */
export function notWhatItIs(gloss: string): boolean {
  return (
    // "natural place, or transported from elsewhere …": a participle's clause, no noun to say what it is
    /^\p{Ll}+(?:ed|en)\s+(?:from|by|to|in|into|with|through|at|on)\b/u.test(gloss) ||
    // ("a centralized space where agents answer inbound calls": phone calls name nothing)
    // (a name given to a thing inside the gloss, after a preposition, leaves the gloss a definition: "the process of
    // synthesizing a chain of amino acids called a polypeptide")
    /\b(?:called|termed|known as|referred to as|named)\b|\b(?:we|they|you|people|some|many|others|often|also|sometimes|usually|commonly)\s+calls?\b/i.test(
      gloss.replace(NAMED_OBJECT, ""),
    ) ||
    // "an interesting example of the first law …": an example of something is not what the term is
    /^(?:an?|the|one)\s+(?:[\p{L}-]+\s+)?(?:example|instance|illustration)\s+of\b/iu.test(gloss) ||
    // "a word with Greek roots": about the word, not the thing
    /^(?:an?|the)\s+(?:[\p{L}-]+\s+)?(?:word|term|name)\s+(?:with|from|of|that|meaning|derived)\b/iu.test(gloss) ||
    // "a conclusion that was again confirmed …", "a participant in the innate immune response": what was concluded
    // or who takes part says a role in a story, not what the thing is
    /^(?:an?|the)\s+(?:[\p{L}-]+\s+)?(?:conclusion|finding|participant|player|contributor|factor|candidate|example|topic|subject|issue)\s+(?:that|which|in|of|to)\b/iu.test(
      gloss,
    ) ||
    // "a concept as basic to geology as evolution is to biology": a comparison says how important, not what
    /^(?:an?|the)\s+[\p{L}-]+\s+as\s+\p{L}+\s+(?:to|for|as)\b/iu.test(gloss) ||
    /,\s+as\s+(?:is|are|was|were|does|do)\b/i.test(gloss) ||
    // ("the years before the Civil War" is a time, and says what the antebellum era is)
    (/^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s+(?:because|since|before|after|until|so that)\s/iu.test(gloss) &&
      !/^(?:an?|the)\s+(?:[\p{L}-]+\s+)?(?:years?|period|era|age|time|days|decades?|centur(?:y|ies)|months?)\s+(?:before|after|since|until)\s/iu.test(
        gloss,
      )) ||
    /^(?:an?|the)\s+(?:more|less)\s+[\p{L}-]+\s+(?:[\p{L}-]+\s+)?than\b/iu.test(gloss) ||
    // "a gas at room temperature", "a liquid under pressure": a state of matter is a property, not what it is
    /^an?\s+(?:solid|liquid|gas|vapou?r|plasma)\s+(?:at|under|above|below|in|when)\b/iu.test(gloss) ||
    // "a silvery metal that quickly tarnishes …" (zinc), "a soft, white solid": how a substance looks describes a sample
    // of it; many substances fit
    APPEARANCE.test(gloss) ||
    // "a therapy approach that typically takes years": how long it lasts is no differentia
    /^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s+(?:that|which)\s+(?:\p{Ll}+ly\s+)?(?:takes|lasts|last|take)\s+(?:[\p{L}-]+\s+){0,2}(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|long|longer)\b/iu.test(
      gloss,
    ) ||
    // "the cause of the moral hazard problem": a relation to another thing is asked as that ("What causes …?")
    /^the\s+(?:main\s+|primary\s+|root\s+|underlying\s+|direct\s+)?(?:cause|result|source|consequence|effect|outcome)\s+of\b/i.test(
      gloss,
    ) ||
    // "the average loss (not including the cost of overhead …)": a qualification, asked as "a not including …"
    /^(?:(?:an?|the)\s+)?not\b|^(?:an?|the)\s+(?:also|only|just|then|thus)\b/i.test(gloss) ||
    // "a much easier way of storing value": easier than what the text said before
    /^(?:an?|the)\s+(?:(?:much|far|even|still|slightly|somewhat|no)\s+(?:more|less|\p{L}+er)|easier|better|simpler|faster|cheaper|quicker|safer|worse)\b/iu.test(
      gloss,
    ) ||
    // "a smaller chamber that surrounds the urethra": smaller than the one the text named before
    /^an?\s+(?:smaller|larger|bigger|greater|lesser|shorter|longer|wider|narrower|thinner|thicker|deeper|newer|older)\s/i.test(
      gloss,
    ) ||
    // "a minority even within the antislavery movement" (abolitionists): how many of a group are says nothing of what
    // they stand for
    /^(?:an?|the)\s+(?:small\s+|large\s+|tiny\s+|vocal\s+)?(?:minority|majority|fraction|handful|percentage)\s+(?:\p{Ll}+\s+)?(?:of|within|among|in)\b/iu.test(
      gloss,
    ) ||
    // "a widely recognized problem that did not make it on to the … agenda until … 1967" (acid rain): a thing's story in
    // the past, dated, is an example told, not what the thing is
    (/\b(?:did|was|were|had)\s+(?:not\s+)?\p{Ll}+/u.test(gloss) && /\b(?:1[5-9]\d\d|20\d\d)\b/.test(gloss)) ||
    // "an international experiment conducted in Italy": where a thing is says nothing of what it is
    /^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s+(?:(?:conducted|located|based|held|built|situated|found)\s+)?(?:in|at|near)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$/u.test(
      gloss,
    )
  );
}

/** an article, adjectives of colour, lustre or texture, then a kind of material */
const APPEARANCE =
  /^an?\s+(?:[\p{L}-]+,?\s+(?:and\s+)?){0,2}(?:silvery?(?:-white|-gr[ae]y)?|white|gr[ae]y(?:ish)?|bluish|yellowish|reddish|black|colou?rless|shiny|lustrous|dull|soft|brittle|malleable)(?:,?\s+(?:and\s+)?[\p{L}-]+){0,2}\s+(?:metal|metalloid|solid|liquid|gas|powder|crystal|crystals|element|mineral|substance)\b/iu;

const OPPOSITE_OF = /^the\s+(?:opposite|reverse)\s+of\s+[\p{L}-]+,\s+/u;

/** "the opposite of inversion, movement of the sole …": the opposite gives the answer away; what follows defines */
export function withoutOpposite(gloss: string): string {
  const m = OPPOSITE_OF.exec(gloss);
  return m && gloss.slice(m[0].length).split(/\s+/).length >= 4 ? gloss.slice(m[0].length) : gloss;
}

/** the definition a card states: its question's ("What is the term for …?", "_____ is …") or its answer ("What is X?") */
export function glossOf(prompt: string, answer: string): string {
  const m = /^What (?:is|are) the (?:term|name) for (.+)\?$/.exec(prompt) ?? /^_{3,} (?:is|are) (.+)\.$/.exec(prompt);
  return m ? m[1]! : /^What (?:is|are) /.test(prompt) ? answer : "";
}

/**
 * "Cleft chin is a dominant trait, which means that having the dominant allele …": the clause explains the kind (what a
 * dominant trait is), and the subject is an example of it: no card and no blank
 */
export function explainsKind(gloss: string): boolean {
  return /^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+,\s+which\s+means\b/iu.test(gloss);
}

/** "a natural part of a system in which …", "an important component of …": a judgement of a thing's place */
const VALUED_PART =
  /^(?:an?|the)\s+(?:natural|normal|important|essential|key|integral|vital|crucial|central|inevitable|necessary|critical|major|fundamental)\s+(?:part|component|element|feature|aspect|ingredient)\s+of\b/i;
/** "the most recognizable leaders of their countries": a superlative of the term's own kind is a claim about it */
const OWN_SUPERLATIVE = /^the\s+(?:most|least)\s+[^,;]*\b(?:their|its)\b/i;
/** "The sticking point is the word “universal.”": a word pointed at, not a meaning */
const QUOTED_WORD = /^the\s+(?:word|term|phrase|name)\s+[“"]/i;
/**
 * "a violation of U.S. antitrust law", "a sign of …": a thing's legal standing or symptom, not what it is ("a violation
 * of established … norms" is what deviance is)
 */
const STANDING =
  /^an?\s+(?:(?:violation|breach)\s+of\s+(?:[\p{L}.]+\s+){0,3}(?:law|laws|rules?|regulations?|statutes?)\b|(?:example|instance|sign|symptom|consequence|cause)\s+of\b)/iu;
/** "assets of $148,900 equal the sum of liabilities …": a worked example's figures */
const AMOUNT = /[$€£]\s?\d/;
/** "the lifeblood of business", "the “joker in the deck”": a figure of speech, not a meaning */
const FIGURE =
  /^(?:the|an?)\s+(?:[“"][^”"]{1,40}[”"]\.?$|(?:very\s+)?(?:lifeblood|backbone|cornerstone|linchpin|bedrock|hallmark|lifeline)\s+of\b)/i;
/**
 * "the price of gold increased", "the excessive supply of the dollar … led to a devaluation": a noun phrase and its own
 * verb in the past make a clause (an event), not a gloss
 */
const EVENT =
  /^(?:the|an?)\s+(?:(?!that\b|which\b|who\b|whose\b|where\b|when\b)[\p{L}’'-]+\s+){1,8}?(?:led|allowed|caused|resulted|increased|decreased|rose|fell|grew|declined|exceeded|became)\b(?!\s+by\b)/iu;
/** "(manufacturers of computers and smartphones, as examples)": examples of a kind, not what it is */
const EXAMPLES = /,?\s+as\s+examples?\b|^(?:e\.g\.|for example|for instance)\b/i;
/** "The idea that American men and women have distinctive styles of speech is a language ideology": one instance */
const INSTANCE = /^the\s+(?:idea|belief|notion|view|claim|assumption|fact)\s+that\s/i;

/**
 * A gloss that judges, ranks or points rather than says what the term is; or one instance named before its kind
 * ("The idea that … is a language ideology": the term's definition is "cultural ideas about how language operates").
 */
export function claimGloss(c: ConceptCandidate, gloss: string): boolean {
  if (VALUED_PART.test(gloss) || OWN_SUPERLATIVE.test(gloss) || QUOTED_WORD.test(gloss) || EXAMPLES.test(gloss))
    return true;
  if (STANDING.test(gloss) || AMOUNT.test(gloss) || FIGURE.test(gloss) || EVENT.test(gloss)) return true;
  return INSTANCE.test(gloss) && !!c.gloss && c.gloss.a < c.term.a;
}

/**
 * "_____ is a negative externality.", "_____ is a consequentialist theory.": the sentence's subject given only a kind
 * (an indefinite genus and its modifiers, nothing after): one of a kind's members, the blank fits every other one.
 * Blind raters accepted none of 14 such blanks (a definite "The _____ are the female gonads." names the one thing).
 */
export function oneOfAKind(text: string, termStart: number, gloss: { text: string; b: number } | null): boolean {
  if (!gloss || !/^(?:(?:The|A|An)\s+)?$/.test(text.slice(0, termStart))) return false;
  const g = gloss.text.trim();
  return (
    /^an?\s/i.test(g) && g.split(/\s+/).length <= 5 && !DIFFERENTIA.test(g) && /^\s*\.?\s*$/.test(text.slice(gloss.b))
  );
}

/**
 * A gloss of six words or fewer says too little to be asked without sibling terms as options, as a card either way
 * round or as the blank of its sentence ("_____ are cell fragments involved in blood clotting.")
 */
export const shortGloss = (gloss: string): boolean => gloss !== "" && gloss.split(/\s+/).length <= 6;
/**
 * "Manifest content is …. _____, on the other hand, refers to the hidden meaning …": a sentence set against the one
 * before, whose blank's prompt shows both (the other term's gloss tells the two apart)
 */
const SET_AGAINST = /\b(?:on the other hand|in contrast|by contrast)\b/i;
export const setAgainst = (sentence: string): boolean => SET_AGAINST.test(sentence);
