// A people's own word from an ethnographic or regional example ("Gambians use the term juuntuwaay …", "In central
// Madagascar, … a “turning of the bones,” called famidihana", "individuals known as despachantes … Brazilian
// bureaucracy"): an illustration's detail, not a term of the discipline a student learns.
import { singular } from "./np";
import type { Lexicon } from "./lexical";
import { DEMONYM_SUFFIX } from "../lexicon";

/** how often (per the lexicon's counts) a place or people name may be said to be a rare one */
const RARE = 5;
/** a capitalised word inside the sentence (not its first word) */
const INNER_CAPITALISED = /(?<=[^.!?]\s)\p{Lu}\p{Ll}{2,}/gu;

/** The sentence names a country or region (a rare place name in the lexicon) or a people. */
function namesPlaceOrPeople(text: string, lexicon: Lexicon): boolean {
  for (const [w] of text.matchAll(INNER_CAPITALISED)) {
    const low = singular(w.toLowerCase());
    const classes = lexicon.nounClasses(low);
    // (a rare name: "Madagascar", "Gambian"; not "States", "English" or "Roman", whose words a textbook also teaches)
    if (lexicon.frequency(low) > RARE) continue;
    if (
      classes[0] === "location" ||
      (classes.includes("person") && DEMONYM_SUFFIX.test(w.toLowerCase().replace(/s$/, "")))
    )
      return true;
  }
  return false;
}

/** One lower-case word no dictionary knows, in a sentence about a place or a people: that people's own word. */
export function localWord(term: string, text: string, lexicon: Lexicon): boolean {
  if (!/^\p{Ll}+$/u.test(term)) return false;
  if (known(term, lexicon) || known(singular(term), lexicon) || compound(term, lexicon)) return false;
  return namesPlaceOrPeople(text, lexicon);
}

function known(w: string, lexicon: Lexicon): boolean {
  return lexicon.isNoun(w) || lexicon.frequency(w) > 0;
}

/** "worldview", "crowdfunding": two English words written as one */
function compound(w: string, lexicon: Lexicon): boolean {
  // (one a word people use: "capo" + "eira" are rare dictionary nouns, not a compound)
  const used = (part: string) => lexicon.frequency(part) > 0;
  for (let i = 3; i <= w.length - 3; i++) {
    const [a, b] = [w.slice(0, i), w.slice(i)];
    if ((used(a) && known(b, lexicon)) || (known(a, lexicon) && used(b))) return true;
  }
  return false;
}
