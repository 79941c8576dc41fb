// Prompts that stand alone: what a name means cut after its blank, a comment that points back cut, and the sentence
// before shown when the prompt leans on it (a pronoun, "this", a definite plural the sentence before named in full).
import { apparatusRanges, cutRanges, isApparatusSentence, isMetaDiscourse } from "./apparatus";
import { BLANK, clean, dangles, leansOnContext, withoutLeadConnective } from "./prompt";
import type { StatedSentence } from "./item-kit";
import type { Lexicon } from "./lexical";
import { singular } from "./np";
import { nounUsedIn } from "../text/words";

/** ", meaning “lovers of extremes”", "(literally, …)": what a name means (", which means that …" explains the thing) */
const NAME_GLOSS =
  /^\s*(?:,\s*(?:(?:meaning|which means)(?=\s*[“"‘']|(?:\s+[\p{L}-]+){1,4}\s*[.;)]|\s*$)|literally|from the (?:Greek|Latin))\b[^.;]*|\((?:literally|from|meaning|Greek|Latin)\b[^)]*\))/iu;

/**
 * "… are called _____, meaning “lovers of extremes.”", "… _____ (literally, “self-feeders using light”)": what the
 * name means, right after the blank, spells the answer out; the sentence ends at the blank.
 */
function withoutGloss(prompt: string): string {
  const at = prompt.indexOf(BLANK);
  if (at < 0) return prompt;
  const rest = prompt.slice(at + BLANK.length);
  const m = NAME_GLOSS.exec(rest);
  if (!m) return prompt;
  const after = rest.slice(m[0].length).replace(/^[\s”"’]*/, "");
  return (
    prompt.slice(0, at + BLANK.length) +
    (after.startsWith(".") || !after ? "." : after.startsWith(",") ? after : " " + after)
  );
}

/** "known as the _____ because … X, Y, and Z …, outraged": the reason for a name spells the name out */
const NAME_REASON = /^\s+because\s[^.;]*?(,\s+(?!(?:does|has|is|was)\s)\p{Ll}+(?:ed|s)\s)/u;

/**
 * "News of the attempt …, known as the _____ because the French emissaries were referred to as X, Y, and Z in letters
 * …, outraged the American public …": the reason after a naming blank is cut, up to where the sentence goes on.
 */
function withoutNameReason(prompt: string): string {
  const at = prompt.indexOf(BLANK);
  // (only after a comma that closes the subject: "News of the attempt …, known as the _____ because …, outraged")
  if (
    at < 0 ||
    !/\S,\s+(?:known as|called|named|termed|dubbed)\s+(?:(?:the|a|an|a\(n\))\s+)?$/i.test(prompt.slice(0, at))
  )
    return prompt;
  const rest = prompt.slice(at + BLANK.length);
  const m = NAME_REASON.exec(rest);
  if (!m) return prompt;
  return prompt.slice(0, at + BLANK.length) + rest.slice(m[0].length - m[1]!.length);
}

/**
 * "_____ is often referred to as slow-wave sleep because this stage is …": a reason or a comment after the fact that
 * points back ("this stage", "it") is cut, so the fact stands alone.
 */
export function standAlone(prompt0: string): string {
  const prompt = withoutGloss(withoutNameReason(prompt0));
  if (!leansOnContext(prompt)) return prompt;
  const at = prompt.indexOf(BLANK);
  const tail = prompt.slice(at + BLANK.length);
  // ("… tiny plates called _____; these plates serve as struts …": the clause after the semicolon points back)
  const m =
    /(?<!\b(?:in|of|by|for|with|to|on|at|from|through|during|under))(?:,?\s+)(?:because|since|although|though|whereas|while|so that|and thus|thus)\s/i.exec(
      tail,
    ) ?? /;\s+(?=(?:this|these|those|they|it|such)\s)/i.exec(tail);
  if (!m) return prompt;
  const cut = prompt.slice(0, at + BLANK.length + m.index).replace(/[\s,;:]+$/, "") + ".";
  return cut.split(/\s+/).length >= 6 && !leansOnContext(cut) ? cut : prompt;
}

const NOT_MODIFIER = /^(?:the|a|an|this|that|these|those|of|and|or|in|to|for|with|its|their|his|her|our|by|on|at|as)$/i;

/**
 * "… mobilized the response to the acts …" after a sentence about the Alien and Sedition Acts: a definite plural the
 * sentence before named more fully ("Sedition Acts", "extracellular fluids") means those, and the prompt needs them
 * ("the body" after "the human body" is clear alone).
 */
export function refersBack(prompt: string, prev: string | undefined, lexicon?: Lexicon): boolean {
  if (!prev) return false;
  if (lexicon && genericOpener(prompt, prev, lexicon)) return true;
  // "Calcitonin is released from the thyroid gland … The hormone increases …": a sentence that opens on "The" and a
  // bare class noun speaks of the thing the sentence before named
  const opener = CLASS_OPENER.exec(prompt);
  if (opener && !prev.toLowerCase().startsWith("the " + opener[1]!.toLowerCase())) return true;
  // "… there are small gaps … Each gap is called a node of Ranvier": "each" of the things the sentence before named
  const each = /^Each\s+(\p{Ll}{3,})\b/u.exec(prompt);
  if (each && new RegExp(`\\b${each[1]}(?:e?s)?\\b`, "iu").test(prev)) return true;
  if (!prompt.includes("the ")) return false;
  const prevLow = prev.toLowerCase();
  for (const m of prompt.matchAll(/\bthe\s+(\p{Ll}{4,})\b(?!\s+(?:of|that|which|who|in)\b)/gu)) {
    const w = m[1]!;
    // (a cheap look first: the noun must be in the sentence before, after another word)
    if (!prevLow.includes(" " + w)) continue;
    if (new RegExp(`\\bthe\\s+(?:\\p{L}+\\s+){0,3}${w}\\b`, "iu").test(prompt.slice(0, m.index))) continue;
    for (const p of prev.matchAll(new RegExp(`([\\p{L}-]+)\\s+${w}\\b`, "giu")))
      if (!NOT_MODIFIER.test(p[1]!) && (/s$/.test(w) || /^\p{Lu}/u.test(p[1]!))) return true;
  }
  return false;
}

/** "The value derived from …", "The damage results …": "The", an everyday noun and no "of"/clause that says which */
const THE_NOUN =
  /^The\s+(\p{Ll}{4,})\b(?!\s+(?:of|that|which|who|whose|in which|by which|where|when|whereby|called|known|named)\b)/u;

/** "The three types …", "The first stage …": a count or an order, not a noun */
const COUNT_WORD =
  /^(?:three|four|five|seven|eight|nine|first|second|third|fourth|fifth|last|next|same|other|following|main|major|most|many|several|whole|entire|relative)$/;

/**
 * "Note that this value for the Hubble constant … The value derived from measurements of redshifts is …": an everyday
 * noun (a frequent word, not a term) as the definite subject means the one the sentence before spoke of ("The
 * epidermis …" after a sentence on the epidermis names its thing alone).
 */
function genericOpener(prompt: string, prev: string, lexicon: Lexicon): boolean {
  const noun = THE_NOUN.exec(prompt)?.[1];
  if (!noun || COUNT_WORD.test(noun) || lexicon.frequency(singular(noun)) < 10) return false;
  return nounUsedIn(prev.toLowerCase(), noun);
}

/** "The hormone …", "The decade …", "The cells, called …": a class noun as a sentence's subject */
const CLASS_OPENER =
  /^The\s+(hormones?|enzymes?|proteins?|molecules?|compounds?|substances?|glands?|organs?|reactions?|decade|century|era|period|war|treaty|ruling|decision|verdict|experiment|study|studies|researchers|scientists|company|firm|drug|disease|device|technique|procedure|mechanism|phenomenon|method|cells?|tissues?|system|variable|group|members|model|theory|approach|movement|institution|organization|process|concept|idea|condition|situation|effect|stage|phase|structure|pattern)(?:,\s+(?:called|known)\s|\s+(?!of\b|that\b|which\b|who\b|in which\b|by which\b|where\b|when\b|whereby\b)\p{Ll})/u;

/**
 * "This new version of the test …", "The original devices …": the noun after a leading "This"/"These"/"Such"/"The
 * original" is named in `prev` too.
 */
function namesPointedNoun(prompt: string, prev: string): boolean {
  const m =
    /^(?:This|These|Such|That|Those|The\s+(?:original|same|resulting|latter|former))\s+(?!(?:is|was|are|were|has|had|have|can|may|will|would|could|also|means?|shows?)\b)(?:[a-z-]+\s+){0,2}?([a-z]{4,})\b(?=\s+(?:of|is|are|was|were|has|have|can|may|in|on|\w+ed|\w+s)\b)/.exec(
      prompt,
    );
  if (!m) return true;
  // "… a needle can be inserted … to withdraw CSF. This procedure is called a(n) _____.": a kind of thing (a procedure,
  // a situation, an effect) that the sentence names is what the sentence before describes (not a stage or a type:
  // one of a set the text went through before)
  if (KIND_NOUN.test(m[1]!) && NAMES_IT.test(prompt)) return true;
  const stem = m[1]!.replace(/(?:es|s)$/, "").slice(0, 5);
  return prev.toLowerCase().includes(stem);
}

/** nouns of a kind of thing, not of a thing itself (which the sentence before must name) */
const KIND_NOUN =
  /^(?:process|procedure|situation|condition|phenomenon|phenomena|effect|mechanism|relationship|practice|pattern|system|circumstance|arrangement|tendency|behaviou?r|response|reaction|principle|approach|method|technique|change|idea|concept|view|belief)s?$/;
/** "… is called", "… are known as", "… is popularly referred to as": the sentence gives a name */
const NAMES_IT =
  /^\S+(?:\s+[\p{Ll}-]+){1,6}?\s+(?:is|are)\s+(?:(?:also|often|sometimes|commonly|popularly|usually|generally)\s+)?(?:called|known as|referred to as|termed|named)\s/u;

/**
 * A prompt that leans on the sentence before it ("This idea is called _____.", "Such structures are …") is shown
 * after that sentence; without one it is dropped. "This difference in charge across …" reads alone as "The …".
 */
export function withContext(prompt: string, s: StatedSentence, lexicon?: Lexicon): string | null {
  // the concept family resolves no pronoun: a prompt that leans on what came before gets it as context
  if (!dangles(prompt) && !leansOnContext(prompt) && !refersBack(prompt, s.prevText, lexicon)) return prompt;
  // ("In fact, we often …", "Therefore, some goods …": the context sentence's own tie to what came before goes)
  const prev = s.prevText ? withoutLeadConnective(clean(s.prevText)) : "";
  if (
    !prev ||
    dangles(prev) ||
    leansOnContext(prev) ||
    isApparatusSentence(prev) ||
    // ("You’ve already learned that there are many ways …": a sentence to the reader about the book is no context)
    isMetaDiscourse(prev) ||
    /\byou(?:['’]ve| have) (?:already )?(?:learned|read|seen|studied)\b/i.test(prev) ||
    prev.split(/\s+/).length > 35 ||
    /_{3,}/.test(prev)
  )
    return null;
  // a question before ("Third: Who makes the decisions …?") answers nothing; "This new version of the test" needs
  // the sentence before to name a version
  if (/\?["”’]?$/.test(prev.trim()) || !namesPointedNoun(prompt, prev)) return null;
  const full = withoutLeadConnective(cutRanges(s.prevText!.trim(), apparatusRanges(s.prevText!.trim())).trim());
  return `${/[.!?]["”’]?$/.test(full) ? full : full + "."} ${prompt}`;
}
