// One item from one fact: its citations, its wrong options, the forms tried in order, the lint as a filter.
import type { Citation, FactKind, Item } from "../types";
import type { Fact } from "../facts/fact";
import { dateDistractors } from "../distractors/dates";
import { entityDistractors } from "../distractors/entities";
import { numberDistractors } from "../distractors/numbers";
import { hashHex, rngFor, type Rng } from "../prng";
import { ensureRendered } from "../text/cloze";
import { normAnswer } from "../text/words";
import { cite, knownAsNoAgent, type BuildCtx, type Distractor } from "./context";
import { addOptions, formsToTry, makeStatement, type Form } from "./forms";
import { lintItem } from "./lint";
import { apparatusRanges, cutRanges } from "../concepts/apparatus";
import { objectArray } from "../arrays";

/**
 * The item for a fact: the first form that passes the lint (see formsToTry), or null. Deterministic: a seeded PRNG per
 * fact, so results do not depend on iteration order; the id is a hash of the seed, type, prompt and answer.
 */
/** an answer whose only full stop is its last character */
const SENTENCE_STOP_IN_ANSWER = /^[^.]*\p{L}\.$/u;

/**
 * `seen`: prompts the deck already has, whose items the caller drops; buildItem stops (null) where every form left would
 * give one of them, without linting those forms.
 */
export function buildItem(
  f: Fact,
  ctx: BuildCtx,
  tfOnly = false,
  exposition = false,
  seen?: ReadonlySet<string>,
): Item | null {
  ensureRendered(f);
  const rng = rngFor(ctx.seed, f.mergeKey + "|" + f.doc + ":" + f.sent.s + ":" + f.aRel);
  // (filled by push, not spread from f.extra.map: the empty and the filled result of map have different maps, and
  // the spread deoptimised this function when it met the other one after it was optimised)
  const citations: Citation[] = [cite(ctx, f.sent)];
  for (const r of f.extra) citations.push(cite(ctx, r));
  const aliases =
    f.mention && (f.kind === "person" || f.kind === "org" || f.kind === "place") ? ctx.registry.aliases(f.answer) : [];
  const mcqKind =
    f.mention &&
    ["person", "org", "place", "date", "number", "money"].includes(f.kind) &&
    f.mergeKey !== "" &&
    f.kind !== ("term" as FactKind);
  const distractors = mcqKind ? distractorsOf(f, ctx, rng, citations) : [];
  const r = rng();
  const canMcq = !!mcqKind && distractors.length >= 3;
  const noAgent = !!f.wh && f.kind !== "person" && knownAsNoAgent(ctx, f.answer);
  const forms = formsToTry(f, canMcq, r, tfOnly, exposition, noAgent);
  // (filled by push onto an array of objects: the result of forms.map was of another kind when forms was empty, and
  // duplicatesFrom's read of it threw buildItem's optimised code away: "wrong map")
  const prompts: string[] = objectArray();
  for (const p of forms) prompts.push(readPrompt(p.prompt));
  const dupFrom = seen ? duplicatesFrom(forms, prompts, f.answer, seen) : forms.length;
  for (let i = 0; i < dupFrom; i++) {
    const p = forms[i]!;
    const prompt = prompts[i]!;
    const item: Item = {
      id: "",
      type: p.type,
      kind: f.kind,
      prompt,
      answer: f.answer,
      citations,
      score: Math.round(f.score * 100) / 100,
    };
    if (p.type === "cloze" && stopMovesToPrompt(prompt, f.answer)) {
      item.answer = f.answer.slice(0, -1);
      item.prompt = prompt + ".";
    }
    if (p.type === "mcq") addOptions(item, f, distractors, rng, ctx);
    else if (p.type === "truefalse") {
      makeStatement(item, f, distractors, rng);
      if (item.prompt.includes(")")) item.prompt = cutRanges(item.prompt, apparatusRanges(item.prompt));
    }
    const lr = lintItem(item, { aliases, firstFlaw: true });
    if (!lr.ok) continue;
    item.id = hashHex([ctx.seed, item.type, item.prompt, item.answer].join("\u0001"));
    return item;
  }
  return null;
}

/** The form's prompt as the student reads it: citations "(Brown, 2012)", figure references and URLs cut. */
function readPrompt(p: string): string {
  return p.includes(")") || p.includes("http") ? cutRanges(p, apparatusRanges(p)) : p;
}

/** "until _____ -> World War I.": the sentence's full stop, read into the name, belongs to the prompt ("U.S." keeps its) */
function stopMovesToPrompt(prompt: string, answer: string): boolean {
  return prompt.endsWith("_____") && SENTENCE_STOP_IN_ANSWER.test(answer);
}

/**
 * The first form from which every form's prompt, as buildItem writes it, is in `seen` (forms.length when the last one's
 * is not). A true/false statement's prompt is written with a random wrong value: it counts as not seen.
 */
function duplicatesFrom(forms: Form[], prompts: string[], answer: string, seen: ReadonlySet<string>): number {
  let k = forms.length;
  for (; k > 0; k--) {
    const type = forms[k - 1]!.type;
    const prompt = prompts[k - 1]!;
    if (type === "truefalse") break;
    if (!seen.has(type === "cloze" && stopMovesToPrompt(prompt, answer) ? prompt + "." : prompt)) break;
  }
  return k;
}

/**
 * The wrong options of a fact by kind, computed when the fact is first built (the true/false pass reuses them, and
 * the rng advances the same way). A wrong option appears neither in the cited sentences nor anywhere in the prompt
 * (context included).
 */
function distractorsOf(f: Fact, ctx: BuildCtx, rng: Rng, citations: Citation[]): Distractor[] {
  if (f.dist) return f.dist;
  const quotesNorm: string[] = [];
  for (const c of citations) quotesNorm.push(normAnswer(c.quote));
  const avoid = " " + quotesNorm.join(" | ") + " | " + normAnswer(f.cloze ?? "") + " | " + normAnswer(f.wh ?? "") + " ";
  let distractors: Distractor[];
  if (f.kind === "date") distractors = dateDistractors(f, ctx, rng, 3, avoid);
  else if (f.kind === "number" || f.kind === "money") distractors = numberDistractors(f, ctx, rng, 3, avoid);
  else distractors = entityDistractors(f, ctx, rng, 3, avoid);
  f.dist = distractors;
  return distractors;
}
