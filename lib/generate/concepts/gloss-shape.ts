// Where a gloss shows its term's own words: its initials ("CO" for cardiac output), or its genus in the singular.
const LETTER_START = /^\p{L}/u;

/** The term's initials ("CO" for cardiac output) stand in the gloss as a word of their own. */
export function initialsIn(gloss: string, term: string): boolean {
  const ws = term.split(/[\s-]+/).filter((w) => LETTER_START.test(w));
  if (ws.length < 2) return false;
  // (letters only: the initials go into a pattern)
  const initials = ws.map((w) => w.charAt(0).toUpperCase()).join("");
  return new RegExp(`(?<![\\p{L}])${initials}(?![\\p{L}])`, "u").test(gloss);
}

/** The gloss's genus stands in it in the singular ("the diplontic phase in …"; not "the building blocks of …"). */
export function singularHead(gloss: string, genus: string): boolean {
  if (!/^\p{Ll}+$/u.test(genus)) return false;
  const m = new RegExp(`\\b${genus}(\\p{L}*)`, "iu").exec(gloss);
  // (a genus read wrongly, "often" of "the small chemical groups often associated …": no plural noun may open the gloss)
  const opening = gloss.split(/\s+/).slice(1, 5);
  return !!m && m[1] === "" && !opening.some((w) => /[^s]s$/i.test(w));
}
