// Corpus-wide entity registry: one canonical id per real-world entity, with its aliases
// (acronyms, surnames, spelling variants such as Tokaev/Tokayev, nicknames such as "Elbasi").
import type { FactKind } from "../types";
import { normAnswer } from "../text/words";

const BUILTIN_ALIASES: [string, string][] = [
  ["u s", "united states"],
  ["us", "united states"],
  ["usa", "united states"],
  ["america", "united states"],
  ["uk", "united kingdom"],
  ["britain", "united kingdom"],
  ["kiev", "kyiv"],
  // renamed capitals: one city, so never a wrong option for the other name
  ["astana", "nur sultan"],
  ["bombay", "mumbai"],
  ["peking", "beijing"],
  ["rangoon", "yangon"],
];

/** Spelling skeleton: lowercase, organisation->organization, drop a "y" between vowels (Tokayev -> tokaev). */
const skelCache = new Map<string, string>();
export function skeleton(s: string): string {
  const c = skelCache.get(s);
  if (c !== undefined) return c;
  if (skelCache.size > 200_000) skelCache.clear();
  const r = skeletonRaw(s);
  skelCache.set(s, r);
  return r;
}

function skeletonRaw(s: string): string {
  return normAnswer(s)
    .replace(/isation/g, "ization")
    .replace(/centre/g, "center")
    .replace(/defence/g, "defense")
    .replace(/([aeiou])y(?=[aeiou])/g, "$1")
    .replace(/(.)\1+/g, "$1");
}

export type DisplayStyle = "A" | "M" | "S";
/** Style of a name: acronym, multi-word or single word (surname). */
export function displayStyle(like: string): DisplayStyle {
  return /^[A-Z][A-Z0-9&.]{1,7}$/.test(like) ? "A" : like.trim().includes(" ") ? "M" : "S";
}

interface Entry {
  kind: Record<string, number>;
  forms: Map<string, number>;
  count: number;
  strong: boolean;
  allInitial: boolean;
}

/** What kind of actor a person is in the corpus: wrong options for a person come from the same class. */
export type RoleClass = "leader" | "official" | "expert" | "speaker";
const ROLE_ORDER: RoleClass[] = ["leader", "official", "expert", "speaker"];
const LEADER =
  /\b(president|prime minister|premier|leader|ruler|king|queen|chancellor|dictator|emperor|monarch|elbasi|patron|predecessor|successor)\b/i;
const OFFICIAL =
  /\b(minister|secretary|head|chief|ambassador|governor|commander|spokes(?:man|woman|person)|director|envoy|official|diplomat|general|mayor|chairman|chairwoman|deputy|senator|lawmaker)\b/i;
const EXPERT =
  /\b(analyst|fellow|columnist|professor|expert|researcher|scholar|author|journalist|editor|commentator|economist|historian|specialist|observer|director of (?:the )?\w+ (?:program|center|centre|institute))\b/i;

/** The role class named by a title or description ("U.S. Secretary of State" -> official, "Kazakh analyst" -> expert). */
export function roleClassOf(role: string): RoleClass | null {
  // a former official quoted in the news speaks as a commentator ("former U.S. ambassador to Kazakhstan")
  if (EXPERT.test(role) || (/\bformer\b/i.test(role) && OFFICIAL.test(role))) return "expert";
  if (LEADER.test(role)) return "leader";
  if (OFFICIAL.test(role)) return "official";
  return null;
}

export class EntityRegistry {
  private parent = new Map<string, string>();
  private entries = new Map<string, Entry>();
  private finalized = false;
  private lastWord = new Map<string, string>();
  private canonCache = new Map<string, string>();
  private members = new Map<string, Entry[]>();
  private root = new Map<string, Entry>();
  private kinds = new Map<string, FactKind>();
  /** role-class votes of a person's spelling skeleton (leader, official, expert, speaker), and the winner per entity */
  private roleVotes = new Map<string, Map<RoleClass, number>>();
  private roles = new Map<string, RoleClass>();

  private find(k: string): string {
    let p = this.parent.get(k);
    if (p === undefined) {
      this.parent.set(k, k);
      return k;
    }
    let r = k;
    while (p !== r) {
      r = p;
      p = this.parent.get(r) ?? r;
    }
    // path compression
    let c = k;
    while (c !== r) {
      const n = this.parent.get(c)!;
      this.parent.set(c, r);
      c = n;
    }
    return r;
  }

  union(a: string, b: string): void {
    const ra = this.find(skeleton(a));
    const rb = this.find(skeleton(b));
    if (ra !== rb) {
      // keep the longer (more informative) key as root
      if (ra.length >= rb.length) this.parent.set(rb, ra);
      else this.parent.set(ra, rb);
    }
  }

