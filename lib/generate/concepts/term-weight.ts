// How much a key term weighs for a student: whether it is a term at all (termy), how important it is (stated,
// formatted, repeated, unusual in general English), and the words that name a family of terms.
import { headOf } from "./np";
import type { Lexicon } from "./lexical";
import type { TermInfo } from "./terms";

const EVENT_CLASSES = new Set([
  "act",
  "event",
  "communication",
  "cognition",
  "possession",
  "process",
  "state",
  "phenomenon",
]);

/** "Louisiana Purchase", "Alien and Sedition Acts", "Marbury v. Madison": a name whose head says what kind of event it is. */
function namedEvent(t: TermInfo, lexicon: Lexicon): boolean {
  if (!t.key.includes(" ") || / v\.? /.test(t.key)) return / v\.? /.test(t.key);
  const cls = lexicon.nounClasses(t.head);
  return (
    cls.length > 0 &&
    EVENT_CLASSES.has(cls[0]!) &&
    !/^(?:university|college|school|party|council|union|committee|association)$/.test(t.head)
  );
}

/** one word formed like a term of science or medicine: never a name */
export const SCIENCE_NOUN =
  /^\p{L}+(?:escence|emia|aemia|osis|itis|ectomy|plasia|trophy|genesis|lysis|philia|phobia)$/u;

/** A term a student learns as such: stated, listed, in a heading or title, formatted, a compound or an unusual word. */
export function termy(t: TermInfo, lexicon: Lexicon): boolean {
  // names are the entity family's; a name the text gives on purpose ("known as the XYZ affair", "The Revolution of
  // 1800 refers to …") or the name of an event or an act ("the Louisiana Purchase") is a term
  if (t.proper && !t.named && !(t.defined && t.key.includes(" ")) && !namedEvent(t, lexicon)) return false;
  // an acronym alone ("CSTO", "NREM") is a name the entity family asks about ("What does … stand for?")
  if (!t.key.includes(" ") && /^\p{Lu}[\p{Lu}\d&-]+s?$/u.test(t.display) && !t.defined && !t.named) return false;
  // "A duck is an aquatic bird", "Milk is an emulsion of …": an everyday word the text uses once or twice is an
  // illustration, not a term
  if (!t.key.includes(" ") && t.freq <= 2 && lexicon.frequency(t.key) >= 12 && !t.inHeading && !t.formatted)
    return false;
  if (t.defined || t.named || t.listed || t.formatted) return true;
  return t.key.includes(" ") || lexicon.frequency(t.key) < 12;
}

/**
 * Words that modify three or more of the key terms ("hair" of hair shaft, hair root and hair matrix; "sweat" of
 * eccrine and apocrine sweat glands and sweat pores): the name of a family of terms, no cue to any one member.
 */
export function familyWords(keys: TermInfo[]): Set<string> {
  const count = new Map<string, number>();
  for (const t of keys) {
    const ws = t.key.split(" ");
    for (const w of new Set(ws.slice(0, -1))) if (w.length >= 4) count.set(w, (count.get(w) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= 3).map(([w]) => w));
}

/** Below this importance a defined term needs to be some sentence's subject to be asked as a term (see unweighted). */
const WEIGHTLESS = 4;

/**
 * "… woven into daily life, a sort of auditory backdrop …", "crude oil, a complex mixture that …", "the elements shaded
 * in yellow", "a $45 billion a year business": a phrase read as defined that the text names once, in no heading, and
 * never makes the subject of a sentence is an object or an aside the reader's eye passes over, not a term the text
 * teaches (blind raters on hA and hC accepted 0 of 8 such cards, and 47 of 65 of the others); such a phrase, read as
 * defined, is no key term for a mention blank either
 */
export function unweighted(info: TermInfo): boolean {
  return info.importance < WEIGHTLESS && info.subjectOf === 0;
}

/** How much a student needs this term: stated, formatted and repeated terms first; common words count less. */
export function importance(t: TermInfo, lexicon: Lexicon): number {
  const words = t.key.split(" ").length;
  let rare = 0;
  if (words === 1) {
    const f = lexicon.frequency(t.key);
    // a word the lexicon does not know at all is usually a technical term ("phagolysosome", "acrosome")
    rare = f === 0 ? (lexicon.isNoun(t.key) || t.proper ? 0.8 : 1.4) : f < 10 ? 0.5 : f < 40 ? 0.1 : -0.6;
  } else {
    // a compound with an unusual word in it ("beta wave", "myelin sheath") is more technical than "cell type"
    const unusual = t.key.split(" ").some((w) => w.length > 2 && lexicon.frequency(w) < 3);
    rare = unusual ? 1.0 : lexicon.frequency(headOf(t.key)) < 10 ? 0.6 : 0.3;
  }
  return (
    (t.defined > 0 ? 2.5 : 0) +
    (t.named > 0 ? 2.0 : 0) +
    (t.listed > 0 ? 0.8 : 0) +
    (t.aliases.size ? 0.4 : 0) +
    (t.inTitle ? 1.5 : 0) +
    (t.inHeading ? 1.0 : 0) +
    (t.formatted ? 1.5 : 0) +
    0.7 * Math.log2(1 + Math.min(t.freq, 30)) +
    (t.subjectOf >= 2 ? 0.4 : 0) +
    rare
  );
}
