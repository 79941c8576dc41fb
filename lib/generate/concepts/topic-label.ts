// The topic a question leaves unnamed. A textbook section tells of several things under subheadings, and its sentences
// lean on them: under "Q Fever", "In humans, what is the primary route of infection?" never says of what. Blind raters
// flagged such prompts vague more than anything else on fresh sections. The subheading is written before the question
// as its topic ("Q Fever: In humans, what is the primary route of infection?") when it names a topic, the question does
// not already name it, and it does not name the answer (or an option). Item-kit writes it before questions only: a
// heading before a blank, a sentence of the text, read to blind raters as pasted on (decision 019zd).
import type { Item } from "../types";
import type { ConceptBuildCtx, StatedSentence } from "./item-kit";
import { singular } from "./np";

/** Subheadings longer than this are no topic label (a sentence set as a heading). */
const MAX_WORDS = 8;
const MAX_CHARS = 64;
/** A word tagged this often in general English (WordNet's counts: "cell" 116, "opinion" 32) names no one topic. */
const EVERYDAY = 20;

/** A heading that says what kind of passage follows, not what it is about ("Diagnosis and Treatment", "Summary"). */
const STRUCTURAL = new Set(
  (
    "introduction overview summary conclusion conclusions review background discussion notes note example examples " +
    "application applications diagnosis treatment treatments prevention symptoms signs pathogenesis epidemiology " +
    "transmission management key terms concepts definitions final thoughts further reading case study studies part " +
    "section chapter learning objectives objective questions exercises activity activities practice more other " +
    "general basic basics today modern recent understanding changes"
  )
    .split(" ")
    .map((w) => singular(w)),
);

/** Words that make a heading a clause or a question ("Catalysts Do Not Affect Equilibrium", "What Is Culture?"). */
const CLAUSE_WORD =
  /^(?:is|are|was|were|be|been|do|does|did|not|can|could|will|would|should|may|might|must|has|have|had|what|why|how|who|when|where|which)$/i;

// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const FIRST_LETTER = /^\p{L}/u;
const NOT_LETTER = /[^\p{L}]/gu;
const WORD = /\p{L}[\p{L}'’-]*/gu;

const FUNCTION_WORD = /^(?:the|a|an|of|and|or|in|on|for|to|with|from|by|at|as|vs|its|their|into|between|about)$/i;

/**
 * "ELITISM VS. PLURALISM" -> "Elitism vs. Pluralism"; a heading in mixed case stays as written. A word the text also
 * writes in capitals elsewhere stays so ("MEDIA AND FCC REGULATIONS" -> "Media and FCC Regulations").
 */
function cased(heading: string, text: string): string {
  if (LOWER.test(heading)) return heading;
  return heading
    .split(/\s+/)
    .map((w, i) => {
      const bare = w.replace(NOT_LETTER, "");
      if (bare.length >= 2 && capitalsElsewhere(bare, text)) return w;
      const low = w.toLowerCase();
      return i > 0 && FUNCTION_WORD.test(low.replace(/\.$/, ""))
        ? low
        : low.replace(FIRST_LETTER, (c) => c.toUpperCase());
    })
    .join(" ");
}

/** The text writes `word` in capitals in a line of mixed case (not only in headings set in capitals): an abbreviation. */
function capitalsElsewhere(word: string, text: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (LETTER.test(text.charAt(at - 1)) || LETTER.test(text.charAt(at + word.length))) continue;
    const lineStart = text.lastIndexOf("\n", at) + 1;
    const lineEnd = text.indexOf("\n", at);
    if (LOWER.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) return true;
  }
  return false;
}

/** The content words of a phrase, lower-cased and singular ("Sedition Acts" -> sedition, act). */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? [])
    .filter((w) => w.length >= 3 && !FUNCTION_WORD.test(w))
    .map((w) => singular(w.replace(/['’]s$/, "")));
}

/**
 * Two words of one stem: the same, (both of five letters or more) the same first five ("trademark"/"trademarks"), or
 * one holding the other's first six ("neurotoxoplasmosis" and "toxoplasma").
 */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5)) return true;
  return (a.length >= 6 && b.includes(a.slice(0, 6))) || (b.length >= 6 && a.includes(b.slice(0, 6)));
}

