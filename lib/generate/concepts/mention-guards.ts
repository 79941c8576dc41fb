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
  return (
    describedAnswer(answer, info) ||
    ownedByReader(before) ||
    nameOfList(answer, after) ||
    stemGivesAway(answer, before + " " + after)
  );
}
