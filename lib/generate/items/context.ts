// What building an item needs from the reading phase, and citations of sentences.
import type { Citation } from "../types";
import type { EntityRegistry } from "../facts/entities";
import type { SentRef } from "../facts/fact";
import type { DatePool, Doc, NumberPool } from "../read/corpus-reader";

/** What item building knows about the corpus: the registry, the documents, pools of wrong options, the seed. */
export interface BuildCtx {
  registry: EntityRegistry;
  documents: Doc[];
  texts: string[];
  numberPool: NumberPool;
  datePool: DatePool;
  mentionCites: Map<string, SentRef>;
  ctxKeys: Set<string>;
  seed: number;
  /** latest year mentioned in the corpus: made-up years never go past it (no dates in the documents' future) */
  maxYear: number;
  /** where each place lies (WordNet's part-of), for wrong options from the key's own region */
  regions?: (place: string) => string[];
}

/** A wrong option, and where it appears in the documents when it was taken from them. */
export interface Distractor {
  text: string;
  cite?: SentRef;
}

export function cite(ctx: BuildCtx, r: SentRef): Citation {
  const d = ctx.documents[r.doc]!;
  const c: Citation = { documentId: d.id, start: r.s, end: r.e, quote: ctx.texts[r.doc]!.slice(r.s, r.e) };
  if (d.path !== undefined) c.path = d.path;
  return c;
}
