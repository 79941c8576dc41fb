// Wrong options for people, organisations and places, drawn from the corpus registry (same kind, same style, same
// part for people, same subtype for places), with a short made-up list only to complete a set.
import type { Fact } from "../facts/fact";
import { displayStyle, EntityRegistry, type DisplayStyle, type RoleClass } from "../facts/entities";
import type { SentRef } from "../facts/fact";
import { docsRelated, knownAsNoAgent, type BuildCtx, type Distractor } from "../items/context";
import { MACRO_REGIONS, MULTIWORD_PLACES, PLACES, placeType } from "../lexicon";
import { shuffle, type Rng } from "../prng";
import { normAnswer } from "../text/words";
import { ContextKeys, prevContentWordAt } from "./context-words";
import { hasBetweenSpaces, hasSpacedWords } from "../text/scan";
import { misreadName, samePerson, tailOfName } from "./names";

const FALLBACK: Record<string, string[]> = {
  person: ["Ivan Petrov", "Anna Schmidt", "David Clarke", "Maria Lopez", "Omar Haddad", "Sofia Ricci"],
  org: ["United Nations", "World Bank", "European Union", "African Union", "Red Cross", "World Health Organization"],
  orgAcr: ["UN", "NATO", "OSCE", "WHO", "IMF", "ASEAN"],
  place: ["France", "Brazil", "Canada", "Egypt", "Japan", "Norway", "Kenya", "Peru"],
};

/**
 * Wrong options for a name: other names of the same kind from the corpus, in the key's style (surname, acronym or
 * full name), never an alias, never in the prompt or the cited sentences, never seen in the same context elsewhere;
 * people of the same part as the key, places of the key's subtype; made-up names only to complete a set.
 */
