// The pipeline, as a page: read each document once (segment, wink, mentions and fact candidates per sentence)
// -> type names by the whole corpus -> merge the same fact across documents -> rank -> build items with wrong
// options and the lint -> true/false statements, within the deck's size cap. The rules live in the modules named.
import type { Deck, GenerateOptions, Item, SourceDocument } from "./types";
import { PhaseProfiler } from "./profile";
import { countWords } from "./text/words";
import { resetContentWords } from "./read/content-words";
import { CorpusReader, Doc, docLabel } from "./read/corpus-reader";
import type { Fact } from "./facts/fact";
import type { Analysis } from "./facts/sentence";
import { retypeFacts } from "./rank/retype";
import { mergeFacts } from "./rank/merge";
import { rankFacts } from "./rank/rank";
import type { BuildCtx } from "./items/context";
import { ItemBuilder } from "./items/deck-builder";
import { EntityRegistry } from "./facts/entities";
import { ContextKeys } from "./distractors/context-words";
import { pastRegister, readRegister, SECTION_WORDS, toldOfThePast } from "./items/register";
import { spellOutAbbreviations } from "./items/spell-out";
import { cite } from "./items/context";
import { ConceptCollector, NO_LEXICON, type Lexicon } from "./concepts";
import { heldBackNotes, type DocOutcome } from "./held-back";

/**
 * The analyses (mentions and fact candidates) of the first sentences of the previous deck. V8 holds the hidden
 * classes that objects reach by adding fields (mentions built by spreading a parsed date, facts that get their
 * prompts later) only weakly; when the last object of such a class dies between two decks, every optimised
 * function that used it is thrown away and recompiled. A small sample of the previous deck's objects keeps
 * the common classes alive until the next deck has made its own. (It may keep the texts of those first
 * sentences' documents alive until the next deck.)
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- written, never read: holding the objects is its job
let SHAPE_SAMPLE: Analysis[] = [];
/** the same for the first items of the previous deck and the facts they were built from (fields added while building) */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- written, never read, as SHAPE_SAMPLE
let SHAPE_ITEMS: { items: Item[]; facts: Fact[] } = { items: [], facts: [] };

/**
 * An empty concept collector made with the previous deck's lexicon. The optimised reading code (readDocument,
 * readChunk, the collector's addSentence) depends on the collector's hidden class with the lexicon it holds; when
 * the last collector holding that lexicon died between two decks, V8 threw that code away ("weak objects" in
 * --trace-deopt) and recompiled it on every deck (~100 ms of compiler CPU per 1 MB deck). Keeping one empty
 * collector (it holds no text) keeps the class alive. It keeps the lexicon alive until a deck uses another one.
 */
let SHAPE_CONCEPTS: { lexicon: Lexicon; collector: ConceptCollector } | null = null;

/**
 * One long-lived, empty item builder (see SHAPE_SAMPLE): when the last builder of a deck died, its hidden class died
 * with it and the optimised code of its methods (textbook, entityRoom) was thrown away and compiled again in every
 * deck. It holds no text.
 */
export const KEEP_BUILDER_SHAPE = new ItemBuilder(
  {
    registry: new EntityRegistry(),
    documents: [],
    texts: [],
    numberPool: new Map(),
    datePool: new Map(),
    mentionCites: new Map(),
    ctxKeys: new ContextKeys(),
    seed: 0,
    maxYear: 0,
  },
  0,
);

type LexiconCalls = Pick<BuildCtx, "regions" | "placeIs" | "nounClasses">;

/**
 * The lexicon's methods the item builder calls, bound once per lexicon (memo): optimised code that inlined a call through
 * a bound function holds that function weakly, and binding anew for every deck threw away and recompiled
 * refinedPlaceType and knownAsNoAgent in every deck ("weak objects" in --trace-deopt).
 */
const LEXICON_CALLS = new WeakMap<Lexicon, LexiconCalls>();

function lexiconCalls(lexicon: Lexicon | undefined): LexiconCalls {
  if (!lexicon) return { regions: undefined, placeIs: undefined, nounClasses: undefined };
  let calls = LEXICON_CALLS.get(lexicon);
  if (!calls) {
    calls = {
      regions: lexicon.regions?.bind(lexicon),
      placeIs: lexicon.kindOf?.bind(lexicon),
      nounClasses: lexicon.nounClasses?.bind(lexicon),
    };
    LEXICON_CALLS.set(lexicon, calls);
  }
  return calls;
}

