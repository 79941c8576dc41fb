// Abbreviations a document defines ("acute mountain sickness (AMS)"), found with Schwartz & Hearst's algorithm
// (2003): the long form is the shortest run of words before the parenthesis whose letters hold the abbreviation's
// letters in order, the first at the start of a word. A prompt that uses the short form alone gets the long form
// at its first use, so "a greater amount of BPG" reads "a greater amount of 2,3-bisphosphoglycerate (BPG)".

const DEFINED = /\(([A-Z][A-Za-z0-9]{1,7})\)/g;

/** The long form ending right before `end` in `text` for `abbr`, or null (Schwartz & Hearst's matching). */
export function longFormBefore(text: string, end: number, abbr: string): string | null {
  const words = text
    .slice(Math.max(0, end - 200), end)
    .trimEnd()
    .split(/\s+/);
  const max = Math.min(abbr.length + 5, abbr.length * 2);
  const cand = words.slice(-max).join(" ");
  const s = abbr.toLowerCase().replace(/[^a-z0-9]/g, "");
  const l = cand.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si]!;
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && /[a-z0-9]/.test(l[li - 1]!)))) li--;
    if (li < 0) return null;
    si--;
    li--;
  }
  const start = l.lastIndexOf(" ", li) + 1;
  const long = cand
    .slice(start)
    .replace(/^[(“"]+/, "")
    .trim();
  // the long form is words, longer than the abbreviation, and not a sentence fragment with a verb-like start
  if (long.length <= abbr.length || long.split(/\s+/).length > max || /[.;:!?]/.test(long)) return null;
  return long;
}

/** Every abbreviation a text defines, short form -> long form (the first definition wins). */
export function definedAbbreviations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(DEFINED)) {
    const abbr = m[1]!;
    if (out.has(abbr) || !/[A-Z].*[A-Z]/.test(abbr)) continue;
    const long = longFormBefore(text, m.index, abbr);
    // "Acute mountain sickness (AMS)" at a sentence start is "acute mountain sickness" inside a prompt
    if (long)
      out.set(
        abbr,
        /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}\S*)+$/u.test(long) ? long.charAt(0).toLowerCase() + long.slice(1) : long,
      );
  }
  return out;
}

/**
 * The prompt with its first bare use of each defined abbreviation spelled out ("BPG" -> "2,3-bisphosphoglycerate
 * (BPG)"), unless the prompt already gives the long form or a phrase to avoid (the answer) is part of it.
 */
export function spellOut(prompt: string, abbrs: Map<string, string>, avoid: string[]): string {
  let out = prompt;
  for (const [abbr, long] of abbrs) {
    // not inside a compound ("non-REM", "REM-like") nor where the prompt glosses it already ("REM (rapid …)")
    const re = new RegExp(`(?<![\\p{L}\\d(-])${abbr}(?![\\p{L}\\d)-]|\\s*\\()`, "u");
    const m = re.exec(out);
    if (!m || out.toLowerCase().includes(long.toLowerCase())) continue;
    const ll = long.toLowerCase();
    if (avoid.some((a) => a && (ll.includes(a.toLowerCase()) || a.toLowerCase().includes(ll)))) continue;
    // "ECOSOC has focused on …" -> "the Economic and Social Council (ECOSOC) has …": a body's name takes "the"
    const before = out.slice(0, m.index);
    const the = ORG_HEAD.test(long) && !DETERMINED.test(before) ? (before.trim() ? "the " : "The ") : "";
    out = before + `${the}${long} (${abbr})` + out.slice(m.index + abbr.length);
  }
  return out;
}

/** the name of a body, which English writes with "the": "Economic and Social Council", "World Health Organization" */
const ORG_HEAD =
  /^\p{Lu}.*\s(?:Council|Organi[sz]ation|Agency|Fund|Bank|Union|Association|Court|Assembly|Commission|Committee|Department|Bureau|Office|Program|Programme|Institute|Board|Federation|Alliance|Administration|Authority|Reserve|Service|Corps|Forum|Secretariat|Parliament|Congress|Senate)$/u;
const DETERMINED = /(?:\b(?:the|a|an|its|their|his|her|our|this|that|each|every)|[’']s)\s+$/i;
