// The text helpers as one import (`../text`): sentences and their roles, words and the normal form of answers.
export * from "./sentences";
export * from "./words";
