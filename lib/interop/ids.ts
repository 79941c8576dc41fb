// Stable identifiers derived from an item's or deck's own key: the same key always gives the same
// Anki GUID, numeric id or QTI identifier, so a second export updates what the first one created.
import { createHash } from "node:crypto";

const ALNUM = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

function digest(key: string): Buffer {
  return createHash("sha256").update(`citedeck:${key}`, "utf8").digest();
}

/** An Anki note GUID: 64 bits of the key's hash in base 62 (letters and digits only, so it is
 *  safe in a tab-separated file and never starts a comment line). */
export function itemGuid(key: string): string {
  let n = digest(key).readBigUInt64BE(0);
  let s = "";
  while (n > 0n) {
    s = ALNUM[Number(n % 62n)]! + s;
    n /= 62n;
  }
  return s.padStart(11, "0");
}

/** A positive integer id below 2^52 (Anki deck and note type ids are 64-bit; JSON and JavaScript
 *  numbers keep 53 bits), in the range Anki's own millisecond ids use. */
export function numericId(key: string): number {
  const n = Number(digest(key).readBigUInt64BE(0) % 1_000_000_000_000n);
  return 1_000_000_000_000 + n;
}

/** An XML NCName usable as a QTI identifier. */
export function xmlId(prefix: string, key: string): string {
  return `${prefix}-${itemGuid(key)}`;
}

/** Anki's note checksum: the first 8 hex digits of the SHA-1 of the sort field's text. */
export function ankiChecksum(text: string): number {
  return parseInt(createHash("sha1").update(text, "utf8").digest("hex").slice(0, 8), 16);
}
