// The scholarly apparatus of a text: in-text citations "(Brown, 2012)", "(Fogel & Smith, 2011; …)", figure and
// table references, footnote markers, URLs, reference-list entries. None of it is content a student learns:
// it is cut from prompts and never asked.
import { isSpaceCode } from "../text/scan";

/** what a pointer keeps of its lost links: "and", "or", commas, semicolons, its stop ("(see , , and .)") */
const LOST_LINKS = String.raw`(?:\s*(?:and|or|,|;|\.))*`;
/** a parenthetical whose figure or section the copy lost: "(see )", "()", "( and )", "(See .)" */
const EMPTY_POINTER = new RegExp(String.raw`^(?:(?:see|cf\.)(?:\s+also)?)?${LOST_LINKS}$`, "i");
/** the same as a sentence of its own: "(See .)", "See , , and ." */
const LOST_POINTER = new RegExp(String.raw`^\(?\s*(?:see|cf\.)(?:\s+also)?${LOST_LINKS}\s*\)?\.?$`, "i");

/** A parenthetical holding an author-year citation, a figure/table reference or "see …". */
const PAREN = /\s*\(([^()]{0,300})\)/g;
const YEAR = /\b(1[5-9]\d\d|20\d\d)[a-z]?\b|\bn\.d\./;
const FIG_REF =
  /^(?:see\s+)?(?:also\s+)?(?:fig(?:ure)?s?\.?|tables?|charts?|appendix|exhibit|box|equation|eq\.|plate|map|graph)\s*[\dA-Z]/i;
