// Blanked mentions a student cannot pin down, found by blind raters of pool pJ and of a sample of mention blanks from
// the learning pools: a description rather than a term ("a(n) _____" -> complex mix of factors), the reader's own
// world ("our _____" -> solar system), one name out of a list of names ("_____, Comcast, Time Warner, …"), a word of
// the answer said again beside it ("avoid _____, which lead respondents …" -> leading questions).
import type { TermInfo } from "./terms";

/** gradable adjectives: a phrase they lead describes how much or what kind, and other words fit the blank as well */
const GRADABLE =
  /^(?:complex|simple|high|higher|low|lower|large|larger|small|smaller|great|greater|major|minor|prolific|growing|increasing|decreasing|rising|strong|stronger|weak|new|old|early|late|important|significant|substantial|considerable|massive|huge|vast|rapid|slow|broad|wide|narrow|heavy|overall|general|various|numerous|serious|severe|mild|widespread|better|worse|good|bad|poor|rich|modern|recent|current|further|additional|particular|specific|certain)$/i;

/**
 * "eating disorders as the result of a(n) _____" -> complex mix of factors, "to impose _____" -> high tariffs: an
 * answer led by a gradable adjective is a description, unless the text defines, names or lists it as a term.
 */
export function describedAnswer(answer: string, info: TermInfo): boolean {
  if (info.defined || info.named || info.listed) return false;
  return answer.includes(" ") && GRADABLE.test(answer.split(/\s+/)[0]!);
}

/** "understand our _____ in context of the rest of the universe": the reader's own thing is guessed from "our" */
export function ownedByReader(before: string): boolean {
  return /\bour\s+$/i.test(before);
}

