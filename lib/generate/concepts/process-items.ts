// "How is a hydrogen bond formed?", "Under what conditions do polar molecules occur?": a process or a condition the
// sentence states for its term, asked as a card.
import { isPluralPhrase } from "./np";
import { clean, indefinite } from "./prompt";
import { finish, surface, type ConceptBuildCtx, type ConceptItem, type StatedSentence } from "./item-kit";
import type { ConceptCandidate } from "./types";

/** "How is a hydrogen bond formed?" / "When do polar molecules occur?" */
export function processItem(ctx: ConceptBuildCtx, c: ConceptCandidate, s: StatedSentence): ConceptItem | null {
  const info = ctx.inv.get(c.term.text);
  if (!c.gloss) return null;
  const term = surface(c.term.text, info);
  // ("This perhaps occurs when …" read as the term "perhaps it": a pronoun or an adverb is no term to ask about)
  if (/\b(?:it|they|this|these|that|those)$/i.test(term) || /^(?:perhaps|sometimes|often|usually)\b/i.test(term))
    return null;
  const art = /^(an?|the)\s+$/i.exec(s.text.slice(0, c.term.a))?.[1]?.toLowerCase() ?? "";
  const the = art ? (art === "the" ? "the " : indefinite(term)) : "";
  const passive = /^(?:formed|produced|created|triggered|activated|released|demonstrated)$/.test(c.cue);
  // ("Dysrhythmias occur when …": an active verb without -s says the unknown word is plural)
  // ("stable compounds of xenon form": the head before "of" says the number, not "xenon")
  // ("stars like our Sun are formed": the head before "like" says it too)
  const head = term.split(/\s+(?:of|in|for|with|between|from|like|such as)\s+/)[0]!;
  const plural = isPluralPhrase(head) || (/s$/i.test(head) && !passive && !/s$/.test(c.cue));
  const verb = c.cue.replace(/s$/, "");
  // ("Angular movements are produced when …": a condition, not a way)
  const prompt = passive
    ? `${/^when\s/i.test(c.gloss.text) ? "Under what conditions" : "How"} ${plural ? "are" : "is"} ${the}${term} ${c.cue}?`
    : // "when atoms share electrons unequally" states a condition, which "When …?" would ask as a time
      `Under what conditions ${plural ? "do" : "does"} ${the}${term} ${verb}?`;
  // ("… relevant to B. For instance, …": a capital letter's full stop may hide the sentence's end from the reader)
  const gloss = clean(c.gloss.text).replace(/\.\s+\p{Lu}.*$/su, "");
  return finish(ctx, s, "flashcard", prompt, gloss, undefined, "process", info);
}
