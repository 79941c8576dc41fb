// Old path of items/lint.ts, kept while lib/generate/concepts imports "../lint"; new code imports items/lint.
export * from "./items/lint";
