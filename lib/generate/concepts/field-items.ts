// What a field of study studies, asked of a sentence whose subject is the field: "Metaethics focuses on moral
// reasoning and …" -> "What does metaethics focus on?".
import { leansOnContext } from "./prompt";
import { apparatusRanges, cutRanges } from "./apparatus";
import { clauseEnd } from "./phrase";
import type { TermInfo } from "./terms";
import type { Phrase, SentenceRecord } from "./types";
import { finish, statedOf, surface, type ConceptBuildCtx, type ConceptItem } from "./item-kit";

/** a field of study by its form: "metaethics", "sociology", "demography", "astronomy" */
export const FIELD = /(?:ics|ology|graphy|onomy)$/;
/** "focuses on …", "studies …", "is concerned with …": the verb phrase that says what a field studies */
const STUDY_VERB =
  /^(?:(focus(?:es)?\s+on|stud(?:ies|y)|examines?|investigates?|explores?|deals?\s+with)|(?:is|are)\s+(concerned\s+with))\s+/i;

/** The verb of study at the start of `predicate` and how a question asks it ("focus on", "study", "concerned with"). */
export function fieldStudies(predicate: string): { verb: string; be: boolean; rest: string } | null {
  const m = STUDY_VERB.exec(predicate);
  if (!m) return null;
  const verb = (m[1] ?? m[2]!)
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^focuses/, "focus")
    .replace(/^studies/, "study")
    .replace(/^(examine|investigate|explore|deal)s/, "$1");
  return { verb, be: !!m[2], rest: predicate.slice(m[0].length) };
}

/** "Metaethics focuses on moral reasoning and foundational questions …" -> "What does metaethics focus on?" */
export function fieldItem(
  ctx: ConceptBuildCtx,
  r: SentenceRecord,
  m: Phrase,
  info: TermInfo,
  studies: { verb: string; be: boolean; rest: string },
): ConceptItem | null {
  // (an in-text citation is no part of the answer: "… and “whether morality exists” (Dittmer 1995)")
  const said = studies.rest.slice(0, clauseEnd(studies.rest, 0));
  const answer = cutRanges(said, apparatusRanges(said)).replace(/[\s,;:.]+$/, "");
  const n = answer.split(/\s+/).length;
  if (n < 3 || n > 28 || leansOnContext(answer)) return null;
  const term = surface(m.text, info);
  const prompt = studies.be ? `What is ${term} ${studies.verb}?` : `What does ${term} ${studies.verb}?`;
  const it = finish(ctx, statedOf(r), "flashcard", prompt, answer, undefined, "function", info);
  if (it) it.term = info.key;
  return it;
}