export function entityDistractors(f: Fact, ctx: BuildCtx, rng: Rng, k: number, avoid: string): Distractor[] {
  const reg = ctx.registry;
  const ans = f.answer;
  const ansCanon = reg.canon(ans);
  const na = normAnswer(ans);
  const out: Distractor[] = [];
  const isCountry = PLACES.has(ans.toLowerCase());
  const typeOf = (t: string) => refinedPlaceType(t, ctx);
  const ansType = typeOf(ans);
  const prevWord = prevContentWordAt(f.sentText, f.aRel);
  // "President _____": every option must have held that title in the documents (then the "also true" check, which
  // keeps out names seen after the same word, does not apply: the rest of the prompt tells them apart)
  const title = f.kind === "person" && titleBefore(f.sentText.slice(0, f.aRel)) ? prevWord : "";
  // capitalised words of the prompt ("Kazakh", "Russian"): a place they name is no plausible wrong option
  const promptCaps = f.kind === "place" ? capWordStems((f.ctxPrefix ?? "") + f.sentText) : undefined;
  const check = new OptionCheck(reg, ctx.ctxKeys, ans, f.kind, ansCanon, na, avoid, title, prevWord);
  // a person of the key's time: Ronald Reagan is no wrong option for the 1790s
  const keyEra = f.kind === "person" ? eraAround(ctx.texts[f.doc] ?? "", f.sent.s, f.sent.e) : undefined;
  if (f.kind === "place" && ansType === "facility") return out; // no fitting places: no mcq
  // people: a wrong option plays the same part in the corpus as the key (a leader for a leader, an analyst for an
  // analyst); a person whose part is unknown is taken only when too few of the same part exist
  const keyRole = f.kind === "person" ? reg.roleOf(ans) : null;
  const keyRegions = f.kind === "place" ? (ctx.regions?.(ans.toLowerCase()) ?? []) : [];
  // "Kazakhstan's capital, _____": every option lies in Kazakhstan (the lexicon must know it does)
  const within = f.kind === "place" ? possessorPlace(f.sentText.slice(0, f.aRel)) : "";
  // candidates in a seeded random order; display forms are computed only until k options are found
  const style = displayStyle(ans);
  const cands = reg.listByKind(f.kind, 80);
  let pool = shuffle(cands.length > 41 ? cands.slice(0, 41) : cands, rng);
  if (keyRole) pool = byRole(pool, reg, keyRole);
  // a person of the key's time first; one written where no year is near only to complete the set ("Chris Christie"
  // and "Janet Jackson" beside Thomas Jefferson's "wall of separation" were found out at once)
  if (keyEra !== undefined) pool = eraKnownFirst(pool, ctx, style);
  for (const c of pool) {
    if (out.length >= k) break;
    if (c === ansCanon) continue;
    // a wrong person is surely a person ("Social Security" is two capitalised words, not a name)
    if (f.kind === "person" && !reg.isStrong(c)) continue;
    const t = reg.displayAs(c, style);
    // a bare surname beside full names ("Adams" among "James Monroe", "James Madison") stands out and is ambiguous
    // ("Robert M." is a name cut at its initial: no name a reader would write)
    if (!t || (style === "M" && f.kind === "person" && !t.includes(" ")) || CUT_AT_INITIAL.test(t)) continue;
    // "Virginia Stamp Act Resolutions" among people: a law, a body or a place is found out at once
    // ("Jim Crow" beside John Lewis: a phrase of the lexicon that names no person; a surname alone may be a word too)
    if (f.kind === "person" && (NOT_A_PERSON.test(t) || (t.includes(" ") && knownAsNoAgent(ctx, t)))) continue;
    // "Edward R. Murrow of CBS", "William Lloyd Garrison of Massachusetts": a name with its affiliation stands out
    // among bare names
    if (f.kind === "person" && AFFILIATED.test(t) && !AFFILIATED.test(ans)) continue;
    const where = ctx.mentionCites.get(t);
    if (where && !docsRelated(ctx, f.doc, where.doc)) continue;
    // (the text where the option is written: its misreadings and its longer names are read there)
    const src = ctx.texts[where?.doc ?? f.doc] ?? "";
    if (misreadName(t, f.kind, src)) continue;
    if (keyEra !== undefined && where) {
      const era = eraAt(ctx.texts, where);
      if (era !== undefined && Math.abs(era - keyEra) > ERA_SPAN) continue;
    }
    // "Ronald Reagan" for "Reagan's … vice president, _____": a person the prompt names by surname
    if (f.kind === "person" && surnameInPrompt(t, ans, avoid)) continue;
    if (f.kind === "place" && (!placeFits(t, ansType, promptCaps, typeOf) || !sameRegion(t, keyRegions, ctx))) continue;
    // "Francisco", "York", "Union" among the options for Mexico: the tail of a longer name, never written alone
    if (f.kind !== "person" && !t.includes(" ") && tailOfName(src, t)) continue;
    if (within && !(ctx.regions?.(t.toLowerCase()) ?? []).includes(within)) continue;
    // "LGTBQ" beside "LGBTQ": a misspelling in the text is the same option twice, or the key in disguise
    // (sameLetters(t, [ans, ...options]) without the array: spreading `out`, empty or not, deoptimised this function)
    const lt = letters(t);
    if (letters(ans) === lt || out.some((o) => letters(o.text) === lt)) continue;
    if (!check.admit(t, c)) continue;
    out.push({ text: t, cite: ctx.mentionCites.get(t) });
  }
  if (out.length < k && !title && !within && fallbackFits(f, out.length, keyRole, isCountry)) {
    const isAcr = /^[A-Z][A-Z0-9&.]{1,7}$/.test(ans);
    const fb = f.kind === "org" && isAcr ? FALLBACK.orgAcr! : (FALLBACK[f.kind] ?? []);
    for (const t0 of shuffle(fb, rng)) {
      if (out.length >= k) break;
      if (f.kind === "place" && !sameRegion(t0, keyRegions, ctx)) continue;
      const t = f.kind === "person" && !ans.includes(" ") ? t0.split(" ").pop()! : t0;
      if (!check.admit(t, null)) continue;
      out.push({ text: t });
    }
  }
  return out;
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\d]/gu;
const UPPER_START = /^\p{Lu}/u;
/** letters() by name: a deck asks about the same few hundred names again and again (bounded, cleared when full) */
const LETTERS = new Map<string, string>();