const URL = /\b(?:https?:\/\/|www\.)\S+/i;
// module-level: a regex literal with \p{…} in a function body is a new RegExp per evaluation once esbuild (tsx) lowers it
/** "(see Earth as a Planet)" */
const SEE_TITLE = /^see\s+\p{Lu}/u;
/** "Brown, 2012", "e.g., Smith 2003, p. 4": one part of a parenthetical citation */
const CITED_PART =
  /^(?:e\.g\.,?\s*|see\s+(?:also\s+)?|cf\.\s*|as cited in\s+)?\p{Lu}[^()]*?,?\s*(?:\[\d{4}\]\s*)?(?:(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.d\.)(?:\s*,\s*(?:pp?\.\s*)?[\d–-]+)*$/u;
const URLS = /\b(?:https?:\/\/|www\.)\S+/gi;
// (a superscript after a word of one to three letters is an exponent or an orbital, "sp³", "cm³", "m²", no footnote)
const FOOTNOTE = /(?<=[\p{L}.,;:)”"’])\[\d{1,3}(?:[,–-]\d{1,3})*\]|(?<=\p{L}{3}\p{Ll}|[.,;:)”"’])[¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu;

const FIGURE_ASIDE =
  /,\s+as\s+(?:shown|illustrated|depicted|seen|presented|outlined|summarized)\s+in\s+(?:Figure|Fig\.|Table|Exhibit)\s+[\dA-Z][\d.]*,/g;

/** ", as illustrated in." / ", as shown in,": the same aside where the copy lost the figure's name */
const LOST_FIGURE_ASIDE =
  /,?\s+as\s+(?:shown|illustrated|depicted|seen|presented|outlined|summarized|pictured)\s+in(?=\s*[.,;:])/g;

/** ", as shows." / "…, as illustrates,": a figure's name lost before the verb ("as Figure 2 shows") */
const LOST_FIGURE_SUBJECT = /,?\s+as\s+(?:shows|illustrates|depicts|demonstrates)(?=\s*[.,;:]|\s*$)/g;

export interface Range {
  a: number;
  b: number;
}

/** Is the parenthetical's inner text a citation or a reference to a figure or table? */
export function isCitationParen(inner: string): boolean {
  const t = inner.trim();
  if (FIG_REF.test(t)) return true;
  // "(see )", "()": a pointer whose link the text lost (a figure's or a section's number left out of the copy)
  // ("( and )", "(see and )": two of them)
  // ("(See .)", "(See , , and .)": the sentence's stop kept)
  if (t === "" || EMPTY_POINTER.test(t)) return true;
  // "(such as the Lake Ontario food web in )": an aside whose figure the copy lost
  if (/\s(?:in|see)$/i.test(t) && t.split(/\s+/).length <= 12) return true;
  // "(see Earth as a Planet)": a pointer to another part of the book
  if (SEE_TITLE.test(t)) return true;
  // "(1 nanometer = 10^–9 meters; see Appendix D)": an aside that ends by pointing elsewhere
  if (/;\s*see\s/i.test(t) && FIG_REF.test(t.slice(t.lastIndexOf(";") + 1).trim())) return true;
  if (!YEAR.test(t)) return false;
  // "2011" after a name ("Hobson (2011) suggests"), "Brown, 2012", "Fogel & Smith, 2011; Poe, Walsh, & Bjorness,
  // 2010", "Azevedo et al, 2009", "see Smith 2003, p. 4", "Kant [1785] 1998, 31"
  if (/^(?:1[5-9]\d\d|20\d\d)[a-z]?(?:,\s*(?:pp?\.\s*)?[\d–-]+)?$/.test(t)) return true;
  // "for one such example, see March et al., 2007"
  if (
    /\b(?:et al\.?|see)\s*,?\s*[^()]{0,60}?(?:1[5-9]\d\d|20\d\d)[a-z]?\s*$/.test(t) ||
    /\bet al\.?,?\s*(?:1[5-9]\d\d|20\d\d)/.test(t)
  )
    return true;
  return t.split(/;\s*/).every((p) => p.split(/\s+/).length <= 14 && CITED_PART.test(p.trim()));
}

/** "… beta 1 and 2 (a).", "… bound to myosin (a,b).": a figure's panel letters before a stop (a list's "(a) …" opens
 * its item) */
const PANEL = /\s\([a-h](?:\s*(?:[,–-]|and)\s*[a-h])*\)(?=\s*(?:[.,;:?!]|$))/g;

/**
 * Ranges of `t` to cut from a prompt: citation parentheticals (with the space before them), a figure's panel letters,
 * URLs, footnote marks.
 */
/** "(part (b) of )": a pointer whose figure the copy lost */
const LOST_LINK = /\s\((?:[^()]|\([a-z]\))*\s(?:of|in|see)\s*\)/gi;

/** " )" with no "(" open before it: what is left of a figure link the copy lost ("… to be printed )."). */
function strayCloses(t: string): Range[] {
  const out: Range[] = [];
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === "(") depth++;
    else if (c === ")") {
      if (depth > 0) depth--;
      else if (i > 0 && (t[i - 1] === " " || t[i - 1] === "\u00a0")) out.push({ a: i - 1, b: i + 1 });
    }
  }
  return out;
}

/** Adds the ranges of a global regex's matches in `t` (an exec loop: matchAll made a copy of the regex on every call). */
function pushMatches(out: Range[], re: RegExp, t: string): void {
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) out.push({ a: m.index, b: m.index + m[0].length });
}

export function apparatusRanges(t: string): Range[] {
  const out: Range[] = [];
  if (t.includes(" )")) {
    out.push(...strayCloses(t));
    pushMatches(out, LOST_LINK, t);
  }
  if (t.includes("(")) {
    PAREN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PAREN.exec(t))) if (isCitationParen(m[1]!)) out.push({ a: m.index, b: m.index + m[0].length });
    pushMatches(out, PANEL, t);
  }
  if (t.includes("http") || t.includes("www.")) pushMatches(out, URLS, t);
  if (t.includes("[") || /[¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(t)) pushMatches(out, FOOTNOTE, t);
  // ", as illustrated in Figure 10.2,": an aside that points to a figure the student does not see
  if (/\b(?:Figure|Fig\.|Table|Exhibit)\s/.test(t)) pushMatches(out, FIGURE_ASIDE, t);
  if (t.includes(" in")) pushMatches(out, LOST_FIGURE_ASIDE, t);
  if (t.includes(" as ")) pushMatches(out, LOST_FIGURE_SUBJECT, t);
  return out.sort((x, y) => x.a - y.a);
}