  add(text: string, kind: FactKind, strong: boolean, initial = false): void {
    const k = skeleton(text);
    if (!k) return;
    let e = this.entries.get(k);
    if (!e) {
      // (a known name's key is already in the union-find: the lookup is made for a new one only)
      this.find(k);
      e = { kind: {}, forms: new Map(), count: 0, strong: false, allInitial: true };
      this.entries.set(k, e);
    }
    e.count++;
    e.kind[kind] = (e.kind[kind] ?? 0) + (strong ? 3 : 1);
    if (strong) e.strong = true;
    if (!initial) e.allInitial = false;
    if (e.forms.size < 8) e.forms.set(text, (e.forms.get(text) ?? 0) + 1);
  }

  /** Record what a person is ("President" -> leader, "analyst" -> expert, quoted with "says" -> speaker). */
  addRole(text: string, cls: RoleClass): void {
    const k = skeleton(text);
    if (!k) return;
    let v = this.roleVotes.get(k);
    if (!v) {
      v = new Map();
      this.roleVotes.set(k, v);
    }
    v.set(cls, (v.get(cls) ?? 0) + (cls === "speaker" ? 1 : 3));
  }

  /** The role class of a person (its most frequent evidence), or null when the corpus says nothing. */
  roleOf(text: string): RoleClass | null {
    return this.roles.get(this.canon(text)) ?? null;
  }

  /** `roleOf` for a canonical id (from listByKind), without resolving it again. */
  roleOfCanon(canonId: string): RoleClass | null {
    return this.roles.get(canonId) ?? null;
  }

  finalize(): void {
    for (const [a, b] of BUILTIN_ALIASES) if (this.entries.has(a) && this.entries.has(b)) this.union(a, b);
    // surnames -> full person names (unique match only)
    const byLast = new Map<string, string[]>();
    for (const [k, e] of this.entries) {
      const ws = k.split(" ");
      const personish = (e.kind.person ?? 0) > 0;
      if (ws.length >= 2 && personish) {
        const lw = ws[ws.length - 1]!;
        const arr = byLast.get(lw) ?? [];
        arr.push(k);
        byLast.set(lw, arr);
      }
    }
    for (const [k, e] of this.entries) {
      if (k.includes(" ")) continue;
      const c = byLast.get(k);
      if (c && c.length === 1 && !(e.kind.org || e.kind.place)) this.union(k, c[0]!);
      if (c && c.length === 1) this.lastWord.set(k, c[0]!);
    }
    // group entries by root; vote kind
    for (const [k, e] of this.entries) {
      const r = this.find(k);
      const arr = this.members.get(r) ?? [];
      arr.push(e);
      this.members.set(r, arr);
    }
    for (const [r, es] of this.members) {
      const votes: Record<string, number> = {};
      let count = 0;
      let strong = false;
      let allInitial = true;
      const forms = new Map<string, number>();
      for (const e of es) {
        count += e.count;
        if (e.strong) strong = true;
        if (!e.allInitial) allInitial = false;
        for (const [kk, v] of Object.entries(e.kind)) votes[kk] = (votes[kk] ?? 0) + v;
        for (const [f, v] of e.forms) forms.set(f, (forms.get(f) ?? 0) + v);
      }
      let best: FactKind = "other";
      let bv = 0;
      for (const kk of ["person", "org", "place", "other"] as FactKind[]) {
        const v = votes[kk] ?? 0;
        if (kk !== "other" && v > bv) {
          best = kk;
          bv = v;
        }
      }
      // a person needs strong evidence (a title, a known first name, a role, a speech verb): "New Jersey", "Middle
      // Ages" and "Christian God" are capitalised word pairs too
      if (best === "person" && !strong) best = "other";
      if (allInitial && !strong) best = "other";
      this.kinds.set(r, best);
      this.root.set(r, { kind: votes, forms, count, strong, allInitial });
    }
    const byRoot = new Map<string, Map<RoleClass, number>>();
    for (const [k, v] of this.roleVotes) {
      const r = this.find(k);
      let agg = byRoot.get(r);
      if (!agg) {
        agg = new Map();
        byRoot.set(r, agg);
      }
      for (const [c, n] of v) agg.set(c, (agg.get(c) ?? 0) + n);
    }
    for (const [r, agg] of byRoot) {
      let best: RoleClass | null = null;
      let bn = 0;
      for (const c of ROLE_ORDER) {
        const n = agg.get(c) ?? 0;
        if (n > bn) {
          best = c;
          bn = n;
        }
      }
      if (best) this.roles.set(r, best);
    }
    this.finalized = true;
  }

  /** Seen at least once with strong evidence of its kind (a title, a first name, a head word, a gazetteer). */
  isStrong(canonId: string): boolean {
    return this.root.get(canonId)?.strong ?? false;
  }

  canon(text: string): string {
    const k = skeleton(text);
    const c = this.canonCache.get(k);
    if (c) return c;
    const r = this.find(k);
    this.canonCache.set(k, r);
    return r;
  }