/** The letters and digits of a name in lower case, sorted ("LGBTQ" -> "bglqt"). */
function letters(t: string): string {
  let l = LETTERS.get(t);
  if (l === undefined) {
    if (LETTERS.size >= 20000) LETTERS.clear();
    l = [...t.toLowerCase().replace(NOT_LETTER_OR_DIGIT, "")].sort().join("");
    LETTERS.set(t, l);
  }
  return l;
}

/** `t` has the letters of one of `others`, in another order ("LGTBQ" and "LGBTQ") */
export function sameLetters(t: string, others: string[]): boolean {
  const l = letters(t);
  return others.some((o) => letters(o) === l);
}

/** The candidates whose cited sentence has a year near it, then the others, each in the order given. */
function eraKnownFirst(pool: string[], ctx: BuildCtx, style: DisplayStyle): string[] {
  const known: string[] = [];
  const unknown: string[] = [];
  for (const c of pool) {
    const t = ctx.registry.displayAs(c, style);
    const where = t ? ctx.mentionCites.get(t) : undefined;
    (where && eraAt(ctx.texts, where) !== undefined ? known : unknown).push(c);
  }
  return known.concat(unknown);
}

/** A wrong person's surname is written in the prompt or the cited sentences (and is not the key's own). */
export function surnameInPrompt(option: string, answer: string, avoid: string): boolean {
  // (the last word and the key's words read in place: no arrays of words per option)
  const n = normAnswer(option);
  const last = n.slice(n.lastIndexOf(" ") + 1);
  if (last.length < 3 || hasSpacedWords(normAnswer(answer), last)) return false;
  return hasBetweenSpaces(avoid, last);
}

/**
 * years apart beyond which two people belong to different times (40 let Nancy Pelosi, speaker in 2007, stand beside
 * Ronald Reagan in 1983)
 */
const ERA_SPAN = 20;
const YEAR = /\b(1[0-9]\d\d|20\d\d)s?\b/g;

/**
 * The median year (or decade: "the 1930s") written in a sentence, or else within 300, then 1,500 characters around it;
 * undefined without one.
 */
export function eraAround(text: string, s: number, e: number): number | undefined {
  let ys = yearsIn(text.slice(s, e));
  // (then the paragraphs around: "the Affordable Care Act (during Barack Obama's administration)" names no year, the
  // text about it does)
  for (const w of [300, 1500])
    if (!ys.length) ys = yearsIn(text.slice(Math.max(0, s - w), Math.min(text.length, e + w)));
  if (!ys.length) return undefined;
  ys.sort((a, b) => a - b);
  return ys[ys.length >> 1];
}

/**
 * The years (and decades) written in `t`, in order. (Filled by push: the array spread from matchAll and mapped did not
 * always have one map, which deoptimised the distractor functions eraAround is inlined into.)
 */
function yearsIn(t: string): number[] {
  const out: number[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(t); m; m = YEAR.exec(t)) out.push(Number(m[1]));
  return out;
}

/**
 * eraAround of a name's cited sentence, once per sentence reference: a deck weighs the same names as wrong options for
 * many keys (a reference belongs to one deck's reader, and so do the texts it points into).
 */
const ERA_AT = new WeakMap<SentRef, number | undefined>();

function eraAt(texts: string[], where: SentRef): number | undefined {
  if (ERA_AT.has(where)) return ERA_AT.get(where);
  const era = eraAround(texts[where.doc] ?? "", where.s, where.e);
  ERA_AT.set(where, era);
  return era;
}

