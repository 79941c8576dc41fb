// Which item types a quiz can ask (the others are flashcards and cloze cards for review).
export const QUIZZABLE_TYPES = ["mcq", "truefalse"] as const;
export const isQuizzable = (type: string) => (QUIZZABLE_TYPES as readonly string[]).includes(type);