/** a capitalised name, then ", Name" or ", Name Name," after the blank: the blank is one name of a list of names */
const NAMES_AFTER = /^,\s+(?:\d+\w*\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*)*\s*(?:,|\(|and\b)/u;
const NAME = /^\p{Lu}(?=[\p{L}\d&.' -]*\p{Ll})/u;

/** "six conglomerates controlled most of the broadcast media: _____, Comcast, Time Warner, …": a list's name is trivia */
export function nameOfList(answer: string, after: string): boolean {
  return NAME.test(answer) && NAMES_AFTER.test(after);
}

const SUFFIX = /(?:ing|ed|es|s|ion|ions|ive|al|ly)$/;

/**
 * "avoid _____, which lead respondents to …" -> leading questions: the rest of the sentence says the stem of the
 * answer's first word in another form (a head noun said again, "the parietal lobe … the frontal _____", is a sibling)
 */
export function stemGivesAway(answer: string, rest: string): boolean {
  const first = answer.toLowerCase().split(/[\s-]+/)[0]!;
  const stem = first.replace(SUFFIX, "");
  if (stem.length < 4) return false;
  const words = rest.toLowerCase().match(/\p{L}+/gu) ?? [];
  const sameWord = (w: string) => w === first || w === first + "s" || w === first + "es" || first === w + "s";
  return words.some((w) => w.startsWith(stem) && !sameWord(w));
}

/** A blanked mention the sentence does not pin down (`before` and `after`: the sentence on either side of it). */
export function unpinnedMention(answer: string, info: TermInfo, before: string, after: string): boolean {
  const rest = before + " " + after;
  return (
    describedAnswer(answer, info) ||
    ownedByReader(before) ||
    nameOfList(answer, after) ||
    stemGivesAway(answer, rest) ||
    latinAdjectiveGivesAway(answer, rest) ||
    dashedHalf(before, after) ||
    glossedModifierBefore(before)
  );
}

// Frames that leave a blank open, from blind ratings of mention blanks (pA-pO: 31 of 55 accepted): the sentence
// hedges or walks the reader through, a quantity of something unnamed, an example in a list, a finding reported
// without its content, or a word the blank shares its root with elsewhere in the sentence.

/** "Under certain circumstances, …", "In some cases, …": a variation many things share */
const HEDGED_START =
  /^(?:Under (?:certain|some|these|such|normal|most|many) (?:circumstances|conditions)|In (?:some|certain|many|most|rare) (?:cases|instances|situations)),\s/i;
/** "In order to appreciate the importance of _____", "the significance of _____": a thing whose weight is claimed */
const WEIGHED_SLOT =
  /\b(?:appreciat\w*|(?:the\s+)?(?:importance|significance|relevance|value)\s+of)\s+(?:(?:the|a|an|a\(n\))\s+)?$/i;
/** "lots of _____", "a great deal of _____": a quantity of something any noun fills */
const AMOUNT_OF = /\b(?:lots|a lot|plenty|a great deal|an abundance|a number|a variety|a range)\s+of\s+$/i;
/** "…, including voting and joining _____", "such as thin dental enamel, evidence of a(n) _____": one member of a list
 * that gives examples */
const EXAMPLE_LIST =
  /\b(?:including|such as|for example|for instance|e\.g\.,?)\s[^,;.:]*\b(?:and|or)\s+(?:[\p{L}-]+\s+)?$/iu;
/** a member inside such a list, which goes on after the blank */
const EXAMPLE_MEMBER = /\b(?:including|such as|e\.g\.,?)\s[^;.:()]*,\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** "Many risk factors … have been identified.": the finding reported, not what it found */
const REPORTED_ONLY =
  /\b(?:has|have) been (?:identified|described|studied|proposed|suggested|documented|reported|investigated|examined|found|discovered)\s*\.?$/i;
/** "Most walked to and from school …", "Many believed …": a bare quantifier stands for people the text named before */
const BARE_QUANTIFIER = /^(?:Most|Many|Some|Several|Few|Others|Both)\s+(?:\p{Ll}+ed|were|had|did|could|would)\b/u;
/**
 * "Many firms are successful because of _____", "Some states rely … some on _____": what some or many members of a
 * class do says nothing of the term (blind raters accepted 2 of 14 such blanks; "Most northerners … favored _____"
 * speaks of nearly all, and "Many sociologists now believe that _____ …" gives a view of the term: both stay)
 */
const SOME_OF_A_CLASS =
  /^(?:Some|Many|Several|A few|Few)\s(?![^,]*\b(?:believe|argue|think|agree|hold|claim|contend)\s+that\b)/;
/** "Applied to pea plants, that means that the _____ …": "that" stands for a principle told before */
const THAT_STANDS_FOR = /^(?:[^,]{0,60},\s+)?(?:that|this)\s+(?:means|is why|explains|shows|implies)\b/i;

/**
 * "the _____ that are now located at either end of the cell", "At this stage, …", "Now suppose …": a stage of a
 * process or a scene told before, which the blank's sentence does not name ("now believe", "now called" speak of today)
 */
const STAGE_NOW =
  /\b(?:is|are)\s+now\s+(?:located|positioned|attached|aligned|lined|ready|free|bound|separated|paired|arranged|visible|complete)\b|^Now,?\s+(?:suppose|imagine|consider|let)\b|\b(?:at|by) (?:this|that) (?:point|stage|step|phase)\b/i;
/** "talk internally with the other _____": the others of a set the text named before */
const OTHER_OF_SET = /\b(?:the|its|their|his|her)\s+other\s+$/i;
/**
 * "The most widely used _____ is the U.S. Postal Service", "One well-known _____ is Castor, …": the kind of a named
 * instance, which many kinds fit
 */
const NAMED_INSTANCE = /^\s+(?:is|was)\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}|\s*[,.;:(]|$)/u;

/**
 * "In _____, the nuclei do not exhibit degeneracy pressure", "the _____ does not repeat itself until …": what the blank's
 * own clause says it does not do fits many things (blind raters of pA-pQ accepted none of four such blanks); a "which do
 * not" clause or a negation further on says something else
 */
const NEGATED_DO = /\b(?:do|does|did)\s+not\b|\b(?:don|doesn|didn)['’]t\b/i;
function negatedRightAfter(after: string): boolean {
  const m = NEGATED_DO.exec(after);
  if (!m) return false;
  const between = after.slice(0, m.index);
  return between.split(/\s+/).length <= 8 && !/\b(?:which|that|who|whom|whose)\b/i.test(between);
}
/** "Above the _____ is the blood plasma": a place told by what lies beside it, in a picture the student does not see */
const PLACED_BY =
  /^(?:Above|Below|Beneath|Behind|Inside|Within|Beside|Between|Under|Over|Near|Along|Around|Next to)\s+(?:the\s+)?$/;

/** The sentence's frame leaves the blank open (`before` and `after`: the sentence on either side of the blank). */
export function openFrame(text: string, before: string, after: string): boolean {
  return (
    HEDGED_START.test(text) ||
    WEIGHED_SLOT.test(before) ||
    AMOUNT_OF.test(before) ||
    EXAMPLE_LIST.test(before) ||
    (EXAMPLE_MEMBER.test(before) && /^,\s/.test(after)) ||
    REPORTED_ONLY.test(after) ||
    BARE_QUANTIFIER.test(text) ||
    SOME_OF_A_CLASS.test(text) ||
    THAT_STANDS_FOR.test(text) ||
    STAGE_NOW.test(text) ||
    OTHER_OF_SET.test(before) ||
    NAMED_INSTANCE.test(after) ||
    negatedRightAfter(after) ||
    PLACED_BY.test(before) ||
    RANKED_IN.test(text) ||
    // "Related to _____ and professionalization is the concept of neutral competence": the blank only leads to the subject
    /^(?:Closely\s+)?(?:Related|Linked|Connected|Similar) to\b/.test(text) ||
    CREDITED.test(after)
  );
}

/** "The _____ was first proposed in 1669 by the Danish scientist Nicolas Steno": who put it forward, not what it is */
const CREDITED =
  /^\s+(?:was|were|is|are|had been|has been)\s+(?:first\s+)?(?:proposed|coined|introduced|developed|formulated|named|discovered|described|put forward)\s+(?:in\s+\d{4}\s+)?by\b/;
/** "In 2024, Luxembourg, Denmark, and the Netherlands ranked the highest in _____": a table's detail of one year */
const RANKED_IN =
  /\b(?:rank|ranks|ranked|ranking|rated|scored)\s+(?:the\s+)?(?:\p{Ll}+est|highest|lowest|first|last|top|bottom)\b/u;

/** "fetus" and "fetal", "uterus" and "uterine", "ulna" and "ulnar": a Latin noun's ending and an adjective's */
const LATIN_NOUN_END = /(?:us|um|is|a|on|ex|ix)$/;
const ADJECTIVE_END = /^(?:al|ar|ic|ine|ial|ous|ical)$/;

/** A word of the sentence is the adjective of the blank's Latin noun ("as the _____ grows … fetal movements" -> fetus). */
export function latinAdjectiveGivesAway(answer: string, rest: string): boolean {
  const last = answer.toLowerCase().split(/\s+/).pop()!;
  const stem = last.replace(LATIN_NOUN_END, "");
  if (stem === last || stem.length < 3) return false;
  const words = rest.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((w) => w.startsWith(stem) && ADJECTIVE_END.test(w.slice(stem.length)));
}

/** "_____–Feingold": the blank is one half of a name or a compound joined by a hyphen or an en dash (an em dash is
 * punctuation: "… to the _____—specifically, …") */
export function dashedHalf(before: string, after: string): boolean {
  return /^[–-]\p{L}/u.test(after) || /\p{L}[–-]$/u.test(before);
}

/** "the hypophyseal (pituitary) _____": a modifier and its gloss before the blank leave its head noun to guess */
export function glossedModifierBefore(before: string): boolean {
  return /\b\p{Ll}[\p{Ll}-]+\s+\([^)]{2,40}\)\s*$/u.test(before);
}
