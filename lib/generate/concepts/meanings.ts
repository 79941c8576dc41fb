// What a word means, said in passing: "viruses are even acellular (not composed of cells)", "Some infectious diseases
// are also communicable, meaning they are capable of being spread from person to person". The word is often an
// adjective, so the item asks what it means rather than "What is …?".
import { CUE_MEANING, cues } from "../text/cues";
import type { ConceptCandidate, Phrase } from "./types";

/** "acellular (not composed of cells)": a word and, in parentheses, a gloss that says what it is or is not */
const PAREN_MEANING =
  /\b(\p{Ll}[\p{Ll}-]{4,})\s+\(((?:not|without|lacking|having|consisting of|composed of|able to|capable of|unable to)\s[^()]{4,80})\)/gu;
/** "communicable, meaning they are capable of …", "asymptomatic or subclinical, meaning they do not present …" */
const COMMA_MEANING =
  /\b(\p{Ll}[\p{Ll}-]{4,})(?:\s+or\s+\p{Ll}[\p{Ll}-]{4,})?,\s+(?:which\s+)?meaning\s+(?:that\s+)?(?:(?:they|it)\s+(?:are|is)\s+)?((?:(?:they|it)\s+)?[^,;.]{8,120})/gu;

/** words the patterns may catch that are no term ("fully", verbs in -ed, plural nouns: "diseases, meaning …") */
const NOT_TERM = /(?:ly|ed|ing)$|[^su]s$|^(?:there|these|those|other|which|where|about|being|often)$/;

const phrase = (text: string, a: number): Phrase => ({ text, a, b: a + text.length });

/** an article and a modifier, or an adjective, right before the word: "the photoelectric effect", "indeterminate growth" */
const MODIFIED = /\b(?:(?:the|a|an)\s+\p{L}[\p{L}-]*|\p{Ll}{3,}(?:ate|al|ic|ous|ive|ent|ant|ar|ary))\s+$/u;

export function meanings(text: string): ConceptCandidate[] {
  const paren = text.includes("(");
  // (the cue bits of the sentence, already found: no scan of it for the word)
  const meaning = (cues(text) & CUE_MEANING) !== 0;
  if (!paren && !meaning) return [];
  const out: ConceptCandidate[] = [];
  // (each pattern only where its cue occurs; an exec loop on the module regex, not matchAll, which copies it per call)
  if (paren) meaningsOf(text, PAREN_MEANING, out);
  if (meaning) meaningsOf(text, COMMA_MEANING, out);
  return out;
}

function meaningsOf(text: string, re: RegExp, out: ConceptCandidate[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const term = m[1]!;
    if (NOT_TERM.test(term)) continue;
    // "the photoelectric effect, meaning that light (photo) produces electricity": the word is the head of a longer
    // name, and what follows explains the name's parts
    if (MODIFIED.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const gloss = m[2]!.trim();
    // "intrinsic to the universe, meaning that humans did not create them": a consequence, not what a word means
    if (/meaning\s+that\s/.test(m[0])) continue;
    // "dysmorphia, meaning they view themselves as …": what follows for someone, not what the word means
    if (/^(?:they|it)\s/i.test(gloss) && !/^(?:they|it)\s+(?:do|does|did|can|cannot|are|is)\s+not\b/i.test(gloss))
      continue;
    const ga = m.index + m[0].lastIndexOf(gloss);
    out.push({
      rel: "definition",
      term: phrase(term, m.index),
      gloss: phrase(gloss, ga),
      genus: "",
      members: [],
      cue: "meaning",
      subject: false,
    });
  }
}
