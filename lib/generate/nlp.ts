// Old path of read/nlp.ts, kept while lib/generate/concepts imports "../nlp"; new code imports read/nlp.
export * from "./read/nlp";
