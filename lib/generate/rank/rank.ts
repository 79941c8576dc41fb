// What is worth asking first: the best fact of each sentence, then the rest by score, with one question per entity
// per sentence and one fact per sentence (two when the second is a strong fact of its own).
import type { GenerateProfile } from "../types";
import type { EntityRegistry } from "../facts/entities";
import type { Fact } from "../facts/fact";
import { ensureRendered } from "../text/cloze";
import { initialsOf } from "../text/words";

/** a second item from one sentence needs a fact at least this strong */
export const SECOND_FACT_MIN = 3.0;

/** Rank: the best fact of each sentence first, then the rest by score (a few facts per sentence at most). */
export function rankFacts(merged: Fact[], registry: EntityRegistry, trace?: GenerateProfile, perSentence = 2): Fact[] {
  const lead = protagonists(registry);
  merged.sort((a, b) => b.score - a.score || a.seq - b.seq);
  const bySent = new Map<string, number>();
  const round1: Fact[] = [];
  const round2: Fact[] = [];
  const entInSent = new Set<string>();
  for (const f of merged) {
    const k = f.doc + ":" + f.sent.s;
    if (f.kind === "term") {
      round2.push(f);
      continue;
    } // definition cards do not use a sentence slot
    if (f.mention && (f.kind === "person" || f.kind === "org" || f.kind === "place")) {
      // the person the documents are about is guessed, not learned ("_____ announced …" -> Tokayev)
      // (so is the place or the body a text is about, by its own name: "In the _____, … the urge to privatize …" ->
      // United States in a section on American bureaucracy, "several _____ rulings" -> Supreme Court in one on
      // federalism; "Moscow" for Russia is a city asked as such)
      const canon = registry.canon(f.answer);
      if (lead.has(canon) && (f.kind === "person" || byOwnName(f.answer, canon))) continue;
      const ek = k + "|" + canon;
      if (entInSent.has(ek)) continue; // one question per entity and sentence (CICA = its long form)
      entInSent.add(ek);
    }
    const c = bySent.get(k) ?? 0;
    // one fact per sentence; a second only when it is a strong fact of its own (a sentence that holds two key facts)
    if (c >= perSentence || (perSentence <= 2 && c === 1 && f.score < SECOND_FACT_MIN)) continue;
    bySent.set(k, c + 1);
    (c === 0 ? round1 : round2).push(f);
  }
  round2.sort((a, b) => b.score - a.score || a.seq - b.seq);
  const order = round1.concat(round2).filter((f) => f.score > 1.0);
  if (trace) {
    for (const f of merged) ensureRendered(f);
    for (const f of merged)
      trace.write(
        `FACT ${f.score.toFixed(2)} ${f.kind} [${f.answer}] ${order.includes(f) ? "" : "(cut)"} :: ${(f.wh ?? f.cloze ?? "").slice(0, 120)}\n`,
      );
  }

  return order;
}

/**
 * The people the documents are about: the one or two named far more often than anyone else (at least 8 times, and
 * 2.5 times the next person). A blank for them is guessed from the topic, not learned from the text.
 */
function protagonists(registry: EntityRegistry): Set<string> {
  const out = new Set<string>();
  for (const kind of ["person", "place", "org"] as const) {
    const names = registry.listByKind(kind, 3);
    const n = names.map((p) => registry.count(p));
    for (let k = 1; k <= 2; k++)
      if ((n[k - 1] ?? 0) >= 8 && (n[k - 1] ?? 0) >= 2.5 * (n[k] ?? 0)) {
        for (const x of names.slice(0, k)) out.add(x);
        break;
      }
  }
  return out;
}

/** The answer writes the canonical name itself or its initials ("CSTO"), not another place standing for it ("Moscow"). */
function byOwnName(answer: string, canon: string): boolean {
  const a = answer.toLowerCase().replace(/[^a-z]/g, "");
  const initials = initialsOf(canon.split(/\s+/));
  return a.slice(0, 3) === canon.slice(0, 3) || a === initials;
}
