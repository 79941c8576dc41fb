// Wrong options for a concept, the way textbook authors write them: sibling terms of the same document or deck
// (the same list, the same head noun, the same genus in their definitions, the same semantic class), never an
// alias, a synonym or a phrase containing the key; a general-English sibling only to complete a set.
import { normAnswer } from "../text";
import type { Rng } from "../prng";
import type { Lexicon } from "./lexical";
import { inflectPhrase, isPluralPhrase, isStop } from "./np";
import { termOk } from "./phrase";
import type { TermInfo, TermInventory } from "./terms";
import { termy } from "./term-weight";
import { hasSpacedWords } from "../text/scan";

const within = (hay: string, needle: string) => !!needle && hasSpacedWords(hay, needle);

/**
 * One is the other's abbreviation: "NK cells" for "natural killer cells", "HSCs" for "hematopoietic stem cells"
 * (the capitals are the initials of the other's words, its head kept or not).
 */
export function abbreviates(a: string, b: string): boolean {
  const check = (short: string, long: string) => {
    const sw = short.split(/\s+/);
    const caps = /^(\p{Lu}{2,6})s?$/u.exec(sw[0]!)?.[1];
    if (!caps) return false;
    const lw = long.toLowerCase().split(/[\s-]+/);
    const rest = sw.slice(1).map((w) => w.toLowerCase());
    // the words after the capitals are the long form's last words ("cells"), in either number
    const tail = rest.join(" ");
    const longTail = lw.slice(-rest.length).join(" ");
    if (rest.length && tail !== longTail && tail !== longTail.replace(/s$/, "")) return false;
    const initials = lw
      .slice(0, lw.length - rest.length)
      .map((w) => w.charAt(0))
      .join("");
    return initials === caps.toLowerCase();
  };
  return check(a, b) || check(b, a);
}

function overlaps(a: string, b: string): boolean {
  const na = normAnswer(a);
  const nb = normAnswer(b);
  if (na === nb || within(na, nb) || within(nb, na)) return true;
  // ("break-even point" and "breakeven point": one term, spelled two ways)
  if (na.replace(/[\s-]/g, "") === nb.replace(/[\s-]/g, "")) return true;
  if (abbreviates(a, b)) return true;
  // "colloidal sizes" beside "colloids": a shared stem gives one away; a shared head ("ionic bond", "covalent bond") does not
  const wa = na.split(" ");
  const wb = nb.split(" ");
  const stems = (ws: string[], skip: string) => ws.filter((w) => w.length >= 6 && w !== skip).map((w) => w.slice(0, 6));
  const sa = stems(wa, wa[wa.length - 1] === wb[wb.length - 1] ? wa[wa.length - 1]! : "");
  const sb = stems(wb, wa[wa.length - 1] === wb[wb.length - 1] ? wb[wb.length - 1]! : "");
  return sa.some((x) => sb.includes(x));
}

function classesClash(a: string[], b: string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((c) => b.includes(c));
}

/** How much a term looks like a wrong option for `key` (higher is better; below 2 is not a sibling). */
/** How the text itself relates a term to the key: the same list (3), the same definitional genus (3), the same head (2.5). */
export function textRelation(key: TermInfo, c: TermInfo): number {
  let rel = 0;
  for (const l of c.lists)
    if (key.lists.has(l)) {
      rel += 3;
      break;
    }
  for (const g of c.genus)
    if (key.genus.has(g)) {
      rel += 3;
      break;
    }
  if (c.head === key.head && c.key !== key.key) rel += 2.5;
  return rel;
}

/**
 * How much a term looks like a wrong option for `key` (higher is better; negative: never). `definitions`: the item
 * asks for a term from its definition, where the other terms the section defines are the natural wrong options.
 */
export function siblingScore(key: TermInfo, c: TermInfo, definitions = false, text = textRelation(key, c)): number {
  let rel = text;
  if (key.classes.length && c.classes.length) {
    // (terms the text relates twice over, one list and one head noun or one list and one genus, are its own siblings
    // whatever sense WordNet knows of one: "information processing", a cognition, beside "people processing" and
    // "possession processing", the four categories of services a lead announced)
    if (classesClash(key.classes, c.classes) && text < 5.5) return -1;
    // the same class of the most frequent senses ("dendrite" and "axon": body); a rarer sense in common is no kinship
    if (key.classes[0] === c.classes[0]) rel += 1.2;
  }
  // a wrong option is related to the key by the text (the same list, genus or head noun), or shares its WordNet class
  // and is itself a term the text defines, names or lists ("cleft chins" is a body part, but no term of the section);
  // for a definition, any other term the section defines will do (unless its class clashes)
  const stated = c.defined > 0 || c.named > 0;
  // for a definition, another defined term whose definition says it is the same kind of thing (both "components",
  // both "values", or genera of one WordNet class): "sensor" and "effector", not "sensor" and "set point"
  const sameKind = key.genusClasses.length > 0 && c.genusClasses.some((g) => key.genusClasses.includes(g));
  // (another defined term of only a like WordNet class completes a definition's set where the key has no genus of its
  // own: "murmur", a sound, beside phases of the cycle is ruled out at a glance)
  if (!(rel >= 2.5 || (rel > 0 && (stated || c.listed > 0)) || (definitions && stated && sameKind && !key.genus.size)))
    return -1;
  let s = rel;
  if (key.genus.has(c.head) || c.genus.has(key.head)) s -= 2; // "component" is the genus of sensor, not its sibling
  if (c.defined || c.named) s += 1;
  s += 0.25 * Math.min(c.importance, 8);
  if (c.key.includes(" ") === key.key.includes(" ")) s += 0.3;
  return s;
}

