// What building an item needs from the reading phase, and citations of sentences.
import type { Citation } from "../types";
import type { EntityRegistry } from "../facts/entities";
import type { SentRef } from "../facts/fact";
import type { DatePool, Doc, NumberPool } from "../read/corpus-reader";
import type { ContextKeys } from "../distractors/context-words";

/** What item building knows about the corpus: the registry, the documents, pools of wrong options, the seed. */
export interface BuildCtx {
  registry: EntityRegistry;
  documents: Doc[];
  texts: string[];
  numberPool: NumberPool;
  datePool: DatePool;
  mentionCites: Map<string, SentRef>;
  ctxKeys: ContextKeys;
  seed: number;
  /** latest year mentioned in the corpus: made-up years never go past it (no dates in the documents' future) */
  maxYear: number;
  /** where each place lies (WordNet's part-of), for wrong options from the key's own region */
  regions?: (place: string) => string[];
  /** whether a place is a kind of `kind` ("el salvador" of "country"), through the lexicon's classes */
  placeIs?: (place: string, kind: string) => boolean;
  /** the lexicon's classes of a noun ("person", "location", "cognition"), none for a word it does not know */
  nounClasses?: (lemma: string) => string[];
}

/** The lexicon knows the name as a word, and as no person or group: "Manifest Destiny", "New Netherland", "Jim Crow". */
export function knownAsNoAgent(ctx: Pick<BuildCtx, "nounClasses">, name: string): boolean {
  const cs = ctx.nounClasses?.(name.toLowerCase()) ?? [];
  return cs.length > 0 && !cs.includes("person") && !cs.includes("group");
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

/** per build: each document's capitalised words (names, mostly), to tell documents of one subject from others */
const NAMES = new WeakMap<BuildCtx, Set<string>[]>();
const COMMON_CAPS =
  /^(?:The|This|That|These|Those|There|They|When|While|With|From|What|Which|Some|Many|Most|After|Before|During|However|Although|Because|Since|Other|Such|Each|Both|Their|Then|Under|Over|Into|Also|Today|Finally|First|Second|Third|Figure|Table|Chapter|Section)$/;

function capitalisedWords(text: string): Set<string> {
  const out = new Set<string>();
  // (ASCII on purpose: a cheap scan of the first 200,000 characters is evidence enough)
  const re = /[a-z,;:] ([A-Z][A-Za-z-]{3,})/g;
  const t = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) && out.size < 2000) if (!COMMON_CAPS.test(m[1]!)) out.add(m[1]!);
  return out;
}

/**
 * Two documents of one subject: they share names (at least 8, or a sixth of the smaller set). A wrong option from
 * a document of another subject ("Social Security" among the presidents of a federalism chapter) stands out.
 */
const RELATED = new WeakMap<BuildCtx, Map<number, boolean>>();

export function docsRelated(ctx: BuildCtx, a: number, b: number): boolean {
  if (a === b) return true;
  let known = RELATED.get(ctx);
  if (!known) RELATED.set(ctx, (known = new Map<number, boolean>()));
  const key = a < b ? a * 1_000_003 + b : b * 1_000_003 + a;
  const hit = known.get(key);
  if (hit !== undefined) return hit;
  const r = shareNames(ctx, a, b);
  known.set(key, r);
  return r;
}

function shareNames(ctx: BuildCtx, a: number, b: number): boolean {
  let sets = NAMES.get(ctx);
  if (!sets) NAMES.set(ctx, (sets = []));
  const get = (i: number) => (sets[i] ??= capitalisedWords(ctx.texts[i] ?? ""));
  const sa = get(a);
  const sb = get(b);
  let shared = 0;
  for (const w of sa.size < sb.size ? sa : sb) if ((sa.size < sb.size ? sb : sa).has(w)) shared++;
  return shared >= 8 || shared >= Math.min(sa.size, sb.size) / 6;
}
