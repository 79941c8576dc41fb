// A property named by an adjective: "Two liquids that do not mix … are called immiscible", "… the solution is said to
// be unsaturated". Science texts name states and kinds this way; the name is an adjective, which the noun-phrase
// namings (naming.ts) do not read.
import type { Tok } from "../read/nlp";
import { tokAt } from "./np";
import { cues, CUE_NAMING, CUE_REFER_DEFINE, CUE_SAID } from "../text/cues";
import type { ConceptCandidate } from "./types";

const ADJECTIVE_NAMING =
  /\b(?:is|are|was|were)\s+(?:(?:then|therefore|thus|also)\s+)?(?:called|said\s+to\s+be|termed|described\s+as)\s+((?:partially|fully|completely|highly|slightly|weakly|strongly)\s+)?(\p{Ll}[\p{Ll}-]{3,})(?=\s*(?:[.;:]|,\s|\s+(?:if|when|because|since|with respect to)\b))/u;
/** endings of adjectives and participles that name a state or a kind ("miscible", "saturated", "prokaryotic") */
const STATE_END = /(?:ible|able|ic|ous|ive|al|ar|ary|ated|ized|ised|ent|ant|ile|oid)$/;
/** evaluations, not names: "is said to be important", "are called different" */
const NOT_A_NAME =
  /^(?:important|essential|necessary|critical|crucial|central|vital|natural|normal|typical|usual|common|general|special|original|equivalent|responsible|relevant|significant|different|similar|irrational|rational|reliable|valuable|dependent|independent|present|absent|active|effective|efficient|successful|popular|legal|illegal|moral|immoral|real|ideal|actual|social|political|economic|individual|personal|national|international|global|local|final|initial|total|partial|equal|excellent|intelligent|competent|innocent|guilty)$/;

/**
 * "X … are called ADJ." / "… is said to be ADJ": the adjective as a naming's term, the subject before the verb as what
 * it names (the whole sentence is the cloze: "… are said to be _____").
 */
export function adjectiveNaming(text: string, s0: number, toks: Tok[]): ConceptCandidate | null {
  // (no match without "called" or "termed" (naming cues), "described" (a defining cue) or "said": most sentences have none)
  if ((cues(text) & (CUE_NAMING | CUE_REFER_DEFINE | CUE_SAID)) === 0) return null;
  const m = ADJECTIVE_NAMING.exec(text);
  if (!m || NOT_A_NAME.test(m[2]!) || !STATE_END.test(m[2]!)) return null;
  const a = m.index + m[0].length - (m[1] ?? "").length - m[2]!.length;
  const b = m.index + m[0].length;
  const tok = toks[tokAt(toks, s0 + b - m[2]!.length)];
  // the tagger's reading decides between an adjective ("miscible") and a verb that names an act ("is said to be
  // moving"); a participle in -ed names a state ("saturated")
  if (!tok || !(tok.pos === "ADJ" || (tok.pos === "VERB" && /ed$/.test(tok.v)))) return null;
  // what is named: the words before the verb, at least a noun and its description ("Two liquids that do not mix …")
  const subject = text.slice(0, m.index).replace(/[\s,]+$/, "");
  if (subject.split(/\s+/).length < 2) return null;
  const term = text.slice(a, b);
  return {
    rel: "naming",
    term: { text: term, a, b },
    gloss: { text: subject, a: 0, b: subject.length },
    genus: "",
    members: [],
    cue: "adjective",
    subject: false,
  };
}
