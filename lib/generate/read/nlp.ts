// wink-nlp wrapper: read a chunk of text once and return tokens with exact character offsets.
import { repairHyphenHeads, repairWardModifiers } from "./pos-repair";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Nlp = ReturnType<typeof winkNLP>;
let nlpInstance: Nlp | null = null;

export function getNlp(): Nlp {
  if (!nlpInstance) nlpInstance = winkNLP(model, ["pos", "ner"]);
  return nlpInstance;
}

interface DocHandle {
  lemma(i: number): string;
}

/**
 * Each wink lexeme in lower case, by lexeme id (ids and spellings are wink's and do not change between decks): a
 * token's lower-case form is made once per distinct word, not per token and per rule that asks. The table is filled
 * ahead and grown by doubling: wink's ids run to ~100,000, and an empty array written first at such an index becomes
 * a hash table (dictionary elements), which every read then went through.
 */
let LOWER_BY_LEXEME = new Array<string | undefined>(1 << 17).fill(undefined);

function lowerOfLexeme(lex: number, v: string): string {
  let table = LOWER_BY_LEXEME;
  const known = lex < table.length ? table[lex] : undefined;
  if (known !== undefined) return known;
  if (lex >= table.length) {
    const grown = new Array<string | undefined>(Math.max(table.length * 2, lex + 1)).fill(undefined);
    for (let i = 0; i < table.length; i++) grown[i] = table[i];
    LOWER_BY_LEXEME = table = grown;
  }
  const l = v.toLowerCase();
  table[lex] = l;
  return l;
}

/** A token; `lemma` is computed lazily by wink (it is costly and rarely needed). */
export class Tok {
  /** wink entity type (DATE, CARDINAL, MONEY, PERCENT, ...) and its id within the chunk */
  // all fields are set in the constructor so every token has one hidden class (monomorphic property access)
  ent: string | undefined = undefined;
  entId: number | undefined = undefined;
  private lem: string | undefined = undefined;
  constructor(
    public v: string,
    public pos: string,
    /** absolute offsets into the document text */
    public s: number,
    public e: number,
    private i: number,
    private h: DocHandle | null,
    /** wink's lexeme id when `v` is wink's own spelling of the token, else -1 (per-lexeme tables key on it) */
    public lex = -1,
  ) {}
  /** `v` in lower case */
  get low(): string {
    const lex = this.lex;
    return lex < 0 ? this.v.toLowerCase() : lowerOfLexeme(lex, this.v);
  }
  get lemma(): string {
    if (this.lem === undefined) this.lem = this.h ? this.h.lemma(this.i) : this.v.toLowerCase();
    return this.lem;
  }
}

/**
 * A token that lives as long as the module. V8 holds the hidden classes that an instance's fields transition
 * through only weakly: when the last token of a deck dies, the classes die with it and every optimised
 * function that read tokens is thrown away and recompiled on the next deck (measured: ~100 recompilations and
 * ~25 % more CPU per 1 MB deck). One long-lived token keeps the classes, so repeated decks stay optimised.
 */
const SHAPE_KEEPER = new Tok("", "X", 0, 0, 0, { lemma: () => "" }, -1);
SHAPE_KEEPER.ent = "DATE";
SHAPE_KEEPER.entId = 0;
void SHAPE_KEEPER.lemma;
void SHAPE_KEEPER.low;
export const KEEP_TOK_SHAPE = SHAPE_KEEPER;

const SPACE = 0x20;

/**
 * A possessive right before a mark ("the firm’s, managers", "Smith’s."), where wink keeps "firm’s" as one token and adds
 * it to its lexicon: from then on, for as long as the process lives, wink reads "firm’s" as one word everywhere ("the
 * firm’s products"), where a fresh instance reads "firm" and "’s". A deck then depended on the decks made before it in
 * the same server. wink is given a space between the possessive and the mark (its tokens are the same strings, so
 * their offsets are still found in the text as written).
 */
const POSSESSIVE_BEFORE_MARK = /(\p{L}['’]s)(?=[^\s\p{L}\p{N}])/gu;
function forWink(src: string): string {
  return src.includes("’s") || src.includes("'s") ? src.replace(POSSESSIVE_BEFORE_MARK, "$1 ") : src;
}

/** Read text[lo, hi) once with wink and return its tokens with absolute offsets. */
export function tokenize(text: string, lo: number, hi: number): Tok[] {
  const nlp = getNlp();
  const its = nlp.its;
  const src = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
  const doc = nlp.readDoc(forWink(src));
  const tokens = doc.tokens();
  const vals = tokens.out();
  const pos = tokens.out(its.pos) as string[];
  const lex = tokens.out(its.uniqueId) as unknown as number[];
  const handle: DocHandle = {
    lemma(k: number): string {
      const item = tokens.itemAt(k);
      return item ? String((item.out as (f: unknown) => unknown)(its.lemma)) : (vals[k] ?? "").toLowerCase();
    },
  };
  // (filled by push: a packed array, as the other token arrays are; `new Array(n)` made a holey one, and code that
  // indexed both kinds was deoptimised when it first met the other)
  const toks: Tok[] = [];
  let cur = 0;
  for (let i = 0; i < vals.length; i++) {
    const v = vals[i]!;
    // most tokens start where the previous one ended or one space later: no search for those (the first characters
    // are compared before startsWith is called: most tokens follow a space, where the call would only fail; an empty
    // token, NaN as its first character, is left to startsWith)
    const v0 = v.charCodeAt(0);
    const here = v0 === src.charCodeAt(cur) ? src.startsWith(v, cur) : v.length === 0 && src.startsWith(v, cur);
    const afterSpace =
      !here &&
      src.charCodeAt(cur) === SPACE &&
      v0 !== SPACE &&
      (v0 === src.charCodeAt(cur + 1) ? src.startsWith(v, cur + 1) : v.length === 0 && src.startsWith(v, cur + 1));
    let at = here ? cur : afterSpace ? cur + 1 : src.indexOf(v, cur);
    // skip whitespace quickly when wink's token is not found verbatim (normalised tokens)
    if (at < 0 || at - cur > 40) at = cur; // wink may normalise a token; keep offsets monotonic
    const end = Math.min(src.length, at + v.length);
    // (a token found where the previous one ended, or one space later, is known to match: no second comparison)
    const exact = here || afterSpace || (at + v.length <= src.length && src.startsWith(v, at));
    const own = exact || end <= at;
    toks.push(new Tok(own ? v : src.slice(at, end), pos[i] ?? "X", lo + at, lo + end, i, handle, own ? lex[i]! : -1));
    cur = end;
  }
  let id = 0;
  doc.entities().each((e: { out: (f?: unknown) => unknown }) => {
    const span = e.out(its.span) as [number, number];
    const type = e.out(its.type) as string;
    id++;
    for (let k = span[0]; k <= span[1]; k++) {
      const t = toks[k];
      if (t) {
        t.ent = type;
        t.entId = id;
      }
    }
  });
  if (src.includes("-")) repairHyphenHeads(toks);
  if (src.includes("ward")) repairWardModifiers(toks);
  return toks;
}