function shares(words: string[], text: string): boolean {
  const other = contentWords(text);
  return words.some((w) => other.some((o) => sameStem(w, o)));
}

/** The heading as a topic label, or null when it is no topic: too long, a clause, or a passage's kind only. */
export function topicOf(heading: string | undefined, text = ""): string | null {
  // ("Neptunium-239 also β– decays:": a line that announces what follows, an equation the text left out, is no heading)
  if (!heading || /:\s*$/.test(heading)) return null;
  // ("Short-Duration Gamma-Ray Bursts: Colliding Stellar Corpses": the topic is what comes before the colon)
  const h = heading
    .trim()
    .replace(/[:.]\s*$/, "")
    .replace(/^([^:]{3,}):\s.*$/, "$1");
  const ws = h.split(/\s+/);
  // ("- Quantitative": a list item's lead, not a heading)
  if (ws.length > MAX_WORDS || h.length > MAX_CHARS || /[?!;]/.test(h) || !FIRST_LETTER.test(h)) return null;
  if (ws.some((w) => CLAUSE_WORD.test(w))) return null;
  const content = contentWords(h);
  // ("Final Thoughts about Trade Balances", "Signs and Symptoms of …": a heading led by a passage's kind)
  if (content.length === 0 || STRUCTURAL.has(content[0]!)) return null;
  return cased(h, text);
}

/**
 * The word that names the topic: the rarest content word of the heading outside its brackets ("pertussis" of
 * "Pertussis (Whooping Cough)", "streptococcal" of "Streptococcal Infections"), by `frequency` in general English.
 */
function keyWord(topic: string, frequency: (w: string) => number): string | undefined {
  // ("Writing Large Numbers": a heading's verb in -ing names no topic)
  const main = contentWords(topic.replace(/\([^)]*\)/g, " ")).filter((w) => !STRUCTURAL.has(w) && !/ing$/.test(w));
  let best: string | undefined;
  for (const w of main) if (best === undefined || frequency(w) < frequency(best)) best = w;
  return best;
}

/**
 * The prompt with its section's topic written before it, or the prompt as it is: when the topic is none, when the
 * prompt already names it (its key word), or when a word of it is in the answer or an option (the heading "Acne" over
 * "… lesions called _____" would name the disease the student is asked for, or rule out a wrong option).
 */
export function withTopic(
  prompt: string,
  answer: string,
  options: readonly string[] | undefined,
  topic: string | null,
  frequency: (w: string) => number,
): string {
  if (!topic) return prompt;
  const key = keyWord(topic, frequency);
  // (a heading whose rarest word is an everyday one, "Cells", "Public Opinion and Elections", names no one topic)
  if (key === undefined || frequency(key) >= EVERYDAY || shares([key], prompt)) return prompt;
  const words = contentWords(topic);
  if (shares(words, answer) || (options ?? []).some((o) => shares(words, o))) return prompt;
  return `${topic}: ${prompt}`;
}

/** The item's prompt with its section's topic before it, where it leaves the topic unnamed. */
export function labelledPrompt(
  ctx: ConceptBuildCtx,
  s: StatedSentence,
  item: Item,
  lint: (it: Item) => boolean,
): string {
  // (a lexicon without word counts, a test's stub, cannot tell an everyday heading, "Cells", from a topic)
  if (!ctx.lexicon.spoken) return item.prompt;
  const topic = topicOf(ctx.sections?.subheadingOver(s.doc, s.start), ctx.texts?.[s.doc]);
  const prompt = withTopic(item.prompt, item.answer, item.options, topic, (w) => ctx.lexicon.frequency(w));
  if (prompt === item.prompt) return prompt;
  // (linted for what the topic's words may give away; set off by a dash, since a capital after a colon reads to the
  // lint as a torn quotation)
  return lint({ ...item, prompt: prompt.replace(/^(.*?): /, "$1 — ") }) ? prompt : item.prompt;
}
