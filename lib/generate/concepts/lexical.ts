// What the concept family may ask of a general English lexicon (WordNet through lib/lexicon, passed in by the
// caller so the engine stays pure). Every method answers for a lower-case lemma; multi-word lemmas use spaces.

export interface Lexicon {
  /** coarse semantic classes of the noun's senses, most frequent sense first ("body", "substance", …); [] if unknown */
  nounClasses(lemma: string): string[];
  /** how often the word is met in general English (sense-tagged corpus counts over all its senses; 0 if rare) */
  frequency(lemma: string): number;
  /** how often the word (as written, lower case) is spoken in everyday English: counts per 51 million words of film
   *  subtitles, 0 if unknown (optional: a lexicon without it leaves everyday words unrecognised) */
  spoken?(word: string): number;
  /** true when the lexicon knows the lemma as a noun */
  isNoun(lemma: string): boolean;
  /** true when the lexicon knows the word (any inflection it lists) as a verb */
  isVerb(word: string): boolean;
  /** how many noun senses the lemma has (0 when unknown) */
  senseCount(lemma: string): number;
  /** other names of the noun's senses (synonyms), lower case */
  synonyms(lemma: string): string[];
  /** nouns that share the first sense's parent class (co-hyponyms), lower case, at most `max` */
  siblings(lemma: string, max: number): string[];
  /** the larger places a place is directly part of ("tajikistan" -> asia, "almaty" -> kazakhstan), lower case;
   *  [] when unknown (optional) */
  regions?(lemma: string): string[];
  /** true when a sense of `lemma` is a kind of `ancestor` ("basophil" of "leukocyte"), through its parent classes
   *  (optional) */
  kindOf?(lemma: string, ancestor: string): boolean;
}

/** A lexicon that knows nothing: the engine then relies on the documents alone. */
export const NO_LEXICON: Lexicon = {
  nounClasses: () => [],
  frequency: () => 0,
  isNoun: () => false,
  isVerb: () => false,
  senseCount: () => 0,
  synonyms: () => [],
  siblings: () => [],
};