export interface SiblingQuery {
  key: TermInfo;
  /** the key as shown in the item (its number and case decide the options') */
  answer: string;
  /** normalised text an option must not appear in (prompt and cited sentences) */
  avoid: string;
  rng: Rng;
  /** the smallest sibling score accepted */
  min?: number;
  /** the item asks for the term from its definition (see siblingScore) */
  definitions?: boolean;
  /** every option of the key's own kind: its head noun, or its WordNet class when both have one */
  sameKind?: boolean;
}

/** The sibling as the key's number needs it, in a form the text itself uses ("viri" and "shopliftings" are not). */
function display(t: TermInfo, plural: boolean, proper: boolean): string | null {
  const base = t.display;
  if (t.proper || t.nameStart) return base;
  let shaped = base;
  if (isPluralPhrase(base) !== plural) {
    shaped = [...t.forms.keys()].find((f) => isPluralPhrase(f) === plural) ?? "";
    if (!shaped) return null;
  }
  // ("T cells", "B-cells", "DNA polymerase": a capital that is a letter's name or part of an abbreviation stays)
  // ("McLafferty rearrangement": a capital inside the first word is a name's)
  return proper || /^\p{Lu}(?:\p{Lu}|[\s-]|\p{Ll}+\p{Lu})/u.test(shaped)
    ? shaped
    : shaped.charAt(0).toLowerCase() + shaped.slice(1);
}

/**
 * A wrong option reads as a term: no function words but one "of" ("molecules such as this", "childbirth at full
 * term"), no verb up front ("considered biotrophic parasites"), no digits, no name unless the key is one.
 */
export function cleanOption(text: string, properKey: boolean): boolean {
  const ws = text.split(/\s+/);
  // "four zones of cells", "types of groups": a count or a heading, not a term
  if (
    /^(?:two|three|four|five|six|seven|eight|nine|ten|several|many|types?|kinds?|forms?|examples?|stages?|phases?|steps?|categories|classes|parts|levels)\b/i.test(
      text,
    )
  )
    return false;
  if (ws.slice(1).some((w) => isStop(w) && w.toLowerCase() !== "of")) return false;
  // "part B", "step 3": a label of a figure's panel or a procedure's step, no term
  if (LABEL_OPTION.test(text)) return false;
  // "deeper layer", "thicker region": a comparison names a place in the text's own order, no term
  if (COMPARATIVE.test(text)) return false;
  if (ws.length > 1 && /(?:ed|ing)$/i.test(ws[0]!) && !/(?:ing)$/i.test(ws[ws.length - 1]!)) return false;
  if (/\d/.test(text)) return false;
  if (!properKey && ws.some((w, i) => /^\p{Lu}\p{Ll}/u.test(w) && (i > 0 || ws.length === 1))) return false;
  return true;
}

/** a label and its letter or number: "part B", "Figure 4", "step 3", "phase II" */
const LABEL_OPTION =
  /^(?:part|panel|figure|fig|table|step|phase|stage|point|case|type|group|box|section)\s+(?:\p{Lu}|\d+|[IVX]+)$/iu;

const COMPARATIVE =
  /^(?:deeper|thicker|thinner|lower|higher|larger|smaller|bigger|older|newer|earlier|later|greater|lesser|wider|narrower|shorter|longer|stronger|weaker|further|farther|outermost|innermost|deepest|uppermost)\s/i;

/** modifiers that make a term the general kind of its head ("chemical bonds" over "ionic bonds") */
const GENERAL =
  /^(?:chemical|general|other|different|various|basic|common|certain|specific|main|major|simple|normal|regular|typical)\s/i;

/** One is the other with a prefix ("microevolution" / "evolution", "macroevolution" / "evolution"). */
export function prefixedKind(a: string, b: string): boolean {
  const x = normAnswer(a);
  const y = normAnswer(b);
  if (x === y || x.includes(" ") || y.includes(" ")) return false;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  return short.length >= 5 && long.length - short.length >= 3 && long.endsWith(short);
}

/** "chemical bonds" for "ionic bonds": the general kind of the key is right too, not a wrong option */
function broaderThan(text: string, answer: string): boolean {
  if (!GENERAL.test(text)) return false;
  const head = (t: string) => inflectPhrase(normAnswer(t), false).split(" ").pop();
  return head(text) === head(answer);
}

/**
 * "virions" for "viruses" ("a complete virus particle …"), "bacteriophages" ("viruses that infect bacteria"): a term
 * whose definition names the key (or the key's definition names it) is a kind or a part of it, not a wrong option.
 */