/**
 * ", as summarized in Table 14.2." / ", as shown in .": an aside to a figure that ends a sentence; where the sentence
 * ends in one, the length of the sentence before it (the readers see the statement it closes), else -1.
 */
const TRAILING_FIGURE_ASIDE =
  /,?\s+(?:as\s+(?:is\s+|are\s+)?)?(?:shown|illustrated|depicted|seen|presented|outlined|summarized|pictured|listed)\s+in(?:\s+(?:Figure|Fig\.|Table|Exhibit)\s+[\dA-Z][\d.]*[\dA-Za-z])?\s*\.$/;
export function trailingFigureAside(t: string): number {
  if (!t.endsWith(".") || !t.includes(" in")) return -1;
  const m = TRAILING_FIGURE_ASIDE.exec(t);
  return m && m[0].startsWith(",") ? m.index : -1;
}

/** The text with the given ranges removed (spaces tidied). */
export function cutRanges(t: string, ranges: Range[]): string {
  if (!ranges.length) return t;
  let out = "";
  let at = 0;
  for (const r of ranges) {
    if (r.a < at) continue;
    out += t.slice(at, r.a);
    at = r.b;
  }
  out += t.slice(at);
  return out.replace(/\s+([.,;:!?])/g, "$1").replace(/\s{2,}/g, " ");
}

/** True when [a, b) overlaps one of the ranges. */
export function overlapsRanges(ranges: Range[], a: number, b: number): boolean {
  for (const r of ranges) if (a < r.b && b > r.a) return true;
  return false;
}

/** True when [a, b) falls inside one of the ranges. */
export function inRanges(ranges: Range[], a: number, b: number): boolean {
  for (const r of ranges) if (a >= r.a && b <= r.b) return true;
  return false;
}

/**
 * The last two sentences each check saw and their verdicts. The fact analysis and the concept family (askable,
 * conceptCandidates) ask about the same sentence two to four times in a row, and each check runs long regexes; the
 * fact analysis asks about the previous sentence in between (its context), which a one-entry cache forgot the
 * current sentence for. (The kept strings may keep their document's text alive until the next sentences are checked.)
 */
class LastVerdicts {
  private text = "";
  private verdict = false;
  private prevText = "";
  private prevVerdict = false;

  get(t: string, check: (t: string) => boolean): boolean {
    if (t === this.text) return this.verdict;
    if (t === this.prevText) return this.prevVerdict;
    const v = check(t);
    this.prevText = this.text;
    this.prevVerdict = this.verdict;
    this.text = t;
    this.verdict = v;
    return v;
  }
}
const APPARATUS_LAST = new LastVerdicts();
const OBJECTIVE_LAST = new LastVerdicts();
const META_LAST = new LastVerdicts();

const REFERENCE_ENTRY =
  /^\s*(?:\[\d+\]\s*)?\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\.\s*)+(?:,?\s*(?:&|and)?\s*\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\.\s*)+)*[,.]?\s*\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\)?[.,]/u;
/**
 * Parts of a reference pasted into the text (a footnote): "Vol. 56, pp. 65-77", "pg. 116", "(6th ed.)",
 * "40(10): 980 - 991", "(New York: Harper & Brothers)", "New Haven: Yale University Press, 2003",
 * "Fisher, Mary P. (2011)". One pattern a kind, each tried only where its sign is in the text (referenceParts): as one regex they scanned every
 * capitalised word of every sentence with a digit for a colon or an initial that nearly none has.
 */
