// Facts that are phrases, not names: a short quotation introduced by a cue (slogans, labels, titles), a definition
// ("X is defined as …"), and the charge in an accusation ("on suspicion of treason").
import { EN_STOPWORDS } from "../lexicon";
import { normAnswer } from "../text/words";
import { KIND_BASE, mkFact, withWh, type Fact, type SentBase } from "./fact";
import { CUE_CHARGE, CUE_DEFINES, cues } from "../text/cues";

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const HAS_LETTER = /\p{L}/u;

/** words that introduce a short quotation worth asking: slogans, labels, titles, names given to people or events */
const QUOTE_CUE =
  /\b(chant(?:ing|ed|s)?|shout(?:ing|ed|s)?|slogans?|call(?:ing|ed|s)?|dubb(?:ing|ed)|dubs?|brand(?:ing|ed|s)?|label(?:l?ing|l?ed|s)?|describ(?:ing|ed|es)|terms?|titled?|title of|known as|as)\s*\(?$/i;

/** legal and accusatory frames: "arrested on suspicion of treason", "charged with terrorism" */
const CHARGE_RE =
  /\b(?:on suspicion of|suspected of|charged with|accused of|convicted of|on charges of)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)(?=\s*(?:[.,;:!?)]|and\b|or\b|after\b|in\b|for\b|$))/g;

/** Facts that are phrases, not names: labels in quotation marks, definitions, charges. */
export function phraseFacts(b: SentBase, facts: Fact[]): void {
  const t = b.text;
  if (t.includes("“") || t.includes('"')) quoteFacts(b, t, facts);
  // only "The Treaty defines X as …" gives a fact here: "X refers to …" and "X is defined as …" are the concept
  // family's definitions (concepts/definitions.ts)
  const cue = cues(t);
  if ((cue & CUE_DEFINES) !== 0 && / defines\s/.test(t)) definitionFacts(b, t, facts);
  if ((cue & CUE_CHARGE) !== 0) chargeFacts(b, t, facts);
}

/**
 * A short quotation introduced by a cue: "chanting “Old man, leave!”", "the title of “father of the nation”",
 * "as “terrorists and thugs financed from abroad."
 */
function quoteFacts(b: SentBase, t: string, facts: Fact[]): void {
  const re = /[“"]([^”"]{3,80})(?:[”"]|$)/g;
  let qm: RegExpExecArray | null;
  while ((qm = re.exec(t))) {
    // (the cue before the quotation is tested first: most quotations are speech after no cue, and then the trim and
    // the word split are not made)
    if (!QUOTE_CUE.test(t.slice(Math.max(0, qm.index - 24), qm.index))) continue;
    let inner = qm[1]!;
    const innerAt = qm.index + 1;
    inner = inner.replace(/[\s.,;:]+$/, ""); // "… from abroad.”": the period is the sentence's, not the label's
    const nw = inner.split(/\s+/).filter(Boolean).length;
    if (nw < 2 || nw > 10 || !HAS_LETTER.test(inner)) continue;
    const ans = inner.trim();
    const a = innerAt + inner.indexOf(ans);
    facts.push(mkFact(b, "quote", ans, a, a + ans.length, 2.9 - b.lenPenalty, undefined, "quote|" + normAnswer(ans)));
  }
}

/** A definer's definition: "The Treaty defines aggression as an “armed attack …”" -> "How does the Treaty define …?" */
function definitionFacts(b: SentBase, t: string, facts: Fact[]): void {
  const dm =
    /\b(?:(?:defines|defined)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+as|((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)\s+(?:is|are|was|were)\s+defined\s+as|((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)\s+refers\s+to)\s+(?:an?\s+)?[“"]?([^.;”"]{4,160})/.exec(
      t,
    );
  const term = dm ? (dm[1] ?? dm[2] ?? dm[3] ?? "").replace(/^(the|a|an)\s+/i, "") : "";
  if (dm && term && !EN_STOPWORDS.has(term.toLowerCase())) {
    const ans = dm[4]!.replace(/[\s,]+$/, "");
    const a = dm.index + dm[0].lastIndexOf(ans);
    if (ans.split(/\s+/).length >= 2) {
      // the definer when the sentence opens with it ("The Treaty defines …" -> "How does the Treaty define …?")
      const who = /^(The \w+|[A-Z][\w-]*(?: [A-Z][\w-]*)*) defines\b/.exec(t.slice(0, dm.index + 8));
      if (!who) return;
      const wh = `How does ${who[1]!.replace(/^The /, "the ")} define ${term}?`;
      facts.push(
        withWh(
          mkFact(
            b,
            "term",
            ans,
            a,
            a + ans.length,
            KIND_BASE.term! - b.lenPenalty,
            undefined,
            "define|" + normAnswer(term),
          ),
          wh,
        ),
      );
    }
  }
}

/** The charge in an accusation: "arrested on suspicion of treason", "charged with terrorism". */
function chargeFacts(b: SentBase, t: string, facts: Fact[]): void {
  CHARGE_RE.lastIndex = 0;
  let cm: RegExpExecArray | null;
  while ((cm = CHARGE_RE.exec(t))) {
    const ans = cm[1]!;
    if (EN_STOPWORDS.has(ans)) continue;
    const a = cm.index + cm[0].lastIndexOf(ans);
    facts.push(mkFact(b, "other", ans, a, a + ans.length, 3.0 - b.lenPenalty, undefined, "charge|" + normAnswer(ans)));
  }
}
