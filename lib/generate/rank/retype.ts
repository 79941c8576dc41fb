// Names typed by the whole corpus: a name's kind is decided by all its mentions (the registry's vote); junk names
// go, and names the corpus repeats everywhere (the country every sentence is about) score lower.
import type { FactKind } from "../types";
import type { EntityRegistry } from "../facts/entities";
import type { Fact } from "../facts/fact";

/** Re-type entity facts with the corpus registry (a name's kind is decided by all its mentions); drop junk names and facts left unresolved. */
export function retypeFacts(facts: Fact[], registry: EntityRegistry): Fact[] {
  const kept: Fact[] = [];
  const info = new Map<string, { junk: boolean; kind: FactKind; pen: number; canon: string }>();
  for (const f of facts) {
    if (
      f.mention &&
      (f.kind === "person" || f.kind === "org" || f.kind === "place" || f.kind === "other") &&
      f.mergeKey.startsWith("ent|")
    ) {
      let e = info.get(f.answer);
      if (!e) {
        const k = registry.kindOf(f.answer);
        const c = registry.count(f.answer);
        e = {
          junk: registry.isJunk(f.answer),
          kind: k,
          canon: registry.canon(f.answer),
          pen:
            (k === "other" ? (f.answer.includes(" ") ? 0.5 : 1.2) : 0) +
            (k === "place" ? 0.45 : 0.2) * Math.max(0, Math.log2(Math.max(1, c)) - 2),
        };
        info.set(f.answer, e);
      }
      if (e.junk) continue;
      f.kind = e.kind;
      f.score -= e.pen;
      f.mergeKey = "ent|" + e.canon + "|" + f.doc + ":" + f.sent.s;
    }
    if (f.unresolved) continue;
    kept.push(f);
  }

  return kept;
}
