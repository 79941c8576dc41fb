// Where a gloss shows its term's own words: its initials ("CO" for cardiac output), or its genus in the singular; and
// whether it says what one of a thing is that the text counts ("What is a cycloalkane?").
import { inflectPhrase } from "./np";

const LETTER_START = /^\p{L}/u;

/** The term's initials ("CO" for cardiac output) stand in the gloss as a word of their own. */
export function initialsIn(gloss: string, term: string): boolean {
  const ws = term.split(/[\s-]+/).filter((w) => LETTER_START.test(w));
  if (ws.length < 2) return false;
  // (letters only: the initials go into a pattern)
  const initials = ws.map((w) => w.charAt(0).toUpperCase()).join("");
  return new RegExp(`(?<![\\p{L}])${initials}(?![\\p{L}])`, "u").test(gloss);
}

/** The gloss's genus stands in it in the singular ("the diplontic phase in …"; not "the building blocks of …"). */
export function singularHead(gloss: string, genus: string): boolean {
  if (!/^\p{Ll}+$/u.test(genus)) return false;
  const m = new RegExp(`\\b${genus}(\\p{L}*)`, "iu").exec(gloss);
  // (a genus read wrongly, "often" of "the small chemical groups often associated …": no plural noun may open the gloss)
  const opening = gloss.split(/\s+/).slice(1, 5);
  return !!m && m[1] === "" && !opening.some((w) => /[^s]s$/i.test(w));
}

/** genera that a mass noun or an abstract one is defined by: "a process in which …", "an economic system …" */
const MASS_GENUS =
  /^(?:process|state|condition|phenomenon|form|type|kind|way|method|practice|measure|approach|theory|field|branch|study|science|system|tendency|ability|act|action|pattern|property|feeling|belief|view|situation|period|sense|mode|means|increase|decrease|change|movement|set|combination|use|lack|loss|sum|amount|term|name|word)$/;
/** heads of a mass or abstract noun: "communism", "acidity", "awareness", "learning", "economics", "homeostasis" */
const MASS_HEAD = /(?:ism|ity|ness|ing|ics|sis)$/;
/** single words of a process or a state: "inflation", "diffusion", "management", "resistance", "dependence" */
const MASS_WORD = /(?:tion|sion|ment|ance|ence)$/;

/**
 * "Cycloalkane: An alkane that contains a ring of carbons", "A hybrid orbital is an orbital derived from …": the gloss
 * says what one of them is, so the question asks for one: "What is a cycloalkane?" (blind raters of nT flagged the
 * bare "What is cycloalkane?" as ungrammatical). Not a mass or abstract noun defined by an "a" of its genus
 * ("Communism is an economic system", "Inflation is a general increase in prices").
 */
export function glossSaysOne(term: string, gloss: string, genus: string): boolean {
  if (!/^an?\s/i.test(gloss) || !/^\p{Ll}[\p{Ll}\d-]*(?:\s+\p{Ll}[\p{Ll}\d-]*){0,3}$/u.test(term)) return false;
  const words = term.split(/\s+/);
  const head = words[words.length - 1]!;
  if (MASS_GENUS.test(genus.toLowerCase()) || MASS_HEAD.test(head)) return false;
  return words.length > 1 || !MASS_WORD.test(head);
}

/**
 * "Turnover number: The number of substrate molecules acted on by …": a gloss with "the" says there is one such thing;
 * a name of two to four lower-case words, not of a process or a state, is asked with it ("What is the turnover
 * number?"; blind raters of nT flagged "What is inductive effect?").
 */
export function glossSaysTheOne(term: string, gloss: string): boolean {
  if (!/^the\s/i.test(gloss) || !/^\p{Ll}[\p{Ll}\d-]*(?:\s+\p{Ll}[\p{Ll}\d-]*){1,3}$/u.test(term)) return false;
  const head = term.slice(term.lastIndexOf(" ") + 1);
  return !MASS_HEAD.test(head) && !MASS_WORD.test(head) && !/[^s]s$/.test(head);
}

