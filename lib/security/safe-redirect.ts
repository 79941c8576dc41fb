// Where a sign-in may send the browser afterwards: only a path on this site. Anything that a
// browser could read as another origin (`//host`, `/\host`, tabs or newlines that browsers
// strip, encoded forms of those, absolute or `javascript:` URLs) falls back to a safe default.

export const DEFAULT_AFTER_SIGN_IN = "/decks";

const SENTINEL_ORIGIN = "http://citedeck.invalid";
const MAX_LENGTH = 2048;
const MAX_DECODE_ROUNDS = 3;

/** True when `s` is a rooted path that no URL parser reads as another host. */
function hasSafeShape(s: string): boolean {
  if (!s.startsWith("/") || s.startsWith("//")) return false;
  // Backslashes count as slashes in browsers; C0 controls, DEL and tab/newline are stripped
  // or refused by URL parsers, so "/\t/evil" would become "//evil".
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  return !/[\\\u0000-\u001f\u007f]/.test(s);
}

/** `s` resolved against a placeholder origin: its normalised path, or null if it leaves it.
 *  Dot segments can collapse into "//host" ("/a/..//evil"), so the result is checked too. */
function resolvedPath(s: string): string | null {
  if (!hasSafeShape(s)) return null;
  let url: URL;
  try {
    url = new URL(s, SENTINEL_ORIGIN);
  } catch {
    return null;
  }
  const path = url.pathname + url.search + url.hash;
  return url.origin === SENTINEL_ORIGIN && hasSafeShape(path) ? path : null;
}

/**
 * `raw` as a same-origin path (`/path?query#hash`, normalised), or `fallback` when it is
 * anything else. The encoded forms are checked too (up to three rounds of decoding).
 */
export function safeRedirectPath(raw: unknown, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_LENGTH) return fallback;
  const path = resolvedPath(raw);
  if (path === null) return fallback;
  // Whoever decodes the value once more (a proxy, another framework) must not get a way out.
  let decoded = raw;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return fallback; // malformed escapes: not a link we made
    }
    if (next === decoded) break;
    if (resolvedPath(next) === null) return fallback;
    decoded = next;
  }
  return path;
}

/**
 * For next-auth's `redirect` callback: `url` (relative, or absolute on `baseUrl`'s origin)
 * as an absolute URL on `baseUrl`'s origin, or that origin + `fallback` for anything else.
 */
export function safeRedirectUrl(url: string, baseUrl: string, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  const origin = new URL(baseUrl).origin;
  let candidate: unknown = url;
  if (!url.startsWith("/")) {
    try {
      const absolute = new URL(url);
      candidate = absolute.origin === origin ? absolute.pathname + absolute.search + absolute.hash : null;
    } catch {
      candidate = null;
    }
  }
  return origin + safeRedirectPath(candidate, fallback);
}
