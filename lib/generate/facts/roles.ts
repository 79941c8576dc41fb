// Roles and descriptions: "as the minister of …", predicate nouns ("appeared to be a paper tiger") and what an
// appositive says a person or an organisation is ("Who is X?", "What is the X?").
import { EN_STOPWORDS } from "../lexicon";
import { normAnswer } from "../text/words";
import { KIND_BASE, mkFact, withWh, type Fact, type SentBase } from "./fact";
import type { Mention } from "./mention";
import { CUE_AS, cues } from "../text/cues";

/** an appositive that names the act a clause tells of, not the organisation before it */
const ACT_OF = /^an?\s+(?:function|role|duty|responsibility|result|consequence|reflection|sign|product|part)\s+of\b/i;

/** "appointing a known nationalist as the minister of culture and information" */
const ROLE_RE =
  /\bas (?:the |a |an |its |their )?((?:(?:former|new|acting|deputy|first|senior|chief|interim|vice|prime|foreign) )*(?:minister|chairman|chairwoman|head|president|secretary|director|ambassador|chief|leader|governor|commander|spokesman|spokeswoman|editor|envoy|adviser|advisor|speaker|mayor|premier|chancellor|founder)(?: of (?:the )?[a-z][a-z ]*?)?)(?=[.,;:)!?]|\s(?:in|to|by|from|after|before|since|until|for|on)\s|$)/g;
/** predicate nouns at clause end: "the CSTO appeared to be a paper tiger." */
const PRED_RE =
  /\b(?:is|was|are|were|be|been|appeared to be|seemed to be|seems to be|appears to be|became|becomes|remains|remained)\s+((?:a|an)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)(?=\s*[.,;:!?]|$)/g;

/** Roles given with "as": "as the minister of culture and information" (three words or more). */
export function roleFacts(b: SentBase, facts: Fact[]): void {
  const t = b.text;
  if ((cues(t) & CUE_AS) === 0) return;
  ROLE_RE.lastIndex = 0;
  let rm: RegExpExecArray | null;
  while ((rm = ROLE_RE.exec(t))) {
    const ans = rm[1]!;
    const a = rm.index + rm[0].indexOf(ans);
    if (ans.split(" ").length >= 3)
      facts.push(mkFact(b, "other", ans, a, a + ans.length, 3.1 - b.lenPenalty, undefined, "role|" + normAnswer(ans)));
  }
}

/** What something is said to be, at the end of a clause: "the CSTO appeared to be a paper tiger." */
export function predicateFacts(b: SentBase, facts: Fact[]): void {
  const t = b.text;
  if (!(t.includes(" a ") || t.includes(" an "))) return;
  PRED_RE.lastIndex = 0;
  let rm: RegExpExecArray | null;
  while ((rm = PRED_RE.exec(t))) {
    const ans = rm[1]!;
    const head = ans.split(" ").pop()!;
    if (
      EN_STOPWORDS.has(head) ||
      /^(the|a|an|one|thing|things|way|lot|part|bit|kind|sort|number|result|case)$/.test(head)
    )
      continue;
    const a = rm.index + rm[0].lastIndexOf(ans);
    // a negated predicate ("has not been a disaster") says what something is not: a vague question
    if (/\b(not|never|no longer)\s+$|n[’']t\s+$/i.test(t.slice(Math.max(0, rm.index - 12), rm.index))) continue;
    const headTok = b.toks.find((x) => x.e === b.sref.s + a + ans.length);
    if (!headTok || headTok.pos !== "NOUN") continue;
    const reported = /\b(complain|said|says|argu|claim|warn|call|describ|dubb|consider)/i.test(t.slice(0, a));
    facts.push(
      mkFact(
        b,
        "other",
        ans,
        a,
        a + ans.length,
        2.5 + (reported ? 0.9 : 0) - b.lenPenalty,
        undefined,
        "pred|" + normAnswer(ans),
      ),
    );
  }
}

/**
 * What an appositive says a name is: "John Herbst, a former U.S. ambassador to Ukraine and Uzbekistan, …" ->
 * "Who is John Herbst?"; "the CSTO, a Russia-led security alliance, …" -> "What is the CSTO?".
 */
/** "a unique culture had developed …": a clause after a comma, not an appositive that says what the name is */
const CLAUSE = /^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:had|has|have|was|were|is|are|will|would|could|can|did)\s/iu;

export function appositiveFacts(b: SentBase, m: Mention, e: number, facts: Fact[]): void {
  if (
    m.desc &&
    m.kind === "person" &&
    m.text.includes(" ") &&
    /^(a|an|the|former)\s/.test(m.desc) &&
    !CLAUSE.test(m.desc) &&
    m.desc.split(" ").length >= 3 &&
    !m.desc.includes(m.text)
  ) {
    const da = b.text.indexOf(m.desc, e);
    if (da >= 0)
      facts.push(
        withWh(
          mkFact(
            b,
            "term",
            m.desc,
            da,
            da + m.desc.length,
            KIND_BASE.term! - 0.3 - b.lenPenalty,
            undefined,
            "who|" + normAnswer(m.text),
          ),
          `Who is ${m.text}?`,
        ),
      );
  }
  if (
    m.desc &&
    m.kind === "org" &&
    (m.strength ?? 1) >= 2 &&
    // "One of the founders of the NAACP, a brilliant writer and scholar, …": the appositive is the founder's
    !/\bof\s+(?:the\s+)?$/i.test(b.src.slice(Math.max(0, m.s - 12), m.s)) &&
    /^(a|an)\s/.test(m.desc) &&
    // "… confirmed by a majority vote in the U.S. Senate, a function of the Senate’s role": what the clause tells of
    !ACT_OF.test(m.desc) &&
    !m.desc.includes(m.text) &&
    !CLAUSE.test(m.desc)
  ) {
    const da = b.text.indexOf(m.desc, e);
    if (da >= 0) {
      const name = m.acronym && m.text !== m.acronym ? `${m.text} (${m.acronym})` : m.text;
      facts.push(
        withWh(
          mkFact(
            b,
            "term",
            m.desc,
            da,
            da + m.desc.length,
            KIND_BASE.term! - 0.2 - b.lenPenalty,
            undefined,
            "def|" + normAnswer(m.text),
          ),
          `What is the ${name}?`,
        ),
      );
    }
  }
}
