// Prompt wording for concept items: blanking a phrase, cutting the apparatus, making a sentence stand alone.
import { apparatusRanges, cutRanges } from "./apparatus";
import { upperFirst } from "../text/prompt";

export const BLANK = "_____";

/**
 * A prompt that leans on the sentence before it ("This value …", "It …", "Still others …", "Then …", "The cortex
 * itself …" after the adrenal cortex, "Despite the name, …", "Called the …, it lies …").
 */
const DANGLING =
  /^(?:in (?:such|this|that|these|those|which)\b|called\b|(?:in )?doing so\b|at (?:this|that) (?:point|time|stage)|it|its|they|them|their|this|that|these|those|he|she|his|her|we|our|such|then|thus|still (?:others|another|more)|also|(?:additional|further|other)\s+(?:[a-z-]+\s+){0,2}(?:include|includes)|here|there(?!\s+(?:is|are|was|were|exists?|existed|(?:has|have|had) been|(?:may|might|can|could|will|would|must|should) be|seems?|appears?)\b)|others|other|another|(?:both|each)(?=\s+(?:of|is|are|was|were|has|have|had|can|could|will|would|may|might|must|should)\b|\s*[,.;:])|the latter|the former|the same|the (?:others|rest|remainder)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in turn|as a result(?!\s+of\b)|similarly|likewise|instead|however|therefore|so|but|and|or|yet|nevertheless|nonetheless|conversely|in response(?!\s+to\b)|in return|in fact|indeed|meanwhile|afterwards?|later|consequently|accordingly|furthermore|moreover|for this reason|because of this|as such|in other words|among them|one (?:example|such|strategy|way|approach|method|option|solution|reason|possibility|answer)|in (?:either|both|each|that|this) case|(?:an?|another) (?:more )?(?:recent|earlier|later|similar|further|second|third) example|(?:[a-z]+|a few|several|many) (?:years?|months?|weeks?|days?|decades?|centuries) (?:later|earlier|afterwards?|before)|in other (?:tissues|cells|organs|species|animals|plants|cases|countries|states|words|situations|contexts|areas|regions|parts)|(?:an?|another) (?:closely )?related (?:process|concept|term|idea|phenomenon|condition|structure|case|problem|approach)|(?:an?|another) (?:(?:prime|good|classic|famous|notable|striking|clear|typical|common|perfect|well-known|key)\s+)?example (?:is|was|of this)|the (?:first|last|other|remaining|latter|former) (?:two|three|four|five|six)|the (?:[a-z]+ )?(?:decision|ruling|verdict|case|law|act|bill|treaty|study|experiment|program|policy|plan|proposal)(?=\s+(?:held|ruled|found|showed|established|created|required|allowed|led|gave|made|declared|stated|concluded)\b)|an example of this|the answer|finally|lastly|next|secondly|thirdly|the (?:key|main|major|chief|primary|crucial|critical|most important) (?:difference|distinction|similarity)|(?:stage|phase|step|level|type)\s+(?:\d+|one|two|three|four|five|i{1,3}|iv|v)|each one|(?:most|almost|nearly)?\s*everything else|everyone else|appropriately|fittingly|not surprisingly|unsurprisingly|ironically|predictably|the different|(?:lower|higher|greater|smaller|larger|fewer)\s+[a-z]+s\b(?![^.]*\bthan\b)|both\s+[a-z]+s|the (?:adjoining|adjacent|neighbou?ring|surrounding|remaining)|the [a-z]+est of the (?:two|three|four|five)|the first (?:involves|is|was|includes|consists)|(?:(?:the|these|those) )?(?:two|three|four|five|six|seven|\d+) (?:(?:main|major|basic|broad|principal) )?(?:types|kinds|forms|categories|classes|groups|parts|stages|steps|phases|components|elements|approaches)(?!\s+of\b)|the [a-z-]+ itself|despite (?:the|its|their) names?)\b/i;

