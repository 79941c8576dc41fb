// Join codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), made from a
// seed so tests are reproducible. Students may type them in lower case or with spaces.

export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

export function makeJoinCode(seed: number): string {
  let s = seed >>> 0 || 1;
  let out = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    s = (s ^ (s >>> 13)) >>> 0;
    out += JOIN_CODE_ALPHABET[s % JOIN_CODE_ALPHABET.length];
  }
  return out;
}

/** The code as stored, or null when it cannot be a join code. */
export function normalizeJoinCode(input: string): string | null {
  const c = input.replace(/[\s-]/g, "").toUpperCase();
  if (c.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of c) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return c;
}
