import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, safeRedirectPath, safeRedirectUrl } from "./safe-redirect";

const BASE = "http://localhost:3000";

// Known open-redirect bypasses, as the page receives them (the query string decoded once).
// Collected from the usual payload lists: protocol-relative and backslash forms, encoded and
// double-encoded slashes, tabs/newlines that browsers strip, dot segments that collapse into
// "//", absolute and scheme-only URLs, script and data URLs.
const BYPASSES = [
  "//evil.example",
  "//evil.example/phish",
  "///evil.example",
  "////evil.example/",
  "//\\evil.example",
  "/\\evil.example/phish",
  "/\\/evil.example",
  "/\\\\evil.example",
  "\\\\evil.example",
  "\\/\\/evil.example",
  "\\evil.example",
  "/%5Cevil.example/phish",
  "/%5cevil.example",
  "/%2F%2Fevil.example",
  "/%2fevil.example",
  "%2F%2Fevil.example",
  "/%252F%252Fevil.example",
  "/%25252F%25252Fevil.example",
  "/%255Cevil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/\t\\evil.example",
  "/%09/evil.example",
  "/%0a/evil.example",
  "/%0d/evil.example",
  "/%00/evil.example",
  "/\u0000/evil.example",
  "/\u007f/evil.example",
  "/a/../..//evil.example",
  "/.//evil.example",
  "/%2e%2e//evil.example",
  "/x/..%2f%2fevil.example",
  "https://evil.example",
  "http://evil.example/phish",
  "HtTpS://evil.example",
  "https:evil.example",
  "http:/evil.example",
  "http:\\\\evil.example",
  "ftp://evil.example",
  "evil.example",
  "evil.example/decks",
  "@evil.example",
  "localhost:3000@evil.example",
  "http://localhost:3000@evil.example/",
  "http://localhost:3000.evil.example/",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  "javascript://%0aalert(1)",
  "data:text/html,<script>alert(1)</script>",
  " /decks",
  "%20//evil.example",
  "/%E0%A4%A", // malformed escape
];

const KEPT: [string, string][] = [
  ["/decks", "/decks"],
  ["/decks/cm123?x=1#item-4", "/decks/cm123?x=1#item-4"],
  ["/quiz/abc", "/quiz/abc"],
  ["/classes?code=W54X3R7Z", "/classes?code=W54X3R7Z"],
  ["/library?q=a%20b", "/library?q=a%20b"],
  ["/documents/d1?start=10&end=20", "/documents/d1?start=10&end=20"],
  ["/decks/../progress", "/progress"],
  ["/@evil.example", "/@evil.example"], // a path on this site, not a host
];

describe("safeRedirectPath", () => {
  it.each(BYPASSES)("refuses %j and falls back to the default", (raw) => {
    expect(safeRedirectPath(raw)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it.each(KEPT)("keeps the same-origin path %j", (raw, expected) => {
    expect(safeRedirectPath(raw)).toBe(expected);
  });

  it("whatever it is given, a browser resolving the result stays on this site", () => {
    for (const raw of [...BYPASSES, ...KEPT.map(([r]) => r)]) {
      const out = safeRedirectPath(raw);
      expect(new URL(out, BASE).origin, raw).toBe(BASE);
      expect(out.startsWith("/") && !out.startsWith("//") && !out.includes("\\"), raw).toBe(true);
    }
  });

  it("refuses what is not a string, empty or too long, and uses the given fallback", () => {
    for (const v of [undefined, null, 42, ["/decks"], "", `/${"a".repeat(3000)}`])
      expect(safeRedirectPath(v)).toBe("/decks");
    expect(safeRedirectPath("//evil.example", "/review")).toBe("/review");
  });
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  it("keeps relative paths and absolute URLs on the same origin", () => {
    expect(safeRedirectUrl("/progress", BASE)).toBe(`${BASE}/progress`);
    expect(safeRedirectUrl(`${BASE}/decks/1?x=2`, BASE)).toBe(`${BASE}/decks/1?x=2`);
    expect(safeRedirectUrl("/signin", `${BASE}/`)).toBe(`${BASE}/signin`);
  });

  it.each(BYPASSES)("sends %j to the default page on this site", (raw) => {
    expect(safeRedirectUrl(raw, BASE)).toBe(`${BASE}${DEFAULT_AFTER_SIGN_IN}`);
  });

  it("refuses another scheme or port of the same host, and same-origin URLs hiding a bypass", () => {
    expect(safeRedirectUrl("https://localhost:3000/decks", BASE)).toBe(`${BASE}/decks`);
    expect(safeRedirectUrl("http://localhost:4000/progress", BASE)).toBe(`${BASE}/decks`);
    expect(safeRedirectUrl(`${BASE}//evil.example`, BASE)).toBe(`${BASE}/decks`);
    expect(safeRedirectUrl(`${BASE}/%5Cevil.example`, BASE)).toBe(`${BASE}/decks`);
  });
});