const TITLE =
  /\b(?:President|Vice President|Chief Justice|Justice|Senator|Governor|King|Queen|Emperor|Pope|General|Secretary|Prime Minister)\s+$/;
/** a title in lower case that is still a title: "Current justice _____", "U.S. president _____", "then-president _____" */
const LOWER_TITLE = /\b(?:chief justice|justice|senator|governor|(?:then-|vice\s)?president)\s+$/;

/** The words before a blank end on a title ("President ", "current justice "): every option must have held it. */
export function titleBefore(before: string): boolean {
  return TITLE.test(before) || LOWER_TITLE.test(before);
}

/** kinds of bodies by the last word of their names: a court, a party, a school, a legislature, a bank, an agency */
const INSTITUTIONS: [RegExp, number][] = [
  [/\bCourts?$/, 1],
  [/\bPart(?:y|ies)$/, 2],
  [/\b(?:University|College|School|Academy|Institute)$/, 3],
  [/\b(?:Senate|House|Congress|Parliament|Assembly|Committee|Legislature|Duma)$/, 4],
  [/\b(?:Bank|Fund|Exchange)$/, 5],
  [/\b(?:Agency|Department|Ministry|Bureau|Office|Commission|Authority|Administration|Service|Board)$/, 6],
  [/\b(?:Company|Corporation|Inc\.?|Ltd\.?|Group)$/, 7],
  [/\b(?:Church|Temple|Mosque|Synagogue)$/, 8],
  [/\b(?:Association|Society|Union|League|Federation|Alliance|Brotherhood|Guild)$/, 9],
  [/\b(?:Club|Hotel|Theat(?:er|re)|Hall|Restaurant|Saloon)$/, 10],
];

/** a law, a plan or an amendment: no body at all */
const NOT_A_BODY =
  /\b(?:Acts?|Amendment|Resolutions?|Laws?|Treaty|Plan|Program|Accords?|Declaration|Constitution|Doctrine)$/;

function institutionOf(name: string): number {
  for (const [re, k] of INSTITUTIONS) if (re.test(name)) return k;
  return 0;
}

/** A wrong option for a body is a body of the same kind (a court for a court), or of no known kind for one of none. */
export function sameInstitution(answer: string, option: string): boolean {
  // ("Equal Rights Amendment" or "Republican Party" beside the "Cotton Club": a law or a body of a known kind beside a
  // name of no known kind is found out at once, as the other way round)
  if (NOT_A_BODY.test(option) !== NOT_A_BODY.test(answer)) return false;
  return institutionOf(option) === institutionOf(answer);
}

/** a name cut at its middle initial ("Robert M.") */
const CUT_AT_INITIAL = /\s\p{Lu}\.$/u;
/** a name followed by "of" and where or whom the person is from or works for */
const AFFILIATED = /\s(?:of|from)\s+(?:the\s+)?\p{Lu}/u;
/** words that make a name a body, a law, an event or a region ("Christian Europe", "Bill of Rights"), never a person */
export const NOT_A_PERSON =
  /\b(?:Acts?|Rights|Resolutions?|Laws?|Treaty|Party|Company|Committee|Congress|Council|Court|Department|Association|Society|Union|Bank|University|College|Church|River|Street|Movement|War|Revolution|Declaration|Amendment|Constitution|Republic|Kingdom|Empire|Assembly|Parliament|House|Senate|Army|Navy|Corps|Institute|Agency|Bureau|Office|Ministry|Organization|Organisation|Federation|League|Alliance|Accords?|Plan|Program|Project|Europe|Asia|Africa|America|Americas|Pacific|Atlantic|Mediterranean|World|Right|Left|Version|Bible)\b/;

/**
 * Whether a name may be a wrong option for the key: not an option already taken (or one containing it), not the key
 * or an alias of it, no near-synonym, not in the prompt or the cited sentences, not seen in the same context
 * elsewhere ("also true"), and after a title ("President _____") a name seen with that title. (It was a closure made
 * per call, whose optimised code was thrown away after the full collection between two decks and compiled again in
 * every deck; a class with a long-lived instance, KEEP_OPTION_CHECK_SHAPE, keeps it.)
 */