  kindOf(text: string): FactKind {
    return this.kinds.get(this.canon(text)) ?? "other";
  }

  count(text: string): number {
    return this.root.get(this.canon(text))?.count ?? 0;
  }

  isJunk(text: string): boolean {
    const e = this.root.get(this.canon(text));
    return !!e && e.allInitial && !e.strong;
  }

  /** All surface forms of the entity (aliases), including the text itself. */
  aliases(text: string): string[] {
    const e = this.root.get(this.canon(text));
    const out = e ? [...e.forms.keys()] : [];
    if (!out.includes(text)) out.push(text);
    return out;
  }

  /** The commonest spelling of `text` in the corpus among forms that differ from it only in spelling (Tokaev -> Tokayev). */
  preferredSpelling(text: string): string {
    const e = this.root.get(this.canon(text));
    if (!e) return text;
    const sk = skeleton(text);
    let best = text;
    let bc = e.forms.get(text) ?? 0;
    for (const [f, c] of e.forms)
      if (c > bc && skeleton(f) === sk) {
        best = f;
        bc = c;
      }
    return best;
  }

  sameEntity(a: string, b: string): boolean {
    return this.canon(a) === this.canon(b);
  }

  /** Canonical ids of a kind, most frequent first. */
  private listCache = new Map<string, string[]>();
  listByKind(kind: FactKind, limit = 300): string[] {
    const ck = kind + "|" + limit;
    const hit = this.listCache.get(ck);
    if (hit) return hit;
    const res = this.listByKindRaw(kind, limit);
    this.listCache.set(ck, res);
    return res;
  }

  private listByKindRaw(kind: FactKind, limit: number): string[] {
    const arr: [string, number][] = [];
    for (const [r, k] of this.kinds) if (k === kind) arr.push([r, this.root.get(r)?.count ?? 0]);
    arr.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    return arr.slice(0, limit).map((x) => x[0]);
  }

  /** A display form of an entity in the same style as `like` (acronym, single surname or full name). */
  private displayCache = new Map<string, (string | null | undefined)[]>();
  display(canonId: string, like: string): string | null {
    return this.displayAs(canonId, displayStyle(like));
  }

  /** `display` with the style of the key computed once by the caller (displayStyle). */
  displayAs(canonId: string, style: DisplayStyle): string | null {
    let byStyle = this.displayCache.get(canonId);
    if (!byStyle) {
      byStyle = [undefined, undefined, undefined];
      this.displayCache.set(canonId, byStyle);
    }
    const k = style === "A" ? 0 : style === "M" ? 1 : 2;
    let r = byStyle[k];
    if (r === undefined) {
      r = this.displayRaw(canonId, style === "A" ? "ABC" : style === "M" ? "a b" : "a");
      byStyle[k] = r;
    }
    return r;
  }

  private displayRaw(canonId: string, like: string): string | null {
    const e = this.root.get(canonId);
    if (!e) return null;
    const sorted = [...e.forms.entries()].sort(
      (x, y) => y[1] - x[1] || y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1),
    );
    // (filled by push, not by map: see yearsIn in distractors/entities.ts)
    const forms: string[] = [];
    for (const x of sorted) forms.push(x[0]);
    const isAcr = /^[A-Z][A-Z0-9&.]{1,7}$/.test(like);
    const wc = like.trim().split(/\s+/).length;
    if (isAcr) return forms.find((f) => /^[A-Z][A-Z0-9&.]{1,7}$/.test(f)) ?? null;
    const nonAcr = forms.filter((f) => !/^[A-Z][A-Z0-9&.]{1,7}$/.test(f));
    if (wc === 1) {
      const one = nonAcr.find((f) => !f.includes(" "));
      if (one) return one;
      // a surname, never a regnal number ("Leo III" is not "III")
      const last = nonAcr[0]?.split(/\s+/).pop() ?? null;
      return last && !/^[IVXL]+$/.test(last) ? last : null;
    }
    const multi = nonAcr.filter((f) => f.includes(" ")).sort((x, y) => y.length - x.length);
    return multi[0] ?? nonAcr[0] ?? null;
  }

  get ready(): boolean {
    return this.finalized;
  }
}

/**
 * One registry that lives as long as the module. V8 holds the hidden classes that an instance's fields
 * transition through only weakly: when the last registry of a run dies, its classes die too and every
 * optimised function that used them is thrown away and recompiled on the next run (~100 recompilations per
 * deck). Keeping one small instance alive keeps the classes, so repeated runs stay optimised.
 */
const SHAPE_KEEPER = new EntityRegistry();
SHAPE_KEEPER.add("Keep Alive", "person", true);
SHAPE_KEEPER.finalize();
export const KEEP_REGISTRY_SHAPE = SHAPE_KEEPER;
