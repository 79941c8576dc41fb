// A document's register: how it speaks (the general present of exposition, the past of history and news), how many
// names it drops, and when the events it tells of took place — read once per document (readRegister). The deck
// builder reads it to tell a textbook section from a news report.
import { LEGAL_CITATION } from "../concepts/apparatus";
import { countWords } from "../text/words";

/** What the register's rules read of a document, counted once. */
export interface Register {
  /** "is"/"are" */
  present: number;
  /** "was"/"were" */
  past: number;
  words: number;
  /** mid-sentence names per 1,000 words (namesPer1000) */
  names: number;
  /** "I", "my", "me" per 1,000 words: a writer's own account */
  firstPerson: number;
  /** how many years the text writes, and the middle one (0 when none) */
  years: number;
  medianYear: number;
  /** paragraphs, and those that open with a court case's citation ("Marbury v. Madison, 5 U.S. 137 (1803). …") */
  paragraphs: number;
  citedOpenings: number;
}

export function readRegister(text: string, words = countWords(text)): Register {
  const years = (text.match(YEAR) ?? []).map(Number).sort((a, b) => a - b);
  const counts = registerWords(text);
  return {
    present: counts.present,
    past: counts.past,
    words,
    names: namesPer1000(text, words),
    firstPerson: (1000 * counts.firstPerson) / Math.max(1, words),
    years: years.length,
    medianYear: years[years.length >> 1] ?? 0,
    ...caseOpenings(text),
  };
}

/** how far into a paragraph its case citation may end */
const OPENING = 160;

function caseOpenings(text: string): { paragraphs: number; citedOpenings: number } {
  // (most documents cite no case: no paragraph split for them, on the path of every document)
  if (!text.includes(" v. ")) return { paragraphs: 0, citedOpenings: 0 };
  let paragraphs = 0;
  let citedOpenings = 0;
  for (const p of text.split(/\n\s*\n|\n(?=\S)/)) {
    if (!p.trim()) continue;
    paragraphs++;
    const head = p.slice(0, OPENING);
    if (head.includes(" v. ") && LEGAL_CITATION.test(head)) citedOpenings++;
  }
  return { paragraphs, citedOpenings };
}

/**
 * A list of court cases, each paragraph opening with its citation ("Arizona v. United States, 567 U.S. 387 (2012).
 * This case involved …"): a textbook's appendix of cases, not a news report, though it tells of dated events after
 * HISTORY_BEFORE without headings. Its names and dates are a textbook story's (blind raters of nR accepted 7 of 33 of
 * those such a list gave as a report's).
 */
export function caseList(r: Register): boolean {
  return r.citedOpenings >= 3 && 3 * r.citedOpenings >= r.paragraphs;
}

/** "is", "are", "was", "were", "I", "my", "me" as whole words */
const REGISTER_WORD = /\b(?:is|are|was|were|I|my|me)\b/g;

/**
 * How often the text writes "is"/"are", "was"/"were" and "I"/"my"/"me", in one scan of the text instead of three (each
 * match is a whole word, so the counts are those of three separate scans).
 */
function registerWords(text: string): { present: number; past: number; firstPerson: number } {
  let present = 0;
  let past = 0;
  let firstPerson = 0;
  const re = REGISTER_WORD;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const w = m[0];
    if (w === "is" || w === "are") present++;
    else if (w === "was" || w === "were") past++;
    else firstPerson++;
  }
  return { present, past, firstPerson };
}

/**
 * "is", "are" against "was", "were": exposition speaks in the general present, news and history in the past (two and
 * a half to one: a section's worked cases are told in the past; a government section on public opinion read 2.8 to
 * one). Alone it does not tell a report (the samples read 1.3 to 12 to one): it counts only with some stated concepts
 * (PRESENT_EXPOSITION_MIN; the sample reports have 0-1 per 1,000 words, but for one with 3.4 read 1.6 to one).
 */
const PRESENT_RATIO = 2.5;
/** below EXPOSITION_MIN, from this score a document in the general present is exposition */
export const PRESENT_EXPOSITION_MIN = 2.5;

export function presentRegister(r: Register): boolean {
  return r.present >= PRESENT_RATIO * Math.max(1, r.past);
}

/** "was", "were" at least as often as "is", "are": a text told in the past (a history section, a report) */
export function pastRegister(r: Register): boolean {
  return r.past >= r.present;
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
export function toldOfThePast(r: Register): boolean {
  return pastRegister(r) && r.years >= 3 && r.medianYear < HISTORY_BEFORE;
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

/**
 * The shortest text the register alone tells as exposition: a textbook section of 600-1,000 words in the present that
 * names little ("Voter Participation and Costs of Elections", 925 words, 41 names per 1,000) gave only its statistics'
 * bounds and sources ("about _____ to 65% …", "According to the _____, …"), which blind raters of pAO accepted 0 of 9
 * times; the sample news reports (812-1,465 words) name 96-131 per 1,000.
 */
const PRESENT_SECTION_WORDS = 600;

/**
 * Exposition: a text in the general present with some stated concepts, one of a section's length in the present that
 * names little, or a writer's own account told in the past that names little.
 */
export function notAReport(r: Register, score: number): boolean {
  if (score >= PRESENT_EXPOSITION_MIN && presentRegister(r)) return true;
  // (a short passage says too little to tell)
  if (r.words < PRESENT_SECTION_WORDS) return false;
  if (!pastRegister(r)) return r.names < FEW_NAMES;
  return r.firstPerson >= OWN_ACCOUNT && r.names < FEWER_NAMES;
}

/**
 * Told in the past by its writer ("At the three privately owned newspapers I worked for …": 4.8 "I", "my", "me" per
 * 1,000 words) and naming fewer than FEWER_NAMES per 1,000 (36), a text is an account of fieldwork in a textbook
 * section, not a report: its six names, dates and numbers of the anecdote were accepted by blind raters of pAP none of
 * the time. The sample news reports say "I" 0-1.1 times per 1,000 and name 96-131 per 1,000.
 */
const OWN_ACCOUNT = 2;
const FEWER_NAMES = 45;