class OptionCheck {
  /** normal forms of the key and of the options taken so far */
  private readonly seen: string[];

  constructor(
    private readonly reg: EntityRegistry,
    /** which names the corpus has after which content word */
    private readonly ctxKeys: ContextKeys,
    private readonly answer: string,
    private readonly kind: string,
    private readonly ansCanon: string,
    /** the key's normal form */
    private readonly na: string,
    /** the prompt and the cited sentences, normalised, with a space at both ends */
    private readonly avoid: string,
    /** the title before the blank ("President"), or "" */
    private readonly title: string,
    /** the content word before the blank, or "" */
    private readonly prevWord: string,
  ) {
    this.seen = [na];
  }

  /** Takes `t` as an option when it may be one (its normal form is then among those seen). */
  admit(t: string, canon: string | null): boolean {
    const n = normAnswer(t);
    if (!this.accepts(t, n, canon)) return false;
    this.seen.push(n);
    return true;
  }

  private accepts(t: string, n: string, canon: string | null): boolean {
    const reg = this.reg;
    if (!n || this.taken(n)) return false;
    if (canon && canon === this.ansCanon) return false;
    if (reg.sameEntity(t, this.answer)) return false;
    if (this.kind === "person" && samePerson(t, this.answer)) return false;
    // "Harvard University" or "Democratic Party" among courts: a body of another kind is found out at once
    if (this.kind === "org" && !sameInstitution(this.answer, t)) return false;
    // near-synonyms of the key ("Central Asian region" for "Central Asia") would also be true
    const na = this.na;
    if (this.kind !== "person" && n.length >= 6 && na.length >= 6 && n.slice(0, 6) === na.slice(0, 6)) return false;
    const aliases = canon ? reg.aliases(t) : [t];
    for (const al of aliases) {
      const nal = normAnswer(al);
      if (nal && hasBetweenSpaces(this.avoid, nal)) return false;
    }
    const ctxKeys = this.ctxKeys;
    if (this.title) return ctxKeys.has(this.title, t) || this.titled(aliases);
    if (this.prevWord && ctxKeys.has(this.prevWord, t)) return false;
    return true;
  }

  /** An option already taken is this one, or contains it, or is contained in it (word for word). */
  private taken(n: string): boolean {
    for (const x of this.seen) if (x === n || hasSpacedWords(x, n) || hasSpacedWords(n, x)) return true;
    return false;
  }

  /** One of the names was seen right after the key's title. */
  private titled(names: string[]): boolean {
    for (const al of names) if (this.ctxKeys.has(this.title, al)) return true;
    return false;
  }
}

/**
 * One long-lived OptionCheck (see KEEP_READER_SHAPES): optimised code that checks options depends on the class's
 * hidden class, which V8 holds only weakly; without a live instance it died between decks ("weak objects" in
 * --trace-deopt) and the code was compiled again in every deck.
 */
export const KEEP_OPTION_CHECK_SHAPE = new OptionCheck(
  new EntityRegistry(),
  new ContextKeys(),
  "",
  "other",
  "",
  "",
  "",
  "",
  "",
);

/**
 * People in the order they make good wrong options for a key of part `keyRole`: the same part first, then the same
 * sphere (politicians: leaders and officials; commentators: experts and people quoted saying things), then people
 * whose part is unknown.
 */
function byRole(pool: string[], reg: EntityRegistry, keyRole: RoleClass): string[] {
  const ks = roleSphere(keyRole);
  const same: string[] = [];
  const near: string[] = [];
  const unknown: string[] = [];
  for (const c of pool) {
    const r = reg.roleOfCanon(c);
    if (r === keyRole) same.push(c);
    else if (r !== null && roleSphere(r) === ks) near.push(c);
    // a person of unknown part may be a head of state: commentators get made-up commentators instead
    else if (r === null && ks !== 2) unknown.push(c);
  }
  return same.concat(near, unknown);
}

