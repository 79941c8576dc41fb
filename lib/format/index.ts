// Counts and times in words, the same on every page: "1 question", "74 of the 142 items".
// Pure (no Next, React or database).

/** "1 card", "2 cards", "1,204 cards". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}

/** Why a deck has fewer quiz questions than items: only multiple-choice and true/false items
 *  can be asked in a quiz (lib/server/item-types.ts); flashcards and fill-in-the-blank cards are
 *  for review. */
export function quizAvailability(quizzable: number, items: number): string {
  // (a textbook section's deck may hold only cards: its definitions are asked for recall, not among options)
  if (quizzable === 0)
    return items === 1
      ? "This deck has no quiz question yet: only multiple-choice and true/false items are asked in a quiz, and its 1 item is a card for review."
      : `This deck has no quiz questions yet: only multiple-choice and true/false items are asked in a quiz, and its ${plural(items, "item")} are flashcards and fill-in-the-blank cards for review.`;
  if (quizzable === items)
    return items === 1 ? "Its 1 item can be a quiz question." : `All ${plural(items, "item")} can be quiz questions.`;
  const rest = items - quizzable;
  const can = quizzable === 1 ? "can be a quiz question" : "can be quiz questions";
  const others =
    rest === 1
      ? "The other item (a flashcard or fill-in-the-blank card) is"
      : `The other ${plural(rest, "item")} (flashcards and fill-in-the-blank cards) are`;
  return `${quizzable.toLocaleString("en")} of the ${plural(items, "item")} ${can}: only multiple-choice and true/false items are asked in a quiz. ${others} for review.`;
}

/** "0:00" … "23:00" */
export const hourLabel = (h: number) => `${h}:00`;

/** A moment as the person reads it in their time zone: "2026-12-01 16:05 PST". */
export function formatInZone(at: Date, timeZone: string): string {
  const p: Record<string, string> = {};
  const f = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  });
  for (const part of f.formatToParts(at)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${p.timeZoneName}`;
}