/**
 * The text (`low`, in lower case) counts the thing: it writes "a"/"an" right before the name, or the name in the
 * plural ("cycloalkanes", "hybrid orbitals"). Mass nouns defined by an "a" of their genus ("Pressure: a force …",
 * "Leukemia is a cancer …") are not written so, or not often (blind raters accepted "What is pressure?").
 */
export function usedAsCount(low: string, name: string): boolean {
  const n = name.toLowerCase();
  // (a name the inflector leaves as it is, "cobalt-60", has no plural to count)
  const plural = inflectPhrase(n, true);
  let counted = 0;
  let bare = 0;
  for (let i = low.indexOf(n); i >= 0; i = low.indexOf(n, i + n.length)) {
    if (!wordAt(low, i, n.length)) continue;
    if (/(?:^|\W)an? $/.test(low.slice(Math.max(0, i - 3), i))) counted++;
    else bare++;
  }
  if (plural !== n)
    for (let i = low.indexOf(plural); i >= 0; i = low.indexOf(plural, i + plural.length))
      if (wordAt(low, i, plural.length)) counted++;
  // (a mass noun is written bare more often than it is counted: "prejudice", "international law")
  return counted >= 2 && counted > bare;
}

/**
 * The text (`low`, in lower case) says the name at most once, as a book's list of key terms says each of its names:
 * how it writes the name cannot tell whether the thing is counted, so the gloss tells ("Hybrid orbital: An orbital
 * derived from …" asks "What is a hybrid orbital?").
 */
export function seldomSaid(low: string, name: string): boolean {
  const n = name.toLowerCase();
  let said = 0;
  for (let i = low.indexOf(n); i >= 0 && said < 2; i = low.indexOf(n, i + n.length))
    if (wordAt(low, i, n.length)) said++;
  return said <= 1;
}

const CAPITALISED_NAME = /^\p{Lu}\p{Ll}+(?:[–-]\p{Lu}\p{Ll}+)?\s/u;
const LOWER_WORDS = /^(?:\s+\p{Ll}[\p{Ll}-]*){1,3}$/u;
/** a condition or a disease is named bare ("Chagas disease", "Down syndrome") */
const BARE_HEAD = /\b(?:disease|syndrome|disorder|sign|fever|virus)$/;

/**
 * A person's name and the kind of thing named after the person ("Dieckmann cyclization reaction", "Wolff–Kishner
 * reaction", "Williamson ether synthesis"): asked "What is the Dieckmann cyclization reaction?" (blind raters of nT flagged
 * the bare "What is Dieckmann cyclization reaction?"). Not a word of the language capitalised ("White privilege"), a
 * person's own rule ("Markovnikov’s rule") or a disease named bare.
 */
export function namedAfterPerson(
  name: string,
  isWord: (w: string) => boolean,
  isCommon: (w: string) => boolean,
): boolean {
  const m = CAPITALISED_NAME.exec(name);
  if (!m || !LOWER_WORDS.test(name.slice(m[0].length - 1)) || BARE_HEAD.test(name)) return false;
  // (the kind is a word of the language: "reaction", "synthesis"; not a species' epithet, "Yersinia pestis")
  const head = name.slice(name.lastIndexOf(" ") + 1);
  return (
    isCommon(head) &&
    !m[0]
      .trim()
      .split(/[–-]/)
      .some((w) => isWord(w.toLowerCase()))
  );
}

const WORD_CHAR = /[\p{L}-]/u;

/** `low` holds a whole word (or hyphenated compound) at [i, i + len): no letter or hyphen either side */
function wordAt(low: string, i: number, len: number): boolean {
  return !WORD_CHAR.test(low.charAt(i - 1)) && !WORD_CHAR.test(low.charAt(i + len));
}
