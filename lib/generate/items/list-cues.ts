// A listed answer cued by its stem: every member holds a word of the stem in the part that tells it from the other
// members (lintItem's "stem-cues-key" for lists).

/**
 * "Three different types of polarity emerge …: _____." -> "unipolar, bipolar, and multipolar": every member of a
 * listed answer holds the start of one word of the stem in the part that tells it from the other members. What the
 * members share is the class the stem names, no cue: a shared word ("the somatic nervous system and the autonomic
 * nervous system" after "The nervous system can be divided into …"; "policy formation, policy implementation, …") or
 * a shared ending that is a word of the stem ("the nasopharynx, the oropharynx, and the laryngopharynx" after "The
 * pharynx is divided into …"). Prefixes that only count ("uni-", "bi-", "multi-") tell nothing the count does not.
 */
export function listCued(answer: string, stem: string[]): boolean {
  const members = answer
    .toLowerCase()
    .replace(/\([^)]*\)/g, "")
    .split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
    .map((m) => m.replace(/^(?:the|a|an)\s+/, "").trim())
    .filter(Boolean);
  if (members.length < 2) return false;
  const telling = tellingParts(members, stem);
  if (telling.every((t) => COUNTING_PREFIX.test(t))) return true;
  const roots = stem.filter((w) => w.length >= 6).map((w) => w.slice(0, 5));
  return roots.some((r) => telling.every((m) => m.includes(r)));
}

/** "uni", "bi", "multi": what tells "unipolar" from "bipolar" when the stem names polarity */
const COUNTING_PREFIX = /^(?:uni|mono|bi|di|tri|tetra|multi|poly|non|a)$/;

/** Each member without the words every member has, and without an ending they share that is a word of the stem. */
function tellingParts(members: string[], stem: string[]): string[] {
  const words = members.map((m) => m.split(/\s+/));
  const shared = words[0]!.filter((w) => words.every((ws) => ws.includes(w)));
  const rest = words.map((ws) => ws.filter((w) => !shared.includes(w)).join(" "));
  if (rest.some((r) => r.includes(" ") || !r)) return rest;
  let k = 0;
  const first = rest[0]!;
  while (k < first.length && rest.every((r) => r.length > k && r[r.length - 1 - k] === first[first.length - 1 - k]))
    k++;
  // ("nasopharynx", "oropharynx": the shared "opharynx" holds the stem's "pharynx")
  for (; k >= 4; k--) {
    const ending = first.slice(first.length - k);
    if (stem.some((w) => w.startsWith(ending))) return rest.map((r) => r.slice(0, r.length - k));
  }
  return rest;
}