const VOLUME_OR_PAGES = /\b(?:Vol\.?|pp\.|pg\.)\s*\d/u;
const EDITION_OR_ISSUE = /\(\d+(?:st|nd|rd|th)\s+ed\.?\)|\b\d+\s*\(\d+\)\s*:\s*\d+/u;
const PLACE_AND_PUBLISHER =
  /\b\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s?:\s?(?:\p{Lu}[\p{L}.]*\s?(?:&\s)?){0,4}(?:Press|Books|Publishers|Publishing|Wiley|Brothers|Brown)\b/u;
const AUTHOR_INITIALS_YEAR = /\b\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\.\s*){1,3}\(?(?:1[5-9]|20)\d\d\b/u;
const YEAR_VOLUME_PAGES =
  /\b(?:1[5-9]|20)\d\d,\s*\d{1,3},\s*\d+\s*[-–]\s*\d+|^\p{Lu}[\p{L}'’-]+,\s+\p{Lu}\p{Ll}*\.?(?:\s+\p{Lu}\.)*\s*\(?(?:1[5-9]|20)\d\d\)?/u;

function referenceParts(t: string): boolean {
  if ((t.includes("Vol") || t.includes("pp.") || t.includes("pg.")) && VOLUME_OR_PAGES.test(t)) return true;
  if (t.includes("(") && EDITION_OR_ISSUE.test(t)) return true;
  if (t.includes(":") && PLACE_AND_PUBLISHER.test(t)) return true;
  if (capitalBeforePeriod(t) && AUTHOR_INITIALS_YEAR.test(t)) return true;
  return t.includes(",") && YEAR_VOLUME_PAGES.test(t);
}

/** A period after a capital ("J."), where AUTHOR_INITIALS_YEAR can match (any non-ASCII letter counts as one). */
function capitalBeforePeriod(t: string): boolean {
  for (let i = t.indexOf(".", 1); i > 0; i = t.indexOf(".", i + 1)) {
    const c = t.charCodeAt(i - 1);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

/**
 * A piece of a reference the segmenter cut off without its numbers: "… The Williams & Wilkins Company pg.",
 * "Jeffrey A. Sonnenfeld, “Shedding Light on the Hawthorne Studies.”", "…, Baltimore, MD, …". Three patterns, each
 * tried only where it can match: every sentence is checked, and one regex of the three scanned every position.
 */
const PAGE_ABBR_END = /\b(?:pg|pp|Vol)\.$/;
const AUTHOR_AND_TITLE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]+,\s+[“"][^”"]{8,}[.,]?[”"]\.?$/u;
const CITY_AND_STATE = /\b\p{Lu}\p{Ll}+,\s+(?:MD|NY|MA|CA|IL|PA|NJ|CT)\b,/u;

/** "New York: Penguin Books.", "Lincoln: University of Nebraska Press.": a reference's place and publisher */
const PUBLISHER_PIECE =
  /^(?:\p{Lu}[\p{L}.]*\s){0,2}\p{Lu}[\p{L}.]*:\s+(?:[\p{L}.&'’]+\s){0,5}(?:Press|Books|Publishers|Publishing)(?:,\s*\d+(?:\s*[–-]\s*\d+)?)?\.?$/u;
/** a pointer that lost what it points to, as a sentence of its own */
export function lostPointer(t: string): boolean {
  return t.length < 40 && LOST_POINTER.test(t);
}

/** "See note 65.", "See John Ehle.": a note's pointer to a source */
const SEE_NOTE = /^See\s+(?:also\s+)?(?:note\s+\d+|(?:\p{Lu}[\p{L}.'’-]*\s?){1,4})\.?$/u;

function isReferencePiece(t: string): boolean {
  if (titleLine(t)) return true;
  // (the abbreviation and its word boundary lie within the last five characters)
  if (t.endsWith(".") && PAGE_ABBR_END.test(t.slice(-5))) return true;
  if (closesQuotation(t) && AUTHOR_AND_TITLE.test(t)) return true;
  if (t.length < 90 && (PUBLISHER_PIECE.test(t) || SEE_NOTE.test(t))) return true;
  return hasStateCode(t) && CITY_AND_STATE.test(t);
}

/**
 * Where AUTHOR_AND_TITLE can match: a text that ends in a closing quotation mark, or in one and a period (the regex's
 * `[”"]\.?$`); nearly every sentence ends otherwise, and the regex read each one's first words to fail.
 */
function closesQuotation(t: string): boolean {
  let c = t.charCodeAt(t.length - 1);
  if (c === 0x2e) c = t.charCodeAt(t.length - 2);
  return c === 0x201d || c === 0x22;
}

const TITLE_SMALL_WORD = /^(?:of|the|and|or|in|on|for|to|a|an|at|by|from|with|as|vs\.?)$/;
/**
 * "A March of Liberty: A Constitutional History of the United States.": a book's title and subtitle, every word but
 * the small ones capitalised, cut from a reading list
 */
function titleLine(t: string): boolean {
  const colon = t.indexOf(": ");
  if (colon < 0) return false;
  const words = t.replace(/[.?!]$/, "").split(/\s+/);
  return words.length >= 5 && words.every((w) => TITLE_SMALL_WORD.test(w) || /^[“"(]?[\p{Lu}\d]/u.test(w));
}

/** A comma right after two capitals that follow a space (", MD,"): where CITY_AND_STATE can match. */
function hasStateCode(t: string): boolean {
  for (let i = t.indexOf(",", 3); i >= 0; i = t.indexOf(",", i + 1)) {
    const a = t.charCodeAt(i - 2);
    const b = t.charCodeAt(i - 1);
    if (a >= 65 && a <= 90 && b >= 65 && b <= 90 && isSpaceCode(t.charCodeAt(i - 3))) return true;
  }
  return false;
}

export const LEGAL_CITATION =
  /\bv\.\s+\p{Lu}[^,]{1,80},\s+\d{1,4}\s+(?:U\.\s?S\.|S\.\s?Ct\.|F\.\s?(?:2d|3d|4th|Supp\.))\s+\d/u;

const CAPTION = /^\s*(?:fig(?:ure)?\.?|table|chart|exhibit)\s*\d+(?:[.-]\d+)*[.:]?\s/i;

/** "Where n is the neutron, p is a proton, …": the legend of a formula the student does not see */
const FORMULA_LEGEND = /^[Ww]here\s+\S{1,4}\s+(?:is|are|=|represents|denotes|stands for)\s/;

/**
 * "A list of frequently encountered psychophysiological disorders is provided in .": a pointer whose target (a link,
 * a table's number) the copy lost; the sentence is about the text, not the subject
 */
const LOST_REFERENCE =
  /(?:\s\p{Ll}+\s+\.|\b(?:provided|shown|listed|given|presented|summarized|illustrated|depicted|outlined) in\.)$/u;

/**
 * Where LOST_REFERENCE can match: a text ending in a period after white space or after " in". The regex, anchored at
 * the end only, was tried at every position of every sentence (6% of a deck's CPU) to fail on nearly all.
 */
function lostReferenceEnd(t: string): boolean {
  const n = t.length;
  return t.charCodeAt(n - 1) === 0x2e && (isSpaceCode(t.charCodeAt(n - 2)) || t.endsWith(" in."));
}

/**
 * A sentence that is apparatus as a whole: a reference-list entry ("Smith, J. A. (2012). Title. Journal …"),
 * a figure or table caption, a line that is mostly a URL, a "doi:" line, a formula's legend.
 */
export function isApparatusSentence(t: string): boolean {
  if (FORMULA_LEGEND.test(t) || (lostReferenceEnd(t) && LOST_REFERENCE.test(t))) return true;
  // "(See .)", "See , , and .": a pointer whose figures the copy lost says nothing
  if (lostPointer(t)) return true;
  return APPARATUS_LAST.get(t, apparatusVerdict);
}

function apparatusVerdict(t: string): boolean {
  // every pattern but a reference's piece needs a digit or a web address; most sentences have neither
  return ((/\d/.test(t) || t.includes("http") || t.includes("www.")) && apparatusSentenceRaw(t)) || isReferencePiece(t);
}

function apparatusSentenceRaw(t: string): boolean {
  if (REFERENCE_ENTRY.test(t) || referenceParts(t)) return true;
  // a footnote pasted into the text: "… accessed September 8, 2021", "(New York: Bantam Books, 1986)"
  if (/\baccessed\s+(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2},?\s+\d{4}/i.test(t))
    return true;
  if (/\(\s*[A-Z][\w .]+:\s*[A-Z][^()]*,\s*\d{4}\)/.test(t)) return true;
  if (CAPTION.test(t)) return true;
  // "Schenck v. United States, 249 U.S. 47 (1919).": a court reporter's volume and page
  if (LEGAL_CITATION.test(t)) return true;
  if (/\bdoi:\s*10\.|\bdoi\.org\//i.test(t)) return true;
  if (URL.test(t)) return true;
  return false;
}

/** A learning objective ("Identify and discuss the three core elements …") or an exercise's instruction: asks nothing. */
export function isObjective(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  return OBJECTIVE_LAST.get(t, objectiveVerdict);
}

function objectiveVerdict(t: string): boolean {
  return OBJECTIVE.test(t) || EXERCISE.test(t);
}

/** "Calculate the … produced (a) when …", "Using the …, calculate …", "Change the circle’s …": an exercise's instruction */
const EXERCISE =
  /^(?:Calculate|Compute|Determine|Estimate|Find|Change|Try|Repeat|Measure|Record|Plot|Sketch|Draw|Verify|Show that|Focus on|Think about|Keep in mind|Using\s[^,]{2,60},\s+(?:calculate|compute|determine|estimate|find))\b/;

const OBJECTIVE =
  /^(?:Learning\s+)?Objectives?\s*\d*\s*:|^(?:Identify|Describe|Explain|Define|Discuss|List|Compare|Contrast|Summari[sz]e|Understand|Recognize|Analy[sz]e|Evaluate|Outline|Differentiate|Distinguish|Name|State|Apply|Examine|Interpret|Predict|Classify|Illustrate|Articulate|Assess|Relate|Trace)\b\s+(?:and\s+\p{Ll}+\s+)?(?:the|a|an|how|why|what|which|between|\p{Ll})/u;

/**
 * Talk about the text rather than the subject: "let's take a closer look", "in this section", "as we will see",
 * "introduced in Science and the Universe: …". META_WORDS is a cheap test that every META match passes (each
 * alternative of META holds one of these phrases); it used to hold "as " and "this ", which nearly every sentence has
 * ("was ", "has "), so META ran on nearly every one, and then "let", "we ", "you " and "d in " ("complete", "new ",
 * "used in"). The "… in Title:" alternative needs a colon, so its words are looked for only in a text with one.
 * The phrases are grouped by their first letters (the same phrases): at each position of every sentence the flat list
 * of forty alternatives was tried one by one.
 */
const META_WORDS =
  /l(?:et(?:['’]s| us)|ater in)|for more (?:information|details?)|revisit |we(?: (?:will|have|saw|discussed|addressed|covered|examined|explored|introduced|described|learned|noted|mentioned|used|study|examine|explore|discuss|consider|return|look)|'ll)|be(?: (?:discuss|describ|cover|explain|examin|explor|consider|address|treat|highlight|revisit)ed|low)|you(?: will|['’]ll)|our (?:earlier|previous|last)|a(?:s (?:we|you)|bove)|s(?:ection|hown |ee )|c(?:hapter|olumn)|module|table|discussion of/iu;
const META_CITED = /d in |earlier in /iu;

export function isMetaDiscourse(t: string): boolean {
  return META_LAST.get(t, metaVerdict);
}

function metaVerdict(t: string): boolean {
  return (
    ((META_WORDS.test(t) || (t.includes(":") && META_CITED.test(t))) && META.test(t)) ||
    FIGURE_MARK.test(t) ||
    FRONT_MATTER.test(t)
  );
}

/**
 * A book's front matter, about the book itself: "To maximize readability and content flow, some art does not include
 * attribution in the text", "OpenStax only undertakes revisions when …", its license and errata (every OpenStax preface
 * has them; blind raters rejected each such item as trivia)
 */
const FRONT_MATTER =
  /\b(?:OpenStax|Creative Commons|CC[ -]BY|this title|art attribution|attribution in the text|errata)\b/i;

/**
 * "The red line is the initial main sequence.", "the dashed curves show …": a mark of a figure the reader lacks
 * ("th(?:e|is|ese)": one test of "th" where three alternatives each tried it, at every word of every sentence)
 */
const FIGURE_MARK =
  /\b(?:th(?:e|is|ese)|each)\s+(?:(?:thick|thin|light|dark|bright)\s+)?(?:red|blue|green|yellow|orange|purple|pink|black|gr[ae]y|dashed|dotted|solid|shaded|colou?red)\s+(?:lines?|curves?|arrows?|dots?|areas?|regions?|bands?|box(?:es)?|circles?|bars?|shading|outlines?)\b/i;

const META =
  /\b(?:(?:chapter|section|unit|module|part)\s+\d+(?:\.\d+)?\s+(?:turns|returns|looks|examines|explores|discusses|covers|focuses|introduces|considers|addresses|describes|presents|takes up)|(?:revisit|see|refer to|consult|seek)\b[^.]{2,80}\bfor more (?:information|details?)|let[’']s|let us|we will|we'll|we have (?:learned|seen|discussed)|we (?:saw|discussed|learned|noted|mentioned|addressed|covered|examined|explored|introduced|described)|we used the (?:terms?|words?|phrases?)|(?:considered|discussed|covered|examined|explored|addressed|described) later in (?:the|this) (?:chapter|section|module)|you will|you['’]ll (?:learn|see|explore|study|read)|in our (?:earlier|previous|last) (?:picture|discussion|example|model|description)|in this (?:section|chapter|module)|the (?:first|second|third|fourth|last|left|right) (?:column|row)s?|(?:columns?|rows?) (?:of|in) the table|(?:in|from) the (?:table|graph|chart|diagram)|^the discussion of|(?:the|this) (?:preceding|previous|prior|foregoing) (?:sections?|chapters?|modules?|units?)|this (?:section|chapter|module) (?:describes|discusses|explores|examines|introduces)|as (?:we|you) (?:will )?(?:see|saw|learned)|(?:shown|see) (?:in|below|above)|the (?:figure|table|hypnogram|graph|chart|diagram) (?:below|above)|the (?:chapter|section|module|unit) on [^.,;]{2,60}? (?:explores|discusses|covers|examines|describes|introduces|presents|treats)|(?:covered|discussed|treated|explored|examined) in (?:separate|other|later|another|the next|a later) (?:chapters?|sections?|modules?|units?)|(?:covered|discussed|treated|explored|examined|described) (?:further|more fully|in (?:more |greater )?detail) in (?:the|a later|another|a separate) (?:chapters?|sections?|modules?|units?)|(?:described|mentioned|given|presented|discussed|introduced) (?:at the (?:beginning|start|end) of|earlier in) (?:the|this) (?:chapter|section|module)|will be (?:discussed|described|covered|explained|examined|explored|considered|addressed|treated|highlighted|revisited)(?: in (?:more|greater|further) detail| further| more fully)? (?:shortly|later|next)|later in (?:the|this) (?:course|book|text)|we (?:study|examine|explore|discuss|consider|return to|look at)\b[^.]{0,40}\blater)\b|\b(?:introduced|discussed|described|covered|explained|presented|examined) (?:earlier )?in (?:the chapter (?:on )?)?\p{Lu}[^.:]{2,60}:/iu;

/** Citation years and page numbers are apparatus, never answers: is this answer inside a citation of `t`? */
export function inCitation(t: string, a: number, b: number): boolean {
  return inRanges(apparatusRanges(t), a, b);
}
