// The gloss a definition card shows: cut where the sentence went on to other things (a second sentence run on after a
// comma, its examples, an aside between dashes), with the clause after "but" that sets the term apart, and the person
// whose view it gives named for "he" or "she".
import type { Phrase } from "./types";
import { clean } from "./prompt";
import { PERSON_PRONOUN } from "./naming-items";
import { restated } from "./glosses";

/**
 * "proteins that are not constitutively present in the body, but are made as they are needed …": the clause after
 * "but" holds what sets the term apart, and a gloss cut before it fits other terms; it runs to the sentence's end (the
 * checks on a gloss then decide: "as they are needed" makes it a clause about the term, no card).
 */
function withBut(gloss: Phrase, text: string): string {
  const rest = text.slice(gloss.b);
  if (!/^,?\s+but\s+(?:are|is|were|was|can|may|have|has|also|rather|instead)\b/.test(rest)) return gloss.text;
  return gloss.text + rest.replace(/^,/, "").replace(/[.!?]["”’]?\s*$/, "");
}

/** ", it provides …", ", and, like most forms of socialization, it starts …": a second sentence run on after a comma */
const PRONOUN_CLAUSE = /(?:,\s+(?:and|but|so)(?:,\s+[^,]*)?)?,\s+(?:it|they)\s+(?!(?:and|or)\b)\p{Ll}[\p{L}-]*\s.*$/su;
/**
 * The gloss before a second sentence run on after a comma ("a separate legal entity, it provides limited liability
 * …"); a gloss with a colon before it is left whole ("a gentle elephant: when viewed over time, it does not …" is a
 * figure of speech, which the checks on a gloss then refuse).
 */
function pronounCut(gloss: string): string {
  const m = PRONOUN_CLAUSE.exec(gloss);
  return m && !/[:;]/.test(gloss.slice(0, m.index)) ? gloss.slice(0, m.index) : gloss;
}

/** ", such as A, B, or C, " before a phrase that goes on with the gloss ("on the basis of …", "in which …") */
const SUCH_AS_INSIDE =
  /,\s+such as\s+[^,;]+(?:,\s+[^,;]+)*?,?\s+(?:and|or)\s+[^,;]+,\s+(?=(?:on|in|by|for|based|because|when|where|which|that|with|from|at|under|through|without|depending)\b)/;

/**
 * A gloss without what the sentence went on to say: a second clause after a comma ("the amount of blood that returns
 * to the heart (venous return), afterload is the resistance …") and, in a long gloss, its examples ("…, such as …").
 */
function trimGloss(gloss0: string): string {
  // ("… from the placenta—the organ of gas exchange between …—to bypass …": the aside between dashes goes)
  // ("… or starting up a new enterprise in a foreign country For example, in 2008 …": an example run on without its
  // full stop is the next sentence)
  const gloss = gloss0.replace(/\s*—[^—;]{3,90}—\s*/g, " ").replace(/\s+For (?:example|instance)\b.*$/s, "");
  // (", or brand that is designed to …" is the series' last member and its own clause, not a second sentence)
  const spliced = pronounCut(
    gloss.replace(/,\s+(?:(?!(?:and|or|that|which|who)\s)\p{Ll}[\p{L}-]*\s+){1,3}(?:is|are)\s.*$/su, ""),
  );
  // "coverage for certain policies, such as auto, homeowners, or business insurance, on the basis of the neighborhoods
  // …": the examples go, what follows them stays (cut there, the gloss loses its differentia)
  const inner = SUCH_AS_INSIDE.exec(spliced);
  if (inner) return spliced.slice(0, inner.index) + " " + spliced.slice(inner.index + inner[0].length);
  const cut = spliced.search(/,?\s+such as\s/);
  if (cut <= 0 || spliced.slice(0, cut).split(/\s+/).length < 10) return spliced;
  // "a group of glands (such as the thyroid and …)": inside brackets the whole aside goes, not half of it
  const open = spliced.lastIndexOf("(", cut);
  if (open > spliced.lastIndexOf(")", cut)) {
    const close = spliced.indexOf(")", cut);
    return close < 0
      ? spliced.slice(0, open).trimEnd()
      : (spliced.slice(0, open).trimEnd() + spliced.slice(close + 1)).trim();
  }
  return spliced.slice(0, cut);
}

/** "…, as described by Jung, …", "According to Carl Jung, …": whose view the sentence gives (the surname) */
const WHOSE_VIEW =
  /\b(?:as (?:described|defined|proposed|put|explained|argued|conceived) by|according to)\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,2}(\p{Lu}[\p{L}'’-]+)(?=[,.;\s])/u;

/**
 * "a theoretical repository of information he believed to be shared by everyone" in "The collective unconscious, as
 * described by Jung, is …": one "he" or "she" in the gloss is the person whose view the sentence gives -> "Jung".
 */
function personNamed(gloss: string, text: string): string {
  // (exactly one person pronoun: the gloss split at it falls in two)
  if (gloss.split(PERSON_PRONOUN).length !== 2) return gloss;
  const who = WHOSE_VIEW.exec(text)?.[1];
  if (!who) return gloss;
  return gloss.replace(/\b(?:he|she)\b/i, who).replace(/\b(?:his|her)\b/i, `${who}’s`);
}

/** The gloss a definition card shows ("a genetic disorder discussed earlier": the pointer into the book goes). */
export function definitionGloss(g: Phrase, term: string, text: string): string {
  return trimGloss(
    personNamed(
      restated(clean(withBut(g, text)), term).replace(
        /,?\s+(?:which (?:is|are|was|were)\s+)?(?:discussed|mentioned|described|introduced|noted|covered)\s+(?:earlier|above|below|previously|before|later|in (?:an?|the) (?:earlier|previous|later|next) (?:chapter|section|module))$/i,
        "",
      ),
      text,
    ),
  );
}
