// Causes and effects: what triggered, sparked or led to something, and an event that made something happen.
import { endQ } from "../text/prompt";
import { normAnswer } from "../text/words";
import { KIND_BASE, mkFact, withWh, type Fact, type SentBase } from "./fact";
import { CUE_CAUSE, cues } from "../text/cues";

const LEADING_PREPOSITION = /^(?:on|in|at|by|during|after|before|for|from|with|to|of|since|until)\b/i;

/**
 * "The profound economic changes led to …": "the", words in lower case and no "of" phrase or name is the event the text
 * told before ("The Glorious Revolution", "The dramatic exit of the United States …" say which)
 */
function toldBefore(subject: string): boolean {
  return THE_AND_LOWER_CASE.test(subject);
}
const THE_AND_LOWER_CASE = /^The(?:\s+\p{Ll}[\p{Ll}-]*)+$/u;

/**
 * Causes: "Triggered by X, the protests …" -> "What triggered the protests?"; "A … sparked …" -> "What sparked …?";
 * an event that made something happen: "The dramatic exit of the United States from Afghanistan made …" ->
 * "What made …?" ("made" only with a long nominal subject, not "The government made a decision").
 */
export function causeFacts(b: SentBase, facts: Fact[]): void {
  const t = b.text;
  // every pattern is anchored at the start: "Triggered|Sparked|Prompted|Caused|Fuelled|Fueled|Driven by" or "A|An|The"
  const c0 = t.charCodeAt(0);
  if (!(c0 === 84 || c0 === 65 || c0 === 83 || c0 === 80 || c0 === 67 || c0 === 70 || c0 === 68)) return;
  // (one of rigger|park|rompt|ause|uel|led to|riven|made: see CUE_CAUSE)
  if ((cues(t) & CUE_CAUSE) === 0) return;
  const c1 = /^(Triggered|Sparked|Prompted|Caused|Fuelled|Fueled|Driven) by ([^,]{8,160}), (the \w+|\w+ \w+)/.exec(t);
  // ("Driven by his own personal ambition, on June 25, 1876, Custer …": a phrase of time or place after the comma is
  // no subject)
  if (c1 && !LEADING_PREPOSITION.test(c1[3]!)) {
    const ans = c1[2]!;
    const a = c1.index + c1[0].indexOf(ans, c1[1]!.length);
    facts.push(
      withWh(
        mkFact(
          b,
          "cause",
          ans,
          a,
          a + ans.length,
          KIND_BASE.cause! - b.lenPenalty,
          undefined,
          "cause|" + normAnswer(ans),
        ),
        endQ(`What ${c1[1] === "Driven" ? "drove" : c1[1]!.toLowerCase()} ${c1[3]}`),
      ),
    );
  }
  const c2 =
    /^((?:A|An|The) [^,;]{5,80}?)(?: (?:also|then|thus|therefore|eventually|ultimately|soon|quickly|directly|indirectly|in turn))? (triggered|sparked|caused|prompted|fuelled|fueled|led to) ([^;]{5,160}?)[.!]?$/.exec(
      t,
    );
  // ("The Glorious Revolution also led to …": the adverb is no part of the cause)
  // "The electrical charge of the fluids is caused by …" is passive: the cause follows "by" (the concept family asks it)
  // ("The high spending rate per person has not led to …": a denial names no cause; "The absence of the Cold War has
  // led to …" would answer "… has")
  // ("The occupation led to a confrontation …", "The profound economic changes led to …": the event told before, see
  // toldBefore)
  if (
    c2 &&
    !/\b(?:is|are|was|were|be|been|being|not|never|has|have|had|will|would|could|may|might|can)$/.test(c2[1]!) &&
    c2[3]!.trim().split(/\s+/)[0] !== "by" &&
    // ("The sense of degeneration that the Klan … prompted in the minds of …": the verb is the relative clause's)
    !/\b(?:that|which|who|whom|what)\b/.test(c2[1]!) &&
    !toldBefore(c2[1]!)
  ) {
    const ans = c2[1]!;
    facts.push(
      withWh(
        mkFact(b, "cause", ans, 0, ans.length, KIND_BASE.cause! - b.lenPenalty, undefined, "cause|" + normAnswer(ans)),
        endQ(`What ${c2[2]} ${c2[3]}`),
      ),
    );
  }
  const c3 = !c2
    ? /^((?:The) [^,;]{12,80}? (?:of|from|by) [^,;]{3,60}?) (made|forced|pushed|allowed) ([^;]{5,160}?)[.!]?$/.exec(t)
    : null;
  // "… subunits made in the cytoplasm": a participle with its preposition describes; it makes nothing happen
  if (
    c3 &&
    c3[1]!.split(" ").length >= 5 &&
    !/\b(is|was|are|were|has|have|had|will|would)\b/.test(c3[1]!) &&
    // ("The Sugar Act suggested that some … labored to deprive them of what (made them …)": a clause, not a cause)
    !/\b(?:that|what|which|who|whom)\b/.test(c3[1]!) &&
    !/^(?:in|by|from|of|with|at|on|into|for|during|inside|within)\b/.test(c3[3]!)
  ) {
    const ans = c3[1]!;
    facts.push(
      withWh(
        mkFact(
          b,
          "cause",
          ans,
          0,
          ans.length,
          KIND_BASE.cause! - 0.3 - b.lenPenalty,
          undefined,
          "cause|" + normAnswer(ans),
        ),
        endQ(`What ${c3[2]} ${c3[3]}`),
      ),
    );
  }
}