/**
 * A place's subtype, the lexicon deciding where the word lists do not know it: "El Salvador" is a country (a wrong
 * option beside "Latin America", a region, would stand out and may even be true).
 */
export function refinedPlaceType(t: string, ctx: Pick<BuildCtx, "placeIs">): ReturnType<typeof placeType> {
  const base = placeType(t);
  if (base !== "region" || !ctx.placeIs) return base;
  const l = t.toLowerCase();
  return ctx.placeIs(l, "country") ? "country" : ctx.placeIs(l, "city") ? "city" : base;
}

const POSSESSOR_BEFORE_BLANK = /(\p{Lu}[\p{L}-]+)['’]s\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,?\s*$/u;
/** The place a blank belongs to: "Kazakhstan's capital, _____" -> kazakhstan ("" when none). */
export function possessorPlace(before: string): string {
  // (the pattern needs "'s" or "’s": most prompts have neither, and the regex was tried at every capital letter)
  const m = before.includes("'s") || before.includes("’s") ? POSSESSOR_BEFORE_BLANK.exec(before) : null;
  return m && PLACES.has(m[1]!.toLowerCase()) ? m[1]!.toLowerCase() : "";
}

/** Places: every option of the key's subtype (country, city, region), else the key stands out. */
function placeFits(
  t: string,
  ansType: ReturnType<typeof placeType>,
  promptCaps: Set<string> | undefined,
  typeOf: (t: string) => ReturnType<typeof placeType>,
): boolean {
  return !(
    typeOf(t) !== ansType ||
    cuedByPrompt(t, promptCaps) ||
    !UPPER_START.test(t) ||
    (ansType === "region" && !MACRO_REGIONS.has(t.toLowerCase()) && !MULTIWORD_PLACES.has(t.toLowerCase()))
  );
}

/**
 * A place lies where the key lies when either is unknown to the lexicon or they share a larger place: for Tajikistan
 * (Asia) not Moldova (Europe), for Almaty (Kazakhstan) not Moscow (Russia).
 */
function sameRegion(t: string, keyRegions: string[], ctx: BuildCtx): boolean {
  if (!keyRegions.length || !ctx.regions) return true;
  const rs = ctx.regions(t.toLowerCase());
  return !rs.length || rs.some((r) => keyRegions.includes(r));
}

/** Made-up options only to complete a set that the corpus mostly supplies, and only where they fit. */
function fallbackFits(f: Fact, found: number, keyRole: RoleClass | null, isCountry: boolean): boolean {
  return (
    found >= 2 &&
    // no made-up people ("Sofia Ricci" beside Herschel is found out at once): a cloze instead
    ((f.kind === "place" && isCountry) ||
      (f.kind === "org" &&
        /(organi[sz]ation|union|alliance|council|nations|bank|fund|treaty|bloc|[A-Z]{2,})$/i.test(f.answer)))
  );
}

/** politicians (leaders, officials) = 1, commentators (experts, people quoted) = 2, unknown = 0 */
function roleSphere(r: string | null): number {
  return r === "leader" || r === "official" ? 1 : r === "expert" || r === "speaker" ? 2 : 0;
}

/** 4-letter stems of the capitalised words of a text ("The Kazakh leadership" -> kaza). */
function capWordStems(t: string): Set<string> {
  const out = new Set<string>();
  const re = /\b(\p{Lu}\p{Ll}{3,})/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) out.add(m[1]!.slice(0, 4).toLowerCase());
  return out;
}

/** An option cued by the prompt: a capitalised prompt word shares its first four letters (Kazakh -> Kazakhstan). */
export function cuedByPrompt(option: string, stems: Set<string> | undefined): boolean {
  if (!stems || option.length < 4) return false;
  return stems.has(option.slice(0, 4).toLowerCase());
}