/** Turn documents into a deck of cited study items (see generateDeck in index.ts). */
export function generate(documents: SourceDocument[], options: GenerateOptions = {}): Deck {
  const seed = options.seed ?? 1;
  const per1000 = options.maxItemsPer1000Words ?? 35;
  const profile = options.profile;
  const clock = profile?.cpuMs ?? null;
  resetContentWords();
  const docs = documents.map((d) => new Doc(String(d.id), d.title ?? "", d.path, d.text, d.spans));
  const texts: string[] = docs.map((d) => d.text);
  const phases = clock !== null ? new PhaseProfiler(profile!, clock) : null;
  // the deck size is known before reading: a global bounded top-K of candidates (a generous multiple of the
  // cap) keeps memory and the merge/rank work bounded on huge inputs; small inputs never reach it
  const words = texts.map((t) => countWords(t));
  const cap = Math.max(
    0,
    Math.min(options.maxItems ?? 1500, Math.floor((words.reduce((a, b) => a + b, 0) / 1000) * per1000)),
  );

  // read every document once and find the fact candidates of each sentence
  const lexicon = options.lexicon ?? NO_LEXICON;
  const concepts = new ConceptCollector(lexicon);
  if (SHAPE_CONCEPTS?.lexicon !== lexicon) SHAPE_CONCEPTS = { lexicon, collector: new ConceptCollector(lexicon) };
  const reader = new CorpusReader(per1000, Math.max(20000, cap * 20), clock, concepts);
  for (let di = 0; di < docs.length; di++) reader.readDocument(di, docs[di]!, words[di]!);
  SHAPE_SAMPLE = reader.shapeSample;
  if (phases) {
    phases.write(
      `[profile]   segment ${reader.tSeg.toFixed(0)} ms, wink ${reader.tTok.toFixed(0)} ms, analyse ${reader.tAna.toFixed(0)} ms, mentions ${reader.tRest.toFixed(0)} ms\n`,
    );
    phases.mark(`read + extract (${reader.facts.length} candidate facts, ${reader.nSent} sentences)`);
  }
  const registry = reader.registry;
  registry.finalize();
  phases?.mark("registry");

  // type names by the whole corpus, merge the same fact across documents, rank what is worth asking
  const trace = profile?.traceFacts ? profile : undefined;
  const perSentence = options.maxItemsPerSentence ?? 2;
  const order = rankFacts(
    mergeFacts(retypeFacts(reader.facts, registry), reader.sentDf, reader.nSent),
    registry,
    trace,
    perSentence,
  );
  phases?.mark("retype + merge + rank");

  // build items (with wrong options, linted) until the deck is full, then true/false statements
  const { numberPool, datePool, mentionCites, ctxKeys, maxYear } = reader;
  const { regions, placeIs, nounClasses } = lexiconCalls(options.lexicon);
  const ctx: BuildCtx = {
    registry,
    documents: docs,
    texts,
    numberPool,
    datePool,
    mentionCites,
    ctxKeys,
    seed,
    maxYear,
    regions,
    placeIs,
    nounClasses,
  };
  const builder = new ItemBuilder(ctx, cap, trace, perSentence);
  // key terms and what the text states about them come first; names, dates and numbers fill the sentences left
  builder.addConcepts(concepts.build(seed, (doc, start, end) => cite(ctx, { doc, s: start, e: end }), cap));
  // (each document's register read once: tense, names, years)
  const registers = texts.map((t, di) => readRegister(t, words[di]));
  builder.setExposition(
    words.map((w, di) => concepts.exposition(di, w)),
    // (a textbook section: headings of its own, or a section's length told of times long past, without headings)
    registers.map((r, di) => concepts.sectioned(di, pastRegister(r)) || (r.words >= SECTION_WORDS && toldOfThePast(r))),
    registers,
  );
  phases?.mark("concepts");
  builder.run(order);
  phases?.mark(`build items (${builder.items.length} items from ${builder.nBuilt} attempts)`);
  builder.addTrueFalse(order);
  phases?.mark("true/false");
  const items = builder.items;
  spellOutAbbreviations(
    items,
    docs.map((d) => d.id),
    texts,
    seed,
  );
  SHAPE_ITEMS = { items: items.slice(0, 64), facts: order.slice(0, 64) };
  const warnings = [...reader.warnings, ...heldBackNotes(outcomes(docs, items, reader, concepts), items.length >= cap)];
  return { items, warnings };
}

/**
 * Per document: its label, whether the reader skipped it, the items citing it and, for a document citing none, the
 * sentences with candidates (only the notes of silent documents count them).
 */
function outcomes(docs: Doc[], items: Item[], reader: CorpusReader, concepts: ConceptCollector): DocOutcome[] {
  const index = new Map(docs.map((d, di) => [d.id, di]));
  const cited = docs.map(() => 0);
  for (const it of items) {
    const di = index.get(it.citations[0]?.documentId ?? "");
    if (di !== undefined) cited[di]!++;
  }
  const silent = new Set(docs.flatMap((_, di) => (cited[di] === 0 ? [di] : [])));
  const found = concepts.candidateSentences(silent, reader.facts);
  return docs.map((d, di) => ({
    label: docLabel(d),
    skipped: reader.skipped.has(di),
    items: cited[di]!,
    candidates: found.get(di)?.size ?? 0,
  }));
}
