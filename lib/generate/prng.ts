// Deterministic helpers: FNV-1a string hash and the mulberry32 PRNG (no Math.random inside).

export function hashString(s: string, seed = 0x811c9dc5): number {
  return fnv1a(s, seed | 0) >>> 0;
}

/**
 * FNV-1a over the UTF-16 code units, as a signed 32-bit integer. The loop is alone in its function, with nothing after
 * it but the return: a long text hashed first compiles the loop on the stack (OSR), and an operation after the loop
 * that had not run yet (the `>>> 0`) made every later call deoptimise there (V8 reuses the cached OSR code; measured
 * with --trace-deopt: ~2,100 deoptimisations, one per item id, in a process's first decks: the bench's warm-up and
 * its cold deck).
 */
function fnv1a(s: string, h: number): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

export function hashHex(s: string): string {
  const a = hashString(s);
  const b = hashString(s, 0x9747b28c);
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PRNG derived from the global seed and a stable key, so results do not depend on order. */
export function rngFor(seed: number, key: string): Rng {
  return mulberry32(hashString(key, (seed ^ 0x5bd1e995) >>> 0));
}

export function shuffle<T>(arr: T[], rng: Rng): T[] {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = a[i] as T;
    a[i] = a[j] as T;
    a[j] = t;
  }
  return a;
}
