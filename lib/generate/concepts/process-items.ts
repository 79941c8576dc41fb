// "How is a hydrogen bond formed?", "Under what conditions do polar molecules occur?": a process or a condition the
// sentence states for its term, asked as a card.
import { isPluralPhrase } from "./np";
import { clean, indefinite, lowerFirst } from "./prompt";
import { finish, surface, type ConceptBuildCtx, type ConceptItem, type StatedSentence } from "./item-kit";
import type { ConceptCandidate } from "./types";
import { transparent } from "./glosses";

/** "X occurs when …", "X happens when …": the clause says when the term is the case, which is what the term means */
const CONDITION_VERB = /^(?:occurs?|happens?|arises?)$/;

/** "The expulsion stage begins when …": the verbs of a stage's time, asked "When does … begin?" */
const TIME_VERB = /^(?:begin|start|end|stop|finish|commence|terminate)$/;
/** "(begins when …) and ends with birth of the newborn": the stage's next time, no part of the condition */
const NEXT_PREDICATE = /,?\s+and\s+(?:ends?|begins?|starts?|stops?|finish(?:es)?|lasts?|continues?)\b.*$/s;

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
  const timed = TIME_VERB.test(verb);
  // ("Angular movements are produced when …": a condition, not a way)
  const prompt = passive
    ? `${/^when\s/i.test(c.gloss.text) ? "Under what conditions" : "How"} ${plural ? "are" : "is"} ${the}${term} ${c.cue}?`
    : // "when atoms share electrons unequally" states a condition, which "When …?" would ask as a time; a stage that
      // begins or ends "when the fetal head enters the birth canal" is asked when
      `${timed ? "When" : "Under what conditions"} ${plural ? "do" : "does"} ${the}${term} ${verb}?`;
  // ("… relevant to B. For instance, …": a capital letter's full stop may hide the sentence's end from the reader)
  // ("begins when the fetal head enters the birth canal and ends with birth of the newborn": the term's next step goes)
  const cut = clean(c.gloss.text).replace(/\.\s+\p{Lu}.*$/su, "");
  const gloss = timed ? cut.replace(NEXT_PREDICATE, "") : cut;
  const reverse = !passive && conditionCard(c.cue, gloss, term);
  if (reverse) return finish(ctx, s, "flashcard", reverse, term, undefined, "definition", info);
  // ("Self-government is when the people … grant the power to govern …": where asking for the term would give it away,
  // the clause is what the word means, asked "What is self-government?", not "Under what conditions does … occur?")
  if (/^\s+is\s+when\s/.test(s.text.slice(c.term.b))) {
    const word = c.term.a === 0 && !info?.proper ? lowerFirst(term) : term;
    return finish(ctx, s, "flashcard", `What is ${the}${word}?`, gloss, undefined, "definition", info);
  }
  return finish(ctx, s, "flashcard", prompt, gloss, undefined, "process", info);
}

/**
 * "Elder abuse occurs when a caretaker intentionally deprives …" -> "What is it called when a caretaker intentionally
 * deprives …?" (elder abuse): the condition defines the term, so the card asks for the term. "Under what conditions does elder
 * abuse occur?" invites risk factors and other conditions (blind raters of pM-pR accepted 4 of 11 such cards, against
 * 118 of 142 definition cards). Null where the clause spells the term out (the card would give it away).
 */
export function conditionCard(cue: string, gloss: string, term: string): string | null {
  if (!CONDITION_VERB.test(cue) || !/^when\s+\S/i.test(gloss)) return null;
  // ("Something similar happens when …": no term, and what it is similar to is in another sentence)
  if (/^(?:some|any|every|no)(?:thing|one)\b|\bsimilar\b/i.test(term)) return null;
  const clause = gloss.replace(/^when\s+/i, "");
  if (transparent(clause, term) || spelledIn(clause, term)) return null;
  const verb = cue.endsWith("s") ? cue : cue === "arise" ? "arises" : cue + "s";
  // ("What happens when a customer is allowed to buy one product only if …?" asks for an outcome, not a name; so does
  // "What occurs when electric current passes through a person?", which blind raters answered "an electric shock"
  // where the text's term is "shock hazard": 75 of 115 such cards accepted, most flags "invites a description")
  const asks = verb === "happens" || verb === "occurs" ? "What is it called" : `What ${verb}`;
  return `${asks} when ${clause.replace(/[.;:,]\s*$/, "")}?`;
}

/** a word of the term (its first five letters) starts a word of the clause: "secondary deviance" … "labeled deviant" */
function spelledIn(clause: string, term: string): boolean {
  const words = ` ${clause.toLowerCase().replace(/[^\p{L}]+/gu, " ")}`;
  return (term.toLowerCase().match(/\p{L}{4,}/gu) ?? []).some((w) =>
    words.includes(` ${w.replace(/s$/, "").slice(0, 5)}`),
  );
}
