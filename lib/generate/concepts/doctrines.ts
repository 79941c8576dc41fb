// Doctrines: "Deontology contends that each of us owes certain duties to others", "Utilitarianism suggests that an
// ethical action is …", "The labeling theory holds that …". A theory or a school is learned by what it claims: the
// claim is a naming of the theory (asked by blanking its name), never a definition of what it is.
import type { ConceptCandidate } from "./types";
import { termOk } from "./phrase";
import { CUE_THAT, cues } from "../text/cues";

/** the claim verbs of a theory, a school, a law or a principle */
const CLAIMS =
  "contends|contend|holds|hold|argues|argue|maintains|maintain|asserts|assert|posits|posit|proposes|propose|suggests|suggest|states|claims|predicts|emphasizes|stresses|assumes|requires|prescribes|dictates";

/** an -ism, an -ology or an -ics (not a person's: "the critics argue that"), or a named theory, principle, law, hypothesis, approach, perspective, model,
 * assumption or concept */
const DOCTRINE = new RegExp(
  String.raw`^(?:(?:For example|For instance|However|In contrast|By contrast|Similarly|Likewise|Thus|Instead),\s+)?` +
    String.raw`((?:[Tt]he\s+)?(?:(?!(?:[Ss]tatistics|[Mm]etrics|[Aa]nalytics|[Ee]conomics of|[Cc]ritics|[Ss]k?c?eptics|[Cc]ynics|[Mm]ystics|[Hh]eretics|[Ff]anatics|[Tt]opics|[Tt]actics|[Bb]asics|[Cc]haracteristics|[Ss]pecifics)\b)\p{L}\p{Ll}+(?:ism|ology|ics)|(?!(?:this|that|these|those|his|her|their|its|our|each|every|one|another|other|such|first|second|third|new|same|latter|former)\s)(?:[\p{L}’'-]+\s+){1,3}(?:theory|principle|law|hypothesis|approach|perspective|model|doctrine|paradigm|assumption|concept|convention)|(?:law|principle|theory|theorem|hypothesis) of (?:[\p{L}-]+\s+){0,3}[\p{L}-]+))` +
    // ("The cost principle, also known as the historical cost principle, states that …": another name between)
    String.raw`(?:,\s+(?:also\s+)?(?:known as|called|referred to as)\s+[^,]{3,60},)?` +
    String.raw`\s+(?:(?:essentially|also|further|instead|therefore|simply|basically)\s+)?(?:${CLAIMS})\s+that\s+`,
  "u",
);

/** "Proponents of …": the people who hold a doctrine, then (once) the article before its name */
const HOLDERS_OF = String.raw`(?:proponents|supporters|advocates|adherents|followers|defenders)\s+of\s+`;
const HOLDERS = new RegExp(`^${HOLDERS_OF}`, "i");
const THE_AFTER_HOLDERS = new RegExp(`^(?:${HOLDERS_OF})?the\\s+`, "i");

/** "The law of conservation of matter summarizes many observations …: It states that …" */
const LAW_THEN_CLAIM =
  /^((?:The|the)\s+(?:law|principle|theorem) of (?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+\p{Ll}+s\s[^:;]{3,120}:\s+It\s+(?:states|holds|says)\s+that\s+/u;

/** "Deontology contends that …": the theory named by its claim (rel naming, cue "claims"), or null. */
export function doctrineClaim(text: string): ConceptCandidate | null {
  if ((cues(text) & CUE_THAT) === 0) return null;
  const m = DOCTRINE.exec(text) ?? LAW_THEN_CLAIM.exec(text);
  if (!m) return null;
  const raw = m[1]!;
  // ("Proponents of dependency theory argue that …": the theory is named, not its proponents)
  const name = raw.replace(THE_AFTER_HOLDERS, "").replace(HOLDERS, "");
  const a = m[0].indexOf(raw) + (raw.length - name.length);
  if (!termOk(name)) return null;
  const ga = m[0].length;
  const end = text.search(/[.;]\s*$|;\s/);
  const gloss = text.slice(ga, end > ga ? end : text.length).replace(/[.\s]+$/, "");
  if (gloss.split(/\s+/).length < 5) return null;
  return {
    rel: "naming",
    term: { text: name, a, b: a + name.length },
    gloss: { text: gloss, a: ga, b: ga + gloss.length },
    genus: "",
    members: [],
    cue: "claims",
    subject: true,
  };
}