function kindOrPart(key: TermInfo, c: TermInfo): boolean {
  // (the whole key: "covalent bond", "a … bond in which …", is a sibling of "ionic bond", not a part of it)
  return c.glossWords.has(key.key) || key.glossWords.has(c.key);
}

/** The terms that may be a wrong option at all, once per built inventory (every item asks; the answer is the same). */
const CANDIDATES = new WeakMap<TermInventory, { size: number; list: TermInfo[] }>();

function candidatesOf(inv: TermInventory, lexicon: Lexicon): TermInfo[] {
  const hit = CANDIDATES.get(inv);
  if (hit && hit.size === inv.terms.size) return hit.list;
  const list = [...inv.terms.values()].filter((c) => c.importance >= 1.5 && termy(c, lexicon));
  CANDIDATES.set(inv, { size: inv.terms.size, list });
  return list;
}

/**
 * The section's title names the genus of the terms that share its head noun: "intermolecular forces" over dispersion
 * forces and van der Waals forces, "synovial joints" over hinge and ball-and-socket joints. A title term and a term of
 * its head that the title does not name are never options of one item (the kind would also be right).
 */
export function titleGenus(key: Pick<TermInfo, "head" | "inTitle">, c: Pick<TermInfo, "head" | "inTitle">): boolean {
  return key.head === c.head && key.inTitle !== c.inTitle;
}

/** Up to three wrong options for the key, best siblings first (a little seeded variety among equals). */
export function conceptDistractors(q: SiblingQuery, inv: TermInventory, lexicon: Lexicon): string[] {
  const plural = isPluralPhrase(q.answer);
  const proper = /^\p{Lu}\p{Ll}/u.test(q.answer) && /\s\p{Lu}/u.test(q.answer);
  const scored: { t: TermInfo; s: number }[] = [];
  for (const c of candidatesOf(inv, lexicon)) {
    if (c === q.key || c.proper !== q.key.proper) continue;
    // a sibling of the same document: a term of another chapter or subject is ruled out at a glance
    if (![...c.docs].some((d) => q.key.docs.has(d))) continue;
    // "phenylephrine" beside "autonomic system": a drug among systems is ruled out at a glance
    if (
      q.sameKind &&
      c.head !== q.key.head &&
      !(q.key.classes[0] && q.key.classes[0] === c.classes[0] && !c.key.includes(" ") && !q.key.key.includes(" "))
    )
      continue;
    // (a wrong option of the key's WordNet class alone is told apart at a glance: "gateways" beside "desktop
    // computers" for devices that link networks; blind raters flagged 12 of 13 such multiple-choice items)
    const text = textRelation(q.key, c);
    if (text === 0) continue;
    const s = siblingScore(q.key, c, q.definitions, text) + q.rng() * 0.4;
    if (s >= (q.min ?? (q.definitions ? 1.5 : 2.5))) scored.push({ t: c, s });
  }
  scored.sort((a, b) => b.s - a.s);
  const out: string[] = [];
  const ok = (text: string, t: TermInfo) =>
    termOk(text) &&
    cleanOption(text, proper) &&
    !overlaps(text, q.answer) &&
    !out.some((o) => overlaps(o, text) || inv.sameThing(o, text)) &&
    !broaderThan(text, q.answer) &&
    // "microevolution" for "evolution": a word made of the key and a prefix is a kind of it (or it of the key)
    !prefixedKind(text, q.answer) &&
    !kindOrPart(q.key, t) &&
    // "plane joint" beside "synovial joint" when the text lists plane joints as a type of synovial joint
    !inv.kindOf(t.key, q.key.key) &&
    !inv.kindOf(q.key.key, t.key) &&
    // "leukocytes" beside "basophils": general English knows one as a kind of the other
    !lexicon.kindOf?.(t.key, q.key.key) &&
    !lexicon.kindOf?.(q.key.key, t.key) &&
    !titleGenus(q.key, t) &&
    // "symptoms of disease" beside "diarrheal disease": a part or an aspect of the kind, not one of its kind
    !(q.sameKind && / of /.test(text) && !/ of /.test(q.answer)) &&
    !inv.sameThing(text, q.answer) &&
    !within(q.avoid, normAnswer(text)) &&
    !within(q.avoid, normAnswer(inflectPhrase(text, !plural)));
  for (const { t } of scored) {
    if (out.length >= 3) break;
    const text = display(t, plural, proper);
    if (text && ok(text, t)) out.push(text);
  }
  // too few siblings the text states: compounds of the key's own head it writes in passing complete the set
  // ("alpha waves", "theta waves" beside "beta waves"), only when the key is such a compound itself
  if (out.length < 3 && out.length > 0 && q.key.key.split(" ").length === 2) {
    const extra: string[] = [];
    for (const t of inv.compoundsOf(q.key.head)) {
      if (out.length + extra.length >= 3) break;
      if (![...t.docs].some((d) => q.key.docs.has(d))) continue;
      const text = display(t, plural, proper);
      if (text && ok(text, t) && !extra.some((o) => overlaps(o, text))) extra.push(text);
    }
    if (out.length + extra.length === 3) out.push(...extra);
  }
  return out;
}
