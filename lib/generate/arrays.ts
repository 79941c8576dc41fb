// Arrays made for each deck that optimised code pushes objects onto.

/**
 * An empty array whose elements are already of V8's "any value" kind. `[]` starts as an array of small integers and
 * changes kind at its first push of an object; the optimised code of a function that pushed onto such arrays in an
 * earlier deck checked for a small integer there, and the first push onto a new deck's array threw that code away
 * ("not a Smi" in --trace-deopt) and had it compiled again (readChunk, the collector's addSentence, mergeFacts,
 * tryBuild: 20-150 ms of compiler CPU each in the second to fifth 1 MB decks of a process). `[undefined]` is made of
 * that kind, and an array never changes back to a narrower kind when emptied.
 */
export function objectArray<T>(): T[] {
  const a = [undefined] as unknown as T[];
  a.pop();
  return a;
}
