// A classification written as lines: a sentence announces a class and a count, and the members follow one per line,
// as a bulleted or plain list ("Lovelock proposed four broad categories of services:" then "people processing:
// services toward people’s bodies", "possession processing: …"), the way lecture notes, slides and textbooks set it.
// Read line by line, each member is only a "Term: what it is" line; read as a run, the lines are the list the lead
// announced, and each member's sibling terms are the others (the wrong options of "Which of the broad categories of
// services is services toward people’s bodies?").
import { countOf } from "./lists";
import { isStop } from "./np";
import { termOk } from "./phrase";
import type { ConceptCandidate, Phrase } from "./types";

/** a sentence or a line of the document, offsets absolute */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/**
 * The class a lead-in sentence announces before a list of "Term: what it is" lines: "… outlines the major stages of
 * most ritual acts:" -> "the major stages of most ritual acts"; a count or a pointer becomes "the" ("three types of
 * …", "these types of …" -> "the types of …"). Null when the lead-in names no class of things. The word before the
 * class is kept (group 1): a count says how many of the lines are the list's members.
 */
const LIST_FRAME =
  /\b(the|these|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+((?:[\p{Ll}-]+\s+){0,3}(?:stages|steps|types|kinds|forms|elements|components|parts|categories|phases|principles|functions|characteristics|features|levels|classes|models|approaches|theories|factors|methods|strategies|roles|rules|sources|causes|effects|dimensions|aspects|periods|styles)(?:\s+(?:of|in|for)\s+(?:[\p{L}’'-]+\s+){0,4}[\p{L}’'-]+)?)\s*(?:are|include)?\s*:\s*$/u;

export function listFrame(leadIn: string): string | null {
  const m = LIST_FRAME.exec(leadIn);
  return m ? "the " + m[2]! : null;
}

/** a bullet or a number before a line's words: "- ", "• ", "1. ", "(a) " */
const MARKER = /^\s*(?:[-•*]|\(?(?:\d{1,2}|[a-h])[.)])\s+/;
/** "people processing: services toward …", "Growth – sales rise …": a term and what it is */
const LABELLED = /^((?:[\p{L}][\p{L}'’-]*\s+){0,4}[\p{L}][\p{L}'’-]*)\s*(?::|\s[–—])\s+\S/u;
/** a bare line is a member: a few words without a verb's sentence end ("Introduction", "Mental stimulus processing") */
const BARE = /^[\p{L}][\p{L}'’ -]{0,60}$/u;

interface Member {
  phrase: Phrase;
  labelled: boolean;
}

/** The member a line names (offsets from `base`), or null when the line is no member of a list. */
function memberOf(line: Line, base: number): Member | null {
  const marker = MARKER.exec(line.text)?.[0].length ?? 0;
  const body = line.text.slice(marker);
  const m = LABELLED.exec(body);
  const text = m ? m[1]! : body.trim();
  if (!m && (!BARE.test(text) || text.split(/\s+/).length > 6)) return null;
  if (!termOk(text)) return null;
  const a = line.start - base + marker + body.indexOf(text);
  return { phrase: { text, a, b: a + text.length }, labelled: !!m };
}

/**
 * The list the lead announces, read from the lines after it: the lead's count of them when it gives one (the lines
 * must hold at least that many), all of one shape (every line "Term: …", or every line a bare term), 2–8 members, no
 * member twice (offsets from the lead's start).
 */
export function lineList(lead: Line, lines: Line[]): ConceptCandidate | null {
  // (the lead names the class the lines' cards are asked within: no class, no list)
  const a = LIST_FRAME.exec(lead.text);
  if (!a || lines.length < 2) return null;
  const count = countOf(a[1]!);
  if (count && lines.length < count) return null;
  const run = count ? lines.slice(0, count) : lines;
  if (run.length > 8) return null;
  const members = run.map((l) => memberOf(l, lead.start));
  if (members.some((m) => !m)) return null;
  const ms = members as Member[];
  if (ms.some((m) => m.labelled !== ms[0]!.labelled)) return null;
  const names = ms.map((m) => m.phrase.text);
  if (new Set(names.map((n) => n.toLowerCase())).size !== names.length) return null;
  const first = ms[0]!.phrase;
  const last = ms[ms.length - 1]!.phrase;
  return {
    rel: "list",
    term: { text: "", a: 0, b: 0 },
    gloss: { text: names.join(", "), a: first.a, b: last.b },
    genus: "",
    members: ms.map((m) => m.phrase),
    cue: lead.text.trim(),
    subject: false,
    closed: true,
  };
}

/**
 * "services provided by unskilled labor: parking lot attendants, babysitters, and janitors": a line whose words after
 * the colon are a list of short bare nouns gives examples of its label, no definition of it
 */
export function examplesOnly(gloss: string): boolean {
  const parts = gloss.split(/,\s*(?:and|or)\s+|,\s+|\s+(?:and|or)\s+/);
  return (
    parts.length >= 3 &&
    /,/.test(gloss) &&
    parts.every((p) => p.split(/\s+/).length <= 3 && !/^(?:an?|the)\s/i.test(p) && !isStopPhrase(p))
  );
}
const isStopPhrase = (p: string) => p.split(/\s+/).some((w) => isStop(w));