export function dangles(prompt: string): boolean {
  return DANGLING.test(prompt.replace(/^[“"(\s]+/, ""));
}

/** Words anywhere in a sentence that point to something outside it ("his commission", "these types", "the latter"). */
/** "the other end", "the other major requirement" (not "all the other …", "on the other hand", "the other way") */
/** "as stated earlier", "as noted above": at a sentence's start a connective to drop, inside it a pointer back */
const AS_SAID = String.raw`(?:stated|noted|mentioned|discussed|described) (?:earlier|above|before|previously|in (?:the (?:chapter|section) on )?\p{Lu}[^,]{2,60})`;

export const THE_OTHER = String.raw`(?<!\ball )the other (?!hand\b|way\b)[a-z]+`;

/**
 * "those" that points back ("those tasks"), not "those" a clause or phrase after it says ("goals, especially those
 * related to the division of resources", "those who vote")
 */
const THOSE = String.raw`those(?!\s+(?:who|whom|whose|which|that|with|without|of|in|at|on|from|for|related|associated|involved|affected|used|made|living|born|found|seen|taken|given|listed|named|described|responsible)\b)`;

const POINTERS = new RegExp(
  String.raw`\b(?:(?:arrived?|went|go|lived?|settled?|moved?|travell?ed|stayed|remained) there|he|she|him|his|her|hers|they|them|their|it|its|this|these|${THOSE}|such(?!\s+as\b)|the latter|the former|other types|another type|other examples?|another example|${THE_OTHER}|the next (?:day|morning|year|week|month|step)|here|the same|the resulting|the various|the remaining|the above|the following|the previous|the next|the second|the third|the final|the last|an important exception|in addition(?!\s+to\b)|additionally|on the other hand|in contrast(?!\s+(?:to|with)\b)|by contrast|also|however|conversely|nevertheless|nonetheless|in response(?!\s+to\b)|(?:a|an) (?:very |quite |completely |entirely )?different|after all|since then|until then|by then|after that|at that time|(?:to|toward|towards) (?:that|this) end|for (?:this|that) reason|in this way|as a result(?!\s+of\b)|as a consequence(?!\s+of\b)|(?<!(?:[;,]|\band|\bwhich|\bthat)\s)(?:therefore|consequently|hence)|the original|(?:of|in|for|to|from) both [a-z]+s|the (?:explosion|amendment|procedure|process|experiment|community|revolution|conflict|crisis|battle|campaign|operation|surgery|ruling)(?!\s+(?:of|that|which|in|between|against|to|for|on)\b)(?![’']s)|the new (?:program|law|policy|act|agency|system|approach|plan|legislation|rule|ruling)|just (?:described|mentioned|discussed|seen|shown)|(?:described|mentioned) above|as such|discussed (?:later|earlier|above|below)|previously (?:described|discussed|mentioned|noted|defined)|as ${AS_SAID})\b`,
  "i",
);

/**
 * "… motion of a planet as Earth swings between it and the Sun", "The nail bed is rich …, making it appear pink": "it"
 * after a thing the sentence introduces ("a …"), or in a later clause than the sentence's own subject ("The …, … it",
 * "The _____ is …, and it is enclosed …")
 */
const IT_INSIDE =
  /\b(?:an?)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]{3,}\b(?![\s\S]*\b(?:they|them|their)\b)[\s\S]*?\b(?:it|its)\b|^The\s+(?:[\p{Ll}-]+\s+){0,2}(?:[\p{Ll}-]{3,}|_{3,})\b(?![\s\S]*\b(?:they|them|their)\b)[^,]*,[\s\S]*?\b(?:it|its)\b/u;

// ("The first condition is …": the first of a list the text gave before; "Not all axons from …": a limit to what the
// sentence before said; "Some are much brighter …": some of what the sentence before named; "The folding essentially
// creates a tube …": the process the text told before; "The result is …": of what the text told before; "Some sources
// describe a fourth type of neuron": after the three the text named before)
const ONE_OF_SET =
  /^(?:(?:One|Another|A (?:second|third|fourth|fifth|final|last))\s+(?:[a-z-]+\s+){0,3}[a-z]+(?:,|\s+(?:is|was|are|were|has|becomes|involves)\b)|The (?:first|second|third|fourth|fifth|final|last|next) [a-z]+ (?:is|was|involves)\b|Not (?:all|every)\b|The (?:two|three|four|five|six|seven|eight|nine|ten) [a-z-]+s\b(?!\s+(?:of|that|which|who)\b)|The (?:new|old|latter|former|resulting|resultant|remaining|same) [a-z-]+\b(?!\s+(?:of|that|which|who)\b)|Still[- ](?:smaller|larger|bigger|more|less|fewer|higher|lower|other|another)\b|(?:Some|Others|Many|Most|Several|Both|Few|All)\s+(?:are|were|is|was|have|had|can|could|may|might|will|would|do|did|also|even|still|remain|become|became)\b|The (?:net |end |overall |final )?(?:result|outcome|consequence)s? (?:is|are|was|were)\b|(?:Some|Other|Many) (?:sources|authors|texts|researchers|scientists|scholars) (?:describe|list|add|include|recognize|identify) an? (?:second|third|fourth|fifth|sixth|seventh|final|last) (?:type|kind|form|class|category|group)\b|The [a-z]{4,}ing\s+(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|can|could|may|might|will|would|also|then|thus|causes?|creates?|forms?|produces?|results?|leads?|occurs?|begins?|continues?|ends?|makes?|allows?)\b)/;

/** a person in general, then "they"/"their" for that person ("an individual acts … their age") */
const ANYONE_THEIR =
  /\b(?:an?\s+(?:individual|person|child|student|patient|worker|learner|client)|someone|somebody|anyone|everyone)\b[^.;]*?\b(?:they|their|themselves|he|she|his|her|himself|herself)\b/i;

/** "If that charge reaches …": a demonstrative "that" after a preposition or a subordinator points back */
const THAT_BACK =
  /\b(?:if|when|once|because|while|until|unless|in|on|at|by|for|from|with|into|during|under|within|through)\s+that\s+(?!(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|does|did|do|the|a|an|it|its|they|their|he|she|we|you|this|these|there|one|of)\b)\p{Ll}{3,}/iu;

/** "The smaller the coupon rate, the greater the change …": a proportion, which holds for many quantities */
export const PROPORTION =
  /^the\s+(?:greater|more|less|fewer|smaller|larger|higher|lower|longer|shorter|slower|faster|closer|further|farther|stronger|weaker|older|younger|bigger|hotter|colder|warmer|cooler|heavier|lighter|deeper|thicker|thinner|wider|narrower|better|worse)\b/i;

/** Where "that <noun>" points out of the prompt (-1: nowhere; "for that candidate" after "the winning candidate" points
 *  inside it) */
export function thatPointsBack(p: string): number {
  if (!p.includes("that ")) return -1;
  const m = THAT_BACK.exec(p);
  if (!m) return -1;
  const noun = m[0].split(/\s+/).pop()!.toLowerCase();
  return p.slice(0, m.index).toLowerCase().includes(noun) ? -1 : m.index;
}

const CLAUSE_THEN_THIS =
  /^((?:When|Whenever|If|Once)\s[^,;]{8,160},\s+)this\s+(?=(?:practice|process|situation|condition|phenomenon|state|behavior|behaviour|kind|type|approach|method|effect|tendency)\s+is\s+(?:called|known|referred|termed|named)\b)/i;

/** "When an individual thinks about how he or she thinks, this practice is called …": "this" is the clause before it */
export function clauseThis(p: string): string {
  // (the clause opens with When/Whenever/If/Once: any other first letter skips the replace call)
  const c = p.charCodeAt(0) | 0x20;
  if (c !== 0x77 && c !== 0x69 && c !== 0x6f) return p;
  return p.replace(CLAUSE_THEN_THIS, "$1");
}

/**
 * "At the time, much of the public believed …", "By then, …": a time the text named before; "the closely related
 * concept of pragmatism": related to what the text named before; "Opponents argue …" (of what?), "… extended to
 * students with disabilities as well" (as well as what?); "Thereafter, …"
 */
const TIME_BEFORE =
  /^(?:(?:Opponents|Critics|Supporters|Proponents|Advocates|Defenders|Detractors|Skeptics)\s+(?!of\b)\p{Ll}|(?:At|By|Until|Before|After) (?:the|that|this) time,|(?:By then|Back then|At that point|At some point)\b|(?:An?|One|Two|Three|Several|A few|A couple of) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) later\b|(?:Later|Soon after|Shortly after(?:wards?)?|Afterwards?|Thereafter|Subsequently),)/u;
const AS_WELL = /\b(?:to|for|with)\s+[^,;]{1,40}\s+as well\.?$/u;
const RELATED_OF = /\brelated (?:concept|idea|notion|term|theory|view|approach)s? of\b/u;

/** "The thalamus then can either excite the cortex …": the subject's next step after one the text told before */
const NEXT_STEP = /^(?!If\b)(?:[\p{L}_-]+\s+){1,4}then\s+(?!the\b|a\b|an\b)\p{Ll}/u;

/** "One strand …", "A third force, led by …", "Later, …", "At the time, …": the opening names one of a set, or a time, given before */
export function opensOnSetOrTime(t: string): boolean {
  // (the openings are tried at the start only, and the two patterns that may match anywhere only when their words are
  // there: one regex for all of them was tried at every position of the sentence)
  return (
    TIME_BEFORE.test(t) ||
    ONE_OF_SET.test(t) ||
    ((t.endsWith("as well") || t.endsWith("as well.")) && AS_WELL.test(t)) ||
    (t.includes("related ") && RELATED_OF.test(t))
  );
}

/** The opening points back ("It …", "Called the …, it …") or names one of a set, or a time, given before. */
export function opensOnSaidBefore(t: string): boolean {
  return dangles(t) || opensOnSetOrTime(t);
}

/**
 * "However, trade is a highly sensitive issue …", "Thus, the _____ is the marginal product times …", "As already noted,
 * …": a sentence that opens on a concession, a consequence or a recall makes its claim against the one before it, and
 * stays tied to it when the connective is cut (blind raters of pAG-pAT accepted 1 of 8 such items; "Generally, …",
 * "Instead, …", "Finally, …" stand alone, and "By contrast, they call … a thick market" sets a pair side by side).
 */
const CLAIM_BEFORE =
  /^(?:However|Thus|Therefore|Hence|Consequently|Accordingly|Nevertheless|Nonetheless|Even so|Clearly|Obviously|Of course|In theory|In practice|As (?:already |previously |was |we )?(?:noted|mentioned|discussed|explained|stated|seen)(?: (?:above|earlier|before|previously))?),\s/;
export function opensOnClaimBefore(sentence: string): boolean {
  return CLAIM_BEFORE.test(sentence);
}

// (module constants: a regex literal inside the function is a new object on every call)
// ("it is marked by …", "it was founded by …": a passive's "it" is a thing, no expletive)
const IT_IS = /\bit (?:is|was)\b(?!\s+\p{Ll}+ed\s+(?:by|as)\b)/giu;
const PERSON_PRONOUN = /\b(?:they|their|themselves|he|she|his|her|himself|herself)\b/gi;
const IT = /\b(?:it|its)\b/i;
const IT_ALL = /\b(?:it|its)\b/gi;
const THING = /\b(?:an?|the)\s+[\p{L}-]{3,}/iu;

export function leansOnContext(t: string): boolean {
  const u = withoutOwnReferents(t);
  // (every test is an alternative, so their order changes no answer: the pointer test goes first, as it settles most
  // sentences that have a pronoun at all, and the opening, "that" and class-noun tests are then skipped)
  return (
    pointerOutside(u) ||
    // ("One strand, referred to as …", "One frequently offered solution …": one of a set the text named before)
    opensOnSetOrTime(t) ||
    // (NEXT_STEP needs a "then": without one it is not run)
    (t.includes("then") && NEXT_STEP.test(t)) ||
    thatPointsBack(u) >= 0 ||
    classPointsBack(u)
  );
}

/** The sentence without the pronouns that point inside it ("it is", "an individual … their age", "When …, this"). */
function withoutOwnReferents(t: string): string {
  let u = t.replace(IT_IS, "");
  // "an individual acts much younger than their age": "their" is the person the sentence names in general
  if (ANYONE_THEIR.test(u)) u = u.replace(PERSON_PRONOUN, "");
  return clauseThis(u);
}

/** A pointer word, unless it is an "it" whose antecedent the sentence itself introduced (then it points nowhere). */
function pointerOutside(u: string): boolean {
  if (!POINTERS.test(u)) return false;
  if (!IT.test(u) || !IT_INSIDE.test(u) || itFirst(u)) return true;
  return POINTERS.test(u.replace(IT_ALL, ""));
}

/** "If it chooses to support an ideal such as …, it …": an "it" before any thing the sentence introduces points outside */
function itFirst(t: string): boolean {
  const it = IT.exec(t);
  const thing = THING.exec(t);
  return !!it && (!thing || it.index < thing.index);
}

/** "forms of the disease", "the pathogen enters …": a class noun of medicine that stands for one named before */
const CLASS_BACK =
  /\bthe (disease|infection|parasite|pathogen|condition)(?![’']s|\s+(?:called|known|that|which|caused|in which|of)\b)/gi;
/** the same, once: matchAll copies its regex and makes an iterator, which most sentences (no such noun) need not */
const CLASS_BACK_ONCE = new RegExp(CLASS_BACK.source, "i");

/**
 * The sentence speaks of "the disease" (or infection, parasite, pathogen, condition) it never names: the one the text
 * named before ("The _____ is one of the less common forms of the disease."). "An infection … the infection" is its own.
 */
function classPointsBack(t: string): boolean {
  if (!CLASS_BACK_ONCE.test(t)) return false;
  for (const m of t.matchAll(CLASS_BACK)) {
    const noun = m[1]!.toLowerCase();
    if (!new RegExp(`\\b(?:an?|any|one|each|every)\\s+(?:[\\p{L}-]+\\s+)?${noun}`, "iu").test(t.slice(0, m.index)))
      return true;
  }
  return false;
}

/** The sentence with [a, b) replaced by a blank (and the article or quotes around it dropped), apparatus cut. */
export function blankOut(t: string, a: number, b: number): string {
  const ranges = apparatusRanges(t);
  let pre = cutRanges(
    t.slice(0, a),
    ranges.filter((r) => r.b <= a),
  );
  let post = cutRanges(
    t.slice(b),
    ranges.filter((r) => r.a >= b).map((r) => ({ a: r.a - b, b: r.b - b })),
  );
  if (/[“"]$/.test(pre) && /^[.,;:!?]?[”"]/.test(post)) {
    pre = pre.slice(0, -1);
    post = post.replace(/^([.,;:!?]?)[”"]/, "$1");
  }
  // "known as an _____" says the answer starts with a vowel; "known as _____" would let "an ion" fit a blank for
  // "anion": a neutral "a(n)" keeps the sentence whole without the hint
  pre = pre.replace(/(^|\s)(?:an?|An?)\s+$/, (_m, sp: string) => `${sp}a(n) `);
  // "Recall that …", "As mentioned earlier, …": a reminder, not part of the fact
  const out = tidy(pre + BLANK + post)
    .replace(
      /^(?:Recall|Remember|Note) that\s+|^As (?:mentioned|noted|discussed|described) (?:earlier|above|before|previously),\s+/i,
      "",
    )
    // ("_____, mentioned previously, is the most common form …": a pointer back into the text the student does not see)
    .replace(
      /,\s+(?:as\s+)?(?:mentioned|noted|discussed|described|introduced)\s+(?:earlier|above|before|previously),/i,
      "",
    );
  return out;
}

/** A phrase of the sentence for use inside a question: apparatus cut, end punctuation dropped. */
export function clean(t: string): string {
  return tidy(cutRanges(t, apparatusRanges(t)))
    .replace(/\s*\([^()]*$/, "")
    .replace(/[\s.,;:!]+$/, "");
}

export function tidy(t: string): string {
  return (
    t
      .replace(/\s{2,}/g, " ")
      .replace(/\s+([.,;:!?])/g, "$1")
      // ("known as a lender of last resort,where a country turns …": a space the source left out)
      .replace(/,(?=\p{Ll})/gu, ", ")
      .trim()
  );
}

/** "a " or "an " before a word, by its first letter ("an axon", "a neuron") */
export function indefinite(word: string): string {
  // ("a unicameral legislature", "a European", "a one-party state"; "an hour", "an honest broker")
  if (/^(?:uni|use|usu|uti|ure|eu|one\b|once)/i.test(word)) return "a ";
  if (/^(?:hour|honest|honou?r|heir)/i.test(word)) return "an ";
  return /^[aeiou]/i.test(word) ? "an " : "a ";
}

export function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}*(?![\p{L}])/u.test(s) || /^\p{Lu}\p{Ll}+(?:[\s-]|$)/u.test(s)
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s;
}

export { upperFirst };

/** "Recall that …", "Note that …": a reminder of what the text said before, then the statement itself */
export const REMINDER = String.raw`^(?:Recall|Remember|Note|Notice)(?:\s+from\s+[^,;.]{2,60}?)?\s+that\s+`;

const LEAD_CONNECTIVE = new RegExp(
  String.raw`^(?:Moreover|Furthermore|Further|Finally|Lastly|Additionally|Also|In addition|For example|For instance|Similarly|Likewise|Consequently|Therefore|Thus|Hence|In fact|Indeed|Rather|Second|Third|First|As ${AS_SAID}),\s+(?=\p{Ll}|_)|${REMINDER}(?=\p{L}|_)`,
  "u",
);
const MID_CONNECTIVE =
  /,\s+(?:moreover|furthermore|however|therefore|thus|in turn|for example|for instance|in fact|of course),(?=\s)/gi;

/**
 * "Finally, affirmative action consists of …", "The court, moreover, …": a connective ties the sentence to the one
 * before; a fact asked alone reads without it (an inversion, "Still, argued X", keeps it: its next word is a verb).
 */
export function withoutConnectives(t: string): string {
  return withoutLeadConnective(t.replace(MID_CONNECTIVE, ""));
}

/** "Therefore, some goods …" -> "Some goods …": only the connective that opens the sentence goes */
export function withoutLeadConnective(u: string): string {
  const m = LEAD_CONNECTIVE.exec(u);
  if (!m || /^(?:argued|said|says|wrote|writes|noted|added|explained|observed)\b/.test(u.slice(m[0].length))) return u;
  return upperFirst(u.slice(m[0].length));
}

/**
 * "In a parliamentary system, …", "In the case of the individual level of analysis, …": a fronted phrase that says where
 * the sentence's claim holds
 */
const SCOPE =
  /^(In\s+(?:a|an|the|most|many|some|all)\s+(?:[\p{L}-]+\s+){0,2}(?:systems?|countries|country|states?|societ(?:y|ies)|regimes?|democrac(?:y|ies)|econom(?:y|ies)|cultures?|markets?|governments?|species|animals|plants|cells|organisms)|In\s+the\s+case\s+of\s+(?:the\s+)?[^,]{3,60}?\s+level\s+of\s+analysis|At\s+the\s+[^,]{3,40}?\s+level(?:\s+of\s+analysis)?),\s+/u;

/**
 * The question keeps the scope its sentence opens with: "In a parliamentary system, the … prime minister, who is also
 * the head of the legislative branch" -> "In a parliamentary system, what is the term for the head of …?" (alone it
 * is false of other systems). `at`: where the term stands in the sentence.
 */
export function withScope(question: string, sentence: string, at: number): string {
  const m = SCOPE.exec(sentence);
  if (!m || at < m[0].length) return question;
  return `${m[1]!}, ${lowerFirst(question)}`;
}
