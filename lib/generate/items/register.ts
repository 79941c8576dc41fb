// A document's register: how it speaks (the general present of exposition, the past of history and news) and when
// the events it tells of took place. The deck builder reads it to tell a textbook section from a news report.

/**
 * "is", "are" against "was", "were": exposition speaks in the general present, news and history in the past (two and
 * a half to one: a section's worked cases are told in the past; a government section on public opinion read 2.8 to
 * one). Alone it does not tell a report (the samples read 1.3 to 12 to one): it counts only with some stated concepts
 * (PRESENT_EXPOSITION_MIN; the sample reports have 0-1 per 1,000 words, but for one with 3.4 read 1.6 to one).
 */
const PRESENT_RATIO = 2.5;
/** below EXPOSITION_MIN, from this score a document in the general present is exposition */
export const PRESENT_EXPOSITION_MIN = 2.5;

/** how often a text says "is"/"are" and "was"/"were" */
function tenseCounts(text: string): { present: number; past: number } {
  return {
    present: text.match(/\b(?:is|are)\b/g)?.length ?? 0,
    past: text.match(/\b(?:was|were)\b/g)?.length ?? 0,
  };
}

export function presentRegister(text: string): boolean {
  const { present, past } = tenseCounts(text);
  return present >= PRESENT_RATIO * Math.max(1, past);
}

/** "was", "were" at least as often as "is", "are": a text told in the past (a history section, a report) */
export function pastRegister(text: string): boolean {
  const { present, past } = tenseCounts(text);
  return past >= present;
}

/**
 * A story of times long past: told in the past, its years (at least three) mostly before HISTORY_BEFORE. A news
 * report tells of its own days ("on January 11", "since 1991" beside "2022"); a history section without headings of
 * its own tells of 1865-1910 ("The African American 'Great Migration' …"), and its names and dates are a history
 * chapter's, asked as questions (blind raters of pP accepted 3 of 10 such names and dates asked with options or as
 * blanks: "the Thirteenth, Fourteenth, and Fifteenth Amendments to the _____", "over _____ of the population").
 */
const HISTORY_BEFORE = 1950;
/**
 * A textbook section's length: a shorter passage of dated events (a paragraph set as an exercise) keeps the report's
 * reading, with options (the pools' history sections have 600-3,700 words, most over 1,500)
 */
export const SECTION_WORDS = 1000;
const YEAR = /\b1[0-9]{3}\b|\b20[0-9]{2}\b/g;
export function toldOfThePast(text: string): boolean {
  if (!pastRegister(text)) return false;
  const years = (text.match(YEAR) ?? []).map(Number).sort((a, b) => a - b);
  return years.length >= 3 && years[years.length >> 1]! < HISTORY_BEFORE;
}

/**
 * Names in mid-sentence per 1,000 words: a capitalised word after a lower-case word, a comma, a semicolon or a closing
 * parenthesis. A news report lives on its names (the sample reports: 96-131); a science section names little (the
 * pools' astronomy sections: median 39, anatomy 13, psychology 29), however few terms it states.
 */
const MID_SENTENCE_NAME = /[a-z,;)]\s+\p{Lu}\p{Ll}/gu;
export const FEW_NAMES = 60;
export function namesPer1000(text: string, words: number): number {
  return (1000 * (text.match(MID_SENTENCE_NAME)?.length ?? 0)) / Math.max(1, words);
}
